"""Sat next to each other at a panel, then a tool asked (round 96 de note-20, nl note-42): both were in the audience, so
the panel is never thanked for as hers nor a chat invented, and the attribution-tool question is answered, even when
the tool is a Dutch or German compound ("attributietool", "Attributionstool")."""

from __future__ import annotations

import pytest

from drafting import sample_draft

_UTM = {"de": "UTM-Tags", "nl": "UTM-tags", "en": "UTM tags", "it": "UTM su ogni link", "fr": "des UTM", "es": "UTM en cada enlace", "pt": "UTM em cada link"}


@pytest.mark.parametrize("lang, note, bad", [
    ("de", "Moin Camille, wir haben auf der OMR in Hamburg nebeneinander beim Panel zu Growth Marketing gesessen. Fand deine "
           "Frage zu Attribution spannend – hast du eigentlich eine Empfehlung für ein gutes Attribution-Tool für kleine Teams? Gruß, Nils",
     ["verfolgt", "Paneldiskussion", "Gespräch"]),
    ("de", "Hallo Camille, wir saßen beim Panel auf der dmexco nebeneinander. Kannst du mir ein Attributionstool für ein kleines "
           "Team empfehlen?", ["verfolgt", "Gespräch", "schicke dir"]),
    ("nl", "Hee Camille, we zaten naast elkaar bij het panel over growth marketing op Dutch Digital Day. Je vraag over attributie "
           "vond ik sterk – heb je een tip voor een goede attributietool voor kleine teams? Gr, Stijn",
     ["gesprek", "bellen", "stuur je"]),
    ("nl", "Hoi Camille, ik zat naast je tijdens de paneldiscussie op het Emerce eDay. Ken jij een goede attributietool voor een "
           "klein team?", ["gesprek", "bellen", "stuur je"]),
    ("en", "Hi Camille, we sat next to each other at the growth marketing panel at Web Summit. Loved your question on attribution "
           "- do you have a recommendation for a good attribution tool for small teams?", ["our chat", "coming to the panel"]),
    ("fr", "Bonjour Camille, on était assises côte à côte à la table ronde sur le growth au Web2Day. Ta question sur l'attribution "
           "m'a plu : tu aurais un outil d'attribution à conseiller pour une petite équipe ?", ["mon intervention", "d'avoir suivi"]),
    ("it", "Ciao Camille, eravamo seduti vicini al panel sul growth marketing allo SMAU. Bella la tua domanda sull'attribuzione: "
           "hai uno strumento di attribuzione da consigliare per un team piccolo?", ["mio intervento", "chiacchierata"]),
    ("es", "Hola Camille, estábamos sentados uno al lado del otro en la mesa redonda de growth en el Mobile World Congress. Me "
           "gustó tu pregunta sobre atribución: ¿me recomiendas alguna herramienta de atribución para equipos pequeños?",
     ["mesa redonda", "lo que comparto"]),
    ("pt", "Oi Camille, sentamos lado a lado no painel de growth marketing no RD Summit. Gostei da sua pergunta sobre atribuição: "
           "você recomenda alguma ferramenta de atribuição para times pequenos?", ["assistiu", "meus conteúdos"]),
])
def test_sat_beside_at_a_panel_answers_the_tool_asked(lang: str, note: str, bad: list[str]) -> None:
    text = sample_draft(note, headline="Growth Lead", name="Nils Petersen")
    assert _UTM[lang] in text and "GA4" in text, text
    for word in bad:
        assert word not in text, (word, text)
