"""Wave 138, group C: a referral with a reason gets the reason answered: a referred shop owner asking how to structure
their blog content gets a first pointer on the structure and a call, and a formal referred request to schedule a
conversation about consulting gets the call, never only "how is your shop going?"."""

from __future__ import annotations

from drafting import sample_draft


def test_referred_blog_structure_question_gets_a_pointer_and_a_call_in_spanish_portuguese_italian() -> None:
    # 138 es_pt_it note-19 (round 153): "¿Qué tal va tu e-shop?" after "cómo estructurar el contenido del blog"
    es = sample_draft("Hola Camille, María López de Ecomm Hub me dijo que hablara contigo sobre como estructurar el contenido "
                      "del blog de mi e-shop. Un abrazo", headline="Fundador de Bici Urbana Shop", name="Tomás Ruiz")
    assert "María López" in es and "Qué tal va tu e-shop" not in es
    assert "preguntas de tus clientes" in es and "llamada de 20 minutos" in es
    # 138 es_pt_it note-41 (round 153): "Como está a correr a sua loja online?"
    pt = sample_draft("Olá Camille, a Joana Reis da Ecomm Hub sugeriu que falasse consigo sobre como estruturar o conteúdo do "
                      "blog da minha loja online. Um abraço", headline="Fundador da Bicicleta Urbana", name="Tiago Costa")
    assert "Joana Reis" in pt and "Como está a correr" not in pt
    assert "perguntas dos seus clientes" in pt and "chamada de 20 minutos" in pt
    # 138 es_pt_it note-63 (round 153): "Come sta andando il tuo e-shop?"
    it = sample_draft("Ciao Camille, Silvia Galli di Ecomm Hub mi ha detto di scriverti per capire come strutturare i contenuti "
                      "del blog del mio e-shop. Un saluto", headline="Fondatore di Bici Urbana Shop", name="Simone Rossi")
    assert "Silvia Galli" in it and "Come sta andando" not in it
    assert "domande dei tuoi clienti" in it and "call di 20 minuti" in it


def test_referred_blog_structure_question_in_french_english_german_dutch() -> None:
    # 138 es_pt_it note-19 variants: the same situation in the other languages; French "X d'Ecomm Hub" names the referrer
    fr = sample_draft("Bonjour Camille, Julie Martin d'Ecomm Hub m'a conseillé de vous contacter pour savoir comment structurer "
                      "le contenu du blog de ma boutique en ligne.", name="Luc Bernard")
    assert "merci à Julie Martin" in fr and "questions de vos clients" in fr and "Comment se porte" not in fr
    en = sample_draft("Hi Camille, Sarah Jones from Ecomm Hub told me to talk to you about how to structure my e-shop's blog "
                      "content. Cheers", name="Tom Baker")
    assert "Sarah Jones" in en and "topic hubs built on your buyers' questions" in en and "How is your e-shop" not in en
    de = sample_draft("Hallo Camille, Anna Weber von Ecomm Hub meinte, ich soll dich fragen, wie ich die Blog-Inhalte meines "
                      "Onlineshops strukturieren soll. LG", name="Jonas Weber")
    assert "Anna Weber" in de and "Fragen deiner Kunden" in de
    nl = sample_draft("Hoi Camille, Sanne de Vries van Ecomm Hub zei dat ik je moest spreken over hoe ik de bloginhoud van "
                      "mijn webshop moet structureren. Groet", name="Daan Bakker")
    assert "Sanne de Vries" in nl and "vragen van je klanten" in nl and "Hoe gaat het met je webshop" not in nl


def test_formal_referred_request_to_schedule_a_conversation_gets_the_call() -> None:
    # 138 es_pt_it note-25 (round 152): "Poderíamos agendar uma conversa?" answered "Como está indo sua loja virtual?"
    br = sample_draft("Prezada Sra. Laurent,\nO Sr. Pedro Almeida indicou o seu nome para uma consultoria em anúncios no "
                      "Instagram para a nossa loja virtual de moda praia. Poderíamos agendar uma conversa?\nAtenciosamente,\n"
                      "Fernanda Lima", name="Fernanda Lima")
    assert "Pedro Almeida" in br and "Como está indo" not in br
    assert "anúncios no Instagram" in br and "20 minutos" in br and "inglês ou em francês" in br
    es = sample_draft("Estimada Sra. Laurent:\nEl Sr. Pedro Gómez me recomendó contactarla para una consultoría de anuncios en "
                      "Instagram para nuestra tienda online de moda de baño. ¿Podríamos agendar una conversación?\nAtentamente,\n"
                      "Carmen Díaz", name="Carmen Díaz")
    assert "Qué tal va" not in es and "anuncios en Instagram" in es and "llamada de 20 minutos" in es


def test_neighbours_without_a_blog_structure_question_stay_as_they_are() -> None:
    # must not change: a compliment on her post about structuring a blog asks nothing of the sender's own blog
    en = sample_draft("Hi Camille, loved your post on structuring a blog for SEO!", name="Tom Baker")
    assert "A first pointer" not in en and "Anything you'd like me to cover next?" in en
    # must not change: a referral with no reason keeps its plain "how is the shop going?"
    es = sample_draft("Hola Camille, María López de Ecomm Hub me habló de ti. Tengo una tienda online de bicis.", name="Tomás Ruiz")
    assert "María López" in es and "Una primera pista" not in es


def test_dutch_referrer_who_advised_me_is_thanked() -> None:
    # 138 de_nl note-25 (round 153): "De heer Pieter Smit … heeft mij aangeraden" dropped from the reply
    nl = sample_draft("Geachte mevrouw Laurent,\nDe heer Pieter Smit van Smit Media heeft mij aangeraden contact met u op te "
                      "nemen. Wij willen onze webshop uitbreiden naar Frankrijk en zoeken hulp bij SEO. Heeft u volgende week "
                      "tijd voor een kort gesprek?\nMet vriendelijke groet,\nMarieke van Dijk",
                      headline="Directeur | Van Dijk Wonen BV", name="Marieke van Dijk")
    assert "dank aan de heer Smit" in nl and "SEO voor de Franse markt" in nl and "gesprek van 20 minuten" in nl
    jij = sample_draft("Hoi Camille, Sanne de Vries heeft mij aangeraden je te spreken over onze social ads. Zullen we eens "
                       "bellen?", name="Daan Bakker")
    assert "dank aan Sanne de Vries" in jij
