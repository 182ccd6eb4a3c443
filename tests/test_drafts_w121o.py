"""Wave 121, group O: a thank-you for a past mentoring session with news of a new job is congratulated, never read as a
mentoring request nor as a fellow alumna's hello."""

from __future__ import annotations

from drafting import sample_draft


def test_mentoring_thanks_and_new_job_congratulated_de() -> None:
    # 121 de_nl note-20
    de = sample_draft("Liebe Camille, vielen Dank nochmal für das Mentoring-Gespräch über die Uni-Alumni-Plattform letzten Monat! "
                      "Ich hab jetzt die Stelle als Junior Content Managerin bekommen 🎉 Wollte mich einfach vernetzen. Herzlich, Hannah",
                      headline="Junior Content Managerin @ Zalando", name="Hannah Zimmermann")
    assert "Glückwunsch" in de and "Mentoring-Gespräch" in de
    assert "Alumni" not in de and "Einzelmentoring" not in de


def test_mentoring_thanks_and_new_job_congratulated_nl() -> None:
    # 121 de_nl note-42
    nl = sample_draft("Dag Camille, merci nog voor je feedback op mijn portfolio tijdens de mentorsessie van de KU Leuven alumni! "
                      "Ik ben intussen aangenomen als junior SEO specialist 🎉 Graag blijf ik in contact. Groetjes, Elise",
                      headline="Junior SEO Specialist @ Colruyt Group", name="Elise Maes")
    assert "Gefeliciteerd" in nl and "mentorgesprek" in nl
    assert "alumni" not in nl and "mentoring" not in nl


def test_mentoring_thanks_and_new_job_in_other_languages() -> None:
    en = sample_draft("Hi Camille, thanks again for the mentoring call through the alumni network last month! "
                      "I got the job as junior SEO specialist 🎉 Just wanted to connect.", name="Emma Stone")
    assert "Congrat" in en and "mentoring session" in en and "alumni" not in en.lower()
    it = sample_draft("Ciao Camille, grazie ancora per la sessione di mentoring con gli alumni! Nel frattempo sono stata assunta "
                      "come junior social media manager 🎉", name="Giulia Romano")
    assert "mentoring" in it and "alumni" not in it.lower()


def test_mentoring_still_asked_is_a_request() -> None:
    # no job landed, a question: still a mentoring request
    de = sample_draft("Hallo Camille, danke für deine Beiträge! Bietest du auch Mentoring an?", name="Lena Schmidt")
    assert "Mentoring-Gespräch" not in de


def test_thesis_questions_by_mail_after_a_professor_referral_it() -> None:
    # 121 es_pt_it note-64: "del corso di Marketing Digitale" is where the referrer teaches, never a course asked for;
    # "prof." kept before the surname
    it = sample_draft("Ciao Camille, il prof. Martini del corso di Marketing Digitale allo IULM mi ha consigliato di scriverti per "
                      "la mia tesi sulla SEO per le PMI. Potrei farti qualche domanda via mail?", name="Sofia Marchetti")
    assert "grazie al prof. Martini" in it and "domande" in it
    assert "corso" not in it and "grazie a Martini" not in it


def test_titled_referrer_in_italian_formal_and_other_language() -> None:
    it = sample_draft("Buongiorno dott.ssa Laurent, la professoressa Bianchi mi ha suggerito di contattarLa per la mia tesi. "
                      "Potrei farLe qualche domanda?", name="Marco Ferri")
    assert "la prof.ssa Bianchi" in it
    fr = sample_draft("Bonjour Camille, mon prof du cours de SEO, M. Durand, m'a conseillé de vous écrire pour mon mémoire. "
                      "Puis-je vous poser quelques questions par mail ?", name="Léa Martin")
    assert "formation" not in fr and "questions" in fr
