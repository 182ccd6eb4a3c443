"""Company requests. A team.s request ("we need an SEO audit of our French site", "Wir suchen jemanden …", "We hebben … nodig"): the informal
reply helps "euch"/"jullie" (never one person's "dich"/"je"), and names the French site as the French market."""
import pytest

from drafting import sample_draft

NL = [
    "Hey Camille, ik ben head of growth bij een scale-up in Amsterdam (SaaS). We hebben een SEO audit nodig van onze Franse site. Heb je in Q1 ruimte? Cheers, Thijs",
    "Hoi Camille, wij zoeken hulp met SEO voor onze Franse website. Heb je tijd om te bellen? Groet, Sanne",
    "Hallo Camille, we willen de SEO van onze Franse webshop verbeteren. Kun je ons helpen? Groetjes, Bram",
]
DE = [
    "Moin Camille, bin Head of Growth bei einem Berliner Fintech-Startup. Wir suchen jemanden für ein SEO-Audit unserer französischen Seite. Hast du im Q1 Kapazität? Cheers, Lukas",
    "Hi Camille, wir brauchen Hilfe bei SEO für unsere französische Website. Hast du Zeit für einen Call? LG, Jonas",
    "Hallo Camille, wir möchten die SEO unseres französischen Shops verbessern. Wollen wir telefonieren? Grüße, Mia",
]


@pytest.mark.parametrize("note", NL)
def test_dutch_team_is_jullie(note: str) -> None:
    text = sample_draft(note, headline="", name="Thijs Vos")
    assert "Ik help jullie graag" in text and "Franse markt" in text
    assert "Ik help je graag" not in text and "ik je wensen" not in text


@pytest.mark.parametrize("note", DE)
def test_german_team_is_euch(note: str) -> None:
    text = sample_draft(note, headline="", name="Lukas Krüger")
    assert "unterstütze ich euch" in text and "französischen Markt" in text
    assert "unterstütze ich dich" not in text and "deine Ziele" not in text


def test_one_person_stays_je() -> None:
    text = sample_draft("Hoi Camille, ik zoek hulp met SEO voor mijn webshop. Heb je tijd? Groet, Sanne", headline="", name="Sanne Bakker")
    assert "jullie" not in text


HYBRID = [
    ("Goedemiddag, ik ben recruiter bij Randstad Digital en ben op zoek naar een freelance SEO specialist voor een opdracht van 3 maanden in Rotterdam (hybride). Zou dit iets voor u zijn? Groet, Mark Smit", "Ik woon wel in Lyon"),
    ("Guten Tag, ich bin Recruiterin bei Hays und suche eine freelance SEO-Beraterin für ein Projekt von 4 Monaten in Hamburg (hybrid). Wäre das interessant für Sie? Grüße, Anna Weber", "Ich lebe allerdings in Lyon"),
    ("Hi Camille, I'm a recruiter at Hays looking for a freelance content strategist for a 6-month contract in Berlin, hybrid. Would that interest you? Best, Tom Hill", "I'm based in Lyon"),
    ("Buongiorno, sono recruiter presso Adecco e cerco una consulente SEO freelance per un progetto di 3 mesi a Milano (ibrido). Le interessa? Cordiali saluti, Marco Conti", "vivo a Lione"),
]


@pytest.mark.parametrize(("note", "based"), HYBRID)
def test_hybrid_role_elsewhere_says_where_she_lives(note: str, based: str) -> None:
    """"a 3-month assignment in Rotterdam (hybrid)": the place before "hybrid" is read too, so she says she lives in Lyon
    and asks about remote work, never a bare interest as if she could commute."""
    text = sample_draft(note, headline="", name="Mark Smit")
    assert based in text
