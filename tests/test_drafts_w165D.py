"""Wave 165 group D: courses, trainings and talks. "When does the next course start, and the price?" gets the next-dates
line (never a bespoke quote that re-asks what to learn); a course enquiry in a language she does not teach in hears that
her courses are in French or English; a call about work in France still offers her languages; "is there a follow-up?"
is a sequel asked, never a wish to attend again; "can it be in the Netherlands too?" is answered and a day training's
price never "depends on the length"; a conference track given is its topic (the date asked, "im Mai" capitalised, a bare
"(juni)" read as the month); a guest speaker for a programme gives "een gastcollege", with a formal yes."""

from drafting import sample_draft


def test_next_course_and_price_asked_gets_dates_not_a_quote() -> None:
    it = sample_draft("Ciao Camille! Mi ha parlato di te Silvia Bruno, dice che i tuoi corsi di content strategy sono top. Quando parte il prossimo e quanto costa?",
                      headline="Imprenditrice | Moda sostenibile", name="Federica Costa")
    assert "prossima edizione" in it and "preventivo" not in it and "imparare" not in it
    assert "i miei corsi sono in francese o in inglese" in it
    it2 = sample_draft("Ciao, una collega mi ha consigliato i tuoi corsi di SEO. Quando inizia il prossimo e quanto viene?", name="Marta Rossi")
    assert "prossima edizione" in it2 and "preventivo" not in it2


def test_course_enquiry_in_another_language_says_her_course_languages() -> None:
    es = sample_draft("Hola Camille!! Me recomendó tu perfil Sofía Martín, dice que tus cursos de estrategia de contenidos son lo mejor. ¿Cuándo es el próximo curso y cuánto cuesta?",
                      headline="Emprendedora | Moda sostenible", name="Clara Domínguez")
    assert "francés o en inglés" in es
    br = sample_draft("Oi Camille, a Fernanda Dias me indicou seu perfil. Ela disse que você dá formação em social ads. Quando é a próxima turma?",
                      headline="Social media freelancer", name="Gabriela Nunes")
    assert "francês ou em inglês" in br
    de = sample_draft("Hallo Camille, eine Kollegin hat mir deinen SEO-Kurs empfohlen. Wann startet der nächste Kurs?", name="Anna Weber")
    assert "Französisch oder Englisch" in de
    # neighbour: an English enquiry keeps its line with no language caveat
    en = sample_draft("Hi Camille, a friend recommended your LinkedIn Ads workshop. When is the next session and what is the price?", name="Tom Baker")
    assert "haven't set the dates of the next session" in en and "French or English" not in en


def test_call_about_work_in_france_offers_her_languages() -> None:
    es = sample_draft("Estimada Sra. Laurent:\nLe escribo por recomendación de Pierre Dubois. Dirijo una tienda online de cosmética natural y necesitamos mejorar nuestro posicionamiento SEO en Francia. ¿Podríamos concertar una llamada?\nAtentamente,\nJavier Morales",
                      headline="Fundador de Verdalia Cosmética", name="Javier Morales")
    assert "inglés o en francés" in es
    de = sample_draft("Servus Camille, Andreas Wolf hat mir erzählt, dass du Agenturen bei SEO-Projekten in Frankreich unterstützt. Wir sind eine Agentur in Wien und haben öfter Kunden, die in FR expandieren wollen. Lust auf eine Partnerschaft? Beste Grüße, Stefan",
                      headline="Geschäftsführer, Pixelwerk Wien", name="Stefan Gruber")
    assert "Englisch oder Französisch" in de
    it = sample_draft("Buongiorno Camille, gestisco un e-commerce di vini e vorrei migliorare il posizionamento in Francia. Possiamo fare una chiamata?", name="Paolo Greco")
    assert "inglese o in francese" in it or "francese o in inglese" in it


def test_follow_up_course_is_a_sequel_not_attending_again() -> None:
    nl = sample_draft("Hoi Camille, ik zat in je workshop over Instagram voor ondernemers in Gent vorige maand. Super leerzaam! Komt er nog een vervolg? Liefs, Ilse",
                      headline="Eigenaar Bloemenatelier Ilse", name="Ilse Maes")
    assert "vervolg" in nl and "nog eens wilt komen" not in nl and "volgende datum" not in nl
    de = sample_draft("Hallo Camille, ich war in deinem SEO-Workshop in Lyon, sehr hilfreich! Gibt es auch einen Aufbaukurs?", name="Tim Krüger")
    assert "wiederkommen" not in de
    # neighbour: "another one soon?" still reads as coming again
    pt = sample_draft("Estive no seu workshop de Instagram. Queria saber se você vai fazer outro em breve!", name="Ana Souza")
    assert "continuação" not in pt


def test_day_training_abroad_answers_the_country_and_not_the_length() -> None:
    nl = sample_draft("Hoi Camille, ik zag dat je ook trainingen geeft. Wat kost een dagtraining social ads ongeveer voor een team van 6? En kan dat ook in Nederland? Groet, Daan",
                      headline="Marketing Manager bij FietsFabriek", name="Daan Mulder")
    assert "Nederland" in nl and "online" in nl and "duur" not in nl
    de = sample_draft("Hallo Camille, was kostet eine Tagesschulung zu SEO für unser Team von 5 Leuten? Geht das auch in Deutschland?", name="Jan Vogel")
    assert "Dauer" not in de


def test_track_given_asks_the_date_not_the_topic() -> None:
    de = sample_draft('Liebe Camille, ich organisiere das Online Marketing Forum in Köln (Mai 2025) und suche noch Speaker*innen für den Track "Content & SEO". Hättest du Interesse an einem 30-min Talk? Honorar + Reise werden übernommen. Herzliche Grüße Sarah Keller',
                      headline="Event Managerin, OMF Köln", name="Sarah Keller")
    assert "im Mai 2025" in de and "mai 2025" not in de and "Thema" not in de and "Datum" in de
    nl = sample_draft("Beste Camille, wij organiseren het Marketing Festival in Utrecht (juni) en zoeken sprekers voor de track Social Advertising. Zou je interesse hebben om een sessie van 25 minuten te verzorgen? Reis- en verblijfkosten worden vergoed. Groet, Linda Kok",
                      headline="Programmamanager Marketing Festival", name="Linda Kok")
    assert "onderwerp" not in nl and "Ja, dat doe ik graag" not in nl and "datum" in nl
    en = sample_draft("Hi Camille, we run the Growth Summit in Dublin (October 2025) and are looking for speakers for the Analytics track. Would you give a 20-minute talk?", name="Ryan Walsh")
    assert "topic" not in en


def test_guest_speaker_for_a_programme_is_a_guest_lecture_with_a_formal_yes() -> None:
    nl = sample_draft("Geachte mevrouw Laurent,\nGraag kom ik met u in contact. Ik ben docent online marketing aan de Hogeschool Utrecht en zoek een gastspreker voor onze minor Digital Marketing. Zou u daarvoor open staan?\nMet vriendelijke groet,\nDrs. Ingrid Bakker",
                      headline="Docent Online Marketing, Hogeschool Utrecht", name="Ingrid Bakker")
    assert "gastcollege" in nl and "lezing" not in nl and "doe ik graag mee" not in nl and "Ja, dat doe ik graag" not in nl
    nl2 = sample_draft("Geachte mevrouw Laurent, ik coördineer de opleiding Communicatie aan de Fontys Hogeschool en zoek een gastspreker voor onze studenten. Heeft u interesse?",
                       name="Peter de Vries")
    assert "gastcollege" in nl2
