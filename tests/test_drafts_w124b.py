"""Wave 124, group B: old blog articles recycled asked get how often she reworks them; answering Google reviews for the
local ranking gets a yes with why; recommended SEO reading gets names, never "later"; a quoted "n°1" stays whole."""

from __future__ import annotations

from drafting import sample_draft


def test_how_often_to_recycle_old_articles_gets_her_rhythm_not_posting_frequency() -> None:
    # 121 de_nl note-10: "Wie oft recycelst du denn selbst alte Blogartikel – gibt es da eine Faustregel?" answered with posts a week
    de = sample_draft("Hallo Camille, dein Post über Content-Recycling hat mich echt zum Nachdenken gebracht. Wie oft recycelst du "
                      "denn selbst alte Blogartikel – gibt es da eine Faustregel? Grüße aus Köln, Julia",
                      headline="Content Marketing Managerin | B2B SaaS", name="Julia Fischer")
    assert "Ältere Artikel nehme ich mir etwa zweimal im Jahr vor" in de and "Beiträge pro Woche" not in de
    en = sample_draft("Hi Camille, loved your post on content recycling. How often do you recycle old blog posts yourself? Is there "
                      "a rule of thumb?", headline="Content Lead", name="Emma Clarke")
    assert "I go back to older articles about twice a year" in en and "On LinkedIn, two or three times a week" not in en
    fr = sample_draft("Bonjour Camille, votre post sur le recyclage de contenu m'a parlé. À quelle fréquence recyclez-vous vos "
                      "anciens articles de blog ?", headline="Responsable contenu", name="Claire Martin")
    assert "Je reprends les anciens articles à peu près deux fois par an" in fr
    it = sample_draft("Ciao Camille, ogni quanto ricicli i vecchi articoli del blog? C'è una regola?", headline="Content manager",
                      name="Giulia Bianchi")
    assert "Riprendo i vecchi articoli più o meno due volte l'anno" in it
    nl = sample_draft("Hoi Camille, hoe vaak hergebruik jij oude blogartikelen? Is daar een vuistregel voor?",
                      headline="Contentmarketeer", name="Sanne de Vries")
    assert "Oudere artikelen pak ik ongeveer twee keer per jaar aan" in nl
    es = sample_draft("Hola Camille, ¿cada cuánto reciclas tus artículos antiguos del blog? ¿Hay alguna regla?",
                      headline="Content manager", name="Lucía Gómez")
    assert "Reviso los artículos antiguos más o menos dos veces al año" in es
    br = sample_draft("Oi Camille, adorei seu post sobre reciclar conteúdo. Com que frequência você recicla artigos antigos do blog?",
                      headline="Analista de conteúdo", name="Beatriz Souza")
    assert "Eu reviso os artigos antigos mais ou menos duas vezes por ano" in br


def test_how_often_she_posts_herself_still_gets_her_posting_rhythm() -> None:
    en = sample_draft("Hi Camille, how often do you post on LinkedIn yourself?", name="Emma Clarke")
    assert "On LinkedIn, two or three times a week" in en


