"""Wave 26 (c26): a press interview or a talk in a language she does not work in gets her languages and the question
whether English works, the next ask opened by "if so"; "this week" asked is offered this week; no "I'll check my diary"
before asking the sender's slots."""
from drafting import sample_draft


def test_press_phone_interview_in_italian_gets_the_language_limit() -> None:
    text = sample_draft("Salve Camille, sono giornalista di Repubblica e preparo un pezzo sulle PMI e Instagram. "
                        "Possiamo sentirci al telefono per qualche domanda? Grazie, Paolo Neri")
    assert "francese o in inglese" in text
    assert "inglese?" in text


def test_press_piece_in_dutch_without_the_word_journalist() -> None:
    text = sample_draft("Hallo Camille, ik schrijf een artikel voor Frankwatching over contentstrategie. "
                        "Mag ik je een paar vragen stellen? Groeten, Tim de Vries")
    assert "het Frans of het Engels" in text
    assert "Engels voor" in text


def test_podcast_in_german_asks_whether_english_works_before_the_dates() -> None:
    text = sample_draft("Hi Camille, ich habe einen Podcast über E-Commerce. Magst du als Gast über Social Ads "
                        "sprechen? Aufnahme per Zoom. Viele Grüße, Lena")
    assert "Wäre Englisch für dich okay?" in text
    assert "Wenn ja," in text
    assert "machen." not in text


def test_this_week_with_abbreviated_minutes_stays_this_week() -> None:
    text = sample_draft("Guten Tag Frau Laurent, ich schreibe für die FAZ einen Beitrag über Social Ads. "
                        "Hätten Sie diese Woche ca. 20 Min. für ein Telefonat? Freundliche Grüße, Jonas Keller")
    assert "diese Woche" in text and "nächste Woche" not in text


def test_french_interview_this_week_is_not_both_checking_and_asking() -> None:
    text = sample_draft("Bonjour Camille, je suis journaliste à Lyon Capitale et j'écris sur les commerçants et TikTok. "
                        "Auriez-vous 10 min pour une interview cette semaine ? Merci, Hugo Morel")
    assert "je regarde mon agenda" not in text
    assert "anglais" not in text  # French is one of her languages: no limit
