"""Wave 143, group K: career questions answered as asked. "How do I win freelance clients?" after a course is never
answered as a first job, and the shared first-clients advice speaks to the sender in her register (tu/vous, du,
tú, tu, você/tu, je/u) instead of the impersonal "qual serviço concreto se oferece", "le persone che si conoscono"."""

from __future__ import annotations

from drafting import sample_draft


def test_freelance_first_clients_after_a_course_is_not_a_first_job_answer_in_spanish() -> None:
    # 161 es_pt_it note-11: "conseguir clientes como freelance en SEO" answered "Para un primer empleo en SEO"
    es = sample_draft("Hola camille, acabo de terminar un bootcamp de marketing digital y estoy buscando mi primer trabajo. "
                      "Cualquier consejo sobre como conseguir clientes como freelance en SEO? mil gracias",
                      headline="Junior SEO | Buscando oportunidades", name="Pablo Ruiz")
    assert "primer empleo" not in es
    assert "contar a todos tus conocidos qué servicio concreto ofreces" in es


def test_freelance_first_clients_advice_speaks_to_the_sender_in_portuguese() -> None:
    # 161 es_pt_it note-33: "contar para todos os conhecidos qual serviço concreto se oferece" (impersonal)
    br = sample_draft("oi camille, terminei um curso de marketing digital e to buscando meu primeiro emprego na area. vc "
                      "teria alguma dica pra conseguir os primeiros clientes como freela de SEO? valeu demais",
                      headline="Junior de Marketing | Em busca de oportunidades", name="Lucas Souza")
    assert "se oferece" not in br
    assert "contar para todos os seus conhecidos qual serviço concreto você oferece" in br


def test_freelance_first_clients_advice_speaks_to_the_sender_in_italian() -> None:
    # 161 es_pt_it note-55: "far sapere a tutte le persone che si conoscono quale servizio preciso si offre"
    it = sample_draft("ciao camille, ho appena finito un corso di digital marketing e cerco il mio primo lavoro. qualche "
                      "consiglio per trovare i primi clienti come freelance SEO? grazie davvero",
                      headline="Junior SEO | In cerca di opportunità", name="Matteo Rossi")
    assert "si conoscono" not in it and "si offre" not in it
    assert "a tutte le persone che conosci quale servizio preciso offri" in it


def test_freelance_first_clients_advice_speaks_to_the_sender_in_german_and_french() -> None:
    # 161 es_pt_it note-55 (variants): "welchen Service man anbietet", "à tout son entourage quel service précis on propose"
    de = sample_draft("Hallo Camille, ich habe gerade einen Kurs in Online-Marketing abgeschlossen und suche meinen ersten "
                      "Job. Hast du Tipps, wie ich als Freelancerin im SEO Kunden gewinnen kann?",
                      headline="Junior SEO", name="Lena Maier")
    assert "welchen Service du anbietest" in de and "Startleitfaden" not in de
    fr = sample_draft("Bonjour Camille, je sors d'une formation en marketing digital et je cherche mon premier emploi. Des "
                      "conseils pour trouver des clients en freelance en SEO ?", headline="Junior SEO", name="Chloé Martin")
    assert "dire à tout votre entourage quel service précis vous proposez" in fr


def test_first_seo_job_without_freelance_keeps_its_answer() -> None:
    # 161 es_pt_it note-11 (must-not-change neighbour): a first job in SEO, no freelancing, keeps the SEO-job answer
    es = sample_draft("Hola Camille, acabo de terminar la carrera y busco mi primer empleo en SEO. ¿Qué me recomiendas "
                      "para entrar?", headline="Junior SEO", name="Lucía Gil")
    assert "Para un primer empleo en SEO, lo que más ayuda es enseñar una web trabajada" in es
    en = sample_draft("Hi Camille, I just finished a digital marketing bootcamp and I'm looking for my first job. Any advice "
                      "on how to get clients as a freelance SEO? thanks a lot", headline="Junior SEO", name="Tom Hale")
    assert "tell them exactly which service you offer" in en
