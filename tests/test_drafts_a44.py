"""Wave 44, group A (reading the note): an internship asked together with tips gets the tips and one clear no-interns
line (the meetup tip unambiguous); a freelance role on site or hybrid in another city gets her interest, where she is
based and remote work asked; a company seeking freelancers offers her work; a recruiter asking for students who might
apply is passed on to her network; a manager stating a business need is a prospect; a teacher's class is the audience."""

from __future__ import annotations

import pytest

from drafting import sample_draft

INTERN_TIPS = [  # (note, the no-interns line, a word of the tips)
    ("Buenas Camille, estudio publicidad en Granada y busco prácticas en Francia para julio. ¿Habría alguna posibilidad contigo o algún consejo?",
     "no tengo plazas de prácticas", "Welcome to the Jungle"),
    ("Ciao Camille, frequento un master a Padova e cerco un tirocinio in Francia in autunno. Avresti una possibilità o qualche consiglio?",
     "non ospito tirocinanti", "Welcome to the Jungle"),
    ("Olá Camille, faço faculdade de marketing em Recife e procuro estágio na França. Você teria uma vaga ou alguma dica pra mim?",
     "não recebo estagiários", "Welcome to the Jungle"),
    ("Hallo Camille, ich studiere BWL in Mainz und suche ein Praktikum in Frankreich. Gäbe es bei dir eine Möglichkeit oder hast du einen Tipp?",
     "keine Praktikanten", "Welcome to the Jungle"),
    ("Hi Camille, I'm studying marketing in Dublin and I'm after an internship in France next summer. Any chance with you, or any tips?",
     "don't take interns", "Welcome to the Jungle"),
]


@pytest.mark.parametrize("note,no,tip", INTERN_TIPS)
def test_internship_and_tips_get_both_the_tips_and_a_clear_no(note: str, no: str, tip: str) -> None:
    text = sample_draft(note, "Student")
    assert no in text, text
    assert tip in text, text
    assert not any(w in text for w in ("ir pronto", "andare presto", "meetups early", "früh zu Meetups", "ir cedo", "ir logo"))


FAR_ROLES = [  # (note, words of where she is and remote asked)
    ("Hoi Camille, ik ben recruiter en zoek een freelance contentmarketeer, 2 dagen per week, hybride Utrecht. Iets voor jou?", "Ik woon wel in Lyon"),
    ("Hola Camille, soy recruiter y busco una consultora SEO freelance, híbrido en Bilbao, tres días por semana. ¿Te encaja?", "vivo en Lyon"),
    ("Ciao Camille, sono recruiter: cerco una consulente social ads freelance, ibrido a Torino. Ti interesserebbe?", "vivo a Lione"),
    ("Hi Camille, recruiter here: a freelance SEO lead contract, hybrid in Manchester, 3 days a week. Interested?", "based in Lyon"),
]


@pytest.mark.parametrize("note,based", FAR_ROLES)
def test_far_hybrid_freelance_role_says_where_she_is_and_asks_remote(note: str, based: str) -> None:
    text = sample_draft(note, "Recruiter")
    assert based in text, text


def test_hybrid_role_in_her_own_city_asks_nothing_about_remote() -> None:
    text = sample_draft("Hi Camille, recruiter here: a freelance SEO lead contract, hybrid in Lyon, 3 days a week. Interested?", "Recruiter")
    assert "based in" not in text


FREELANCE_WORK = [  # (note, words of interest, words never said)
    ("Bonjour Camille, notre agence de communication recherche des freelances social ads pour une mission de trois mois. Intéressée ?",
     "m'intéresser", ("dites-moi où vous en êtes", "Pour une boutique")),
    ("Hi Camille, our studio is looking for freelancers to run paid social for two retail clients this winter. Keen?",
     "could well interest me", ("your needs", "your social ads!")),
]


@pytest.mark.parametrize("note,interest,never", FREELANCE_WORK)
def test_company_seeking_freelancers_offers_her_work(note: str, interest: str, never: tuple[str, ...]) -> None:
    text = sample_draft(note, "Agency director")
    assert interest in text, text
    assert not any(w in text for w in never), text


STUDENTS = [  # (note, words of the relay)
    ("Bonjour Camille, je recrute pour une enseigne de mode et nous lançons des stages en e-commerce. Peut-être avez-vous des étudiants qui pourraient postuler ?",
     "lien de l'annonce"),
    ("Hola Camille, trabajo en selección de personal y abrimos prácticas de marketing online. ¿Tienes estudiantes que puedan estar interesados?",
     "enlace de la oferta"),
    ("Hoi Camille, ik werk bij HR en we hebben stageplaatsen in e-commerce. Heb je studenten die misschien willen solliciteren?", "link naar de vacature"),
    ("Hallo Camille, ich arbeite im Recruiting und wir haben Praktikumsstellen im E-Commerce. Hast du Studierende, die sich bewerben möchten?",
     "Link zur Anzeige"),
]


@pytest.mark.parametrize("note,relay", STUDENTS)
def test_recruiter_asking_for_students_is_passed_on(note: str, relay: str) -> None:
    text = sample_draft(note, "HR")
    assert relay in text, text
    assert not any(w in text for w in ("CV", "becarios", "stagiaires", "Praktikanten", "ánimo con la búsqueda"))


MANAGERS = [  # (note, the need named)
    ("Hola Camille, soy gerente de una red de clínicas dentales en Murcia. Necesitamos mejorar nuestro posicionamiento en Google. ¿Podemos hablar?", "SEO"),
    ("Gentile Dott.ssa Laurent, come responsabile marketing di una catena di profumerie sto cercando competenze in SEO per il mercato francese. Mi farebbe piacere conoscerLa.",
     "SEO per il mercato francese"),
]


@pytest.mark.parametrize("note,need", MANAGERS)
def test_manager_stating_a_need_is_a_prospect(note: str, need: str) -> None:
    text = sample_draft(note, "Marketing Manager")
    assert need in text, text
    assert "conversazione in" not in text and "¡Claro que sí!" not in text


CLASSES = [  # (note, words never asked)
    ("Hola Camille, doy clase de marketing en una escuela de Vigo. ¿Te gustaría ser ponente en nuestra semana profesional para nuestra clase?", "público"),
    ("Hallo Camille, ich bin Lehrer. Möchtest du als Referentin in unserer Aktionswoche vor unserer Klasse sprechen?", "Publikum"),
]


@pytest.mark.parametrize("note,never", CLASSES)
def test_teachers_class_is_the_audience_stated(note: str, never: str) -> None:
    text = sample_draft(note, "Teacher")
    assert never not in text, text
