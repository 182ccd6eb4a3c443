"""Our mend after fix wave 133, from reading every changed regression draft: wave 133 d answered any minimum budget
named beside one's ads with the generic first-test figure, even in thanks that ask nothing and for TikTok or LinkedIn,
whose own answers are better; wave 133 b sent "Semrush or Ahrefs?" (a tool choice) to the SEO courses."""

from drafting import sample_draft


def test_thanks_for_a_newsletter_on_minimum_budgets_get_no_budget_answer():
    # r112 es_pt_it note-4 and r62 es_pt_it note-48: nothing asked
    es = sample_draft("Buenas Camille, leo tu newsletter cada semana desde hace meses. El ultimo numero sobre Meta Ads y el "
                      "presupuesto minimo por conjunto de anuncios me ahorró bastante dinero jaja. Gracias por compartir!")
    assert "300 a 600 €" not in es and "10 a 20 €" not in es
    it = sample_draft("Ciao Camille, leggo la tua newsletter ogni settimana, l'ultima sul budget minimo per Meta Ads mi è "
                      "stata utilissima. Grazie!")
    assert "300-600 €" not in it


def test_minimum_budgets_for_tiktok_and_linkedin_keep_their_own_answers():
    # r126 es_pt_it note-18 (TikTok) and r27 de_nl note-27 (LinkedIn)
    es = sample_draft("Buenas Camille, gracias por tu charla en el webinar de ayer sobre TikTok Ads. Me quedé con una duda: "
                      "¿qué presupuesto mínimo diario recomiendas para empezar a testear? Saludos")
    assert "grupo de anuncios" in es and "300 a 600 €" not in es
    nl = sample_draft("Hey Camille! Je post over LinkedIn Ads vs Meta Ads voor B2B was echt eye-opening. Vraagje: welk "
                      "minimumbudget zou jij aanraden om te testen bij LinkedIn? 🤔")
    assert "50 euro per dag" in nl and "300 tot 600 euro" not in nl


def test_semrush_or_ahrefs_is_a_tool_choice_not_a_course():
    # r63 es_pt_it note-19 and r80 es_pt_it note-30
    es = sample_draft("Hola Camille, te sigo hace tiempo. Una pregunta rapida: ¿recomiendas Semrush o Ahrefs para alguien que "
                      "empieza en SEO? gracias!")
    assert "Search Console" in es and "HubSpot Academy" not in es
    pt = sample_draft("Oi Camille, qual ferramenta de SEO vc recomenda pra quem tá começando? Semrush ou Ahrefs? vlw")
    assert "HubSpot Academy" not in pt


def test_a_minimum_instagram_budget_asked_still_gets_the_figure():
    # wave 133 d's own case (141 es_pt_it note-35), which must not change
    pt = sample_draft("Olá Camille, quero começar com anúncios no Instagram para a minha loja. Qual seria o orçamento mínimo "
                      "razoável?")
    assert "€" in pt or "R$" in pt
