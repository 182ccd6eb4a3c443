"""Wave 139, group A: a direct how-to question gets the plain answer: how long SEO takes (a new site, the first signs
in Search Console, a month too short), asked after a course attended, never "tell me where you stand"."""

from __future__ import annotations

from drafting import sample_draft


def test_seo_time_asked_after_her_course_gets_the_answer_in_french() -> None:
    # 139 A fr_en note-20 (round 154): "Dites-moi où vous en êtes" in place of how long SEO takes
    fr = sample_draft("Bonjour Camille, j'ai suivi votre formation 'SEO pour débutants' en novembre, merci encore ! J'ai une "
                      "question : combien de temps faut-il en général avant de voir les premiers résultats sur Google ?",
                      headline="Créatrice - Atelier Bijoux Nina", name="Nina Morel")
    assert "trois à six mois" in fr and "Search Console" in fr
    assert "Dites-moi où vous en êtes et ce que vous visez" not in fr
    tu = sample_draft("Salut Camille, j'ai suivi ta formation SEO en novembre. Combien de temps faut-il avant de voir les "
                      "premiers résultats sur Google ?", name="Léa Martin")
    assert "trois à six mois" in tu and "ton budget" not in tu


def test_seo_time_asked_after_a_course_in_other_languages() -> None:
    # 139 A fr_en note-20 (round 154), the same situation in it, de, pt: the course told before is no training asked about
    it = sample_draft("Ciao Camille, ho seguito il tuo corso SEO a novembre. Quanto tempo ci vuole di solito per vedere i "
                      "primi risultati su Google?", name="Giulia Rossi")
    assert "da tre a sei mesi" in it and "budget" not in it
    de = sample_draft("Hallo Camille, ich war in deinem SEO-Workshop im November. Wie lange dauert es normalerweise, bis man "
                      "erste Ergebnisse bei Google sieht?", name="Anna Becker")
    assert "drei bis sechs Monate" in de and "Budget" not in de
    pt = sample_draft("Oi Camille, fiz seu curso de SEO em novembro. Quanto tempo leva pra ver os primeiros resultados no "
                      "Google? Meu chefe quer resultado em um mês", name="Ana Souza")
    assert "de três a seis meses" in pt and "Um mês é pouco" in pt


def test_seo_time_for_a_new_site_and_a_boss_wanting_results_in_a_month() -> None:
    # 139 A de_nl note-40 (round 154): a new site and a one-month expectation, never "pages that already rank"
    nl = sample_draft("Hoi Camille, korte vraag: hoe lang duurt het gemiddeld voordat SEO resultaat oplevert voor een nieuwe "
                      "website? Mijn baas wil binnen een maand resultaten zien 😅 Groet, Rick",
                      headline="Marketing medewerker", name="Rick de Vries")
    assert "Voor een nieuwe site" in nl and "Een maand is te kort" in nl and "al goed scoren" not in nl
    en = sample_draft("Hi Camille, I attended your 'SEO for beginners' webinar in November — thanks again! Quick question: "
                      "how long does it usually take to see first results on Google?", name="Hannah Cole")
    assert "A month is too short" in en and "impressions in Search Console" in en and "to really show" not in en


def test_how_long_her_training_lasts_is_not_the_seo_time_answer() -> None:
    # 139 A neighbour that must not change: how long her SEO course lasts is about the course, never SEO's three to six months
    fr = sample_draft("Bonjour Camille, combien de temps dure votre formation SEO ?", name="Paul Dubois")
    assert "trois à six mois" not in fr


def test_seo_or_google_ads_in_spanish_says_los_dos() -> None:
    # 139 A es_pt_it note-8 (round 155): "Las dos" for SEO and Google Ads
    es = sample_draft("Hola Camille. Vi tu post sobre la diferencia entre SEO y SEA para pequeñas tiendas y me quedé con una "
                      "duda: para una tienda con 50 productos, ¿recomiendas empezar por Google Ads o por SEO?",
                      headline="Emprendedora | Tienda online de cerámica", name="Elena Navarro")
    assert "Los dos, pero no para lo mismo" in es and "búsquedas de compra" not in es


