"""Wave 112, group A: direct questions answered (her costs asked by the noun, ...)."""

from __future__ import annotations

from drafting import sample_draft


def test_costs_asked_by_the_noun_get_her_audit_range() -> None:
    # 111 es_pt_it note-49: "Che costi hai più o meno?" answered with a call only
    it = sample_draft("Buongiorno Camille, ho un e-commerce di vini e vorrei migliorare la SEO. Fai consulenze per piccoli shop? "
                      "Che costi hai piu o meno?", headline="Titolare di Enoteca Online Rossi", name="Paolo Rossi")
    assert "800" in it and "5.000" in it
    assert "Sì, seguo" in it
    es = sample_draft("Buenos días Camille, tengo un e-commerce de vinos y quiero mejorar el SEO. ¿Haces consultorías para tiendas pequeñas? "
                      "¿Qué costes tienes más o menos?", headline="Dueño de Vinoteca Online", name="Pablo Ruiz")
    assert "800" in es
    other = sample_draft("Ciao Camille, ho un negozio online di ceramiche e mi servirebbe una mano con Google Ads. Quali sono i tuoi costi?",
                         headline="Titolare", name="Luca Bianchi")
    assert "tariffe" in other or "prezzo" in other


def test_attribution_model_asked_gets_the_model_she_keeps() -> None:
    # 112 es_pt_it note-39: "data-driven ou último clique?" answered with "Te conto por aqui como eu faço" and nothing
    br = sample_draft("Oi Camille, vi seu post sobre atribuição no GA4 e fiquei com uma dúvida: você usa modelo data-driven ou último clique "
                      "pra clientes pequenos? Valeu!", headline="Analista de Performance na Hotmart", name="Bruno Cardoso")
    assert "Te conto por aqui" not in br
    assert "data-driven" in br and "último clique" in br
    de = sample_draft("Hallo Camille, nutzt du bei kleinen Kunden das datengetriebene Modell oder Last Click?",
                      headline="Online Marketing Manager", name="Jonas Weber")
    assert "datengetriebenen Modell" in de and "Budget" not in de
    en = sample_draft("Hi Camille, quick question from a fellow marketer: is data-driven attribution reliable under 50 conversions a month?",
                      headline="Performance Marketing Lead", name="Tom Baker")
    assert "last click" in en and "I'll write back" not in en


def test_attribution_with_a_tool_named_gets_the_attribution_answer_not_her_tool_list() -> None:
    # 112 es_pt_it note-61: "per attribuire le conversioni al blog usi GA4 o altri strumenti?" answered with Canva and ChatGPT
    it = sample_draft("Ciao Camille! Ho letto il tuo post sulla misurazione del ROI dei contenuti. Domanda veloce: per attribuire le conversioni "
                      "al blog usi GA4 o altri strumenti? Grazie!", headline="Content Manager presso Satispay", name="Elisa Marchetti")
    assert "Canva" not in it and "ChatGPT" not in it
    assert "UTM" in it
    es = sample_draft("Hola Camille, una duda: para atribuir las ventas a cada campaña, ¿usas GA4 u otras herramientas?",
                      headline="Content Manager", name="Lucía Gómez")
    assert "Canva" not in es and "UTM" in es


def test_lost_on_instagram_gets_the_instagram_answer() -> None:
    # 112 es_pt_it note-64: "su Instagram sono persa. Qualche consiglio per partire senza budget?" got generic launch advice
    it = sample_draft("Ciaoo Camille, il tuo corso sulla content strategy è stato fantastico 😍 ho appena aperto il mio brand di candele "
                      "artigianali e su Instagram sono persa. Qualche consiglio per partire senza budget?", headline="Founder di Fiamma Candele",
                      name="Sara Villa")
    assert "Instagram" in it.split("\n", 3)[3] and "reel" in it
    assert "lista email" not in it
    es = sample_draft("Hola Camille! Acabo de abrir mi marca de jabones artesanales y en Instagram estoy perdida. ¿Algún consejo para arrancar "
                      "sin presupuesto?", headline="Fundadora de Jabones Luna", name="Marta López")
    assert "reels" in es
    algo = sample_draft("oi camille, trabalho com social media faz 1 ano e to meio perdida com o algoritmo do instagram... vc tem algum curso ou "
                        "material q recomenda? vlw!! Larissa", name="Larissa Souza")
    assert "loja pequena" not in algo  # the algorithm asked: never the shop's reels answer


