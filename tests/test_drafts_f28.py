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
    assert "Ja, in het Engels geef ik graag" in nl
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
