"""Wave 102, group W: students, interns and career changers."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts import career, quickq


# round 101 es_pt_it note-34: an intern asks which course to learn Google Ads from, and whether Camille has one of hers
INTERN_PT = ("Oi Camille, sou estagiária de marketing e queria saber qual curso você recomenda pra aprender Google Ads do zero. "
             "Tem algum seu? obg!!")


def test_current_intern_is_in_the_job_not_seeking():
    assert career.stage(INTERN_PT, "Estagiária de Marketing na Natura") == "employed"
    assert career.stage("Hi, I'm a marketing intern at Unilever. Which course would you recommend for SEO?") == "employed"
    assert career.stage("Hallo, ich bin Praktikantin im Marketing. Welchen Kurs empfiehlst du?") == "employed"
    # an internship sought, or a job sought after it, stays a search
    assert career.stage("je cherche un stage de 6 mois en SEO à Lyon") == "intern"
    assert career.stage("je suis stagiaire et je cherche un CDI en marketing") == "intern"
    assert career.stage("Sou estagiária de social media em SP e queria muito migrar pra tráfego pago. Certificação ou curso?") == "intern"


def test_intern_course_question_answered_for_the_work_not_a_job_search():
    text = sample_draft(INTERN_PT, "Estagiária de Marketing na Natura", "Beatriz Santos")
    assert "Skillshop" in text
    assert "recrutadores" not in text and "vaga desejada" not in text
    assert "Eu também dou treinamentos" in text  # "Tem algum seu?" answered


def test_own_course_asked_in_other_languages():
    es = sample_draft("Hola Camille, soy becaria de marketing en una agencia. ¿Qué curso me recomiendas para aprender Google Ads "
                          "desde cero? ¿Tienes alguno tuyo?", "", "Lucía Gómez")
    assert "Yo también doy formaciones" in es and "puesto que se busca" not in es
    fr = sample_draft("Bonjour Camille, je suis stagiaire en marketing chez L'Oréal. Quelle formation me conseillez-vous pour "
                          "apprendre Google Ads ? Vous en avez une à vous ?", "", "Julie Martin")
    assert "J'anime aussi des formations" in fr and "si cela vous intéresse" in fr


def test_own_trainings_line_only_when_hers_is_asked():
    assert quickq.own_trainings_line("en", "Which course would you recommend for Google Ads?", informal=True) == ""
    assert quickq.own_trainings_line("nl", "Welke cursus raad je aan voor SEO? Heb je er zelf een?", informal=True).startswith("Ik geef zelf ook")
    assert quickq.own_trainings_line("it", "Che corso mi consigli? Ne hai uno tuo?", informal=False).endswith("le racconto di più.")


# round 101 fr_en note-19: a lycéen weighs a business school against a BUT MMI
PUPIL_FR = ("Bonjour Madame, je suis lycéen en terminale et je veux faire une école de commerce pour travailler dans le marketing "
            "digital. Est-ce que c'est un bon choix ou vaut-il mieux un BUT MMI ? Merci d'avance\nYanis")


def test_pupil_weighing_studies_gets_the_choice_answered():
    text = sample_draft(PUPIL_FR, "Lycéen", "Yanis Brahimi")
    assert "Les deux peuvent mener au marketing digital" in text, text
    assert "reconvert" not in text and "autre métier" not in text, text


def test_pupil_weighing_studies_in_other_languages():
    de = sample_draft("Hallo Camille, ich mache gerade mein Abi und will ins Online-Marketing. Lieber ein Studium oder eine Ausbildung? Danke!",
                      "Schüler", "Jonas Weber")
    assert "Beide Wege können ins Online-Marketing führen" in de, de
    assert career.study_choice("es", "estoy en bachillerato y quiero dedicarme al marketing digital. ¿Mejor la universidad o un ciclo de FP?",
                               informal=True).startswith("Las dos opciones")
    # no pupil, or no studies weighed: no such answer
    assert career.study_choice("fr", "je suis en terminale, des conseils pour le marketing digital ?", informal=True) == ""
    assert career.study_choice("en", "Business school or a marketing degree, which is better for a career changer?", informal=True) == ""
