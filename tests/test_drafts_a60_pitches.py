"""Wave 60, group A: pitches read as help requests (growth sold by the number, white-label work sold to consultants)."""

from __future__ import annotations

import pytest

from drafting import sample_draft

_ADVICE = ("Geschäft und Ihr Budget", "bedrijf en uw budget", "business and budget", "tenho interesse", "l'idée m'intéresse",
           "klingt spannend", "Lo más sencillo es una llamada")


@pytest.mark.parametrize("note, declined", [
    ("Wir steigern Ihre Leads um 300% in 30 Tagen – garantiert! Interesse an einem kostenlosen Strategiegespräch? Max Schwarz | Growth Hacker",
     "keinen Bedarf"),
    ("GRATIS: 1000 volgers op LinkedIn in 1 week!! Interesse? Stuur me een DM. Kevin", "geen behoefte"),
    ("Wij verdubbelen uw omzet in 60 dagen. Zullen we even bellen?", "geen behoefte"),
    ("We triple your leads in 30 days – guaranteed! Interested in a free strategy call?", "not a priority"),
    ("Nous doublons vos ventes en 60 jours, garanti ! Un appel gratuit ?", "pas un besoin"),
    ("5000 seguidores reais em 10 dias, garantido! Interessado?", "não é uma necessidade"),
])
def test_growth_sold_by_the_number_is_declined(note: str, declined: str) -> None:
    text = sample_draft(note, name="Max Schwarz")
    assert declined in text
    assert "Budget" not in text and "budget" not in text and "anfangen" not in text and "beginnen" not in text


def test_dutch_spam_signed_by_first_name_gets_je() -> None:
    text = sample_draft("GRATIS: 1000 volgers op LinkedIn in 1 week!! Interesse? Stuur me een DM. Kevin", name="Kevin Bos")
    assert "je aanbod" in text
    assert " uw " not in text and " u " not in text


@pytest.mark.parametrize("note", [
    "Oi! Somos uma agência de tráfego pago de SP e fazemos parceria white label com consultores na Europa. Bora marcar um call de 20min pra eu te mostrar nossos cases?",
    "Hi Camille, we're a paid-ads agency offering white-label partnerships with consultants in Europe. Can I show you our case studies in a 20-minute call?",
    "Bonjour Camille, nous sommes une agence SEA et proposons un partenariat en marque blanche pour les consultants. Un call de 20 min pour vous présenter nos cas clients ?",
    "Hola Camille, somos una agencia de Google Ads y ofrecemos colaboración en marca blanca para consultores. ¿Una llamada de 20 minutos?",
    "Ciao Camille, siamo un'agenzia di performance marketing e offriamo collaborazione white label per consulenti. Una call di 20 minuti?",
])
def test_white_label_sold_to_consultants_is_declined(note: str) -> None:
    text = sample_draft(note, name="Rafael Oliveira")
    assert not any(bad in text for bad in _ADVICE)
    assert "20 minut" not in text and "next week" not in text and "próxima semana" not in text


@pytest.mark.parametrize("note, kept", [
    ("Hallo Camille, wir sind eine Agentur und suchen Partner für White-Label-Projekte. Hätten Sie Interesse an einer Zusammenarbeit?",
     "Zusammenarbeit"),
    ("Olá Camille, somos uma agência e procuramos consultores para parceria white label. Teria interesse?", "colaboração"),
])
def test_white_label_work_sought_stays_a_partnership(note: str, kept: str) -> None:
    assert kept in sample_draft(note, name="Max Bauer")


@pytest.mark.parametrize("note", [
    "Dank deiner Tipps habe ich 1000 Follower in 2 Monaten gewonnen, danke!",
    "Merci Camille, grâce à ta formation j'ai gagné 500 abonnés en 3 mois !",
])
def test_a_fans_numbers_are_no_pitch(note: str) -> None:
    text = sample_draft(note, name="Max Bauer")
    assert "Bedarf" not in text and "besoin" not in text and "offre" not in text
