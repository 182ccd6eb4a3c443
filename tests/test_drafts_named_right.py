"""Wave 81 D: what the note said, named right (a student's short hello, a friend's new job, the role sought)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

STUDENT_HELLOS = [
    ("hola! me gustaria conectar contigo, soy de mexico y me interesa mucho el marketing digital 🙌",
     "Estudiante de Comunicación - UNAM", "consejos"),
    ("oi camille!! sou de angola e estudo comunicacao, queria me conectar com vc 😊", "Estudante de Comunicação", "dicas"),
    ("ciao! vorrei collegarmi con te, studio comunicazione a napoli e mi interessa tanto il marketing digitale 🙌",
     "Studentessa di Scienze della Comunicazione", "consigli"),
    ("hi! would love to connect, marketing student here and really into digital marketing 😊",
     "Marketing student, University of Leeds", "tips"),
    ("hoi! ik wil graag connecten, ik studeer communicatie en vind digitale marketing heel interessant",
     "Student Communicatie - Hogeschool Utrecht", "tips"),
]


@pytest.mark.parametrize("note,headline,word", STUDENT_HELLOS)
def test_a_students_short_hello_gets_the_offer_of_tips(note: str, headline: str, word: str) -> None:
    text = sample_draft(note, headline=headline, name="Lea Martin")
    assert word in text and "SEO" in text
    for bland in ("intercambiar ideas", "trocar ideias", "confrontarci", "exchange ideas", "ideeën uit te wisselen"):
        assert bland not in text


NEWS = [
    ("Coucou Camille ! Ça fait un bail depuis le master à Grenoble 😄 Je viens de rejoindre Decathlon comme cheffe de projet "
     "e-commerce, on se fait un café un de ces jours ?", "félicitations", "Decathlon"),
    ("Camille! Long time no see since the Erasmus year in Leeds 😄 I'm now at Unilever in brand marketing, would be great to "
     "catch up sometime", "congrats", "Unilever"),
    ("Hey Camille, lange nicht gesehen seit dem Studium in Grenoble! Ich bin jetzt bei Zalando im Performance Marketing, lass "
     "uns mal quatschen 😊", "Glückwunsch", "Zalando"),
    ("Hoi Camille! Lang geleden sinds Erasmus in Lyon 😄 Ik werk sinds kort bij Coolblue als marketeer, leuk om weer contact "
     "te hebben!", "gefeliciteerd", "Coolblue"),
    ("¡Hola Camille! Cuánto tiempo desde el máster en Lyon 😄 Acabo de entrar en Inditex como responsable de ecommerce, "
     "¿nos tomamos un café?", "enhorabuena", "Inditex"),
]


@pytest.mark.parametrize("note,word,employer", NEWS)
def test_an_old_friends_new_job_is_congratulated(note: str, word: str, employer: str) -> None:
    text = sample_draft(note, name="Lea Martin")
    assert word.lower() in text.lower() and employer in text


def test_a_city_is_never_congratulated_as_an_employer() -> None:
    text = sample_draft("Camille! Qué tal? Soy Álex, coincidimos en el máster de Lyon en 2016 😄 Ahora trabajo en Madrid llevando "
                        "el marketing de una startup fintech. A ver si nos ponemos al día!", name="Alejandro Gómez")
    assert "enhorabuena" not in text.lower()


@pytest.mark.parametrize("note,referrer", [
    ("Buenas Camille, me pasa tu contacto Marta Gil (trabajamos juntas en Valencia). Tengo una tienda online de cosmética "
     "natural y me dijo que eres la persona ideal para campañas de Meta Ads. ¿Podemos hablar? Elena", "Marta Gil"),
    ("Hola Camille, me da tu contacto Pablo Ruiz, dice que sabes mucho de SEO. Tengo una web de viajes y no posiciona nada. "
     "¿Hablamos?", "Pablo Ruiz"),
    ("Ciao Camille, mi passa il tuo contatto Giulia Rossi: ho un negozio online di ceramiche e vorrei migliorare la SEO. "
     "Possiamo sentirci?", "Giulia Rossi"),
])
def test_who_passed_on_her_contact_is_thanked(note: str, referrer: str) -> None:
    text = sample_draft(note, name="Elena Ruiz")
    assert f"gracias a {referrer}" in text or f"grazie a {referrer}" in text
