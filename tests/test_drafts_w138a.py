"""Wave 138, group A: a shop owner's direct "where do I start with SEO / is it worth it" question gets an answer: an Etsy or
small ceramics shop asking where to start with SEO gets the shop's first steps (never "tell me about your business and
budget", never a proposal's yes); a bakery that wants to show up better on Google Maps gets the Google Business Profile
basics (never "which topic would you like me to cover?"); "is a blog worth it with 30 products?" gets the blog answer."""

from __future__ import annotations

from drafting import sample_draft


def test_etsy_shop_asking_where_to_start_with_seo_gets_the_etsy_steps() -> None:
    # 138 A es_pt_it note-13 (round 152): "¿Por dónde empiezo con el SEO?" answered "Cuéntame un poco de tu negocio y tu presupuesto"
    es = sample_draft("Hola! Tengo una pequeña tienda de cerámica en Etsy y quiero tener mi propia web. ¿Por dónde empiezo "
                      "con el SEO? Un saludo desde Málaga ☀️", name="Inés Romero")
    assert "presupuesto" not in es and "Me quedaría primero en Etsy" in es and "13 etiquetas" in es
    de = sample_draft("Hallo Camille, ich habe einen kleinen Keramikladen auf Etsy und möchte eine eigene Website. Wo fange "
                      "ich mit SEO an? Danke", name="Lena Maier")
    assert "Budget" not in de and "Ich würde erst bei Etsy bleiben" in de
    nl = sample_draft("Hoi Camille, ik heb een kleine keramiekwinkel op Etsy en wil een eigen website. Waar begin ik met SEO? "
                      "Groetjes", name="Sanne de Vries")
    assert "SEO-starterhandleiding" not in nl and "Ik zou eerst op Etsy blijven" in nl


def test_small_shop_wanting_to_sell_online_gets_product_pages_not_a_proposal() -> None:
    # 138 A es_pt_it note-57 (round 152): "Da dove comincio con la SEO?" read as a proposal ("la proposta mi interessa")
    it = sample_draft("Ciao! Ho un piccolo negozio di ceramiche a Deruta e vorrei vendere online. Da dove comincio con la SEO? "
                      "Grazie 😊", name="Sara Bianchi")
    assert "proposta" not in it and "20 minuti" not in it
    assert "schede prodotto" in it and "Search Console" in it


def test_bakery_wanting_to_show_up_on_google_maps_gets_the_profile_basics() -> None:
    # 138 A es_pt_it note-16, note-38, note-60 (round 153): "quiero aparecer mejor en Google Maps" re-asked "¿Hay algún tema …?"
    es = sample_draft("Vi tu post sobre el SEO local y me pareció súper útil 👏 Tengo una panadería en Zaragoza y quiero "
                      "aparecer mejor en Google Maps.", headline="Propietaria de Panadería La Espiga", name="Pilar Gómez")
    assert "algún tema" not in es and "perfil de Google Business completo" in es
    pt = sample_draft("Vi o seu post sobre SEO local e achei mesmo útil 👏 Tenho uma pastelaria em Coimbra e quero aparecer "
                      "melhor no Google Maps.", headline="Proprietária da Pastelaria Doce Lar", name="Helena Costa")
    assert "algum tema" not in pt and "perfil do Google Business completo" in pt
    it = sample_draft("Ho visto il tuo post sulla SEO locale, utilissimo 👏 Ho una pasticceria a Torino e vorrei comparire "
                      "meglio su Google Maps.", headline="Titolare Pasticceria Dolce Vita", name="Anna Rossi")
    assert "un tema" not in it and "scheda Google Business Profile completa" in it
    br = sample_draft("Vi seu post sobre SEO local e achei muito útil 👏 Tenho uma confeitaria em Curitiba e quero aparecer "
                      "melhor no Google Maps.", headline="Dona da Confeitaria Doce", name="Fernanda Lima")
    assert "algum tema" not in br and "Perfil da Empresa no Google completo" in br
    en = sample_draft("Saw your post on local SEO, really useful 👏 I run a bakery in Leeds and want to show up better on "
                      "Google Maps.", headline="Owner at Crumb Bakery", name="Lucy Hall")
    assert "cover next" not in en and "a complete Google Business Profile" in en


