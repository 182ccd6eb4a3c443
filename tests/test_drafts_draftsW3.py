"""Review round 16, wording / details / address (branch draftsW3): notes written for these tests, not the reviewers'."""

from __future__ import annotations


import pytest

from invitriage.benefit.matcher import BenefitMatcher
from invitriage.drafts.writer import draft_for
from invitriage.judge.classify import classify

from drafting import SAMPLE as SETTINGS  # noqa: E402 - the sample owner, loaded once for every draft test


def draft(note: str, headline: str = "", name: str = "Alex Martin") -> str:
    """The draft the review pack would show for one note (judged, matched and drafted as the pipeline does)."""
    j = classify([note], owner_lang=SETTINGS.language)[0]
    matcher = BenefitMatcher(SETTINGS.help_whom, SETTINGS.meet_whom, SETTINGS.offer, SETTINGS.benefit_threshold)
    found = matcher.match([(headline, note)])[0] if matcher.active else []
    item = {"name": name, "note": note, "headline": headline, "lang": j.lang, "intent": j.intent, "action": "reply",
            "evidence": [m.evidence() for m in found[:2]] + list(j.evidence), "meet": any(m.kind == "meet_whom" for m in found)}
    d = draft_for(item, SETTINGS, SETTINGS.templates_dir)
    assert d is not None
    return d.text


# -- a date slot after a topic that ends on "pour la journée du" -------------------------------------------------

@pytest.mark.parametrize("note, good, bad", [
    ("Buongiorno, faccio parte dello staff del Marketing Day di Bologna. Cerchiamo relatori sui social ads per la giornata "
     "del 3 ottobre. Sarebbe interessata?", "3 ottobre", "del il"),
    ("Bonjour, nous organisons le Forum du Numérique de Nantes et cherchons des intervenants sur le SEO pour la journée du "
     "12 juin. Cela vous intéresserait ?", "12 juin", "du le"),
])
def test_a_date_never_follows_a_dangling_preposition(note, good, bad):
    text = draft(note, "Event manager", "Giulia Neri")
    assert good in text and bad not in text, text


# -- German referrer in the nominative ------------------------------------------------------------------------------

def test_a_german_referrer_is_nominative_as_the_subject():
    text = draft("Sehr geehrte Frau Laurent,\nHerr Jan Vogel (Agentur Blau) meinte, ich solle mich bei Ihnen melden. Wir brauchen "
                 "Hilfe bei der Content-Strategie. Hätten Sie Zeit für ein Gespräch?\nMit freundlichen Grüßen\nPetra Lang",
                 "Marketingleiterin", "Petra Lang")
    # a title takes the surname alone: "Herr Vogel", never "Herr Jan Vogel"
    assert "dass Herr Vogel Sie" in text and "Herrn Vogel Sie" not in text, text


# -- the sample's break-into-the-field answer -----------------------------------------------------------------------

@pytest.mark.parametrize("note, good, bad", [
    ("salut camille, je veux me reconvertir dans le marketing digital apres 10 ans dans la vente, tu me conseilles quoi ?",
     "projet chiffré", "ce que ça a donné"),
    ("Hi Camille, I'd love to break into digital marketing without experience. Any tips?", "measurable results", "what it gave"),
    ("Hallo Camille, ich möchte ohne Erfahrung im Online-Marketing Fuß fassen. Hast du einen Tipp?", "messbaren Ergebnissen",
     "was man getan"),
    ("Hoi Camille, ik zoek mijn eerste baan in digital marketing, zonder ervaring. Heb je een tip?", "meetbare resultaten",
     "wat het opleverde"),
])
def test_the_portfolio_answer_reads_smoothly(note, good, bad):
    text = draft(note, "", "Julie Morel")
    assert good in text and bad not in text, text


# -- "online?" and "in English?" asked together: one sentence ------------------------------------------------------

@pytest.mark.parametrize("note, good, bad", [
    ("Ciao Camille, una collega mi ha parlato molto bene dei tuoi corsi. Li fai anche online e in inglese?",
     "anche online e in inglese", "Tengo i miei corsi"),
    ("Bonjour Camille, vos formations sont-elles proposées en ligne ? Et en anglais ?", "en ligne et en anglais",
     "Oui, je donne aussi mes formations"),
    ("Hi Camille, do you run your trainings online? In English as well?", "online and in English", "Yes, I give"),
    ("Hallo Camille, gibt es deine Schulungen auch online und auf Englisch?", "auch online und auf Englisch", "Ja, ich gebe"),
    ("Hola Camille, ¿das tus formaciones online? ¿También en inglés?", "online y en inglés", "también doy"),
    ("Ciao Camille, lavori anche da remoto? E in inglese?", "lavoro anche da remoto e in inglese", "Sì, lavoro anche in"),
])
def test_online_and_language_are_answered_in_one_sentence(note, good, bad):
    text = draft(note, "Marketing", "Chiara Russo")
    assert good in text and bad not in text, text


