"""Wave 36, helper C: details the note gives (a classmate's shared course, a Brazilian writer's own forms)."""
from drafting import sample_draft

from invitriage.drafts.notefacts import pt_variant
from invitriage.drafts.told import classmate_lines


def test_brazilian_clitic_before_infinitive():
    for note in ("Que bom te encontrar aqui, Camille!", "Foi ótimo te conhecer na feira de Lyon", "Adorei te ver no evento de ontem"):
        assert pt_variant(note) == "pt-BR", note
    assert pt_variant("Que bom encontrar-te aqui! Tens um minuto?") == "pt"


def test_classmate_course_named_without_collaboration():
    cases = [("On a fait ensemble le cours de SEO avancé chez OpenClassrooms !", "fr", "du cours de SEO avancé"),
             ("Hicimos juntas el curso de Google Ads en Madrid, qué ilusión verte aquí", "es", "del curso de Google Ads en Madrid"),
             ("Wir haben zusammen den Kurs zu Social Media gemacht, schön dich hier zu sehen", "de", "an den Kurs zu Social Media!"),
             ("Fizemos juntos o curso de Analytics em Lisboa, que bom ver-te aqui", "pt", "do curso de Analytics em Lisboa")]
    for note, lang, part in cases:
        line, ask = classmate_lines(note, lang, informal=True, course_only=True)
        assert part in line and not ask, (note, line)
        assert classmate_lines(note, lang, informal=True) == ("", "")


def test_brazilian_classmate_draft():
    text = sample_draft("Oi Camille, fizemos juntas o curso de Tráfego Pago em São Paulo! Que bom te encontrar por aqui", name="Júlia Souza")
    assert "curso de Tráfego Pago" in text, text
    assert "contacto" not in text and "estás" not in text, text
