"""German wording: event articles, inclusive job titles, Austrian closes, the peer welcome (wave 86, group K)."""

from __future__ import annotations

from drafting import sample_draft


def test_leading_conference_noun_sets_the_article() -> None:
    de = sample_draft("Sehr geehrte Frau Laurent, für unsere Konferenz E-Commerce Forum Stuttgart (14. Mai) suchen wir noch eine "
                      "Speakerin zum Thema Social Ads. Der Vortrag kann auf Englisch sein. Hätten Sie Interesse? Mit freundlichen Grüßen, Claudia Weber",
                      name="Claudia Weber")
    assert "bei der Konferenz E-Commerce Forum Stuttgart" in de and "beim Konferenz" not in de
    tagung = sample_draft("Hallo Camille, wir organisieren die Tagung Digital Summit Leipzig im Juni und suchen eine Rednerin zu SEO. "
                          "Der Vortrag darf auf Englisch sein. Hast du Lust? Gruß, Jan", name="Jan Roth")
    assert "bei der Tagung Digital Summit Leipzig" in tagung and "beim Tagung" not in tagung


def test_inclusive_german_endings_are_not_copied() -> None:
    for note, title in (("Hallo Camille, ich bin Recruiterin bei Hays und suche für einen Kunden in Frankfurt eine/n freiberufliche/n "
                         "SEO-Berater/in (remote möglich, 3 Tage/Woche). Wäre das grundsätzlich interessant für dich? Gruß, Katrin Meyer",
                         "freiberufliche SEO-Beraterin"),
                        ("Guten Tag Frau Laurent, für einen Kunden in München suchen wir eine/n erfahrene/n Content-Manager/in "
                         "(freiberuflich, 6 Monate). Hätten Sie Interesse? Beste Grüße, Jan Roth", "erfahrene Content-Managerin"),
                        ("Hallo Camille, wir suchen einen/eine selbstständige/n Social-Ads-Experte/in für ein Projekt in Köln, 2 Tage/Woche. "
                         "Interesse? LG Tim", "selbstständige Social-Ads-Expertin")):
        text = sample_draft(note, name="Katrin Meyer")
        assert title in text and "/n" not in text and "Expertein" not in text


def test_austrian_without_eszett_is_not_swiss() -> None:
    for note in ("hallo camille, hab deinen post über content recycling gesehen, echt hilfreich!! wuerde mich gern vernetzen, "
                 "bin auch im marketing (freelance texterin)\ngruesse aus wien, Sarah",
                 "Hallo Camille, toller Beitrag zu SEO! Ich wohne in Graz und arbeite als Texterin. Liebe Grüsse, Anna"):
        text = sample_draft(note, name="Sarah Gruber")
        assert "Grüße" in text and "Grüsse" not in text
    swiss = sample_draft("Hoi Camille, Grüessli us Basel! Dein Post über Ads war super. Anna", name="Anna Keller")
    assert "Grüsse" in swiss


def test_peer_welcome_does_not_repeat_schoen() -> None:
    text = sample_draft("hallo camille, hab deinen post über content recycling gesehen, echt hilfreich!! wuerde mich gern vernetzen, "
                        "bin auch im marketing (freelance texterin)\ngruesse aus wien, Sarah", name="Sarah Gruber")
    assert text.count("chön") == 1 and "aus der Branche kennenzulernen" in text
    hamburg = sample_draft("Hallo Camille, dein Beitrag über Newsletter war super. Ich arbeite auch im Online-Marketing, in Hamburg. LG Tom",
                           name="Tom Berg")
    assert "im Online kennen" not in hamburg and "Branche in Hamburg" in hamburg
