"""Wave 63 (group C): praise quoted with its verb, a month the sender attended read as a date, a call asked for a month."""

from __future__ import annotations

import pytest
from drafting import sample_draft

#: Praise for her posts with its verb after the topic: the topic quoted without the verb.
QUOTES = [
    ("Bonjour, je suis en reconversion et je me forme au marketing digital. Vos posts sur la stratégie de contenu m'inspirent "
     "beaucoup. Quelle formation me conseilleriez-vous pour débuter ?", "Nathalie Mercier", "stratégie de contenu", "inspirent"),
    ("hi! im a junior marketer (6 months in) and ur posts on content strategy help me so much. any tips for someone who wants "
     "to specialise in SEO? thx", "Chloe Adams", "content strategy", "strategy help"),
    ("Hi Camille, your posts about LinkedIn ads inspire me every week. Happy to connect!", "Tom Hill", "LinkedIn Ads", "inspire!"),
    ("Hoi Camille, je posts over SEO helpen me enorm in mijn werk. Leuk om te connecten!", "Sanne de Vries", "over SEO", "helpen"),
]


@pytest.mark.parametrize("note,name,kept,gone", QUOTES)
def test_praise_verb_is_no_part_of_the_quoted_topic(note: str, name: str, kept: str, gone: str) -> None:
    text = sample_draft(note, headline="Marketing", name=name)
    assert kept in text
    assert gone not in text


#: A month told with what the sender attended: never the date of the training asked for.
ATTENDED = [
    ("Hi Camille, I attended your digital marketing workshop at Station F in March. Quick question: do you run the same training "
     "for in-house teams? We're 8 people.", "Olivia Scott", "in-house training", "March"),
    ("Hi Camille, I took your SEO masterclass in Paris in May. Do you also run trainings for teams? We are 12.", "Olivia Scott",
     "in-house training", "May"),
    ("Bonjour Camille, j'ai suivi votre atelier SEO à Lyon en mars. Est-ce que vous faites aussi des formations pour les équipes ? "
     "Nous sommes 6.", "Julie Morel", "formations", "mars"),
]


@pytest.mark.parametrize("note,name,kept,month", ATTENDED)
def test_month_attended_is_not_a_date_offered(note: str, name: str, kept: str, month: str) -> None:
    text = sample_draft(note, headline="Head of Marketing", name=name)
    assert kept in text
    assert month not in text


def test_month_asked_for_the_team_is_kept() -> None:
    text = sample_draft("Hi Camille, could you run a training for my team in March? We're 8 people.", headline="Head of Marketing",
                        name="Mark Lee")
    assert "your team in March" in text


#: A first call asked for in a month: the slots asked for then, never "next week".
CALLS = [
    ("Guten Tag, wir möchten unsere SEO-Strategie für Frankreich neu aufsetzen. Hätten Sie Kapazitäten für ein Erstgespräch im "
     "Februar? Freundliche Grüße, Martin Keller", "Martin Keller", "im Februar?", "nächste Woche"),
    ("Beste mevrouw Laurent, ik ben marketingdirecteur bij een Nederlandse fietsenfabrikant en we willen de Franse markt op. Heeft u "
     "in maart ruimte voor een kennismakingsgesprek over SEO en social? Met vriendelijke groet, Bart Hoekstra", "Bart Hoekstra",
     "in maart uit?", "volgende week"),
    ("Bonjour Camille, je dirige le marketing d'une PME et nous voulons refondre notre SEO. Auriez-vous un créneau pour un premier "
     "appel en mars ?", "Luc Bernard", "en mars ?", "semaine prochaine"),
]


@pytest.mark.parametrize("note,name,kept,gone", CALLS)
def test_call_asked_for_a_month_is_not_next_week(note: str, name: str, kept: str, gone: str) -> None:
    text = sample_draft(note, headline="Marketing Director", name=name)
    assert kept in text
    assert gone not in text
