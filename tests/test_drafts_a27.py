"""Wave 27, group A: notes the drafts misread (a student's questions, a prospect asking how she works, a market entry
read as a job, a freelancer offering a hand some day, a local place asking which network)."""

from __future__ import annotations

import pytest

from tests.drafting import sample_draft


# -- a student's school assignment: yes to the questions in writing, never a client's "your needs" call --------------

@pytest.mark.parametrize("note, headline, want", [
    ("Bonjour Camille, je suis en licence info-com et je dois réaliser un dossier sur une consultante en marketing digital. "
     "Est-ce que vous accepteriez que je vous pose 4 questions par mail ?", "Étudiante Licence Info-Com", "questions"),
    ("Hola Camille, soy estudiante de publicidad y mi trabajo de fin de grado trata del SEO. ¿Te puedo mandar unas preguntas por correo?",
     "Estudiante de Publicidad", "preguntas"),
    ("Hoi Camille, ik ben student marketing en schrijf mijn scriptie over social ads. Mag ik je drie vragen mailen?", "Student", "vragen"),
])
def test_student_assignment_gets_yes_to_questions(note: str, headline: str, want: str) -> None:
    text = sample_draft(note, headline=headline)
    assert want in text
    for client in ("mon métier", "tes besoins", "vos besoins", "tus necesidades", "je wensen", "20 minutes", "20 minutos", "20 minuten"):
        assert client not in text


# -- a prospect asking how she works: her own account of it, then a call ----------------------------------------------

@pytest.mark.parametrize("note, headline, words", [
    ("Bonjour Camille, directrice marketing d'un réseau de magasins bio, nous aimerions nous faire accompagner sur le SEO. "
     "Quelle est votre façon de travailler ?", "Directrice Marketing", ("audit", "suivi mensuel", "20 minutes")),
    ("Hi Camille, I'm Head of Marketing at a travel start-up and we need help with our Meta ads. What's your process?",
     "Head of Marketing", ("audit", "monthly follow-up", "20 minutes")),
    ("Hola Camille, soy directora de marketing de una cadena de gimnasios y queremos mejorar nuestro SEO. ¿Cómo trabajas normalmente?",
     "Directora de Marketing", ("auditoría", "acompañamiento mensual", "20 minutos")),
])
def test_prospect_asking_how_she_works_is_told(note: str, headline: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline)
    for w in words:
        assert w in text


# -- a company entering the French market: a prospect, never a job declined nor a job-hunting tip --------------------

@pytest.mark.parametrize("note, headline", [
    ("Ciao Camille, guido il marketing di una scaleup di Torino e vorremmo aprire il mercato francese l'anno prossimo. "
     "Ti va di fare due chiacchiere su SEO e social ads?", "Head of Marketing | Bitmama"),
    ("Hoi Camille, ik ben head of growth bij een Rotterdamse scale-up en we willen de Franse markt op. Zin om eens te praten over SEO?",
     "Head of Growth"),
])
def test_market_entry_is_a_prospect(note: str, headline: str) -> None:
    text = sample_draft(note, headline=headline)
    for wrong in ("impiego", "ricerca", "cv", "vacatures", "Welcome to the Jungle"):
        assert wrong not in text
    assert "20 minut" in text


# -- a freelancer offering a hand some day: keep them in mind, never the cold refusal of a pitch ---------------------

@pytest.mark.parametrize("note, want", [
    ("Bonjour Camille, je suis rédactrice freelance à Lyon et je travaille souvent avec des consultantes SEO. "
     "Si jamais vous avez besoin d'une plume, n'hésitez pas !", "en tête"),
    ("Hola Camille, soy fotógrafa freelance y colaboro con consultoras de marketing. Si algún día necesitas fotos para tus clientes, aquí estoy.",
     "tendré en cuenta"),
    ("Olá Camille, sou designer freelancer e trabalho muitas vezes com consultoras de marketing. Se algum dia precisar de um designer, é só dizer!",
     "em conta"),
])
def test_freelancer_offering_a_hand_is_kept_in_mind(note: str, want: str) -> None:
    text = sample_draft(note)
    assert want in text
    for refusal in ("présentation de votre offre", "presentarme tu oferta", "apresentação da sua oferta"):
        assert refusal not in text


# -- a local place asking which network: advice for a local place, never handmade products and Pinterest --------------

@pytest.mark.parametrize("note, want", [
    ("Ciao Camille, ho una piccola pizzeria a Bergamo: conviene di più TikTok o Instagram per farci conoscere?", "locale"),
    ("Hi Camille, I run a small bakery in Bristol. Would you go for Instagram or TikTok to bring people in?", "local place"),
    ("Salut Camille, j'ai un petit café à Croix-Rousse, plutôt Insta ou TikTok pour attirer du monde ?", "lieu local"),
    ("Hallo Camille, ich habe einen Friseursalon in Leipzig. Instagram oder TikTok, was würdest du machen?", "lokales Geschäft"),
])
def test_local_place_gets_local_advice(note: str, want: str) -> None:
    text = sample_draft(note)
    assert want in text
    for shop in ("Pinterest", "fatti a mano", "handmade", "faits main", "handgemacht"):
        assert shop not in text
