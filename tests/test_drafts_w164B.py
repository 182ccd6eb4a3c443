"""Wave 164 B: notes whose kind was misread get the answer they ask for.

* a job seeker asking for tips or contacts at agencies gets where to look for them, never "agency or in-house?";
* "which tool do you use to schedule posts? Buffer or Metricool?" judged a pitch gets her tool answer, never a declined offer;
* a peer proposing to swap client contacts both ways ("… e viceversa") is a referral swap, never a client given a French SEO plan;
* "I did your SEO course but how do I apply it to my product pages?" gets the shop SEO answer, never a course list;
* a question asked after "I attended your talk" is answered, her talk never read as a call asked for;
* "which tool for SEO audits?" gets her crawler answer (Screaming Frog, Sitebulb), never the keyword-research tools.
"""

from __future__ import annotations

from drafting import sample_draft


# --- a job seeker's tips or contacts at agencies ---------------------------------------------------------------------

def test_job_seeker_contacts_at_agencies_gets_where_to_look() -> None:
    d = sample_draft("Bonjour Camille, je suis à la recherche d'un poste de chargée de communication digitale sur Lyon. "
                     "Auriez-vous des conseils ou des contacts dans des agences ?",
                     headline="Chargée de communication digitale | Open to work", name="Émilie Lambert")
    assert "Les deux forment bien" not in d and "annonceur" not in d
    assert "agences" in d and "LinkedIn" in d
    d = sample_draft("Hola Camille, busco trabajo como community manager en Madrid. ¿Tienes algún consejo o contactos en agencias?")
    assert "Las dos forman bien" not in d and "agencias" in d and "LinkedIn" in d
    d = sample_draft("Hi Camille, I'm looking for a junior social media role in Lyon. Any tips or contacts at agencies?")
    assert "Both teach well" not in d and "agencies" in d and "LinkedIn" in d


def test_graduate_weighing_agency_still_gets_both_sides() -> None:
    d = sample_draft("Bonjour Camille, je viens d'obtenir mon master et je postule en agence ou chez l'annonceur. Des conseils ?",
                     headline="Junior marketing")
    assert "Les deux forment bien" in d


# --- a tool question judged a pitch -----------------------------------------------------------------------------------

def test_scheduling_tool_question_is_answered_never_declined() -> None:
    d = sample_draft("Olá Camille, qual ferramenta você usa pra agendar posts no LinkedIn e Instagram? Estou entre Buffer e Metricool. "
                     "Obrigada desde já", headline="Freelancer de Social Media", name="Larissa Nunes")
    assert "oferta" not in d and "não preciso" not in d
    assert "Buffer" in d and "agendar" in d
    d = sample_draft("Hi Camille, which tool do you use to schedule posts on LinkedIn and Instagram? I'm torn between Buffer and Later. "
                     "Thanks in advance")
    assert "offer" not in d and "Buffer" in d
    d = sample_draft("Ciao Camille, che strumento usi per programmare i post su Instagram? Sono indecisa tra Buffer e Metricool. Grazie")
    assert "offerta" not in d and "Buffer" in d


# --- a peer's referral swap --------------------------------------------------------------------------------------------

def test_contact_swap_both_ways_is_a_referral_swap() -> None:
    d = sample_draft("Ciao, sono consulente SEO a Bologna. Potremmo scambiarci contatti per clienti italiani che vogliono entrare "
                     "in Francia e viceversa. Che ne dici?", headline="Consulente SEO freelance", name="Davide Barbieri")
    assert "partirei da contenuti" not in d
    assert "a vicenda" in d
    d = sample_draft("Hi Camille, I'm an SEO consultant in Dublin. We could exchange contacts for Irish clients wanting to enter "
                     "France and vice versa. What do you think?")
    assert "I'd start with content and SEO" not in d and "each other" in d
    d = sample_draft("Hallo Camille, ich bin SEO-Berater in München. Wir könnten Kontakte austauschen: deutsche Kunden, die nach "
                     "Frankreich wollen, und umgekehrt. Was meinst du?")
    assert "gegenseitig" in d


