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


@pytest.mark.parametrize("note", [
    "Hi Camille, I run a small content agency in Berlin and we're looking for a French-speaking partner for paid social campaigns. Fancy a call to explore?",
    "Hi Camille, we're a small paid-media agency in London looking for a French-speaking partner to run Meta campaigns for our French clients. Open to a chat?",
    "Hola Camille, dirijo una pequeña agencia de contenidos en Madrid y buscamos una socia francófona para campañas de social ads. ¿Hablamos?",
])
def test_agency_seeking_a_partner_is_a_partnership(note: str) -> None:
    text = sample_draft(note)
    assert "working together" in text or "colaboración" in text
    assert "budget" not in text and "help with your" not in text


@pytest.mark.parametrize("note, declined", [
    ("Hi Camille, our AI tool writes 100 SEO blog posts a month for you on autopilot. 10x your traffic! Free 14-day trial, want me to send the link?",
     "not something I need"),
    ("Hey Camille, our platform auto-writes your social posts for a whole month in one click. Free 30-day trial, shall I send you the link?",
     "not something I need"),
    ("Hola Camille, nuestra herramienta de IA escribe 100 artículos SEO al mes. Prueba gratuita de 14 días, ¿te paso el enlace?", "no lo necesito"),
])
def test_tool_seller_with_a_trial_is_declined(note: str, declined: str) -> None:
    text = sample_draft(note)
    assert declined in text
    assert "budget" not in text


def test_trial_of_her_course_is_no_pitch() -> None:
    text = sample_draft("Hi Camille, is there a free 14-day trial of your SEO course? I'd love to try it before buying.")
    assert "trainings" in text
    assert "not something I need" not in text


def test_dutch_demo_offered_to_you_stays_a_pitch() -> None:
    text = sample_draft("Hoi Camille, wij hebben een AI-tool die je social posts automatisch plant en schrijft. Mag ik je een gratis demo geven van 15 min?")
    assert "geen behoefte" in text
    assert "bellen" not in text