# -- pt-BR: no second "Agradeço", no "para você para" ----------------------------------------------------------------

def test_pt_br_referrer_thanks_and_interview_slot_read_naturally():
    text = draft("Oi Camille! O Rafael Lima (da agência Pixel) me passou seu contato. Faço mestrado em comunicação na USP e minha "
                 "pesquisa é sobre marketing de conteúdo. Você toparia uma entrevista de 30 min?", "Mestrando – USP", "Lucas Pereira")
    assert "Rafael Lima" in text and text.count("Agradeço") <= 1 and "para você para" not in text, text


# -- German wording ---------------------------------------------------------------------------------------------------

def test_a_german_guest_invitation_names_the_topic_without_doubled_enthusiasm():
    text = draft('Hey Camille, wir machen den Podcast "Shop Talk" und würden dich gern als Gast haben, Thema: Instagram-Werbung für '
                 'Handmade-Marken. Passt dir der November? LG Nina', "Podcast Host", "Nina Hoffmann")
    assert "Instagram-Werbung für Handmade-Marken" in text and "freut mich sehr" not in text, text


def test_a_german_call_is_offered_not_granted():
    text = draft("Sehr geehrte Frau Laurent,\nals Marketingleiter der Bäckerei Sonnenkorn suche ich den Austausch mit Fachleuten im "
                 "Online-Marketing. Über eine Vernetzung würde ich mich freuen.\nBeste Grüße\nMartin Schulte",
                 "Marketingleiter | Bäckerei Sonnenkorn", "Martin Schulte")
    assert "nehme ich mir gern Zeit" not in text, text


@pytest.mark.parametrize("note, good", [
    ("Hey Camille, wir haben uns beim Webinar von Semrush im Chat ausgetauscht (wegen Local SEO). Lass uns connecten! LG Tim",
     "Austausch im Chat beim Semrush-Webinar"),
    ("Sehr geehrte Frau Laurent, wir haben uns beim Webinar von Sistrix im Chat kurz ausgetauscht. Ich würde mich über eine "
     "Vernetzung freuen. Mit freundlichen Grüßen, Anna Berg", "Austausch im Chat beim Sistrix-Webinar"),
])
def test_a_webinar_chat_is_written_as_a_german_speaker_would(note, good):
    text = draft(note, "Freelancer", "Tim Braun")
    assert good in text and "Gespräch beim Webinar" not in text, text


# -- recruiters: a freelance owner declines salaried roles for herself -------------------------------------------------

@pytest.mark.parametrize("note, good, bad", [
    ("Hallo Frau Laurent, ich bin Recruiterin bei Michael Page und habe eine Position als Teamlead SEA (Hamburg, hybrid) – "
     "hätten Sie Interesse oder kennen Sie jemanden? Beste Grüße, Julia Krause", "suche derzeit keine Stelle", "Spontan fällt mir"),
    ("Beste Camille, ik ben recruiter bij Yacht en zoek een Content Marketing Manager voor een fintech in Amsterdam. Sta je open "
     "voor een kennismaking? Groet, Pieter Jansen", "geen vaste baan", "vacaturetekst"),
    ("Hi Camille, I'm a recruiter at Hays looking for a Head of Paid Social for an e-commerce brand in London (full-time). "
     "Would you be open to a chat?", "not looking for a permanent role", "job description"),
    ("Bonjour Camille, je suis chargée de recrutement chez Adecco et je recherche un(e) responsable SEO en CDI pour un "
     "e-commerçant lyonnais. Seriez-vous ouverte à un échange ?", "poste salarié", "fiche de poste"),
])
def test_a_salaried_role_in_her_field_is_declined_for_herself(note, good, bad):
    text = draft(note, "Recruiter", "Julia Krause")
    assert good in text and bad not in text, text


# -- a note-less student who runs a shop ---------------------------------------------------------------------------------

@pytest.mark.parametrize("headline, good, bad", [
    ("Studentin Digital Marketing | Gründerin eines kleinen Etsy-Shops", "Studium", "für Ihr Unternehmen Unterstützung"),
    ("Digital marketing student | Founder of a small Etsy shop", "studies", "for your business"),
    ("Estudiante de marketing digital | Fundadora de una pequeña tienda en Etsy", "estudios", "para tu negocio"),
    ("Student digitale marketing | Oprichter van een kleine Etsy-shop", "studie", "voor je bedrijf"),
    ("Studentin BWL | Gründerin von Kleinkram Design (Etsy-Shop)", "Kleinkram Design", "für Ihr Unternehmen Unterstützung"),
])
def test_a_noteless_student_founder_is_welcomed_for_both(headline, good, bad):
    text = draft("", headline, "Laura Becker")
    assert good in text and bad not in text, text


