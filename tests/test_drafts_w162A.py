"""Wave 162, group A: a direct question her settings can take is answered in the reply itself, never deferred nor met
with an answer to another question: "will it affect small shops too?" gets a plain yes before her cookie answer; "is
organic traffic going to die?" (Portuguese "vai morrer") gets her SEO-and-AI answer instead of "te conto por aqui"."""
from __future__ import annotations

from drafting import sample_draft


def test_also_affected_question_gets_a_plain_yes() -> None:
    # 204 fr_en note-16: "impacter les petites boutiques Shopify aussi ?" got "Inutile d'attendre" and never a yes
    fr = sample_draft("Bonjour Camille, j'ai vu ton post sur la fin des cookies tiers, super clair. Tu penses que ça va "
                      "impacter les petites boutiques Shopify aussi ?", headline="Freelance Shopify", name="Maxime Henry")
    assert "Oui, ça les concerne aussi." in fr and "Safari" in fr
    en = sample_draft("Hi Camille, read your post on the end of third-party cookies. Will it affect small WooCommerce "
                      "stores too?", name="Amy Cole")
    assert "Yes, it affects them too. No need to wait" in en
    de = sample_draft("Hallo Camille, dein Beitrag zum Ende der Drittanbieter-Cookies war super. Betrifft das auch "
                      "kleine Online-Shops?", name="Jan Roth")
    assert "Ja, das betrifft sie auch." in de
    # neighbour: a question that asks no "too" keeps the answer as it was
    keep = sample_draft("Bonjour Camille, j'ai lu ton post sur la fin des cookies tiers. Tu conseilles quoi pour s'y "
                        "préparer ?", name="Paul Roux")
    assert "Inutile d'attendre" in keep and "Oui" not in keep


def test_organic_traffic_dying_question_is_answered_in_portuguese() -> None:
    # 205 es_pt_it note-36: "vale a pena investir em blog … ou o tráfego orgânico vai morrer?" got "Te conto por aqui"
    pt = sample_draft("Oi Camille, vi seu post sobre SEO pra IA generativa. Você acha que ainda vale a pena investir em "
                      "blog em 2025 ou o tráfego orgânico vai morrer? Curioso pra saber sua opinião",
                      headline="Growth Analyst na Hotmart", name="Gabriel Nunes")
    assert "Te conto por aqui" not in pt and "não vai acabar" in pt
    pt2 = sample_draft("Olá Camille, li o seu artigo sobre pesquisa com IA. Acha que o SEO vai morrer com as respostas "
                       "da IA no Google?", headline="Marketing Manager", name="Rita Sousa")
    assert "Conto" not in pt2 and "não vai" in pt2.lower()

