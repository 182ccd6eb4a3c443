"""Wave 145, group Q: a local business (restaurant, trattoria, bakery, pizzeria) weighing Instagram against Google gets
the local answer with its own budget (Google Ads and a Google Business Profile, a tight radius), never a generic "product
or service" pick; a move to the city ("moved here in September") is never read as the role's start date."""

from __future__ import annotations

from drafting import sample_draft


def test_local_restaurant_gets_local_google_answer_with_its_budget_in_spanish_and_italian() -> None:
    # 145 es_pt_it note-16: "pequeño restaurante en Málaga … 300€/mes" answered with "el producto o servicio"
    es = sample_draft("Hola Camille, tengo un pequeño restaurante en Málaga y no sé si invertir en anuncios de Instagram o en "
                      "Google. ¿Qué me aconsejarías con un presupuesto de 300€/mes?", headline="Dueño de La Terraza de Pedro",
                      name="Pedro Ruiz")
    assert "producto o servicio" not in es
    assert "para un negocio local" in es and "300 € al mes" in es and "Google Business" in es
    # 145 es_pt_it note-60: "piccola trattoria a Firenze … 300€ al mese" answered with "il prodotto o il servizio"
    it = sample_draft("Ciao Camille, ho una piccola trattoria a Firenze e non so se investire in pubblicità su Instagram o su "
                      "Google. Cosa mi consiglieresti con un budget di 300€ al mese?", headline="Titolare Trattoria da Nello",
                      name="Nello Rossi")
    assert "prodotto o il servizio" not in it
    assert "per un'attività locale" in it and "300 € al mese" in it


def test_local_business_gets_local_google_answer_in_french_english_german() -> None:
    # 145 es_pt_it note-16 (variants): a bakery, a pizzeria, a restaurant with their own monthly budget
    fr = sample_draft("Bonjour Camille, j'ai une petite boulangerie à Lyon et j'hésite entre des pubs Instagram ou Google. "
                      "Que me conseillez-vous avec un budget de 300 €/mois ?", headline="Gérante - Boulangerie du Parc",
                      name="Julie Martin")
    assert "pour un commerce local" in fr and "300 € par mois" in fr and "fiche Google Business" in fr
    en = sample_draft("Hi Camille, I own a small pizzeria in Leeds and can't decide between Instagram ads or Google. What "
                      "would you recommend with £400/month?", headline="Owner at Napoli Pizza", name="Tom Baker")
    assert "for a local business" in en and "£400 a month" in en and "what you offer" not in en
    de = sample_draft("Hallo Camille, ich habe ein kleines Restaurant in Köln und weiß nicht, ob ich in Instagram-Werbung oder "
                      "Google investieren soll. Was empfehlen Sie bei 300 € im Monat?", headline="Inhaber Restaurant Zum Hirsch",
                      name="Klaus Weber")
    assert "bei einem lokalen Geschäft" in de and "mit 300 € im Monat" in de


def test_non_local_business_keeps_the_general_google_first_pick() -> None:
    # 145 es_pt_it note-16 must-not-change neighbour: a consultancy keeps "already searching for what you offer"
    en = sample_draft("Hi Camille, I run a small consultancy and can't decide between Google Ads or Meta ads. Which would you "
                      "start with?", headline="Founder at Brightpath Consulting", name="Mark Lee")
    assert "already searching for what you offer" in en and "local business" not in en


def test_move_to_the_city_is_not_the_roles_start_date() -> None:
    # 145 fr_en note-28: "moved here in September" read as "If I hear of a new role in Lyon in September"
    en = sample_draft("Hello Camille, I'm job hunting for a junior SEO role in Lyon (I'm British, moved here in September, "
                      "B2 French). Any tips or leads would be much appreciated!\nSophie", headline="Junior SEO Specialist | Open to work",
                      name="Sophie Green")
    assert "in September" not in en and "If I hear of a new role" in en
    # must-not-change neighbour: a role starting in September keeps its date
    start = sample_draft("Hi Camille, I'm looking for a junior SEO role in Lyon starting in September. Any leads?",
                         headline="Junior SEO", name="Amy Cole")
    assert "starting in September" in start


def test_local_pizzeria_in_portuguese_gets_local_google_answer_with_its_budget() -> None:
    # 145 es_pt_it note-39: "pequena pizzaria em Belo Horizonte … R$ 1.500/mês" answered with a generic either/or
    br = sample_draft("Oi Camille, tenho uma pequena pizzaria em Belo Horizonte e não sei se invisto em anúncio no Instagram ou "
                      "no Google. O que você me aconselharia com um orçamento de R$ 1.500/mês?",
                      headline="Dono da Pizzaria Bella Massa", name="Rodrigo Souza")
    assert "Dois meses numa campanha só" not in br
    assert "para um negócio local" in br and "R$ 1.500 por mês" in br and "Perfil da Empresa no Google" in br
