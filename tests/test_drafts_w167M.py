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


@pytest.mark.parametrize("note,kept,not_said", [
    # B2B asked of a channel, not of her clients: the channel's answer alone
    ("Muy buenas Camille, seguí tu webinar de ayer sobre TikTok Ads, muy top 👏 Me quedé con una duda: ¿merece la pena para B2B?",
     "En B2B, TikTok", "también trabajo con empresas B2B"),
    # a B2B training's kind: the training's languages answered, never a yes to B2B clients
    ("Hallo Camille, wir wollen über LinkedIn mehr Leads in Frankreich generieren. Machst du auch B2B-Schulungen für "
     "Vertriebsteams, auf Deutsch oder Englisch? Gruß Andreas", "Auf Englisch sehr gern", "B2B-Unternehmen"),
    # a region asked beside B2B: her regions answered
    ("Hallo Frau Laurent, wir überlegen, unsere SEO-Strategie neu aufzustellen. Bieten Sie auch Beratung für B2B-Unternehmen "
     "im deutschsprachigen Raum an? VG Petra Lang", "Schweiz", "nicht nur mit Onlineshops"),
])
def test_b2b_said_only_when_her_clients_are_asked(note: str, kept: str, not_said: str) -> None:
    text = sample_draft(note, name="Petra Lang")
    assert kept in text and not_said not in text, text


def test_b2b_clients_asked_get_the_plain_yes() -> None:
    text = sample_draft("Bonjour Camille, je suis CMO chez une startup SaaS lyonnaise. On réfléchit à externaliser notre SEO, "
                        "est-ce que vous travaillez avec des boîtes B2B ? Antoine", name="Antoine Morel")
    assert "j'interviens aussi en B2B" in text, text


def test_demand_for_speakers_answered_when_tips_are_welcome_too() -> None:
    text = sample_draft("Hallo Camille, ik ben op zoek naar een nieuwe baan als social media manager na 5 jaar bij een bureau. "
                        "Weet jij of er in Lyon vraag is naar Nederlandstalige marketeers? Alle tips welkom! Gr, Thijs",
                        headline="Social Media Manager | Open to work", name="Thijs de Vries")
    assert "Ja, die is er" in text, text


@pytest.mark.parametrize("note,short", [
    ("Bonjour, je suis en reconversion vers le marketing digital apres 10 ans dans la banque. Quelle formation me "
     "conseilleriez vous pour commencer ? merci d'avance", "vous avez de sérieux atouts."),
    ("Hola, busco trabajo en marketing digital tras 5 años en ventas. ¿Sabes de alguna vacante o me podrías dar algun "
     "consejo para hacer la transicion? Un saludo", "tienes mucho que aportar."),
])
def test_a_long_draft_keeps_the_years_told_without_the_strengths(note: str, short: str) -> None:
    text = sample_draft(note, name="Philippe Renaud")
    assert short in text and len(text) <= 600, text
