"""Wave 77 group C: learners, founders and job seekers read as the kind of sender they are (round 71 rows)."""

from __future__ import annotations

import pytest

from drafting import sample_draft

#: A junior who names the field to specialise in, and asks which course beside a question on her own trainings: her
#: SEO course answer, never every certification "by the job you aim for" (r71 es note-12, it note-55).
SEO_COURSE = [
    ("Hola, soy junior en una agencia y quiero especializarme en SEO. ¿Qué formación o certificación me recomendarías? "
     "He visto que das cursos, ¿hay alguno en español o online? gracias", "Semrush Academy"),
    ("Ciao Camille, lavoro come junior social media manager e vorrei specializzarmi in SEO. Che corsi mi consiglieresti? "
     "Fai anche formazione in italiano o in inglese? grazie!!", "Semrush Academy"),
    ("Hallo Camille, ich bin Junior in einer Agentur und möchte mich auf SEO spezialisieren. Welchen Kurs oder welches "
     "Zertifikat empfiehlst du? Gibst du auch Kurse online auf Deutsch? Danke", "Semrush Academy"),
    ("Hoi Camille, ik ben junior bij een bureau en wil me specialiseren in SEO. Welke cursus of certificering raad je aan? "
     "Geef je ook online trainingen in het Nederlands? Dank je", "Semrush Academy"),
    ("Bonjour Camille, je suis junior dans une agence et je veux me spécialiser en SEO. Quelle formation ou certification "
     "me conseilles-tu ? Tu donnes des cours en ligne ? Merci", "Semrush Academy"),
]


@pytest.mark.parametrize("note,want", SEO_COURSE)
def test_field_named_gets_that_fields_course(note: str, want: str) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    assert want in text, text
    for bad in ("Meta Blueprint", "Depende del puesto", "ruolo a cui si punta", "angestrebten Stelle"):
        assert bad not in text, text


def test_online_training_yes_has_no_stray_also_es() -> None:
    text = sample_draft("Hola, soy junior en una agencia y quiero especializarme en SEO. ¿Qué curso me recomendarías? "
                        "¿Das cursos online?", name="Andrés Vidal")
    assert "doy formación online" in text and "también doy" not in text, text


#: A founder starting her own business asks where to start on social media: a launch's first steps, never a learner's
#: "learn on a friend's shop, it's what recruiters want" (r71 es note-7).
FOUNDERS = [
    ("Hola Camille, te escribo desde Buenos Aires. Estoy arrancando mi emprendimiento de cosmética natural y no sé por dónde "
     "empezar con las redes. Vi tus posts y me parecieron re claros. ¿Podés darme algún consejo? Gracias!", "lanzamiento"),
    ("Hallo Camille, ich gründe gerade ein kleines Label für Naturkosmetik und weiß nicht, wo ich mit Social Media anfangen "
     "soll. Hast du einen Tipp?", "Launch"),
    ("Ciao Camille, sto avviando la mia attività di ceramiche e non so da dove partire con i social. Un consiglio?", "lancio"),
    ("Olá Camille, estou começando meu negócio de velas artesanais e não sei por onde começar nas redes sociais. Alguma dica?",
     "lançamento"),
]


@pytest.mark.parametrize("note,want", FOUNDERS)
def test_founder_gets_launch_steps_not_job_advice(note: str, want: str) -> None:
    text = sample_draft(note, name="Valentina Sosa")
    assert want in text, text
    for bad in ("reclutadores", "Recruiter", "selezionatori", "recrutadores", "GA4"):
        assert bad not in text, text


#: The sender's own question is no subject to thank for: "Thanks for reaching out about how to break into SEO!" (r71 en note-28).
ASKED = [
    "Hi Camille, I'm looking for my first job in digital marketing after a career change from teaching. Would you have any "
    "advice on how to break into SEO? Thanks so much, Priya",
    "Hi Camille, I'm changing careers and looking for a first junior role. Any tips on how to land it?",
    "Hi Camille, any advice on what to learn first, SEO or paid ads?",
]


@pytest.mark.parametrize("note", ASKED)
def test_question_not_echoed_in_the_thanks(note: str) -> None:
    text = sample_draft(note, name="Priya Sharma")
    assert "Thanks for reaching out!" in text, text
    assert "reaching out about how" not in text and "reaching out about what" not in text, text
