"""Wave 30, branch b30: questions on the owner's own training offer ("do you still run the course?", "do you run
trainings in Belgium?", "do your courses run in English?") answered from her settings."""

from __future__ import annotations

from drafting import sample_draft


def test_whether_she_runs_trainings_is_answered_with_her_offer() -> None:
    notes = {
        "Hola Camille, te escribo porque una amiga me habló muy bien de ti. ¿Sigues impartiendo talleres de SEO? Tengo una tienda de cerámica en Valencia. Un abrazo, Nuria": ("en línea", "francés o en inglés"),
        "Ciao Camille, ho un piccolo agriturismo in Umbria. Tieni ancora il corso sui social ads per piccole imprese? Grazie, Marco": ("online", "francese o in inglese"),
        "Olá Camille, tenho uma pequena loja de roupa no Porto. Ainda dá formações de SEO para empreendedores? Obrigada, Sofia": ("online", "francês ou inglês"),
        "Hallo Camille, ich habe ein kleines Café in Lausanne. Gibst du noch Kurse zu Social Ads? Viele Grüße, Mia": ("online", "Französisch oder Englisch"),
        "Hoi Camille, ik heb een kleine webwinkel in Antwerpen. Geef je nog trainingen over SEO? Groetjes, Eva": ("online", "Frans of het Engels"),
        "Bonjour Camille, je tiens une librairie à Liège. Organisez-vous des formations en Belgique ? Merci, Hélène": ("Belgique", "à distance"),
    }
    for note, wanted in notes.items():
        text = sample_draft(note)
        for w in wanted:
            assert w in text, (note, text)
        assert "20 min" not in text and "proposta su misura" not in text and "propuesta a medida" not in text, (note, text)


def test_a_question_asked_right_after_may_i_ask_is_answered() -> None:
    notes = [
        "¡Hola Camille! Nos conocimos en un evento en Lyon. Quería preguntarte: ¿todavía das el curso de SEO para emprendedores?",
        "Ciao Camille! Ci siamo conosciute a un evento a Milano. Volevo chiederti: fai ancora il corso di social ads?",
    ]
    for note in notes:
        text = sample_draft(note)
        assert "preguntas" not in text and "domande" not in text, (note, text)
        assert "SEO" in text and "Meta" in text, (note, text)


def test_a_question_about_her_courses_is_no_attendance() -> None:
    notes = {
        "Hello Camille, do your SEO workshops also run in English? Half of our staff in Zurich don't speak French. Best, Anna": "attending",
        "Hi Camille, quick one – does your content strategy training run in English too? Our team in Brussels is international. Thanks, Sam": "attending",
    }
    for note, wrong in notes.items():
        text = sample_draft(note)
        assert wrong not in text, (note, text)
        assert "English" in text, (note, text)
