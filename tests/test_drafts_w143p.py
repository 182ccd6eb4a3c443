"""After rounds 162 and 163 (unreviewed): a question on zero-click searches ("does organic traffic matter less for small
shops?") gets her view on SEO's future, never "tell me about your business and budget"; a freelancer selling her own
hours at a price ("biete … an. Ab 12€/Std.") is a pitch declined, never a client asked her budget."""

from __future__ import annotations

from drafting import sample_draft


def test_zero_click_question_gets_her_view() -> None:
    # 162 de_nl note-13 / note-35: zero-click and organic traffic → "Erzähl mir … dein Budget"
    de = sample_draft("Hallo Camille, dein Post über Zero-Click-Suchen war spannend – aber glaubst du wirklich, dass organischer "
                      "Traffic für kleine Shops dadurch weniger wichtig wird? Würde gern deine Meinung hören.")
    assert "SEO verschwindet nicht" in de and "Budget" not in de
    nl = sample_draft("Hoi Camille, interessante post over zero-click zoekopdrachten! Maar betekent dat volgens jou dat kleine "
                      "webshops minder in SEO moeten investeren? Ben benieuwd naar je mening.")
    assert "SEO verdwijnt niet" in nl and "budget" not in nl
    en = sample_draft("Hi Camille, your post on zero-click searches was great - do you think organic traffic will matter less "
                      "for small shops?")
    assert "SEO isn't going away" in en
    # (growing organic traffic, asked without zero-click or the future, keeps its own answer)
    grow = sample_draft("Hi Camille, how can I grow organic traffic to my small shop's site?")
    assert "SEO isn't going away" not in grow


def test_a_freelancer_selling_her_hours_is_declined() -> None:
    # 162 de_nl note-17: a virtual assistant "ab 12€/Std." read as a client and asked her budget
    de = sample_draft("Hi, ich bin Virtual Assistant und biete günstige Unterstützung bei Social Media Posting an. Ab 12€/Std. "
                      "Interesse? Gruß Sandra")
    assert "keinen Bedarf" in de and "Budget" not in de
    en = sample_draft("Hi Camille, I'm a virtual assistant and offer social media scheduling support. From 15€ per hour. Interested?")
    assert "Budget" not in en and "budget" not in en


def test_serving_clients_together_is_a_partnership() -> None:
    # 163 de_nl note-35: "misschien kunnen we samen Franstalige klanten bedienen?" → "ik geef mijn trainingen in het Frans"
    nl = sample_draft("Hoi Camille! We zaten samen in de workshop van Sophie Martin in Brussel over content strategie 😄 Ik heb nu "
                      "mijn eigen bureau in Antwerpen, misschien kunnen we samen Franstalige klanten bedienen? Groeten, Jens",
                      headline="Zaakvoerder, Jens Digital BV")
    assert "samen te werken" in nl and "trainingen" not in nl


def test_a_paid_strategy_session_asked_is_a_client() -> None:
    # 163 de_nl note-40: "open staan voor een betaalde strategiesessie voor onze B2B SaaS?" → "vertel me … je budget"
    nl = sample_draft("Hallo Camille, ik volg je posts over LinkedIn Ads al even en heb er veel aan gehad. Zou je eventueel open "
                      "staan voor een betaalde strategiesessie voor onze B2B SaaS? We zitten in Eindhoven. Mvg, Stefan Bos",
                      headline="CMO @ Datavault B.V.")
    assert "budget" not in nl and "20 minuten" in nl
    en = sample_draft("Hi Camille, would you be open to a paid strategy session for our B2B SaaS team?", headline="CMO @ Datavault")
    assert "budget, and I'll tell you where I'd start" not in en
