"""Wave 146, group W: a job seeker asking whether Camille is hiring ("hai posizioni aperte?", "tienes algo?",
"vc tá contratando?") gets her plain "I work alone, I'm not hiring" first, never canned CV tips or a promised opinion."""

from __future__ import annotations

from drafting import sample_draft


def test_italian_open_positions_question_gets_not_hiring_without_cv_tips() -> None:
    # 146 W es_pt_it note-54 (round 168): "hai posizioni aperte??" answered with canned CV/career-change advice
    it = sample_draft("ciao cerco lavoro come social media manager, hai posizioni aperte??", name="Matteo Bianchi")
    assert "Lavoro in proprio, senza un team, quindi non sto assumendo." in it
    assert "Venire da un altro settore" not in it and "Metterei in primo piano" not in it
    lei = sample_draft("Buongiorno, cerco lavoro come social media manager. Ha posizioni aperte?", name="Matteo Bianchi")
    assert "non sto assumendo" in lei and "Mi mandi pure il Suo CV" in lei


def test_spanish_tienes_algo_gets_not_hiring_and_no_opinion_on_question() -> None:
    # 146 W es_pt_it note-10 (round 168): "tienes algo?" never plainly answered; "te daré mi opinión sobre tu pregunta"
    es = sample_draft("hola, busco trabajo de community manager, tienes algo?", name="Pablo García")
    assert "Trabajo por mi cuenta, sin equipo, así que no estoy contratando." in es
    assert "opinión sobre tu pregunta" not in es
    usted = sample_draft("Buenos días, busco empleo como community manager. ¿Tiene alguna vacante?", name="Pablo García")
    assert "no estoy contratando" in usted and "Envíeme su CV" in usted


def test_portuguese_contratando_gets_not_hiring_in_both_variants() -> None:
    # 146 W es_pt_it note-32 (round 168): "vc ta contratando?" never plainly answered, sender's typo "area" copied
    br = sample_draft("to procurando emprego na area de social media, vc ta contratando?", name="Lucas Alves")
    assert "Trabalho por conta própria, sem equipe, então não estou contratando." in br
    assert "opinião sobre a sua pergunta" not in br and "na area" not in br
    pt = sample_draft("Estou à procura de emprego em marketing digital. Tens alguma vaga?", name="João Pereira")
    assert "não estou a recrutar" in pt


def test_job_seeker_asking_for_tips_keeps_the_tips() -> None:
    # 146 W must-not-change neighbour of note-10: a job seeker who asks for advice (not whether she hires) keeps the tips
    es = sample_draft("hola, busco trabajo de community manager, ¿tienes algún consejo?", name="Pablo García")
    assert "no estoy contratando" not in es
    assert "Yo pondría la experiencia por delante" in es and "Envíame tu CV por aquí" in es
