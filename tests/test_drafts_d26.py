"""Wave 26, group D: wording and register (colons, exclamations, closings in kind, names, our business)."""
import pytest

from drafting import sample_draft


# -- a colon before a verdict or a question is French punctuation -------------------------------------------------------

@pytest.mark.parametrize("note, name", [
    ("Hi Camille, wir sind eine kleine Agentur für Webdesign in Leipzig und suchen eine SEO-Partnerin. Lust auf eine Zusammenarbeit? Gruß Tom", "Tom Richter"),
    ("Hi Camille, I run a small web design studio in Leeds and we keep getting SEO requests. Fancy a partnership? Cheers, Rob", "Rob Hale"),
])
def test_no_colon_before_a_verdict_or_a_question(note, name):
    text = sample_draft(note, name=name)
    assert not any(f": {w}" in text for w in ("klingt", "sounds", "Welche", "What", "Which", "When")), text


# -- three exclamation marks read gushy ----------------------------------------------------------------------------------

@pytest.mark.parametrize("note, name", [
    ("Hallo Camille! Ich lese deinen Newsletter schon lange und der Beitrag über interne Verlinkung war echt hilfreich für unseren Webshop. Danke! LG Mia", "Mia Koch"),
    ("Hoi Camille! Ik lees je nieuwsbrief al een tijdje en het stuk over contentclusters hielp onze webshop echt. Dank je! Groetjes, Fleur", "Fleur Bos"),
])
def test_at_most_two_exclamation_marks_in_the_body(note, name):
    text = sample_draft(note, name=name)
    body = "\n\n".join(text.split("\n\n")[1:-1])
    assert body.count("!") <= 2, text


# -- "unser Shop", "onze webshop": their business is theirs together ----------------------------------------------------

@pytest.mark.parametrize("note, name, never", [
    ("Hallo Camille, dein Artikel über Content-Cluster hat unserem Onlineshop für Tee richtig geholfen. Danke! Viele Grüße, Lena", "Lena Wolf",
     ("deinem Onlineshop", "deinen Onlineshop", "deinem Shop")),
    ("Hoi Camille, dankzij jouw artikel over zoekwoorden doet onze webshop het veel beter. Bedankt! Groetjes, Sanne", "Sanne Kok",
     ("je webshop", "jouw webshop")),
])
def test_our_business_is_answered_as_yours_together(note, name, never):
    text = sample_draft(note, name=name)
    assert not any(n in text for n in never), text


# -- Dutch: "Met vriendelijke groet" answered in kind ------------------------------------------------------------------

@pytest.mark.parametrize("note, name", [
    ("Goedemorgen Camille, via Bas Vermeulen kwam ik bij je uit. We willen ons marketingteam laten trainen in SEO. Zullen we eens bellen? Met vriendelijke groet, Ingrid Smit", "Ingrid Smit"),
    ("Hallo Camille, ik zag je webinar over contentstrategie. Heel nuttig! Hartelijke groet, Joost de Wit", "Joost de Wit"),
])
def test_dutch_formal_closing_is_mirrored(note, name):
    text = sample_draft(note, name=name)
    assert "\nGroet,\n" not in text, text


def test_dutch_team_training_does_not_presume_the_collaboration():
    text = sample_draft("Beste Camille, Marieke Dekker (Emerce) gaf me je naam. Wij zoeken iemand die ons team kan trainen in Google Ads. "
                        "Zou je daar eens over willen bellen? Met vriendelijke groet, Wouter Brink", name="Wouter Brink")
    # e33: no promise of the collaboration before the language limit — the offer, then the limit stated plainly
    assert "werk graag met" not in text and "incompanytraining" in text, text
    assert text.index("incompanytraining") < text.index("alleen in het Frans of het Engels"), text


# -- German: a referrer with a title is named by surname; German German to a German writer --------------------------------