def test_how_to_get_into_seo_gets_where_to_start_not_the_france_job_tip() -> None:
    # 111 fr_en note-27: an Erasmus student in Lyon asking how to get into SEO got the job-search tip for France
    en = sample_draft("hey camille! im a marketing student from dublin doing erasmus in lyon this year. any tips on how to get into SEO? thx!!",
                      headline="Marketing student | Erasmus @ Université Lyon 3", name="Ciaran Walsh")
    assert "Welcome to the Jungle" not in en
    assert "SEO Starter Guide" in en
    es = sample_draft("Hola Camille, soy estudiante de marketing en Madrid. ¿Algún consejo para meterme en el SEO?", headline="Estudiante de Marketing",
                      name="Laura Díaz")
    assert "Search Console" in es
    tools = sample_draft("hi camille, im a junior marketer (1 yr exp) trying to get into SEO. what tools would u recommend to start with? free ones "
                         "ideally lol. thx", headline="Junior Marketing Assistant", name="Chloe Hall")
    assert "Screaming Frog" in tools and "Starter Guide" not in tools  # tools asked: the tools answer


def test_advice_wished_before_a_subjectless_question_names_its_field() -> None:
    # 112 fr_en note-27: "advice on breaking into SEO consulting. Which skills would you prioritise?" got the general skills
    en = sample_draft("Dear Ms Laurent,\nI am currently completing an MSc in Digital Marketing and would be very grateful for any advice on "
                      "breaking into SEO consulting. Which skills would you prioritise?\nKind regards,\nJames Carter",
                      headline="MSc Digital Marketing candidate, University of Leeds", name="James Carter")
    assert "keyword research" in en
    assert "each platform's own statistics" not in en
    fr = sample_draft("Bonjour Camille, je termine un master en marketing digital et j'aimerais beaucoup avoir vos conseils pour me lancer "
                      "dans le SEO. Quelles compétences prioriser ?", headline="Étudiante en master", name="Chloé Petit")
    assert "mots-clés" in fr


def test_looker_studio_against_ga4_gets_a_one_line_pick() -> None:
    # 111 es_pt_it note-56: "conviene usare Looker Studio o basta l'interfaccia di GA4?" deferred with "Ti riscrivo qui"
    it = sample_draft("Ciao Camille, ho visto il tuo post su GA4. Domanda veloce: conviene usare Looker Studio o basta l'interfaccia di GA4 "
                      "per un piccolo e-commerce?", headline="Web Analyst", name="Andrea Fontana")
    assert "Ti riscrivo" not in it and "Sono due ottimi strumenti" not in it
    assert "bastano i report di GA4" in it
    en = sample_draft("Hi Camille, for a small Shopify store, is GA4 enough or should I set up Looker Studio?", headline="Founder", name="Sam Lee")
    assert "GA4's own reports" in en and "I'll come back to you" not in en
    fr = sample_draft("Bonjour Camille, votre post sur les KPI des campagnes LinkedIn Ads m'a beaucoup parlé. Quel outil utilisez-vous pour le "
                      "reporting ? Looker Studio ?", name="Antoine Roux")
    assert "suffisent" not in fr  # Looker Studio named alone: her reporting answer, no pick between two


def test_linkedin_or_meta_for_b2b_on_a_small_budget_names_the_pick() -> None:
    # 112 de_nl note-38: "welke van de twee raad je aan voor b2b met een klein budget?" answered "daarna voor één platform betalen"
    nl = sample_draft("hoi camille, ik zag je post over LinkedIn ads vs meta ads, heel interessant! welke van de twee raad je aan voor b2b met "
                      "een klein budget?? groetjes tim", headline="ZZP'er | B2B copywriter", name="Tim Bos")
    assert "één platform" not in nl and "In B2B target" not in nl
    assert "kies ik LinkedIn" in nl
    en = sample_draft("Hi Camille, for a small B2B SaaS with a tight budget, would you go with LinkedIn Ads or Meta ads?", headline="Founder",
                      name="Ana Silva")
    assert "I'd pick LinkedIn" in en and "one platform only" not in en
