"""Fix wave 101, group R: partnerships, trainings and talks proposed (the audience given, two months offered, the joint
work named)."""

from drafting import sample_draft


def test_guest_lecture_inside_the_senders_programme_never_asks_the_audience():
    de = sample_draft("Sehr geehrte Frau Laurent,\nim Namen der Hochschule Pforzheim möchte ich Sie herzlich einladen, im Oktober einen "
                      "Gastvortrag (90 Min.) zu Content-Strategie in unserem Masterstudiengang Marketing zu halten. Ein Honorar ist "
                      "vorgesehen.\nMit freundlichen Grüßen\nProf. Dr. Martin Krüger",
                      headline="Professor für Marketing, Hochschule Pforzheim", name="Martin Krüger")
    assert "Zielgruppe" not in de and "Datum" in de
    nl = sample_draft("Geachte mevrouw Laurent,\nNamens de Erasmus Universiteit Rotterdam nodig ik u graag uit voor een gastcollege "
                      "over SEO binnen onze minor Digital Marketing in november. Uiteraard is er een vergoeding.\nHoogachtend,\n"
                      "dr. Hendrik de Boer", headline="Universitair docent Marketing, Erasmus Universiteit Rotterdam", name="Hendrik de Boer")
    assert "doelgroep" not in nl and "binnen in" not in nl and "over SEO in november" in nl


def test_two_months_offered_are_both_kept():
    de = sample_draft('Hallo Camille, ich moderiere den Podcast "Marketing ohne Bullshit" und würde dich gern als Gast einladen – '
                      "Thema SEO für kleine Onlineshops. Hättest du im Januar/Februar Zeit für ca. 45 Min Aufnahme (auf Englisch oder "
                      "Deutsch)? Grüße, Felix", headline="Host @ Marketing ohne Bullshit Podcast", name="Felix Neumann")
    assert "im Januar oder Februar" in de
    nl = sample_draft("Hoi Camille, ik presenteer de podcast 'Groei Zonder Gedoe' en wil je graag uitnodigen als gast over SEO. "
                      "Heb je in januari of februari tijd voor een opname van een half uur? Groet, Bram", name="Bram Jansen")
    assert "januari of februari" in nl


def test_joint_training_is_the_partnerships_topic_not_the_past_chat():
    nl = sample_draft("Hey Camille, we zaten samen aan tafel bij het diner na de conferentie in Brussel. Leuk gesprek over LinkedIn ads! "
                      "Misschien kunnen we eens samenwerken aan een training voor Belgische KMO's? Groetjes, Wout",
                      headline="Trainer digitale marketing | Gent", name="Wout Claes")
    assert "aan een training voor Belgische KMO's" in nl and "LinkedIn Ads" not in nl
    en = sample_draft("Hi Camille, great chatting about SEO at the meetup last week. Would you like to collaborate on a workshop for "
                      "local retailers? Best, Tom", headline="Trainer", name="Tom Baker")
    assert "on a workshop for local retailers" in en
