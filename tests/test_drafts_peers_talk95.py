"""Wave 95, group S: friends, peers and referrals who ask to talk, and a shop said back without its time phrase."""

from __future__ import annotations

import pytest
from drafting import sample_draft

SHOP_SINCE = [
    ("Hola Camille, vi tu post sobre comprar seguidores. Yo lo hice con mi tienda de ropa hace 2 años y fue un desastre jaja.",
     "tienda de ropa", ("hace 2", "ropa hace")),
    ("Hallo Camille, toller Post über gekaufte Follower. Ich habe das mit meinem Onlineshop für Mode vor 2 Jahren gemacht!",
     "Onlineshop für Mode", ("vor 2", "Mode vor")),
    ("Ciao Camille, bel post sui follower comprati. L'ho fatto con il mio negozio di abbigliamento 2 anni fa, un disastro!",
     "negozio di abbigliamento", ("2 anni", "abbigliamento 2")),
    ("Olá Camille, adorei o teu post sobre comprar seguidores. Fiz isso com a minha loja de roupa há 2 anos e foi um desastre!",
     "loja de roupa", ("há 2", "roupa há")),
    ("Hoi Camille, leuke post over gekochte volgers. Ik deed dat met mijn webshop in kleding 2 jaar geleden, een ramp!",
     "webshop in kleding", ("2 jaar", "kleding 2")),
]


@pytest.mark.parametrize(("note", "shop", "bad"), SHOP_SINCE)
def test_shop_named_without_its_time_phrase(note: str, shop: str, bad: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="", name="Ana Ruiz")
    assert shop in text
    for b in bad:
        assert b not in text
