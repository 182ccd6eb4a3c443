"""Wave 46 B: an agency asking whether she works with or for agencies gets her own yes (freelance, white label) and an
agency's next step, in seven languages; a note that proposes nothing is never thanked with "sounds interesting"."""

from __future__ import annotations

from drafting import sample_draft


def test_agency_asking_if_she_works_with_agencies_gets_her_yes_and_an_agency_step() -> None:
    notes = {
        "Hello Camille, we're a three-person agency in Leeds. Do you work with agencies at all?": ("work with agencies", "how you work with freelancers"),
        "Bonjour Camille, nous sommes une petite agence digitale à Rennes. Travaillez-vous avec des agences ?": ("travaille aussi avec des agences", "avec les freelances"),
        "Coucou Camille, j'ai monté une agence à Lille l'an dernier. Tu bosses avec des agences ou seulement en direct ?": ("travaille aussi avec des agences", "avec les freelances"),
        "Hallo Camille, wir sind eine kleine Agentur in Köln. Arbeitest du auch für Agenturen?": ("freiberuflich für Agenturen", "mit Freelancern"),
        "Hoi Camille, wij hebben een klein bureau in Utrecht. Werk je ook voor bureaus?": ("voor bureaus", "met freelancers"),
        "Hola Camille, tenemos una agencia pequeña en Valencia. ¿Trabajas con agencias?": ("trabajo con agencias", "con freelances"),
        "Ciao Camille, ho un'agenzia digitale a Bologna. Lavori anche con le agenzie?": ("collaboro con agenzie", "con i freelance"),
        "Olá Camille, tenho uma agência pequena no Porto. Trabalha com agências?": ("trabalho com agências", "com freelancers"),
    }
    for note, (answer, step) in notes.items():
        text = sample_draft(note)
        assert answer in text and step in text, text
        for generic in ("goals and budget", "objectifs", "your site", "votre site", "ton site", "Ziele und Budget"):
            assert generic not in text, text
        assert len(text) <= 600, text


def test_an_agency_that_tells_what_it_is_then_asks_is_answered_not_declined_nor_thanked_as_a_proposal() -> None:
    notes = {
        "Goedemiddag, wij zijn een communicatiebureau in Leuven. Werkt u ook voor andere bureaus?": "voor bureaus",
        "Hi Camille, my partner and I run an agency in Bath. Are you open to working with agencies?": "work with agencies",
        "Boa tarde Camille, sou sócia de uma agência em Braga. Trabalhas com agências?": "trabalho com agências",
    }
    for note, answer in notes.items():
        text = sample_draft(note)
        assert answer in text, text
        for wrong in ("geen behoefte", "no need", "sounds interesting", "klinkt interessant", "a proposta interessa"):
            assert wrong not in text, text
