"""Wave 135, group A: the sender misread — people sought far outside her field (shipyard workers, maintenance
technicians) get a polite "outside my network", never a promise to think of names."""

from __future__ import annotations

from drafting import sample_draft


def test_shipyard_workers_sought_are_outside_her_network_in_italian() -> None:
    # 135 A es_pt_it note-51 (round 144): "Ci penso e, se mi vengono in mente uno o due nomi di fiducia"
    it = sample_draft("Salve, cerco operai specializzati per un cantiere navale a La Spezia. Se conosce qualcuno mi contatti.",
                      headline="HR presso Cantieri Liguri", name="Roberto Bianchi")
    assert "nomi di fiducia" not in it
    assert "fuori dal mio ambito" in it and "non conosco nessuno nella mia rete" in it


def test_maintenance_technicians_sought_are_outside_her_network_in_spanish() -> None:
    # 135 A es_pt_it note-8 (round 145): "Lo pienso y, si se me ocurren uno o dos nombres de confianza"
    es = sample_draft("Buenos días, estamos seleccionando técnicos de mantenimiento industrial para una planta en Zaragoza. Si "
                      "conoces a alguien interesado, no dudes en contactarme. Saludos, Rocío Gil - RRHH Grupo Ebro Industrial",
                      name="Rocío Gil")
    assert "nombres de confianza" not in es
    assert "queda fuera de mi ámbito" in es and "no conozco a nadie en mi red" in es


def test_far_trades_in_other_languages_stay_outside_her_network() -> None:
    # 135 A note-8/51 variants: recruiters for welders and electricians get "not in my network" in every language
    fr = sample_draft("Bonjour, nous recrutons des soudeurs et des techniciens de maintenance pour notre usine de Vénissieux. "
                      "Si vous connaissez quelqu'un, n'hésitez pas à me contacter.", headline="RH chez Métallerie Rhône",
                      name="Claire Dumas")
    assert "dans mon réseau" in fr and "je vous mets en contact" not in fr
    de = sample_draft("Guten Tag, wir suchen Elektriker und Schweißer für unsere Werft in Kiel. Wenn Sie jemanden kennen, "
                      "melden Sie sich gerne.", headline="HR bei Nordwerft", name="Peter Brandt")
    assert "Netzwerk" in de and "Viel Erfolg bei der Suche" in de


def test_a_google_ads_consultant_sought_still_gets_names_later() -> None:
    # 135 A must-not-change neighbour: a profile in her own field may come to mind, the promise stays
    fr = sample_draft("Bonjour Camille, je cherche un bon consultant Google Ads pour un client. Tu connais quelqu'un ?",
                      name="Paul Martin")
    assert "si quelqu'un me vient à l'esprit, je te mets en contact" in fr
    assert "pas mon domaine" not in fr


def test_head_of_growth_wanting_to_talk_acquisition_gets_a_call_in_italian() -> None:
    # 135 A es_pt_it note-63 (round 144): "Su cosa stai lavorando in questo periodo?" ignored "scambiare due idee"
    it = sample_draft("Buonasera, sono Head of Growth in una scaleup foodtech. Ci siamo incrociati alla tavola rotonda di VivaTech. "
                      "Mi piacerebbe scambiare due idee sull'acquisizione utenti in Francia.\nStefano",
                      headline="Head of Growth presso Mangiafacile", name="Stefano Conti")
    assert "Su cosa stai lavorando" not in it
    assert "20 minuti" in it and "prossima settimana" in it


def test_head_of_growth_wanting_to_swap_ideas_still_gets_a_call_in_french_and_english() -> None:
    # 135 A must-not-change neighbours of note-63: the same wish in French and English keeps its yes and call
    fr = sample_draft("Bonjour Camille, je suis Head of Growth dans une scale-up foodtech. On s'est croisés à la table ronde de "
                      "VivaTech. J'aimerais échanger quelques idées sur l'acquisition en France.",
                      headline="Head of Growth chez Mangeons", name="Luc Bernard")
    assert "échange de 20 minutes" in fr
    en = sample_draft("Hi Camille, Head of Growth at a foodtech scaleup here. We crossed paths at the VivaTech panel. I'd love to "
                      "swap ideas on user acquisition in France.", headline="Head of Growth at FoodCo", name="Tom Hale")
    assert "20-minute chat" in en


