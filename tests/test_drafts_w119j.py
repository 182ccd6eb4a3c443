"""Wave 119, group J: the question asked, answered in the register the sender used."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts.notefacts import is_informal


def test_european_portuguese_professional_signing_um_abraco_is_answered_formally() -> None:
    # 119 es_pt_it note-38: a Head of Growth's "… gostaria de trocar ideias … Um abraço" answered "te dão jeito / preferires"
    draft = sample_draft("Olá Camille, sou Head of Growth na Farfetch e gostaria de trocar ideias sobre estratégias de aquisição "
                         "no mercado francês. Um abraço, Miguel Sousa", name="Miguel Sousa")
    assert "te dão jeito" not in draft and "preferires" not in draft
    assert "lhe dão jeito" in draft
    assert not is_informal("Bom dia Camille, sou diretora de marketing numa empresa do Porto e gostaria de falar consigo "
                           "sobre uma parceria. Abraços, Inês", "pt")


def test_a_hug_with_tu_or_from_brazil_stays_informal() -> None:
    assert is_informal("Olá Camille, adorei o teu post sobre SEO! Um abraço, Rui", "pt")
    assert is_informal("Oi Camille, tudo bem? Adorei seu post, vamos trocar uma ideia? Abraço, Thiago", "pt")


def test_a_seat_in_her_course_asked_gets_her_training_offer_not_an_internship_reply() -> None:
    # 119 es_pt_it note-42: "a sua formação em Google Ads ainda tem vagas para a turma de março?" answered "envie-me o seu CV"
    draft = sample_draft("Boa tarde Camille, a sua formação em Google Ads ainda tem vagas para a turma de março? Sou dono de um "
                         "restaurante em Coimbra e quero aprender a fazer os anúncios eu mesmo.", name="Manuel Gonçalves")
    assert "CV" not in draft and "estágio" not in draft
    assert "dou formações" in draft
    fr = sample_draft("Bonjour Camille, reste-t-il des places dans votre formation Google Ads de mars ? J'ai un restaurant à Lyon.",
                      name="Paul Martin")
    assert "formations" in fr and "Skillshop" not in fr
    it = sample_draft("Ciao Camille, ci sono ancora posti per il tuo corso Google Ads di marzo? Ho un ristorante a Bologna.", name="Luca Rossi")
    assert "corsi" in it and "Skillshop" not in it


def test_an_internship_place_asked_is_still_an_internship() -> None:
    draft = sample_draft("Olá Camille, tem vagas para estagiários na sua agência? Acabei o curso de marketing.", name="Joana Reis")
    assert "estagiários" in draft and "dou formações" not in draft


def test_a_peer_met_at_a_workshop_signing_abraco_keeps_tu() -> None:
    assert is_informal("Olá Camille, conhecemo-nos no workshop da Lyon Digital Week, eu estava na mesa ao lado. Foi um prazer! "
                       "Abraço, Pedro", "pt")
    assert not is_informal("Camille, estivemos juntos no workshop de Google Analytics em Lisboa. Gostei muito da sua intervenção. "
                           "Abraço!", "pt")
