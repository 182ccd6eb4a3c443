"""Wave 160, our mends after reading every changed regression draft: the beginner's free social resources only for a
beginner's social question (never a social media manager's content strategy, never "SEO or paid social?"); French offered
first only to a Franco-X body (a chamber, an association), never because clients or an article's topic are Franco-X; the
German France tip short enough to keep a job seeker's experience line."""

from __future__ import annotations

from drafting import sample_draft


def test_content_strategy_resources_for_a_social_media_manager_keep_the_content_course() -> None:
    it = sample_draft("Ciao Camille, faccio la social media manager da qualche mese e devo impostare una strategia di contenuti per "
                      "un'azienda B2B. Mi consigli qualche risorsa? Grazie, Giulia", name="Giulia Ferri")
    assert "Meta Blueprint" not in it and "Instagram for Business" not in it, it
    en = sample_draft("hi camille, 2nd year marketing student, torn between specialising in SEO or paid social. any resources "
                      "you'd recommend? cheers", name="Liam Carter")
    assert "Both are good paths" in en and "Meta's Blueprint" not in en, en


def test_a_beginner_on_social_media_still_gets_the_free_social_resources() -> None:
    es = sample_draft("Hola Camille, acabo de abrir una tienda online de velas y no sé por dónde empezar con las redes sociales. "
                      "¿Me recomiendas algún recurso para principiantes?", name="Lucía Ortega")
    assert "Blueprint" in es, es


def test_franco_x_clients_or_topic_do_not_make_the_sender_a_french_speaker() -> None:
    es = sample_draft("Hola Camille, soy consultora SEO en Valencia. Podríamos colaborar en proyectos para clientes "
                      "franco-españoles. ¿Hablamos?", name="Marta Gil")
    assert "en francés?" not in es and "en inglés?" in es, es
    de = sample_draft("Guten Tag Frau Laurent, ich schreibe für ein Fachmagazin einen Artikel über deutsch-französische "
                      "Agenturen und würde Sie gern 15 Minuten per Zoom interviewen. Viele Grüße, Jonas Weber", name="Jonas Weber")
    assert "Wäre Französisch" not in de and "Wäre Englisch" in de, de


def test_a_franco_x_chamber_is_offered_french() -> None:
    de = sample_draft("Sehr geehrte Frau Laurent, im Namen der Deutsch-Französischen Industrie- und Handelskammer möchte ich Sie "
                      "zu einem Vortrag über SEO für KMU im Juni einladen. Mit freundlichen Grüßen, Dr. Petra Lang", name="Petra Lang")
    assert "Wäre Französisch für Sie in Ordnung?" in de, de


def test_a_job_seekers_experience_is_kept_beside_the_france_tip() -> None:
    de = sample_draft("Guten Tag, ich suche eine neue Stelle im Online-Marketing (4 Jahre Erfahrung SEA/SEO, Deutsch/Französisch). "
                      "Kennen Sie offene Stellen in Lyon oder Agenturen, die suchen? Danke! Laura Beck",
                      headline="Online Marketing Managerin", name="Laura Beck")
    assert "Erfahrung mit SEA/SEO" in de and "Welcome to the Jungle" in de, de
