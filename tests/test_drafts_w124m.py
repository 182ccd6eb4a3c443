"""Waves 124 and 125, our mends: the Meta small-budget answer says when several audiences pay off in words a reader would use (never
"une 2e audience si chacune a autant", "un secondo pubblico se ognuno ha tanto"); a call the sender proposes gets a German
yes without "passt mir gut … passen Ihnen"; an Italian trainee who applied the tips hears "i miei consigli", not a bare "l'"."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize(("note", "phrase", "clumsy"), [
    ("Hola Camille, vi tu post sobre Meta Ads. ¿Algún consejo para una tienda pequeña con poco presupuesto?",
     "varios públicos solo si cada uno puede tener ese presupuesto", "si cada uno recibe eso"),
    ("Ciao Camille, ho visto il tuo post sui Meta Ads. Qualche consiglio per un piccolo negozio con poco budget?",
     "più pubblici solo se ognuno può avere quel budget", "se ognuno ha tanto"),
    ("Oi Camille, vi seu post sobre Meta Ads. Alguma dica pra uma lojinha com orçamento pequeno?",
     "vários públicos só se cada um tiver esse valor", "um segundo público se cada um tiver isso"),
])
def test_several_audiences_clause_reads_naturally(note: str, phrase: str, clumsy: str) -> None:
    text = sample_draft(note)
    assert phrase in text and clumsy not in text, text


def test_german_call_proposed_by_the_sender_gets_a_plain_yes() -> None:
    de = sample_draft("Guten Tag Frau Laurent, wir haben uns beim Afterwork des Wirtschaftsclubs in Lyon kennengelernt. Hätten Sie "
                      "nächste Woche Zeit für ein kurzes Telefonat über Content-Marketing im B2B? Freundliche Grüße Martin Krüger",
                      name="Martin Krüger")
    assert "passt mir gut" not in de, de


def test_basic_french_said_in_passing_by_an_intern_gets_no_answer_to_an_unasked_question() -> None:
    # (wave 125 mend) "Do you take interns? I speak basic French :)" asks nothing about French: no "in most French companies it matters"
    en = sample_draft("Hello Camille, I'm a 2nd year Digital Marketing student at Manchester Met and I'm looking for a summer "
                      "internship abroad. Do you take interns? I speak basic French :) Thanks, Daniel", name="Daniel Wright")
    assert "it matters" not in en and "interns" in en, en


@pytest.mark.parametrize(("note", "headline"), [
    # (wave 125 mend) experienced senders who ask for reading, a blog rhythm or a team's training are no course-choosing juniors
    ("Hello Camille, I attended your training on content strategy in Lyon last month - super useful! Do you have any recommended "
     "reading to go further? Best, Grace", "Marketing Coordinator"),
    ("Olá Camille, fiz a sua formação de estratégia de conteúdos em setembro, foi ótima. Tenho uma dúvida: com que frequência "
     "recomenda publicar no blog para uma PME B2B? Obrigado", "Marketing Manager numa PME industrial"),
    ("Hallo Camille, via Pieter van Dam (Groeibureau) kreeg ik je naam. Wij zoeken iemand die ons marketingteam (8 mensen) een "
     "training social ads kan geven. Zou je daar in het voorjaar tijd voor hebben? Groet, Marloes", "Marketing Director, Vondel Verzekeringen"),
])
def test_experienced_senders_never_get_the_learners_course_choice(note: str, headline: str) -> None:
    text = sample_draft(note, headline=headline)
    for learner in ("course closest to the job", "curso mais próximo da função", "cursus kiezen die het dichtst"):
        assert learner not in text, text
