"""Wave 167, group D: training and teaching requests that re-ask what the note said. A guest lecture inside the sender's
programme ("im Studiengang Marketing", "nel corso di laurea in …") names its audience, never asked "die Zielgruppe" again;
"possiamo parlare del compenso", "we can talk about the fee" is the fee, never the talk's topic, so the topic said before it
("una lezione sui social ads") is kept and never asked as "il tema"; a fee offered ("Ein Honorar ist vorgesehen", "a fee is
provided") is acknowledged after her yes."""

from drafting import sample_draft


def _d(note: str, headline: str = "", name: str = "Alex Martin") -> str:
    return sample_draft(note, headline=headline, name=name)


def test_guest_lecture_in_the_senders_programme_never_asks_the_audience():
    for note, name, asked in [
        ("Sehr geehrte Frau Laurent,\nich unterrichte an der Hochschule Pforzheim im Studiengang Marketing und würde Sie gerne für einen "
         "Gastvortrag (90 Min.) zu SEO im Wintersemester gewinnen. Ein Honorar ist vorgesehen.\nMit besten Grüßen\nProf. Dr. Markus Wolf",
         "Markus Wolf", "Zielgruppe"),
        ("Guten Tag Frau Laurent, ich lehre an der TH Köln im Studiengang Medienwirtschaft. Hätten Sie Interesse an einer Gastvorlesung "
         "(90 Minuten) zu Social Ads im Sommersemester? Viele Grüße, Jonas Becker", "Jonas Becker", "Zielgruppe"),
    ]:
        d = _d(note, name=name)
        assert asked not in d and "Termine" in d, d


def test_fee_talk_is_never_the_topic_and_the_topic_is_not_asked_again():
    for note, name, topic, asked in [
        ("Buongiorno Camille, insegno in un master in comunicazione a Roma. Le andrebbe di tenere una lezione online sui social ads ai "
         "nostri studenti? Possiamo parlare del compenso.", "Simone Villa", "sui social ads", "il tema"),
        ("Buongiorno Camille, coordino un corso di marketing a Torino. Ti andrebbe di fare una lezione sulla SEO locale ai nostri "
         "studenti? Possiamo parlare del compenso.", "Paolo Conti", "SEO locale", "il tema"),
    ]:
        d = _d(note, name=name)
        assert topic in d and asked not in d and "compenso" in d, d


def test_fee_offered_is_acknowledged():
    for note, name, word in [
        ("Hi Camille, I teach in the MSc Marketing at Leeds and would love to have you as a guest lecturer (60 min) on SEO for our "
         "students this autumn. A fee is provided. Best, Emma Clarke", "Emma Clarke", "fee"),
        ("Sehr geehrte Frau Laurent, ich lehre an der Hochschule Mainz im Studiengang BWL und würde Sie gern für einen Gastvortrag "
         "(60 Min.) zu Social Ads gewinnen. Ein Honorar ist vorgesehen. Freundliche Grüße, Tim Vogel", "Tim Vogel", "Honorar"),
    ]:
        d = _d(note, name=name)
        assert word in d, d


def test_unpaid_talk_keeps_its_unpaid_answer():
    d = _d("Ciao Camille, organizzo un meetup a Milano e mi piacerebbe averti come relatrice su SEO per e-commerce a maggio. "
           "Purtroppo non c'è budget per un compenso.", name="Luca Ferri")
    assert "accennato al compenso" not in d, d


def test_team_training_asked_is_confirmed_before_the_language():
    for note, name, yes, neg in [
        ("Guten Tag Frau Laurent, ich bin Gründerin eines kleinen Bio-Tee-Shops in Freiburg. Bieten Sie auch Schulungen für Teams an "
         "(wir sind 4 Personen)? Und auf Deutsch oder nur Englisch/Französisch? Viele Grüße, Eva Schmid", "Eva Schmid", "Ja, das geht", "Auf Deutsch"),
        ("Hallo Frau Laurent, wir sind eine kleine Weinhandlung in Mainz. Geben Sie auch Schulungen für Teams (5 Leute)? Auch auf Deutsch? "
         "Freundliche Grüße, Petra Lang", "Petra Lang", "Ja, das geht", "Auf Deutsch"),
        ("Hola Camille, tengo una tienda de vinos en Valencia. ¿Das formaciones para equipos (somos 4)? ¿Y en español? Un saludo, Pablo Ruiz",
         "Pablo Ruiz", "Sí, imparto formaciones", "No doy formación en español"),
    ]:
        d = _d(note, name=name)
        assert yes in d and neg in d and d.index(yes) < d.index(neg), d


def test_language_only_question_keeps_its_plain_answer():
    d = _d("Hallo Frau Laurent, geben Sie Ihre Schulungen auch auf Deutsch? Viele Grüße, Klaus Weber", name="Klaus Weber")
    assert "Ja, das geht" not in d and "Deutsch" in d, d


def test_team_training_offer_asked_names_the_training_in_the_call():
    for note, name, named, bare in [
        ("Estimada Sra. Laurent:\nLe escribo por recomendación de Jean-Marc Dubois, quien me habló muy bien de sus formaciones en marketing "
         "digital. Dirijo el área de marketing de una cadena hotelera y me gustaría conocer su oferta para nuestro equipo.\nAtentamente,\nJavier Morales",
         "Javier Morales Peña", "formaciones para equipos", "para conocernos"),
        ("Geachte mevrouw Laurent, via Pieter Janssen hoorde ik veel goeds over uw trainingen. Ik leid de marketingafdeling van een hotelketen "
         "en wil graag uw aanbod voor ons team leren kennen. Met vriendelijke groet, Johan de Vries", "Johan de Vries", "trainingen voor teams",
         "Leuk om kennis te maken"),
    ]:
        d = _d(note, name=name)
        assert named in d and bare not in d, d


def test_referral_without_a_training_keeps_getting_to_know_each_other():
    d = _d("Estimada Sra. Laurent: le escribo por recomendación de Jean-Marc Dubois. Dirijo una cadena hotelera en Sevilla y me encantaría "
           "que nos conociéramos. Atentamente, Luis Ortega", name="Luis Ortega")
    assert "formaciones para equipos" not in d, d
