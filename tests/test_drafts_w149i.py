"""Wave 149, group I: an exchange student asking for agencies that take interns is pointed to Lyon (the exchange's city,
never the home one) with where interns find a place; a local business first on Google Maps after her article is
congratulated on that result, never asked for its results."""

from __future__ import annotations

from drafting import sample_draft


def test_exchange_student_asking_agencies_for_interns_is_pointed_to_lyon_not_home() -> None:
    # 172 es_pt_it note-18: "Estudio comunicación en Buenos Aires … intercambio en Lyon" searched agencies in Buenos Aires
    es = sample_draft("Hi Camille! Perdona mi francés jaja. Estudio comunicación en Buenos Aires y me gustaría hacer un intercambio "
                      "en Lyon. ¿Conoces agencias que acepten pasantes?", headline="Estudiante de Comunicación Social - UBA",
                      name="Valentina Ruiz")
    assert "Buenos Aires" not in es and "agencias de marketing y SEO de Lyon" in es
    assert "Welcome to the Jungle" in es and "convenio de prácticas de tu universidad" in es
    # the same situation in French: Montréal is home, Lyon the exchange
    fr = sample_draft("Bonjour Camille, je suis étudiante à Montréal et je viens en échange à Lyon. Connais-tu des agences qui "
                      "prennent des stagiaires ?", headline="Étudiante en communication", name="Léa Tremblay")
    assert "Montréal" not in fr and "agences marketing et SEO à Lyon" in fr and "convention de stage de ton école" in fr


def test_erasmus_student_asking_agencies_for_interns_gets_no_agency_or_in_house() -> None:
    # 172 es_pt_it note-58: "Hai consigli su agenzie di marketing che prendono tirocinanti?" got "Entrambe formano bene"
    it = sample_draft("Ciao! Studio comunicazione a Bologna e vorrei fare l'Erasmus a Lione. Hai consigli su agenzie di marketing "
                      "che prendono tirocinanti?", headline="Studente di Scienze della Comunicazione - UniBo",
                      name="Lorenzo Bianchi")
    assert "Entrambe" not in it and "Bologna" not in it
    assert "agenzie di marketing e SEO di Lione" in it and "convenzione di tirocinio della tua università" in it
    pt = sample_draft("Olá! Estudo comunicação em Lisboa e vou fazer Erasmus em Lyon. Conheces agências que aceitem estagiários?",
                      headline="Estudante de Comunicação", name="Inês Costa")
    assert "Lisboa" not in pt and "em Lyon" in pt and "Welcome to the Jungle" in pt


def test_first_on_google_maps_is_congratulated_not_asked_for_results() -> None:
    # 173 es_pt_it note-63: "ora siamo primi su Google Maps" got "Fammi sapere che risultati ottieni"
    it = sample_draft("Ciao Camille! Ho letto il tuo articolo sulla SEO locale e l'ho applicato alla mia gelateria... ora siamo "
                      "primi su Google Maps in zona! Volevo solo ringraziarti 🍦", name="Alessandro Rossi")
    assert "che risultati ottieni" not in it and "Complimenti per il risultato" in it
    # 173 es_pt_it note-19: "¡ya salimos primeros en Google Maps!" got "Me alegra que te haya interesado"
    es = sample_draft("Hola Camille! Leí tu articulo sobre SEO local y lo apliqué en mi panadería... ¡ya salimos primeros en "
                      "Google Maps en el barrio! Solo quería darte las gracias 🥐", name="Carmen López")
    assert "Me alegra que te haya interesado" not in es and "Enhorabuena por ese resultado" in es
    # 173 es_pt_it note-40: "agora a gente aparece em primeiro no Google Maps" got "Que bom" twice and "Me conta os resultados"
    br = sample_draft("Oi Camille! Li seu artigo sobre SEO local e apliquei na minha pizzaria: agora a gente aparece em primeiro "
                      "no Google Maps do bairro 🍕 Só queria agradecer!", name="Diego Souza")
    assert "Me conta os resultados" not in br and br.count("Que bom") <= 1 and "Parabéns pelo resultado" in br


def test_first_on_google_maps_in_other_languages_is_a_result() -> None:
    # 173 es_pt_it note-63, the same situation in German, Dutch and English
    de = sample_draft("Hallo Camille! Ich habe deinen Artikel über lokales SEO gelesen und in meiner Bäckerei umgesetzt: jetzt "
                      "sind wir erste bei Google Maps im Viertel! Wollte nur danke sagen", name="Anna Weber")
    assert "Glückwunsch zum Ergebnis" in de and "was dabei herauskommt" not in de
    nl = sample_draft("Hoi Camille! Ik las je artikel over lokale SEO en paste het toe in mijn bakkerij: nu staan we eerste in "
                      "Google Maps in de buurt! Wilde je gewoon bedanken", name="Pieter de Vries")
    assert "Gefeliciteerd met dat mooie resultaat" in nl
    en = sample_draft("Hi Camille! I read your article on local SEO and applied it to my café: we're now first on Google Maps "
                      "in our area! Just wanted to say thanks", name="Tom Baker")
    assert "What a result, congratulations" in en


def test_article_applied_without_a_result_still_asks_for_the_results() -> None:
    # 173 es_pt_it note-63 neighbour (must not change): applied, no result told yet
    it = sample_draft("Ciao Camille, ho letto il tuo articolo sulla SEO locale e l'ho applicato alla mia gelateria. Volevo solo "
                      "ringraziarti!", name="Marco Verdi")
    assert "Fammi sapere che risultati ottieni" in it and "Complimenti" not in it
