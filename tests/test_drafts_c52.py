"""Wave 52, group C: job seekers moving to her city (Lyon) or asking which agencies need speakers of their language."""

from drafting import sample_draft


def test_nl_move_to_lyon_names_city_language_and_coffee() -> None:
    text = sample_draft("Hoi Camille, ik ben contentmarketeer en ik verhuis in mei naar Lyon. Ken jij bureaus die Nederlandstalige marketeers zoeken? "
                        "Groetjes, Sanne de Vries", headline="Content Marketeer | Open to work", name="Sanne de Vries")
    assert "in de regio die je aanspreekt" not in text and "Liever dan namen" not in text
    assert "bureaus in Lyon" in text
    assert "taalgebied" in text and "koffie" in text


def test_de_agencies_seeking_german_speakers_is_a_job_search() -> None:
    text = sample_draft("Guten Tag Frau Laurent, ich bin Social-Media-Managerin und ziehe im Herbst nach Lyon. Wissen Sie, welche Agenturen dort "
                        "deutschsprachige Mitarbeitende suchen? Beste Grüße, Anna Weber", headline="Social Media Managerin | offen für neue Aufgaben",
                        name="Anna Weber")
    assert "nicht in meinem direkten Netzwerk" not in text and "Statt Namen" not in text
    assert "Agenturen in Lyon" in text and "Sprachraum" in text
    assert "Kaffee" in text


def test_es_move_to_lyon_gets_a_coffee() -> None:
    text = sample_draft("Hola Camille, soy community manager con 3 años de experiencia y me mudo a Lyon en septiembre. Si sabes de alguna "
                        "vacante, te agradecería que me avisaras. Un saludo, Lucía Gómez", name="Lucía Gómez")
    assert "Yo también estoy en Lyon" in text and "café" in text


def test_en_move_elsewhere_gets_no_coffee_in_lyon() -> None:
    text = sample_draft("Hi Camille, I'm a PPC specialist moving to Bordeaux in June. If you hear of any openings, I'd love to know. Thanks, Tom Baker",
                        name="Tom Baker")
    assert "I'm in Lyon too" not in text and "coffee" not in text