def test_firm_entering_france_still_hears_where_she_would_start() -> None:
    d = sample_draft("Ciao Camille, sono il responsabile marketing di un marchio di scarpe di Verona e vogliamo entrare in Francia. "
                     "Da dove partiresti con la SEO?")
    assert "Francia" in d and "mercato" in d


# --- her course done, the product pages asked --------------------------------------------------------------------------

def test_course_done_product_pages_get_shop_seo() -> None:
    d = sample_draft("Hola! Tengo una tienda de ropa vintage en Shopify y no consigo vender. Hice tu curso gratuito de SEO pero no sé "
                     "cómo aplicarlo a las fichas de producto. ¿Me puedes dar algún consejo?", headline="Fundador @ RetroRopa",
                     name="Iván Serrano")
    assert "HubSpot Academy" not in d and "blog pequeño" not in d
    assert "fichas de producto" in d
    d = sample_draft("Ciao Camille, ho seguito il tuo corso SEO ma non so come applicarlo alle schede prodotto del mio negozio online. "
                     "Qualche consiglio?")
    assert "HubSpot" not in d and "schede prodotto" in d
    d = sample_draft("Hi Camille, I did your free SEO course but I'm not sure how to use it on my Shopify product pages. Any tips?")
    assert "Starter Guide" not in d and "product" in d


def test_seo_course_asked_still_gets_courses() -> None:
    d = sample_draft("Hola Camille, ¿qué curso de SEO me recomiendas para empezar? Gracias")
    assert "HubSpot" in d or "Skillshop" in d or "Semrush" in d


# --- a question after her talk -----------------------------------------------------------------------------------------

def test_question_after_her_talk_is_answered() -> None:
    d = sample_draft("Olá Camille, assisti à sua palestra no Web Summit e fiquei com uma dúvida: vale a pena investir em LinkedIn Ads "
                     "para uma startup B2B com orçamento pequeno? Obrigado!\nTiago", headline="Fundador da DataLoja", name="Tiago Almeida")
    assert "negócio" not in d and "orçamento e" not in d
    assert "LinkedIn Ads" in d and "orgânico" in d
    d = sample_draft("Hi Camille, I attended your talk at Web Summit and had a question: is it worth investing in LinkedIn Ads for a "
                     "B2B startup with a small budget? Thanks!")
    assert "your business and your budget" not in d and "organic" in d
    d = sample_draft("Hola Camille, estuve en tu charla en el South Summit y me quedó una duda: ¿vale la pena invertir en LinkedIn Ads "
                     "para una startup B2B con poco presupuesto?")
    assert "orgánico" in d


# --- the audit tool asked ----------------------------------------------------------------------------------------------

def test_audit_tool_question_gets_the_crawlers() -> None:
    d = sample_draft("Camille, ¿qué herramienta recomiendas para hacer auditorías SEO si tienes poco presupuesto? Vi tu post sobre "
                     "Screaming Frog vs Sitebulb y me quedé con la duda. Gracias!", headline="Community manager", name="Natalia Ortega")
    assert "Planificador" not in d and "AnswerThePublic" not in d
    assert "Sitebulb rastrea" in d
    d = sample_draft("Ciao Camille, che strumento consigli per fare un audit SEO con poco budget? Grazie")
    assert "Sitebulb" in d and "Screaming Frog" in d
    d = sample_draft("Hallo Camille, welches Tool empfiehlst du für SEO-Audits mit kleinem Budget? Danke")
    assert "Sitebulb" in d


def test_keyword_tool_question_keeps_keyword_tools() -> None:
    d = sample_draft("Camille, ¿qué herramienta recomiendas para buscar palabras clave si tienes poco presupuesto? Gracias!")
    assert "Sitebulb" not in d
