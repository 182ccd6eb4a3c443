"""Direct questions answered, never a call or the context asked back (wave 50, group A): ads or content first on a small
budget, a content strategy versus an editorial calendar, a platform migration for SEO, a career changer's SEO-or-ads
choice, and "which course to start with?" asked beside the funding."""

from __future__ import annotations

from drafting import sample_draft


def test_ads_or_content_first_on_a_small_budget_gets_her_pick_not_a_yes_to_small_budgets() -> None:
    notes = {
        "Hi Camille, quick question: for a B2B SaaS with a small budget, would you put money into LinkedIn ads or content "
        "first? Curious what you recommend.": "start organic",
        "Bonjour Camille, pour une startup B2B avec un petit budget, vous mettriez l'argent dans la pub LinkedIn ou dans le "
        "contenu d'abord ?": "commencerais en organique",
        "Hola Camille, con poco presupuesto para un SaaS B2B, ¿empezarías por anuncios en LinkedIn o por contenido?":
            "empezaría en orgánico",
        "Hoi Camille, voor een B2B-softwarebedrijf met een klein budget: eerst adverteren op LinkedIn of eerst content? "
        "Wat raad je aan?": "organisch beginnen",
    }
    for note, pick in notes.items():
        text = sample_draft(note, headline="Co-founder")
        assert pick in text, text
        assert not any(w in text for w in ("small budgets too", "petits budgets aussi", "tell me a little about your business",
                                            "presupuestos pequeños", "klein budget: ik werk")), text


def test_a_small_budget_asked_as_such_still_gets_the_yes() -> None:
    text = sample_draft("Hi Camille, do you work with small budgets? We're a tiny B2B SaaS.")
    assert "Yes, small budgets too" in text, text


def test_content_strategy_versus_editorial_calendar_is_explained() -> None:
    notes = {
        "Bonjour Camille, quelle différence faites-vous entre une stratégie de contenu et un simple calendrier éditorial ? "
        "Je me pose la question pour ma PME de 12 salariés. Merci !": ("pourquoi et pour qui", "quoi publier et quand"),
        "Hi Camille, what's the difference between a content strategy and an editorial calendar?": ("why and for whom", "what goes out when"),
        "Hallo Camille, brauchen wir wirklich eine Content-Strategie, oder reicht ein Redaktionsplan?": ("warum und für wen", "was wann"),
        "Hoi Camille, wat is eigenlijk het verschil tussen een contentstrategie en een contentkalender?": ("waarom en voor wie", "wat wanneer"),
        "Ciao Camille, che differenza c'è tra una strategia dei contenuti e un calendario editoriale?": ("perché e per chi", "cosa pubblicare"),
    }
    for note, (why, when) in notes.items():
        text = sample_draft(note, headline="Dirigeant")
        assert why in text and when in text, text
        assert not any(w in text for w in ("appel de 20 minutes", "budget", "call")), text


def test_a_tool_question_on_the_editorial_calendar_keeps_the_tool_answer() -> None:
    text = sample_draft("Bonjour Camille, quel outil utilisez-vous pour votre calendrier éditorial ?")
    assert "Notion" in text and "pourquoi et pour qui" not in text, text


def test_migrating_platforms_for_seo_answers_whether_it_is_worth_it() -> None:
    notes = {
        "Olá Camille, vi o seu post sobre SEO para lojas Shopify e fiquei com uma dúvida: compensa mudar de WooCommerce para "
        "Shopify por causa do SEO? Obrigado desde já.\nTiago": "Só pelo SEO, raramente",
        "Hi Camille, is it worth moving my shop from Wix to Shopify for SEO?": "For SEO alone, rarely",
        "Hallo Camille, lohnt es sich, wegen SEO von WooCommerce zu Shopify zu wechseln?": "Nur wegen SEO selten",
        "Hola Camille, ¿merece la pena migrar de PrestaShop a Shopify por el SEO?": "Solo por el SEO, pocas veces",
        "Bonjour Camille, est-ce que ça vaut le coup de migrer mon site WordPress vers Webflow pour le référencement ?":
            "Pour le SEO seul, rarement",
    }
    for note, answer in notes.items():
        text = sample_draft(note, headline="Programador web freelancer")
        assert answer in text and "301" in text, text
        assert not any(w in text for w in ("sem programador", "without a developer", "ohne Entwickler", "sin desarrollador")), text


def test_the_plain_platform_comparison_keeps_its_answer() -> None:
    text = sample_draft("Hi Camille, Shopify or WooCommerce for SEO on a small shop?")
    assert "Both rank well" in text and "rarely" not in text, text


def test_a_career_changer_choosing_seo_or_ads_gets_a_learners_answer() -> None:
    notes = {
        "Hi Camille, ik doe een omscholing naar online marketeer en twijfel: kan ik beter beginnen met SEO of met social ads? "
        "Wat zou jij aanraden voor iemand zonder ervaring? Dank je! Noor": ("allebei goede richtingen", "verkoop"),
        "Bonjour Camille, je suis en reconversion vers le marketing digital : vaut-il mieux commencer par le SEO ou par les "
        "social ads, sans expérience ?": ("Les deux voies sont bonnes", "ventes"),
        "Hi Camille, I'm switching careers into digital marketing. Should I learn SEO or paid social first, with no experience "
        "at all?": ("Both are good paths", "sales"),
        "Ciao Camille, sto facendo una riconversione nel marketing digitale: meglio partire dalla SEO o dalle social ads senza "
        "esperienza?": ("due buone strade", "vendite"),
    }
    for note, (good, bad) in notes.items():
        text = sample_draft(note, headline="Zij-instromer Online Marketing")
        assert good in text and bad not in text, text


def test_a_shop_owner_choosing_seo_or_ads_keeps_the_shop_answer() -> None:
    text = sample_draft("Hoi Camille, ik heb een webshop in kaarsen. Moet ik beginnen met SEO of met advertenties?")
    assert "hoe snel de verkoop" in text, text


def test_which_course_to_start_with_and_its_funding_are_both_answered() -> None:
    notes = {
        "Bonjour Camille, je voudrais me former au marketing digital. Par quelle formation commencer ? Est-ce éligible CPF ?":
            ("Je choisirais la formation", "CPF"),
        "Hola Camille, ¿con qué curso empiezo? ¿Se puede financiar con FUNDAE?": ("Elegiría el curso", "FUNDAE"),
        "Ciao Camille, da quale corso inizio? È finanziabile con i fondi interprofessionali?": ("Sceglierei il corso", "fondi"),
        "Hallo Camille, mit welchem Kurs soll ich anfangen? Ist das über einen Bildungsgutschein förderfähig?":
            ("Weiterbildung wählen", "Förder"),
    }
    for note, (course, funding) in notes.items():
        text = sample_draft(note)
        assert course in text and funding in text, text
