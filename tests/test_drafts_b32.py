"""Wave 32 (b32): a learner's "any tips?" gets one concrete tip, beside the internship answer or alone."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts.told import tip_subject

#: "Mein Tipp", "Mi consejo", "Mijn tip", ...: the owner's first step for a learner (her FAQ), in each language.
_TIP = ("My one tip", "Mon conseil pour démarrer", "Mi consejo para empezar", "Il mio consiglio per iniziare", "Mein Tipp für den Einstieg",
        "O meu conselho para começar", "Minha dica para começar", "Mijn tip om te beginnen")


def test_interns_and_tips_in_one_question_get_both() -> None:
    notes = [
        "Buenas Camille, estudio el máster de marketing en Sevilla y busco prácticas para verano. ¿Coges becarios o me darías algún consejo?",
        "Ciao Camille, sono studentessa di comunicazione a Bologna e cerco un tirocinio. Accetti tirocinanti oppure hai qualche consiglio?",
        "Oi Camille! Sou estudante de marketing na PUC e busco estágio. Você tem vaga para estagiário ou alguma dica pra quem tá começando?",
        "Hi Camille, I'm a marketing student in Leeds looking for a summer internship. Do you take interns, or have any advice?",
    ]
    for note in notes:
        text = sample_draft(note, name="Sam Rossi")
        assert any(t in text for t in _TIP), text


def test_tips_for_someone_starting_are_not_an_internship_ask() -> None:
    notes = [
        ("Hoi Camille, ik studeer marketing in Utrecht en wil graag de online kant op. Heb je tips voor iemand die net start?", "Student Marketing"),
        ("Hallo Camille, ich studiere BWL in Köln und will ins Online-Marketing. Hast du Tipps für jemanden, der gerade anfängt?", "Student BWL"),
        ("Ciao Camille, studio comunicazione e vorrei specializzarmi nel digitale. Hai consigli per qualcuno che sta iniziando?", "Studente"),
    ]
    for note, headline in notes:
        text = sample_draft(note, headline, name="Sam Rossi")
        assert any(t in text for t in _TIP), text
        for word in ("stage", "Praktikum", "Praktikant", "tirocin", "cv", "CV", "Lebenslauf"):
            assert word not in text, text


def test_tips_asked_for_are_never_thanked_for() -> None:
    assert tip_subject("Heb je tips voor iemand die net begint? Alvast bedankt!") == ""
    assert tip_subject("Thanks a lot! Do you have tips on local SEO for a beginner?") == ""
    assert tip_subject("Merci pour tes conseils sur les reels, tu as une idée pour TikTok ?") == "sur les reels"


def test_a_student_writing_madame_is_answered_by_first_name() -> None:
    notes = [("Bonjour Madame, étudiante en licence info-com à Lyon 2, je cherche un stage de deux mois cet été. Accueillez-vous des stagiaires ? Léa Moreau", "Léa Moreau", "Bonjour Léa,"),
             ("Bonjour Monsieur, je suis étudiant en école de commerce et je cherche une alternance en SEO. Auriez-vous une place ? Cordialement, Hugo Bernard", "Hugo Bernard", "Bonjour Hugo,")]
    for note, name, hello in notes:
        text = sample_draft(note, name=name)
        assert text.startswith(hello), text
        assert "vous" in text, text


def test_their_minutes_are_kept_and_not_echoed() -> None:
    notes = ["Bonjour Camille, ancienne commerciale, je me reconvertis dans le marketing de contenu. J'aimerais beaucoup votre avis sur mon CV si vous avez 15 min. Merci, Nadia",
             "Bonjour Camille, je passe du journalisme au SEO et j'aimerais votre regard sur mon projet si vous aviez 10 minutes. Bonne journée, Paul"]
    for note in notes:
        text = sample_draft(note, name="Nadia Roux")
        assert "si vous av" not in text, text
        assert "20 minutes" not in text, text


def test_teachers_and_owners_are_not_learners() -> None:
    text = sample_draft("Bonjour Madame, enseignante en BTS Communication à Villeurbanne, je souhaiterais vous inviter à parler de votre métier devant nos étudiants en mai. Cordialement, Mme Claire Dubois",
                        name="Claire Dubois")
    assert text.startswith("Bonjour Madame Dubois,"), text
    for note in ("Hallo Camille, ich habe eine kleine Bäckerei in Graz und bin Einsteigerin bei Instagram. Hast du Tipps für den Start?",
                 "Hoi Camille, ik heb een klein café in Gent en ben beginner met Google. Heb je tips om te starten?"):
        text = sample_draft(note, name="Sam Rossi")
        assert not any(t in text for t in _TIP), text
