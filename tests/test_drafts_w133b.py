"""Wave 133, group B: the owner's FAQ answer is about what was asked: a WordPress blog beside a Shopify shop gets where a
blog goes (never a migration's 301 redirects); "Semrush or HubSpot certification for SEO?" gets the SEO courses naming
both (never Google Ads and Meta Blueprint); "Google Ads certification first or technical analysis?" weighs the two; "do
Google Business Profile posts still matter?" gets the profile answer (never "SEO is worth it for a local business")."""

from __future__ import annotations

from drafting import sample_draft


def test_wordpress_blog_beside_a_shopify_shop_is_no_migration() -> None:
    # 140 fr_en note-16: "passer sur un blog WordPress à côté de ma boutique Shopify" answered with 301 redirects
    fr = sample_draft("Bonjour, j'ai vu votre post sur les erreurs SEO des sites Shopify. Question : est-ce que ça vaut le coup "
                      "de passer sur un blog WordPress à côté de ma boutique Shopify pour le référencement ? merci",
                      headline="Fondateur – Café Torréfié Colline", name="Mathieu Roux")
    assert "301" not in fr and "migration" not in fr
    assert "en sous-dossier" in fr and "blog intégré de Shopify" in fr
    es = sample_draft("Hola, ¿vale la pena pasarme a un blog WordPress al lado de mi tienda Shopify para el SEO?", name="Mario Ruiz")
    assert "301" not in es and "subcarpeta" in es
    de = sample_draft("Hallo, lohnt es sich, neben meinem Shopify-Shop auf einen WordPress-Blog umzusteigen, für SEO?",
                      name="Jonas Weber")
    assert "301" not in de and "Unterverzeichnis" in de
    nl = sample_draft("Hoi, is het de moeite waard om naast mijn Shopify-winkel over te stappen op een WordPress-blog voor SEO?",
                      name="Daan Bakker")
    assert "301" not in nl and "submap" in nl


def test_a_real_platform_migration_still_gets_the_redirects() -> None:
    # 140 fr_en note-16 neighbour that must not change: a shop moving platforms gets the migration answer
    fr = sample_draft("Bonjour, est-ce que ça vaut le coup de passer de WooCommerce à Shopify pour le référencement ?",
                      name="Paul Martin")
    assert "Pour le SEO seul, rarement" in fr and "301" in fr


def test_semrush_or_hubspot_certification_gets_the_seo_courses_naming_both() -> None:
    # 140 es_pt_it note-14: "la de Semrush o la de HubSpot?" answered with Google Ads and Meta Blueprint
    es = sample_draft("Hola! Soy junior en marketing, llevo 6 meses en una agencia. ¿Qué certificación me recomiendas para "
                      "especializarme en SEO, la de Semrush o la de HubSpot?", name="Álvaro Ruiz")
    assert "Meta Blueprint" not in es and "Semrush Academy" in es and "HubSpot Academy" in es
    it = sample_draft("Ciao, sono junior nel marketing. Per la SEO mi consigli la certificazione di Semrush o quella di HubSpot?",
                      name="Marco Neri")
    assert "Meta Blueprint" not in it and "Semrush Academy" in it
    pt = sample_draft("Olá, sou júnior em marketing. Para SEO recomendas a certificação da Semrush ou da HubSpot?", name="Rui Sousa")
    assert "Meta Blueprint" not in pt and "Semrush Academy" in pt
    en = sample_draft("Hi! I'm a junior marketer, 6 months at an agency. Which certification would you recommend to specialise "
                      "in SEO, Semrush or HubSpot?", name="Tom Baker")
    assert "Meta Blueprint" not in en and "Semrush Academy" in en


def test_google_ads_certification_or_technical_analysis_is_weighed() -> None:
    # 140 es_pt_it note-58: "prima la certificazione Google Ads o concentrarmi sull'analisi tecnica?" got Google Ads alone
    it = sample_draft("Ciao! Sono junior SEO da 8 mesi. Mi consigli di fare prima la certificazione Google Ads o di "
                      "concentrarmi sull'analisi tecnica?", name="Alessandro Greco")
    assert "Servono entrambe, per cose diverse" in it and "anche partendo da zero" not in it
    es = sample_draft("Hola, soy junior SEO desde hace 8 meses. ¿Me recomiendas hacer primero la certificación de Google Ads o "
                      "centrarme en el análisis técnico?", name="Pablo Gil")
    assert "Las dos sirven, para cosas distintas" in es
    de = sample_draft("Hallo Camille, ich bin seit 8 Monaten Junior SEO. Soll ich zuerst die Google-Ads-Zertifizierung machen "
                      "oder mich auf die technische Analyse konzentrieren?", name="Jonas Weber")
    assert "Beides hilft, aber für unterschiedliche Ziele" in de


def test_google_business_profile_posts_still_matter_gets_the_profile_answer() -> None:
    # 141 fr_en note-40: "do you think Google Business Profile posts still matter?" got "Yes, SEO is worth it for a local business"
    en = sample_draft("Good afternoon Camille, I'm the founder of a small vegan bakery in Bristol. I read your newsletter "
                      "article on local SEO - do you think Google Business Profile posts still matter in 2024? Cheers, Amy",
                      headline="Owner - Crumbs & Co Bakery", name="Amy Clark")
    assert "SEO is worth it" not in en and "your town's name" not in en
    assert "Posts weigh less: one a week is plenty" in en
    es = sample_draft("Hola, tengo una panadería en Sevilla. ¿Las publicaciones en el perfil de empresa de Google todavía sirven?",
                      name="Ana López")
    assert "Los posts pesan menos" in es
    nl = sample_draft("Hoi, ik heb een bakkerij in Utrecht. Hebben berichten op mijn Google Bedrijfsprofiel nog zin?",
                      name="Eva de Vries")
    assert "reviews" in nl and "Bedrijfsprofiel" in nl


def test_how_often_to_post_on_the_profile_is_unchanged() -> None:
    # 141 fr_en note-40 neighbour that must not change: how often to post keeps the same answer
    en = sample_draft("Hi, I run a bakery in Leeds. How often should I post on my Google Business Profile?", name="Kate Green")
    assert "reviews move local ranking most" in en and "one a week is plenty" in en
