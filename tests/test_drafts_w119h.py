"""Wave 119, group H: talk, course and event invitations read as the note gives them."""

from __future__ import annotations

from drafting import sample_draft


def test_a_conference_named_as_the_event_is_never_the_talk_topic() -> None:
    # 118 fr_en note-6: "intervenir lors de notre conférence « Marketing & PME »" answered "une conférence sur « Marketing & PME »"
    fr = sample_draft("Madame Laurent,\nJe me permets de vous solliciter afin de vous proposer d'intervenir lors de notre conférence "
                      "« Marketing & PME » le 14 novembre à Villeurbanne. Votre expertise en stratégie de contenu serait précieuse.\n"
                      "Bien cordialement,\nPhilippe Moreau", headline="Directeur des programmes - Club Entreprendre Rhône",
                      name="Philippe Moreau")
    assert "sur « Marketing & PME »" not in fr and "« Marketing & PME »" in fr
    assert "conférence en stratégie de contenu" not in fr
    other = sample_draft("Bonjour, nous aimerions vous inviter à intervenir lors de notre conférence « Digital & Commerce » le 3 juin à Lyon.",
                         headline="Organisatrice", name="Julie Martin")
    assert "sur « Digital & Commerce »" not in other and "« Digital & Commerce »" in other
    # a talk itself titled in quotes keeps its title as the topic
    titled = sample_draft("Bonjour Camille, pourriez-vous donner une conférence « Le SEO en 2025 » le 3 juin à Lyon ?",
                          headline="Organisatrice", name="Julie Martin")
    assert "« Le SEO en 2025 »" in titled and "le sujet" not in titled


def test_a_course_of_given_hours_is_a_course_and_a_programme_audience_is_not_asked() -> None:
    # 118 fr_en note-39: "a guest lecturer for a 15-hour course on social ads" answered "a guest lecture", audience re-asked
    en = sample_draft("Hi Camille, I coordinate the digital marketing program at an international business school in Lyon and we're "
                      "looking for a guest lecturer for a 15-hour course on social ads. Would you be interested?",
                      headline="Programme Coordinator, International Business School", name="Michael Green")
    assert "guest lecture" not in en and "15-hour course" in en
    assert "audience" not in en and "fee" in en
    other = sample_draft("Hello Camille, I run the digital marketing programme at a business school in Paris. Could you teach a "
                         "20-hour course on SEO next spring?", headline="Programme Director", name="Anna Smith")
    assert "20-hour course" in other and "audience" not in other


def test_the_trade_a_workshop_is_for_is_its_audience() -> None:
    # 117 fr_en note-9: "un atelier … sur la pub Instagram pour commerçants" answered "pourriez-vous me préciser le public visé ?"
    fr = sample_draft("Bonjour Camille, j'organise la Nuit du Commerce Connecté à Villeurbanne le 14 novembre. Accepteriez-vous "
                      "d'animer un atelier de 45 min sur la pub Instagram pour commerçants ? Défraiement prévu. Karim Benali",
                      headline="Chargé de mission CCI Lyon Métropole", name="Karim Benali")
    assert "public visé" not in fr and "Nuit du Commerce Connecté" in fr
    en = sample_draft("Hi Camille, would you run a 2-hour workshop on Meta ads for shop owners at our meetup in London on 4 March?",
                      headline="Organiser", name="Tom Reed")
    assert "audience" not in en
