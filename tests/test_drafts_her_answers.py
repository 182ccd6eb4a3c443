"""Her own answers (wave 82, group A): the portfolio answer fits any field (an SEO profile too, not only copywriters)."""

from drafting import sample_draft


def test_portfolio_answer_fits_an_seo_profile():
    nl = sample_draft("Hoi Camille, ik zoek al maanden een baan als junior SEO specialist. Heb je tips hoe ik mijn portfolio "
                      "sterker kan maken? Groet, Mohamed", headline="Junior SEO Specialist | Open to work", name="Mohamed El Amrani")
    assert "Search Console" in nl and "voor/na" in nl and "briefings" not in nl
    en = sample_draft("Hi Camille, I'm a junior looking for my first SEO role. How can I build a portfolio without clients?",
                      name="Tom Baker")
    assert "Search Console" in en and "before/after" in en and "write your own briefs" not in en

