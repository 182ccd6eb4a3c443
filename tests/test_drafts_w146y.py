"""Wave 146, group Y: prices, referrers and praise picked up — a day-course price asked keeps its way to the quote in one
sentence, the person whose post led the sender to her or who gave her contact is named, a piece praised is named back,
"vi tu curso" is no course attended, a fee is never a talk's topic, and "na Web Summit" in European Portuguese."""

from __future__ import annotations

from drafting import sample_draft

_DE_TAGESKURS = ("Hallo Camille, ich bin auf dein Profil über den Post von Sophie Martin gestoßen. Ich arbeite im Marketing bei einem "
                 "Startup in München und würde gerne mehr über dein Training für Social Ads erfahren. Was kostet so ein Tageskurs "
                 "ungefähr? Grüße, Lukas")
_NL_DAGTRAINING = ("Hoi Camille, via een post van Sophie Martin kwam ik op je profiel. Ik werk als marketeer bij een scale-up in "
                   "Rotterdam en ben benieuwd naar je social ads training. Wat kost een dagtraining ongeveer? Groet, Niels")


def test_day_course_price_keeps_the_quote_sentence_whole_and_names_the_post_author_de() -> None:
    # 168 de_nl note-17: "Der Preis hängt vom Format ab. Allerdings arbeite ich nur …", Sophie Martin ignored
    de = sample_draft(_DE_TAGESKURS, headline="Marketing Manager @ Flinkbox", name="Lukas Weber")
    assert "der Post von Sophie Martin" in de
    assert "Format ab. Allerdings" not in de
    assert "Der Preis hängt vom Format ab: Sag mir kurz" in de and "Angebot. Allerdings arbeite ich nur auf" in de


def test_day_course_price_and_post_author_nl_es_pt_br() -> None:
    # 168 de_nl note-39: "De prijs hangt af van de opzet. Ik moet er wel bij zeggen …", Sophie Martin ignored
    nl = sample_draft(_NL_DAGTRAINING, headline="Marketing Manager @ Picnic", name="Niels de Vries")
    assert "de post van Sophie Martin ons in contact heeft gebracht" in nl
    assert "De prijs hangt af van de opzet: laat me kort weten" in nl
    es = sample_draft("Hola Camille, llegué a tu perfil por una publicación de Sophie Martin. Trabajo en marketing en una startup en "
                      "Madrid. ¿Cuánto cuesta más o menos un curso de un día de social ads? Pablo", headline="Marketing", name="Pablo Ruiz")
    assert "la publicación de Sophie Martin nos haya puesto en contacto" in es
    assert "El precio depende del formato: cuéntame" in es
    br = sample_draft("Oi Camille, cheguei no seu perfil por um post da Sophie Martin. Trabalho com marketing numa startup em São "
                      "Paulo. Quanto custa mais ou menos um treinamento de um dia de social ads? Bruno", headline="Marketing", name="Bruno Lima")
    assert "Sophie Martin" in br and "O valor depende do formato: me conta" in br


def test_no_post_author_leaves_the_plain_thanks() -> None:
    # 146 de_nl note-17 neighbour (must not change): no post named, the plain thanks stays
    de = sample_draft("Hallo Camille, ich arbeite im Marketing bei einem Startup in München und würde gerne mehr über dein Training "
                      "für Social Ads erfahren. Was kostet so ein Tageskurs ungefähr? Grüße, Lukas", name="Lukas Weber")
    assert "danke fürs Vernetzen und für deine Nachricht!" in de and "Post" not in de


def test_referrer_named_after_a_cleft_is_thanked_pt_br_pt_es() -> None:
    # 169 es_pt_it note-26: "quem me indicou seu contato foi a Juliana Prado" ignored
    br = sample_draft("Oi Camille, quem me indicou seu contato foi a Juliana Prado. Tenho um e-commerce de moda praia e preciso "
                      "melhorar o tráfego orgânico. Podemos conversar?", headline="Fundadora da Mar Azul Moda Praia", name="Fernanda Souza")
    assert "à Juliana Prado pela indicação" in br
    pt = sample_draft("Olá Camille, quem me indicou o seu contacto foi o João Ferreira. Tenho uma loja online de cerâmica e preciso de "
                      "melhorar o tráfego orgânico. Podemos falar?", headline="Fundador da Barro Vivo", name="Rui Costa")
    assert "ao João Ferreira" in pt
    es = sample_draft("Hola Camille, quien me pasó tu contacto fue Lucía Pérez. Tengo una tienda online de cerámica y necesito "
                      "mejorar el tráfico orgánico. ¿Hablamos?", headline="Fundadora de Barro", name="Marta Gil")
    assert "gracias a Lucía Pérez" in es


