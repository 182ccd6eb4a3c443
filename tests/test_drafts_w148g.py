"""Wave 148, group G: a career changer asking which course to start with (Google Analytics or a general course, or no
channel named) gets a direct pick, a general course first then the GA4 certification as proof, never the portfolio text
nor "tell me where you stand"; her course taken (on Udemy, "je SEO-cursus gedaan") with an advanced version asked gets
the no-fixed-next-level answer, never a call."""

from __future__ import annotations

from drafting import sample_draft


def test_ga_cert_or_general_course_gets_a_direct_pick_in_english_and_french() -> None:
    # 171 fr_en note-33: "Google Analytics cert or a general digital marketing course?" answered with the portfolio text
    en = sample_draft("Hi, I'm switching careers from teaching into digital marketing. Which would you recommend first: "
                      "Google Analytics cert or a general digital marketing course? Thanks so much",
                      headline="Career changer | Aspiring digital marketer", name="Michael Brown")
    assert "I'd start with a general digital marketing course" in en and "Google Analytics (GA4) certification" in en
    assert "Meta Blueprint" not in en and "concrete proof counts more" not in en
    fr = sample_draft("Bonjour, je me reconvertis de l'enseignement vers le marketing digital. Que me conseilleriez-vous "
                      "d'abord : la certification Google Analytics ou une formation générale en marketing digital ? Merci",
                      name="Julie Martin")
    assert "Je commencerais par une formation générale en marketing digital" in fr and "certification Google Analytics (GA4)" in fr


def test_career_changer_asking_which_course_to_start_gets_the_answer_in_dutch_and_german() -> None:
    # 171 de_nl note-33: "laat u mij weten waar u nu staat" although the note says 8 years in retail
    nl = sample_draft("Hallo mevrouw Laurent, na 8 jaar in de retail wil ik overstappen naar online marketing. Welke "
                      "opleiding of cursus zou u mij aanraden om te beginnen? Hartelijk dank, Marieke",
                      headline="Retail manager | op weg naar online marketing", name="Marieke Dijkstra")
    assert "Ik zou beginnen met een algemene cursus online marketing" in nl and "waar u nu staat" not in nl
    jij = sample_draft("Hoi Camille, na 8 jaar in de retail wil ik overstappen naar online marketing. Welke opleiding of "
                       "cursus raad je me aan om te beginnen? Dank je!", name="Sanne de Vries")
    assert "algemene cursus online marketing" in jij and "waar je nu staat" not in jij
    de = sample_draft("Hallo Frau Laurent, nach 8 Jahren im Einzelhandel möchte ich ins Online-Marketing wechseln. Welche "
                      "Weiterbildung oder welchen Kurs würden Sie mir für den Einstieg empfehlen? Vielen Dank",
                      name="Anna Müller")
    assert "Ich würde mit einem allgemeinen Kurs in Online-Marketing anfangen" in de and "Konkretes zählt" not in de


def test_career_changer_course_in_spanish_italian_portuguese() -> None:
    # 171 de_nl note-33 (variants): the same situation in es, it, pt-BR
    es = sample_draft("Hola Camille, después de 8 años en el comercio quiero pasarme al marketing digital. ¿Qué curso o "
                      "formación me recomiendas para empezar? Gracias", name="Lucía García")
    assert "Empezaría por un curso general de marketing digital" in es
    it = sample_draft("Ciao Camille, dopo 8 anni nel retail voglio passare al marketing digitale. Quale corso mi "
                      "consiglieresti per iniziare? Grazie", name="Giulia Rossi")
    assert "Partirei da un corso generale di marketing digitale" in it


def test_career_changer_weighing_seo_or_ads_or_aiming_at_content_keeps_its_answer() -> None:
    # must not change (neighbours of 171 fr_en note-33): a channel named keeps its own course answer
    seo = sample_draft("Bonjour, je suis en reconversion. Quelle formation pour commencer : Google Ads ou SEO ?", name="Paul Durand")
    assert "je commencerais par le SEO" in seo and "formation générale" not in seo
    content = sample_draft("Je suis en reconversion et je vise un poste en content marketing. Quelle formation pour commencer ?",
                           name="Julie Martin")
    assert "Pour le content marketing, je commencerais" in content and "formation générale" not in content


def test_her_udemy_course_taken_and_an_advanced_version_asked_gets_no_call() -> None:
    # 171 fr_en note-37: "Thanks for reaching out about Udemy! Shall we jump on a 15-minute call"
    en = sample_draft("Hi Camille, did your SEO course on Udemy - brilliant stuff! Is there an advanced version coming? "
                      "I'd sign up straight away", headline="Owner, Bristol Bike Co.", name="Chris Hall")
    assert "There's no advanced session scheduled at the moment" in en and "follow-up on SEO" in en
    assert "call" not in en and "about Udemy" not in en
    nl = sample_draft("Hallo Camille, ik heb je SEO-cursus op Udemy gedaan, geweldig! Komt er een gevorderde versie? "
                      "Ik zou me meteen inschrijven", name="Tom Bakker")
    assert "Een vaste vervolgtraining is er niet" in nl and "budget" not in nl
    de = sample_draft("Hallo Camille, ich habe Ihren SEO-Kurs auf Udemy gemacht – großartig! Kommt eine "
                      "Fortgeschrittenen-Version? Ich würde mich sofort anmelden", name="Jan Schulz")
    assert "Einen festen Aufbaukurs gibt es nicht" in de and "wo Sie gerade stehen" not in de


def test_hubspot_or_google_ads_for_an_ex_accountant_reads_smoothly_in_french() -> None:
    # 171 fr_en note-11 (light): "Déjà dans l'acquisition payante ? Alors Google Ads d'abord." choppy for an ex-accountant
    fr = sample_draft("Bonjour, je suis en reconversion (ex-comptable) et je me forme au marketing digital. Quelle certification "
                      "me conseilleriez-vous pour débuter : Google Ads ou HubSpot ? Merci d'avance",
                      headline="En reconversion vers le marketing digital", name="Patrick Morel")
    assert "je commencerais par HubSpot Inbound" in fr and "Déjà dans l'acquisition payante ?" not in fr
    assert "sauf pour l'acquisition payante : là, Google Ads d'abord." in fr


def test_first_clients_advice_has_no_calques_in_english() -> None:
    # 170 fr_en note-27 (light): "start with the network", "at a friendly price in return for results"
    en = sample_draft("hi camille, im a 2nd year comms student in Manchester, thinking about going freelance in social media "
                      "after i graduate. any advice on how to get first clients?? thanks a lot!",
                      headline="Communications student @ MMU", name="Jake Wilson")
    assert "I'd start with the people you already know" in en and "at a reduced rate" in en
    assert "start with the network" not in en and "friendly price" not in en
