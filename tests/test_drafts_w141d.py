"""Wave 141, group D: a training's format asked ("also in person / in a classroom, or only online?", "a recorded course or
only in person in Lyon?") gets the format her settings give (on site and online too), never a job seeker's CV request
nor a bare "yes, online too"."""

from __future__ import annotations

from drafting import sample_draft


def test_german_working_student_asking_for_an_in_person_course_gets_the_format() -> None:
    # 141 D de_nl note-20: "Gibt's das auch als Präsenzkurs oder nur online?" answered with "Schick mir deinen Lebenslauf"
    de = sample_draft("Hey Camille, bin Werkstudent im Performance Marketing und hab dein Training zu Google Ads auf YouTube "
                      "gesehen – richtig gut erklärt! Gibt's das auch als Präsenzkurs oder nur online? Grüße aus Köln, Max",
                      headline="Werkstudent Performance Marketing @ Rewe Digital", name="Max Weber")
    assert "Lebenslauf" not in de and "Viel Erfolg bei der Suche" not in de
    assert "vor Ort und auch online" in de


def test_dutch_classroom_question_is_not_answered_online_only() -> None:
    # 141 D de_nl note-42: "ook live in een klaslokaal of alleen online?" answered "Ja, ik geef mijn trainingen ook online."
    nl = sample_draft("Hoi Camille, ik ben werkstudent performance marketing en zag je Google Ads training op YouTube, super "
                      "duidelijk uitgelegd! Geef je die ook live in een klaslokaal of alleen online? Groeten uit Rotterdam, Stijn",
                      headline="Werkstudent Performance Marketing @ Coolblue", name="Stijn de Vries")
    assert "Ja, ik geef mijn trainingen ook online." not in nl
    assert "op locatie en ook online" in nl


def test_portuguese_recorded_or_in_person_question_gets_both_ways_and_the_price() -> None:
    # 141 D es_pt_it note-38: "curso online gravado ou só presencial em Lyon? Quanto custa?" answered "Sim, … também têm versão online"
    br = sample_draft("Oi Camille, vi que vc dá treinamentos de marketing digital. Vc tem algum curso online gravado ou só "
                      "presencial em Lyon? Quanto custa?", headline="Empreendedora | Loja Flor de Lis", name="Fernanda Souza")
    assert "versão online" not in br and "gravad" not in br
    assert "presencialmente e também online" in br and "depende da duração" in br


def test_french_and_english_in_person_questions_get_the_format() -> None:
    # 141 D fr_en variants of de_nl note-20: the training taken up by "elle" / "it" was not answered at all
    fr = sample_draft("Bonjour Camille, j'ai vu votre formation Google Ads sur YouTube. Existe-t-elle aussi en présentiel ou "
                      "seulement en ligne ?", headline="Étudiant en marketing", name="Lucas Petit")
    assert "sur place, et aussi en ligne" in fr and "où vous en êtes" not in fr
    en = sample_draft("Hi Camille, saw your Google Ads training on YouTube. Is it also given in person, in a classroom, or only "
                      "online?", headline="Marketing student", name="Tom Green")
    assert "on site, and online too" in en and "where you stand" not in en


def test_online_only_question_still_gets_yes_online_too() -> None:
    # 141 D must-not-change neighbour of de_nl note-42: only "online too?" asked, the short yes stays
    nl = sample_draft("Hoi Camille, geef je je trainingen ook online?", headline="Marketeer", name="Sanne Jansen")
    assert "Ja, ik geef mijn trainingen ook online." in nl and "op locatie" not in nl


def test_job_seeker_moving_to_lyon_gets_lyon_in_the_where_to_look_line() -> None:
    # 141 D de_nl note-13 and note-35: "würde gern nach Lyon ziehen", "wil graag naar Lyon verhuizen": "in der Region, die
    # dich interessiert" / "in de regio die je aanspreekt" although Lyon was named
    de = sample_draft("Hallo Camille, ich bin seit 3 Monaten auf Jobsuche im Bereich Content Marketing (5 J. Erfahrung) und "
                      "würde gern nach Lyon ziehen. Kennst du Agenturen dort, die deutschsprachige Leute suchen? Jeder Tipp "
                      "hilft 🙏 Danke, Julia", headline="Content Marketing Managerin | offen für neue Herausforderungen",
                      name="Julia Schmidt")
    assert "Agenturen in Lyon heraussuchen" in de and "die dich interessiert" not in de
    nl = sample_draft("Hoi Camille, ik zoek al een paar maanden een nieuwe baan in contentmarketing (6 jaar ervaring) en wil "
                      "graag naar Lyon verhuizen met mijn partner. Ken jij bureaus daar die Nederlandstaligen zoeken? Alle tips "
                      "welkom 🙏 Dank je! Iris", headline="Content Marketeer | open voor nieuwe kansen", name="Iris Bakker")
    assert "SEO-bureaus in Lyon" in nl and "die je aanspreekt" not in nl


def test_french_job_seeker_in_the_lyon_region_gets_lyon_named() -> None:
    # 141 D fr_en note-13: "dans la région lyonnaise" answered with "de la zone qui vous intéresse"
    fr = sample_draft("Bonjour, je cherche un emploi de chargé de marketing digital dans la région lyonnaise depuis 4 mois. "
                      "Est-ce que vous recrutez ou connaissez des agences qui recrutent ? Je vous joins mon profil. Merci d'avance",
                      headline="Chargé de marketing digital | SEA | SEO | Ouvert aux opportunités", name="Julien Martin")
    assert "SEO à Lyon" in fr and "la zone qui vous intéresse" not in fr


def test_job_seeker_without_a_city_keeps_the_generic_area() -> None:
    # 141 D must-not-change neighbour of fr_en note-13: no city named, the generic area stays
    fr = sample_draft("Bonjour, je cherche un emploi de chargé de marketing digital depuis 4 mois. Est-ce que vous recrutez "
                      "ou connaissez des agences qui recrutent ? Merci d'avance", headline="Chargé de marketing digital",
                      name="Julien Martin")
    assert "la zone qui vous intéresse" in fr
