"""Wave 155, group K: direct questions answered, never dodged. A shop founder whose sales stall and who asks whether
Instagram ads are still worth it ("valent encore le coup", "siguen valiendo la pena", "valgono ancora la pena") gets the
Meta-ads answer, not only a call pushed; a small shop asking the ideal frequency of its blog posts ("frequência ideal de
publicação", "frecuencia ideal", "fréquence idéale") gets the blog-pace answer, not a question about its budget."""

from drafting import sample_draft


def _body(draft: str) -> str:
    return draft.split("\n", 2)[2]


def test_instagram_ads_still_worth_it_is_answered():
    notes = [
        ("Bonjour, je suis fondateur d'une petite marque de cosmétiques bio, on vend surtout sur Shopify. nos ventes stagnent "
         "depuis 6 mois, est ce que les pubs insta valent encore le coup selon vous ? merci", "Fondateur - Terre de Soin",
         "Yanis Benali", ("Les pubs Meta", "10 à 20 €")),
        ("Hola, tengo una pequeña tienda de ropa en Shopify y las ventas están estancadas. ¿Siguen valiendo la pena los "
         "anuncios de Instagram?", "Dueña de una tienda", "Marta Gil", ("Los anuncios de Meta", "10 a 20 €")),
        ("Ciao, ho un piccolo negozio online di ceramiche, le vendite sono ferme. Le inserzioni su Instagram valgono ancora "
         "la pena secondo te?", "Titolare", "Giulia Riva", ("Gli annunci Meta", "10-20 €")),
    ]
    for note, headline, name, words in notes:
        body = _body(sample_draft(note, headline, name))
        assert all(w in body for w in words), body
        assert "15 minutes" not in body and "15 minutos" not in body and "leviers simples" not in body, body


def test_ideal_blog_frequency_is_answered_not_a_budget_asked():
    notes = [
        ("Bom dia Camille, li o seu artigo sobre estratégia de conteúdo para e-commerce. Qual a frequência ideal de "
         "publicação no blog para uma loja pequena? Obrigado!", "Fundador da Cortiça & Co", "João Martins",
         "um artigo sólido por mês"),
        ("Hola Camille, tengo una tiendita online de velas. ¿Cuál es la frecuencia ideal para publicar en el blog? Gracias",
         "Dueña de Velas Luna", "Marta Gil", "un artículo sólido al mes"),
        ("Bonjour, quelle est la fréquence idéale pour publier sur le blog d'une petite boutique en ligne ? Merci",
         "Gérante", "Julie Roux", "un article solide par mois"),
    ]
    for note, headline, name, words in notes:
        body = _body(sample_draft(note, headline, name))
        assert words in body, body
        assert "orçamento" not in body and "presupuesto" not in body and "budget" not in body, body


def test_neighbours_keep_their_answers():
    tiktok = _body(sample_draft("Bonjour Camille, est-ce que TikTok vaut le coup pour une petite marque de bijoux ?", "", "Léa Morel"))
    assert "TikTok" in tiktok and "Meta" not in tiktok, tiktok
    audit = _body(sample_draft("Bonjour, nos ventes stagnent depuis 6 mois malgré les pubs Instagram. Faites-vous des audits ?",
                               "", "Paul Girard"))
    assert "audits" in audit and "10 à 20 €" not in audit, audit
    own = _body(sample_draft("Hi Camille, how often do you post on your own blog yourself?", "", "Tom Hale"))
    assert "two or three times a week" in own and "one solid article a month" not in own, own
