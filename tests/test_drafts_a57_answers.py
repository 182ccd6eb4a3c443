"""Wave 57, group A: answers the sender asked for (the online part, the Performance Max budget, a clear Dutch yes, an
unclipped Meta-or-TikTok answer)."""

import pytest
from drafting import sample_draft


def test_online_in_spanish_asked_with_en_linea_is_answered():
    for note in ("Hola, te escribo desde Bogotá. Estoy lanzando mi marca online. ¿Das formaciones en español o en línea?",
                 "Buenos días. ¿Imparte usted formación en marketing digital en línea para nuestros alumnos?",
                 "Hola Camille, ¿tus cursos son presenciales o en línea?"):
        d = sample_draft(note, headline="Fundador", name="Andrés Pardo")
        assert "online" in d, d


def test_shop_en_linea_is_not_an_online_format():
    d = sample_draft("Hola, tengo una tienda en línea de café. ¿Qué me recomiendas para empezar con anuncios?",
                     headline="Fundador", name="Andrés Pardo")
    assert "formación online" not in d, d


def test_performance_max_budget_gets_the_pmax_answer():
    cases = [("Salut Camille, tu recommandes quel budget mini pour tester une campagne Performance Max ?", "coût par vente"),
             ("Hi Camille, how much budget would you put on a first PMax campaign?", "cost per sale"),
             ("Hola Camille, ¿qué presupuesto mínimo recomiendas para probar Performance Max?", "coste por venta"),
             ("Hallo Camille, ab welchem Budget lohnt sich eine Performance-Max-Kampagne?", "Zielkosten pro Verkauf")]
    for note, words in cases:
        d = sample_draft(note, headline="Responsable webmarketing", name="Romain Chevalier")
        assert "Performance Max" in d and words in d, d
        assert "10 à 20 €" not in d and "10 to 20" not in d and "€10 to €20" not in d and "10 a 20" not in d and "10 bis 20" not in d, d


def test_general_ads_budget_keeps_the_first_test_answer():
    d = sample_draft("Hi Camille, what minimum budget would you recommend to test Google Ads?", headline="", name="Romain Chevalier")
    assert "€10 to €20" in d and "Performance Max" not in d, d


def test_dutch_language_yes_reads_as_an_answer():
    for note in ("hoi camille, ik heb een bakkerij in zwolle. geef je ook workshops in het nederlands of engels??",
                 "Dag Camille, geeft u trainingen in het Nederlands of in het Engels?",
                 "Hoi! Werk je ook in het Nederlands of Engels? We zoeken hulp met SEO."):
        d = sample_draft(note, headline="", name="Ingrid Post")
        assert "Ja, in het Engels" in d and "In het Engels graag" not in d, d


def test_meta_or_tiktok_answer_is_full_sentences():
    d = sample_draft("Bonjour, vous conseilleriez plutôt TikTok ou Meta pour une boutique de vêtements enfants ? Merci",
                     headline="E-commerçante", name="Amandine Roux")
    assert "on juge au coût par vente" in d and "je commencerais par Meta" in d and "coût par vente tranche" not in d, d
    d = sample_draft("Hi Camille, would you go with Meta or TikTok ads for my online shop?", headline="", name="Amy Stone")
    assert "judge it on the cost per sale" in d, d


@pytest.mark.parametrize("note, said", [
    ("Hallo Camille, n.a.v. je post over Google's Helpful Content Update: heb jij gemerkt dat kleine blogs meer verkeer verliezen "
     "dan grote merken? Ben benieuwd naar je ervaring. Gr. Eva", "Search Console"),
    ("Hi Camille, since the last Google update we keep losing traffic on our blog. What would you check first?", "Search Console"),
])
def test_traffic_losing_after_an_update_answered(note: str, said: str) -> None:
    """Traffic "being lost" in the present tense ("verliezen", "losing") is the Google-update question, never "tell me
    your business and your budget" (round 55 nl note-38)."""
    text = sample_draft(note, headline="Blogger", name="Eva de Wit")
    assert said in text
    assert "budget" not in text
