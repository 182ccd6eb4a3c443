"""Wave 112, group B: what the sender wants (a prospect moving into France judged a seller or a recruiter, a marketing
director interested in her work judged a recruiter)."""

from __future__ import annotations

from drafting import sample_draft


def test_firm_moving_into_france_is_a_prospect_not_a_seller() -> None:
    # 112 es_pt_it note-36: "Agradeço … a apresentação da sua oferta. Neste momento não é uma necessidade"
    pt = sample_draft("Olá Camille, sou Head de Marketing num grupo de clínicas dentárias com expansão prevista para França. Gostava de "
                      "perceber como abordaria a aquisição digital num mercado novo. Cumprimentos, João Matos",
                      headline="Head of Marketing no Grupo Sorriso", name="João Matos")
    assert "oferta" not in pt and "não é uma necessidade" not in pt
    assert "França" in pt and "20 minutos" in pt
    # the same in German, judged a recruiter: no "the post is not for me"
    de = sample_draft("Hallo Camille, ich bin Head of Marketing einer Zahnklinik-Gruppe, die nach Frankreich expandieren will. Mich würde "
                      "interessieren, wie Sie die digitale Akquise in einem neuen Markt angehen würden.",
                      headline="Head of Marketing bei Smile Gruppe", name="Jan Weber")
    assert "Festanstellung" not in de and "Stelle" not in de
    assert "Frankreich" in de


def test_interest_in_her_work_is_no_job_offer() -> None:
    # 111 fr_en note-19: "je ne cherche pas de poste salarié … Bonne chance pour votre recherche !"
    fr = sample_draft("Bonjour Camille, Directeur marketing chez Decathlon Pro, je m'intéresse à vos travaux sur le content marketing B2B. "
                      "Échangeons !", headline="Directeur Marketing - Decathlon Pro", name="François Petit")
    assert "poste salarié" not in fr and "recherche" not in fr
    assert "échanger" in fr
    other = sample_draft("Bonjour Camille, responsable communication chez Leroy Merlin, je m'intéresse à vos travaux sur le SEO local. "
                         "Échangeons !", headline="Responsable communication - Leroy Merlin", name="Marc Dubois")
    assert "poste salarié" not in other
    assert "échanger sur le SEO" in other
    # a post offered stays a recruiter's note
    job = sample_draft("Bonjour Camille, DRH chez Decathlon, je m'intéresse à votre profil pour un poste de responsable marketing en CDI. "
                       "Échangeons !", headline="DRH - Decathlon", name="Julie Martin")
    assert "poste salarié" in job


def test_teaching_hours_asked_are_an_invitation_to_teach() -> None:
    # 112 fr_en note-15: "Pour les formations, dites-moi où vous en êtes, et je vous dirai lesquelles je choisirais"
    fr = sample_draft("Bonjour Camille, je suis responsable de la licence pro Communication digitale à l'Université Lyon 2. Seriez-vous "
                      "intéressée pour assurer quelques heures de cours l'an prochain ?\nCordialement, Bernard Chevalier",
                      headline="Maître de conférences – Université Lumière Lyon 2", name="Bernard Chevalier")
    assert "lesquelles je choisirais" not in fr and "où vous en êtes" not in fr
    assert "cours" in fr and "dates" in fr
    it = sample_draft("Buongiorno Camille, coordino il master in Digital Marketing all'Università di Bologna. Sarebbe interessata a tenere "
                      "alcune ore di lezione il prossimo anno?", headline="Docente – Università di Bologna", name="Paolo Ricci")
    assert "budget" not in it and "lezione" in it and "date" in it
    nl = sample_draft("Beste Camille, ik coördineer de master Digital Marketing aan de UvA. Zou u volgend jaar enkele uren les willen geven?",
                      headline="Docent – Universiteit van Amsterdam", name="Joost de Boer")
    assert "gastcollege" in nl and "data" in nl


def test_teacher_booking_a_workshop_for_students_is_no_learner() -> None:
    # 112 es_pt_it note-16: "Cuéntame qué te gustaría aprender"
    es = sample_draft("Hola Camille, soy profesora de marketing digital en una escuela de negocios en Sevilla. ¿Impartes formaciones para "
                      "empresas o escuelas? Nos interesaría un workshop de social ads para alumnos de máster.",
                      headline="Profesora en ESIC Sevilla", name="Rocío Delgado")
    assert "aprender" not in es and "también individuales" not in es
    assert "taller" in es and "fechas" in es
    pt = sample_draft("Olá Camille, sou professora de marketing numa escola de negócios em Lisboa. Gostaríamos de um workshop de anúncios "
                      "para alunos de mestrado.", headline="Professora – Nova SBE", name="Inês Costa")
    assert "workshop" in pt and "datas" in pt and "chamada de 20 minutos" not in pt
    # a student asking whether she runs workshops for students stays a learner
    student = sample_draft("Hola Camille, soy estudiante de máster. ¿Haces workshops para estudiantes?", headline="Estudiante de máster",
                           name="Pablo Gil")
    assert "Gracias por pensar en mí" not in student
