"""Wave 71 group C: a past trainee's launched campaign congratulated, a pair of tools quoted whole."""
from __future__ import annotations

import pytest

from drafting import sample_draft

from invitriage.drafts import told

LAUNCHED = [
    ("Olá Camille! Participei na sua formação de Google Ads em Lyon no mês passado. Já lancei a primeira campanha! Obrigada por tudo. Beijinhos, Catarina",
     "Parabéns pela tua primeira campanha", "puseres"),
    ("Oi Camille! Fiz sua formação de Meta Ads em Lyon. Lancei a primeira campanha semana passada! Obrigada por tudo, Ana",
     "Parabéns pela sua primeira campanha", "puser"),
    ("Hi Camille! I was in your Google Ads workshop in Lyon last month. I've launched the first campaign! Just wanted to say thanks. Emma",
     "Congratulations on launching your first campaign", "if you put"),
    ("Bonjour Camille ! J'ai suivi ta formation Google Ads à Lyon le mois dernier. J'ai lancé la première campagne hier ! Merci pour tout, Julie",
     "Bravo pour ta première campagne", "si tu mets"),
    ("Hola Camille, estuve en tu formación de Meta Ads en Lyon. ¡Ya lancé la primera campaña! Mil gracias, Lucía",
     "Enhorabuena por tu primera campaña", "te haya interesado"),
    ("Camille! Fui alumna de tu taller de Instagram Ads en Lyon en octubre. Ya lancé mi primera campaña y funciona!! Solo quería darte las gracias. Besos, Irene",
     "Enhorabuena por tu primera campaña", "te haya interesado"),
    ("Ciao Camille! Ho partecipato al tuo workshop di Google Ads a Lione. Ho lanciato la prima campagna! Grazie di tutto, Giulia",
     "Complimenti per la tua prima campagna", "se metti"),
    ("Hallo Camille, ich war letzten Monat in deinem Google-Ads-Workshop in Lyon. Ich habe jetzt die erste Kampagne gestartet! Danke für alles, Jana",
     "Glückwunsch zur ersten eigenen Kampagne", "Falls du"),
    ("Hoi Camille, ik zat vorige maand in je Google Ads-workshop in Lyon. Ik heb de eerste campagne gelanceerd! Bedankt voor alles, Eva",
     "Gefeliciteerd met je eerste campagne", "Als je"),
]


@pytest.mark.parametrize(("note", "want", "gone"), LAUNCHED)
def test_launched_campaign_is_congratulated(note: str, want: str, gone: str) -> None:
    text = sample_draft(note, headline="", name="Ana Ruiz")
    assert want in text
    assert gone not in text


def test_informal_pt_trainee_thanked_without_formal_agradeco() -> None:
    text = sample_draft(LAUNCHED[0][0], headline="", name="Catarina Fonseca")
    assert "Obrigada pelo convite e pela mensagem" in text
    assert "Agradeço" not in text


PAIRS = [
    ("pt", "Sou analista com 3 anos de experiência em Google e Meta Ads e estou buscando uma vaga.", "Google e Meta Ads"),
    ("en", "I have 4 years of experience in Google and Meta Ads and I'm looking for a remote role.", "Google and Meta Ads"),
    ("es", "Tengo 5 años de experiencia en Google y Meta Ads, busco trabajo.", "Google y Meta Ads"),
    ("it", "Ho 3 anni di esperienza in Google e Meta Ads e cerco lavoro.", "Google e Meta Ads"),
    ("fr", "J'ai 6 ans d'expérience en SEO et SEA et je cherche un poste.", "SEO et SEA"),
    ("nl", "Ik heb 5 jaar ervaring met Google en Meta Ads en zoek een baan.", "Google en Meta Ads"),
]


@pytest.mark.parametrize(("lang", "note", "pair"), PAIRS)
def test_experience_keeps_a_pair_of_tools_whole(lang: str, note: str, pair: str) -> None:
    line = told.experience_line(note, lang, informal=True)
    assert pair in line


def test_experience_pair_never_swallows_a_clause() -> None:
    assert "and I" not in told.experience_line("After 3 years in SEO and I moved to Lyon.", "en", informal=True)


def test_pt_job_seeker_quote_not_cut() -> None:
    note = ("Olá Camille! Sou analista de mídia paga com 3 anos de experiência em Google e Meta Ads e estou buscando uma nova "
            "oportunidade, de preferência remota. Se souber de alguma vaga, me avisa? Valeu! Lucas Almeida")
    text = sample_draft(note, headline="", name="Lucas Almeida")
    assert "experiência em Google e Meta Ads" in text
    assert "experiência em Google," not in text
