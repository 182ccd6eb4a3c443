"""Wave 102 U: register, address and wording (a lower-case "bieten sie …?" is Sie)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

from invitriage.drafts.notefacts import is_informal

# -- a question opened by any verb with a lower-case "sie" after it asks her in Sie -----------------------------------


def test_lowercase_sie_question_gets_sie() -> None:
    text = sample_draft("hallo camille, bieten sie auch schulungen auf deutsch an? unser team (8 leute) braucht eine "
                        "einfuhrung in SEO. gruss peter", "Geschäftsführer, Hartmann Sanitär GmbH", "Peter Hartmann")
    assert "Ihre" in text or "Ihnen" in text
    for wrong in ("deine", "dich", "dir ", "Hallo Peter"):
        assert wrong not in text


@pytest.mark.parametrize("note", [
    "hallo camille, bieten sie auch schulungen auf deutsch an? gruss peter",
    "hallo camille, arbeiten sie auch mit kleinen handwerksbetrieben? gruss anna",
    "Hallo Camille, machen sie auch SEO für Onlineshops? Gruß Jens",
])
def test_lowercase_sie_question_is_formal(note: str) -> None:
    assert not is_informal(note, "de")


@pytest.mark.parametrize("note", [
    "Hallo Camille, bietest du auch Schulungen an? Gruß Peter",
    "Hallo Camille, unsere Kunden, denen sie helfen wollen, sind klein. Hast du Zeit? LG Peter",
    "Hallo Camille, ich habe deinen Beitrag gelesen. Gruß Daniel",
])
def test_du_notes_stay_du(note: str) -> None:
    assert is_informal(note, "de")


# -- a quote asked for an article: the article's subject named, no comma splice before the deadline ------------------


def test_quote_for_article_names_subject_and_deadline_clause() -> None:
    text = sample_draft("Guten Tag Frau Laurent, ich schreibe für t3n einen Artikel über KI im SEO und würde Sie gerne mit "
                        "einem kurzen Statement (2-3 Sätze) zitieren. Deadline wäre Freitag. Wären Sie dabei? Viele Grüße, "
                        "Julia Becker, Redakteurin", "", "Julia Becker")
    assert "Artikel über KI im SEO" in text
    assert "dann haben Sie mein Statement bis Freitag" in text
    assert "Fragen, bis Freitag haben Sie" not in text


def test_quote_for_article_names_subject_in_english() -> None:
    text = sample_draft("Hi Camille, I'm writing an article about AI in SEO and would love to quote you in a short statement. "
                        "Deadline is Friday. Would you be up for it? Best, Julia", "", "Julia Becker")
    assert "about AI in SEO" in text
    assert "would love to quote" not in text


# -- a call already offered "if you prefer": her languages follow without a second "as you prefer" --------------------


def test_pt_br_call_choice_not_repeated() -> None:
    text = sample_draft("Oi Camille, me formei em Publicidade ano passado e tô tentando entrar no mercado de SEO. Você teria "
                        "15 minutinhos pra me dar umas dicas de carreira? Seria incrível 🙏", "Publicitário | Aspirante a SEO",
                        "Gabriel Martins")
    assert "Pode ser em inglês ou em francês." in text
    assert "A gente pode conversar" not in text
    assert text.count("prefer") == 1


def test_es_call_choice_not_repeated() -> None:
    text = sample_draft("Hola Camille, me gradué en Publicidad el año pasado y estoy intentando entrar en el mundo del SEO. "
                        "¿Tendrías 15 minutitos para darme unos consejos de carrera? Sería genial", "Publicista | Aspirante a SEO",
                        "Pablo Ruiz")
    assert "inglés o en francés" in text
    assert text.count("prefier") == 1


# -- "Grüß Gott Frau Laurent … Liebe Grüße": answered in kind, never "Sehr geehrte … Mit freundlichen Grüßen" ----------


def test_gruess_gott_and_warm_close_in_kind() -> None:
    text = sample_draft("Grüß Gott Frau Laurent, ich bin Gründerin eines kleinen Weinguts in der Wachau und wir möchten unseren "
                        "Onlineshop auch in Frankreich bekannter machen. Was würden Sie als ersten Schritt empfehlen – SEO oder "
                        "Ads? Liebe Grüße, Theresa Gruber", "", "Theresa Gruber")
    assert text.startswith("Grüß Gott Frau Gruber,")
    assert "Herzliche Grüße" in text
    assert "Sehr geehrte" not in text and "Mit freundlichen Grüßen" not in text


def test_warm_close_to_sie_letter_from_a_man() -> None:
    text = sample_draft("Sehr geehrte Frau Laurent, wir sind ein kleiner Weinhändler aus Graz und möchten in Frankreich "
                        "verkaufen. Was würden Sie als ersten Schritt empfehlen, SEO oder Anzeigen? Herzliche Grüße, Andreas Huber",
                        "", "Andreas Huber")
    assert "Herzliche Grüße" in text and "Mit freundlichen Grüßen" not in text
    assert "Ihnen" in text or "Sie " in text


def test_formal_close_stays_formal() -> None:
    text = sample_draft("Sehr geehrte Frau Laurent, wir sind ein kleiner Weinhändler aus Graz und möchten in Frankreich "
                        "verkaufen. Was würden Sie als ersten Schritt empfehlen, SEO oder Anzeigen? Mit freundlichen Grüßen, "
                        "Andreas Huber", "", "Andreas Huber")
    assert "Herzliche Grüße" not in text
