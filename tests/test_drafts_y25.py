"""Wave 25, Y: questions with stock answers (the field aimed at outweighs brands listed as examples, skills asked first,
how she works told on an either/or, no-interns refusal before the CV, an opening asked is no separate question)."""

from __future__ import annotations

from drafting import sample_draft


def test_field_aimed_at_beats_brands_listed_as_examples() -> None:
    es = sample_draft("Buenas Camille, termino el grado en Publicidad y quiero especializarme en SEO. "
                      "¿Qué certificaciones valen la pena? ¿Semrush, HubSpot, Google...?")
    assert "Semrush Academy" in es and "Meta Blueprint" not in es
    it = sample_draft("Ciao Camille, sto facendo un master e vorrei specializzarmi in SEO: che certificazioni mi consigli? Google, HubSpot?")
    assert "la certificazione SEO di HubSpot Academy" in it and "Meta Blueprint" not in it
    en = sample_draft("Hey Camille, which certifications would you recommend to learn SEO properly? Google, HubSpot?")
    assert "Semrush Academy" in en and "Meta Blueprint" not in en


def test_skills_asked_get_the_skills_not_the_portfolio() -> None:
    en = sample_draft("hello! final year business student here, keen to get into digital marketing. which skills should I learn first?")
    assert "skills that count most" in en and "portfolio" not in en
    fr = sample_draft("Bonjour Camille, je suis en licence info-com et j'aimerais travailler dans le marketing digital. "
                      "Quelles compétences développer en premier ?")
    assert "compétences qui comptent le plus" in fr
    de = sample_draft("Hallo Camille, ich studiere BWL und will ins Online-Marketing. Welche Fähigkeiten sollte ich zuerst lernen?")
    assert "Am meisten zählen" in de


def test_one_off_or_ongoing_gets_both_halves() -> None:
    en = sample_draft("Hi Camille, do you do one-off SEO audits or do you only work on a monthly retainer? We run a small B&B website.")
    assert "one-off audit" in en and "monthly follow-up" in en and "exactly what I do" not in en
    assert "where you're at" not in en
    fr = sample_draft("Bonjour Camille, vous faites des audits SEO ponctuels ou seulement de l'accompagnement mensuel ? "
                      "Nous avons un site pour notre cabinet d'architectes.")
    assert "audit ponctuel" in fr and "suivi mensuel" in fr
    nl = sample_draft("Hoi Camille, doe je een eenmalige SEO-audit of werk je alleen met maandelijkse begeleiding? Ik heb een webshop in kaarsen.")
    assert "eenmalige audit" in nl and "maandelijkse begeleiding" in nl


def test_no_interns_said_before_the_cv_never_after_a_promise() -> None:
    pt = sample_draft("Boa tarde Camille, terminei o curso de Marketing e gostava de fazer um estágio numa agência em França. "
                      "Tem alguma oportunidade?", headline="Recém-licenciada em Marketing")
    assert "não recebo estagiários" in pt and "opinião sobre a sua pergunta" not in pt
    assert "lembro-me de" not in pt or pt.index("não recebo estagiários") < pt.index("lembro-me de")
    es = sample_draft("Hola Camille, acabo de terminar la carrera y busco unas prácticas en marketing digital en Francia. ¿Tienes alguna oportunidad?")
    assert "no tengo plazas de prácticas" in es and "opinión sobre tu pregunta" not in es
    assert "Si me entero" not in es or es.index("no tengo plazas de prácticas") < es.index("Si me entero")
    en = sample_draft("Hi Camille, I'm a marketing student looking for a summer internship in digital marketing in Lyon. Any openings?")
    assert "not taking on interns" in en and en.count("not taking on interns") == 1
    assert "If I hear of" not in en or en.index("not taking on interns") < en.index("If I hear of")
