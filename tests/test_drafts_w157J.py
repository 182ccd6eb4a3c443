"""Wave 157 J: a call proposed in a language she does not work in says her call's languages ("we can talk in English or
French") even when France is named only for someone else or as the market: the referrer's place ("Sophie Martin, de la CCI
de Lyon"), their French-speaking clients ("Franstalige klanten"), a strategy for France or a brand launched there; paths
only crossed at an event settle no shared language; and a price non-answer stands on its own line, apart from the caveat
on her languages that goes with the call."""

from drafting import sample_draft

from invitriage.drafts.writer import _price_apart

_ES_CALL = "Podemos hablar en inglés o en francés"
_PT_CALL = "Podemos falar em inglês ou em francês"
_IT_CALL = "Possiamo parlare in inglese o in francese"
_NL_CALL = "We kunnen in het Engels of het Frans praten"


def _body(draft: str) -> str:
    return draft.split("\n\n")[1]


def test_referrer_place_in_france_keeps_the_call_languages() -> None:
    review = sample_draft("Me recomendó contactarte Sophie Martin, de la CCI de Lyon. Estoy lanzando una startup de comida sana y "
                          "necesito ayuda con las redes. Un saludo!!", headline="", name="Tomás Herrera")
    assert "llamada de 20 minutos" in review and _ES_CALL in review
    own = sample_draft("Hola Camille, me pasó tu contacto Marta Ruiz, de la CCI de Lyon. Estoy montando una marca de cosmética natural "
                       "y necesito ayuda con Instagram. ¡Gracias!", headline="", name="Lucía Gómez")
    assert "20 minutos" in own and _ES_CALL in own
    it = sample_draft("Ciao Camille, mi ha dato il tuo contatto Julie Petit della CCI di Lione. Sto lanciando un brand di gelato "
                      "artigianale in Francia e mi servirebbe una mano con i social. Grazie!", headline="", name="Andrea Marchetti")
    assert "20 minuti" in it and _IT_CALL in it
    nl = sample_draft("Hallo Camille, Sophie Martin (van jullie training in Lyon) zei dat ik je moest toevoegen. Ik start binnenkort "
                      "als freelance contentmarketeer en zou graag eens van gedachten wisselen. Groetjes, Noor van Leeuwen",
                      headline="", name="Noor van Leeuwen")
    assert "20 minuten" in nl and _NL_CALL in nl


def test_strategy_for_france_keeps_the_call_languages() -> None:
    review = sample_draft("Olá Camille, sou diretora de marketing da Sabores do Douro e estamos a procurar uma consultora para a nossa "
                          "estratégia digital em França. Podemos marcar uma reunião?", headline="", name="Catarina Mendes")
    assert "20 minutos" in review and _PT_CALL in review
    own = sample_draft("Hola Camille, soy responsable de marketing de una bodega y buscamos una consultora para nuestra estrategia "
                       "digital en Francia. ¿Podemos hablar?", headline="", name="Raúl Ortega")
    assert "20 minutos" in own and _ES_CALL in own


def test_paths_only_crossed_keep_the_call_languages() -> None:
    review = sample_draft("Ciao Camille, ci siamo incrociate all'evento SMXL a Milano. Sono direttrice marketing di un'azienda di "
                          "arredamento e stiamo cercando una consulente per la strategia SEO in Francia. Possiamo sentirci?",
                          headline="", name="Valentina Bianchi")
    assert "20 minuti" in review and _IT_CALL in review
    own = sample_draft("Hola Camille, nos cruzamos en el evento de eCommerce en Madrid. Dirijo el marketing de una marca de calzado y "
                       "buscamos consultora para la estrategia SEO en Francia. ¿Hablamos?", headline="", name="Sara Molina")
    assert "20 minutos" in own and _ES_CALL in own


def test_people_who_talked_in_person_still_share_a_language() -> None:
    # neighbour: met and talked a while at an afterwork: no languages said for the call
    draft = sample_draft("Hola Camille, nos conocimos en el afterwork de marketing en Madrid y hablamos un buen rato. Busco ayuda "
                         "con el SEO de mi tienda. ¿Hablamos?", headline="", name="Pablo Ruiz")
    assert "20 minutos" in draft and "inglés" not in draft


def test_french_speaking_clients_are_not_the_sender() -> None:
    review = sample_draft("Hoi Camille, ik run een klein marketingbureau in Gent. Misschien kunnen we samenwerken bij Franstalige "
                          "klanten? Lijkt me leuk om eens te sparren. Groeten, Tom Peeters", headline="", name="Tom Peeters")
    assert "20 minuten" in review and _NL_CALL in review
    own = sample_draft("Hoi Camille, ik heb een webbureau in Antwerpen en we hebben steeds meer Franstalige klanten. Zullen we eens "
                       "bellen over een samenwerking? Groet, Jan", headline="", name="Jan Maes")
    assert _NL_CALL in own


def test_price_non_answer_stands_apart_from_the_language_caveat() -> None:
    review = sample_draft("Hallo Camille, ik heb een kleine webshop in duurzame sneakers en mijn Facebook ads leveren bijna niks op. "
                          "Zou je een keer willen meekijken? Wat zijn je tarieven? Groet, Rick", headline="Oprichter @ Groene Zool",
                          name="Rick Brouwer")
    lines = _body(review).split("\n")
    price = next(line for line in lines if "tarief" in line)
    assert "Frans" not in price and "Engels" not in price
    assert any("alleen in het Frans of het Engels" in line for line in lines)
    assert _price_apart("Hi!\nMy rate depends on the scope. Only English. If so, a 20-minute call?", "Only English.") \
        == "Hi!\nMy rate depends on the scope.\nOnly English. If so, a 20-minute call?"
    # neighbour: a price said after the call keeps its paragraph
    pt = sample_draft("Olá Camille, tenho uma loja online de cerâmica e os meus anúncios no Instagram não dão resultado. Podia dar "
                      "uma olhadela? Qual é o seu preço? Obrigada, Inês", headline="", name="Inês Rocha")
    assert "O preço depende do âmbito do trabalho. Proponho uma primeira chamada" in pt
