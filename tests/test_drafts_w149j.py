"""Wave 149, group J (Portuguese): "em BH" is a place, never the person who introduced them, and a chat at an event is
echoed; a shop with "dela" is the referrer's, never "seu e-commerce dela"; "Você teria interesse ou indicação?" for a role
in her field answers both halves, never "outside my network"."""

from __future__ import annotations

from drafting import sample_draft


def test_a_town_after_em_is_never_the_referrer_and_the_event_chat_is_echoed() -> None:
    # 173 es_pt_it note-35: "obrigada também a BH por conectar a gente!"
    br = sample_draft("Oi Camille, sou Diretor de Marketing de uma rede de academias em BH. A gente se falou rapidinho no evento "
                      "da HubSpot em Paris. Prazer em conectar!", name="Marcelo Souza")
    assert "BH por" not in br and "evento da HubSpot em Paris" in br
    poa = sample_draft("Oi Camille, sou gerente de marketing de uma loja em POA. A gente se falou rapidinho no evento da RD Station "
                       "em SP. Prazer!", name="Rafael Costa")
    assert "POA por" not in poa and "evento da RD Station" in poa
    pt = sample_draft("Olá Camille, sou diretora de marketing de uma cadeia de ginásios no Rio. Falámos rapidamente no evento da "
                      "HubSpot em Paris. Prazer em conectar!", name="Inês Costa")
    assert "Rio por" not in pt and "evento da HubSpot em Paris" in pt


def test_a_head_of_marketing_named_after_the_title_still_is_the_referrer() -> None:
    # must-not-change neighbour: the person after a job title in the same sentence is still thanked
    en = sample_draft("Hi Camille, our Head of Marketing Anna Schmidt suggested I reach out about SEO for our shop.", name="Tom Baker")
    assert "Anna Schmidt" in en


def test_the_referrers_own_shop_is_never_the_senders() -> None:
    # 172 es_pt_it note-33: "Que bom que foi útil para seu e-commerce dela!"
    br = sample_draft("Oi Camille, a Mariana Lopes me indicou vc! Ela disse que você ajudou muito o e-commerce dela. Estou abrindo "
                      "uma marca de roupas e queria trocar uma ideia.", name="Letícia Ramos")
    assert "dela" not in br and "Mariana Lopes" in br and "20 minutos" in br
    pt = sample_draft("Olá Camille, a Mariana Lopes recomendou-me o seu contacto. Disse que a ajudou muito com a loja online dela. "
                      "Estou a lançar uma marca de roupa e gostava de trocar umas ideias.", name="Leonor Matos")
    assert "dela" not in pt and "20 minutos" in pt
    es = sample_draft("Hola Camille, Marta Gil me habló de ti: dice que ayudaste mucho a la tienda online de ella. Estoy lanzando "
                      "una marca de ropa y me gustaría charlar.", name="Lucía Gil")
    assert "de ella" not in es and "20 minutos" in es


def test_interest_or_a_referral_for_an_ads_role_answers_both_halves() -> None:
    # 173 es_pt_it note-27: "Esses perfis ficam fora da minha rede" for a Meta/Google Ads performance role
    br = sample_draft("Oi Camille, trabalho como recrutadora na Hays e estamos buscando um(a) Gerente de Performance (Meta/Google Ads) "
                      "em SP. Você teria interesse ou indicação? Valeu!", name="Fernanda Lima")
    assert "fora da minha rede" not in br and "se alguém da minha rede tiver o perfil" in br
    pt = sample_draft("Olá Camille, sou recrutadora na Hays e estamos à procura de um(a) Gestor(a) de Performance (Meta/Google Ads) "
                      "em Lisboa. Teria interesse ou alguma indicação? Obrigada!", name="Marta Lopes")
    assert "não vou avançar" not in pt and "se alguém da minha rede se encaixar no perfil" in pt
    fr = sample_draft("Bonjour Camille, je suis recruteuse chez Hays et nous cherchons un(e) Responsable Performance (Meta/Google Ads) "
                      "à Paris. Seriez-vous intéressée ou auriez-vous quelqu'un à recommander ?", name="Claire Martin")
    assert "ne donnerai donc pas suite" not in fr and "si quelqu'un de mon réseau correspond au profil" in fr


def test_a_role_outside_her_field_still_gets_no_referral() -> None:
    # must-not-change neighbour: a Java developer is outside her field and network
    br = sample_draft("Oi Camille, trabalho como recrutadora e estamos buscando um(a) Desenvolvedor(a) Java em SP. Você teria "
                      "interesse ou indicação? Valeu!", name="Paula Reis")
    assert "não conheço ninguém na minha rede com esse perfil" in br
