"""Waves 148–149, our mends after reading the regression."""
from __future__ import annotations

from drafting import sample_draft


def test_a_cert_weighed_against_a_portfolio_is_no_question_on_changing_careers() -> None:
    # 149 regression r104 fr_en note-34: "switching careers" now read as a move, "is the cert worth it?" got the
    # "is retraining worth it at my age?" answer ("Age is no obstacle") though no age was told
    draft = sample_draft("hi camille, im switching careers from retail to digital marketing. do you think the google digital "
                         "garage cert is worth it or should i just build a portfolio? thx", headline="Aspiring digital marketer",
                         name="Sam Taylor")
    assert "Age is no obstacle" not in draft
    assert "certificate" in draft.lower() or "certification" in draft.lower()


def test_retraining_worth_it_at_an_age_still_gets_the_honest_answer() -> None:
    draft = sample_draft("Hi Camille, I'm 45 and switching careers into digital marketing. Is it still worth it, or is the market "
                         "saturated?", name="Paul Green")
    assert "Age is no obstacle" in draft


def test_a_company_seeking_a_consultancy_is_a_client_not_a_job_offered() -> None:
    # 149 regression r78 es_pt_it note-35: "estamos buscando uma consultoria para entrar no mercado francês" was declined
    # as a post ("não estou buscando um emprego fixo")
    draft = sample_draft("Prezada Sra. Laurent, sou diretor de marketing de uma rede de franquias de alimentação e estamos buscando "
                         "uma consultoria para entrar no mercado francês. Gostaria de agendar uma conversa. Atenciosamente, Ricardo "
                         "Barbosa", name="Ricardo Barbosa")
    assert "emprego fixo" not in draft and "20 minutos" in draft


def test_a_recruiter_seeking_a_manager_still_offers_a_post() -> None:
    # 173 es_pt_it note-27's neighbour (kept): "estamos buscando um Gerente de Performance … Teria interesse?"
    draft = sample_draft("Olá Camille, sou recrutadora na Gupy e estamos buscando um Gerente de Performance para uma fintech em "
                         "São Paulo (remoto possível). Teria interesse?", headline="Tech Recruiter", name="Ana Souza")
    assert "não estou buscando" in draft


def test_training_for_the_senders_team_picked_up_again_is_a_prospect_offered_a_call() -> None:
    # 151 regression r127 es_pt_it note-34: the longer follow-up topic ("a formação … para a nossa equipa") turned a prospect's
    # "continuar a conversa" into "como está a correr do seu lado?"
    draft = sample_draft("Olá Camille, conhecemo-nos no Web Summit em Lisboa, no stand da Startup Portugal. Fiquei com o seu cartão "
                         "mas perdi-o 😅 Gostava de continuar a conversa sobre a formação em marketing digital para a nossa equipa. "
                         "Cumprimentos, Pedro Antunes", name="Pedro Antunes")
    assert "como está a correr" not in draft and "20 minutos" in draft
