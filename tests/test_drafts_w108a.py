"""Fix wave 108, group A: direct questions answered (the owner's FAQ answers and their selection)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,name,headline,must", [
    # round 107 es_pt_it note-10: "me preguntaba qué certificaciones …" asks as "me pregunto" does
    ("Hola Camille, acabo de terminar el master en marketing digital y estoy buscando mi primer trabajo. Me preguntaba que "
     "certificaciones me recomiendas para destacar en SEO. Gracias de antemano", "Irene Castro", "Junior Digital Marketer", "HubSpot"),
    ("Ciao Camille, ho appena finito il master in marketing digitale. Mi chiedevo quali certificazioni mi consigli per la SEO. Grazie",
     "Giulia Bianchi", "Junior Marketer", "HubSpot"),
    ("Bonjour Camille, je viens de finir mon master en marketing digital. Je me demandais quelles certifications vous conseillez "
     "pour le SEO. Merci", "Léa Petit", "Junior Marketer", "HubSpot"),
])
def test_a_question_told_in_the_past_tense_is_answered(note: str, name: str, headline: str, must: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert must in text, text


@pytest.mark.parametrize("note,name", [
    # round 107 fr_en note-37: "do you think X is worth it with a tiny budget?" asks her view, never whether she takes small budgets
    ("Hi Camille, I watched your LinkedIn Live on Meta ads yesterday. Quick question: do you think Advantage+ campaigns are worth it "
     "for a store with a tiny budget (~£200/month)? Thanks! Grace", "Grace Lin"),
    ("Hello Camille, would you say Meta ads still work for a small shop with a limited budget of $300 a month?", "Tom Baker"),
])
def test_an_opinion_asked_on_a_small_budget_gets_no_sales_yes(note: str, name: str) -> None:
    text = sample_draft(note, headline="Founder", name=name)
    assert "small budgets too" not in text and "I work a lot with small businesses" not in text, text
    assert "Meta" in text, text


def test_do_you_work_with_small_budgets_still_gets_the_yes() -> None:
    text = sample_draft("Hi Camille, do you work with small budgets? I run a small candle shop.", name="Emma Stone")
    assert "small" in text and "Yes" in text, text


@pytest.mark.parametrize("note,name,headline,must,story", [
    # round 107 fr_en note-5: her start AND the certifications asked in the same sentence: both answered
    ("Bonjour, je suis en BTS com et j'aimerais savoir comment vous avez debuté dans le marketing digital, quelles certifs vous "
     "conseillez ? merci beaucoup", "Hugo Lefèvre", "Étudiant BTS Communication", "Blueprint", "par hasard"),
    ("Hi Camille, I am a marketing student. How did you get into SEO, and which certifications would you recommend?", "Tom Baker",
     "Marketing student", "Blueprint", "by chance"),
    ("Hola Camille, soy estudiante de marketing. ¿Cómo empezaste en el marketing digital y qué certificaciones me recomiendas?",
     "Lucía Gómez", "Estudiante de marketing", "Blueprint", "por casualidad"),
])
def test_her_path_and_a_question_beside_it_are_both_answered(note: str, name: str, headline: str, must: str, story: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert must in text and story in text, text


def test_her_path_asked_alone_keeps_her_whole_story() -> None:
    text = sample_draft("How did you get into SEO? Thanks a lot!", headline="Marketing student", name="Tom Baker")
    assert "by chance" in text and "My tip" in text and "Blueprint" not in text, text


@pytest.mark.parametrize("note,name,headline", [
    # round 107 es_pt_it note-32: SEO named as the field they want to work in: the SEO courses and certifications, never
    # "it depends on the job" with Google Ads and Meta Blueprint
    ("Oi Camille, me formei em Marketing ano passado e to procurando meu primeiro emprego. Que dica vc daria pra quem quer trabalhar "
     "com SEO? Vale a pena fazer certificação do Google?", "Gabriel Santos", "Analista de Marketing Júnior"),
    ("Hi Camille, I graduated last year and I am looking for my first job. Any tip for someone who wants to work in SEO? Is a Google "
     "certification worth it?", "Tom Baker", "Junior Marketing Analyst"),
    ("Ciao Camille, mi sono laureata l'anno scorso e cerco il primo lavoro. Che consiglio daresti a chi vuole lavorare nella SEO? "
     "Vale la pena fare una certificazione Google?", "Giulia Bianchi", "Junior Marketing"),
])
def test_the_field_they_want_to_work_in_names_the_certification_answer(note: str, name: str, headline: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert "HubSpot Academy" in text and "Search Console" in text, text
    assert "Blueprint" not in text, text


@pytest.mark.parametrize("note,name,lead", [
    # round 108 fr_en note-5: the tool asked by name ("Looker Studio ?") leads her answer, never buried after her method
    ("Bonjour Camille, votre post sur les KPI des campagnes LinkedIn Ads m'a beaucoup parlé. Quel outil utilisez-vous pour le "
     "reporting ? Looker Studio ?", "Antoine Roux", "Pour les clients, un tableau Looker Studio"),
    ("Hi Camille, your post on LinkedIn Ads KPIs was spot on. Which tool do you use for reporting? Looker Studio?", "Mark Evans",
     "For clients, a one-page Looker Studio"),
    ("Ciao Camille, bel post sui KPI delle campagne. Che strumento usi per il reporting? Looker Studio?", "Marco Rossi",
     "Per i clienti, una dashboard Looker Studio"),
])
def test_the_tool_asked_by_name_leads_the_answer(note: str, name: str, lead: str) -> None:
    text = sample_draft(note, name=name)
    body = text.split("\n")[3]
    assert body.startswith(lead), text


def test_a_method_question_keeps_the_method_first() -> None:
    text = sample_draft("Hi Camille, how do you measure the ROI of your content marketing?", name="Mark Evans")
    assert "I keep it simple" in text and text.index("I keep it simple") < text.index("Looker Studio"), text
