"""Wave 137, our own fixes: a result told without a figure's sign ("mon coût par clic a baissé de moitié") is
congratulated, never asked for."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,said", [
    # 150 fr_en note-19: "mon coût par clic a baissé de moitié" got "tenez-moi au courant des résultats"
    ("Bonjour Camille, j'ai assisté à votre formation social ads à la CCI en février, merci encore ! J'ai appliqué vos "
     "conseils et mon coût par clic a baissé de moitié.\nStéphanie", "Bravo pour ce résultat"),
    ("Hi Camille, I attended your social ads training at the chamber in February, thanks again! I applied your tips and my "
     "cost per click dropped by half.", "What a result"),
])
def test_a_cost_halved_is_a_result_congratulated(note: str, said: str) -> None:
    text = sample_draft(note, headline="Gérante - Boutique Les Petites Mains", name="Stéphanie Morel")
    assert said in text and "des résultats" not in text and "on the results" not in text


def test_an_online_question_from_a_beginners_workshop_attendee_keeps_its_answer() -> None:
    # regression of wave 137 (beginner's plain yes): "workshop … voor starters … Geef je die workshop ook online?" lost its
    # online answer to "tell me what you'd like to learn" and a doubled format sentence
    text = sample_draft("Hoi Camille! We hebben elkaar ontmoet bij je workshop Instagram voor starters bij de KvK in Rotterdam 😊 "
                        "Geef je die workshop ook online? Mijn compagnon wil ook graag meedoen. Groetjes, Anouk", name="Anouk Visser")
    assert "ook online" in text and "juiste format" not in text


def test_the_beginner_step_is_said_once_without_a_second_yes() -> None:
    # regression of wave 137: "Ja, mijn trainingen …" then "Ja, dat is precies mijn vak." and the old format line after the new one
    text = sample_draft("Hoi Camille, ik heb sinds kort een webshop in handgemaakte keramiek en loop vast met Instagram 😅 Heb je een "
                        "cursus of training die je beginners aanraadt? Liefs, Noor", name="Noor Jansen")
    assert "precies mijn vak" not in text and text.count("format") == 1


@pytest.mark.parametrize("note,said", [
    # regression of wave 137 (her course attendee is not asked whether English is OK): a training for the company or the
    # whole department keeps her languages said
    ("Hoi Camille, ik zag je webinar over contentstrategie bij de KvK. Geef je zulke trainingen ook incompany? We zijn met z'n "
     "tienen op de marketingafdeling.", "alleen in het Frans of het Engels"),
    ("Grüezi Frau Laurent, ich habe Ihren Workshop zu Content-Strategie an der HWZ Zürich besucht und fand ihn sehr inspirierend. "
     "Bieten Sie solche Trainings auch inhouse für Firmen an? Freundliche Grüsse, Beat Keller", "nur auf Französisch oder Englisch"),
])
def test_an_in_company_training_asked_by_an_attendee_keeps_her_languages(note: str, said: str) -> None:
    assert said in sample_draft(note, name="Beat Keller")


def test_the_beginner_step_is_not_followed_by_a_client_step() -> None:
    # regression of wave 137: "Dis-moi ce que tu veux apprendre en premier …" then "Si tu veux, parle-moi un peu de ton site"
    text = sample_draft("Salut Camille ! Je viens de lancer ma marque de bougies et je galère sur Instagram. Ta formation est "
                        "adaptée aux grands débutants ?", name="Léa Martin")
    assert "débutants compris" in text and "parle-moi un peu de ton" not in text


def test_a_former_colleague_of_the_referrer_thanks_the_referrer() -> None:
    # round 153 fr_en note-20: "Ancien collègue de Stéphane Blanc chez Adveo, il m'a dit …" thanked "Ancien"
    text = sample_draft("Bonjour,\nAncien collègue de Stéphane Blanc chez Adveo, il m'a dit que vous cherchiez un développeur "
                        "WordPress pour vos clients. Je suis freelance, voici mon portfolio : www.mathieu-dev.fr\nMathieu Roche",
                        headline="Développeur WordPress freelance", name="Mathieu Roche")
    assert "merci à Stéphane Blanc" in text and "Ancien d" not in text
