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


@pytest.mark.parametrize("note,name,must,never", [
    # round 108 de_nl note-10: a talk on a given day, details offered: a yes in principle, never a flat yes before the details
    ("Sehr geehrte Frau Laurent,\nim Namen der IHK Saarland lade ich Sie herzlich ein, auf unserem E-Commerce-Forum am 14. Mai in "
     "Saarbrücken einen Vortrag (30 Min.) über Social Ads zu halten. Gerne sende ich Ihnen weitere Details.\nMit freundlichen Grüßen\n"
     "Dr. Petra Lang", "Petra Lang", "Grundsätzlich sehr gern", "Ja, sehr gern"),
    ("Madame, au nom de la CCI de Lyon, je vous invite à donner une conférence (30 min) sur les social ads lors de notre forum "
     "e-commerce le 14 mai. Je peux vous envoyer plus de détails. Cordialement, Paul Martin", "Paul Martin", "En principe", "Oui, avec plaisir"),
    ("Dear Ms Laurent, on behalf of the Leeds Chamber of Commerce I would like to invite you to give a 30-minute talk on social ads "
     "at our e-commerce forum on 14 May. I am happy to send you more details. Kind regards, Paul Smith", "Paul Smith",
     "In principle", "Yes, I'd be happy to"),
])
def test_a_dated_talk_with_details_to_come_is_a_yes_in_principle(note: str, name: str, must: str, never: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    assert never not in text, text


@pytest.mark.parametrize("note,name,must", [
    # round 107 es_pt_it note-35: "indicar clientes um pro outro" is a referral partnership: her fields and languages for the
    # clients passed, never "Seria possível em inglês?" as if the partner had to speak English
    ("Oi Camille, tenho uma agência de desenvolvimento web em Curitiba e muitos clientes pedem SEO. Que tal uma parceria? A gente "
     "poderia indicar clientes um pro outro.", "Rafael Oliveira", "Indicar clientes um para o outro"),
    ("Olá Camille, tenho uma agência web no Porto e muitos clientes pedem SEO. Que tal uma parceria? Podíamos indicar clientes uns aos "
     "outros.", "Rui Sousa", "clientes um ao outro"),
])
def test_clients_referred_both_ways_in_pt(note: str, name: str, must: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    assert "Seria possível em inglês?" not in text, text


@pytest.mark.parametrize("note,name,must", [
    # round 108 de_nl note-35: "steeds vaker Franse klanten … samenwerken": the call is about those French clients
    ("Hey Camille, ik run een contentbureau in Rotterdam en we krijgen steeds vaker Franse klanten. Lijkt het je wat om samen te "
     "werken (wij NL/BE, jij FR)? Groetjes, Femke Jansen", "Femke Jansen", "Franse klanten"),
    ("Hoi Camille, wij zijn een webbureau in Gent met steeds meer Franse klanten. Zullen we samenwerken? Jij doet de SEO in het "
     "Frans, wij de rest. Groeten, Pieter", "Pieter Claes", "Franse klanten"),
])
def test_a_partnership_for_french_clients_names_them(note: str, name: str, must: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text


def test_social_ads_consulting_in_pt_is_a_client_lead_named() -> None:
    # round 108 es_pt_it note-25: "consultoria em publicidade nas redes sociais" is her social ads, asked by a buyer: named, and
    # his sign-off mirrored, never "a proposta interessa-me"
    text = sample_draft("Cara Dra. Camille Laurent,\nVenho por este meio apresentar-me: sou diretor de marketing numa cadeia de lojas "
                        "em Lisboa e gostaria de conversar sobre uma eventual consultoria em publicidade nas redes sociais.\n"
                        "Com os melhores cumprimentos,\nRui Carvalho", headline="Diretor de Marketing na Lojas Tejo", name="Rui Carvalho")
    assert "redes sociais" in text, text
    assert "a proposta interessa-me" not in text, text
