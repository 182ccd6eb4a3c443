"""Wave 49, group D: peers passing work both ways, speaking invitations (the invitation answered, the topic never re-asked,
the sender's own event named, a month's date never glued to the topic)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

PEER_SWAP = [
    ("Hallo Camille, ich bin selbstständige Texterin in Wien. Wollen wir uns ab und zu Aufträge zuschieben, wenn Kunden deutschsprachige Texte brauchen? LG, Eva",
     ("Französisch oder Englisch", "Anfragen"), ("Auf Deutsch arbeite ich nicht", "Bedarf")),
    ("Hoi Camille, ik ben zelfstandig tekstschrijver in Gent. Zullen we elkaar af en toe opdrachten toespelen als klanten Nederlandse teksten zoeken? Groetjes, Fien",
     ("het Frans of het Engels", "aanvragen"), ("In het Nederlands werk ik niet", "wensen")),
    ("Ciao Camille, anch'io sono freelance (copy, Bologna). Potremmo girarci dei progetti quando i clienti cercano testi in italiano? Ciao, Marta",
     ("francese o in inglese", "girerò"), ("Non lavoro in italiano",)),
    ("Hola Camille, también soy freelance (redacción, Bilbao). ¿Te parece si nos pasamos clientes cuando alguien pida textos en español? Saludos, Ane",
     ("francés o en inglés", "encargos"), ("En español no trabajo",)),
]


@pytest.mark.parametrize(("note", "present", "absent"), PEER_SWAP)
def test_a_peer_passing_work_hears_which_work_she_takes(note: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Freelance copywriter", name="Sam Weber")
    for p in present:
        assert p in text, text
    for a in absent:
        assert a not in text, text


SPEAK = [
    ("Hi Camille, I run the Online Retail Day in Bristol on 4 October and we'd love to have you speak for 20 minutes on SEO for small shops. Expenses paid. Keen?",
     "as a speaker on SEO", "How is your"),
    ("Bonjour Camille, j'organise le Salon du Commerce en ligne de Rennes le 3 octobre et nous aimerions que vous interveniez 30 minutes sur le SEO. Intéressée ?",
     "au Salon du Commerce", "Comment va"),
    ("Hola Camille, organizo el Congreso de Tiendas Online de Valencia el 5 de mayo y nos encantaría que hablaras 20 minutos sobre SEO. ¿Te interesa?",
     "Congreso de Tiendas Online", "¿Qué tal"),
    ("Hallo Camille, ich organisiere die Shop-Konferenz in Hamburg am 9. September. Wir würden gern, dass du einen Vortrag zu SEO für kleine Shops hältst. Lust?",
     "Vortrag", "20-minütigen Telefonat"),
]


@pytest.mark.parametrize(("note", "present", "absent"), SPEAK)
def test_an_invitation_to_speak_is_answered_as_one(note: str, present: str, absent: str) -> None:
    text = sample_draft(note, headline="Event organiser", name="Sam Weber")
    assert present in text, text
    assert absent not in text, text


@pytest.mark.parametrize("note", [
    "Bonjour Madame, professeur au lycée Jean Moulin, j'aimerais vous inviter à parler de votre métier à mes élèves de terminale lors du forum des métiers en mars. Cordialement",
    "Madame, je suis formatrice en BTS NDRC et je voudrais vous inviter à présenter votre parcours à mes étudiants en mai. Cordialement, Anne Roux",
])
def test_a_teacher_who_gave_the_topic_is_asked_the_date_not_the_topic(note: str) -> None:
    text = sample_draft(note, headline="Enseignante", name="Anne Roux")
    assert "le sujet" not in text, text
    assert "la date exacte" in text, text


@pytest.mark.parametrize(("note", "event", "absent"), [
    ("Estimada Sra. Laurent: en nombre de la Universidad de Málaga, quisiera invitarla a dar una ponencia sobre SEO en nuestras Jornadas de Marketing Online (abril). Atentamente",
     "en las Jornadas de Marketing Online", ""),
    ("Gentile Dott.ssa Laurent, a nome dell'Università di Pavia vorrei invitarLa come relatrice al nostro convegno sul SEO del prossimo ottobre. Cordiali saluti",
     "al convegno", "del prossimo ottobre al"),
    ("Prezada Sra. Laurent, em nome da Universidade do Porto, gostaríamos de convidá-la para uma palestra sobre SEO no nosso Congresso de Comunicação Digital em maio. Atenciosamente",
     "no Congresso de Comunicação Digital", ""),
])
def test_the_senders_own_event_is_named_and_the_month_is_not_the_topics(note: str, event: str, absent: str) -> None:
    text = sample_draft(note, name="Marco Bianchi")
    assert event in text, text
    if absent:
        assert absent not in text, text
