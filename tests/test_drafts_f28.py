"""Review round 26, wave 28 (F): a training language offered as an alternative answered with the yes first; a job
seeker's lead promised once (it, pt); a thanks for her workshop, "again" or before a question, read as attended."""

from drafting import sample_draft


def test_language_alternative_said_yes_first_de():
    text = sample_draft("Guten Tag Frau Laurent, wir sind eine Kanzlei in Köln. Bieten Sie Inhouse-Schulungen für unser Team an, "
                        "auf Deutsch oder notfalls auf Englisch? Beste Grüße, Jens Vogel", name="Jens Vogel")
    assert "Auf Englisch sehr gern" in text
    assert "Auf Deutsch gebe ich keine" not in text


def test_language_alternative_said_yes_first_nl_en():
    nl = sample_draft("Goedendag, kunt u een training geven aan ons marketingteam, in het Nederlands of anders in het Engels?", name="Pieter de Wit")
    assert "In het Engels graag" in nl
    en = sample_draft("Hello Camille, do you run social ads trainings for teams, in Spanish or else in English? Best, Marta", name="Marta Gil")
    assert en.count("English") >= 1 and "I don't teach in English" not in en


def test_job_seeker_one_promise_it_pt():
    it = sample_draft("Buongiorno Camille, sono un SEO specialist con 4 anni di esperienza e cerco lavoro nel marketing digitale. "
                      "Se sente di qualcosa mi faccia sapere. Luca", name="Luca Bianchi")
    assert "sento parlare" not in it and "CV" in it
    pt = sample_draft("Olá Camille, sou designer de conteúdos com 2 anos de experiência e estou à procura de emprego em marketing. "
                      "Se souber de algo, diga-me por favor. Inês", name="Inês Costa")
    assert "lembro-me de" not in pt and "CV" in pt


def test_workshop_thanks_again_read_as_attended():
    de = sample_draft("Hallo Camille, vielen Dank nochmals für deinen Workshop zu Social Ads in München! Kannst du die Folien teilen? LG Jana",
                      name="Jana Roth")
    assert "Workshop" in de
    en = sample_draft("Hi Camille, thanks again for the content workshop yesterday. Would you mind sharing the slides?", name="Tom Hale")
    assert "workshop" in en


def test_workshop_thanked_before_question_nl_it():
    nl = sample_draft("Hallo Camille, bedankt voor de workshop SEO in Gent 🙂 Kun je de slides nog delen? Groet, Sanne", name="Sanne Peeters")
    assert "workshop" in nl and "ons gesprek" not in nl
    it = sample_draft("Ciao Camille, grazie per il workshop sui social di ieri a Milano 😊 Mi mandi le slide?", name="Marta Rossi")
    assert "workshop" in it


def test_move_to_her_city_met_with_she_works_there_too():
    pt = sample_draft("Olá Camille, sou designer de conteúdos e vou mudar-me para Lyon em outubro. Procuro trabalho em marketing. Rui",
                      name="Rui Matos")
    assert "Também trabalho em Lyon" in pt and "Boa sorte com a mudança" not in pt
    it = sample_draft("Buongiorno Camille, sono una SEO specialist e a marzo mi trasferisco a Lione. Cerco lavoro nel digitale. Chiara",
                      name="Chiara Neri")
    assert "lavoro a Lione" in it and "In bocca al lupo per il trasferimento" not in it
    en = sample_draft("Hi Camille, I'm relocating to Lyon this spring and looking for a social media role. Any leads? Maya", name="Maya Cole")
    assert "I work in Lyon too" in en


def test_move_elsewhere_keeps_the_plain_wish():
    es = sample_draft("Hola Camille, me mudo a Burdeos en enero y busco trabajo en marketing digital. ¿Algún consejo? Lucía", name="Lucía Gil")
    assert "trabajo en Burdeos" not in es


def test_city_setting_is_read():
    from invitriage.drafts.situation import _same_city
    from drafting import SAMPLE
    assert SAMPLE.city == "Lyon"
    assert _same_city("Lione", SAMPLE.city) and _same_city("Lyón", SAMPLE.city) and not _same_city("Lille", SAMPLE.city)
