"""Fix wave 108, group D: jobs, recruiters, interns."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts.notefacts import asks_hiring, extract


@pytest.mark.parametrize("note,name,must", [
    # round 108 fr_en note-38: a job offered to her, outside her field, is declined as a role, never "I can't advise you"
    ("Hello, we have an opening for a warehouse supervisor in Manchester, full-time, great benefits. Would you like to apply?",
     "Gary Thompson", "warehouse supervisor role"),
    ("Hello, we have a vacancy for a logistics coordinator in Leeds, full-time, good salary. Would you like to apply?",
     "Tom Baker", "logistics coordinator role"),
])
def test_an_opening_offered_is_a_role_declined(note: str, name: str, must: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    assert "isn't a fit for me" in text, text
    assert "advise you" not in text, text


def test_a_specialist_title_keeps_its_field() -> None:
    # round 108 es_pt_it note-27: "Especialista em Mídia Paga", never "Especialista" with "em Mídia Paga" as a place
    f = extract("Oi Camille, sou recrutadora na Gupy e estou buscando um(a) Especialista em Mídia Paga para um e-commerce em SP. "
                "Topa conversar ou conhece alguém?", "pt", "recruiting")
    assert f.job_title == "Especialista em Mídia Paga", f.job_title
    assert f.place == "", f.place
    f = extract("Hola, busco un Especialista en SEO para una agencia en Madrid. ¿Conoces a alguien?", "es", "recruiting")
    assert f.job_title == "Especialista en SEO", f.job_title


@pytest.mark.parametrize("note,name,must,never", [
    # round 108 es_pt_it note-27: paid media is her field; "topa conversar?" asks about her too
    ("Oi Camille, sou recrutadora na Gupy e estou buscando um(a) Especialista em Mídia Paga para um e-commerce em SP. "
     "Topa conversar ou conhece alguém? Abs, Fernanda", "Fernanda Costa", "autônoma", "não tenho perfis desse tipo"),
    # round 107 de_nl note-28: "Zou jij interesse hebben of iemand kennen?": her own answer before the referral one
    ("Beste Camille, ik ben recruiter bij Randstad en zoek voor een klant in Rotterdam een Senior SEO Specialist (Frans sprekend "
     "een pré). Zou jij interesse hebben of iemand kennen? Groet, Mark", "Mark Meijer", "Ik werk zelfstandig", ""),
    ("Hi Camille, I'm a recruiter at Hays looking for a Paid Media Specialist for an e-commerce brand in London. Up for a chat, "
     "or know someone?", "Jane Doe", "not looking for a new role", "outside my field"),
])
def test_a_recruiter_asking_about_her_too_gets_her_answer(note: str, name: str, must: str, never: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    if never:
        assert never not in text, text
    assert "No momento não estou" not in text and "no momento não estou buscando" not in text, text


@pytest.mark.parametrize("note,name", [
    # round 107 fr_en note-36: "any opening in your company??" answered, the field quoted whole
    ("hi im looking for job in digital marketing any opening in your company?? I have 2 years experience in social media. please reply",
     "Rahul Verma"),
    ("Hi, I'm looking for a job in content marketing. Do you have any openings? Thanks", "Priya Shah"),
])
def test_an_opening_asked_of_her_is_answered(note: str, name: str) -> None:
    text = sample_draft(note, name=name)
    assert "I'm not hiring" in text, text
    assert "marketing any" not in text, text


@pytest.mark.parametrize("note,lang", [
    ("Je cherche un poste en marketing digital. Des postes ouverts dans votre agence ?", "fr"),
    ("Busco trabajo en marketing digital. ¿Hay vacantes en tu empresa?", "es"),
    ("Cerco lavoro nel marketing digitale. Ci sono posizioni aperte nella tua azienda?", "it"),
    ("Procuro emprego em marketing digital. Tem vagas abertas na sua empresa?", "pt"),
    ("Ich suche eine Stelle im Online-Marketing. Gibt es offene Stellen bei Ihnen?", "de"),
    ("Ik zoek een baan in online marketing. Zijn er vacatures bij jou?", "nl"),
])
def test_an_opening_asked_in_every_language(note: str, lang: str) -> None:
    assert asks_hiring(note, lang)


@pytest.mark.parametrize("note,name,never,must", [
    # round 107 fr_en note-4 and note-26: no interns taken, so never "I'll read it and get back to you soon"
    ("Bonjour Madame Laurent, étudiante en Master 2 communication digitale à l'IAE Lyon, je recherche un stage de 6 mois à partir de "
     "mars. Accepteriez-vous d'étudier ma candidature ? Cordialement, Inès Benali", "Inès Benali",
     "je reviens vers vous rapidement", "Je ne prends pas de stagiaires"),
    ("Dear Ms Laurent,\nI am a final-year BA Marketing student at the University of Leeds and I am seeking a summer internship in "
     "digital marketing. Would you consider my application?\nKind regards,\nOliver Brooks", "Oliver Brooks",
     "get back to you soon", "I don't take interns"),
    ("Hallo Camille, ich studiere Marketing in Köln und suche ein Praktikum im Online-Marketing ab April. Würden Sie meine Bewerbung "
     "prüfen? Viele Grüße, Lena", "Lena Schmidt", "melde mich bald bei", "Praktikant"),
])
def test_no_interns_then_no_promise_to_consider_the_application(note: str, name: str, never: str, must: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    assert never not in text, text


@pytest.mark.parametrize("note,name,must", [
    # round 108 es_pt_it note-33: the sender's "experiencia" never copied without its accent
    ("oi, to procurando emprego como analista de marketing digital, tenho 3 anos de experiencia. se souber de alguma vaga me avisa? valeu",
     "Thiago Pereira", "experiência"),
    ("Olá, estou à procura de emprego em marketing digital, tenho 4 anos de experiencia em redes sociais. Se souber de algo, avise.",
     "Rita Sousa", "experiência"),
])
def test_portuguese_experience_is_spelled_right(note: str, name: str, must: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    assert "experiencia" not in text, text


@pytest.mark.parametrize("note,name,must", [
    # round 108 de_nl demo-2347: a job seeker bound for France who speaks French: that asset acknowledged
    ("Hallo Camille, ik ben afgestudeerd in communicatie en zoek een stage of eerste baan in online marketing in Frankrijk. "
     "Ik spreek goed Frans! Groet, Lisa", "Lisa Vermeulen", "Frans spreekt"),
    ("Hi Camille, I just graduated in marketing and I'm looking for a first job in digital marketing in France. I speak fluent French. "
     "Best, Emma", "Emma Clarke", "Speaking French"),
    ("Hola Camille, busco mi primer trabajo en marketing digital en Francia. Hablo francés con fluidez. Saludos, Marta",
     "Marta Gil", "Hablar francés"),
])
def test_french_of_a_job_seeker_bound_for_france_is_acknowledged(note: str, name: str, must: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text


def test_french_asset_needs_france_named() -> None:
    text = sample_draft("Hallo Camille, ik zoek een baan in online marketing in Utrecht. Ik spreek goed Frans en Engels. Groet, Sanne",
                        name="Sanne de Boer")
    assert "Frankrijk" not in text, text
