"""Round 21, group L: learners and job seekers asking for advice get the owner's tip that fits their career stage
(drafts/career.py and the FAQ's ``who``): never "as a junior" to someone with years of experience, never internship
paperwork to someone who seeks no internship, advice asked without a question mark still answered, and a master's-or-job
dilemma answered head on."""

import pytest

from drafting import SAMPLE, sample_draft
from invitriage.drafts import career
from invitriage.settings import ConfigError, Settings


@pytest.mark.parametrize("note,expected", [
    ("Bonjour Camille, je reviens d'un congé parental et je cherche un nouveau poste en marketing digital.", "experienced"),
    ("Hola, llevo 6 años de experiencia en marketing y me han despedido.", "experienced"),
    ("Hi, I'm a final-year student looking for a student job in SEO.", "student"),
    ("Ciao, cerco un tirocinio in social media a Lione.", "intern"),
    ("Hoi, ik ben net afgestudeerd en zoek mijn eerste baan.", "junior"),
    ("Hi, happy to connect!", ""),
])
def test_career_stage(note, expected):
    assert career.stage(note) == expected


@pytest.mark.parametrize("note", [
    "Bonjour Camille, après deux ans de congé maternité je cherche un emploi en marketing digital. Auriez-vous des conseils pour revenir dans le métier ?",
    "Hola Camille, tras 7 años como responsable de marketing me han despedido y busco trabajo. ¿Algún consejo para volver al mercado?",
    "Ciao Camille, sono una marketing manager con 10 anni di esperienza, rientro dopo la maternità e cerco lavoro. Qualche consiglio?",
])
def test_experienced_job_seeker_gets_no_junior_advice(note):
    text = sample_draft(note)
    low = text.lower()
    assert "junior" not in low and "júnior" not in low
    assert "Google Ads" in text or "SEO & Ads" in text  # the experienced entry's headline example


@pytest.mark.parametrize("note,lang_word", [
    ("Bonjour Camille, je suis SEO junior (1 an d'expérience) et je cherche un CDI à Lyon. Des conseils ?", "Welcome to the Jungle"),
    ("Hoi Camille, ik zoek een studentenbaan in online marketing in Frankrijk. Heb je tips?", "Welcome to the Jungle"),
    ("Oi Camille! Sou analista de SEO com 2 anos de experiência e quero trabalhar na França. Alguma dica?", "Welcome to the Jungle"),
])
def test_job_seekers_get_no_internship_paperwork(note, lang_word):
    text = sample_draft(note)
    assert lang_word in text
    assert "convention de stage" not in text


def test_internship_seeker_keeps_the_convention():
    text = sample_draft("Ciao Camille, sono studentessa e cerco uno stage in marketing a Lione per la primavera. Qualche consiglio?")
    assert "convention de stage" in text


@pytest.mark.parametrize("note,expect", [
    ("Hi Camille, I'm a UX writer moving to Lyon this autumn. I'd really appreciate any tips on the local job market.", "Welcome to the Jungle"),
    ("Hallo Camille, ich ziehe im Herbst nach Lyon und suche dort eine Stelle im Marketing. Über ein paar Tipps würde ich mich sehr freuen.", "Welcome to the Jungle"),
    ("Bonjour Camille, je m'installe à Lyon en septembre et je cherche un poste en marketing. Tes conseils seraient précieux, merci !", "Welcome to the Jungle"),
])
def test_advice_asked_without_question_mark_is_answered(note, expect):
    text = sample_draft(note)
    assert expect in text
    assert "what you've tried" not in text and "ce que tu as déjà essayé" not in text


@pytest.mark.parametrize("note,expect", [
    ("Bonjour Camille, je viens de finir ma licence. Vaut-il mieux faire un master en marketing ou chercher directement un emploi ?", "alternance"),
    ("Hola Camille, acabo de graduarme. ¿Me recomiendas hacer un máster o buscar trabajo ya?", "experiencia"),
    ("Hallo Camille, ich habe gerade meinen Bachelor. Lohnt sich ein Master oder sollte ich gleich eine Stelle suchen?", "Erfahrung"),
])
def test_masters_or_job_answered_head_on(note, expect):
    assert expect in sample_draft(note)


def test_sender_wanting_to_work_abroad_is_no_question_on_her_clients():
    text = sample_draft("Hola Camille, soy community manager con 2 años de experiencia. ¿Tienes algún consejo para quien quiere trabajar en marketing en Europa?")
    assert "mis clientes" not in text
    assert "Welcome to the Jungle" in text


def test_nl_job_line_does_not_repeat_laat_ik_het_je_weten():
    text = sample_draft("Hoi Camille, ik zoek na 6 jaar bij een bureau een nieuwe baan als SEO-specialist. Heb je tips of ken je bedrijven die mensen zoeken?")
    assert text.count("laat ik het je") + text.count("ik laat je weten") <= 1


def test_who_must_name_known_stages():
    entry = {"when": ["job"], "who": ["retired"], "en": "x"}
    with pytest.raises((ConfigError, ValueError)):
        Settings.from_mapping({"answers": [entry]}, "test")
    ok = Settings.from_mapping({"answers": [{**entry, "who": ["experienced"]}]}, "test")
    assert ok.answers[0]["who"] == ["experienced"]
    assert any(e.get("who") == ["experienced"] for e in SAMPLE.answers)
