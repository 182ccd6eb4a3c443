"""Notes read as the wrong kind (wave 72, group B): a recruiter only growing their network, an invitation to give a presentation."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note, welcome, bad", [
    ("Oi Camille, trabalho com recrutamento de engenheiros de software para startups e estou expandindo minha rede na França. Abraço, Fernanda",
     "conectados", ["oferta", "serviço"]),
    ("Salve, mi occupo di selezione per ruoli in ambito logistica e supply chain e sto ampliando il mio network in Francia. Buona giornata, Paolo",
     "in contatto", ["posizione", "pensato a me"]),
    ("Hola Camille, me dedico a la selección para puestos de ingeniería y estoy ampliando mi red en Francia. Saludos, Lucía",
     "en contacto", ["puesto", "oferta"]),
])
def test_networking_recruiter_is_welcomed(note: str, welcome: str, bad: list[str]) -> None:
    text = sample_draft(note)
    assert welcome in text
    for word in bad:
        assert word not in text


@pytest.mark.parametrize("note, talk, bad", [
    ("Geachte mevrouw Laurent,\nNamens het organisatieteam van Marketing Live in Antwerpen nodig ik u graag uit om in maart een presentatie "
     "(30 min.) te geven over SEO-trends. Ik stuur u graag meer informatie.\nHoogachtend,\nEls Claes", "lezing", "help u graag met SEO"),
    ("Beste Camille, namens het team van Digital Day Gent nodig ik je graag uit om in mei een presentatie (20 min.) te geven over social ads. Groet, Pieter",
     "lezing", "wensen"),
    ("Gentile Camille, a nome del team di Marketing Live Milano la invitiamo a fare una presentazione di 30 minuti sui trend SEO a marzo. Cordiali saluti, Giulia",
     "intervento", "offerta"),
    ("Estimada Camille, en nombre del equipo de Marketing Live Madrid, le invitamos a dar una presentación de 30 minutos sobre tendencias SEO en marzo. Un saludo, Carmen",
     "charla", "llamada"),
    ("Olá Camille, em nome da equipa do Marketing Live Porto, convidamo-la a fazer uma apresentação de 30 minutos sobre tendências de SEO em março. Cumprimentos, Ana",
     "palestra", "oferta"),
])
def test_presentation_invitation_is_a_talk(note: str, talk: str, bad: str) -> None:
    text = sample_draft(note)
    assert talk in text
    assert bad not in text
