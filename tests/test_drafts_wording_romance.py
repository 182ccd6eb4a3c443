"""Wave 86 J: wording slips in English, Spanish, Portuguese and Italian drafts (a quote glued to a verb, a second
"glad", Italian "a" before a vowel, a wrong Portuguese verb form)."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note", [
    "Hi Camille, thank you for your workshop at the Lyon Startup Week yesterday! Your tips on content strategy were super "
    "actionable. Looking forward to connecting.\nAlex",
    "Hi Camille, thanks for the SEO workshop yesterday at the Lyon meetup! Your tips on local SEO were really practical. "
    "Let's connect.",
])
def test_tip_subject_stops_at_its_verb_and_glad_is_said_once(note: str) -> None:
    text = sample_draft(note, name="Alex Turner")
    assert "Glad the tips on" in text
    assert "were super" not in text and "were really" not in text
    assert "So glad you enjoyed it. Glad" not in text


@pytest.mark.parametrize("note", [
    "Buongiorno Camille, Antoine Dubois mi ha suggerito di contattarti. Ho una startup nel food delivery a Torino e abbiamo "
    "bisogno di una strategia di contenuti. Possiamo sentirci?",
    "Ciao Camille, Alessia Ferri mi ha parlato di te. Ho un e-commerce di cosmetici a Milano e vorrei migliorare la SEO. "
    "Possiamo sentirci?",
])
def test_italian_thanks_say_ad_before_a_vowel(note: str) -> None:
    text = sample_draft(note, name="Alessandro Ricci")
    assert "grazie ad " in text.lower()
    assert "grazie a Antoine" not in text and "grazie a Alessia" not in text


def test_italian_thanks_keep_a_before_a_consonant() -> None:
    text = sample_draft("Ciao Camille, Marco Bianchi mi ha suggerito di contattarti. Ho un negozio online a Torino e mi "
                        "serve una strategia di contenuti. Possiamo sentirci?", name="Alessandro Ricci")
    assert "grazie a Marco" in text.lower().replace("grazie a marco", "grazie a Marco")


def test_portuguese_topic_question_says_gostarias() -> None:
    text = sample_draft("Olá Camille, li o teu post sobre erros no Google Ads e percebi que estava a cometer metade deles 😅 "
                        "Obrigado pela partilha!", name="Tiago Lopes")
    assert "gostasses" not in text


@pytest.mark.parametrize("opening", ["Prezada Sra. Laurent,", "Prezada Dra. Laurent,", "Prezada Senhora Laurent,"])
def test_portuguese_prezada_is_answered_in_kind(opening: str) -> None:
    text = sample_draft(f"{opening}\nsou diretora de marketing de uma rede de clínicas em Lisboa e gostaríamos de contratar "
                        "uma consultoria em estratégia de conteúdo. Seria possível marcar uma reunião?\n"
                        "Com os melhores cumprimentos,\nAna Rita Sousa", name="Ana Rita Sousa")
    assert text.startswith("Prezada Sra. Sousa,")
    assert "Cara Sra." not in text


def test_portuguese_cara_and_first_name_letters_unchanged() -> None:
    body = ("sou diretora de marketing de uma rede de clínicas em Lisboa e gostaríamos de contratar uma consultoria em "
            "estratégia de conteúdo. Seria possível marcar uma reunião?\nCom os melhores cumprimentos,\nAna Rita Sousa")
    assert sample_draft(f"Cara Sra. Laurent,\n{body}", name="Ana Rita Sousa").startswith("Cara Sra. Sousa,")
    assert sample_draft(f"Prezada Camille,\n{body}", name="Ana Rita Sousa").startswith("Cara Ana Rita,")


@pytest.mark.parametrize("note", [
    "Olá Camille, a Sofia Cardoso falou-me de ti. Sou CMO de uma startup de mobilidade em Lisboa e vamos entrar no mercado "
    "francês. Terias disponibilidade para um café virtual na próxima semana?",
    "Olá Camille, o Rui Lopes falou-me de ti. Tenho uma marca de cosmética no Porto e queremos vender em França. Tens tempo "
    "para um café virtual um dia destes?",
])
def test_portuguese_coffee_yes_says_com_todo_o_gosto_once(note: str) -> None:
    text = sample_draft(note, name="Inês Correia")
    assert text.count("com todo o gosto") + text.count("Com todo o gosto") <= 1
    assert "café" in text



def test_five_word_glad_stays_before_a_yes_and_goes_before_a_glad_line() -> None:
    from invitriage.drafts.writer import one_joy
    kept = one_joy("Valeu pelo convite! Que bom que você gostou. Claro, com prazer: vamos manter contato!", "pt")
    assert "Que bom que você gostou." in kept
    gone = one_joy("Thanks for coming to my workshop! So glad you enjoyed it. Glad the tips on SEO were useful.", "en")
    assert "So glad you enjoyed it." not in gone and "Glad the tips on SEO were useful." in gone
