"""Wave 120, group M: a recruiter's call asked for next week is the call's date, never the mission's start."""

from __future__ import annotations

from drafting import sample_draft


def test_call_next_week_is_not_read_as_a_start_date_nl() -> None:
    # 120 de_nl note-26: "Heb je volgende week tijd voor een korte call?" answered "een start volgende week is bespreekbaar"
    nl = sample_draft("Hallo Camille, een collega raadde me aan contact met je op te nemen. We zoeken een freelance "
                      "SEO-specialist voor een klant in Frankrijk. Heb je volgende week tijd voor een korte call? Groeten, Lotte",
                      headline="Projectmanager bij een bureau in Gent", name="Lotte Peeters")
    assert "start volgende week" not in nl
    assert "belletje volgende week" in nl


def test_call_next_week_is_not_read_as_a_start_date_en_de() -> None:
    en = sample_draft("Hi Camille, we're looking for a freelance SEO consultant for a client in France. "
                      "Would you have time for a quick call next week? Best, Tom", headline="Project manager at an agency", name="Tom Baker")
    assert "starting next week" not in en
    de = sample_draft("Hallo Camille, wir suchen eine freiberufliche SEO-Beraterin für einen Kunden in Frankreich. "
                      "Hätten Sie nächste Woche Zeit für ein kurzes Telefonat? Viele Grüße, Jana", headline="Projektmanagerin bei einer Agentur", name="Jana Vogel")
    assert "Start nächste Woche" not in de


def test_student_asking_about_the_consultant_trade_is_not_a_seo_client_fr() -> None:
    # 120 fr_en note-5: "je me pose plein de questions sur le métier de consultant SEO freelance… 15 min pour me donner
    # quelques conseils ?" answered with a call about "ton SEO", objectives and budget
    fr = sample_draft("Salut Camille ! Je suis en BUT info-com et je me pose plein de questions sur le métier de consultant SEO "
                      "freelance... tu aurais 15 min pour me donner quelques conseils ? Hugo", headline="", name="Hugo Lefèvre")
    assert "ton SEO" not in fr and "budget" not in fr
    assert "15 minutes" in fr


def test_trade_of_consultant_is_no_need_en_de() -> None:
    from invitriage.drafts.needs import needs
    assert needs("I have lots of questions about working as a freelance SEO consultant, would you have 15 min?", ["SEO"]) == []
    assert needs("Ich interessiere mich für den Beruf als SEO-Consultant, hast du 15 Minuten?", ["SEO"]) == []
    # a consultant wanted stays a need
    assert needs("We need a SEO consultant for our shop.", ["SEO"]) == ["seo"]
    assert needs("Nous cherchons un consultant SEO pour notre site.", ["SEO"]) == ["seo"]
    en = sample_draft("Hi Camille! I'm a communication student with lots of questions about working as a freelance SEO consultant... "
                      "would you have 15 min to give me some advice? Hugo", headline="", name="Hugo Martin")
    assert "your SEO" not in en and "budget" not in en


def test_texting_do_u_do_seo_audits_gets_her_yes() -> None:
    # 120 fr_en note-37: "do u do SEO audits for tiny shops or is that out of my budget?" never answered
    en = sample_draft("hey! started an online store selling vintage sneakers, traffic is basically zero lol. do u do SEO audits "
                      "for tiny shops or is that out of my budget? - Marcus", headline="", name="Marcus Lee")
    assert "Yes, I do SEO audits" in en
    assert "Good luck with your online store" not in en


def test_texting_do_u_offer_is_her_service_asked() -> None:
    from invitriage.drafts import notefacts, rx as cre
    assert cre.search(notefacts._YOU_DO["en"], "do u offer seo audits for small shops")
    assert cre.search(notefacts._YOU_DO["en"], "do you offer seo audits for small shops")
    assert not cre.search(notefacts._YOU_DO["en"], "i do seo audits for small shops")
