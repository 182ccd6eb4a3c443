"""Wave 142 mends, found by reading the regression diff after the merge: "do you work with Spanish/Italian companies?"
keeps its answer about foreign companies in France (only a question that names the service is answered by the help
line); a café weighing ads against posting, or a bakery asking the minimum spend, keeps its own answer, never the
local-ads recipe."""

from __future__ import annotations

from drafting import sample_draft


def test_companies_from_abroad_asked_keep_their_answer() -> None:
    # 142 mend, r33 es_pt_it note-18 / note-64: "¿Trabajas con empresas españolas?" lost "las empresas extranjeras … mis clientes"
    es = sample_draft("Hola Camille, soy CMO de una startup fintech en Madrid. Buscamos una consultora externa para auditar nuestro "
                      "SEO antes de entrar en Francia. ¿Trabajas con empresas españolas?", headline="CMO @ Pagafácil")
    assert "empresas extranjeras" in es
    it = sample_draft("Ciao Camille, sono CMO di una startup fintech a Milano. Stiamo per entrare nel mercato francese e cerchiamo "
                      "una consulente SEO. Lavori anche con aziende italiane?", headline="CMO @ PagoFacile")
    assert "aziende straniere" in it
    # (the service asked in the question is answered once: no "Yes, I work with clients in France" after it)
    en = sample_draft("Hi Camille, Sarah Jenkins suggested I reach out. We run an online tea shop based in Bristol and are looking "
                      "to expand into France. Do you help UK brands with French SEO and social ads?")
    assert "I work with clients in France" not in en


def test_posting_weighed_or_a_minimum_spend_keep_their_answers() -> None:
    # 142 mend, r105 fr_en note-41: "worth paying for instagram ads or should i just post regularly?" → the local-ads recipe
    en = sample_draft("hi, i have a small coffee shop in Bristol, is it worth paying for instagram ads or should i just post "
                      "regularly? cheers", headline="Owner at Bean There Coffee")
    assert "Reels first" in en and "within a few km" not in en
    # r37 de_nl note-39: "hoeveel budget minimaal … 5 euro per dag, is dat genoeg??" → the local-ads recipe
    nl = sample_draft("hoi camille, snelle vraag: hoeveel budget moet ik minimaal hebben om met facebook ads te beginnen voor "
                      "mijn bakkerij? ik denk aan 5 euro per dag, is dat genoeg?? thnx! Ilse", headline="Eigenaar | Bakkerij Ilse")
    assert "kilometer" not in nl and "per dag" in nl
    # (a bakery asking whether ads are worth it still gets the local recipe)
    bakery = sample_draft("Hi Camille, I attended your Facebook Ads workshop in October - thanks again! Quick question: is it worth "
                          "running ads with a budget of just 300€/month for a small bakery?")
    assert "within a few km" in bakery


def test_a_product_demo_for_her_clients_is_a_pitch_declined() -> None:
    # 143 mend, r133 es_pt_it note-20/42/64: a platform's demo "útil para sus clientes" → "tendré en cuenta su trabajo"
    es = sample_draft("Buenas tardes. Represento una plataforma de automatización de email marketing, creo que le puede ser útil "
                      "para sus clientes. ¿Le envío una demo?", headline="Sales Executive en MailPro")
    assert "en cuenta" not in es and "no lo necesito" in es
    # (a photographer's work for her clients is still kept in mind)
    nl = sample_draft("Hoi Camille, ik ben fotograaf en maak productfoto's voor webshops. Misschien interessant voor jouw klanten? "
                      "Kijk gerust op www.studiofloor.nl 📸 Groetjes Floor", headline="Productfotograaf | Studio Floor")
    assert "in gedachten" in nl


def test_pmax_answer_reads_naturally_for_a_small_or_mid_catalogue() -> None:
    # 143 mend: "bei einem Sortiment, klein oder ein paar hundert Produkte, mit Standard-Shopping" (wave 143 L's wording)
    de = sample_draft("Hallo Camille, Performance Max oder Standard-Shopping für 200 Produkte? Danke, Jonas")
    assert "kleinen Sortiment oder ein paar hundert Produkten" in de
