"""Wave 34, helper E: the kind of note decides the reply (a peer, a partner agency, a vendor, a speaker invitation)."""

from drafting import draft, render


def test_her_work_praised_is_no_job_search():
    # "me encanta tu trabajo", "j'admire ton travail", "il tuo lavoro": her work, never a CV asked for
    notes = [("es", "Hola, soy CMO de una cadena de cafeterías en Sevilla. Sigo tu trabajo en SEO desde hace tiempo y me gustaría intercambiar ideas contigo."),
             ("fr", "Bonjour, je dirige le marketing d'une marque de cosmétiques à Nantes. J'aime beaucoup ton travail sur le contenu, ce serait chouette d'échanger nos idées."),
             ("it", "Ciao, sono responsabile marketing in un'azienda di arredamento. Apprezzo molto il tuo lavoro sui social, mi piacerebbe scambiare idee.")]
    for lang, note in notes:
        text, template = render(note, lang, "job_seeking")
        assert template != "job_seeking", (lang, text)
        assert "CV" not in text and "curriculum" not in text.lower(), (lang, text)


def test_a_peers_coffee_is_accepted_not_declined():
    notes = [("en", "Hey! Another freelancer in Lyon here, I do branding and logos. Our work fits together well, would you like to grab a coffee one day?", "coffee"),
             ("fr", "Salut ! Moi aussi freelance à Lyon (je fais du motion design), nos métiers se complètent bien. Un café un de ces jours ?", "café"),
             ("es", "¡Hola! También soy freelance en Lyon, hago fotografía de producto. Creo que nos complementamos, ¿tomamos un café algún día?", "café")]
    for lang, note, word in notes:
        text, template = render(note, lang, "sales_pitch")
        assert template != "sales_pitch", (lang, text)
        assert word in text.lower(), (lang, text)


def test_white_label_work_is_a_partnership():
    notes = [("en", "Hello Camille, our Berlin agency needs white label SEO support for French clients. Could you take on some subcontracted projects?"),
             ("fr", "Bonjour, je dirige une agence web à Paris et je cherche des consultants SEO en sous-traitance pour des clients e-commerce. Ça vous intéresserait ?"),
             ("es", "Hola Camille, somos una agencia en Barcelona y buscamos consultores SEO en marca blanca para clientes franceses. ¿Te interesaría?")]
    for lang, note in notes:
        text, template = render(note, lang, "recruiting")
        assert template == "business_proposal", (lang, template, text)
        assert "your SEO" not in text and "tu SEO" not in text and "votre SEO" not in text, (lang, text)


def test_a_vendors_product_demo_is_a_pitch():
    # their own product and its results for THEIR clients ("i nostri clienti"), a demo asked: a seller, never her client lead
    notes = [("it", "Buongiorno, con il nostro software di automazione i nostri clienti aumentano le vendite del 20%. Ha 20 minuti per una demo?"),
             ("es", "Hola Camille, con nuestro software de email marketing nuestros clientes aumentan sus ventas un 35 %. ¿Tienes 15 minutos para una demo esta semana?"),
             ("pt", "Olá Camille, com a nossa plataforma os nossos clientes aumentam as vendas em 30%. Tem 15 minutos para uma demo esta semana?")]
    for lang, note in notes:
        text, template = render(note, lang, "sales_pitch")
        assert template == "sales_pitch", (lang, template, text)


def test_ideas_to_swap_are_no_proposal():
    notes = [("pt", "Olá Camille, sou head de marketing numa fintech em Lisboa e gosto muito dos teus conteúdos. Adorava trocar uma ideia contigo!"),
             ("pt-BR", "Oi Camille, cuido do marketing de uma startup de saúde e acompanho seus posts. Bora bater um papo qualquer dia?")]
    for lang, note in notes:
        text = draft(note, lang, "business_proposal")
        assert "proposta" not in text, (lang, text)


def test_a_talk_offered_to_her_is_an_invitation_not_a_call_for_papers():
    notes = [("fr", "Bonjour, j'organise les Rencontres du e-commerce à Grenoble en octobre. Nous voudrions vous proposer une intervention de 40 minutes sur le SEO local. Pouvons-nous en discuter ?",
              "appel à communications", "appel"),
             ("fr", "Bonjour Camille, je coordonne le salon Digital Days à Lille. On aimerait te proposer un atelier sur les social ads. On peut en parler ?",
              "appel à communications", "appel")]
    for lang, note, never, word in notes:
        text = draft(note, lang, "business_proposal")
        assert never not in text, (lang, text)
        assert word in text, (lang, text)


def test_a_collaboration_is_not_about_the_praised_post():
    notes = [("fr", "Bonjour Camille, ton article sur le netlinking local m'a beaucoup plu. Je suis rédactrice web freelance, on pourrait collaborer sur des projets clients ?", "netlinking"),
             ("en", "Hi Camille, loved your post about local SEO for restaurants! I'm a freelance web developer, I think we could collaborate on client projects.", "restaurants")]
    for lang, note, topic in notes:
        text = draft(note, lang, "business_proposal")
        assert topic not in text, (lang, text)
