"""Wave 152, group A: a beginner asking for the first things to learn in SEO gets where to start, never "tell me where you
stand" (the advanced-topic rows, internal linking and crawl budget, are left: the sample FAQ is at its cap of 130 entries)."""

from __future__ import annotations

from drafting import sample_draft

def test_first_things_to_learn_in_seo_are_answered() -> None:
    # 176 fr_en note-27: "what would you recommend as the first 3 things to learn??" got "Tell me where you stand today"
    en = sample_draft("hey camille, im starting out in SEO and honestly a bit lost. what would you recommend as the first 3 "
                      "things to learn?? thanks a lot", "Junior marketing assistant", name="Jake Morris")
    assert "where you stand" not in en
    assert "SEO Starter Guide" in en and "Search Console" in en
    fr = sample_draft("Bonjour Camille, je débute en SEO et je suis un peu perdue. Quelles sont les premières choses à "
                      "apprendre selon vous ? Merci, Léa", "Assistante marketing junior", name="Léa Martin")
    assert "où vous en êtes" not in fr and "guide de démarrage SEO de Google" in fr
    de = sample_draft("Hallo Camille, ich fange gerade mit SEO an. Was sollte ich als erstes lernen? Danke, Lena",
                      "Junior Marketing Assistentin", name="Lena Braun")
    assert "wo du gerade stehst" not in de and "SEO-Startleitfaden" in de


def test_technical_seo_keeps_its_own_answer() -> None:
    # neighbour (must not change): technical SEO asked keeps the technical answer, not the crawl-budget one
    en = sample_draft("Hi Camille, junior SEO here. What would you recommend to learn technical SEO? Thanks, Tom",
                      "Junior SEO", name="Tom Hill")
    assert "I'd put technical SEO first" in en or "Screaming Frog (free up to 500 URLs)" in en
