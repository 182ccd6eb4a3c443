"""The sender's own situation kept in the reply: where both met, a product named right, one gladness, no calque."""

from drafting import sample_draft


def test_shared_workshop_named_before_the_answer_es() -> None:
    text = sample_draft("Hola Camille, coincidimos en el taller de Google Ads en Lyon el mes pasado (yo era el de Bilbao). "
                        "Me quedé con ganas de preguntarte: ¿usas Performance Max para clientes con poco presupuesto?", name="Unai Etxeberria")
    assert "coincidido el mes pasado en el taller de Google Ads en Lyon" in text
    assert "Performance Max" in text


def test_shared_masterclass_named_before_the_answer_fr_it() -> None:
    fr = sample_draft("Bonjour Camille, on était toutes les deux à la masterclass LinkedIn Ads la semaine dernière. "
                      "Petite question : utilises-tu Performance Max pour les petits budgets ?", name="Léa Martin")
    assert "après la masterclass LinkedIn Ads" in fr
    it = sample_draft("Ciao Camille, eravamo entrambi al workshop di Google Ads a Milano. "
                      "Una domanda: usi Performance Max per clienti con budget piccoli?", name="Marco Rossi")
    assert "dopo il workshop di Google Ads a Milano" in it


def test_misspelt_google_tool_named_right_and_no_with_pleasure() -> None:
    text = sample_draft("Hello Camille, i saw your post about google busines profile, very intresting. I have small bakery in Lyon "
                        "and want more customers online. can you help me? Thanks Peter Walsh", name="Peter Walsh")
    assert "Google Business Profile" in text
    assert "busines profile" not in text and "With pleasure" not in text
    other = sample_draft("Hi Camille, loved your article on google buisness profil. Could you help me set mine up for my florist shop?",
                         name="Ann Lee")
    assert "buisness" not in other and "With pleasure" not in other


def test_one_plaisir_fr() -> None:
    text = sample_draft("Bonjour camille, j'ai vu votre post sur le SEO local et les fiches google business, tres interessant. "
                        "je suis artisan boulanger a Villeurbanne et je voudrais etre plus visible. Pouvez vous m'aider ?", name="Patrick Morel")
    assert text.count("plaisir") <= 1
    assert "Avec plaisir" not in text


def test_met_last_thurs_is_recent_en() -> None:
    for note in ("Heyy Camille! we met at the Lyon expat marketing meetup last thurs, I'm the Aussie with the candle business 😅 "
                 "so good to connect here!! Jess",
                 "Hi Camille, great meeting you at the SEO breakfast on Tue. Tom"):
        text = sample_draft(note, name="Jess Brown")
        assert "What have you been up to since?" not in text
        assert "Looking forward to continuing the conversation" in text
