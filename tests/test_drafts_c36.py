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
             ("Wir haben zusammen den Kurs zu Social Media gemacht, schön dich hier zu sehen", "de", "dem Kurs zu Social Media"),
             ("Fizemos juntos o curso de Analytics em Lisboa, que bom ver-te aqui", "pt", "do curso de Analytics em Lisboa")]
    for note, lang, part in cases:
        line, ask = classmate_lines(note, lang, informal=True, course_only=True)
        assert part in line and not ask, (note, line)
        assert classmate_lines(note, lang, informal=True) == ("", "")


def test_brazilian_classmate_draft():
    text = sample_draft("Oi Camille, fizemos juntas o curso de Tráfego Pago em São Paulo! Que bom te encontrar por aqui", name="Júlia Souza")
    assert "curso de Tráfego Pago" in text, text
    assert "contacto" not in text and "estás" not in text, text


def test_recruiter_asking_about_her_too_gets_her_answer():
    cases = [("Hi Camille, I'm a recruiter at Michael Page and I'm hiring a Head of SEO for a scale-up in Berlin. Would you be interested, or do you know someone?", "not looking for"),
             ("Hola Camille, busco una Content Manager para una agencia en Madrid. ¿Te interesaría o conoces a alguien?", "no busco"),
             ("Hallo Camille, wir suchen eine Performance-Marketing-Leitung in Hamburg. Wären Sie offen dafür oder kennen Sie jemanden?", "keine Stelle")]
    for note, part in cases:
        text = sample_draft(note, "Talent Acquisition")
        assert part in text, (note, text)
    text = sample_draft("Hi Camille, we're hiring a Content Lead in Paris. Do you know anyone who might be interested?", "Recruiter")
    assert "not looking for a new role" not in text, text


def test_portuguese_referrer_by_pela_pelo():
    from invitriage.drafts.notefacts import extract
    for note, name in (("Olá Camille, fui indicada pela Beatriz Nunes. Tenho uma loja de roupa online", "Beatriz Nunes"),
                       ("Oi Camille, fui recomendado pelo Carlos Mendes, preciso de ajuda com anúncios", "Carlos Mendes"),
                       ("Bom dia, venho por recomendação da Inês Duarte", "Inês Duarte")):
        assert extract(note, "pt", "sales_pitch").referrer == name, note
