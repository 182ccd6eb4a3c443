"""Wave 167, our mends after the merge: what the wave's branches broke between them, each kept for its own case.

- "Tu donnes des cours en ligne ?" from a junior who asks which course to take is her courses asked about, never a course
  offered to her to teach (a guest class's online format, branch G, had taken the online answer away).
- A consultancy "for our shop" after a long topic ("consultoria em anúncios no Instagram para a nossa loja virtual") stays a
  referred lead's call with its languages; only a part of a company ("pour notre division grand public") allows that long a
  topic (branch A had widened it for every business).
- The German language line for a talk or podcast says "geht das bei mir nur auf …": neither "arbeite" (branch G's
  reviewer) nor "das machen" (an older reviewer).
"""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note,online,teach", [
    ("Bonjour Camille, je suis junior dans une agence et je veux me spécialiser en SEO. Quelle formation me conseilles-tu ? "
     "Tu donnes des cours en ligne ? Merci", "existent aussi en ligne", "Donner ce cours"),
    ("Hola Camille, estoy empezando en marketing digital y quiero aprender SEO. ¿Das clases online? ¿Qué curso me recomiendas? "
     "Gracias", "doy formación online", "Dar esta clase"),
    ("Ciao Camille, sto iniziando nel marketing digitale. Dai corsi online sul SEO? Quale corso mi consigli?",
     "anche online", "Tenere questo corso"),
])
def test_her_courses_asked_by_the_verb_are_hers_to_take_never_to_teach(note: str, online: str, teach: str) -> None:
    text = sample_draft(note, name="Ana Souza")
    assert online in text and teach not in text and "date" not in text.split("\n")[3], text


def test_a_guest_class_online_for_students_is_still_a_class_to_teach() -> None:
    text = sample_draft("Oi Camille, sou professor na PUC e queria saber se você daria uma aula online para os meus alunos "
                        "de marketing sobre anúncios no Instagram.", name="Pedro Costa")
    assert "aula" in text and "versão online" not in text, text


def test_a_referred_consultancy_for_a_shop_after_a_long_topic_keeps_the_call_and_its_languages() -> None:
    es = sample_draft("Hola Camille, Pedro Gómez me dio tu nombre para una consultoría en anuncios de Instagram para nuestra "
                      "tienda online de cosmética. ¿Podemos hablar?", name="Carmen Díaz")
    assert "Pedro Gómez" in es and "horarios" in es and "anuncios en Instagram" in es, es


def test_a_company_division_after_a_long_topic_is_a_client_lead() -> None:
    fr = sample_draft("Madame, je dirige le marketing de Laboratoires Durand et souhaiterais vous confier une mission de conseil "
                      "en stratégie de contenu pour notre division grand public. Bien cordialement, Paul Girard", name="Paul Girard")
    assert "20 minutes" in fr and "déjà essayé" not in fr, fr


def test_the_german_language_line_of_a_talk() -> None:
    text = sample_draft("Hallo Camille, wir organisieren einen Marketing-Abend in Köln. Hättest du Lust, als Speakerin über "
                        "Content-Strategie zu sprechen? Viele Grüße, Jonas")
    assert "geht das bei mir nur auf Französisch oder Englisch" in text and "machen." not in text, text
