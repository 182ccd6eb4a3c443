"""Wave 53, group B: who the sender is (career stage, learner or client)."""
import pytest

from drafting import sample_draft
from invitriage.drafts import career


@pytest.mark.parametrize("note", [
    "hi camille, bin seit 3 monaten junior SEO manager und fühl mich bissl verloren.. welche tools/kurse würdest du empfehlen?",
    "Ich bin seit einem halben Jahr Social Media Managerin bei einer Agentur. Welche Kurse empfiehlst du?",
    "ik ben sinds twee maanden junior marketeer, welke cursus raad je aan?",
    "I have been a junior SEO specialist for 3 months, which courses would you recommend?",
    "llevo tres meses como community manager, ¿qué curso me recomiendas?",
    "sono da sei mesi social media manager, quale corso mi consigli?",
    "sou há 4 meses analista de SEO, que curso recomenda?",
    "je suis depuis 2 mois chargée de communication, quelle formation ?",
])
def test_job_held_for_months_is_employed(note):
    assert career.stage(note) == "employed"


def test_job_search_for_months_is_not_employed():
    assert career.stage("Ich bin seit 3 Monaten auf Jobsuche als SEO Manager") != "employed"


@pytest.mark.parametrize("note, good, bad", [
    ("hi camille, bin seit 3 monaten junior SEO manager und fühl mich bissl verloren.. welche tools/kurse würdest du "
     "zum einstieg empfehlen? danke dir!! Max", "Semrush", "Vorstellungsgespräch"),
    ("Hoi Camille, ik ben sinds twee maanden junior SEO-specialist. Welke cursus raad je aan om te beginnen?",
     "Semrush", "sollicitatiegesprek"),
])
def test_employed_learner_gets_no_job_seeker_advice(note, good, bad):
    text = sample_draft(note, name="Max Bauer")
    assert good in text and bad not in text


@pytest.mark.parametrize("note, good, bad", [
    ("Olá Camille! A sua formação em marketing digital também está disponível online? Trabalho numa pequena loja em "
     "Coimbra e gostava de aprender a fazer anúncios no Facebook. Obrigada! Ana Lopes", "online", "a proposta interessa-me"),
])
def test_question_on_her_course_is_no_proposal(note, good, bad):
    text = sample_draft(note, name="Ana Lopes")
    assert good in text and bad not in text


@pytest.mark.parametrize("note, good", [
    ("Grüezi Frau Laurent, ich habe Ihren Workshop zu Content-Strategie an der HWZ Zürich besucht und fand ihn sehr "
     "inspirierend. Bieten Sie solche Trainings auch inhouse für Firmen an? Freundliche Grüsse, Beat Keller", "Inhouse-Schulungen"),
    ("Hoi Camille, ik heb je workshop over SEO in Gent gevolgd. Geef je die training ook incompany bij bedrijven? Groet, "
     "Joost Peeters", "incompanytrainingen"),
    ("Ciao Camille, ho seguito il tuo workshop sui social a Milano. Fai anche formazione in-house per aziende? Grazie, "
     "Paolo Neri", "formazione aziendali"),
])
def test_inhouse_training_asked_gets_inhouse_yes(note, good):
    assert good in sample_draft(note, name="Max Bauer")
