"""Wave 137, group E: small wording faults in slotted details and advice: 'por venir a mi charla' for someone who was
there, a day word before the event ('ayer en el afterwork', 'all'aperitivo di ieri'), advice sentences without a cryptic
list after a colon, a full German noun phrase for the HubSpot certificate."""

from __future__ import annotations

from drafting import sample_draft


def test_spanish_talk_attended_in_person_is_coming_to_it_not_watching_it() -> None:
    # 137 E es_pt_it note-1: "por ver mi charla" reads as watching online; she was there
    es = sample_draft("Hola Camille! Nos conocimos en el Salón E-commerce de Madrid, en tu charla sobre SEO local. Me encantó lo "
                      "de las fichas de Google Business. Conectamos? Un saludo, Lucía", name="Lucía Pérez")
    assert "por venir a mi charla sobre SEO local" in es and "ver mi charla" not in es


def test_a_day_word_goes_before_the_event_in_spanish_and_portuguese_and_as_di_ieri_in_italian() -> None:
    # 137 E es_pt_it note-12: "la conversación que empezamos en el afterwork ayer"
    es = sample_draft("Hola Camille, encantado de conocerte ayer en el afterwork de marketers en Lyon! Como te comenté, soy "
                      "español pero vivo aquí. Seguimos en contacto. Álvaro", name="Álvaro Ruiz")
    assert "ayer en el afterwork" in es and "afterwork ayer" not in es
    # 137 E es_pt_it note-56: "la nostra chiacchierata all'aperitivo ieri"
    it = sample_draft("Ciao Camille, piacere di averti conosciuta ieri all'aperitivo dei marketer a Lione! Sono italiano ma vivo "
                      "qui da due anni. Restiamo in contatto, Matteo", name="Matteo Rossi")
    assert "all'aperitivo di ieri" in it and "aperitivo ieri" not in it
    pt = sample_draft("Olá Camille, foi um prazer conhecê-la ontem no afterwork de marketing em Lyon! Vamos manter contacto. Rui",
                      name="Rui Costa")
    assert "ontem" in pt and "Lyon ontem" not in pt


def test_where_to_start_in_seo_advice_has_no_cryptic_list_after_a_colon() -> None:
    # 137 E fr_en note-27: "with Search Console connected: a few articles, their titles, and which searches bring visitors"
    en = sample_draft("hey Camille! im a 2nd year marketing student in Manchester and i want to specialise in SEO. any tips on "
                      "where to start? thanks a lot :)", headline="Marketing student @ University of Manchester", name="Liam Hall")
    assert "Write a few articles, work on their titles and watch which searches bring visitors." in en
    assert "connected: a few articles" not in en
    # 137 E fr_en note-5: "puis la pratique tout de suite sur un petit site perso … : quelques articles, leurs titres"
    fr = sample_draft("Salut Camille ! Je suis en BTS com et ton post sur les erreurs en SEO m'a trop parlé 😅 tu aurais des "
                      "conseils pour débuter dans le métier ?", headline="Étudiant BTS Communication", name="Hugo Martin")
    assert "puis je passerais vite à la pratique" in fr and "puis la pratique tout de suite" not in fr
    assert "Console : quelques articles" not in fr


def test_german_certificate_advice_names_the_hubspot_certificate_in_full() -> None:
    # 137 E de_nl note-8: "für SEO die kostenlose der HubSpot Academy" (a noun left out)
    de = sample_draft("Hallo, ich bin gerade auf Jobsuche im Online-Marketing nach 3 Jahren als Social Media Managerin. Hast du "
                      "einen Tipp, welche Zertifikate sich wirklich lohnen? Danke dir! Julia",
                      headline="Social Media Managerin | offen für neue Herausforderungen", name="Julia Braun")
    assert "für SEO das kostenlose Zertifikat der HubSpot Academy" in de and "die kostenlose der" not in de


def test_a_meeting_with_no_day_word_keeps_its_order() -> None:
    # must-not-change neighbour (137 E): an event ending on its city with "la semana pasada" keeps the event first
    es = sample_draft("Hola Camille, un placer conocerte en el afterwork de marketers la semana pasada. Seguimos en contacto. Álvaro",
                      name="Álvaro Ruiz")
    assert "la conversación que empezamos en el afterwork la semana pasada" in es


def test_a_quoted_event_with_its_own_noun_is_named_by_it_in_german() -> None:
    # 137 E de_nl note-10: 'bei der Konferenz „E-Commerce Summit Stuttgart“' (the generic noun before the quoted name)
    de = sample_draft('Sehr geehrte Frau Laurent,\nich organisiere die Konferenz "E-Commerce Summit Stuttgart" (12. Juni). Wir '
                      'suchen noch eine Speakerin zum Thema Social Ads im Mittelstand. Hätten Sie Interesse? Honorar und '
                      'Reisekosten übernehmen wir.\nBeste Grüße\nMichael Fischer', name="Michael Fischer")
    assert "beim E-Commerce Summit Stuttgart am 12. Juni" in de and "Konferenz „" not in de
    du = sample_draft('Hallo Camille, ich organisiere die Konferenz "Marketing Tage Köln" im Mai. Hast du Lust, einen Vortrag '
                      'über SEO zu halten? Viele Grüße, Jan', name="Jan Weber")
    assert "bei den Marketing Tagen Köln" in du
    # must-not-change neighbour: a quoted name with no event noun of its own keeps the conference noun
    shop = sample_draft('Hallo Camille, ich organisiere die Konferenz "Shop Köln" im Mai. Hast du Lust, einen Vortrag über SEO '
                        'zu halten? Viele Grüße, Jan', name="Jan Weber")
    assert "bei der Konferenz „Shop Köln“" in shop


