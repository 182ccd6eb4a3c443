"""Wave 139, group B: a growth lead presenting their project is a prospect (a call), never a seller brushed off; a
priced web-design pitch is declined politely, never a call about "that budget"; "vorrei capire se offre consulenze SEO"
is her service asked, answered with a call, never only free tips."""

from __future__ import annotations

from drafting import sample_draft


def test_growth_lead_presenting_their_project_is_a_prospect_in_french_and_tu() -> None:
    # 139 B fr_en note-18: "directeur de la croissance … vous présenter notre projet" got "la présentation de votre offre"
    fr = sample_draft("Bonjour Camille, je suis directeur de la croissance chez une startup SaaS lyonnaise. Nous cherchons à "
                      "structurer notre acquisition payante, j'aimerais vous présenter notre projet.",
                      headline="Head of Growth @ Kliko", name="Antoine Martin")
    assert "votre offre" not in fr and "pas un besoin" not in fr
    assert "appel de 20 minutes" in fr
    tu = sample_draft("Bonjour Camille, je suis directrice de la croissance d'une startup. Nous cherchons à structurer notre "
                      "acquisition payante, je voudrais te présenter notre projet.", headline="Head of Growth @ Zapo",
                      name="Julie Martin")
    assert "ton offre" not in tu and "appel de 20 minutes" in tu


def test_growth_lead_presenting_their_project_is_a_prospect_in_other_languages() -> None:
    # 139 B fr_en note-40 (en, "exactly who I work with") and its es/it/pt variants (declined as an offer)
    en = sample_draft("Hi Camille, I lead growth at a SaaS startup expanding into France. We need to structure our paid "
                      "acquisition and I'd love to tell you about the project.", headline="Head of Growth @ Flowly",
                      name="Ryan Cole")
    assert "exactly who I work with" not in en and "20-minute call" in en
    es = sample_draft("Hola Camille, soy responsable de growth en una startup SaaS. Queremos estructurar nuestra adquisición "
                      "de pago y me gustaría presentarte nuestro proyecto.", headline="Head of Growth @ Kliko",
                      name="Lucía Gómez")
    assert "tu oferta" not in es and "llamada de 20 minutos" in es
    it = sample_draft("Ciao Camille, sono head of growth in una startup SaaS. Vogliamo strutturare la nostra acquisizione a "
                      "pagamento e vorrei presentarti il nostro progetto.", headline="Head of Growth @ Kliko",
                      name="Marco Rossi")
    assert "tua offerta" not in it and "call di 20 minuti" in it
    pt = sample_draft("Olá Camille, sou head of growth numa startup SaaS. Queremos estruturar a nossa aquisição paga e "
                      "gostava de te apresentar o nosso projeto.", headline="Head of Growth @ Kliko", name="João Silva")
    assert "tua oferta" not in pt and "chamada de 20 minutos" in pt


def test_priced_web_design_pitch_is_declined_in_every_language() -> None:
    # 139 B fr_en note-42: "we do cheap website design, $299 per site. interested?" got "a 20-minute call … that budget"
    en = sample_draft("hi, we do cheap website design, $299 per site. interested?", name="Raj Patel")
    assert "budget" not in en and "call" not in en and "not something I need" in en
    fr = sample_draft("bonjour, on fait des sites web pas chers, 299€ le site. intéressé ?", name="Raj Patel")
    assert "budget" not in fr and "pas un besoin" in fr
    de = sample_draft("hallo, wir machen günstiges Webdesign, 299€ pro Website. Interesse?", name="Raj Patel")
    assert "Budget" not in de and "keinen Bedarf" in de
    nl = sample_draft("hoi, wij maken goedkope websites, 299 euro per site. geïnteresseerd?", name="Raj Patel")
    assert "geen behoefte" in nl
    it = sample_draft("ciao, facciamo siti web economici, 299€ a sito. interessato?", name="Raj Patel")
    assert "non ne ho bisogno" in it


def test_seo_consulting_asked_as_vorrei_capire_se_gets_a_call_not_only_tips() -> None:
    # 139 B es_pt_it note-46: "vorrei capire se offre consulenze SEO per negozi online" got free product-page tips
    lei = sample_draft("Gentile Dott.ssa Laurent,\nseguo la Sua newsletter da tempo. Gestisco un piccolo e-commerce di "
                       "prodotti tipici sardi e vorrei capire se offre consulenze SEO per negozi online. Cordiali saluti,\n"
                       "Francesco Piras", headline="Titolare - Sapori di Sardegna", name="Francesco Piras")
    assert "schede prodotto" not in lei and "call di 20 minuti" in lei and "Le propongo" in lei
    tu = sample_draft("Ciao Camille, seguo la tua newsletter da tempo. Ho un piccolo e-commerce di prodotti sardi e vorrei "
                      "capire se offri consulenze SEO per negozi online.", name="Francesco Piras")
    assert "schede prodotto" not in tu and "ti propongo" in tu


def test_seo_consulting_asked_in_french_still_gets_the_yes_and_call() -> None:
    # 139 B must-not-change neighbour: "j'aimerais savoir si vous proposez du conseil SEO" kept its yes and its call
    fr = sample_draft("Bonjour Madame Laurent, je suis votre newsletter depuis longtemps. Je gère une petite boutique en ligne "
                      "de produits corses et j'aimerais savoir si vous proposez du conseil SEO pour les boutiques en ligne. "
                      "Cordialement", headline="Gérant - Saveurs Corses", name="Jean Santoni")
    assert "Oui, j'accompagne beaucoup de petites entreprises et d'e-shops." in fr and "appel de 20 minutes" in fr


def test_seller_presenting_their_offer_is_still_declined() -> None:
    # 139 B must-not-change neighbour: a vendor presenting its solution (no growth role, no project) stays a pitch
    fr = sample_draft("Bonjour Camille, nous aidons les consultants comme vous à trouver des clients, j'aimerais vous "
                      "présenter notre solution.", name="Paul Durand")
    assert "appel de 20 minutes" not in fr