def test_daily_or_lifetime_budget_for_a_launch_gets_the_answer() -> None:
    # 139 A fr_en note-16 (round 155): certifications in place of the budget type; fr_en note-38: a call pushed instead
    fr = sample_draft("Bonjour Camille, j'ai suivi votre formation Facebook Ads à la CCI en janvier. Petite question : vaut-il "
                      "mieux un budget quotidien ou un budget global pour une campagne de lancement ?",
                      headline="Gérant - Boulangerie Pain d'Antan", name="Pierre Garnier")
    assert "je prendrais un budget global" in fr and "Skillshop" not in fr and "Blueprint" not in fr
    en = sample_draft("Hi Camille, I attended your Facebook Ads workshop at the CCI in January. Quick question: is a daily "
                      "budget or a lifetime budget better for a launch campaign?",
                      headline="Owner - The Little Bakery Lyon", name="Mark Jones")
    assert "I'd use a lifetime budget" in en and "call" not in en


def test_daily_or_lifetime_budget_in_german_dutch_and_italian() -> None:
    # 139 A fr_en note-16/38 (round 155), the same question in de, nl, it: the answer, never a call about it
    de = sample_draft("Hallo Camille, ich war in deinem Facebook-Ads-Workshop. Ist ein Tagesbudget oder ein Laufzeitbudget "
                      "besser für eine Launch-Kampagne?", name="Jonas Weber")
    assert "Laufzeitbudget nehmen" in de and "telefonieren" not in de
    nl = sample_draft("Hoi Camille, ik volgde je workshop Facebook Ads. Is een dagbudget of een totaalbudget beter voor een "
                      "lanceringscampagne?", name="Sanne Bakker")
    assert "totaalbudget (looptijdbudget) kiezen" in nl and "bellen" not in nl
    it = sample_draft("Ciao Camille, ho seguito il tuo workshop su Facebook Ads. Meglio un budget giornaliero o un budget "
                      "totale per una campagna di lancio?", name="Marco Bianchi")
    assert "userei un budget totale" in it and "telefono" not in it


def test_a_daily_budget_asked_alone_keeps_the_first_test_budget() -> None:
    # 139 A neighbour that must not change: how much a day, no lifetime budget weighed, keeps her first-test figure
    fr = sample_draft("Bonjour Camille, j'ai vu votre post sur le budget minimum pour les Meta Ads. Pour une petite boutique "
                      "Shopify, vous conseilleriez de commencer à combien par jour ? Merci ! Nadia", name="Nadia Roussel")
    assert "budget global" not in fr and "environ 10 à 20 € par jour sur une seule campagne" in fr
    en = sample_draft("Hi Camille, what daily budget would you suggest to start Meta ads for a small Shopify store?",
                      name="Emma Stone")
    assert "lifetime" not in en


def test_social_ads_kpis_include_the_paid_ones() -> None:
    # 139 A de_nl note-16 (round 154): only organic KPIs (saves, shares) for social ads reporting
    de = sample_draft("Hallo Camille, ich bin Junior Social Media Managerin und frag mich, wie du Kunden-Reportings aufbaust – "
                      "welche KPIs zeigst du bei Social Ads? Würde mich über einen Tipp freuen :) Sophie",
                      headline="Junior Social Media Managerin", name="Sophie Wagner")
    assert "CPC" in de and "ROAS" in de and "(CPA)" in de
    en = sample_draft("Hi Camille, I'm a junior social media manager. Which KPIs do you show clients for social ads?",
                      name="Emily Ross")
    assert "cost per lead or sale (CPA) and ROAS" in en
    es = sample_draft("Hola Camille, soy community manager junior. ¿Qué KPI muestras a los clientes en los anuncios en redes "
                      "sociales?", name="Sara Gómez")
    assert "CPC" in es and "ROAS" in es


def test_a_tutorial_asked_for_is_no_mentoring_request() -> None:
    # 139 A de_nl note-41 (round 154): "Heb je een goede tutorial?" answered "Ja, ik doe ook één-op-één mentoring"
    nl = sample_draft("Hallo Camille, ik las je artikel over Google Analytics 4, maar ik snap nog steeds niet goed hoe je "
                      "conversies instelt. Heb je misschien een goede tutorial? Groetjes Sara",
                      headline="Webshop eigenaar | Sara's Keramiek", name="Sara Peeters")
    assert "mentoring" not in nl and "handleiding" in nl
    en = sample_draft("Hi Camille, I read your article on Google Analytics 4 but I still don't get how to set up conversions. "
                      "Do you have a good tutorial?", name="Kate Hill")
    assert "mentoring" not in en and "guide" in en
    fr = sample_draft("Bonjour Camille, j'ai lu votre article sur GA4 mais je ne comprends toujours pas comment configurer les "
                      "conversions. Auriez-vous un bon tutoriel ?", name="Claire Petit")
    assert "mentorat" not in fr and "guide" in fr
