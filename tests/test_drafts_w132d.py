"""Wave 132, group D: books asked after a course she gave get the reading answer, never the which-course-for-the-job
answer; "how did you make the jump to freelancing?" gets how she went freelance (her first clients) in every language."""

from __future__ import annotations

from drafting import sample_draft


def test_books_asked_after_her_course_get_the_reading_answer_not_a_course_pick() -> None:
    # 139 fr_en note-15: "Quels livres conseilleriez-vous ?" answered with Google Ads / Meta certifications
    fr = sample_draft("Bonjour Camille,\nVous avez donné un cours de content marketing à l'ISCOM en novembre. Je voulais vous "
                      "remercier, ça m'a donné envie de me spécialiser ! Quels livres conseilleriez-vous pour approfondir ?\nHugo",
                      name="Hugo Martin", headline="Étudiant Bachelor Communication - ISCOM")
    assert "formation la plus proche du poste" not in fr
    assert "Je n'ai pas un livre en particulier à recommander" in fr and "HubSpot Academy" in fr
    de = sample_draft("Hallo Camille, danke für deinen Kurs zu Content Marketing an meiner Hochschule! Welche Bücher würdest "
                      "du empfehlen?", name="Jonas Weber", headline="Student")
    assert "Weiterbildung wählen" not in de and "Ein bestimmtes Buch kann ich nicht empfehlen" in de


def test_books_asked_without_a_course_named_stay_as_they_were() -> None:
    # a neighbour that must not change: no course in the note, the reading answer was already given
    en = sample_draft("Hi Camille, you gave a content marketing class at my school last month, thank you! Which books would "
                      "you recommend to go deeper?", name="Tom Baker", headline="Student")
    assert "I don't have one book I'd single out" in en and "HubSpot Academy's free content marketing course" in en


_JUMP = (
    ("Hey Camille, bin Junior im Performance Marketing und hab eine Frage: Wie hast du den Sprung in die Selbstständigkeit "
     "geschafft? Würd mich sehr über ein paar Tipps freuen 🙏", "Tim Berger", "Vor allem über mein Netzwerk"),
    ("Bonjour Camille, je suis junior en marketing. Comment avez-vous sauté le pas vers le freelance ? Des conseils ?",
     "Paul Dubois", "Surtout par mon réseau"),
    ("Hola Camille, ¿cómo diste el salto a freelance? ¿Algún consejo?", "Pablo Ruiz", "Sobre todo a través de mi red"),
    ("Ciao Camille, come hai fatto il salto verso la libera professione? Qualche consiglio?", "Luca Bianchi",
     "Soprattutto tramite la mia rete"),
    ("Hoi Camille, hoe heb je de sprong naar freelancer gemaakt? Tips?", "Daan Bakker", "Vooral via mijn netwerk"),
    ("Olá Camille, como deu o salto para freelancer? Alguma dica?", "Rui Costa", "Sobretudo pela minha rede"),
)


def test_the_jump_to_freelancing_asked_gets_how_she_went_freelance() -> None:
    # 138 de_nl note-5: "Wie hast du den Sprung in die Selbstständigkeit geschafft?" answered with how she got into SEO
    for note, name, said in _JUMP:
        text = sample_draft(note, name=name, headline="Junior Marketing")
        assert said in text, (note, text)
        assert "Eher zufällig" not in text and "non sono la persona giusta" not in text


def test_how_she_got_into_seo_still_gets_her_seo_story() -> None:
    # a neighbour that must not change: the way into SEO, not into freelancing
    de = sample_draft("Hallo Camille, wie bist du eigentlich zum SEO gekommen?", name="Lena Maier", headline="Studentin")
    assert "Eher zufällig" in de and "Vor allem über mein Netzwerk" not in de


def test_a_beginner_asking_how_to_get_first_clients_gets_the_freelance_start_answer() -> None:
    # 139 fr_en note-27: "any tips on getting first clients??" answered with job-interview advice and Google certs
    en = sample_draft("hi, im trying to break into digital marketing, no degree, doing google certs. any tips on getting "
                      "first clients?? thx", name="Jake Miller", headline="Aspiring digital marketer")
    assert "I'd start with the people you already know" in en and "interviews" not in en and "Meta Blueprint" not in en
    fr = sample_draft("Salut Camille, je me lance dans le marketing digital sans diplôme. Des conseils pour trouver mes "
                      "premiers clients ?", name="Hugo Petit", headline="Reconversion")
    assert "Je commencerais par le réseau" in fr and "taux journalier" not in fr  # the price is not asked
    nl = sample_draft("Hoi Camille, ik begin net in online marketing zonder diploma. Tips om mijn eerste klanten te vinden?",
                      name="Bram de Vries", headline="Starter")
    assert "Ik zou bij het netwerk beginnen" in nl
    de = sample_draft("Hallo Camille, ich starte gerade im Online-Marketing ohne Studium. Tipps, wie ich die ersten Kunden "
                      "finden kann?", name="Max Koch", headline="Quereinsteiger")
    assert "Ich würde beim Netzwerk anfangen" in de


def test_her_own_first_clients_asked_still_gets_her_story() -> None:
    # a neighbour that must not change: the question is about her, not the sender
    en = sample_draft("Hi Camille, how did you find your first clients?", name="Sam Lee", headline="Junior")
    assert "Through my network, mostly" in en


def test_a_brazilian_newsletter_reader_gets_brazilian_portuguese_and_the_piece_named() -> None:
    # 138 es_pt_it note-25: "sua newsletter", "minha forma de planejar" answered in European Portuguese with tu
    br = sample_draft("Camille, sou leitora da sua newsletter há uns meses e o último texto sobre calendário editorial mudou "
                      "minha forma de planejar o Instagram da loja. Obrigada! 💜", name="Juliana Souza",
                      headline="Fundadora da Ju Acessórios (loja virtual)")
    assert "acompanhas" not in br and "está a correr" not in br and "você" in br
    assert "o último texto sobre calendário editorial te ajudou" in br
    es = sample_draft("Camille, leo tu newsletter desde hace unos meses y el último texto sobre calendario editorial cambió mi "
                      "forma de planificar el Instagram de la tienda. ¡Gracias!", name="Lucía Gil", headline="Fundadora")
    assert "mi último texto sobre calendario editorial te haya sido útil" in es
    it = sample_draft("Camille, leggo la tua newsletter da qualche mese e l'ultimo testo sul calendario editoriale ha cambiato "
                      "il mio modo di pianificare l'Instagram del negozio. Grazie!", name="Giulia Conti", headline="Fondatrice")
    assert "l'ultimo testo sul calendario editoriale ti ha aiutato" in it


def test_a_portuguese_newsletter_reader_stays_in_european_portuguese() -> None:
    # a neighbour that must not change: "a minha forma de planear" is Portugal's
    pt = sample_draft("Olá Camille, leio a sua newsletter há uns meses e o último texto sobre calendário editorial mudou a "
                      "minha forma de planear o Instagram da loja. Obrigada!", name="Inês Rocha", headline="Fundadora")
    assert "acompanha a minha newsletter" in pt and "você" not in pt
