"""Wave 119, group I: who is writing, misread."""

from __future__ import annotations

import pytest
from drafting import sample_draft


def _draft(note: str, name: str = "Paula Vidal", headline: str = "") -> str:
    return sample_draft(note, headline=headline, name=name)


@pytest.mark.parametrize("note", [
    # 119 es_pt_it note-15: a reader of her post who wants to learn
    "Hola Camille!! vi tu post sobre los errores típicos en Google Ads y me sentí super identificada 😅 Soy freelance de redes "
    "y me gustaría seguir aprendiendo de ti",
    # 119 es_pt_it note-59
    "Ciao Camille, ho visto il tuo post sugli errori più comuni con Google Ads e mi ci sono ritrovata in pieno 😅 Sono freelance "
    "e vorrei imparare di più",
    # other wording, Portuguese
    "Olá Camille, li o seu artigo sobre SEO local e adorei. Sou freelancer e quero continuar a aprender consigo",
])
def test_freelance_reader_who_wants_to_learn_is_no_collaboration_offer(note: str) -> None:
    text = _draft(note).lower()
    for word in ("colaboración", "collaborazione", "colaboração", "caso de éxito", "caso di studio", "referenc", "case study"):
        assert word not in text


def test_freelance_offering_help_stays_an_offer() -> None:
    text = _draft("Hola Camille, soy freelance de redes y si alguna vez necesitas ayuda con tus clientes, cuenta conmigo. "
                  "Me gustaría seguir aprendiendo de ti").lower()
    assert "colabora" in text or "perfil" in text or "ayuda" in text


@pytest.mark.parametrize("note, name", [
    # 119 es_pt_it note-32: an e-mail-marketing platform's plans sold to her
    ("Oi! Trabalho com uma plataforma de automação de email marketing, temos planos a partir de R$ 49. Posso te mostrar como "
     "aumentar suas vendas em 30%?", "Rafael Costa"),
    ("Hi Camille, I work for an email automation platform, our plans start at $29 a month. Can I show you how to grow your sales?",
     "Ryan Cole"),
    ("Bonjour Camille, je travaille pour une plateforme d'emailing, nos formules à partir de 19 € par mois. Je peux vous montrer "
     "comment augmenter vos ventes ?", "Rémi Colin"),
])
def test_vendor_plans_from_a_price_are_declined_politely(note: str, name: str) -> None:
    text = _draft(note, name=name)
    for word in ("orçamento", "budget", "20 minutos", "20 minutes", "20-minute"):
        assert word not in text


@pytest.mark.parametrize("note, name, banned", [
    # 119 fr_en note-20: someone to RUN his Facebook ads, his own courses being his product
    ("Bjr, je vend des formations en ligne et je cherche quelqu'un pour gérer mes pubs facebook. C'est quoi tes tarifs ?",
     "Yannick Bertrand", ("animer une formation", "ce que tu aimerais apprendre")),
    ("Hola, vendo cursos online y busco a alguien que gestione mis anuncios de Facebook. ¿Cuáles son tus tarifas?",
     "Javier Ruiz", ("impartir", "aprender")),
    ("Hi, I sell online courses and I'm looking for someone to manage my Facebook ads. What are your rates?",
     "Jake Miller", ("run a training", "to learn", "run training")),
])
def test_seller_of_courses_wanting_ads_managed_is_not_offered_a_training(note: str, name: str, banned: tuple[str, ...]) -> None:
    text = _draft(note, name=name)
    for word in banned:
        assert word not in text


@pytest.mark.parametrize("note, name, headline", [
    # 119 de_nl note-20: a partner building a network of trainers, never a client asking for her offer
    ("Hallo Camille, wir bauen gerade ein Netzwerk von Marketing-Trainern im DACH-Raum und Frankreich auf (Plattform für "
     "Firmenschulungen). Wir suchen Trainer:innen für SEO und Social Media. Wäre das was für dich? Gruß, Ben Hofmann",
     "Ben Hofmann", "Partner Manager @ SkillBridge"),
    ("Hi Camille, we're building a network of marketing trainers across Europe (a platform for corporate training). We're looking "
     "for SEO and social media trainers. Would that interest you?", "Ben Hall", "Partner Manager"),
])
def test_trainer_network_is_a_partnership_not_a_client(note: str, name: str, headline: str) -> None:
    text = _draft(note, name=name, headline=headline)
    for word in ("passendes Angebot", "deine Ziele", "your goals", "your team"):
        assert word not in text


def test_german_trainer_network_says_her_languages() -> None:
    text = _draft("Hallo Camille, wir bauen gerade ein Netzwerk von Marketing-Trainern im DACH-Raum und Frankreich auf (Plattform für "
                  "Firmenschulungen). Wir suchen Trainer:innen für SEO und Social Media. Wäre das was für dich? Gruß, Ben Hofmann",
                  name="Ben Hofmann", headline="Partner Manager @ SkillBridge")
    assert "Englisch" in text