def test_subfolders_question_for_a_bilingual_site_is_answered_in_portuguese_and_spanish() -> None:
    # 135 A es_pt_it note-42 (round 145): "em português não trabalho" and a sales call for a site in two languages
    pt = sample_draft("Olá Camille, acompanho os seus posts sobre SEO e fiquei com uma dúvida: para um site em português e francês, "
                      "recomenda subdomínios ou subpastas? Obrigado pela partilha constante. Abraço, André Pinto", name="André Pinto")
    assert "não trabalho" not in pt and "chamada de 20 minutos" not in pt
    assert "subpasta por língua" in pt and "hreflang" in pt
    es = sample_draft("Hola Camille, sigo tus posts de SEO. Una duda: para una web en español y francés, ¿recomiendas subdominios "
                      "o subcarpetas? Gracias, Pablo", name="Pablo Díaz")
    assert "no trabajo" not in es and "subcarpeta por idioma" in es


def test_a_client_asking_to_talk_in_portuguese_still_gets_the_language_caveat() -> None:
    # 135 A must-not-change neighbour of note-42: the language of the call asked outright is still answered
    pt = sample_draft("Olá Camille, preciso de uma auditoria SEO para a minha loja. Podemos falar em português?", name="Rita Lopes")
    assert "Não trabalho em português" in pt


def test_a_fellow_freelancer_asking_for_coffee_gets_the_coffee_in_dutch_and_spanish() -> None:
    # 135 A de_nl note-39 (round 144): "Zo'n opdracht spreekt me zeker aan … (duur, startdatum, dagen per week)"
    nl = sample_draft("Hoi Camille! Ik ben Nederlandse, woon sinds kort in Lyon en werk als freelance copywriter. Leuk om een "
                      "vakgenoot in de buurt te vinden – zin om een keer koffie te drinken? 😊 Liefs, Eva", name="Eva de Vries")
    assert "startdatum" not in nl and "opdracht" not in nl
    assert "Een koffie lijkt me een goed idee" in nl
    es = sample_draft("Hola Camille, soy redactora freelance y acabo de mudarme a Lyon. ¡Qué bien encontrar a una colega cerca! "
                      "¿Te apetece tomar un café algún día?", name="Lucía Gil")
    assert "fecha de inicio" not in es and "tomamos un café" in es


def test_a_freelance_mission_offered_in_dutch_still_asks_the_details() -> None:
    # 135 A must-not-change neighbour of note-39: a real freelance mission keeps its questions on the details
    nl = sample_draft("Hoi Camille, wij zoeken een freelance SEO-specialist voor een opdracht van 3 maanden in Lyon. Interesse?",
                      name="Mark de Jong")
    assert "Zo'n opdracht spreekt me zeker aan" in nl and "startdatum" in nl


def test_a_new_freelancer_asking_how_she_prices_gets_advice_not_a_quote() -> None:
    # 135 A es_pt_it note-5 (round 145): "después te envío una propuesta con mis tarifas" to a fellow freelancer
    es = sample_draft("Hola Camille, acabo de empezar como community manager freelance y me cuesta mucho poner precios. ¿Cómo "
                      "fijas tú tus tarifas para gestionar redes? Cualquier consejo me ayuda mucho. Gracias, Álvaro",
                      name="Álvaro Ruiz")
    assert "propuesta con mis tarifas" not in es and "presupuesto" not in es and "Mis tarifas" not in es
    assert "por dónde empezaría yo en tu lugar" in es
    fr = sample_draft("Salut Camille, je viens de me lancer en freelance en social media et j'ai du mal à fixer mes prix. Comment "
                      "tu fixes tes tarifs ? Merci pour tes conseils !", name="Léa Martin")
    assert "proposition chiffrée" not in fr and "Avec plaisir" in fr
    en = sample_draft("Hi Camille, I've just started as a freelance social media manager and I struggle with pricing. How do you "
                      "set your rates? Any advice helps!", name="Sam Green")
    assert "quote" not in en and "Happy to help" in en


def test_a_restaurant_asking_her_rates_still_gets_the_call_and_proposal() -> None:
    # 135 A must-not-change neighbour of note-5: a client asking her rates keeps the call and the proposal
    es = sample_draft("Hola Camille, necesito gestionar las redes de mi restaurante. ¿Cuáles son tus tarifas?", name="Pedro Gómez")
    assert "propuesta con mis tarifas" in es
