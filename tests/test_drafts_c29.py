"""Wave 29 (c29): an invitation to teach a module: her students named as the sender's, availability answered subject
to her calendar with the dates asked for (never a sales call about "your needs"), her languages said."""
from drafting import sample_draft


def test_module_es_students_availability_and_languages():
    d = sample_draft("Hola Camille, coordino un máster de comunicación en Sevilla y buscamos docentes externos para un "
                     "módulo de SEO de 15 horas. ¿Tendrías disponibilidad en primavera?")
    assert "tus alumnos" in d or "sus alumnos" in d
    assert "antes de confirmar" in d and "fechas" in d
    assert "20 minutos" not in d and "necesidades" not in d
    assert "inglés" in d


def test_module_it_students_calendar_and_languages():
    d = sample_draft("Buongiorno Camille, coordino un corso di laurea a Milano e cerchiamo docenti esterni per un modulo "
                     "di content marketing (12 ore). Sarebbe disponibile nel prossimo semestre?")
    assert "Suoi studenti" in d or "tuoi studenti" in d
    assert "prima di confermare" in d and "date" in d
    assert "20 minuti" not in d and "esigenze" not in d
    assert "inglese" in d


def test_module_pt_students_calendar_and_languages():
    d = sample_draft("Olá Camille, coordeno uma licenciatura em Coimbra e procuramos docentes convidados para um módulo "
                     "de marketing de conteúdo (10 horas) no segundo semestre. Teria disponibilidade?")
    assert "seus alunos" in d or "teus alunos" in d
    assert "antes de confirmar" in d and "datas" in d
    assert "20 minutos" not in d and "necessidades" not in d
    assert "inglês" in d


def test_module_en_calendar_not_a_sales_call():
    d = sample_draft("Hi Camille, I run a marketing degree at a business school in Dublin and we're looking for external "
                     "lecturers for a 10-hour SEO module next term. Would you be available?")
    assert "your students" in d
    assert "Before confirming" in d and "dates" in d
    assert "20-minute" not in d and "your needs" not in d


# a podcast invitation ("fancy coming on", "participar en un episodio", "langs te komen"): the show and topic named, a yes
# and the recording dates asked, never a needless 20-minute call
def test_podcast_en_coming_on_is_a_guest_invitation():
    d = sample_draft("Hey Camille, I host a podcast called Shopfront Stories about indie retail. Fancy coming on to chat "
                     "about SEO for small shops? We record online, about half an hour.")
    assert "20-minute" not in d
    assert "dates" in d
    assert "SEO for small shops" in d


def test_podcast_es_participar_is_a_guest_invitation():
    d = sample_draft("Hola Camille, tengo un podcast sobre emprendimiento, Café Digital. ¿Te gustaría participar en un "
                     "episodio para hablar de SEO local?")
    assert "20 minutos" not in d
    assert "fechas" in d and "SEO local" in d


def test_podcast_it_partecipare_is_a_guest_invitation():
    d = sample_draft("Ciao Camille, conduco il podcast Marketing Facile: ti andrebbe di partecipare a una puntata sui "
                     "social ads?")
    assert "20 minuti" not in d
    assert "date" in d and "Marketing Facile" in d


def test_podcast_nl_langskomen_is_a_guest_invitation():
    d = sample_draft("Hoi Camille, ik maak de podcast Online Ondernemen. Zin om een keer langs te komen om over "
                     "contentstrategie te praten?")
    assert "20 minuten" not in d
    assert "Online Ondernemen" in d or "contentstrategie" in d
