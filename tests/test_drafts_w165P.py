"""Wave 165, group P: ads answers said plainly. A monthly budget under TikTok's floor is named and called too little
(in the sender's currency sign, never "20 a day in your account's currency"); a pixel-or-Conversions-API question hears
"keep the pixel and add the Conversions API"; the certification answer for a first role reads as one plan (Google Ads
later, first only for performance roles) with a closing wish; an SEO audit's range is her own rate ("I usually charge"),
and paid social asked beside it gets "the price depends on the scope", never a half answer."""

from __future__ import annotations

from drafting import sample_draft


def test_tiktok_budget_under_the_floor_is_named_and_called_too_little() -> None:
    # 208 fr_en note-16 / note-36: "300 €/mois" never called too little; "20 a day in your account's currency"
    fr = sample_draft("Bonjour, j'ai un e-shop de vêtements vintage depuis 2 ans, mes ventes stagnent. Vous pensez que les pubs "
                      "TikTok valent le coup pour un petit budget (300€/mois) ?", headline="Fondateur - Vintage Corner",
                      name="Hugo Lefèvre")
    assert "300 € par mois, c'est trop peu pour de la pub TikTok" in fr and "apprend peu" not in fr, fr
    en = sample_draft("Hi Camille, I run a small online tea shop and my sales have plateaued. Is TikTok advertising worth it on a "
                      "budget of around €300/month?", headline="Owner, Leaf & Cup Tea Co.", name="Grace Lin")
    assert "€300 a month is too little for TikTok ads" in en and "account's currency" not in en and "€600 a month" in en, en
    es = sample_draft("Hola Camille, tengo una tienda online de cerámica. ¿Merece la pena anunciarse en TikTok con 250 € al mes?",
                      name="Lucía Gómez")
    assert "Con 250 € al mes, el presupuesto se queda corto" in es, es
    de = sample_draft("Hallo Camille, lohnt sich TikTok-Werbung für meinen kleinen Onlineshop mit 200 € Budget im Monat?",
                      name="Jana Weber")
    assert "Mit 200 € im Monat ist das Budget für TikTok-Werbung zu knapp" in de, de


def test_tiktok_budget_asked_without_an_amount_keeps_the_floor() -> None:
    # neighbour (must not change in substance): a minimum asked gets the floor, and below it organic first
    en = sample_draft("Hey, how much budget do I need to try TikTok ads for my candle shop?", name="Amy Clark")
    assert "each ad group needs at least about €20 a day" in en and "Below that, the budget is too small" in en, en


def test_pixel_or_conversions_api_hears_keep_the_pixel_and_add_capi() -> None:
    # 209 es_pt_it note-52: "conviene ancora il pixel o solo la conversions api?" got "basta … basta"
    it = sample_draft("ciao camille ho visto il tuo post sulle meta ads, ma secondo te conviene ancora il pixel o solo la "
                      "conversions api? ho un piccolo shop di abbigliamento e non ci capisco piu niente 😅",
                      headline="Titolare @ Moda Bella Shop", name="Valentina Conti")
    assert it.count("Il pixel resta e si aggiunge la Conversions API") == 1 and "basta l'integrazione" not in it, it
    assert "di solito basta" not in it, it
    en = sample_draft("Hi Camille, I'm lost: should I keep the Meta pixel or switch to the Conversions API only? I have a small "
                      "jewellery shop.", name="Nina Park")
    assert "Keep the pixel and add the Conversions API" in en and "mostly enough" not in en, en
    fr = sample_draft("Bonjour Camille, pour ma petite boutique en ligne, je garde le pixel Meta ou je passe uniquement à l'API "
                      "Conversions ? Je m'y perds un peu.", name="Claire Petit")
    assert "Je garderais le pixel en ajoutant l'API Conversions" in fr, fr


def test_server_side_worth_it_without_a_pixel_keeps_its_answer() -> None:
    # neighbour (must not change): server-side tracking weighed with no pixel named keeps "mostly enough", no pixel line
    en = sample_draft("Hi Camille, great post on cookies. Is server-side tracking really worth it for a small company?", name="Alex Hunt")
    assert "for a small firm it's mostly enough" in en and "Keep the pixel" not in en, en


def test_first_certification_reads_as_one_plan_with_a_wish() -> None:
    # 208 fr_en note-31: "add it when listings ask" then "Google Ads first", no closing wish
    en = sample_draft("Hi Camille, I'm switching careers from teaching into digital marketing. Which certification would you "
                      "recommend first – Google Ads or HubSpot? Any advice appreciated!",
                      headline="Career changer | Aspiring digital marketer", name="Laura Evans")
    assert "add it when job listings ask for it. For performance roles, take it first." in en and "Good luck!" in en, en
    assert "For paid search or performance roles, Google Ads first." not in en, en  # (the old line read as a second, contrary plan)
    es = sample_draft("Hola Camille, dejo la hostelería para pasarme al marketing digital. ¿Qué certificación me recomiendas "
                      "primero, Google Ads o HubSpot?", name="Marta Ruiz")
    assert "puede esperar a que la pidan las ofertas" in es and "¡Suerte!" in es, es


def test_audit_rates_are_her_own_and_paid_social_depends_on_scope() -> None:
    # 208 fr_en note-42: "an SEO audit usually costs" read as a market average; paid social never priced
    en = sample_draft("Hi Camille, Marketing Director at a French-American fintech here. We're looking for a consultant to audit "
                      "our SEO and paid social. Could you send me your rates?", headline="Marketing Director @ Finlo",
                      name="Michael Brooks")
    assert "I usually charge €800 to €5,000 excl. VAT for an SEO audit" in en, en
    assert "the price depends on the scope of the work" in en and "usually costs" not in en, en
    fr = sample_draft("Bonjour Camille, nous cherchons une consultante pour auditer notre SEO et nos campagnes de publicité sur "
                      "les réseaux sociaux. Quels sont vos tarifs ?", headline="Directrice marketing", name="Sophie Bernard")
    assert "je compte en général entre 800 et 5 000 € HT" in fr and "Pour la publicité, le prix dépend" in fr, fr


def test_audit_rates_alone_get_no_ads_line() -> None:
    # neighbour (must not change): an SEO audit's rate alone, no ads asked, no ads line
    en = sample_draft("Hi Camille, we're looking for a consultant to audit our SEO. What's your usual fee for an audit?",
                      headline="Head of Marketing", name="Anna Berg")
    assert "I usually charge €800 to €5,000 excl. VAT for an SEO audit" in en and "ads side" not in en, en
