"""Wave 43, helper B: the owner's own answers — her training's funding and next dates, long or short product pages,
Shopify or WooCommerce, the tool she plans content with, retraining into SEO after a social media job, how she got
into freelancing (no invented past), and technical SEO resources rather than the beginner's guide."""

from __future__ import annotations

from drafting import sample_draft

_HOLD = ("budget", "Budget", "presupuesto", "orçamento", "activité", "bedrijf", "Website läuft")


def test_training_dates_and_funding_are_both_answered_never_a_budget_question() -> None:
    notes = {
        "Salut Camille, une amie m'a conseillé ton atelier réseaux sociaux. La prochaine session, c'est quand ? C'est finançable par le CPF ?":
            ("prochaines sessions", "CPF"),
        "Hallo Camille, wann ist der nächste Termin für deinen SEO-Workshop? Ist er förderfähig?": ("nächsten Termine", "CPF"),
    }
    for note, (dates, funding) in notes.items():
        text = sample_draft(note)
        assert dates in text and funding in text, text
        assert not any(h in text for h in ("ton activité et de ton budget", "dein Budget")), text


def test_funding_asked_alone_gets_her_answer_in_the_senders_register() -> None:
    text = sample_draft("Bonjour Camille, vos ateliers de stratégie de contenu sont-ils éligibles au CPF ?")
    assert "pas éligible" in text and "CPF" in text and "OPCO" not in text and " te " not in text, text
    text = sample_draft("Hola Camille, ¿tu taller de redes sociales es bonificable por FUNDAE?")
    assert "FUNDAE" in text and "presupuesto" in text, text


def test_long_or_short_product_pages_gets_a_direct_pick() -> None:
    notes = {
        "Bonjour Camille, pour ma boutique de bougies, mes pages produits doivent-elles être courtes ou longues ?": "Longues",
        "Hi Camille, quick one: short or long product descriptions for SEO on a small store?": "Long, as long as",
        "Hallo Camille, lieber kurze oder lange Produktbeschreibungen für meinen kleinen Shop?": "Lang, solange",
        "Hola Camille, ¿fichas de producto largas o cortas para mi tienda de cerámica?": "Largas",
    }
    for note, pick in notes.items():
        text = sample_draft(note)
        assert pick in text, text


def test_shopify_or_woocommerce_gets_a_comparison() -> None:
    for note in ("Ciao Camille, meglio Shopify o WooCommerce per la SEO di un piccolo negozio?",
                 "Hi Camille, for a tiny jewellery store, would you go Shopify or WooCommerce for SEO?",
                 "Hoi Camille, WooCommerce of Shopify voor de vindbaarheid van mijn kleine webwinkel?"):
        text = sample_draft(note)
        assert "Shopify" in text and "WooCommerce" in text and "WordPress" in text, text


def test_editorial_planning_tool_is_named_never_depends_on_your_platform() -> None:
    for note in ("Hoi Camille, welke tool gebruik je voor je contentkalender?",
                 "Hi Camille, loved your post on repurposing. What tool do you use for your editorial calendar?",
                 "Hallo Camille, mit welchem Tool machst du deinen Redaktionsplan?"):
        text = sample_draft(note)
        assert "Notion" in text and "Shopify" not in text and "WordPress" not in text, text


def test_retraining_into_seo_after_a_social_job_gets_a_direct_yes() -> None:
    notes = {
        "hola camille, acabo de perder mi empleo de social media manager tras 3 años. ¿me conviene formarme en SEO para reorientarme?": "Sí, con esa experiencia",
        "ciao camille, sono rimasta senza lavoro dopo 5 anni da community manager: ha senso studiare SEO per ricollocarmi?": "Sì, con questa esperienza",
        "Hi Camille, I was laid off after 4 years as a community manager. Is it worth learning SEO to retrain?": "Yes, with your background",
    }
    for note, yes in notes.items():
        text = sample_draft(note)
        assert yes in text and "Te envío algunas formaciones" not in text, text


def test_how_she_got_into_freelancing_is_told_without_an_invented_past() -> None:
    for note in ("Hallo Camille, ich bin Junior im Content-Marketing. Wie hast du den Einstieg in die Selbstständigkeit geschafft? Hast du einen Tipp?",
                 "hey camille, how did you get your first clients as a freelancer? any advice for a junior?"):
        text = sample_draft(note)
        assert any(w in text for w in ("Netzwerk", "network", "selbstständig gemacht")), text
        assert not any(w in text for w in ("in-house", "Zeit im Unternehmen", "Vorstellungsgespräch", "colleagues", "Kollegen")), text


def test_technical_seo_resources_are_technical() -> None:
    for note in ("Hoi Camille, ik werk sinds kort als SEO-specialist. Welk boek raad je aan voor technische SEO?",
                 "Hi Camille, junior here: which course would you recommend to get good at technical SEO?",
                 "Bonjour Camille, quelle formation conseilles-tu pour progresser en SEO technique ?"):
        text = sample_draft(note)
        assert "Core Web Vitals" in text and "Search Central" in text, text
        assert "starterhandleiding" not in text and "Starter Guide" not in text, text