# -- details: the shared campaign, the piece that helped, the compliment, the passive referrer ---------------------------

@pytest.mark.parametrize("note, good", [
    ("Hi Camille, we worked together on the Nike relaunch campaign back in 2018 (agency side). Let's catch up sometime!",
     "on the Nike relaunch campaign"),
    ("Salut Camille, on a bossé ensemble sur la campagne Leroy Merlin en 2020, tu te souviens ? Ravi de te retrouver ici !",
     "sur la campagne Leroy Merlin"),
    ("Ciao Camille, abbiamo lavorato insieme alla campagna Barilla nel 2018! Che bello ritrovarti qui.", "alla campagna Barilla"),
    ("Hallo Camille, wir haben 2019 zusammen an der Kampagne für Tchibo gearbeitet. Schön, dich hier zu finden! LG Jana",
     "an der Kampagne für Tchibo"),
])
def test_a_former_colleague_s_campaign_is_named(note, good):
    text = draft(note, "Brand manager", "Sara Conti")
    assert good in text and "time together" not in text and "passage commun" not in text, text


def test_a_piece_that_helped_her_is_named_in_french_feminine():
    text = draft("Bonjour, je suis abonnée à votre newsletter depuis un an, votre article sur le SEO local m'a beaucoup aidée "
                 "pour ma boutique. Merci !", "Fleuriste", "Julie Blanc")
    assert "mon article sur le SEO local" in text, text


@pytest.mark.parametrize("note, good", [
    ("Coucou Camille, super ta conf à Lyon, surtout la partie sur les newsletters ! On s'est parlé à la fin, je suis celle "
     "avec la boutique de céramique.", "compliment"),
    ("Hallo Camille, toller Vortrag auf der OMR! Wir haben danach kurz gequatscht, ich bin die mit dem Keramik-Shop. LG Mia",
     "Kompliment"),
])
def test_a_praise_first_compliment_is_thanked(note, good):
    text = draft(note, "Créatrice", "Manon Petit")
    # "super ta conf à Lyon": her talk is named and the praise acknowledged ("ravie que ça t'ait plu"), or the compliment thanked
    assert good in text or "ravie que ça t'ait plu" in text or "lieben Worte" in text, text
    assert text.count("meinem Vortrag") <= 1, text  # the talk is named once, the kind words thanked "dazu"


@pytest.mark.parametrize("note, name", [
    ("Gentile Dott.ssa Laurent,\nsono la responsabile marketing di un'azienda vinicola in Piemonte. Mi è stata consigliata da "
     "Giorgio Rinaldi. Vorremmo migliorare la SEO del nostro e-shop: sarebbe disponibile per una call?\nCordiali saluti,\nElena Ricci",
     "Giorgio Rinaldi"),
    ("Estimada Sra. Laurent: me la recomendó Pablo Ruiz. Buscamos apoyo en SEO para nuestra tienda online. ¿Podríamos hablar?",
     "Pablo Ruiz"),
    ("Prezada Sra. Laurent, a senhora me foi indicada por Carla Souza. Precisamos de ajuda com SEO. Podemos conversar?",
     "Carla Souza"),
])
def test_a_passive_referrer_is_thanked(note, name):
    text = draft(note, "Direttore", "Elena Ricci")
    assert name in text, text


# -- a casual "someday" wish gets a light reply -----------------------------------------------------------------------------

@pytest.mark.parametrize("note, bad", [
    ("Hey! We're both in the Lyon marketing scene, thought it would be nice to connect. I do photography & video, maybe we can "
     "team up on something someday :)", "call"),
    ("Salut ! On est tous les deux dans le marketing à Lyon, je fais du design graphique, peut-être qu'on pourra collaborer un jour :)",
     "appel"),
    ("Hola Camille, soy diseñadora web en Valencia. ¡Quizá algún día podamos colaborar en algún proyecto!", "llamada"),
])
def test_a_casual_someday_wish_is_not_pushed_to_a_call(note, bad):
    text = draft(note, "Designer", "Leo Dubois")
    assert bad not in text and "someday" not in text and "un jour" not in text, text


def test_a_phoned_interview_is_one_clean_sentence():
    text = draft("Hello! I'm writing a piece for The Drum on how small brands use TikTok. Would you be up for a quick 20-min "
                 "interview this week?", "Freelance journalist", "Olivia Grant")
    assert "20-minute call this week" in text and "(20 minutes)" not in text and "I can answer" not in text, text
