"""Wave 79 B: a partner read as a partner -- the sender's "your clients" are her clients, and a cut quote never ends on "dei"."""

from __future__ import annotations

import pytest
from drafting import sample_draft

YOUR_CLIENTS = [
    ("Ciao Camille, sono un web developer freelance specializzato in Shopify. Potremmo collaborare sui progetti e-commerce dei tuoi clienti?",
     "Shopify Developer freelance", "dei miei clienti", "tuoi clienti"),
    ("Hola Camille, soy diseñador gráfico y me gustaría colaborar contigo en proyectos de branding para tus clientes.",
     "Diseñador gráfico freelance", "de mis clientes", "tus clientes"),
    ("Oi Camille! Sou designer de landing pages. Acho que podemos fazer parcerias para seus clientes de e-commerce.",
     "Web Designer Freelancer", "dos meus clientes", "seus clientes"),
    ("Bonjour Camille, je suis développeur Shopify freelance. On pourrait collaborer sur les projets e-commerce de vos clients ?",
     "Développeur Shopify freelance", "de mes clients", "vos clients"),
    ("Hallo Camille, ich bin freiberufliche Webentwicklerin. Könnten wir bei Projekten für deine Kunden zusammenarbeiten?",
     "Webentwicklerin freelance", "meine Kunden", "deine Kunden"),
    ("Hoi Camille, ik ben freelance webdeveloper. Zouden we kunnen samenwerken aan webshops voor je klanten?",
     "Freelance webdeveloper", "mijn klanten", "je klanten"),
    ("Hi Camille, I am a freelance Shopify developer. Could we collaborate on e-commerce projects for your clients?",
     "Freelance Shopify developer", "my clients", "your clients"),
]


@pytest.mark.parametrize("note,headline,mine,yours", YOUR_CLIENTS)
def test_sender_your_clients_are_her_clients(note: str, headline: str, mine: str, yours: str) -> None:
    text = sample_draft(note, headline=headline, name="Andrea Sala")
    assert mine in text
    assert yours not in text


def test_cut_quote_never_ends_on_a_preposition() -> None:
    text = sample_draft("Ciao Camille, sono un web developer freelance. Potremmo collaborare sui progetti e-commerce dei tuoi clienti? "
                        "Portfolio: andreasala.dev", headline="Shopify Developer freelance", name="Andrea Sala")
    assert "sui progetti e-commerce:" in text or "sui progetti e-commerce " not in text
    assert " dei:" not in text and " dei " + "l'idea" not in text
