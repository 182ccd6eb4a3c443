"""Wave 36, group B: what the sender wants. A coffee offered for HER visit to the sender's city ("if you're ever in
Manchester") is taken up for that visit, never "which days in the next two weeks"."""

from drafting import draft

_MY_VISIT = [
    ("Salut Camille, ancienne camarade de l'EM Lyon ici ! Si tu passes un jour à Bordeaux, on boit un café ?", "fr", "met_before", "Bordeaux", "la prochaine fois que je passe"),
    ("Bonjour Madame Laurent, nous nous sommes croisées à Paris. Si vous êtes de passage à Lille, prenons un café ?", "fr", "met_before", "Lille", "la prochaine fois que je passe"),
    ("Hi Camille, we studied together at Kedge! Let's grab a coffee if you're ever in Manchester.", "en", "met_before", "Manchester", "next time I"),
    ("¡Hola Camille! Fuimos compañeras en el máster. Si pasas por Sevilla, ¿tomamos un café?", "es", "met_before", "Sevilla", "la próxima vez que pase"),
    ("Ciao Camille, eravamo in classe insieme a Milano. Se passi da Torino prendiamo un caffè?", "it", "met_before", "Torino", "la prossima volta"),
    ("Hallo Camille, wir haben zusammen studiert! Wenn du mal in Köln bist, trinken wir einen Kaffee?", "de", "met_before", "Köln", "das nächste Mal in Köln"),
    ("Hoi Camille, we zaten samen op school. Koffie drinken als je eens in Utrecht bent?", "nl", "met_before", "Utrecht", "weer eens in Utrecht"),
]


def test_coffee_on_her_visit_to_the_senders_city():
    for note, lang, intent, place, phrase in _MY_VISIT:
        text = draft(note, lang, intent)
        assert place in text and phrase in text, (lang, text)
        for dated in ("two weeks", "deux prochaines semaines", "dos semanas", "due settimane", "zwei Wochen", "twee weken"):
            assert dated not in text, (lang, text)


def test_sender_visit_still_awaited():
    # "next time I'm in Lyon": the sender's own visit keeps "let me know when you're next in Lyon"
    text = draft("Hi Camille, loved your talk. Coffee next time I'm in Lyon?", "en", "content")
    assert "I'll let you know" not in text and "Lyon" in text, text


def test_a_press_quote_is_no_price():
    from drafting import sample_draft
    for note in ("Hello Camille, I'm a reporter at a trade magazine, working on an article about AI tools in local SEO. Would you mind if I quote you?",
                 "Hi Camille! Could I get a short quote from you for my newsletter piece on TikTok ads for small brands?"):
        text = sample_draft(note)
        for price in ("€", "price", "rates", "proposal", "costs"):
            assert price not in text, (price, text)
    text = sample_draft("Hello Camille, could you send me a quote for an SEO audit of our online shop?")
    assert "€" in text or "rates" in text, text  # a price quote is still one


def test_only_shall_we_connect_asks_nothing():
    from drafting import sample_draft
    for note in ("Oi! Sou corretora de imóveis em Campinas e estou ampliando minha rede. Bora conectar?",
                 "Ciao! Lavoro nel settore assicurativo e sto allargando la mia rete. Ci colleghiamo?",
                 "Salut ! Je suis courtier en assurances à Rennes et j'élargis mon réseau. On se connecte ?"):
        text = sample_draft(note)
        for wrong in ("aconselhar", "consigliarti", "consigliarLa", "conseiller", "fora da minha área", "fuori dal mio ambito", "hors de mon domaine"):
            assert wrong not in text, (wrong, text)
