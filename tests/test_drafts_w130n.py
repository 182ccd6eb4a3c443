"""Wave 130, group N: an intern already placed at an agency asking for beginner tips gets tips for the first months,
never how to choose an agency; "Qto custa?" is read as "Quanto custa?", so the price question is answered."""

from __future__ import annotations

from drafting import sample_draft

_HIRE = ("Mais do que nomes", "Plutôt que des noms", "Più che nomi", "Más que nombres")


def test_placed_intern_asking_tips_gets_first_month_tips_in_portuguese() -> None:
    # 134 es_pt_it note-33: "Comecei agora como estagiário … numa agência em BH … Alguma dica?" answered with choosing an agency
    br = sample_draft("Eai Camille! Comecei agora como estagiário de social media numa agência em BH e curto muito seus posts "
                      "sobre anúncios. Alguma dica pra quem tá começando? 🙏", name="Pedro Henrique Souza")
    assert not any(h in br for h in _HIRE)
    assert "Minhas dicas para os primeiros meses" in br and "revisar seu trabalho" in br
    pt = sample_draft("Olá Camille, comecei agora um estágio de marketing digital numa agência em Lisboa. Tem alguma dica para "
                      "quem está a começar?", name="Joana Silva")
    assert "As minhas dicas para os primeiros meses" in pt and "Mais do que nomes" not in pt


def test_placed_intern_asking_tips_gets_first_month_tips_in_french_italian_spanish() -> None:
    # 134 es_pt_it note-33 (variants): the same intern, tu/tú registers
    fr = sample_draft("Salut Camille, je viens de commencer un stage en social media dans une agence à Nantes et j'adore tes "
                      "posts sur la pub. Un conseil pour quelqu'un qui débute ?", name="Léa Morel")
    assert "Mes conseils pour les premiers mois : demande à un senior" in fr and "Plutôt que des noms" not in fr
    it = sample_draft("Ciao Camille, ho appena iniziato uno stage in social media in un'agenzia a Milano. Qualche consiglio per "
                      "chi comincia?", name="Giulia Rossi")
    assert "I miei consigli per i primi mesi: chiedi a un senior" in it and "Più che nomi" not in it
    es = sample_draft("Hola Camille, acabo de empezar como becaria de social media en una agencia de Sevilla. ¿Algún consejo "
                      "para quien empieza?", name="Lucía Gil")
    assert "Mis consejos para los primeros meses: pide a alguien sénior" in es


def test_business_asking_for_an_agency_still_gets_how_to_choose_one() -> None:
    # 134 es_pt_it note-33 neighbour that must not change: a business asks which agency to hire
    fr = sample_draft("Bonjour Camille, je cherche une agence SEO à Lyon pour ma boutique. Vous en connaissez une bonne ?",
                      name="Paul Dubois")
    assert "premiers mois" not in fr


def test_qto_custa_is_a_price_question() -> None:
    # 135 es_pt_it note-36: "Vc faz consultoria pra negócios pequenos? Qto custa mais ou menos?" left without its price
    br = sample_draft("Oi Camille, tenho uma lojinha virtual de roupas infantis e as vendas pelo Instagram caíram muito. Vi seu "
                      "post sobre anúncios pra pequenos e-commerces. Vc faz consultoria pra negócios pequenos? Qto custa mais ou "
                      "menos? Bjs, Fernanda", name="Fernanda Lima")
    assert "O valor depende do escopo do trabalho" in br and "Vamos conversar, com prazer!" not in br
