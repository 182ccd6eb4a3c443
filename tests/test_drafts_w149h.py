"""Wave 149, group H: an apprenticeship asked of her gets her plain no (she works alone) and a network promise, never a
CV request alone; an old friend from a shared Erasmus "next time I'm in France" is visiting, never "once you've settled in"."""

from __future__ import annotations

from drafting import sample_draft

_KATE = ("Camille!! It's Kate from the Erasmus year in Lyon 2014, can't believe it's been 10 years 😂 Would love to catch "
         "up next time I'm in France x")


def test_old_erasmus_friend_visiting_gets_no_settled_in_coffee() -> None:
    # 172 fr_en note-39: "let's have a coffee once you've settled in" to a friend only visiting; "With pleasure:" Gallicism
    en = sample_draft(_KATE, headline="UX Designer at Spotify", name="Kate Wilson")
    assert "settled in" not in en and "With pleasure" not in en
    assert "let me know when you're next in France" in en
    fr = sample_draft("Camille ! C'est Julie de l'Erasmus à Lyon en 2014, 10 ans déjà 😂 J'adorerais qu'on se revoie la "
                      "prochaine fois que je passe en France !", headline="UX Designer chez Spotify", name="Julie Martin")
    assert "posé vos valises" not in fr and "la prochaine fois que vous passez en France" in fr
    es = sample_draft("¡Camille! Soy Lucía, del Erasmus en Lyon en 2014, ¡10 años ya! Me encantaría verte la próxima vez "
                      "que vaya a Francia", headline="Diseñadora UX", name="Lucía Gil")
    assert "cuando llegues" not in es
    pt = sample_draft("Camille! Sou a Inês, do Erasmus em Lyon em 2014, já 10 anos! Adorava rever-te da próxima vez que for "
                      "a França", headline="Designer UX", name="Inês Sousa")
    assert "quando chegares" not in pt


def test_coming_exchange_student_still_gets_the_coffee_once_there() -> None:
    # 172 fr_en note-39 neighbour (must not change): an Erasmus semester still to come is a move to her city
    en = sample_draft("Hi Camille, I'm starting my Erasmus semester in Lyon in September, would love to connect!",
                      headline="Student", name="Tom Baker")
    assert "I'm in Lyon too, so let's have a coffee once you've settled in." in en


def test_apprentices_asked_get_her_plain_no_first() -> None:
    # 172 fr_en note-40: "Do you take on apprentices?" answered only with "send me your CV"
    en = sample_draft("Hello, I'm looking for a marketing apprenticeship starting September. Do you take on apprentices? "
                      "Regards, Aisha", headline="Business student | Aspiring digital marketer", name="Aisha Khan")
    assert "I work on my own, so I don't take on apprentices." in en
    assert "if I hear of an apprenticeship in my network" in en and "CV" not in en
    # 172 fr_en note-18: "Pour une alternance à mes côtés : … d'ici la fin de la semaine"
    fr = sample_draft("Bonjour, je cherche une alternance en communication digitale pour la rentrée de septembre (rythme 3 "
                      "sem entreprise / 1 sem école). Prenez-vous des alternants ? Cordialement, Yanis",
                      headline="Étudiant Bachelor Communication - Sup de Com", name="Yanis Benali")
    assert "Je travaille seule, donc je ne prends pas d'alternants." in fr
    assert "fin de la semaine" not in fr and "à mes côtés" not in fr and "je vous fais signe" in fr
    tu = sample_draft("Salut, je cherche une alternance en marketing digital pour septembre. Tu prends des alternants ?",
                      headline="Étudiant", name="Théo Roux")
    assert "je ne prends pas d'alternants" in tu and "je te fais signe" in tu


def test_apprentices_asked_in_other_languages() -> None:
    # 172 fr_en note-40 (es, de, nl, pt-BR variants): the no first, in the sender's register, no internship words
    es = sample_draft("Hola Camille, busco un contrato de aprendizaje en marketing digital. ¿Aceptas aprendices?",
                      headline="Estudiante", name="Pablo Ruiz")
    assert "Trabajo sola, así que no contrato aprendices." in es and "prácticas" not in es and "te aviso" in es
    de = sample_draft("Hallo Frau Laurent, ich suche einen Ausbildungsplatz im Online-Marketing ab September. Bilden Sie aus?",
                      headline="Schüler", name="Jonas Weber")
    assert "Ich arbeite allein und kann deshalb keine Ausbildungs- oder Werkstudentenstelle anbieten." in de
    assert "sage ich Ihnen gern Bescheid" in de and "Praktik" not in de
    nl = sample_draft("Hoi Camille, ik zoek een leerbaan in online marketing. Heb je plek voor een leerling?",
                      headline="Student", name="Daan de Vries")
    assert "Ik werk alleen, dus ik neem geen leerlingen of werkstudenten aan." in nl and "laat ik het je weten" in nl
    br = sample_draft("Olá Camille, procuro uma vaga de jovem aprendiz em marketing. Você aceita aprendizes?",
                      headline="Estudante", name="Ana Souza")
    assert "não recebo aprendizes" in br


def test_internship_and_working_apprentice_neighbours_unchanged() -> None:
    # 172 fr_en note-40 neighbours (must not change): interns still get the interns fact; an alternant's tool question
    en = sample_draft("Hi, I'm looking for a marketing internship this summer. Do you take interns?",
                      headline="Marketing student", name="Zoe Hart")
    assert "I'm not taking on interns at the moment." in en and "apprentice" not in en
    fr = sample_draft("Bonjour Camille, je suis en alternance chez Decathlon en SEO. Quels outils me conseillez-vous pour "
                      "débuter ?", headline="Alternant SEO", name="Léa Petit")
    assert "alternants" not in fr and "Search Console" in fr
