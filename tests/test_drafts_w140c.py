"""Wave 140, group C: "subdomains or subfolders for a multilingual shop?" gets the languages answer first (subfolders with
hreflang, subdomains only for very separate markets or teams), never the blog-placement answer leading, nor "nog een
vraag" read as wishing to attend her training again."""

from __future__ import annotations

from drafting import sample_draft


def test_multilingual_shop_subfolders_question_in_german_leads_with_languages() -> None:
    # 140 de_nl note-20 (draft_review156): "Fast immer in der Website … seite.de/blog" answered a blog question not asked
    de = sample_draft("Hallo Frau Laurent, ich habe Ihre SEO-Schulung auf Udemy gemacht und hätte eine Frage: Sollte man für "
                      "einen mehrsprachigen Shop Subdomains oder Unterverzeichnisse nutzen? Danke im Voraus! Andreas Koch",
                      headline="E-Commerce Manager | Sportartikel Koch", name="Andreas Koch")
    assert "Fast immer in der Website" not in de
    assert "Fast immer in Unterverzeichnissen" in de and "ein Unterverzeichnis pro Sprache" in de and "hreflang" in de
    assert "sehr getrennte Märkte oder Teams" in de


def test_nog_een_vraag_is_a_question_not_another_training_in_dutch() -> None:
    # 140 de_nl note-42 (draft_review156): "nog een vraag" read as wanting to come to her training again
    nl = sample_draft("Hallo Camille, ik heb jouw SEO-cursus gevolgd en heb nog een vraag: kan ik voor een meertalige webshop "
                      "beter subdomeinen of submappen gebruiken? Alvast dank! Gr, Kevin",
                      headline="E-commerce Manager | Fietsenwinkel Kok", name="Kevin Kok")
    assert "nog eens wilt komen" not in nl and "volgende datum" not in nl
    assert "Bijna altijd in submappen" in nl and "een submap per taal" in nl and "hreflang" in nl


def test_another_question_is_never_another_session_in_other_languages() -> None:
    # 140 de_nl note-42 variants: "another question", "noch eine Frage", "otra pregunta" after a course
    en = sample_draft("Hi Camille, I took your SEO course and have another question: for a multilingual online shop, subdomains "
                      "or subfolders?", name="James Wood")
    assert "Almost always in subfolders" in en and "one subfolder each" in en and "next date" not in en.lower()
    de = sample_draft("Hallo Camille, ich war in deiner SEO-Schulung und habe noch eine Frage: Subdomains oder Unterverzeichnisse "
                      "für einen mehrsprachigen Shop?", name="Jonas Weber")
    assert "ein Unterverzeichnis pro Sprache" in de and "Termin" not in de
    es = sample_draft("Hola Camille, hice tu curso de SEO y tengo otra pregunta: para una tienda online multilingüe, ¿subdominios "
                      "o subcarpetas?", name="Javier Ruiz")
    assert "Casi siempre en subcarpetas" in es and "una subcarpeta por idioma" in es


def test_multilingual_shop_subfolders_in_romance_languages_and_registers() -> None:
    # 140 de_nl note-20 variants: fr tu/vous, it Lei, pt-PT, pt-BR
    fr = sample_draft("Bonjour Camille, j'ai suivi votre formation SEO. Pour une boutique en ligne multilingue, vaut-il mieux des "
                      "sous-domaines ou des sous-dossiers ? Merci, Paul", name="Paul Martin")
    assert "Presque toujours en sous-dossier" in fr and "un sous-dossier par langue" in fr and "marchés ou équipes très séparés" in fr
    it = sample_draft("Buongiorno dott.ssa Laurent, ho seguito il Suo corso SEO. Per un negozio online multilingue conviene usare "
                      "sottodomini o sottocartelle? Cordiali saluti, Paolo Bianchi", name="Paolo Bianchi")
    assert "Quasi sempre in sottocartelle" in it and "una sottocartella per lingua" in it
    pt = sample_draft("Olá Camille, fiz o seu curso de SEO. Para uma loja online multilingue, é melhor usar subdomínios ou "
                      "subpastas? Obrigado, João", name="João Silva")
    assert "Quase sempre em subpastas" in pt and "uma subpasta por língua" in pt
    br = sample_draft("Oi Camille, fiz seu curso de SEO. Pra uma loja virtual multilíngue, vale mais usar subdomínios ou subpastas? "
                      "Valeu, Lucas", name="Lucas Souza")
    assert "uma subpasta por idioma" in br and "equipes bem separados" in br


def test_blog_placement_question_keeps_the_shop_blog_answer() -> None:
    # 140 de_nl note-20 must-not-change neighbour: a blog question still gets site/blog and the built-in blog
    en = sample_draft("Hi Camille, should our blog go on a subdomain or a subfolder of our Shopify site? Thanks, Emma", name="Emma Lee")
    assert "site.com/blog or the blog built into Shopify" in en
    nl = sample_draft("Hoi Camille, snelle vraag: zet ik mijn blog beter op een subdomein of in een submap?", name="Sanne Bakker")
    assert "site.nl/blog" in nl and "submap" in nl


def test_wish_for_another_workshop_still_gets_the_date_line() -> None:
    # 140 de_nl note-42 must-not-change neighbour: "komt er nog een workshop binnenkort?" is still another session wished for
    nl = sample_draft("Hoi Camille, jouw workshop was super! Komt er binnenkort nog een workshop?", name="Lotte Jansen")
    assert "De volgende datum staat nog niet vast" in nl