def test_answering_google_reviews_for_ranking_gets_the_answer_not_business_and_budget() -> None:
    # 123 de_nl note-30: "heeft het zin om reviews te beantwoorden voor je ranking of is dat een fabeltje?" answered with "vertel me over je budget"
    nl = sample_draft("hoi camille, zag je post over google business profiel en lokale seo. vraagje: heeft het zin om reviews te "
                      "beantwoorden voor je ranking of is dat een fabeltje? alvast bedankt!",
                      headline="Eigenaar kapsalon Knip & Co", name="Yvonne Dekker")
    assert "reageer op elke review. Dat telt echt: Google raadt het zelf aan" in nl and "budget" not in nl
    en = sample_draft("Hi Camille, saw your post on Google Business Profile. Does replying to reviews actually help local ranking "
                      "or is that a myth?", headline="Owner of a hair salon", name="Kate Brown")
    assert "That does count, Google itself recommends it" in en and "budget" not in en
    fr = sample_draft("Bonjour Camille, répondre aux avis Google, ça aide vraiment pour le référencement local ou c'est un mythe ?",
                      headline="Gérante salon de coiffure", name="Sophie Leroy")
    assert "Ça compte vraiment : Google le recommande" in fr and "budget" not in fr
    es = sample_draft("Hola Camille, ¿responder a las reseñas de Google ayuda al posicionamiento local o es un mito?",
                      headline="Dueña de peluquería", name="Carmen Díaz")
    assert "Sí cuenta: Google lo recomienda" in es
    it = sample_draft("Ciao Camille, rispondere alle recensioni Google aiuta davvero il posizionamento locale o è una leggenda?",
                      headline="Titolare parrucchiere", name="Sara Greco")
    assert "Conta davvero: lo consiglia Google stesso" in it
    de = sample_draft("Hallo Camille, bringt es fürs lokale Ranking etwas, auf Google-Bewertungen zu antworten, oder ist das ein Mythos?",
                      headline="Inhaberin Friseursalon", name="Anna Koch")
    assert "Das zählt wirklich: Google empfiehlt es selbst" in de
    pt = sample_draft("Olá Camille, responder às avaliações do Google ajuda mesmo no SEO local ou é mito?",
                      headline="Dona de cabeleireiro", name="Ana Silva")
    assert "Conta mesmo: o Google recomenda-o" in pt
    br = sample_draft("Oi Camille, responder as avaliações do Google ajuda no ranking local ou é mito? Você acha que vale a pena?",
                      headline="Dona de salão", name="Juliana Alves")
    assert "Conta, sim: o próprio Google recomenda" in br


def test_recommended_seo_reading_names_resources_never_later() -> None:
    # 123 fr_en note-36: "Do you have any recommended reading to go deeper on SEO?" answered "I'll send you some reading … by the end of the week"
    en = sample_draft("Hi Camille, I attended your digital marketing training at the Lyon Business School exec programme in "
                      "September. Really practical! Do you have any recommended reading to go deeper on SEO?",
                      headline="Operations Manager, Acme Logistics", name="James Walker")
    assert "Google's SEO Starter Guide" in en and "end of the week" not in en
    fr = sample_draft("Bonjour Camille, j'ai suivi votre formation SEO. Auriez-vous des lectures à recommander pour approfondir le SEO ?",
                      headline="Chef de projet", name="Marc Petit")
    assert "le guide de démarrage SEO de Google" in fr
    de = sample_draft("Hallo Camille, danke für die Schulung! Hast du Lektüre-Tipps, um beim SEO tiefer einzusteigen?",
                      headline="Marketing", name="Tim Bauer")
    assert "Googles SEO-Startleitfaden" in de
    nl = sample_draft("Hoi Camille, bedankt voor de training! Heb je leestips om dieper in SEO te duiken?", headline="Marketeer",
                      name="Koen Jansen")
    assert "de SEO-starterhandleiding van Google" in nl
    it = sample_draft("Ciao Camille, grazie per il corso! Hai qualche lettura da consigliarmi per approfondire la SEO?",
                      headline="Marketing", name="Luca Conti")
    assert "la guida introduttiva alla SEO di Google" in it
    br = sample_draft("Oi Camille, fiz seu treinamento. Você tem alguma leitura para recomendar sobre SEO?", headline="Marketing",
                      name="Rafael Lima")
    assert "o guia de introdução ao SEO do Google" in br


def test_a_post_on_the_number_one_mistake_is_quoted_whole() -> None:
    # 122 fr_en note-14: "Votre post sur l'erreur n°1 des fondateurs en SEO" quoted back as "mon post sur l'erreur n"
    fr = sample_draft("Bonjour,\nVotre post sur l'erreur n°1 des fondateurs en SEO m'a fait réfléchir. Je partage totalement "
                      "l'idée de commencer par l'intention de recherche.\nCordialement\nNicolas Brun",
                      headline="Consultant SEO freelance", name="Nicolas Brun")
    assert "l'erreur n vous" not in fr and "mon post sur l'erreur n°1 des fondateurs en SEO" in fr
    en = sample_draft("Hi Camille, your post on the n°1 SEO mistake made me think. Starting from search intent is so right.",
                      name="Tom Hill")
    assert "the n°1 SEO mistake" in en