def test_blog_worth_it_with_thirty_products_gets_the_blog_answer() -> None:
    # 138 A fr_en note-37 (round 153): "is it worth investing in a blog when you only sell 30 products?" got product-page tips
    en = sample_draft("Hi Camille, thanks for your webinar on SEO for e-commerce yesterday! Quick question: is it worth "
                      "investing in a blog when you only sell 30 products?", headline="Founder - Alpine Tea Co.", name="Lucy Grant")
    assert "A blog pays off if each article answers a real question" in en and "For a shop, SEO starts" not in en
    de = sample_draft("Hallo Camille, danke für dein Webinar zu SEO im E-Commerce! Kurze Frage: Lohnt sich ein Blog, wenn man "
                      "nur 30 Produkte verkauft?", headline="Gründerin - Alpentee", name="Julia Berg")
    # ("Kurze Frage" announces the question: never the short-or-long articles answer)
    assert "Ein Blog lohnt sich, wenn jeder Artikel" in de and "kurze" not in de.split("\n", 3)[3]


def test_neighbours_that_must_not_change() -> None:
    # 138 A neighbours: a thank-you for tips that worked asks nothing; a learner's "wo fange ich mit SEO an?" keeps the
    # learner's first steps; a bakery that only says it read the post keeps the topic question
    nl = sample_draft("Hoi Camille, je tips over lokale SEO hebben mijn webshop echt vooruit geholpen 🙏", name="Eva Smit")
    assert "Google Bedrijfsprofiel" not in nl and "productpagina" not in nl
    learner = sample_draft("Hola Camille, soy estudiante de marketing y quiero aprender SEO. ¿Por dónde empiezo con el SEO?",
                           name="Tomás Gil")
    assert "Empezaría por la guía de introducción al SEO de Google" in learner and "Etsy" not in learner
    en = sample_draft("Hi Camille, I am a marketing student and I want to learn SEO. Where do I start with SEO?", name="Tom Baker")
    assert "Google's free SEO Starter Guide" in en
    es = sample_draft("Vi tu post sobre el SEO local, ¡muy útil! Tengo una panadería en Zaragoza.", name="Pilar Gómez")
    assert "Google Business" not in es


def test_ga4_or_matomo_for_a_pyme_says_business_and_a_full_condition() -> None:
    # 138 A es_pt_it note-12 (round 152, light): "Para una tienda pequeña" to a pyme, and "Con Google Ads, elegiría GA4" clipped
    es = sample_draft("Hola Camille, vi tu post sobre el fin de las cookies de terceros. Pregunta rápida: ¿recomiendas Google "
                      "Analytics 4 o Matomo para una pyme?", name="Raúl Díaz")
    assert "tienda pequeña" not in es and "Para un negocio pequeño en la UE me inclinaría por Matomo" in es
    assert "Si usas Google Ads, elegiría GA4, o los dos a la vez." in es


def test_visual_shop_ads_answer_ends_on_a_full_sentence() -> None:
    # 138 A es_pt_it note-35 (round 152, light): "Dois meses numa só plataforma, e depois o custo por venda decide." (a fragment)
    br = sample_draft("Oi Camille! Vi seu post sobre Google Ads x Meta Ads. Dúvida: pra uma loja de roupas pequena com R$ 2 "
                      "mil/mês, qual você priorizaria?", name="Juliana Alves")
    assert "o custo por venda decide" not in br
    assert "Eu daria dois meses a uma só plataforma e depois decidiria pelo custo por venda." in br
    es = sample_draft("Hola Camille, vi tu post sobre Google Ads vs Meta Ads. Para una tienda de ropa pequeña con 500 euros al "
                      "mes, ¿cuál priorizarías?", name="Lucía Gil")
    assert "Le daría dos meses a una sola plataforma y luego decidiría según el coste por venta." in es
