"""Wave 157, group I: Dutch details read right (her B2B TikTok answer is kept as it was: the branch's rewrite that
weighed Meta in it dropped "it works if someone on the team enjoys explaining the trade on camera" for every B2B
TikTok question, so "TikTok or Meta for a B2B startup?" stays open); a headline tag for where the sender stands ("| Starter", "| Débutante") is never taken for the business's name; a company
in Belgium (Belgische, belge, Vlaamse, Wallonië) is far from Lyon, so a wish to meet gets a video call first, never a
coffee as if they lived next door; a piece of hers that was "heel bruikbaar" or "très utile" for the sender's team is
named back with the joy it helped, never ignored."""

from drafting import sample_draft


def _body(draft: str) -> str:
    return draft.split("\n", 2)[2]


def test_tiktok_for_b2b_alone_and_a_shop_keep_their_answers():
    b2b = _body(sample_draft("Hallo Camille, werkt TikTok eigenlijk voor B2B?", "", "Bram Visser"))
    assert "In B2B levert TikTok" in b2b and "LinkedIn" in b2b, b2b
    shop = _body(sample_draft("Bonjour Camille, pour ma boulangerie, TikTok ou Meta ?", "", "Paul Girard"))
    assert "Pour un commerce, je commencerais par Meta" in shop and "B2B" not in shop, shop


def test_headline_status_tag_is_no_business_name():
    cases = [
        ("Eigenaar van een webshop in biologische babykleding | Starter", "Fleur Kok", "Starter"),
        ("Owner of an online shop for handmade candles | Starter", "Amy Cole", "Starter"),
        ("Gérante d'une boutique en ligne de bijoux | Débutante", "Julie Roux", "Débutante"),
    ]
    for headline, name, tag in cases:
        body = _body(sample_draft("", headline, name))
        assert tag not in body, body


def test_headline_business_name_still_named():
    body = _body(sample_draft("", "Eigenaar van een webshop in biologische babykleding | Kindje & Co", "Fleur Kok"))
    assert "voor Kindje & Co" in body, body


def test_director_at_large_company_welcome_is_not_chummy():
    body = _body(sample_draft("", "Marketing Director Benelux bij Philips | Brand & Digital", "Martijn de Graaf"))
    assert "belletje" not in body and "Zin in" not in body, body


def test_company_in_belgium_wishing_to_meet_gets_a_call_first():
    notes = [
        ("Beste Camille, als marketingdirecteur bij een Belgische retailketen zoek ik een externe partner voor onze content "
         "strategie in Wallonië en Frankrijk. Zou je eens willen afspreken om kennis te maken? Vriendelijke groeten, Wouter Claes",
         "Wouter Claes", "videogesprek"),
        ("Goedendag Camille, ik ben marketingmanager bij een Vlaamse meubelketen en we zoeken een partner voor onze SEO in "
         "Frankrijk. Kunnen we eens afspreken? Met vriendelijke groet, Jan Peeters", "Jan Peeters", "videogesprek"),
        ("Bonjour Camille, je dirige le marketing d'une enseigne belge et nous cherchons une consultante SEO. Pourrions-nous "
         "nous rencontrer ?", "Luc Dubois", "visio"),
    ]
    for note, name, call in notes:
        body = _body(sample_draft(note, "", name))
        assert call in body, body
        assert "Een kop koffie lijkt me leuk" not in body and "Un café, volontiers" not in body, body


def test_neighbour_in_lyon_keeps_the_coffee():
    body = _body(sample_draft("Hoi Camille, ik woon ook in Lyon en run een klein bureau in Villeurbanne. Zin om eens koffie te "
                              "drinken?", "", "Daan Mulder"))
    assert "koffie" in body and "videogesprek" not in body, body


def test_piece_useful_for_the_team_is_named_back():
    cases = [
        ("Beste Camille, ik lees al een tijdje je nieuwsbrief over content strategie. Vooral het stuk over evergreen content "
         "was heel bruikbaar voor mijn team. Graag connecten! Met vriendelijke groet, Pieter Bakker", "Pieter Bakker",
         "het stuk over evergreen content je geholpen"),
        ("Hoi Camille, ik volg je blog al een paar maanden. Vooral het artikel over lokale SEO was erg bruikbaar voor onze "
         "winkel. Groetjes, Sanne", "Sanne de Wit", "het artikel over lokale SEO je geholpen"),
        ("Bonjour Camille, je lis ta newsletter depuis quelques mois. L'article sur le contenu evergreen a été très utile "
         "pour mon équipe. Au plaisir d'échanger !", "Marc Petit", "l'article sur le contenu evergreen t'a été utile"),
        ("Hallo Camille, ich lese seit einiger Zeit deinen Newsletter. Besonders der Artikel über E-Mail-Marketing war sehr "
         "hilfreich für mein Team. Liebe Grüße", "Jonas Weber", "der Artikel über E-Mail-Marketing geholfen"),
    ]
    for note, name, words in cases:
        body = _body(sample_draft(note, "", name))
        assert words in body, body


def test_newsletter_reader_without_praise_keeps_the_question():
    body = _body(sample_draft("Beste Camille, ik lees al een tijdje je nieuwsbrief over SEO. Graag connecten! Met vriendelijke "
                              "groet, Kees Jansen", "", "Kees Jansen"))
    assert "geholpen" not in body and "onderwerp" in body, body
