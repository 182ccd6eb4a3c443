"""Fix wave 118, group B: who is writing — a journalist writing for a magazine, a sender's own town, a speaker invitation,
a white-label seller."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, headline, town", [
    ("Bonjour Madame Laurent, je suis le gérant d'un garage automobile à Vénissieux et on m'a dit que vous pouviez aider "
     "pour être mieux visible sur Google. Quels sont vos tarifs ?\nBien à vous\nGérard Faure", "", "Vénissieux"),
    ("Hallo Frau Laurent, ich habe eine Bäckerei in Bremen und man hat mir gesagt, dass Sie bei der Sichtbarkeit auf Google "
     "helfen können. Was kostet das?", "", "Bremen"),
    ("Hi Camille, I run a bakery in Leeds and they told me you could help us show up on Google. What are your rates?", "", "Leeds"),
])
def test_the_senders_town_before_and_a_pronoun_is_no_referrer(note: str, headline: str, town: str) -> None:
    draft = sample_draft(note, headline=headline, name="Gérard Faure")
    assert town not in draft


@pytest.mark.parametrize("note, headline, magazine", [
    ("Hola Camille, te escribo de parte de la revista Emprendedores. Preparamos un artículo sobre tendencias SEO 2025 y "
     "buscamos expertos para citar. ¿Tendrías 15 min para una entrevista?", "Periodista en Emprendedores", "Emprendedores"),
    ("Ciao Camille, ti scrivo da parte della rivista Millionaire. Stiamo preparando un articolo sulle tendenze SEO e cerchiamo "
     "esperti da citare. Avresti 15 minuti per un'intervista?", "Giornalista", "Millionaire"),
])
def test_a_journalist_writing_for_a_magazine_thanks_no_magazine_for_an_introduction(note: str, headline: str, magazine: str) -> None:
    draft = sample_draft(note, headline=headline, name="Nuria Gómez")
    assert magazine not in draft.split("\n\n")[1].split("\n")[0]
    assert "ponernos en contacto" not in draft and "messo in contatto" not in draft
    assert "ayudarte con tu SEO" not in draft and "aiutarti con la tua SEO" not in draft


@pytest.mark.parametrize("note, no_fee, lang_word", [
    ("Hoi Camille, ik organiseer een meetup voor e-commerce ondernemers in Rotterdam en zou je graag vragen voor een online talk "
     "van 20 min. Is dat iets voor jou? We hebben helaas geen budget voor een vergoeding. Groetjes, Sem", "geen vergoeding", "aanbod"),
    ("Hallo Camille, ich organisiere ein Meetup für E-Commerce-Gründer in Basel und würde dich gern für einen Online-Talk (20 Min) "
     "anfragen. Ist das ein Thema für dich? Leider haben wir kein Budget für Honorare. Liebe Grüße, Reto", "kein Honorar", "telefonieren"),
    ("Hi Camille, I'm organising a meetup for e-commerce founders in Leeds and would love to ask you for an online talk of 20 min. "
     "Would that be something for you? Unfortunately we have no budget for a fee. Cheers, Sam", "unpaid is fine with me", "not something I need"),
])
def test_an_unpaid_talk_is_a_speaker_invitation_and_the_fee_is_taken_up(note: str, no_fee: str, lang_word: str) -> None:
    draft = sample_draft(note, headline="Organisator Meetup", name="Sem Vermeulen")
    assert no_fee in draft
    assert lang_word not in draft  # never declined as an offer, never a 20-minute call for a 20-minute talk
    assert "Vortrag" in draft or "lezing" in draft or "talk" in draft


def test_a_paid_or_silent_talk_invitation_gets_no_fee_line() -> None:
    draft = sample_draft("Hallo Camille, ich organisiere ein Meetup für E-Commerce-Gründer in Basel und würde dich gern für einen "
                         "Online-Talk (20 Min) anfragen. Ist das ein Thema für dich? Liebe Grüße, Reto", headline="Organisator", name="Reto Frei")
    assert "Vortrag" in draft and "Honorar" not in draft


@pytest.mark.parametrize("note, declined", [
    ("Hallo Camille, ich biete Social-Media-Betreuung für Agenturen als White-Label an. Vielleicht kannst du Unterstützung bei "
     "Kundenprojekten gebrauchen? Gruß, Nadine", "keinen Bedarf"),
    ("Bonjour Camille, je propose de la gestion social media en marque blanche pour les agences. Besoin de renfort sur vos projets "
     "clients ? Nadia", "pas un besoin"),
])
def test_a_white_label_offer_is_a_seller_declined(note: str, declined: str) -> None:
    draft = sample_draft(note, headline="Freelance Social Media Managerin", name="Nadine Schröder")
    assert declined in draft
    assert "Agenturen nach" not in draft and "agences des cas" not in draft


def test_white_label_asked_of_her_stays_a_client() -> None:
    draft = sample_draft("Hi Camille, do you do white-label SEO work for agencies? We might need help with client projects.",
                         headline="Agency owner", name="Mark Hill")
    assert "not something I need" not in draft and "white label" in draft


@pytest.mark.parametrize("note, wrong", [
    ("Ciaoo! Sono Aurora, studio marketing a Bologna 🤓 Mi piacciono un sacco i tuoi contenuti! Che corsi online mi consigli per "
     "imparare la SEO?", "i miei corsi"),
    ("Hi! I'm Emma, a marketing student in Leeds. Love your content! Which online courses would you recommend to learn SEO?", "my courses"),
])
def test_online_courses_to_recommend_are_not_a_question_about_hers(note: str, wrong: str) -> None:
    draft = sample_draft(note, headline="", name="Aurora Gallo")
    assert wrong not in draft and "SEO" in draft


def test_her_own_courses_online_still_answered() -> None:
    draft = sample_draft("Ciao Camille, i tuoi corsi sono anche online? Mi interesserebbe quello sulla SEO.", headline="", name="Marco Rossi")
    assert "i miei corsi sono anche online" in draft
