"""Round 26, wave 28 (e28): register, tone and wording of the replies."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts import notefacts, quickq
from invitriage.drafts.writer import _dated


def _body(text: str) -> str:
    return text.split("\n\n")[1]


# -- two days of an event: the plural preposition, never the European "a 10 e 11" -----------------------------------

@pytest.mark.parametrize("when, lang, want", [
    ("22 e 23 de setembro", "pt-BR", "nos dias 22 e 23 de setembro"),
    ("3 e 4 de março", "pt", "nos dias 3 e 4 de março"),
    ("8 y 9 de octubre", "es", "los días 8 y 9 de octubre"),
    ("5 et 6 juin", "fr", "les 5 et 6 juin"),
    ("18 de novembro", "pt-BR", "no dia 18 de novembro"),
    ("18 de novembro", "pt", "a 18 de novembro"),
])
def test_days_joined_by_and_take_the_plural(when: str, lang: str, want: str) -> None:
    assert _dated(when, lang) == want


def test_brazilian_congress_on_two_days() -> None:
    text = sample_draft("Prezado Sr. Laurent, a organização do Fórum Nordeste de Marketing (Recife, 22 e 23 de setembro) "
                        "gostaria de convidá-la para uma palestra sobre conteúdo. Atenciosamente, Ana Souza")
    assert "nos dias 22 e 23 de setembro" in text and " a 22 e 23" not in text, text


# -- a Brazilian first-name hello signed by first name is friendly; a self-declared reader is a regular reader ---------

def test_brazilian_friendly_note_is_answered_in_kind() -> None:
    note = "Oi Camille, sou leitora da sua newsletter e a dica sobre reels me salvou a semana. Valeu! Bruna"
    assert notefacts.is_informal(note, "pt")
    text = sample_draft(note)
    assert "Atenciosamente" not in text and "tirado um tempo" not in text, text
    assert "acompanhe" in text, text


@pytest.mark.parametrize("note, want", [
    ("Bonjour Camille, je suis une lectrice fidèle de ta newsletter et ton conseil sur les audiences Meta m'a bien servi. Merci ! Inès",
     "suivre ma newsletter"),
    ("Hi Camille, I'm a subscriber of your newsletter, the one on SEO for local shops was spot on. Thanks, Dan", "regular reader"),
    ("Hola Camille, soy suscriptora de tu newsletter y lo de las campañas en Meta me ha venido genial. ¡Gracias! Marta", "por seguir mi newsletter"),
])
def test_a_reader_who_says_so_is_thanked_as_a_regular(note: str, want: str) -> None:
    text = sample_draft(note)
    assert want in text and "aies lu" not in text, text


# -- the training offered online, but not in the sender's language: the noun not repeated ----------------------------

@pytest.mark.parametrize("note, bad", [
    ("Hallo Camille, gibt es deine Workshops auch online? Und auf Deutsch? Viele Grüße, Tobias", "gebe ich keine Schulungen"),
    ("¡Hola Camille! ¿Tus cursos se pueden hacer online y en español? Un abrazo, Nerea", "No doy formación en español"),
    ("Ciao Camille, i tuoi corsi sono anche online? E in italiano? Grazie, Paolo", "Non tengo corsi in italiano"),
    ("Hoi Camille, geef je je trainingen ook online, en in het Nederlands? Groetjes, Anouk", "geef ik geen trainingen"),
])
def test_online_then_language_without_repeating_the_training(note: str, bad: str) -> None:
    text = sample_draft(note)
    assert bad not in text, text
    assert "Französisch" in text or "francés" in text or "francese" in text or "Frans" in text, text


def test_spanish_training_online_without_gallicism() -> None:
    text = sample_draft("Buenas Camille, ¿tus formaciones de SEO también son online? Gracias, Iker")
    assert "doy mis formaciones" not in text and "formación online" in text, text


# -- a team's needs, a learner's goals -------------------------------------------------------------------------------

@pytest.mark.parametrize("note, want", [
    ("¡Hola Camille! Somos un equipo de 5 personas en una agencia de Bilbao. ¿Tus formaciones se pueden hacer online? Gracias, Unai",
     "de tu equipo"),
    ("Hi Camille, our marketing team of 5 would love a social ads training. Do you run them online? Thanks, Mark", "your team's needs"),
])
def test_a_team_call_is_about_the_team(note: str, want: str) -> None:
    text = sample_draft(note)
    assert want in text, text


def test_retraining_counts_as_learning() -> None:
    assert quickq.learner("Ich mache gerade eine Umschulung zur Online-Marketing-Managerin.")
    assert quickq.learner("Je me forme au marketing digital depuis janvier.")
    assert not quickq.learner("Wir suchen eine Agentur für unsere Umsatzziele.")


@pytest.mark.parametrize("note, bad", [
    ("Hallo Camille, ich bin Quereinsteigerin und mache eine Weiterbildung zur SEO-Managerin. Gibt es deine Kurse auch online? LG Mira",
     "Bedarf"),
    ("Bonjour Camille, je me forme au marketing digital en ce moment. Tes formations SEO existent-elles à distance ? Merci, Léa",
     "besoins"),
    ("Hola Camille, soy estudiante de marketing. ¿Tus formaciones son online? Gracias, Sara", "necesidades"),
])
def test_a_learner_asking_about_courses_gets_no_sales_call(note: str, bad: str) -> None:
    text = sample_draft(note)
    assert bad not in text and "20" not in _body(text), text


# -- written questions for the press: one verb, not "je réponds … je vous réponds" ----------------------------------

@pytest.mark.parametrize("note, word", [
    ("Bonjour Madame Laurent, journaliste à Lyon Capitale, je prépare un dossier sur les commerçants et Instagram. "
     "Puis-je vous envoyer quelques questions par e-mail ? Cordialement, Paul Girard", "répond"),
    ("Buongiorno dott.ssa Laurent, sono giornalista del Sole, scrivo un pezzo sulla pubblicità social per le PMI. "
     "Posso mandarLe qualche domanda via email? Cordiali saluti, Marco Bianchi", "rispond"),
])
def test_press_questions_do_not_repeat_the_verb(note: str, word: str) -> None:
    text = sample_draft(note)
    assert _body(text).lower().count(word) <= 1, text


# -- a Dutch "Hallo" is answered "Hallo", and the call offered softly ------------------------------------------------

def test_dutch_hallo_is_mirrored() -> None:
    text = sample_draft("Hallo Camille, als CMO van een modeketen volg ik je posts over content. Zullen we een keer bellen? "
                        "Met vriendelijke groet, Karin de Vries")
    assert not text.startswith("Hoi") and "Graag een belletje" not in text, text


# -- the owner's FAQ answer on AI content opens with a whole sentence -------------------------------------------------

@pytest.mark.parametrize("note, bad", [
    ("Hallo Camille, wird KI-generierter Content von Google abgestraft? Was meinst du? Grüße, Lukas", "Nicht, weil"),
    ("Bonjour Camille, Google pénalise-t-il les contenus générés par l'IA ? Merci, Hugo", "Pas parce qu'il"),
    ("Hi Camille, does Google penalise AI-generated content? Curious, Sam", "Not for being"),
])
def test_ai_content_answer_opens_with_a_subject(note: str, bad: str) -> None:
    text = sample_draft(note)
    assert bad not in text, text


# -- a result told: congratulated without a second "thanks" after the opening one -------------------------------------

@pytest.mark.parametrize("note, bad", [
    ("Hi Camille, ich folge dir seit einem Jahr und hab deinen Tipp zu Lookalike-Audiences umgesetzt – Conversion-Rate fast verdoppelt! "
     "Danke! Gruß, Jonas", "danke, dass"),
    ("Salut Camille, j'ai appliqué ton conseil sur les audiences Meta et mon CTR a doublé ! Merci ! Chloé", "merci de me l'avoir"),
    ("Hola Camille, apliqué tu consejo sobre audiencias en Meta y el CTR se ha duplicado. ¡Gracias! Lucía", "gracias por contármelo"),
])
def test_a_told_result_is_not_thanked_twice(note: str, bad: str) -> None:
    text = sample_draft(note)
    assert bad not in text, text
