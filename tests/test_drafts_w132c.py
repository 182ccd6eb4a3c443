"""Wave 132, group C: a realistic starting budget for Meta ads, asked for a local gym, gets her first-test figure in
every language, never "tell me about your business and your budget" (the note says both) nor a call offer (the
Italian "palestra" is a gym, not a Portuguese talk)."""

from __future__ import annotations

from drafting import sample_draft


def test_realistic_starting_budget_in_english_gets_the_figure() -> None:
    # 138 fr_en note-41: "what's a realistic starting budget for Meta ads for a local gym?" re-asked about the business
    en = sample_draft("Hi Camille, I attended your social ads workshop at the Lyon Startup Week. Quick question: what's a "
                      "realistic starting budget for Meta ads for a local gym? Thanks a lot! James", name="James Carter",
                      headline="Owner – FitHub Lyon")
    assert "Tell me a little about your business and your budget" not in en
    assert "I'd budget about €10 to €20 a day on a single campaign for a month" in en


def test_starting_budget_in_spanish_portuguese_and_italian_gets_the_figure() -> None:
    # 138 fr_en note-41 (variants): "presupuesto inicial realista", "orçamento inicial realista" (never read as a quote for
    # her workshop), "budget iniziale realistico … per una palestra locale" (never a call about Meta Ads)
    es = sample_draft("Hola Camille, fui a tu taller de social ads. ¿Cuál es un presupuesto inicial realista para anuncios "
                      "de Meta para un gimnasio local?", name="Carlos Ruiz")
    assert "Cuéntame un poco de tu negocio" not in es and "calculo unos 10 a 20 € al día en una sola campaña" in es
    pt = sample_draft("Olá Camille, estive no seu workshop de social ads. Qual é um orçamento inicial realista para anúncios "
                      "Meta para um ginásio local?", name="João Silva")
    assert "envio-lhe um orçamento" not in pt and "cerca de 10 a 20 € por dia para uma única campanha" in pt
    it = sample_draft("Ciao Camille, domanda veloce: qual è un budget iniziale realistico per le Meta ads per una palestra "
                      "locale? Grazie!", name="Marco Rossi")
    assert "Quali orari ti vanno bene" not in it and "calcolo circa 10-20 € al giorno su una sola campagna" in it
    lei = sample_draft("Buongiorno Camille, ho una palestra a Torino. Quale budget iniziale realistico mi consiglierebbe per "
                       "le Meta ads?", name="Marco Rossi")
    assert "calcolo circa 10-20 € al giorno" in lei and "mi dica pure" in lei


def test_portuguese_talk_still_reads_as_a_talk() -> None:
    # a neighbour that must not change: a Brazilian "palestra" is her talk, and the call asked for is still set up
    br = sample_draft("Oi Camille, adorei sua palestra no RD Summit! Podemos marcar uma conversa?", name="Paulo Souza")
    assert "minha palestra no RD Summit" in br and "Que horários ficam bons para você na próxima semana?" in br


def test_how_much_to_start_in_french_and_dutch_keeps_the_first_test_budget() -> None:
    # neighbours that must not change: a starting budget asked in French (vous) and Dutch (startbudget)
    fr = sample_draft("Bonjour Camille, j'ai assisté à votre atelier social ads. Quel budget de départ réaliste pour des pubs "
                      "Meta pour une salle de sport locale ? Merci !", name="Paul Dubois")
    assert "je compte environ 10 à 20 € par jour sur une seule campagne pendant un mois" in fr
    nl = sample_draft("Hoi Camille, ik was bij je workshop social ads. Wat is een realistisch startbudget voor "
                      "Meta-advertenties voor een lokale sportschool?", name="Jan de Vries")
    assert "reken ik op zo'n 10 tot 20 euro per dag voor één campagne" in nl


def test_day_rate_asked_in_two_words_gets_the_rate_line() -> None:
    # 139 fr_en note-16: "Tarif jour ? On peut s'appeler ?" from an agency subcontracting: the rate said to follow the scope
    fr = sample_draft("Bonjour, agence web à Villeurbanne, on cherche une consultante SEO en sous-traitance pour nos clients. "
                      "Tarif jour ? On peut s'appeler ?", name="David Martin", headline="Gérant - Pixel&Co")
    assert "Mon TJM dépend de la mission" in fr and "appel de 20 minutes" in fr
    tu = sample_draft("Salut Camille, on est une petite agence à Lyon, on cherche une freelance SEO en sous-traitance pour nos "
                      "clients. C'est quoi ton tarif à la journée ? On s'appelle ?", name="Hugo Martin")
    assert "Mon TJM dépend de la mission" in tu and "t'arrangent" in tu
    nl = sample_draft("Hoi, webbureau in Utrecht, we zoeken een SEO-consultant als onderaannemer voor onze klanten. Dagtarief? "
                      "Kunnen we bellen?", name="David Smit")
    assert "Mijn dagtarief hangt af van de opdracht" in nl


