"""Wave 154, our mends after reading the regression: a question recalled ends before the sender's own verb ("die Frage zu
TikTok Ads gestellt hat" → "deine Frage zu TikTok Ads", never "… zu TikTok Ads gestellt!")."""

from __future__ import annotations

import pytest

from invitriage.drafts.told import asked_line


@pytest.mark.parametrize(("note", "lang", "want"), [
    ("Hallo Camille, ich war die Deutsche, die nach deinem Vortrag die Frage zu TikTok Ads gestellt hat 😄", "de",
     "Klar erinnere ich mich an deine Frage zu TikTok Ads!"),
    ("Hoi Camille, ik was degene die de vraag over Meta Ads gesteld had op het event", "nl", "Je vraag over Meta Ads weet ik nog goed!"),
    ("Hi Camille, I was the one with the question about GA4 😅", "en", "Of course I remember your question on GA4!"),
])
def test_the_question_recalled_ends_before_the_senders_verb(note: str, lang: str, want: str) -> None:
    assert asked_line(note, lang, informal=True) == want


def test_a_career_changer_keeps_another_sector_as_an_asset() -> None:
    # 154 J dropped "coming from another sector is an asset" for anyone who tells no move; "transitioning into digital
    # marketing after 10 years in retail" tells one (r177 en note-39)
    from drafting import sample_draft
    text = sample_draft("Hello, I'm moving over to digital marketing after 12 years in hospitality. I'm job hunting at the moment "
                        "and any advice on breaking into the field would be welcome. Thanks, Grace",
                        headline="Aspiring Digital Marketer | Ex-Hotel Manager", name="Grace Hill", with_evidence=True)
    assert "another sector is an asset" in text, text


def test_a_question_still_to_ask_is_never_recalled() -> None:
    # "Mi era rimasta una domanda su Google Business Profile… colleghiamoci!": a question she still has, never "of course I
    # remember your question" (r177 it note-45)
    assert asked_line("Ciao Camille! Ci siamo conosciute al tuo workshop. Mi era rimasta una domanda su Google Business "
                      "Profile… colleghiamoci!", "it", informal=True) == ""
    assert asked_line("Ciao Camille, ero quella con la domanda su TikTok al workshop!", "it", informal=True)


def test_the_question_recalled_never_ends_on_a_link_word() -> None:
    # "die Frage zu TikTok Ads fuer B2B": cut after two words, "für" left dangling (r27 de note-1)
    line = asked_line("Hallo Camille, ich war die mit der Frage zu Pinterest Ads fuer Onlineshops 😊", "de", informal=True)
    assert line == "Klar erinnere ich mich an deine Frage zu Pinterest Ads!", line


def test_internships_applied_for_elsewhere_get_no_dates_asked() -> None:
    # "worth getting the cert before applying for internships?": 154 A took her no to interns away; the CV offer then asked
    # "with your dates" as if she might take him (r183 en note-35)
    from drafting import sample_draft
    text = sample_draft("hi! marketing student here, is the google ads cert worth it before applying for internships? thanks",
                        headline="Marketing student", name="Tom Reed")
    assert "with your dates" not in text and "interns" not in text, text


def test_years_in_the_same_trade_are_no_other_sector() -> None:
    # "después de 2 años en una agencia": the same trade, so no "another sector is an asset" (r38 es note-8)
    from drafting import sample_draft
    text = sample_draft("Buenas tardes, busco trabajo como community manager después de 3 años en una agencia en Valencia. "
                        "¿Tienes algún consejo o sabes de alguna oferta?", headline="Community Manager | Social Media",
                        name="Lucía Ramos", with_evidence=True)
    assert "Venir de otro sector" not in text, text
