"""Wave 57 group D: Spanish exclamation marks calmed like other languages'; a "game changer" piece is named."""
from drafting import sample_draft


def _body(text: str) -> str:
    return "\n\n".join(text.split("\n\n")[1:-1])


def test_spanish_gushy_body_keeps_first_and_last_exclamation() -> None:
    text = sample_draft("Buenas Camille, leo tu newsletter cada martes desde hace meses. El ultimo numero sobre Meta Ads con "
                        "presupuestos pequeños me sirvio muchísimo para mi tienda online de cerámica. Gracias por compartir!",
                        headline="Fundadora de Barro y Sal (e-shop)", name="Marta Gil")
    body = _body(text)
    assert body.count("!") <= 2 and body.count("¡") == body.count("!"), text
    assert "Me alegra mucho" in body and "¡Me alegra" not in body, text


def test_spanish_calm_reply_has_no_orphan_opening_mark() -> None:
    text = sample_draft("Hola Camille, buscamos un Head of SEO para nuestra agencia en Madrid, puesto indefinido. ¿Te interesaría?",
                        headline="Talent Acquisition Manager", name="Lucía Romero")
    body = _body(text)
    assert body.count("¡") == body.count("!"), text


def test_game_changer_piece_is_named() -> None:
    for note, words in (
        ("Hello Camille, I've been reading your newsletter for months – the piece on content calendars was a game changer "
         "for my team. Happy to connect!", "content calendars"),
        ("Hi Camille, long-time reader of your newsletter. Your issue about LinkedIn carousels was a real game changer "
         "for us. Let's connect", "LinkedIn carousels"),
        ("Hello Camille, big fan of your newsletter, the one on content calendars is a game-changer!", "content calendars"),
    ):
        text = sample_draft(note, headline="Content Lead at Brightwave", name="Priya Shah")
        assert words in text and ("useful" in text or "helped" in text), text
