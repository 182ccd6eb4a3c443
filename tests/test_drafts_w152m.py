"""Wave 152 mend: the slides or recording of someone else's workshop ("beim Workshop von Marie Lefèvre … Hast du die Folien
noch?") are looked for, never promised; her own workshop's slides are still sent."""

from __future__ import annotations

from drafting import sample_draft


def test_someone_elses_slides_are_looked_for_never_promised() -> None:
    # 177 de_nl note-15: "Klar! Ich schicke dir die Folien hier per Nachricht." for Marie Lefèvre's workshop
    de = sample_draft("Hi Camille, wir haben beim Workshop von Marie Lefèvre in Paris nebeneinander gesessen :) Ich bin die mit "
                      "dem Tourismus-Startup. Hast du eigentlich die Folien von dem Workshop noch? LG Miriam", name="Miriam Vogel")
    assert "Ich schaue nach, ob ich die Folien noch habe" in de and "Klar! Ich schicke" not in de
    fr = sample_draft("Bonjour Camille, on était assises côte à côte à l'atelier de Julie Petit à Nantes ! Tu as encore les "
                      "slides de l'atelier ? Merci, Inès", name="Inès Roux")
    assert "Je regarde si j'ai encore les slides" in fr and "je te les envoie ici" in fr
    en = sample_draft("Hi Camille, we sat next to each other at Tom Baker's workshop in London. Do you still have the slides "
                      "from that session? Thanks, Amy", name="Amy Clarke")
    assert "I'll check whether I still have the slides" in en
    nl = sample_draft("Hoi Camille, we zaten naast elkaar bij de workshop van Eva de Boer in Utrecht. Heb je de slides nog? "
                      "Groetjes, Lotte", name="Lotte Smit")
    assert "Ik kijk even of ik de slides nog heb" in nl


def test_her_own_workshops_slides_are_still_sent() -> None:
    de = sample_draft("Hallo Camille, danke für deinen Workshop zu Social Ads gestern in Lyon! Kannst du mir die Folien "
                      "schicken? Viele Grüße, Jonas", name="Jonas Weber")
    assert "Ich schicke dir die Folien" in de and "Ich schaue nach" not in de


def test_one_way_or_the_other_is_no_yes_no_question_on_her_services() -> None:
    # 178 de_nl note-27: "werk je met een vast testbudget per week of per campagne?" answered "Ja, dat is precies wat ik doe!"
    nl = sample_draft("Hoi Camille, las je post over TikTok ads voor kleine merken, super interessant. Vraagje: werk je met een "
                      "vast testbudget per week of per campagne? Dank je! 🙌 Lotte", name="Lotte Mulder")
    assert "precies wat ik doe" not in nl and "bellen" not in nl and "per dag" in nl
    # a yes/no question on her services keeps its yes
    nl2 = sample_draft("Hoi Camille, werk je ook met kleine webshops voor SEO? Groet, Daan", name="Daan Visser")
    assert "Ja" in nl2


def test_standing_out_asked_by_an_experienced_job_seeker_gets_her_positioning_advice() -> None:
    # 178 de_nl note-29: an SEO with three agency years got the career changer's tips ("Kom je uit een andere sector…")
    nl = sample_draft("Hallo Camille, ik ben op zoek naar een nieuwe baan als SEO specialist na 3 jaar bij een bureau. Heb jij tips "
                      "hoe ik me kan onderscheiden? Zou het fijn vinden om even te sparren.\nGroeten, Bram",
                      headline="SEO Specialist | Open to work", name="Bram de Jong")
    assert "specialisme" in nl and "andere sector" not in nl and "pauze" not in nl
    # elsewhere, standing out keeps her stand-out answer (tests/test_drafts_w129i.py)
    en = sample_draft("Hi Camille, I am looking for a new SEO role after 3 years at an agency. Any tips on how to stand out to "
                      "agencies on LinkedIn? Thanks, Ben", name="Ben Carter")
    assert "What works best: a headline that names the job you want" in en


def test_a_short_chat_asked_from_afar_or_before_a_move_is_a_call_with_the_coffee_after_the_move() -> None:
    # regression of wave 152 E (r29 fr_en note-28): "a coffee or a call in the next two weeks" to someone moving in spring
    en = sample_draft("Hi Camille, I'm a content strategist (6 yrs, B2B SaaS) relocating to Lyon in the spring. I'm looking for "
                      "roles or freelance projects in the area. Would you be open to a short chat about the local market? "
                      "Thanks, Emily Carter", name="Emily Carter")
    assert "Happy to have a call" in en and "a coffee or a call" not in en and "once you've settled in" in en
    # 178 de_nl note-29: "Graag een koffie of een belletje" from Lyon to a Dutch job seeker
    nl = sample_draft("Hallo Camille, ik ben op zoek naar een nieuwe baan als SEO specialist na 3 jaar bij een bureau. Heb jij tips "
                      "hoe ik me kan onderscheiden? Zou het fijn vinden om even te sparren.\nGroeten, Bram",
                      headline="SEO Specialist | Open to work", name="Bram de Jong")
    assert "Graag een belletje" in nl and "koffie" not in nl
    # someone in her city keeps the coffee
    en2 = sample_draft("Hi Camille, I'm a junior SEO in Lyon looking for my next role. Would you be open to a short chat? Thanks, Tom",
                       name="Tom Reed")
    assert "a coffee or a call" in en2


def test_a_course_on_a_platform_is_denied_only_when_the_owner_says_where_she_publishes() -> None:
    # wave 152 B wrote "I have no course on Udemy" into every draft: an owner fact, now the answer fact course_platforms
    from dataclasses import replace

    from drafting import SAMPLE
    from invitriage.drafts.writer import draft_for
    from invitriage.judge.classify import classify

    note = ("Hallo Camille, ich habe dein Training zu Google Analytics 4 auf Udemy gemacht (glaube ich jedenfalls, dass es deins "
            "war). Gibt es auch einen Kurs für Fortgeschrittene? LG Nina")

    def text(settings):
        j = classify([note], owner_lang="fr")[0]
        return draft_for({"name": "Nina Roth", "note": note, "headline": "", "lang": j.lang, "intent": j.intent,
                          "action": "reply", "evidence": []}, settings, settings.templates_dir).text

    assert SAMPLE.course_platforms == []
    assert "Auf Udemy habe ich keinen Kurs" in text(SAMPLE)
    unset = text(replace(SAMPLE, course_platforms=None))
    assert "Udemy" not in unset and "Einen festen Aufbaukurs" in unset and "meinem Training" not in unset
    assert "keinen Kurs" not in text(replace(SAMPLE, course_platforms=["Udemy"]))


def test_a_bad_course_platforms_value_is_one_clear_line() -> None:
    import pytest

    from invitriage.errors import ConfigError
    from invitriage.settings import Settings

    assert Settings.from_mapping({"course_platforms": ["Udemy", " "]}).course_platforms == ["Udemy"]
    with pytest.raises(ConfigError) as err:
        Settings.from_mapping({"course_platforms": 3})
    assert "course_platforms must be a list of course platforms" in str(err.value) and "\n" not in str(err.value)
