"""Wave 139, group D: learners' questions answered as asked. A course or book asked for starting SEO gets the resources,
never how to land a first SEO job; the freelance start is answered in natural German and Dutch (no "gegen Zahlen", no
"halbes Jahr an Tagen", no imperative to a "u" sender, no former colleagues for a graduate); a student weighing SEO
against social ads for a first job gets the advice, never "send me your CV"; "which certificate first?" says which;
resources for a school assignment close without recruiters; an internship asked "or some guidance" gets the tip too."""

from __future__ import annotations

from drafting import sample_draft


def _body(draft: str) -> str:
    return draft.split("\n\n")[1]


def test_course_or_book_for_seo_gets_resources_not_the_first_job() -> None:
    # 139 D de_nl note-9 (draft_review155): "Welche Weiterbildung oder welches Buch würdest du für den Einstieg empfehlen?"
    de = sample_draft("Hi Camille, bin Junior Marketing Managerin und möchte mich in SEO weiterbilden. Welche Weiterbildung "
                      "oder welches Buch würdest du für den Einstieg empfehlen? Danke dir!! Julia",
                      headline="Junior Marketing Managerin", name="Julia")
    assert "ersten SEO-Job" not in de and "Semrush Academy" in de


def test_freelance_start_in_natural_german_and_dutch() -> None:
    # 139 D de_nl note-17 (draft_review155): "Was würden Sie jemandem raten, der als Freelancer … starten will?"
    de = sample_draft("Hallo Frau Laurent, ich habe gerade mein Marketing-Studium abgeschlossen. Was würden Sie jemandem raten, "
                      "der als Freelancer im Digitalmarketing starten will? Vielen Dank und viele Grüße, Sophie Fischer",
                      headline="Absolventin B.A. Marketing", name="Sophie Fischer")
    assert "Tagessatz" in de and "gegen Zahlen" not in de and "halbes Jahr" not in de and "früheren Kollegen" not in de
    # 139 D de_nl note-39: a "u" sender gets no imperative ("Reken vanuit")
    nl = sample_draft("Beste mevrouw Laurent, ik ben net afgestudeerd in marketing. Wat zou u iemand aanraden die als freelancer "
                      "in digitale marketing wil starten? Hartelijk dank, Emma de Graaf",
                      headline="Afgestudeerd marketeer (BBA)", name="Emma de Graaf")
    assert "dagtarief" in nl and "Reken vanuit" not in nl and "half jaar aan dagen" not in nl and "oud-collega" not in nl
    en = sample_draft("Hi Camille, I just graduated in marketing. What would you advise someone who wants to start as a "
                      "freelancer in digital marketing? Thanks, Emma", headline="Marketing graduate", name="Emma Stone")
    assert "day rate" in en and "former colleagues" not in en


def test_student_weighing_seo_or_social_ads_gets_advice_not_the_cv_line() -> None:
    # 139 D fr_en note-5 (draft_review154): "c'est mieux de se spécialiser en SEO ou en social ads pour trouver un premier job"
    fr = sample_draft("Bonjour Camille, je suis en 2e année de BTS communication et je me demande si c'est mieux de se "
                      "spécialiser en SEO ou en social ads pour trouver un premier job. Tu en penses quoi ? Merci d'avance 🙏",
                      name="Inès Martin")
    assert "Les deux voies sont bonnes" in fr and "CV" not in fr and "recherches" not in fr and "celle qui plaît" not in fr and "la plus motivante" in fr
    es = sample_draft("Hola Camille, estudio marketing y me pregunto si es mejor especializarse en SEO o en social ads para "
                      "encontrar un primer trabajo. ¿Tú qué opinas?", name="Lucía Gómez")
    assert "Las dos son buenas opciones" in es and "CV" not in es
    it = sample_draft("Ciao Camille, sono uno studente di comunicazione e mi chiedo se è meglio specializzarsi in SEO o in social "
                      "ads per trovare un primo lavoro. Tu che ne pensi?", name="Marco Rossi")
    assert "Sono due buone strade" in it and "CV" not in it


def test_internship_in_france_or_guidance_gets_the_tip() -> None:
    # 139 D es_pt_it note-4 (draft_review154): "¿Tienes alguna plaza o me podrías orientar?"
    es = sample_draft("hola camille, soy estudiante de marketing en la universidad de valencia y estoy buscando practicas en "
                      "Francia para septiembre. Tienes alguna plaza o me podrias orientar? gracias!!", name="Pablo Ruiz")
    assert "no tengo plazas" in es and "Welcome to the Jungle" in es
    pt = sample_draft("Oi Camille, sou estudante de marketing e estou procurando estágio na França pra setembro. Você tem vaga "
                      "ou pode me orientar? Valeu", name="Lucas Souza")
    assert "Welcome to the Jungle" in pt
    # 139 D es_pt_it note-48: "alle agenzie che interessano" reads naturally
    it = sample_draft("ciao camille sono uno studente di marketing alla Bocconi e cerco uno stage in Francia per settembre, hai "
                      "posizioni aperte o qualche consiglio? grazie mille", name="Luca Bianchi")
    assert "proporsi direttamente alle agenzie" in it and "agenzie che interessano" not in it


def test_neighbours_that_must_not_change() -> None:
    # 139 D neighbour: an internship asked with no guidance asked keeps the plain no and CV line, no France tip
    es = sample_draft("hola camille, soy estudiante de marketing y busco prácticas para septiembre. Tienes alguna plaza? gracias",
                      name="Pablo Ruiz")
    assert "no tengo plazas" in es and "Welcome to the Jungle" not in es
    # 139 D neighbour: a stage sought in BTS keeps the job seeker's reply
    fr = sample_draft("Bonjour Camille, je suis en BTS communication et je cherche un stage de 8 semaines en SEO. Auriez-vous "
                      "une place ?", name="Léa Petit")
    assert "stagiaires" in fr and "CV" in fr
