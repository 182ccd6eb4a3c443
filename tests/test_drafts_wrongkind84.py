"""Wave 84 group B: notes read as the wrong kind (a speaker sought for an event's "Days", sales agents sought, a reader of
her newsletter thanking her "for sharing")."""

from drafting import sample_draft


def test_speaker_sought_for_days_event_is_an_invitation_to_speak():
    de = sample_draft("Sehr geehrte Frau Laurent, für die Marketing Days Zürich (14. Mai) suchen wir noch eine Referentin zum Thema "
                      "Social Ads. Dürfen wir Ihnen die Details zusenden?\nMit freundlichen Grüßen\nDr. Claudia Meier, Programmleitung",
                      name="Claudia Meier")
    assert "Vortrag" in de and "Stelle" not in de
    it = sample_draft("Buongiorno Camille, per i Digital Days Milano (12 giugno) cerchiamo ancora una relatrice sul tema social ads. "
                      "Possiamo inviarLe i dettagli?\nCordiali saluti, Giulia Conti", name="Giulia Conti")
    assert "intervento" in it and "posizione" not in it
    nl = sample_draft("Hoi Camille, voor de Content Days Utrecht (5 juni) zoeken we nog een spreker over contentstrategie. "
                      "Mogen we je de details sturen? Groet, Sanne", name="Sanne Visser")
    assert "lezing" in nl and "functie" not in nl


def test_sales_agents_sought_is_a_job_declined_not_a_pitch():
    it = sample_draft("Salve, cerchiamo agenti di commercio per la vendita di impianti fotovoltaici in Piemonte e Lombardia. "
                      "Ottime provvigioni. Se interessata mi contatti. Roberto Galli", name="Roberto Galli")
    assert "posizione non fa per me" in it and "offerta" not in it
    de = sample_draft("Guten Tag, wir suchen Handelsvertreter für den Verkauf von Solaranlagen in Bayern. Top Provisionen. "
                      "Bei Interesse melden Sie sich. Stefan Huber", name="Stefan Huber")
    assert "Stelle passt daher nicht zu mir" in de
    es = sample_draft("Hola, buscamos agentes comerciales para la venta de seguros en Cataluña. Comisiones altas. Si te interesa, "
                      "escríbeme. Jordi", name="Jordi Puig")
    assert "puesto no encaja" in es


def test_reader_thanking_for_sharing_her_article_is_not_thanked_for_a_comment():
    es = sample_draft("Hola Camille, sigo tu newsletter desde hace meses y tu último artículo sobre contenido evergreen me ayudó "
                      "mucho con mi blog. Gracias por compartir!\nLucía", name="Lucía Herrera")
    assert "mi último artículo sobre contenido evergreen" in es
    assert "Tu publicación" not in es and "leyéndote" not in es
    es2 = sample_draft("Hola Camille, leo tu blog cada semana y tu post sobre SEO local me sirvió mucho para mi tienda online. "
                       "¡Gracias por compartir!", name="Lucía Herrera")
    assert "mi post sobre SEO local" in es2 and "Tu publicación" not in es2
    # the sender's own post shared by her: still a thank-you for sharing it
    own = sample_draft("Hola Camille, ¡gracias por compartir mi publicación sobre marca personal! Me hizo mucha ilusión.",
                       name="Lucía Herrera")
    assert "Tu publicación sobre marca personal" in own
