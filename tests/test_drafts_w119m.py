"""After wave 119: a Portuguese professional who writes with no "tu" and closes "Abraço" gets the polite form and his own
warm closing, never a colder "Cumprimentos,"; a plain polite note keeps the usual closing."""
from drafting import sample_draft


def test_a_polite_portuguese_note_closed_with_a_hug_is_answered_with_one():
    text = sample_draft("Olá Camille, sou Head of Growth numa startup de fintech em Lisboa. Gostaria de trocar ideias sobre "
                        "estratégia de aquisição paga e conteúdo. Abraço, Tiago")
    assert "\nUm abraço,\n" in text, text
    assert "Cumprimentos" not in text, text
    assert "lhe" in text and "preferires" not in text, text


def test_a_polite_portuguese_note_without_a_hug_keeps_its_closing():
    text = sample_draft("Olá Camille, sou diretor de marketing numa empresa de Braga. Gostaria de conhecer os seus serviços "
                        "de SEO. Cumprimentos, Rui")
    assert "Um abraço" not in text and "cumprimentos," in text, text
