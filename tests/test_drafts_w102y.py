"""Fix wave 102, group Y: proposals, events, speakers, calls asked."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,pasted,kept", [
    ("hi im doing a school project on influencer marketing can u answer a few questions pls", "can u", "influencer marketing"),
    ("hey im doing a uni project on content marketing can you answer a few questions plz", "can", "content marketing"),
])
def test_the_question_put_to_her_is_never_pasted_into_the_thanks(note: str, pasted: str, kept: str) -> None:
    # round 102 fr_en note-36: "Thanks for reaching out about influencer marketing can u answer a few questions pls!"
    text = sample_draft(note, headline="Student", name="Liam Scott")
    thanks = text.split("\n")[2]
    assert f" {pasted} " not in thanks and f" {pasted}!" not in thanks and "pls" not in thanks and "plz" not in thanks, text
    assert kept in text.lower(), text


@pytest.mark.parametrize("note,headline,call", [
    ("Hola! Te propongo una colaboración: tengo una agencia de diseño web en Valencia y muchos clientes me piden SEO. Podríamos "
     "derivarnos clientes mutuamente. ¿Te parece que lo hablemos?", "Fundador de Pixelnaranja Estudio", "llamada"),
    ("Ciao! Ho un'agenzia di web design a Torino e molti clienti ci chiedono SEO. Potremmo passarci clienti a vicenda, ti va di sentirci?",
     "Founder di Pixel Torino", "call"),
    ("Hallo Camille, ich habe eine Webdesign-Agentur in Köln und viele Kunden fragen nach SEO. Wir könnten uns gegenseitig Kunden "
     "vermitteln. Wollen wir mal telefonieren?", "Gründer, Pixelwerk", "telefonieren"),
])
def test_a_peer_swap_with_a_call_asked_gets_the_call(note: str, headline: str, call: str) -> None:
    # round 101 es_pt_it note-18 and note-62: the swap welcomed, the talk they asked for never left unanswered
    text = sample_draft(note, headline=headline, name="Vicente Martí")
    body = text.split("\n", 2)[2]
    assert call in body and "?" in body, text


def test_a_peer_swap_with_no_call_asked_offers_none() -> None:
    note = ("Hola! Tengo una agencia de diseño web en Valencia y muchos clientes me piden SEO. Podríamos derivarnos clientes "
            "mutuamente.")
    text = sample_draft(note, headline="Fundador de Pixelnaranja Estudio", name="Vicente Martí")
    assert "llamada" not in text, text


@pytest.mark.parametrize("note,headline,name,call", [
    ("Ciao Camille, mi ha dato il tuo contatto Federica Longo di Digital Update, dice che sei la persona giusta per la SEO "
     "internazionale. Ho un e-commerce di moda che vuole vendere in Francia, ne parliamo?", "CEO presso Velvet Milano", "Simone Gatti",
     "call"),
    ("Salut Camille ! C'est Thomas Girard qui m'a conseillé de te contacter, il dit que tu es LA personne pour les pubs Meta. Je lance "
     "ma boutique de bougies en ligne, j'aimerais bien échanger 🙏", "Créatrice - Les Bougies de Lou", "Louise Faure", "appel"),
    ("Hey Camille, Sarah Jenkins suggested I reach out - I'm launching a DTC skincare brand and struggling with Meta ads. Would love "
     "to pick your brain!", "Co-founder - Glow Theory", "Olivia Turner", "chat"),
])
def test_a_referred_lead_who_wants_to_talk_is_offered_a_call(note: str, headline: str, name: str, call: str) -> None:
    # round 101 es_pt_it note-58, round 102 fr_en note-4 and note-26: a call, never "keep me posted" or "send your questions"
    text = sample_draft(note, headline=headline, name=name)
    assert call in text, text
    assert "send your questions" not in text and "Tiens-moi au courant" not in text, text


@pytest.mark.parametrize("note,headline,where,dates", [
    ("Estimada Camille, organizo el congreso Digital Marketing Sevilla (14-15 de noviembre) y nos gustaría contar con usted como "
     "ponente sobre publicidad en redes sociales. ¿Podría indicarme un email de contacto?\nSaludos cordiales,\nRafael Navarro",
     "Director del congreso Digital Marketing Sevilla", "mi perfil", "los días 14 y 15 de noviembre"),
    ("Dear Camille, we are organising the Growth Summit in Dublin (12-13 June) and would love to have you as a speaker on content "
     "strategy. Could you give me your email address?", "Event Director", "my profile", "12 and 13 June"),
])
def test_an_organiser_asking_her_address_is_told_where_it_is(note: str, headline: str, where: str, dates: str) -> None:
    # round 101 es_pt_it note-9: the e-mail asked for is answered (in her profile), two days in a row never "del 14 al 15"
    text = sample_draft(note, headline=headline, name="Rafael Navarro")
    assert where in text and dates in text, text
    assert "del 14 al 15" not in text, text


@pytest.mark.parametrize("note,headline,good,bad", [
    ("Bonjour Madame Laurent, nous organisons les Rencontres du Digital à Annecy le 14 novembre et recherchons une intervenante sur "
     "les stratégies de contenu. Seriez-vous disponible ?\nCordialement, Claire Morel", "Chargée d'événements – Digital Alpes",
     # (wave 107: the topic is no longer dropped as "where they met" by "les Rencontres", and the city gives way to it)
     "sur les stratégies de contenu aux Rencontres du Digital du 14 novembre", "Annecy du 14"),
])
def test_a_date_after_the_city_keeps_its_article(note: str, headline: str, good: str, bad: str) -> None:
    # round 101 fr_en note-9: "aux Rencontres du Digital à Annecy du 14 novembre" reads as a place "of" a date
    text = sample_draft(note, headline=headline, name="Claire Morel")
    assert good in text and bad not in text, text