def test_italian_post_on_two_fields_set_side_by_side_takes_no_article() -> None:
    # 137 E es_pt_it note-52: "il mio post sulla SEO vs SEA", "ricerche d'acquisto"
    it = sample_draft("Ciao Camille! Ho visto il tuo post su SEO vs SEA. Domanda veloce: per un piccolo negozio con poco budget, "
                      "da cosa partiresti, SEO o Google Ads?", headline="Imprenditrice | Cosmetica naturale", name="Chiara Neri")
    assert "il mio post su SEO vs SEA" in it and "ricerche d'acquisto" not in it
    # must-not-change neighbour: one field alone still takes its article
    one = sample_draft("Buongiorno Camille, ho letto il Suo post su SEO. Molto interessante! Giulia", name="Giulia Neri")
    assert "il mio post sulla SEO" in one


def test_a_team_training_topic_does_not_repeat_for_the_team() -> None:
    # 137 E es_pt_it note-2: "imparto formaciones para empresas en marketing digital para el equipo" (double "para")
    es = sample_draft("Estimada Sra. Laurent:\nLe escribo por recomendación de Javier Ortega, de la agencia Nubia. Dirijo el "
                      "departamento de marketing de una cadena de ópticas y nos interesaría una formación en marketing digital "
                      "para el equipo. Sería posible concertar una llamada?\nAtentamente,\nRamón Iglesias",
                      headline="Director de Marketing, Ópticas Vista", name="Ramón Iglesias")
    assert "imparto formaciones para empresas en marketing digital." in es and "para el equipo" not in es
    pt = sample_draft("Olá Camille, venho por recomendação do Javier. Teríamos interesse numa formação em marketing digital "
                      "para a equipa. Seria possível marcar uma chamada? Rui", name="Rui Costa")
    assert "em marketing digital." in pt and "para a equipa" not in pt
    it = sample_draft("Buongiorno Camille, mi scrive su consiglio di Javier. Ci interesserebbe una formazione in marketing "
                      "digitale per il team. Possiamo sentirci? Luca", name="Luca Bianchi")
    assert "in marketing digitale." in it and "per il team" not in it


def test_a_thesis_named_in_the_thanks_is_not_named_again_in_the_yes() -> None:
    # 137 E es_pt_it note-41: "acerca da tua tese … Conta comigo para a tua tese"
    tu = sample_draft("Olá Camille! Sou estudante de Ciências da Comunicação na Nova e estou a fazer a tese sobre marketing de "
                      "influência. Podia entrevistá-la 20 minutos? Muito obrigado 🙏", name="Tiago Silva")
    assert "acerca da tua tese sobre marketing de influência." in tu and "Conta comigo para a entrevista" in tu
    assert tu.count("tua tese") == 1
    # 137 E es_pt_it note-42: "acerca da sua tese … Pode contar comigo para a sua tese"
    v = sample_draft("Olá Camille, sou estudante de Comunicação na Universidade do Minho e estou a fazer a minha tese sobre "
                     "marketing de influência em PME. Posso fazer-lhe uma pequena entrevista de 20 minutos?", name="Beatriz Sousa")
    assert "Pode contar comigo para a entrevista" in v and v.count("sua tese") == 1


def test_brazilian_language_limit_does_not_start_a_second_but() -> None:
    # 137 E es_pt_it note-34: "… mas trabalho a distância … Mas preciso avisar que só trabalho em francês ou em inglês."
    br = sample_draft("Olá Camille! Fui indicada pela Carolina Alves, que fez o seu treinamento de Google Ads. Sou dona de uma "
                      "rede de 3 academias em BH e quero melhorar nosso Instagram. Você atende clientes no Brasil?",
                      headline="Sócia-proprietária | FitMais Academias", name="Patrícia Souza")
    assert "Um detalhe: só trabalho em francês ou em inglês." in br and "Mas preciso" not in br


def test_a_shared_event_s_second_merci_gets_a_sentence_of_its_own() -> None:
    # 137 E fr_en note-1: "sympa de garder le contact après le Salon E-marketing de Lyon jeudi dernier, et merci pour ton retour"
    fr = sample_draft("Bonjour Camille, on s'est croisées au Salon E-marketing de Lyon jeudi dernier, j'ai adoré ton "
                      "intervention sur le SEO local ! Ravie de garder le contact 😊\nJulie",
                      headline="Chargée de communication chez Maison Berthier", name="Julie Martin")
    assert "après le Salon E-marketing de Lyon jeudi dernier ! Et merci pour ton retour sur mon intervention sur le SEO local." in fr
    # must-not-change neighbour: no compliment, one thanks, one sentence
    month = sample_draft("Bonjour Camille, on s'est croisées au Salon E-marketing de Lyon le mois dernier. Ravie de garder le "
                         "contact ! Julie", name="Julie Martin")
    assert "après le Salon E-marketing de Lyon le mois dernier." in month


def test_a_french_workshop_one_was_in_is_the_event_not_its_venue() -> None:
    # 137 E fr_en note-13: "après le Campus Numérique" (a venue is no event; the note says "dans l'atelier Canva")
    fr = sample_draft("coucou Camille, on était ensemble dans l'atelier Canva au Campus Numérique en octobre, je suis la fille "
                      "avec le chien lol. ça fait plaisir de te retrouver ici", headline="Graphiste freelance", name="Emma Roux")
    assert "après l'atelier Canva en octobre" in fr and "après le Campus" not in fr
    vous = sample_draft("Bonjour Camille, nous étions dans la formation Google Ads de la CCI en mars. Ravie de garder le contact. "
                        "Claire", name="Claire Dupont")
    assert "à la formation Google Ads de la CCI" in vous and "dans la formation" not in vous
