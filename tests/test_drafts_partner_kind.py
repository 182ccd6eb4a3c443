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


PARTNER_ON = [
    ("Hi Camille, really enjoyed your post on 10-step SEO audits. I'm a freelance copywriter specialised in SEO content — maybe we could "
     "partner on client projects?", "Freelance SEO Copywriter"),
    ("Hi Camille, freelance web designer here. Would you like to partner together on website projects?", "Freelance Web Designer"),
    ("Ciao Camille, sono copywriter freelance SEO. Potremmo associarci su qualche progetto cliente?", "Copywriter SEO freelance"),
]


@pytest.mark.parametrize("note,headline", PARTNER_ON)
def test_freelancer_partnering_is_a_partner_not_a_client(note: str, headline: str) -> None:
    text = sample_draft(note, headline=headline, name="Sophie Turner")
    assert any(w in text for w in ("working together", "collaborazione", "20-minute call", "call di 20 minuti"))
    assert "budget" not in text


PEER_VIA_POST = [
    ("Hoi, via de post van Julien Moreau bij je profiel uitgekomen. Ben zelf ook SEO consultant, lijkt me leuk om te connecten",
     "SEO Consultant | Freelance", "hetzelfde vak", ("introductie", "Julien", "help")),
    ("Hoi, via een artikel van Sanne de Vries op je profiel gekomen. Ben ook contentmarketeer.", "", "hetzelfde vak",
     ("introductie", "Sanne", "help")),
    ("Hi, hab dein Profil über den Post von Julien Moreau gesehen. Bin auch im Performance Marketing unterwegs. Lass uns connecten!",
     "Performance Marketing Lead", "Vernetzen", ("Gespräch", "Julien", "Vorstellung")),
    ("Hallo, ich bin über einen Beitrag von Lena Vogt auf dein Profil gestoßen. Ich bin auch im Online-Marketing unterwegs.",
     "", "Vernetzen", ("Gespräch", "Lena", "Vorstellung")),
    ("Hi, found your profile through Julien Moreau's post. I'm also an SEO consultant, happy to connect", "SEO Consultant",
     "connecting", ("introduc", "Julien", "budget")),
]


@pytest.mark.parametrize("note,headline,good,bad", PEER_VIA_POST)
def test_peer_found_through_a_post_is_no_introduction(note: str, headline: str, good: str, bad: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline, name="Daan Bos")
    assert good in text
    assert not any(b in text for b in bad), text
