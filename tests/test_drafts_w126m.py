"""Wave 126, group M: category pages or product pages for a shop's main keywords gets the category-pages answer (never
the general shop SEO tips), and a note-less Italian headline whose English role is linked by "di" is answered in
Italian."""

from __future__ import annotations

from drafting import sample_draft


def test_category_or_product_pages_for_main_keywords_gets_the_choice() -> None:
    # 126 es_pt_it note-61: "conviene usare le pagine categoria o le schede prodotto per le keyword principali?"
    # answered with the general "la SEO parte dalle schede prodotto e dalle categorie"
    it = sample_draft("Grazie per il webinar di ieri sulla SEO per e-commerce! Mi è rimasto un dubbio: conviene usare le pagine "
                      "categoria o le schede prodotto per le keyword principali? Saluti, Roberto", name="Roberto Villa")
    assert "prima le pagine di categoria: puntano alle keyword principali" in it
    assert "Le schede prodotto prendono le ricerche precise" in it and "la SEO parte dalle schede prodotto" not in it
    it2 = sample_draft("Ciao Camille, per il mio negozio online: le keyword principali le metto sulle pagine di categoria o "
                       "sulle schede prodotto?", name="Luca Bianchi")
    assert "prima le pagine di categoria: puntano alle keyword principali" in it2
    fr = sample_draft("Bonjour Camille, pour ma boutique en ligne, vaut-il mieux viser les mots-clés principaux sur les pages "
                      "catégories ou sur les fiches produits ?", name="Julie Martin")
    assert "les pages catégories d'abord : elles portent les mots-clés principaux" in fr
    en = sample_draft("Hi Camille, for our online shop, should the main keywords go on category pages or on product pages?",
                      name="Tom Baker")
    assert "the category pages first: they take the main keywords" in en
    es = sample_draft("Hola Camille, en mi tienda online, ¿las palabras clave principales van en las páginas de categoría o "
                      "en las fichas de producto?", name="Ana López")
    assert "primero las páginas de categoría: llevan las palabras clave principales" in es
    pt = sample_draft("Oi Camille, na minha loja online, é melhor usar as páginas de categoria ou as páginas de produto para "
                      "as palavras-chave principais?", name="Gabriel Souza")
    assert "primeiro as páginas de categoria: elas levam as palavras-chave principais" in pt
    de = sample_draft("Hallo Camille, sollten die Haupt-Keywords in unserem Onlineshop auf die Kategorieseiten oder auf die "
                      "Produktseiten?", name="Jonas Weber")
    assert "zuerst die Kategorieseiten: Die tragen die Haupt-Keywords" in de
    nl = sample_draft("Hoi Camille, horen de belangrijkste zoekwoorden van mijn webshop op de categoriepagina's of op de "
                      "productpagina's?", name="Sanne de Vries")
    assert "eerst de categoriepagina's: die dragen de belangrijkste zoekwoorden" in nl


def test_shop_seo_without_category_choice_keeps_the_shop_answer() -> None:
    it = sample_draft("Ciao Camille, ho un negozio online di ceramiche: da dove comincio con la SEO?", name="Marta Riva")
    assert "puntano alle keyword principali" not in it


def test_italian_headline_with_english_role_linked_by_di_gets_italian() -> None:
    # 126 es_pt_it note-66: no note, "Founder di Bottega Verde Lab | E-commerce cosmetica naturale | …" answered in English
    it = sample_draft("", headline="Founder di Bottega Verde Lab | E-commerce cosmetica naturale | Studio digital marketing",
                      name="Ilaria Marchi")
    assert it.startswith("Buongiorno Ilaria,") and "Thanks for connecting" not in it
    it2 = sample_draft("", headline="Marketing manager di Luce Studio", name="Giulia Conti")
    assert it2.startswith("Buongiorno Giulia,")


def test_english_headline_with_of_stays_english() -> None:
    en = sample_draft("", headline="Founder of Bottega Verde Lab | natural cosmetics e-commerce", name="Emma Stone")
    assert en.startswith("Hello Emma,")
