"""Wave 139 mends, found by reading the regression diff after the merge: the coffee answered with two days of her week
only when the sender asks when she is free; a coffee offered without that keeps "which days suit you?" (never two days
of her diary nobody asked for, never "Avec plaisir, parlons-en. Volontiers, on en parle autour d'un café")."""

from __future__ import annotations

from drafting import sample_draft


def test_a_coffee_with_her_days_asked_gets_two_days() -> None:
    # 139 mend (155 es_pt_it note-40): "Quando tens disponibilidade?" gets days, never the question back
    pt = sample_draft("Olá Camille, estivemos juntas no meetup Women in Digital em Lyon na terça. Como falámos, gostava de tomar "
                      "um café contigo para saber mais sobre as tuas formações para equipas. Quando tens disponibilidade?")
    assert "terça ou quinta" in pt
    fr = sample_draft("Bonjour Camille, on s'est croisées au meetup Women in Digital à Lyon mardi. J'aimerais prendre un café avec "
                      "toi pour parler de tes formations. Tu es dispo quand ?")
    assert "mardi ou jeudi" in fr


def test_a_coffee_offered_without_her_days_asked_keeps_the_open_question() -> None:
    # 139 mend, r148 fr_en note-15 and r102 fr_en note-17: "quels jours t'arrangent" had become "mardi ou jeudi", said twice
    fr = sample_draft("Salut Camille, on se croise souvent aux meetups lyonnais, un café un de ces jours pour parler SEO ?")
    assert "mardi ou jeudi" not in fr and "Volontiers, on en parle autour d'un café" not in fr
    en = sample_draft("Hi Camille, I run a small content agency in Lyon. Happy to grab a coffee and see how we could team up?")
    assert "Tuesday or Thursday" not in en
