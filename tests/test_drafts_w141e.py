"""Wave 141, group E: a met-before note that offers something gets a thank-you for it, one that says what they build now
gets a line on that, and a meeting of last month never gets "what have you been up to since?"."""

from __future__ import annotations

from drafting import sample_draft


def test_offered_case_study_is_thanked_not_what_have_you_been_up_to() -> None:
    # 141 fr_en note-33: "happy to share the case study I told you about" answered "What have you been up to since?"
    en = sample_draft("Hi Camille, nice chatting at the SMX Paris afterparty! You mentioned you're looking at TikTok ads for a "
                      "client - happy to share the case study I told you about.", name="Lucas Martin")
    assert "up to since" not in en and "thanks in advance for the case study" in en
    it = sample_draft("Ciao Camille, piacere di averti conosciuta al meetup SEO di Milano! Stai lavorando su TikTok ads per un "
                      "cliente: ti mando volentieri il case study di cui ti parlavo.", name="Marco Rossi")
    assert "Su cosa stai lavorando" not in it and "grazie in anticipo per il case study" in it
    de = sample_draft("Hallo Camille, schön, dass wir uns auf der OMR unterhalten haben! Du hattest TikTok-Ads für einen Kunden "
                      "erwähnt – ich schicke dir gern die Fallstudie, von der ich erzählt habe.", name="Jonas Weber")
    assert "Woran arbeitest du gerade?" not in de and "danke schon mal für die Case Study" in de


def test_startup_they_work_on_is_asked_after() -> None:
    # 141 fr_en note-34 (review159): "Working on a travel startup" answered "What have you been up to since?"
    en = sample_draft("Hey! We were both at the SMX Paris afterparty, I'm the guy who spilled wine on your notebook 😅 sorry "
                      "again! Working on a travel startup, would be great to keep in touch", name="Chris Dale")
    assert "up to since" not in en and "How's the startup going?" in en
    fr = sample_draft("Salut Camille, on s'est croisés au meetup SEO Lyon, je bosse maintenant sur une startup de voyage, ravi "
                      "de garder le contact !", name="Tom Roux")
    assert "Comment se porte ta startup ?" in fr
    de = sample_draft("Hallo Camille, wir waren letzten Monat beide beim Growth Meetup in Berlin. Ich arbeite gerade an einem "
                      "Reise-Startup, lass uns in Kontakt bleiben!", name="Lena Braun")
    assert "Woran arbeitest du gerade?" not in de and "Wie läuft es mit deinem Start-up?" in de
    nl = sample_draft("Hoi Camille, we waren vorige maand allebei op de Growth meetup in Utrecht. Ik werk nu aan een "
                      "reisstartup, leuk om contact te houden!", name="Sanne Bakker")
    assert "Hoe gaat het met je start-up?" in nl


def test_meeting_last_month_gets_no_catch_up_question() -> None:
    # 141 fr_en note-12 (review159): a meetup "le mois dernier" is recent: nothing to catch up on "since"
    en = sample_draft("Hi Camille, we met at the Growth Hacking meetup in London last month, great to connect!", name="Amy Clark")
    assert "up to since" not in en and "working on at the moment" not in en
    de = sample_draft("Hallo Camille, wir haben uns letzten Monat beim SEO Meetup in München kennengelernt, schön, dass wir "
                      "jetzt vernetzt sind!", name="Paul Meier")
    assert "Woran arbeitest du gerade?" not in de and "Ich freue mich" in de


def test_meeting_in_march_still_asks_what_they_are_working_on() -> None:
    # 141 es_pt_it note-55, the must-not-change neighbour: a workshop months ago still asks what they are working on now
    it = sample_draft("Ciao Camille, eravamo insieme al workshop su Google Ads a Lione a marzo, io ero quello di Torino che "
                      "faceva mille domande sul budget 😅 A presto!", headline="Freelance SEM", name="Alessandro Conti")
    assert "Su cosa stai lavorando in questo periodo?" in it
