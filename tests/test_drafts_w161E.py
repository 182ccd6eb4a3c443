"""Wave 161, group E (German slips): the sender's "unserem Masterstudiengang" said back as "Ihrem"; the employed
beginner's course answer no longer speaks of "der betreuten Website"; the language tip for a job seeker no longer repeats
"ein echtes Plus" after the experience line; a topic given after "Thema:" keeps its abbreviation ("SEO vs. Paid Ads"),
never cut at the dot; a team's goals are "eure Ziele" (and "vos/vuestros/vostri/vossos" in the other languages); a
"wiederzusehen" opening is not followed by "auf ein Wiedersehen"."""

from drafting import sample_draft


def test_guest_lecture_in_our_programme_is_said_back_as_theirs() -> None:
    # 202 de_nl note-9
    text = sample_draft("Sehr geehrte Frau Laurent,\nim Namen der Hochschule München möchte ich Sie herzlich einladen, im Mai einen "
                        "Gastvortrag zum Thema Content-Strategie in unserem Masterstudiengang zu halten. Über eine Rückmeldung würde ich "
                        "mich freuen.\nProf. Dr. Klaus Richter", headline="Professor für Marketing, Hochschule München", name="Klaus Richter")
    assert "unserem" not in text and "in Ihrem Masterstudiengang" in text, text
    it = sample_draft("Gentile Camille, a nome dell'Università di Bologna vorrei invitarla a tenere una lezione sulla SEO nel nostro master "
                      "in comunicazione digitale a maggio. Cordiali saluti, Prof. Marco Ricci", headline="Docente, Università di Bologna",
                      name="Marco Ricci")
    assert "nostro" not in it and "lezione sulla SEO" in it, it


def test_employed_beginner_course_answer_has_no_looked_after_website() -> None:
    # 202 de_nl note-10
    text = sample_draft("Hallo Camille, ich bin Junior Marketing Managerin und hab gerade angefangen, SEO für unser Start-up aufzubauen. "
                        "Gibt es Bücher oder Kurse, die du Einsteigern empfehlen würdest? Danke schon mal! Julia",
                        headline="Junior Marketing Manager @ Fitly GmbH", name="Julia Becker")
    assert "betreuten" not in text and "Semrush Academy" in text, text
    own = sample_draft("Hallo Camille, ich bin Junior Online-Marketing-Managerin und soll jetzt SEO für unseren Onlineshop übernehmen. "
                       "Welche Kurse oder Bücher kannst du für den Einstieg empfehlen? Danke dir! Marie",
                       headline="Junior Online Marketing Manager", name="Marie Vogt")
    assert "betreuten" not in own and "Search Console" in own, own


def test_language_tip_does_not_repeat_the_experience_praise() -> None:
    # 202 de_nl note-12
    text = sample_draft("Hallo Camille! Ich bin auf Jobsuche im Performance Marketing (3 Jahre Erfahrung Google Ads) und würde gern nach "
                        "Frankreich ziehen. Kennst du Agenturen in Lyon, die deutschsprachige Leute suchen? Danke & Gruß, Felix",
                        headline="Performance Marketing Specialist | offen für neue Herausforderungen", name="Felix Neumann")
    assert text.count("echtes Plus") <= 1 and "dein Deutsch" in text, text


def test_topic_after_thema_keeps_its_abbreviation() -> None:
    # 203 de_nl note-7
    text = sample_draft('Hi Camille, ich hoste den Podcast "Marketing ohne Bullshit" und würde dich gern als Gast einladen – Thema: SEO vs. '
                        'Paid Ads für kleine Shops. Aufnahme online, ca. 45 min. Hast du Lust? Grüße, Moritz', name="Moritz Lang")
    assert "über SEO vs. Paid Ads für kleine Shops zu sprechen" in text and "SEO vs zu" not in text, text
    own = sample_draft('Hi Camille, ich mache den Podcast "Shop Talk" und lade dich gern ein – Thema: Google Ads vs. Meta Ads für '
                       'Einsteiger. Aufnahme online, ca. 30 min. Lust? LG Jonas', name="Jonas Berg")
    assert "Google Ads vs. Meta Ads für Einsteiger" in own, own


def test_a_team_is_asked_about_their_goals() -> None:
    # 203 de_nl note-18
    text = sample_draft("Liebe Camille, Sophie Martin meinte, ich soll dich wegen deiner Trainings für Teams anschreiben. Wir sind 8 Leute "
                        "im Marketing und wollen unsere SEO-Basics verbessern. Was kostet so ein Workshop ungefähr? LG Hannah",
                        name="Hannah Braun")
    assert "eure Ziele" in text and "deine Ziele" not in text, text


def test_met_at_workshop_not_seen_again_twice() -> None:
    # 203 de_nl note-15
    text = sample_draft("hallo camille, wir waren zusammen im workshop von hubspot in paris letzten monat (ich sass neben dir 😄). "
                        "lass uns connecten! gruss paul", name="Paul Zimmermann")
    assert "wiederzusehen" in text and "Wiedersehen" not in text, text


def test_team_goals_in_french_and_spanish_and_a_single_learner_keeps_hers() -> None:
    fr = sample_draft("Salut Camille, Julie Petit m'a conseillé de t'écrire pour tes formations en équipe. On est 6 au marketing et on veut "
                      "progresser en SEO. Ça coûte combien à peu près, un atelier ? Merci, Léa", name="Léa Roux")
    assert "sur vos objectifs" in fr and "tes objectifs" not in fr, fr
    es = sample_draft("Hola Camille, Marta Gil me dijo que te escribiera por tus formaciones para equipos. Somos 7 en marketing y queremos "
                      "mejorar en SEO. ¿Cuánto cuesta más o menos un taller? Gracias, Lucía", name="Lucía Vega")
    assert "vuestros objetivos" in es and "tus objetivos" not in es, es


def test_a_podcast_topic_without_abbreviation_is_unchanged() -> None:
    text = sample_draft('Hi Camille, ich hoste den Podcast "Marketing am Montag" und würde dich gern einladen – Thema: Social Ads für '
                        'kleine Shops. Aufnahme online. Hast du Lust? Grüße, Tim', name="Tim Kraus")
    assert "über Social Ads für kleine Shops zu sprechen" in text, text
