"""Wave 35 (E): questions and details in the note — a quarter asked about is answered, hours a week never re-asked."""

from __future__ import annotations

from drafting import sample_draft


def test_quarter_asked_for_the_work_is_answered_and_the_call_stays_next_week() -> None:
    cases = [
        ("Hello Camille, I run marketing at a small fintech and we need someone to review our Google Ads setup. "
         "Would you have capacity in Q2? Thanks, Tom", "Q2", "next week"),
        ("Bonjour Camille, nous cherchons une consultante pour revoir notre stratégie de contenu. "
         "Auriez-vous des disponibilités au T3 ?", "troisième trimestre", "semaine prochaine"),
        ("Guten Tag Frau Laurent, wir planen einen Relaunch und suchen Unterstützung bei SEO. Hätten Sie im 2. Quartal Zeit dafür?",
         "2. Quartal", "nächste Woche"),
        ("Hola Camille, buscamos una consultora para nuestras campañas en redes sociales. ¿Tendrías hueco en el primer trimestre?",
         "primer trimestre", "semana"),
        ("Ciao Camille, cerchiamo una consulente SEO per il nostro e-commerce. Saresti disponibile nel secondo trimestre?",
         "secondo trimestre", "settimana"),
        ("Hoi Camille, wij zoeken iemand voor een audit van onze social ads. Heb je in Q4 ruimte?", "vierde kwartaal", "volgende week"),
    ]
    for note, quarter, week in cases:
        text = sample_draft(note)
        assert quarter in text, (note, text)
        assert week in text, (note, text)


def test_a_quarter_named_without_asking_her_time_adds_nothing() -> None:
    for note in ("Hi Camille, our Q1 numbers on Instagram were disappointing. Could we have a chat about it?",
                 "Hallo Camille, unser Umsatz im 1. Quartal war schwach. Können wir kurz sprechen?"):
        text = sample_draft(note)
        assert "should be possible" not in text and "machbar" not in text, (note, text)


def test_hours_a_week_given_are_never_asked_as_days() -> None:
    cases = [
        ("Hoi Camille, voor een klant zoek ik een freelance contentstrateeg, 24 uur per week, voor 4 maanden. Interesse?", "dagen per week"),
        ("Hello Camille, I'm a recruiter looking for a freelance SEO consultant for a 3-month assignment, 20 hrs/week. Open to it?",
         "days per week"),
        ("Bonjour Camille, je recrute un freelance SEO pour une mission de 6 mois à 28h/semaine. Seriez-vous intéressée ?",
         "rythme"),
    ]
    for note, asked in cases:
        text = sample_draft(note)
        assert asked not in text, (note, text)


def test_her_talk_heard_at_an_event_is_thanked_as_her_talk_never_as_a_conversation() -> None:
    cases = [
        ("Olá Camille! Estive no Social Media Week em São Paulo, você falou sobre anúncios no Instagram. Foi incrível!",
         "minha palestra", "conversa"),
        ("Hallo Camille, ich war auf dem Digital Marketing Day in Köln, du hast über Content-Strategie gesprochen. Sehr inspirierend!",
         "Vortrag", "Gespräch"),
        ("Hola Camille, estuve en el Congreso de Marketing de Bilbao, hablaste de SEO local. ¡Muy útil!", "charla", "conversación"),
        ("Hoi Camille, ik was op de Marketing Dag in Gent, je sprak over contentstrategie. Heel interessant!", "lezing", "gesprek"),
    ]
    for note, talk, chat in cases:
        text = sample_draft(note)
        assert talk in text and chat not in text, (note, text)
