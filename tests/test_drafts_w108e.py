"""Fix wave 108, group E: clients, invitations and partnerships."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,headline,name,must,never", [
    # round 107 fr_en note-18: her support asked for as a noun ("nous proposer un accompagnement") is a client's ask: a call,
    # never "tell me about your business" after he told it
    ("Chère Madame Laurent, je dirige une PME de menuiserie (25 salariés) et notre site ne génère aucun contact. Nos ventes sont "
     "en baisse. Pourriez-vous nous proposer un accompagnement ? Respectueusement, Jean-Pierre Morel", "Gérant – Menuiserie Morel",
     "Jean-Pierre Morel", "appel de 20 minutes", "Parlez-moi un peu de votre activité"),
    ("Dear Ms Laurent, I run a carpentry SME (25 staff) and our website generates no leads. Sales are falling. Could you offer us "
     "some support? Regards, John Moore", "Manager – Moore Joinery", "John Moore", "20-minute call", "Tell me a little about your business"),
    ("Estimada Sra. Laurent, dirijo una pyme de carpintería (25 empleados) y nuestra web no genera contactos. Las ventas bajan. "
     "¿Podría proponernos un acompañamiento? Atentamente, Juan Moreno", "Gerente – Carpintería Moreno", "Juan Moreno",
     "llamada de 20 minutos", "Cuénteme un poco sobre su negocio"),
])
def test_support_asked_for_as_a_noun_gets_a_call(note: str, headline: str, name: str, must: str, never: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert must in text, text
    assert never not in text, text


@pytest.mark.parametrize("note,name,must", [
    # round 107 es_pt_it note-18, note-40: "do you charge for this kind of session?" on a talk she is invited to give: her fee follows
    ("Hola Camille! Doy clases de marketing en una escuela de negocios en Bilbao y me gustaría invitarte a dar una masterclass online "
     "a mis alumnos sobre estrategia de contenidos. ¿Cobras por este tipo de sesiones?", "Iñaki Etxeberria", "mi tarifa"),
    ("Oi Camille! Sou professora de marketing numa faculdade em BH e queria te convidar pra dar uma aula online sobre estratégia de "
     "conteúdo pros meus alunos. Você cobra por esse tipo de aula?", "Larissa Campos", "meu orçamento"),
    ("Hi Camille! I teach marketing at a business school in Leeds and would love to invite you to give an online masterclass to my "
     "students on content strategy. Do you charge for this kind of session?", "Tom Baker", "rate"),
])
def test_a_fee_asked_as_do_you_charge_is_answered(note: str, name: str, must: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text


def test_a_pt_topic_never_ends_on_a_contracted_preposition() -> None:
    # round 107 es_pt_it note-40: "estratégia de conteúdo pros meus alunos" cut at the possessive, never "… para os, fico muito feliz"
    text = sample_draft("Oi Camille! Sou professora de marketing numa faculdade em BH e queria te convidar pra dar uma aula online "
                        "sobre estratégia de conteúdo pros meus alunos. Topa?", name="Larissa Campos")
    assert "para os," not in text and "pros," not in text, text
    assert "estratégia de conteúdo" in text, text


@pytest.mark.parametrize("note,name,never", [
    # round 107 de_nl note-9: "Host des Podcasts" (the plural genitive) is a podcast: the guest invitation, with her languages
    # and the recording dates, never a hanging "Darüber spreche ich gern …" after a month promised
    ('Hallo Camille! Ich bin Host des Podcasts "Marketing Mittwoch" und würde dich gern als Gast einladen, um über SEO für kleine '
     'Onlineshops zu sprechen. Hättest du im Januar Lust und Zeit? 🎙️ Grüße, Tobias', "Tobias Frank", "Darüber spreche ich gern"),
    ('Hoi Camille! Ik ben host van de podcasts "Marketing Woensdag" en zou je graag als gast uitnodigen om over SEO voor kleine '
     'webshops te praten. Heb je in januari tijd? Groetjes, Tim', "Tim de Vries", "Ik praat er graag over"),
])
def test_a_podcasts_host_invites_a_guest(note: str, name: str, never: str) -> None:
    text = sample_draft(note, name=name)
    assert never not in text, text
    assert "Januar" in text or "januari" in text, text

