"""Wave 39, helper A: either/or questions between two channels get a pick; a paid SEO tool's worth said plainly."""
import re

from drafting import sample_draft

# (note, headline, the pick that must be named, what must never appear)
PICKS = [
    ("Bonjour Camille, pour mon salon de coiffure à Villeurbanne, Google Ads ou Facebook Ads pour commencer ? Merci !",
     "Gérante | Salon Belle Mèche", "je commencerais par Google Ads", r"€|budget tu as"),
    ("hola camille, tengo una clínica dental pequeña. ¿google ads o meta ads? ¿cuál me recomiendas?",
     "Odontóloga", "empezaría por Google Ads", r"€|presupuesto tienes"),
    ("Hallo Camille, wir verkaufen eine HR-Software an mittelständische Unternehmen (B2B). Lohnt sich TikTok Ads oder sollen wir bei LinkedIn Ads bleiben?",
     "Head of Marketing | PeopleFlow", "bei LinkedIn Ads bleiben", r"€|welches Budget"),
    ("Hi Camille, I'm a wedding planner in Bristol. LinkedIn Ads or Instagram ads, which would you try first?",
     "Wedding planner", "start with Meta Ads", r"€|£|what budget"),
    ("Ciao Camille, sto per aprire un piccolo e-shop di ceramiche. Meglio partire con la SEO o con Instagram?",
     "Ceramista", "Partirei da Instagram", r"€|che budget hai"),
    ("Olá Camille, abri uma confeitaria em Curitiba. SEO ou Instagram, por onde você começaria?",
     "Confeiteira | Doce Lar", "começaria pelo Instagram", r"€|qual é o seu orçamento"),
    ("Hoi Camille, ik zag je post over Google Ads vs Meta Ads. Ik heb een fietsenwinkel in Utrecht: waar zou jij mee beginnen?",
     "Eigenaar | Trapkracht Fietsen", "met Google Ads beginnen", r"€|welk budget"),
]


def test_two_channels_asked_get_a_pick():
    for note, headline, want, never in PICKS:
        text = sample_draft(note, headline=headline, name="Sam Moreau")
        assert want in text, (note, text)
        assert not re.search(never, text), (note, text)


def test_vs_post_title_keeps_both_platforms():
    for note, want in [
        ("hola camille, leí tu post sobre google ads vs meta ads, ¿por cuál empezarías con una tienda pequeña?", "Google Ads vs Meta Ads"),
        ("ciao camille, ho letto il tuo post su linkedin ads vs meta ads: da quale partiresti per uno studio di architettura?", "LinkedIn Ads vs Meta Ads"),
    ]:
        text = sample_draft(note, name="Sam Moreau")
        assert want in text, (note, text)


def test_paid_seo_tool_worth_said_plainly():
    for note, want in [
        ("Hallo Camille, lohnt sich Semrush für meinen kleinen Onlineshop oder reicht was Kostenloses?", "lohnt sich am Anfang keins"),
        ("Hi Camille, is Ahrefs worth paying for when you run a tiny handmade shop?", "neither is worth it at first"),
        ("Hoi Camille, is Ahrefs de moeite waard voor mijn kleine webshop, of is gratis genoeg?", "geen van beide in het begin de moeite waard"),
        ("Salut Camille, Semrush ça vaut le coup pour une petite boutique en ligne ?", "aucun des deux ne vaut le coup au début"),
    ]:
        text = sample_draft(note, name="Sam Moreau")
        assert want in text, (note, text)
