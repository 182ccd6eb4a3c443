"""Wave 51, group E: echoes of the note. A date after "on" is never the talk's topic ("the panel on 12 … on 12 June");
a podcast invitation in German and Dutch names the show by its kind and the topic in plain words (never the topic in
quotation marks, never "aan mij dacht voor … om te praten over …"); a press interview is thanked as one, and its length
is said naturally (never "Für das Interview (20 Minuten)", "mee aan het interview van 15 minuten!")."""

from __future__ import annotations

import pytest

from drafting import sample_draft

# a panel or talk "on <date>": the date stays the date, never a topic "on 12"; a field before "panel" is the topic
DATED = [
    ("Dear Ms Laurent,\nOn behalf of the Digital Marketing Europe Summit, I would like to invite you to speak on our social advertising "
     "panel in Amsterdam on 12 June. Could you let me know your availability and fee?\nKind regards,\nMargaret Ellis",
     "Programme Manager, DME Summit", "on 12 June", ("panel on 12 ", "the topic")),
    ("Hello Camille, we'd love to have you on our SEO panel at the Growth Days conference in Berlin on 3 October. Are you available? Best, Tom",
     "Event lead", "on 3 October", ("talk on 3 ", " on 3 at")),
    ("Hi Camille, would you give a talk at our meetup in Lyon on the 5th of March? Cheers, Bob", "Meetup organiser",
     "", ("talk on the 5th at", "on the 5th on")),
]


@pytest.mark.parametrize(("note", "headline", "kept", "gone"), DATED)
def test_a_date_after_on_is_never_the_topic(note: str, headline: str, kept: str, gone: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline, name="Margaret Ellis")
    assert kept in text
    for bad in gone:
        assert bad not in text


# a guest on a podcast: "für deinen Podcast „X“ – <Topic> ist ein spannendes Thema!", "voor je podcast ‘X’, en wat een mooi thema: <topic>!"
GUEST = [
    ('Hi Camille! Ich moderiere den Podcast "Marketing am Montag" (ca. 8.000 Hörer/Folge). Hättest du Lust, als Gast über Social Ads '
     "für kleine Shops zu sprechen? Aufnahme wäre remote, ca. 45 Min. Grüße aus Köln, Tim", "Host @ Marketing am Montag Podcast",
     ("für deinen Podcast „Marketing am Montag“", "Social Ads für kleine Shops ist ein spannendes Thema"), ("das Thema „", "bei „")),
    ("Hallo Camille, ich mache die YouTube-Show „Online-Marketing kompakt“. Magst du mal als Gast dabei sein? LG Jonas", "",
     ("für deine Show „Online-Marketing kompakt“",), ("bei „",)),
    ("Hallo Camille, ik presenteer de podcast 'Marketing Zonder Gedoe' (Vlaams, ±5000 luisteraars). Zou je als gast willen komen praten "
     "over SEO voor KMO's? Opname kan online. Groetjes uit Gent, Wout", "Podcasthost | Marketing Zonder Gedoe",
     ("voor je podcast ‘Marketing Zonder Gedoe’", "wat een mooi thema: SEO voor KMO's!"), ("om te praten over", "aan mij dacht voor")),
    ("Hoi Camille, ik maak de podcast 'Groeihackers'. Zin om als gast te praten over social ads voor webshops? Groet, Pim", "",
     ("je podcast ‘Groeihackers’", "wat een mooi thema: social ads voor webshops!"), ("om te praten over",)),
]


@pytest.mark.parametrize(("note", "headline", "kept", "gone"), GUEST)
def test_a_podcast_invitation_names_the_show_and_topic_plainly(note: str, headline: str, kept: tuple[str, ...], gone: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline, name="Tim Berg")
    for good in kept:
        assert good in text
    for bad in gone:
        assert bad not in text


# a journalist's interview: thanked as an interview request, its length said as words, no stack of "!"
INTERVIEW = [
    ("Hallo Frau Laurent, ich bin Redakteurin bei t3n und schreibe einen Artikel über Marketing-Trends 2025 in Europa. Hätten Sie Zeit "
     "für ein kurzes Interview (ca. 20 Min.) bis Ende nächster Woche? Beste Grüße, Julia Hartmann", "Redakteurin bei t3n",
     ("Interviewanfrage", "Die 20 Minuten nehme ich mir gern"), ("(20 Minuten)", "klingt interessant")),
    ("Hi Camille, ich schreibe für OMR einen Beitrag über SEO im Mittelstand. Hast du diese Woche 15 Minuten für ein Telefoninterview? LG Max",
     "", ("Die 15 Minuten nehme ich mir gern",), ("(15 Minuten)",)),
    ("Hoi Camille, ik ben journalist bij Emerce en schrijf een stuk over Franse vs Nederlandse marketingtrends. Heb je deze week 15 min "
     "voor een kort telefonisch interview? Groet, Jeroen", "Redacteur bij Emerce",
     ("interviewverzoek", "Die 15 minuten maak ik graag vrij."), ("interview van 15 minuten", "klinkt interessant", "!")),
    ("Geachte mevrouw Laurent, ik schrijf voor Marketingfacts een artikel over contentstrategie. Heeft u tijd voor een telefonisch "
     "interview van 30 minuten? Met vriendelijke groet, Sanne Bakker", "Journalist",
     ("Die 30 minuten maak ik graag vrij.",), ("interview van 30 minuten",)),
]


@pytest.mark.parametrize(("note", "headline", "kept", "gone"), INTERVIEW)
def test_an_interview_request_says_its_length_naturally(note: str, headline: str, kept: tuple[str, ...], gone: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline, name="Julia Hartmann")
    for good in kept:
        assert good in text
    for bad in gone:
        assert bad not in text
