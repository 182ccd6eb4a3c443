"""Wave 78 C: job seekers. A graduate after "a junior role or internship" gets the junior job tip (never "while
studying" or only the convention de stage); a job search asking tips AND contacts gets the tips path and the CV offer."""

import pytest
from drafting import sample_draft

from invitriage.drafts import career
from invitriage.drafts.notefacts import extract

GRADUATES = [
    "Hi Camille, recent graduate in digital marketing (MSc, Grenoble) looking for a junior role or internship in SEO or paid social in Lyon. Any advice or leads would mean a lot!",
    "Bonjour Camille, jeune diplômée d'un master marketing digital, je cherche un poste junior ou un stage en SEO à Lyon. Des conseils ?",
    "Hola Camille, recién graduada en marketing, busco un empleo junior o prácticas en SEO en Lyon. ¿Algún consejo?",
    "Ciao Camille, neolaureata in marketing, cerco un lavoro junior o uno stage in SEO a Lione. Qualche consiglio?",
    "Olá Camille, recém-formada em marketing, procuro uma vaga júnior ou um estágio em SEO em Lyon. Alguma dica?",
    "Hoi Camille, net afgestudeerd in marketing, ik zoek een startersfunctie of stage in SEO in Lyon. Heb je tips?",
]


@pytest.mark.parametrize("note", GRADUATES)
def test_graduate_after_a_junior_role_gets_the_job_tip(note):
    assert career.stage(note) == "junior"
    text = sample_draft(note, name="Charlotte Stewart")
    assert "convention de stage" not in text
    assert "while studying" not in text and "durante la carrera" not in text and "tijdens je studie" not in text
    assert "Welcome to the Jungle" in text


def test_student_after_an_internship_keeps_the_internship_tip():
    note = "Hi Camille, I'm a student looking for an internship in SEO in Lyon. Any advice?"
    assert career.stage(note) == "intern"
    assert "convention de stage" in sample_draft(note, name="Ben Ross")


SEARCHES = [
    ("nl", "Hoi Camille, ik zoek al een half jaar werk in online marketing (3 jaar ervaring met Google Ads). Heb je tips hoe ik me beter kan profileren, of ken je iemand die iemand zoekt? Dank je wel! Youssef", "cv"),
    ("en", "Hi Camille, I have been looking for work in online marketing for six months (3 years of experience with Google Ads). Any tips on how to position myself better, or do you know anyone hiring? Thanks! Youssef", "CV"),
    ("en", "Hi Camille, I'm looking for a new job in online marketing (3 years of experience with Google Ads). Any tips on how to position myself better, or do you know anyone hiring? Thanks!", "CV"),
    ("fr", "Bonjour Camille, je cherche un emploi en marketing digital depuis six mois (3 ans d'expérience en Google Ads). Auriez-vous des conseils pour mieux me positionner, ou connaissez-vous quelqu'un qui recrute ?", "CV"),
    ("de", "Hallo Camille, ich bin seit einem halben Jahr auf Jobsuche im Online-Marketing (3 Jahre Erfahrung mit Google Ads). Haben Sie Tipps, wie ich mich besser positioniere, oder kennen Sie jemanden, der jemanden sucht?", "Lebenslauf"),
    ("es", "Hola Camille, llevo seis meses buscando trabajo en marketing online (3 años de experiencia con Google Ads). ¿Algún consejo para posicionarme mejor, o conoces a alguien que esté contratando?", "CV"),
    ("pt", "Olá Camille, estou à procura de emprego em marketing digital há seis meses (3 anos de experiência com Google Ads). Tem dicas para me posicionar melhor, ou conhece alguém que esteja a contratar?", "CV"),
]


@pytest.mark.parametrize("lang,note,cv", SEARCHES)
def test_job_search_asking_tips_and_contacts_gets_the_cv_offer(lang, note, cv):
    assert extract(note, lang, "job_seeking").ask == "advice"
    text = sample_draft(note, headline="Online Marketer | Open to work", name="Youssef El Amrani")
    assert cv in text
    for bad in ("No one comes to mind", "namen bij me opkomen", "in jouw situatie"):
        assert bad not in text


def test_job_search_with_the_faq_phrase_gets_the_tips():
    text = sample_draft(SEARCHES[2][1], headline="Online Marketer | Open to work", name="Youssef El Amrani")
    assert "sharpen the headline on your specialism" in text and "send me your CV" in text  # 171 de_nl note-11: the positioning rule (w147d)


def test_agencies_asked_keep_the_agency_search_answer():
    note = "Hallo Camille, ik ben op zoek naar een nieuwe baan als SEA specialist na een reorganisatie. Ken je bureaus die mensen zoeken, of heb je tips voor mijn LinkedIn profiel?"
    assert extract(note, "nl", "job_seeking").ask == "recommend"
