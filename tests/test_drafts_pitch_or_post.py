"""A vendor's demo, a reseller's commission and a job ad sent to her: each read as what it is (wave 93, group Q).

A SaaS seller offering to show his platform is no client asking for SEO help, a commission for recommending an app is
no partnership to book a call on, and a warehouse job offered to her is no recruiter selling hiring services.
"""

from __future__ import annotations

import pytest
from drafting import sample_draft

DEMO_PITCHES = [
    ("Oi Camille! 🚀 Nossa plataforma gera relatórios de SEO automáticos com IA e já ajuda +500 agências. Posso te mostrar em 20 min? "
     "Te mando um link da agenda. Gustavo Ribeiro | SDR", ("não preciso",), ("prazer ajudar", "orçamento")),
    ("Olá Camille, a nossa plataforma gera relatórios de SEO para agências. Posso mostrar-lhe em 15 minutos como funciona?",
     ("não é uma necessidade",), ("prazer ajudar", "orçamento")),
    ("Hi Camille, our platform automates SEO reporting for 500+ agencies. Could I show you a quick demo? I'll send a calendar link.",
     ("not something I need",), ("budget", "goals")),
]


@pytest.mark.parametrize(("note", "kept", "gone"), DEMO_PITCHES)
def test_a_demo_offered_is_a_pitch_declined(note: str, kept: tuple[str, ...], gone: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="SDR", name="Gustavo Ribeiro")
    assert all(k in text for k in kept), text
    assert not any(g in text for g in gone), text


COMMISSIONS = [
    ("Bonjour Camille, nous développons une app de gestion de réseaux sociaux pour les agences. Je cherche des consultants partenaires "
     "pour la recommander contre commission. Intéressée ?", "comme partenaire", ("m'intéresse", "appel", "pas un besoin")),
    ("Hi Camille, we built a scheduling tool for agencies and we're looking for consultants to recommend it on commission. Interested?",
     "as a partner", ("I'll send you", "call", "not something I need")),
    ("Hola Camille, tenemos una app de redes sociales y buscamos consultores que la recomienden a comisión. ¿Te interesa?",
     "como partner", ("llamada", "me interesa", "no lo necesito")),
    ("Ciao Camille, abbiamo sviluppato un software per agenzie e cerchiamo consulenti partner che lo propongano su provvigione. "
     "Ti interessa?", "come partner", ("chiamata", "mi interessa", "non ne ho bisogno")),
    ("Hallo Camille, wir haben ein Tool für Agenturen entwickelt und suchen Berater, die es gegen Provision empfehlen. Interesse?",
     "als Partnerin", ("telefonieren", "Budget", "keinen Bedarf")),
    ("Hoi Camille, wij hebben een app voor bureaus en zoeken consultants die hem op commissiebasis aanbevelen. Interesse?",
     "als partner", ("bellen", "budget", "geen behoefte")),
]


@pytest.mark.parametrize(("note", "kept", "gone"), COMMISSIONS)
def test_a_commission_to_resell_is_a_pitch_declined(note: str, kept: str, gone: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="CEO", name="Damien Caron")
    assert kept in text, text
    assert not any(g in text for g in gone), text


JOB_ADS = [
    ("Hi, we're hiring warehouse operatives in Manchester, immediate start, great pay. Let me know if interested!", "isn't a fit for me"),
    ("Ciao, stiamo assumendo magazzinieri a Milano, inizio immediato. Se interessata fammi sapere!", "non fa per me"),
    ("Hallo, wir suchen Lagerhelfer in Köln, sofortiger Start, gute Bezahlung. Falls interessiert, melde dich!", "passt daher nicht"),
]


@pytest.mark.parametrize(("note", "kept"), JOB_ADS)
def test_a_job_offered_to_her_is_not_a_recruiter_selling(note: str, kept: str) -> None:
    text = sample_draft(note, headline="Recruitment Consultant", name="Gary Smith")
    assert kept in text, text
    assert not any(g in text for g in ("no hiring needs", "keine Einstellungen", "keep you in mind")), text
