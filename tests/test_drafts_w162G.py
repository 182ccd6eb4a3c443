"""Wave 162 G: compliments, groups and given facts read back once and right: a referral exchange between freelancers is
named once (never also as the collaboration's topic nor as "my take on" it); a talk praised in slang ("was fire") at a
shared meetup is thanked, and never followed by "what have you been up to since?"; the adverb of "your piece … totally
changed how I plan" stays the sender's ("my piece on content pillars helped!"); a month given as "this October" is the
talk's date (the exact day asked, a yes subject to her diary); a shared group named without quotes ("el mismo grupo de
Growth Hackers España") is named back, and "me gustan mucho tus aportes" thanked as a compliment on her content; an
article that "cleared up my doubts" is named back as one that helped."""

from drafting import sample_draft


def test_referral_exchange_named_once_en():
    d = sample_draft("Hi Camille, I'm a freelance PPC consultant based in London. I think our services are complementary - fancy a "
                     "chat about referring clients to each other?", headline="Freelance Google Ads Consultant", name="Sophie Turner")
    assert d.lower().count("referring clients to each other") == 1
    assert "my take on" not in d and "call" in d


def test_referral_exchange_named_once_own_note():
    d = sample_draft("Hi Camille, I'm an independent Google Ads specialist in Bristol. Our offers fit well together - up for a chat "
                     "about referring clients to each other?", headline="PPC Freelancer", name="Daniel Price")
    assert d.lower().count("referring clients to each other") == 1
    assert "my take on" not in d


def test_talk_praised_in_slang_at_a_shared_meetup():
    d = sample_draft("hey camille, we were both at the growth hackers meetup in berlin, your talk on tiktok ads was fire 🔥 lets connect",
                     headline="Social media freelancer", name="Jake Foster")
    assert "kind words" in d and "TikTok Ads" in d
    assert "up to since" not in d
    d2 = sample_draft("hi camille, we were both at the ads summit in madrid, your talk on meta ads was lit! lets connect",
                      headline="Freelance", name="Ryan Cole")
    assert "up to since" not in d2 and ("kind words" in d2 or "enjoyed" in d2)


def test_neighbour_meetup_without_praise_keeps_its_question():
    d = sample_draft("hey camille, we were both at the growth hackers meetup in berlin, lets connect", headline="Freelance",
                     name="Jake Foster")
    assert "kind words" not in d


def test_piece_that_changed_how_they_plan_drops_the_adverb():
    d = sample_draft("Hey Camille! Been reading your newsletter for months, your piece on content pillars totally changed how I plan "
                     "my posts 🙌 would love to connect", headline="Owner – Little Bean Coffee Roasters (online shop)", name="Jessica Miller")
    assert "totally" not in d and "my piece on content pillars" in d
    d2 = sample_draft("Hi Camille, I follow your newsletter, your article on email segmentation really changed how I write my campaigns!",
                      name="Tom Baker")
    assert "segmentation really" not in d2


def test_this_october_is_the_talks_date_en():
    d = sample_draft("Hello Camille, I'm organising the Digital Marketing Forum in Dublin this October and we're looking for speakers "
                     "on SEO in the age of AI. Would you consider giving a 30-min talk?", headline="Event Director – DMF Dublin",
                     name="Ciaran O'Neill")
    assert "dates you have in mind" not in d and "diary" in d
    assert "Yes, I'd be happy to" not in d


def test_this_month_is_the_talks_date_other_languages():
    es = sample_draft("Hola Camille, organizo el Foro de Marketing Digital en Sevilla este octubre y buscamos ponentes sobre SEO en "
                      "la era de la IA. ¿Te animarías a dar una charla de 30 minutos?", headline="Event Director", name="Marta Gil")
    assert "fechas previstas" not in es and "agenda" in es
    de = sample_draft("Hallo Camille, ich organisiere diesen Oktober das Marketing Forum in Graz und wir suchen Speaker zu SEO und KI. "
                      "Hättest du Lust auf einen 30-minütigen Vortrag?", headline="Event Director", name="Jan Weber")
    assert "Kalender" in de


def test_this_may_is_no_month():
    d = sample_draft("Hello Camille, I'm organising the Digital Marketing Forum in Dublin and this may sound odd but we're looking for "
                     "speakers on SEO. Would you consider giving a 30-min talk?", headline="Event Director", name="Ciaran O'Neill")
    assert "exact date" not in d


def test_shared_group_and_compliment_es():
    d = sample_draft("Qué tal Camille, coincidimos en el grupo de Growth Hackers España. Me gustan mucho tus aportes. Conectamos?",
                     headline="Head of Growth en Fintonic", name="Óscar Delgado")
    assert "Growth Hackers España" in d and "contenido" in d


def test_shared_group_and_compliment_it():
    d = sample_draft("Ciao Camille, siamo nello stesso gruppo Growth Marketing Italia. Mi piacciono molto i tuoi contenuti, colleghiamoci!",
                     headline="Head of Growth presso Satispay", name="Andrea Gallo")
    assert "Growth Marketing Italia" in d and "contenuti" in d


def test_shared_group_own_notes():
    es = sample_draft("Hola Camille, estamos en el mismo grupo de Marketing Digital Madrid. Me encantan tus publicaciones. ¿Conectamos?",
                      headline="Growth", name="Pablo Ruiz")
    assert "Marketing Digital Madrid" in es
    en = sample_draft("Hi Camille, we're in the same group, Women in Tech Marketing. I really like your contributions, let's connect!",
                      headline="Marketing Manager", name="Emma Stone")
    assert "Women in Tech Marketing" in en and "kind words" in en
    fr = sample_draft("Bonjour Camille, on est dans le même groupe Growth Hackers France. J'aime beaucoup tes contributions, on se connecte ?",
                      headline="Growth", name="Hugo Blanc")
    assert "Growth Hackers France" in fr


def test_group_joined_is_no_shared_group():
    d = sample_draft("Hi Camille, join our group Growth Lab Europe, you'd love it!", name="Sam Fox")
    assert "fellow member" not in d


def test_article_that_cleared_up_doubts_is_named_es():
    d = sample_draft("Hola Camille, leo tu newsletter cada semana, el ultimo articulo sobre Google Ads vs Meta Ads me resolvio muchas "
                     "dudas. Gracias por compartir! 🙌", name="Lucía Gómez")
    assert "Google Ads vs Meta Ads" in d


def test_article_that_cleared_up_doubts_other_languages():
    it = sample_draft("Ciao Camille, leggo la tua newsletter ogni settimana, l'ultimo articolo su TikTok Ads vs Meta Ads mi ha chiarito "
                      "tanti dubbi. Grazie!", name="Marta Ricci")
    assert "TikTok Ads vs Meta Ads" in it
    pt = sample_draft("Oi Camille, leio sua newsletter toda semana, o último artigo sobre SEO local me tirou muitas dúvidas. Obrigada!",
                      name="Ana Souza")
    assert "SEO local" in pt
