"""Wave 84 group D: wording slips in fr / en / pt / it replies (round 82)."""

from __future__ import annotations

from drafting import sample_draft


def test_search_length_is_not_a_contract_length() -> None:
    """ "job hunting … for 3 months": how long the search lasted, never "a new role for 3 months" (en note-38)."""
    for note in ("Hi Camille, I've been job hunting for a digital marketing role for 3 months after graduating. Would you look at my CV?",
                 "Hello Camille, I have been searching for an SEO job for six months now. Any advice?"):
        text = sample_draft(note, headline="Open to work", name="Ethan Brooks")
        assert "months," not in text and "months, I" not in text, text
        # (wave 129 i: a CV look asked is the answer, with no "if I hear of a new role" before it)
        assert ("If I hear of a new role" in text) != ("look at my CV" in note), text
    # a contract length stays: "an internship for 6 months"
    text = sample_draft("Hi Camille, I'm looking for an internship for 6 months in digital marketing from September.", name="Ethan Brooks")
    assert "for 6 months" in text, text


def test_french_talk_subject_is_picked_up_with_sur() -> None:
    """ "on a parlé de TikTok ads à la fin": "notre discussion sur TikTok ads", never "de TikTok ads à la fin" (fr note-18)."""
    text = sample_draft("Salut, on était ensemble au meetup Growth Hacking chez H7 mardi, on a parlé de TikTok ads à la fin. "
                        "Je voulais garder le contact ! Max", headline="Growth marketer", name="Maxime Blanc")
    assert "notre discussion sur TikTok ads :" in text, text
    assert "à la fin" not in text and "discussion de" not in text, text
    text = sample_draft("Bonjour Camille, ravie de notre échange jeudi au salon E-commerce, on a parlé de SEO local. Au plaisir !",
                        name="Sophie Martin")
    assert "discussion sur le SEO local" in text, text


def test_interview_timing_and_length_asked_plainly() -> None:
    """A journalist asking for an interview "next week" hears next week is fine and is asked how long they need (en note-32)."""
    note = ("Dear Ms Laurent,\nI am a journalist with Marketing Week preparing a feature on European freelance consultants. "
            "Would you be available for a short interview next week?\nKind regards,\nOliver Grant")
    text = sample_draft(note, headline="Journalist, Marketing Week", name="Oliver Grant")
    assert "interview next week, diary permitting" in text and "how long you need" in text, text
    assert "how long it takes" not in text, text


def test_judge_is_asked_what_there_is_to_assess() -> None:
    """An awards jury: "how much there is to assess", never "(how many reviews)" (en note-40)."""
    note = ("Dear Madam,\nI would like to invite you to join our panel of experts for the Global Marketing Awards 2025 as a judge. "
            "Please let me know if this is of interest.\nYours faithfully,\nMargaret Hill")
    text = sample_draft(note, headline="Awards Director", name="Margaret Hill")
    assert "how much there is to assess" in text, text
    assert "how many reviews" not in text, text


def test_portuguese_online_training_after_mentoring_says_tambem_once() -> None:
    """Mentoring and online training asked together: one "também", not two in a row (pt note-37)."""
    for note in ("Oi Camille, tudo joia? Sou fundadora de uma marca de cosméticos veganos e quero aprender a fazer meus próprios "
                 "anúncios. Vc dá curso ou mentoria online? Bjs, Aline",
                 "Olá Camille, dá mentoria individual? E as formações são online? Obrigada"):
        text = sample_draft(note, name="Aline Ribeiro")
        assert "mentoria individual" in text and "versão online" in text, text
        assert text.count("também") == 1, text