def test_newsletter_piece_praised_is_named_back_en_nl_de() -> None:
    # 168 fr_en note-24: "the piece on TikTok ads for small e-shops was spot on" ignored
    en = sample_draft("Hey Camille! Been reading your newsletter for a few months, the piece on TikTok ads for small e-shops was spot "
                      "on 👌 Cheers, Dan", name="Dan Carter")
    assert "the piece on TikTok Ads for small e-shops" in en and "regular reader of my newsletter" in en
    # 169 de_nl note-42: "vond de editie over e-mailmarketing voor e-shops super nuttig" ignored
    nl = sample_draft("Hallo Camille, ik lees elke week je nieuwsbrief en vond de editie over e-mailmarketing voor e-shops super "
                      "nuttig. Ga zo door! Groet, Martijn Kok", name="Martijn Kok")
    assert "de editie over e-mailmarketing voor e-shops je aansprak" in nl
    de = sample_draft("Hallo Camille, ich lese jede Woche deinen Newsletter und fand die Ausgabe zu E-Mail-Marketing für Shops sehr "
                      "hilfreich. Weiter so! Grüße, Jan", name="Jan Becker")
    assert "die Ausgabe zu E-Mail-Marketing für Shops" in de


def test_newsletter_read_without_a_piece_keeps_the_reader_thanks() -> None:
    # 146 de_nl note-42 neighbour (must not change): the newsletter read, no piece named
    nl = sample_draft("Hallo Camille, ik lees elke week je nieuwsbrief. Ga zo door! Groet, Martijn Kok", name="Martijn Kok")
    assert "leuk dat je mijn nieuwsbrief leest!" in nl and "aansprak" not in nl


def test_thread_praised_is_named() -> None:
    # 169 fr_en note-41: "Your thread on TikTok ads for e-shops was gold" answered with a generic good luck
    en = sample_draft("Your thread on TikTok ads for e-shops was gold 🙌 I run a small candle shop on Shopify and I've been "
                      "implementing your tips. Just wanted to say thanks and connect!", headline="Founder, Wick & Wax", name="Grace Hill")
    assert "my post on TikTok Ads for e-shops" in en


def test_workshop_field_after_de_is_its_subject_pt_br_es_it() -> None:
    # 169 es_pt_it note-34: "Fiz seu workshop de LinkedIn Ads online … foi incrível!" answered "Que bom que você participou do meu workshop."
    br = sample_draft("Oi Camille! Fiz seu workshop de LinkedIn Ads online semana passada, foi incrível! Obrigada por tudo 🙏",
                      headline="Social Media | Freelancer", name="Camila Rocha")
    assert "gostado do meu workshop de LinkedIn Ads" in br and "participou do meu workshop." not in br
    es = sample_draft("¡Hola Camille! Hice tu taller de Google Ads la semana pasada, ¡fue increíble! Gracias por todo", name="Lucía Gil")
    assert "mi taller de Google Ads" in es
    it = sample_draft("Ciao Camille! Ho seguito il tuo workshop di LinkedIn Ads la settimana scorsa, è stato fantastico! Grazie di tutto",
                      name="Giulia Neri")
    assert "workshop di LinkedIn Ads" in it


def test_course_seen_is_not_a_course_attended_es() -> None:
    # 169 es_pt_it note-15: "Vi tu curso de redes sociales, ¿lo ofreces en español?" thanked "por haber asistido a mi formación"
    es = sample_draft("Hola Camille! Soy de México, tengo una pequeña cafetería con tienda online. Vi tu curso de redes sociales, "
                      "¿lo ofreces en español o solo en francés?", headline="Dueña de Café Tierra", name="Guadalupe Ruiz")
    assert "asistido" not in es and "No doy formación en español" in es


def test_a_fee_asked_is_never_the_lecture_topic_pt_br() -> None:
    # 169 es_pt_it note-41: "aula magna sobre SEO. Poderíamos conversar sobre valores?" → "a aula magna sobre valores"
    br = sample_draft("Prezada Sra. Laurent,\nSou coordenadora do MBA de Marketing Digital da FGV e gostaria de convidá-la para "
                      "ministrar uma aula magna sobre SEO. Poderíamos conversar sobre valores?\nAtenciosamente,\nProfa. Cláudia Mendes",
                      headline="Coordenadora MBA | FGV", name="Cláudia Mendes")
    assert "sobre valores" not in br and "aula magna" in br


def test_web_summit_is_feminine_in_european_portuguese_and_the_training_field_kept() -> None:
    # 169 es_pt_it note-33: "no Web Summit Lisboa" and "painel sobre formação" clipped
    pt = sample_draft("Olá Camille, sou organizadora da Web Summit Lisboa side events. Gostaríamos de a convidar para ser oradora num "
                      "painel sobre formação em marketing digital. Tem disponibilidade em novembro?",
                      headline="Event Manager | Lisbon Digital Week", name="Joana Silva")
    assert "na Web Summit Lisboa" in pt and "no Web Summit" not in pt
    assert "painel sobre formação em marketing digital" in pt
