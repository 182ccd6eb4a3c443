"""A training asked for a team, online, in a language the owner does not teach in: her languages said with the yes;
a team's training request never gets a learner's course advice."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,said", [
    ("Oi Camille, vi que você dá treinamentos de marketing digital. Tem turma online? Somos uma equipe de 6 em Recife e "
     "precisamos aprender Meta Ads.", "só em francês ou em inglês"),
    ("Hola Camille, ¿tus formaciones de SEO se pueden hacer online? Somos un equipo de 4 personas en Sevilla.",
     "en francés o en inglés"),
])
def test_an_online_training_in_another_language_says_her_languages(note, said):
    text = sample_draft(note)
    assert said in text, text


def test_french_and_english_online_training_requests_get_no_language_caveat():
    text = sample_draft("Bonjour Camille, vos formations SEO existent-elles en ligne ? Nous sommes une équipe de 4 à Nantes.")
    assert "en ligne" in text and "anglais" not in text, text


def test_a_teams_training_request_never_gets_the_learners_course_advice():
    text = sample_draft("Hi Camille, are your Google Ads trainings available online? We are a team of 5 in Leeds.")
    assert "Skillshop" not in text and "course closest" not in text, text
    learner = sample_draft("Hi Camille, I just graduated and I'm torn between a Google Ads course and a content strategy "
                           "course. Which would you recommend?")
    assert "Skillshop" in learner, learner


@pytest.mark.parametrize("note,said", [
    ("Hi Camille, are your Google Ads trainings available online? We are a team of 5 in Leeds.", "available online"),
    ("Hallo Camille, gibt es deine Meta-Ads-Schulung auch online? Wir sind zu dritt in Graz.", "auf Französisch oder Englisch"),
])
def test_a_training_named_by_its_ads_subject_is_still_the_owners_service(note, said):
    # "Google Ads trainings … online?": the ads are the training's subject, not the sender's online ads
    assert said in sample_draft(note)
