"""Round 69's rewrites fixed by hand: comments asked for by email by a deadline are answered in writing by then (never
a call next week), and "mi permetto di chiederLe il collegamento" asks for the connection, not questions."""

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note", [
    "Dear Camille,\nI'm writing a piece for Marketing Week on how European freelancers are using AI in their SEO "
    "workflows. Would you be willing to share a few comments by email before Friday?\nBest,\nRachel Stone",
    "Hi Camille, I'm a journalist at The Drum. Could you give me some quick comments on AI and SEO by email before Friday?",
])
def test_comments_by_email_before_a_deadline_are_answered_in_writing(note):
    text = sample_draft(note, headline="Freelance journalist – Marketing Week", name="Rachel Stone")
    assert "before Friday" in text and "questions" in text
    assert "20-minute call" not in text and "next week" not in text


def test_the_connection_asked_for_in_italian_is_no_question_to_answer():
    text = sample_draft("Gentile Dott.ssa Laurent,\nleggo la Sua newsletter da diversi mesi e mi è stata molto utile per "
                        "il mio e-commerce. Mi permetto di chiederLe il collegamento.\nCordiali saluti,\nMarco Ferrari",
                        headline="Titolare di Ceramiche Ferrari", name="Marco Ferrari")
    assert "newsletter" in text
    assert "domande" not in text and "entro la settimana" not in text


def test_a_move_to_a_country_already_made_names_the_country_with_its_article():
    text = sample_draft("Olá Camille, sou analista de SEO com 5 anos de experiência, me mudei pra França recentemente "
                        "(falo francês B2). Estou buscando vagas ou projetos freelance. Se souber de algo ou precisar de "
                        "apoio, estou à disposição! Gustavo Ribeiro", name="Gustavo Ribeiro")
    assert "adaptando bem à França" in text
    assert "{" not in text and "}" not in text


def test_a_draft_with_an_unfilled_slot_is_refused_with_the_template_named(tmp_path):
    from invitriage.drafts.writer import draft_for
    from invitriage.errors import ConfigError

    from drafting import SAMPLE

    for name in ("generic", "benefit"):  # (a plain hello is drafted from either)
        (tmp_path / f"{name}.en.txt").write_text("{{ greeting }}\n\nThanks for connecting, see you in {x}!\n\nCheers,\n{{ signature }}\n",
                                                 encoding="utf-8")
    item = {"name": "Ann Lee", "note": "Hi Camille, happy to connect!", "headline": "", "lang": "en", "intent": "generic",
            "action": "reply"}
    with pytest.raises(ConfigError, match=r"\.en\.txt: draft has an unfilled slot: \{x\}"):
        draft_for(item, SAMPLE, tmp_path)
