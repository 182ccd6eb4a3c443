"""'Kennst du Agenturen, die jemanden mit 4 Jahren Erfahrung suchen?' from a job seeker: where to look for agencies that
hire, never a client's tips for choosing an agency; a shop asking for a good agency still gets those tips."""

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note", [
    "Hallo Camille, ich habe meinen Job als Social Media Managerin verloren und suche gerade neu. Kennst du Agenturen in Lyon "
    "oder remote, die jemanden mit 4 Jahren Erfahrung suchen? Lebenslauf schicke ich gern. LG Sarah Klein",
    "Hallo Frau Laurent, ich bin Social-Media-Managerin mit 4 Jahren Erfahrung und ziehe im Sommer nach Lyon. Suchen Sie "
    "vielleicht Verstärkung oder kennen Sie Agenturen, die jemanden mit Deutsch/Französisch suchen? Viele Grüße, Anna Krüger",
])
def test_job_seeker_asking_for_hiring_agencies(note: str) -> None:
    text = sample_draft(note, name="Sarah Klein")
    assert "Statt Namen" not in text and "Agenturen in Lyon" in text, text


def test_business_asking_for_an_agency_still_gets_how_to_choose() -> None:
    text = sample_draft("Hola Camille, tengo una pequeña tienda online en Valencia. ¿Conoces alguna agencia de SEO buena en Valencia?",
                        name="Ana Ruiz")
    assert "Más que nombres" in text
