"""Wave 121, group P: a note-less sender whose name and whose employer's name are of one other language is answered in it."""

from __future__ import annotations

from invitriage.drafts.notefacts import reply_language


def test_portuguese_name_and_portuguese_business_name_give_portuguese() -> None:
    # 121 es_pt_it note-43: "Head of Growth | Zappi Pagamentos" from Fernanda Oliveira was answered in English
    assert reply_language("", "fr", "Head of Growth | Zappi Pagamentos", "fr", name="Fernanda Oliveira") == "pt"


def test_other_languages_and_the_limits() -> None:
    assert reply_language("", "fr", "Marketing Lead | Nuvem Digital", "fr", name="Fernanda Oliveira") == "pt"
    # an English-named business, or a name of no other language, keeps the headline's English
    assert reply_language("", "fr", "Head of Growth at Spotify", "fr", name="Fernanda Oliveira") == "en"
    assert reply_language("", "fr", "Head of Growth | Zappi Pagamentos", "fr", name="Hannah Whitmore") == "en"
    # a note decides, never the name and business
    assert reply_language("Hi Camille, I'd love to connect and follow your work on SEO!", "en",
                          "Head of Growth | Zappi Pagamentos", "fr", name="Fernanda Oliveira") == "en"
