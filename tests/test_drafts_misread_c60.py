"""Wave 60, group C: a job search in two fields is no either/or to weigh; "a gente" (pt: "we") never starts an event."""

from drafting import sample_draft

CHOICE_WORDS = ("Both are good paths", "Les deux voies", "Las dos son", "Sono due buone strade", "Beides sind gute Wege")


def _no_choice(text: str) -> None:
    assert not any(w in text for w in CHOICE_WORDS), text


def test_job_search_in_two_fields_gets_search_advice_en() -> None:
    text = sample_draft("Hi Camille, recent graduate in digital marketing (MSc, Grenoble) looking for a junior role or internship in SEO "
                        "or paid social in Lyon. Any advice or leads would mean a lot!",
                        headline="MSc Digital Marketing graduate | Open to work in SEO & paid social", name="Charlotte Stewart")
    _no_choice(text)
    assert "Welcome to the Jungle" in text and "lead" in text


def test_job_search_in_two_fields_other_languages() -> None:
    for note in ("Bonjour Camille, jeune diplômée, je cherche un stage ou un premier poste en SEO ou en social ads à Lyon. Des conseils ou des pistes ?",
                 "Hola Camille, acabo de terminar el máster y busco prácticas en SEO o publicidad en redes en Lyon. ¿Algún consejo o contacto?",
                 "Ciao Camille, neolaureata, cerco un tirocinio in SEO o social ads a Lione. Qualche consiglio o contatto?",
                 "Hallo Camille, ich habe mein Studium abgeschlossen und suche eine Stelle im SEO oder Paid Social in Lyon. Hast du Tipps?"):
        text = sample_draft(note, name="Charlotte Stewart")
        _no_choice(text)
        assert "Welcome to the Jungle" in text, text


def test_choice_weighed_by_a_job_seeker_still_answered() -> None:
    text = sample_draft("Hi Camille, I just graduated and can't decide between SEO or paid social for my first job. Any advice?")
    assert "Both are good paths" in text


def test_a_gente_is_no_event() -> None:
    text = sample_draft("oi camille, sou a Fernanda, a gente fez aquele workshop de Google Ads juntas em Lyon ano passado lembra?? "
                        "to morando aí agora kkk bora tomar um café", name="Fernanda Lima")
    assert "a gente fez" not in text and "conversa a gente" not in text
    assert "café" in text


def test_a_gente_variants() -> None:
    for note in ("Oi Camille! A gente fez um curso de SEO juntas ano passado, lembra? Bora tomar um café?",
                 "Olá Camille, a gente participou de um workshop de Google Ads em Lyon. Vamos tomar um café?"):
        text = sample_draft(note, name="Fernanda Lima")
        assert "a gente" not in text.lower(), text
