"""Wave 130, group K: courses or certificates asked by someone who learns or aims at SEO (told anywhere in the note) get
the SEO courses, never the generic "the course closest to the job you want: Google Ads, Meta Blueprint, content"."""

from __future__ import annotations

from drafting import sample_draft

_GENERIC = ("dichtst bij de baan", "plus proche du poste visé", "closest to the job you want", "más cercano al puesto")


def test_seo_student_asking_courses_in_dutch_gets_the_seo_courses() -> None:
    # 135 de_nl note-27: "wil me specialiseren in seo … welke cursussen of certificaten" answered with Google Ads/Meta Blueprint
    nl = sample_draft("hey camille! ik studeer marketing in gent en wil me specialiseren in seo. heb je tips welke cursussen "
                      "of certificaten echt de moeite waard zijn? alvast bedankt 😊", name="Wout Peeters")
    assert not any(g in nl for g in _GENERIC) and "Meta Blueprint" not in nl
    assert "SEO-certificering van HubSpot Academy" in nl and "Search Console" in nl


def test_seo_student_asking_courses_in_french_english_spanish_gets_the_seo_courses() -> None:
    # 135 de_nl note-27 (the same student in other languages, tu and you)
    fr = sample_draft("Salut Camille, je suis étudiante en marketing à Lyon et je veux me spécialiser en SEO. Tu aurais des "
                      "conseils sur les formations ou certifications qui valent vraiment le coup ?", name="Léa Roux")
    assert "plus proche du poste visé" not in fr and "la certification SEO de HubSpot Academy" in fr
    en = sample_draft("Hi Camille, I'm a marketing student in Leeds and want to specialise in SEO. Any tips on which courses "
                      "or certificates are really worth it?", name="Tom Hardy")
    assert "closest to the job" not in en and "HubSpot Academy's SEO certification" in en
    es = sample_draft("Hola Camille, estudio marketing en Madrid y quiero especializarme en SEO. ¿Qué cursos o "
                      "certificaciones merecen la pena de verdad?", name="Pablo Ruiz")
    assert "más cercano al puesto" not in es and "la certificación SEO de HubSpot Academy" in es


def test_career_changer_aiming_at_seo_web_writing_gets_the_seo_courses() -> None:
    # 135 fr_en note-12: "je vise un poste de rédactrice web SEO. Quelle formation ?" answered with Google Ads/Meta Blueprint
    fr = sample_draft("Bonjour Camille, je suis en reconversion (ancienne prof de français) et je vise un poste de rédactrice "
                      "web SEO. Quelle formation me conseilleriez-vous pour débuter ?",
                      headline="En reconversion - Rédaction web", name="Hélène Martin")
    assert "plus proche du poste visé" not in fr and "Meta Blueprint" not in fr
    assert "le guide de démarrage SEO de Google" in fr and "un vrai site à soi" in fr
    en = sample_draft("Hi Camille, I'm retraining (former English teacher) and aiming for an SEO copywriter job. Which course "
                      "would you recommend to start?", name="Sarah Jones")
    assert "closest to the job" not in en and "Google's SEO Starter Guide" in en


def test_content_role_career_changer_keeps_the_course_choice() -> None:
    # a neighbour that must not change: a content role aimed at, no SEO named, keeps the course closest to the job
    fr = sample_draft("Bonjour Camille, je suis en reconversion et je vise un poste de chargée de contenu. Quelle formation "
                      "me conseilleriez-vous pour débuter ?", name="Claire Dupont")
    assert "Je choisirais la formation la plus proche du poste visé" in fr
