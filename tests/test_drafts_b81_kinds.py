"""Wave 81, group B: notes read as the wrong kind (a seller's free talk, …)."""

from __future__ import annotations

import pytest

from drafting import sample_draft

# A seller off her field offering a free, no-obligation talk or advice: a polite no thanks, never a yes nor a client's reply.
PITCHES = [
    ("Guten Tag, ich bin Finanzberater und helfe Selbstständigen bei der Altersvorsorge. Hätten Sie Interesse an einem "
     "unverbindlichen Gespräch? MfG Ralf Schuster", "keinen Bedarf", ("Sehr gern", "Termine")),
    ("Goedendag, ik ben financieel adviseur voor zzp'ers en help met pensioenopbouw. Mag ik u vrijblijvend informeren? "
     "Met vriendelijke groet, Henk Post", "geen behoefte", ("bedrijf", "budget")),
    ("Guten Tag, ich bin Versicherungsmakler für Freiberufler. Darf ich Sie unverbindlich beraten? MfG Otto Weber",
     "keinen Bedarf", ("Termine",)),
    ("Hello Camille, I am an independent financial adviser helping freelancers plan their retirement. Would you be open to a "
     "free, no-obligation chat?", "priority", ("call", "next week")),
    ("Bonjour Camille, je suis conseiller en gestion de patrimoine pour les indépendants. Seriez-vous ouverte à un échange "
     "sans engagement ?", "besoin", ("créneau", "budget")),
    ("Hola Camille, soy asesor de seguros para autónomos. ¿Le interesaría una llamada sin compromiso? Un saludo, Pedro",
     "no lo necesito", ("puesto", "persona adecuada")),
    ("Buongiorno, sono consulente assicurativo per liberi professionisti. Le andrebbe una consulenza senza impegno? "
     "Cordiali saluti, Marco", "non ne ho bisogno", ("settimana prossima",)),
]


@pytest.mark.parametrize("note, kept, gone", PITCHES)
def test_free_talk_from_an_off_field_seller_is_declined(note: str, kept: str, gone: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Alex Martin")
    assert kept in text
    for word in gone:
        assert word not in text


def test_a_client_asking_a_free_first_talk_stays_a_client() -> None:
    text = sample_draft("Hallo Camille, ich habe einen kleinen Onlineshop und suche Hilfe bei SEO. Hätten Sie Zeit für ein "
                        "unverbindliches Gespräch?", name="Alex Martin")
    assert "SEO" in text and "keinen Bedarf" not in text


# An invitation to sit on the sender's panel: a talk (yes subject to her diary, the event and date named), never a client's call.
PANELS = [
    ("Hello Camille, I'm organising the Women in E-commerce Summit in London on 12 June. Would you consider speaking on a panel "
     "about social ads for small brands? Travel expenses covered.", ("panel", "12 June", "diary"), ("budget", "small businesses")),
    ("Bonjour Camille, j'organise les Rencontres du E-commerce à Lille le 3 octobre. Accepteriez-vous de participer à notre table "
     "ronde sur le SEO local ? Défraiement prévu.", ("table ronde", "3 octobre", "agenda"), ("budget",)),
    ("Hoi Camille, ik organiseer het Webshop Congres in Utrecht op 8 juni. Zou je willen deelnemen aan ons panelgesprek over "
     "social ads?", ("panel", "8 juni", "agenda"), ("budget",)),
    ("Olá Camille, organizo o E-commerce Summit em Lisboa a 12 de junho. Gostaria de participar num painel sobre SEO? Pagamos a "
     "viagem.", ("painel", "12 de junho", "agenda"), ("orçamento",)),
]


@pytest.mark.parametrize("note, kept, gone", PANELS)
def test_a_panel_invitation_is_a_talk(note: str, kept: tuple[str, ...], gone: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Rachel Green")
    for word in kept:
        assert word in text
    for word in gone:
        assert word not in text
