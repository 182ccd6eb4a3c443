"""Wave 80 group C: a direct question answered with what it asked (date noted, role kept whole, event article)."""

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note, said", [
    ("Bonjour Camille, j'organise le Lyon Digital Day le 14 novembre. Nous cherchons une intervenante sur le thème "
     "« SEO et IA générative ». Seriez-vous disponible ?", "je note la date"),
    ("Hi Camille, I'm organising Growth Camp Dublin on 3 March and we're looking for a speaker on SEO for e-commerce. "
     "Would you be available?", "noted the date"),
    ("Hallo Camille, wir veranstalten am 12. Mai den Digitaltag Köln und suchen eine Speakerin zum Thema SEO. Hättest du Zeit?",
     "notiere mir den Termin"),
    ("Hola Camille, organizamos el evento Digital Sevilla en mayo y buscamos ponentes sobre SEO. ¿Estarías disponible el 8 de mayo?",
     "apunto la fecha"),
    ("Gentile Camille, organizziamo l'evento Digital Torino a ottobre e cerchiamo relatori sul tema SEO. "
     "Sarebbe disponibile il 15 ottobre?", "mi segno la data"),
    ("Hoi Camille, wij organiseren op 7 juni het Marketing Event Utrecht en zoeken een spreker over SEO. Ben je beschikbaar?",
     "noteer de datum"),
])
def test_a_date_given_and_asked_is_noted(note: str, said: str) -> None:
    text = sample_draft(note, headline="Event Manager", name="Claire Vasseur")
    assert said in text
    for dodge in ("sous réserve de mon agenda", "subject to my diary", "sofern mein Kalender", "si mi agenda lo permite",
                  "agenda permettendo", "onder voorbehoud", "data esatta", "fecha exacta", "date exacte"):
        assert dodge not in text


@pytest.mark.parametrize("note, event", [
    ("Gentile Camille, organizziamo l'evento Digital Torino a ottobre e cerchiamo relatori sul tema SEO. "
     "Sarebbe disponibile il 15 ottobre?", "al Digital Torino"),
    ("Ciao Camille, organizzo l'evento Marketing Bari a maggio e cerco speaker sui social ads. Saresti disponibile il 12 maggio?",
     "al Marketing Bari"),
    ("Ciao Camille, organizziamo l'Adriatic Marketing Day a giugno, cerchiamo relatori sul SEO. Saresti disponibile?",
     "all'Adriatic Marketing Day"),
])
def test_the_event_article_elides_only_before_a_vowel(note: str, event: str) -> None:
    text = sample_draft(note, headline="Event Manager", name="Elena Ricci")
    assert event in text
    assert "all'Digital" not in text and "all'Marketing" not in text


@pytest.mark.parametrize("note, role", [
    ("Bonjour Camille, je suis à la recherche d'un poste de chargé(e) de marketing digital sur Lyon. "
     "Si vous entendez parler d'opportunités, je serais ravi d'en discuter.", "poste de chargé de marketing digital"),
    ("Bonjour Camille, je cherche un poste de chargé·e de communication à Lyon. Si vous entendez parler de quelque chose, "
     "je suis preneur !", "poste de chargé de communication"),
    ("Bonjour Camille, je cherche un poste de consultant.e SEO junior à Paris. Si vous entendez parler d'une opportunité, "
     "je suis preneur.", "poste de consultant SEO junior"),
])
def test_an_inclusive_ending_never_cuts_the_role(note: str, role: str) -> None:
    text = sample_draft(note, headline="Open to work", name="Hugo Lambert")
    assert role in text
    assert "poste de chargé," not in text and "(e)" not in text and "·e" not in text