def test_agency_call_without_a_rate_asked_stays_a_bare_call() -> None:
    # a neighbour that must not change: no rate asked, no rate line
    fr = sample_draft("Bonjour, agence web à Villeurbanne, on cherche une consultante SEO en sous-traitance pour nos clients. "
                      "On peut s'appeler ?", name="David Martin")
    assert "TJM" not in fr and "tarif" not in fr and "appel de 20 minutes" in fr


def test_one_to_one_support_asked_as_i_would_like_to_hear_whether_gets_the_yes() -> None:
    # 139 de_nl note-41: "zou graag horen of u ook individuele begeleiding aanbiedt" answered as a training thank-you
    nl = sample_draft("Geachte mevrouw Laurent, via uw LinkedIn-training bij de KvK heb ik veel geleerd. Ik ben eigenaar van een "
                      "kleine wijnhandel met webshop en zou graag horen of u ook individuele begeleiding aanbiedt. Met "
                      "vriendelijke groet, Johan Bos", name="Johan Bos")
    assert "Ja, ik geef ook individuele begeleiding." in nl and "Als u er iets van toepast" not in nl
    assert "gesprek van 20 minuten" in nl
    je = sample_draft("Hoi Camille, ik heb veel geleerd van je LinkedIn-workshop bij de KvK. Ik heb een kleine wijnhandel met "
                      "webshop en wil graag horen of je ook individuele begeleiding geeft. Groet, Johan", name="Johan Bos")
    assert "Ja, ik geef ook individuele begeleiding." in je and "Wanneer past het jou volgende week?" in je
    fr = sample_draft("Bonjour Madame Laurent, j'ai beaucoup appris lors de votre formation LinkedIn à la CCI. Je tiens une "
                      "petite cave à vins avec une boutique en ligne et j'aimerais savoir si vous proposez aussi un "
                      "accompagnement individuel. Cordialement, Jean Bos", name="Jean Bos")
    assert "Oui, je fais aussi de l'accompagnement individuel." in fr


def test_training_thanks_without_a_question_stays_a_thank_you() -> None:
    # a neighbour that must not change: a training alumnus who asks nothing
    nl = sample_draft("Geachte mevrouw Laurent, via uw LinkedIn-training bij de KvK heb ik veel geleerd. Ik ga er zeker mee aan "
                      "de slag in mijn wijnhandel. Met vriendelijke groet, Johan Bos", name="Johan Bos")
    assert "fijn dat u mijn training hebt gevolgd" in nl and "individuele begeleiding" not in nl


def test_salon_owner_asking_where_to_start_with_tiktok_gets_first_steps() -> None:
    # 139 de_nl note-38: "ik heb zelf een kapsalon … waar moet ik starten?" answered with "laat me weten waar je nu staat"
    nl = sample_draft("hey camille, zag je post over tiktok ads voor kleine bedrijven, echt goed geschreven!! ik heb zelf een "
                      "kapsalon en wil daar ook mee begginen, waar moet ik starten? 😅 gr Kim", name="Kim de Vries")
    assert "Wat de start betreft, laat me weten waar je nu staat" not in nl
    assert "zou ik beginnen met een maand of twee organische video's" in nl and "in een kleine straal rond de salon" in nl  # 138 E: the salon named
    fr = sample_draft("coucou camille, vu ton post sur les pubs tiktok pour les petites entreprises, trop bien écrit !! j'ai un "
                      "salon de coiffure et je veux m'y mettre aussi, par où je commence ? 😅 Kim", name="Kim Morel")
    assert "Parle-moi un peu de ton activité et de ton budget" not in fr and "un ou deux mois de vidéos organiques" in fr
    en = sample_draft("hey camille, saw your post on tiktok ads for small businesses, really well written!! i have a hair salon "
                      "and want to start with it too, where should i start? 😅 Kim", name="Kim Lee")
    assert "tell me where you stand today" not in en and "a month or two of organic videos" in en
    es = sample_draft("Hola Camille, vi tu post sobre TikTok Ads para pequeños negocios, ¡muy bueno! Tengo una peluquería y "
                      "quiero empezar también, ¿por dónde empiezo?", name="Lucía Gil")
    assert "uno o dos meses de vídeos orgánicos" in es
