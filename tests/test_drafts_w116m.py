"""After round 117, the merger's mend: one person selling followers "for your clients" is a seller declined politely, never
offered a call "about that budget"; a small shop owner whose traffic is low and who asks for a chat about SEO is a client,
never declined as a pitch."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, declined", [
    ("Bjr, je vends des packs de followers Instagram 100% réels, 1000 abonnés à 9€. Interessée pour vos clients ?", "votre offre"),
    ("hey, I sell verified instagram followers, 1k for $10, real accounts. Interested for your clients?", "not something I need"),
    ("Hola, vendo seguidores de Instagram reales, 1000 por 9 €. ¿Te interesa para tus clientes?", "no lo necesito"),
])
def test_one_person_selling_to_her_clients_is_a_seller(note: str, declined: str) -> None:
    draft = sample_draft(note, headline="Growth", name="Alex Martin")
    assert declined in draft
    assert "20" not in draft and "budget" not in draft and "presupuesto" not in draft


@pytest.mark.parametrize("note", [
    "Hi Camille, I sell handmade candles on Etsy and my traffic is low. Interested in a quick chat about SEO?",
    "Hi Camille, I have a small Etsy shop selling candles and my traffic is low. Could we have a quick chat about SEO?",
])
def test_shop_owner_with_low_traffic_asking_a_chat_is_a_client(note: str) -> None:
    draft = sample_draft(note, headline="Owner", name="Emma Stone")
    assert "not something I need" not in draft
    assert "20-minute" in draft and "SEO" in draft


def test_a_shop_owner_selling_on_etsy_is_no_seller() -> None:
    draft = sample_draft("Hi Camille, I sell candles on Etsy. Do you have tips for Etsy SEO?", headline="Owner", name="Emma Stone")
    assert "not something I need" not in draft
