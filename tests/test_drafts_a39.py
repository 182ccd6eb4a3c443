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


def test_seo_tool_answer_never_lectures_a_peer_on_small_business_budgets():
    # Round 38: the plain "for a small business neither is worth it" text went to SEO consultants asking which tool she
    # uses; the tools answer is neutral again, and "is X worth it for my shop?" still reaches it.
    for note in ("Hi Camille, wir waren zusammen im SEO-Workshop in Berlin. Nutzt du eher Semrush oder Ahrefs? LG Jonas",
                 "Hey Camille, we zaten samen bij een SEO-training in Gent. Welke tool gebruik jij, Ahrefs of Semrush? Gr Bas",
                 "Hi Camille, fellow SEO consultant here. Which tool do you use for keyword research, Ahrefs or Semrush?",
                 "Hallo Camille, lohnt sich Semrush für meinen kleinen Onlineshop oder reicht was Kostenloses?",
                 "Hoi Camille, is Ahrefs de moeite waard voor mijn kleine webshop, of is gratis genoeg?"):
        text = sample_draft(note, name="Sam Moreau")
        assert "Semrush" in text, (note, text)
        for lecture in ("kleines Geschäft", "klein bedrijf", "small business", "petite structure"):
            assert lecture not in text, (note, text)
