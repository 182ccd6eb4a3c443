"""Wave 158 C: tool and set-up questions misread. A tool to measure how far social posts go is answered with the
networks' own statistics, never "tell me what your site runs on"; "how do I set up conversions?" gets the set-up
steps, never the causes of a tag that stopped firing; "is it worth it for a shop without premises?" after a post on
the Google Business Profile is about the profile (never a budget asked for a free tool); "the profile or the website?"
for a local business weighs the two (the profile first), never "yes, SEO pays off" with product pages."""
from __future__ import annotations

import pytest

from drafting import sample_draft

_PLATFORM_ASKED = ("Shopify, WordPress", "plataforma de tu web", "ce sur quoi tourne", "what your site runs on")


# -- a tool to measure reach ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("note, said", [
    ("Hola Camille, ví tu post sobre el algoritmo de LinkedIn y me parecio super interesante. Que herramienta usas para "
     "medir el alcance?? gracias", "LinkedIn"),
    ("Hi Camille, great post on LinkedIn engagement! Which tool do you use to measure the reach of your posts?", "LinkedIn"),
    ("Bonjour Camille, super post sur LinkedIn ! Tu utilises quel outil pour mesurer la portée de tes publications ?", "LinkedIn"),
])
def test_reach_tool_is_answered_with_the_networks_own_statistics(note: str, said: str) -> None:
    text = sample_draft(note, name="Rocío Navarro")
    assert not any(p in text for p in _PLATFORM_ASKED), text
    assert said in text and "Metricool" in text, text


def test_heatmap_tool_still_asks_what_the_site_runs_on() -> None:
    text = sample_draft("Hi Camille, quick one: which tool do you use for heatmaps?", name="Sam Carter")
    assert "Shopify, WordPress" in text, text


# -- conversions to set up ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("note, said", [
    ("hoi camille, las je post over google analytics 4. vraagje: hoe zet ik conversies op voor mijn shopify winkel?? "
     "kom er echt niet uit haha", "Google & YouTube"),
    ("Hi Camille, read your GA4 post. How do I set up conversions in Google Analytics for my little Shopify store?", "Google & YouTube"),
    ("Bonjour Camille, comment configurer les conversions dans GA4 pour ma boutique Shopify ? Je n'y arrive pas", "Google & YouTube"),
])
def test_conversion_setup_gets_the_steps_not_a_broken_tag(note: str, said: str) -> None:
    text = sample_draft(note, name="Joris Hendriks")
    assert said in text and "DebugView" in text, text
    assert "niet meer af" not in text and "no longer fires" not in text and "ne se déclenche plus" not in text, text


def test_conversions_gone_missing_keep_the_checks() -> None:
    text = sample_draft("Hi Camille, since we moved to GA4 our conversions no longer show up in the reports. Any idea why?",
                        name="Tom Harris")
    assert "no longer fires" in text, text


# -- a Google Business Profile for a shop without premises ----------------------------------------------------------

@pytest.mark.parametrize("note, said", [
    ("hi camille, hab deinen post über google business profile gelesen, mega hilfreich!! eine frage: lohnt sich das auch "
     "für einen onlineshop ohne ladengeschäft? danke dir", "reinen Onlineshop"),
    ("Hi Camille, loved your post on Google Business Profile. Is it worth it for an online shop without a physical store?",
     "only sells online"),
])
def test_profile_for_an_online_shop_is_answered_without_a_budget(note: str, said: str) -> None:
    text = sample_draft(note, name="Lukas Zimmermann")
    assert said in text, text
    assert "Budget" not in text and "budget" not in text, text


# -- the profile or the website ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("note, said", [
    ("Ciao Camille, ho letto il tuo post sul SEO locale. Per un ristorante conviene più lavorare su Google Business "
     "Profile o sul sito? grazie", "Il sito viene dopo"),
    ("Bonjour Camille, j'ai lu votre post sur le SEO local. Pour un salon de coiffure, vaut-il mieux travailler la fiche "
     "Google Business ou le site web ?", "Le site vient ensuite"),
])
def test_profile_or_site_weighs_the_two(note: str, said: str) -> None:
    text = sample_draft(note, name="Gino Mancini")
    assert said in text, text
    assert "schede prodotto" not in text and "fiches produits" not in text, text
    assert not text.split("\n")[3].startswith(("Sì", "Oui")), text


def test_profile_or_tripadvisor_keeps_its_answer() -> None:
    text = sample_draft("Ciao Camille, per un ristorante conviene investire di più su Google Business Profile o su TripAdvisor?",
                        name="Gino Mancini")
    assert "TripAdvisor" in text and "turisti" in text, text
