"""Wave 53, group D: wording that broke or repeated itself (a trade cut into the next clause, a doubled "glad it helped",
"a piece about" echoed, English said to be "also fine" when asked for, "je wensen" to a team)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

from invitriage.drafts.told import experience_line


@pytest.mark.parametrize("note, lang, said, not_said", [
    ("Hoi Camille, na 4 jaar als contentmarketeer zoek ik een nieuwe uitdaging in Lyon.", "nl", "Met 4 jaar ervaring als contentmarketeer heb je", "zoek heb"),
    ("Ik heb 4 jaar ervaring en verhuis in september naar Lyon.", "nl", "Met 4 jaar ervaring heb je", "verhuis"),
    ("After 3 years as content marketer looking for a job in Lyon.", "en", "With 3 years as content marketer behind you", "looking behind"),
    ("Tras 4 años como community manager busco trabajo en Lyon.", "es", "Con 4 años como community manager a tus espaldas", "busco"),
    ("Após 4 anos como gestora procuro emprego em Lyon.", "pt", "Com 4 anos de experiência como gestora, tens", "procuro"),
    ("I was laid off after 6 years as a content manager.", "en", "With 6 years as a content manager behind you", "looking"),
])
def test_the_trade_after_the_years_never_runs_into_the_next_clause(note: str, lang: str, said: str, not_said: str) -> None:
    line = experience_line(note, lang, informal=True)
    assert said in line
    assert not_said not in line


@pytest.mark.parametrize("note", [
    "Hi Camille, I'm a writer for Marketing Week working on a piece about freelance consultants in Europe. Could I ask you a few questions by email this week?",
    "Hi Camille, I'm working on an article about remote marketing teams in Europe. Could I send you a few questions by email?",
])
def test_the_senders_piece_is_named_as_theirs(note: str) -> None:
    text = sample_draft(note, headline="Journalist", name="Laura Smith")
    assert "a piece about" not in text and "an article about" not in text
    assert "your piece on" in text or "your article on" in text or "Thank you for connecting" in text


def test_the_senders_piece_for_marketing_week() -> None:
    text = sample_draft("Hi Camille, I'm a writer for Marketing Week working on a piece about freelance consultants in Europe. Could I ask "
                        "you a few questions by email this week?", headline="Journalist, Marketing Week", name="Laura Smith")
    assert "about your piece on freelance consultants" in text


@pytest.mark.parametrize("note", [
    "Goedendag Camille, wij zijn een marketingteam van 8 personen bij een verzekeraar en zoeken een training contentstrategie (Engelstalig). "
    "Geef je ook incompany trainingen en wat zijn je tarieven? Met vriendelijke groet, Anouk Visser",
    "Hoi Camille, ons team van 6 marketeers wil een SEO-training, in het Engels mag ook. Wat kost dat? Groet, Daan",
    "Beste Camille, ons marketingteam (10 mensen) zoekt een workshop social ads, graag in het Engels. Wat zijn je tarieven? Groet, Kim",
])
def test_dutch_team_training_english_and_the_teams_wishes(note: str) -> None:
    text = sample_draft(note, name="Anouk Visser")
    assert "Engels vind ik ook helemaal goed" not in text
    assert "over je wensen" not in text
    assert "jullie wensen" in text or "jullie" in text


@pytest.mark.parametrize("note, said", [
    ("Olá Camille, li o teu artigo sobre SEO para lojas online e ajudou-me imenso com a minha loja de cerâmica. Obrigado pela partilha! Nuno Correia",
     "gostaste de ler o meu artigo sobre SEO para lojas online e que te foi útil!"),
    ("Olá Camille, vi o teu post sobre anúncios no Instagram e ajudou-me muito no meu café. Obrigada! Rita",
     "e que te foi útil!"),
])
def test_portuguese_help_said_once(note: str, said: str) -> None:
    text = sample_draft(note, name="Nuno Correia")
    assert said in text
    assert "ainda bem que isso" not in text
