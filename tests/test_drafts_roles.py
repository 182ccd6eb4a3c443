"""The sender's role read right: a former trainee back with news, a peer proposing to subcontract, a speaker invitation."""

from __future__ import annotations

import pytest
from drafting import sample_draft

TRAINEES = [
    ("Hola Camille! Fui alumno de tu formación de marketing digital en la CCI de Lyon en 2023. Ahora trabajo en marketing en Madrid "
     "y quería seguir en contacto. Un abrazo, Carlos", "Enhorabuena por el nuevo trabajo", ("práctica", "formación")),
    ("Ciao Camille! Ho seguito il tuo corso di SEO a Lione due anni fa. Ora lavoro nel marketing di un hotel a Firenze. "
     "Mi fa piacere ritrovarti qui! Sara", "Complimenti per il nuovo lavoro", ("messa in pratica", "seguito il mio corso")),
    ("Olá Camille 👋 Estive na tua formação sobre Instagram Ads na Startup Lisboa em outubro. Entretanto lancei a minha marca de roupa "
     "sustentável e queria mostrar-te o resultado! Carolina", "Parabéns pelo lançamento", ("pôr tudo em prática", "gostaste")),
    ("Bonjour Camille, j'ai suivi ta formation SEO à Lyon en 2022. Depuis, je travaille maintenant dans une agence à Nantes. Léa",
     "Félicitations pour ton nouveau poste", ("mise en pratique",)),
    ("Hi Camille, I took your social ads workshop in Paris two years ago. In the meantime I launched my own candle brand and would love "
     "to show you! Emma", "I'd love to see it", ("putting it into practice",)),
    ("Hallo Camille, ich war 2023 in deinem Kurs zu Content-Strategie in Lyon. Jetzt arbeite ich im Marketing bei einem Start-up in München. Jana",
     "Glückwunsch zum neuen Job", ("Umsetzen",)),
    ("Hoi Camille, ik heb je training over Meta Ads gevolgd in 2022. Inmiddels heb ik mijn eigen webshop gelanceerd en wil het je "
     "graag laten zien! Sanne", "Gefeliciteerd met de lancering", ("toepassen",)),
]


@pytest.mark.parametrize(("note", "want", "gone"), TRAINEES)
def test_former_trainee_congratulated_on_news(note: str, want: str, gone: tuple[str, ...]) -> None:
    text = sample_draft(note)
    assert want in text
    for word in gone:
        assert word not in text


def test_recent_attendee_still_thanked_for_the_workshop() -> None:
    text = sample_draft("Hi Camille, I took your workshop last week, it was great, thanks a lot! Emma")
    assert "workshop" in text and "Congratulations" not in text


PEERS = [
    "Bonjour Camille, je suis consultant SEO à Bordeaux. Je pense qu'on pourrait se sous-traiter des missions quand l'un de nous est "
    "débordé. Partante pour en parler ?\nMaxime",
    "Hallo Camille, ich bin Freelancerin für Google Ads in Wien. Ich habe manchmal französische Kunden, für die ich eine Partnerin für "
    "SEO suche – und vielleicht brauchst du umgekehrt jemanden für SEA? Lass uns gern mal telefonieren! Viele Grüße, Verena",
    "Ciao Camille, sono consulente SEA a Torino: potremmo subappaltarci progetti a vicenda quando siamo pieni. Ti va di parlarne? Luca",
]


@pytest.mark.parametrize("note", PEERS)
def test_peer_subcontracting_is_a_collaboration_not_a_client(note: str) -> None:
    text = sample_draft(note)
    assert any(w in text for w in ("collaboration", "Zusammenarbeit", "collaborazione"))
    for word in ("budget", "Budget", "Bedarf", "votre SEO", "Kunden in Frankreich"):
        assert word not in text


@pytest.mark.parametrize("note", [
    "Sehr geehrte Frau Laurent, wir organisieren am 14. November den E-Commerce-Tag in Basel und suchen eine Referentin zum Thema "
    "Social Ads für KMU. Hätten Sie Interesse? Ein Honorar ist vorgesehen. Mit freundlichen Grüßen Dr. Claudia Meier",
    "Hallo Camille, für unseren Marketing-Tag in Stuttgart im März suchen wir noch eine Sprecherin zu SEO für Onlineshops. Hättest du Lust? Jonas",
    "Guten Tag Frau Laurent, am 3. Oktober findet unser Fachtag Digitalisierung in Graz statt. Wir suchen eine Referentin zum Thema "
    "Content-Strategie. Wären Sie dabei? Petra Huber",
])
def test_speaker_invitation_at_a_day_event(note: str) -> None:
    text = sample_draft(note)
    assert "Vortrag" in text
    assert "Budget" not in text and "unterstütze ich" not in text


def test_job_ad_for_a_referentin_stays_a_job() -> None:
    text = sample_draft("Guten Tag Frau Laurent, wir suchen eine Referentin für Social Media Marketing (m/w/d) in Vollzeit in Basel. Interesse? Petra")
    assert "Stelle" in text and "Vortrag" not in text


def test_former_trainee_now_freelance_is_not_congratulated_on_a_job() -> None:
    text = sample_draft("Ciao Camille, ho seguito il tuo corso di social ads a Lione lo scorso anno. Ora lavoro come freelance a Torino, "
                        "mi farebbe piacere restare in contatto!")
    assert "freelance" in text and "nuovo lavoro" not in text
