"""Wave 152, group A: an advanced SEO question (internal linking of a large site, crawl budget of a big shop) gets the
resources and first moves for that topic, never the beginner's course list with its job-seeker advice; a beginner asking
for the first things to learn in SEO gets where to start, never "tell me where you stand"."""

from __future__ import annotations

from drafting import sample_draft

_BEGINNER_LIST = ("HubSpot", "Skillshop", "recruiters", "recruteurs", "reclutadores", "Arbeitgeber", "recruiters én")


def _no_beginner_list(draft: str) -> None:
    assert not any(w in draft for w in _BEGINNER_LIST), draft


def test_internal_linking_of_a_large_site_gets_its_resources() -> None:
    # 178 fr_en note-18: "je bloque sur le maillage interne d'un gros site. Tu aurais une ressource ?" got the course list
    fr = sample_draft("Hello Camille, je suis junior SEO (6 mois d'expérience) et je bloque sur le maillage interne d'un gros "
                      "site. Tu aurais une ressource à me conseiller ? Merci ! Yanis", "SEO Junior chez WebAgence",
                      name="Yanis Haddad")
    _no_beginner_list(fr)
    assert "maillage interne" in fr and "Search Central" in fr
    es = sample_draft("Hola Camille, llevo un año como SEO junior y me cuesta el enlazado interno de una web grande (más de "
                      "10.000 páginas). ¿Algún recurso que me recomiendes? Gracias, Lucía", "SEO Junior", name="Lucía Gómez")
    _no_beginner_list(es)
    assert "enlazado interno" in es and "enlaces internos" in es
    de = sample_draft("Hallo Camille, ich bin seit einem Jahr im SEO und kämpfe mit der internen Verlinkung eines großen Shops. "
                      "Kannst du mir eine Ressource empfehlen? Danke, Jonas", "Junior SEO Manager", name="Jonas Weber")
    _no_beginner_list(de)
    assert "internen Verlinkung" in de
    nl = sample_draft("Hoi Camille, ik werk sinds kort als junior SEO en worstel met interne links op een grote webshop. Heb je "
                      "een bron die je kunt aanraden? Groet, Daan", "Junior SEO", name="Daan Visser")
    _no_beginner_list(nl)
    assert "interne links" in nl and "Search Central" in nl


def test_crawl_budget_of_a_big_shop_gets_its_resources() -> None:
    # 178 fr_en note-40: "Struggling with crawl budget on a big e-com site - any resource you'd recommend?"
    en = sample_draft("Hey Camille, junior SEO here (8 months in). Struggling with crawl budget on a big e-com site - any "
                      "resource you'd recommend? Thanks a lot! Sam", "Junior SEO Specialist", name="Sam Patel")
    _no_beginner_list(en)
    assert "crawl budget" in en and "Crawl stats" in en and "facets" in en
    it = sample_draft("Ciao Camille, lavoro come junior SEO e ho problemi di crawl budget su un grande e-commerce. Mi consigli "
                      "qualche risorsa? Grazie, Marco", "Junior SEO", name="Marco Rossi")
    _no_beginner_list(it)
    assert "crawl budget" in it and "Statistiche di scansione" in it
    pt = sample_draft("Oi Camille, sou SEO júnior e estou com dificuldade com o orçamento de rastreamento de um e-commerce "
                      "grande. Tem algum recurso para me recomendar? Valeu, Bruno", "SEO Júnior", name="Bruno Lima")
    _no_beginner_list(pt)
    assert "orçamento de rastreamento" in pt


def test_plain_seo_resource_question_keeps_the_course_list() -> None:
    # neighbour (must not change): SEO resources asked with no advanced topic keep her general list
    fr = sample_draft("Bonjour Camille, je suis junior SEO, vous auriez une ressource à me conseiller pour progresser en SEO ? "
                      "Merci", "Junior SEO", name="Paul Roux")
    assert "le guide de démarrage SEO de Google, la certification SEO de HubSpot Academy" in fr


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
