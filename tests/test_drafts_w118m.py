"""After wave 118: the Spanish job-search answer for a beginner opens "al empezar" (never the stiff "de junior"), and
the lead-in is still taken out for a sender who never says they are starting."""
from drafting import sample_draft


def test_a_fresh_graduate_gets_the_beginners_lead_in_spanish():
    text = sample_draft("Buenas Camille, busco empleo de community manager tras acabar un máster. ¿Algún consejo para "
                        "que mi candidatura destaque? Gracias")
    assert "Lo que mejor funciona al empezar:" in text, text
    assert "de junior" not in text, text


def test_the_beginners_lead_in_is_never_said_to_an_experienced_job_seeker():
    text = sample_draft("Hola Camille, llevo ocho años como responsable de marketing y me han despedido. Busco un nuevo "
                        "puesto en marketing digital. ¿Algún consejo para el LinkedIn?")
    assert "al empezar" not in text and "de junior" not in text, text


def test_a_job_sought_after_finishing_a_degree_is_a_beginners_in_spanish_and_italian():
    for note, lead in (
            ("Hola Camille, busco trabajo como community manager tras acabar un máster. ¿Algún consejo?", "Lo que mejor funciona al empezar:"),
            ("Ciao Camille, cerco un lavoro come social media manager dopo aver finito la laurea. Qualche consiglio?", "Da junior, ciò che funziona meglio:")):
        text = sample_draft(note)
        assert lead in text, (note, text)
