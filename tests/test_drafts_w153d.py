"""Wave 153, group D: a seller read as a prospect or a partner. A sale in the first person with a cue aimed at her ("Ich
verkaufe LinkedIn-Automatisierung, mit der du 3x mehr Leads bekommst. Interesse?") and services sold "at very competitive
prices" (the intensifier between, "a precios muy competitivos", "a prezzi molto competitivi") are pitches, declined
politely in every language, never "tell me about your business and budget" nor "your partnership interests me, a call"."""

from __future__ import annotations

from drafting import sample_draft

_NO_NEED = {"de": "keinen Bedarf", "es": "no lo necesito", "pt": "não é uma necessidade", "it": "non ne ho bisogno",
            "nl": "geen behoefte", "fr": "pas un besoin", "en": "not something I need"}


def test_first_person_sale_with_interest_asked_is_declined() -> None:
    # 181 de_nl note-20: a LinkedIn-automation seller was asked about "dein Geschäft und dein Budget"
    de = sample_draft("Hallo Camille 👋 Ich verkaufe LinkedIn-Automatisierung, mit der du 3x mehr Leads bekommst. "
                      "Interesse? Schreib mir einfach!", "Lead Generation Expert | 10x your pipeline", name="Dennis Krüger")
    assert "Budget" not in de and "Geschäft" not in de
    assert _NO_NEED["de"] in de
    nl = sample_draft("Hoi Camille, ik verkoop een tool voor LinkedIn-automatisering waarmee je 3x meer leads krijgt. Interesse?",
                      "Growth hacker", name="Ruben de Vries")
    assert _NO_NEED["nl"] in nl
    en = sample_draft("Hi Camille, I sell a LinkedIn outreach tool that gets you 3x more leads. Interested?", "Growth", name="Mark Lee")
    assert _NO_NEED["en"] in en and "tools" not in en


def test_offshore_work_at_very_competitive_prices_is_a_pitch_not_a_partnership() -> None:
    # 181 es_pt_it note-20: "me interesa mucho" and a call for an offshore web-development seller
    es = sample_draft("Hola, vendemos servicios de desarrollo web offshore a precios muy competitivos. ¿Tienes clientes que "
                      "necesiten una web? Podemos hacer marca blanca.", name="Óscar Rubio")
    assert "me interesa" not in es and "llamada" not in es and _NO_NEED["es"] in es
    pt = sample_draft("Olá, vendemos serviços de desenvolvimento web offshore a preços muito competitivos. Tem clientes que "
                      "precisem de um site? Podemos fazer white label.", name="Rui Costa")
    assert "horários" not in pt and _NO_NEED["pt"] in pt
    it = sample_draft("Ciao, vendiamo servizi di sviluppo web offshore a prezzi molto competitivi. Hai clienti che hanno bisogno "
                      "di un sito? Possiamo lavorare in white label.", name="Marco Rossi")
    assert "orari" not in it and _NO_NEED["it"] in it


def test_a_seller_of_his_own_goods_asking_for_help_stays_a_prospect() -> None:
    # neighbours (must not change): "I sell …" from someone who needs her help is a lead, answered as one
    de = sample_draft("Ich verkaufe handgemachten Schmuck online und brauche Hilfe bei SEO. Hast du Zeit für einen kurzen Call?",
                      name="Jana Weber")
    assert "Sehr gern unterstütze ich dich bei SEO" in de and _NO_NEED["de"] not in de
    es = sample_draft("Vendo productos artesanales online y quiero mejorar mi SEO. ¿Cuánto cobras por una auditoría?",
                      name="Lucía Gómez")
    assert "Por una auditoría suelo cobrar" in es and _NO_NEED["es"] not in es
