"""Wave 64 group B: notes read as the wrong kind (a written interview, a referral swap, a guest lecture via Teams)."""

from drafting import sample_draft


def test_email_interview_is_answered_in_writing_not_a_call():
    for note in ("Hi Camille, I'm a reporter for Marketing Week writing about how freelance marketers in Europe use AI. "
                 "Could I interview you by email? Deadline is Friday.",
                 "Hello Camille, journalist at The Drum here. Would you mind if I interviewed you via email for a piece on SEO?"):
        text = sample_draft(note, headline="Reporter", name="Rachel Green")
        assert "email" in text and "call" not in text and "What times" not in text


def test_phone_or_email_offered_takes_the_written_answers():
    note = ("Geachte mevrouw Laurent,\nAls journalist bij Emerce schrijf ik een artikel over SEO. Zou u bereid zijn een paar "
            "vragen te beantwoorden, telefonisch of per e-mail?\nMet vriendelijke groet,\nRuben Dekker")
    text = sample_draft(note, headline="Redacteur, Emerce", name="Ruben Dekker")
    assert "e-mail" in text and "gesprek" not in text and "moet u wel zeggen" not in text


def test_referral_swap_is_a_partnership_not_a_pitch():
    for note, head in (("Hi Camille, I run a small Google Ads consultancy in Grenoble. Our services seem very complementary – "
                        "would you be open to exchanging referrals?", "Google Ads Consultant"),
                       ("Hello Camille, I'm a freelance web designer in Lyon. How about we swap referrals when a client needs "
                        "the other's skills?", "Web designer"),
                       ("Hoi Camille, ik heb een klein Google Ads-bureau in Utrecht. Zin om doorverwijzingen uit te wisselen?",
                        "Google Ads specialist")):
        text = sample_draft(note, headline=head, name="Anna Kowalski")
        assert "not something I need" not in text and "all the best with it" not in text
        assert any(w in text for w in ("each other", "elkaar"))


def test_guest_lecture_via_teams_is_named_and_accepted():
    note = ("Beste Camille, ik ben docent aan de Fontys Hogeschool en zou je graag uitnodigen voor een gastcollege over "
            "digital marketing via Teams, ergens in mei. Interesse? Met groet, Koen")
    text = sample_draft(note, headline="Docent Online Marketing", name="Koen Vermeulen")
    assert "gastcollege" in text and "mei" in text and "graag" in text and text.count("Leuk") + text.count("leuk") <= 1
