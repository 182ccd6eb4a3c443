"""Wave 48, group C: her own training asked about, a team's training enquiry, usted read from verb forms, a thesis
interview from a working student, a teaching module weighed on its terms, a guest lecture, a call for talks."""

from __future__ import annotations

import pytest
from drafting import sample_draft

# -- C1: "do you have a training / a longer version?" is about HER offer -----------------------------------------------

OWN_TRAINING = [
    ("Hoi Camille, jouw posts over LinkedIn-advertenties helpen me enorm. Heb je ook een cursus voor kleine ondernemers? Groet, Sanne",
     "Eigenaar Studio Sanne", ("ik geef trainingen",)),
    ("Hallo Camille, dein Beitrag zu Meta Ads war richtig hilfreich. Gibt's davon auch einen Kurs oder eine Schulung? LG Jonas",
     "Online Marketing Manager", ("ich gebe Schulungen",)),
    ("Hi Camille, loved your thread on local SEO. Do you have a course on this for freelancers?",
     "Freelance web designer", ("I run digital-marketing trainings",)),
    ("Hola Camille, me encantó tu post sobre anuncios en Instagram. ¿Tienes algún curso para autónomos?",
     "Fotógrafa autónoma", ("doy formaciones",)),
]


@pytest.mark.parametrize("note,headline,wanted", OWN_TRAINING)
def test_own_training_question_gets_her_offer(note, headline, wanted):
    d = sample_draft(note, headline=headline, name="Sam Peeters")
    assert any(w.lower() in d.lower() for w in wanted), d
    for bad in ("cursussen die ik aanraad", "welche ich an deiner Stelle", "which ones I'd pick", "cuáles elegiría", "in jouw plaats"):
        assert bad not in d, d


def test_dutch_reply_never_says_in_jouw_plaats():
    d = sample_draft("Hey Camille, mooie post over SEO-fouten! Heb je daar ook een langere versie of een cursus over? Groet, Bas",
                     headline="Junior SEO-specialist", name="Bas Mol")
    assert "in jouw plaats" not in d and "in uw plaats" not in d, d


# -- C2: a team's training enquiry with prices: yes, price depends on the programme, the call, the language caveat --------

TEAM_TRAINING = [
    ("Goedemiddag Camille, wij zijn een team van 12 medewerkers in Antwerpen en zoeken een workshop social ads voor onze marketingafdeling. "
     "Wat zijn de mogelijkheden en de prijzen? Groeten, Pieter", "nl", ("prijs hangt af", "Frans of het Engels")),
    ("Hallo Frau Laurent, wir sind ein Team von 10 Mitarbeitern in Basel und suchen eine Schulung zu SEO für unseren Vertrieb. "
     "Welche Möglichkeiten gibt es und was kostet das? Mit freundlichen Grüßen, Urs Meier", "de", ("Preis hängt", "Französisch oder Englisch")),
]


@pytest.mark.parametrize("note,lang,wanted", TEAM_TRAINING)
def test_team_training_enquiry_answered(note, lang, wanted):
    d = sample_draft(note, headline="Sales Manager", name="Pieter Claes")
    for w in wanted:
        assert w in d, d
    assert "mijn kijk erop" not in d, d


# -- C3: usted from verb and clitic forms ---------------------------------------------------------------------------------

def test_usted_read_from_verbs_and_clitics():
    d = sample_draft("Buenas tardes, le contacto de parte de mi compañera Marta Gil, que me sugirió escribirle. Dirijo el área comercial "
                     "(12 personas). ¿Imparte talleres de marketing digital en empresas?\nSaludos,\nÁlvaro Ruiz", name="Álvaro Ruiz")
    assert "¡Hola" not in d and " tus " not in d and " te " not in d, d
    assert "le" in d.split() or "usted" in d or "sus" in d.split(), d


# -- C4: a thesis interview from a working student is an interview ----------------------------------------------------------

@pytest.mark.parametrize("note,headline", [
    ("Hi Camille, ich bin Werkstudentin im Marketing bei einer Agentur und schreibe meine Masterarbeit über Employer Branding bei KMU. "
     "Dürfte ich dich für ein kurzes Experteninterview (25 Min) anfragen? LG Mia Koch", "Werkstudentin Marketing @ Brandly | M.Sc. BWL"),
])
def test_thesis_interview_is_no_job_search(note, headline):
    d = sample_draft(note, headline=headline, name="Lea Braun")
    assert "Viel Erfolg bei der Suche" not in d and "Augen offen" not in d, d
    assert "Arbeit" in d or "Interview" in d or "Gespräch" in d, d


# -- C5: a teaching module is weighed on its terms; a guest lecture is not "a module" ---------------------------------------

def test_teaching_module_asks_terms_before_yes():
    d = sample_draft("Bonjour Madame Laurent, je coordonne le Master communication de l'IAE Grenoble et je cherche une intervenante pour un "
                     "module de 15h en stratégie de contenu. Cela vous intéresserait-il ? Bien cordialement, Hélène Roux",
                     headline="Responsable de formation – IAE Grenoble", name="Hélène Roux")
    assert "Oui, avec plaisir" not in d, d
    assert "rémunération" in d, d


def test_guest_lecture_is_not_a_module():
    d = sample_draft("Hi Camille, I run a social media marketing module at a university in Dublin and would love to have you as a guest "
                     "lecturer (one 2-hour session, online) in May. Would you be up for it?", headline="Lecturer in Marketing", name="Aoife Byrne")
    assert "for a module" not in d and "guest lecture" in d, d


# -- C6: a call for talk submissions: how and by when to submit --------------------------------------------------------------

@pytest.mark.parametrize("note,lang,bad", [
    ("Hi Camille, we're putting together the programme for Growth Summit Berlin in November and looking for speakers on paid social. "
     "Would you consider submitting a talk?", "en", "dates you have in mind"),
    ("Hallo Camille, wir planen den Content Day in Köln im Herbst. Hättest du Lust, einen Vortrag einzureichen? Viele Grüße, Tim", "de", "Termine"),
])
def test_call_for_talks_asks_how_and_by_when(note, lang, bad):
    d = sample_draft(note, headline="Event Manager", name="Tim Vogel")
    assert bad not in d, d
    assert any(w in d for w in ("by when", "bis wann")), d