def test_german_referrer_with_title_is_named_by_surname():
    text = sample_draft("Guten Tag Frau Laurent, Frau Claudia Neumann von der Handelskammer Köln hat mir Ihren Namen gegeben. Wir möchten unser "
                        "Marketingteam in Google Ads schulen lassen. Hätten Sie Zeit für ein Gespräch? Mit freundlichen Grüßen Jörg Lange", name="Jörg Lange")
    assert "Frau Neumann" in text and "Frau Claudia Neumann" not in text, text
    assert "zu arbeiten" not in text and "Englisch machen" not in text, text


def test_a_client_in_switzerland_does_not_make_the_german_sender_swiss():
    text = sample_draft("Guten Tag Frau Laurent, ich bin Recruiterin bei Michael Page und suche für einen Kunden in Basel eine freiberufliche "
                        "SEO-Expertin (4 Monate, remote). Wäre das etwas für Sie? Freundliche Grüße, Jana Krüger", name="Jana Krüger")
    assert "Grüsse" not in text and "Grüße" in text, text
    assert "kann mich durchaus" not in text, text


# -- the name a sender signs with ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("note, name, said", [
    ("Hola Camille, nos conocimos en el Digital Day de Valencia. Encantado de seguir en contacto. Un abrazo, Pepe", "José Martínez", "Pepe"),
    ("Ciao Camille, piacere di averti conosciuta al meetup SEO di Torino. Un saluto, Beppe", "Giuseppe Ferri", "Beppe"),
])
def test_the_name_a_sender_signs_with_is_the_greeting(note, name, said):
    text = sample_draft(note, name=name)
    assert text.split("\n", 1)[0].count(said) == 1, text


# -- Italian and Spanish wording -----------------------------------------------------------------------------------------

def test_italian_collaboration_proposal_without_clumsy_echo():
    text = sample_draft("Ciao Camille, sono grafica freelance e collaboro spesso con consulenti SEO. Ti andrebbe di collaborare su qualche progetto? "
                        "Un saluto, Chiara", name="Chiara Bassi")
    assert ", che mi interessa" not in text, text


def test_spanish_formal_invitation_is_not_casual():
    text = sample_draft("Estimada Sra. Laurent: Le escribo desde la organización de las Jornadas de Marketing Digital de Bilbao para invitarla a dar "
                        "una ponencia sobre SEO. Atentamente, Itziar Etxeberria", name="Itziar Etxeberria")
    assert "ilusión" not in text, text


def test_certificates_faq_reads_naturally_in_german_and_dutch():
    de = sample_draft("Hallo Camille, ich mache gerade meinen Bachelor in Medienmanagement und will in Richtung SEO. Welche Zertifikate lohnen sich? "
                      "Danke, Jonas", name="Jonas Beck")
    nl = sample_draft("Hoi Camille, ik studeer Marketing en wil verder in SEO. Welke certificaten zijn echt de moeite waard? Dank je, Daan", name="Daan Mulder")
    assert "Personaler überzeugt" not in de and "Kostenloses setzen" not in de, de
    assert "inzetten op gratis" not in nl, nl


def test_french_cv_invitation_is_not_a_calque():
    text = sample_draft("Bonjour Madame Laurent, étudiant en master communication à Grenoble, je cherche un stage de quatre mois dès avril. "
                        "Accueillez-vous des stagiaires ? Cordialement, Hugo Bernard", name="Hugo Bernard")
    assert "envoyez-moi volontiers" not in text and "hésitez pas à m'envoyer votre CV" in text, text


# "Namens Webshop Dag Gent nodig ik je uit", "on behalf of Growth Summit Paris I'd like…": who writes comes first, the
# event's name starts after it and stops before the pronoun
@pytest.mark.parametrize("note, name, never", [
    ("Beste Camille,\nNamens Webshop Dag Gent nodig ik je graag uit als spreker op 12 juni over contentstrategie. Heb je interesse?\nHartelijke groet,\nWouter Claes",
     "Webshop Dag Gent", "Namens"),
    ("Hello Camille, on behalf of Growth Marketing Summit Paris I'd like to invite you to speak on 3 June about SEO. Interested?",
     "Growth Marketing Summit Paris", "Paris I"),
])
def test_on_behalf_of_is_not_part_of_the_event_name(note, name, never):
    text = sample_draft(note, name="Wouter Claes")
    assert name in text and never not in text, text
