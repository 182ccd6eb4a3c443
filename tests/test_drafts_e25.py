"""Wave 25, scope E: talks, podcasts and interviews in a language the owner does not work in."""
from drafting import sample_draft

from invitriage.drafts.askfacts import langs_allowed


def test_english_already_offered_drops_the_language_limit():
    es = sample_draft("Hola Camille, dirijo un podcast de marketing y me gustaría invitarte a hablar de SEO local. "
                      "Grabamos online, en castellano o en inglés, como prefieras.")
    assert "francés o en inglés" not in es and "precisión" not in es
    de = sample_draft("Hallo Camille, ich moderiere den Podcast 'Klick & Kunde' und würde dich gern als Gast zu "
                      "Content-Strategie einladen. Aufnahme remote, gern auch auf Englisch. Hast du Lust?")
    assert "Französisch oder Englisch" not in de
    pt = sample_draft("Olá Camille, organizo uma conferência em Lisboa e queria convidá-la para uma palestra sobre SEO. "
                      "A sessão pode ser em inglês. Aceita?")
    assert "francês ou em inglês" not in pt


def test_languages_allowed_are_not_nationalities():
    assert langs_allowed("Engelstalige sessie is mogelijk") == ["en"]
    assert langs_allowed("un articolo sul mercato francese") == []
    assert langs_allowed("Wir sprechen kaum Englisch, lieber auf Deutsch") == []


def test_limit_comes_after_the_yes():
    it = sample_draft("Ciao Camille, organizzo un meetup a Milano e vorrei invitarti a tenere un talk sulle social ads. Ti andrebbe?")
    assert "in francese o in inglese" in it
    assert it.index("volentieri") < it.index("in francese o in inglese")
    assert "prima di tutto" not in it
    es = sample_draft("Hola Camille, coordino las jornadas de comercio electrónico de Valencia y nos gustaría invitarte como "
                      "ponente sobre anuncios en redes sociales. ¿Te apetece?")
    assert "francés o en inglés" in es and "Antes que nada" not in es
    assert es.index("gusto") < es.index("francés o en inglés")


def test_interview_this_week_never_commits_her_diary():
    es = sample_draft("Hola Camille, soy periodista en El País. ¿Tendrías 20 minutos esta semana para una entrevista "
                      "por teléfono sobre publicidad en Instagram?")
    assert "puedo sin problema" not in es and "agenda" in es
    it = sample_draft("Buongiorno, sono giornalista di Repubblica e preparo un articolo sulle freelance del digitale. "
                      "Avrebbe 10 minuti questa settimana per una breve intervista telefonica?")
    assert "va benissimo" not in it and "agenda" in it
    assert it.index("intervista") < it.index("in francese o in inglese")


def test_team_training_in_another_language_says_her_languages_after_the_yes():
    es = sample_draft("Buenas tardes, Sra. Laurent: soy responsable de marketing en una cadena de ópticas en Zaragoza y me "
                      "gustaría conocer sus formaciones en redes sociales para nuestro equipo. Un saludo, Pilar Gómez")
    assert "francés o en inglés" in es
    nl = sample_draft("Goedemiddag, wij zoeken een training contentstrategie voor ons marketingteam in Eindhoven. "
                      "Kunt u ons meer vertellen over uw aanbod?")
    assert "het Frans of het Engels" in nl
    assert nl.index("training") < nl.index("het Frans of het Engels")


def test_team_training_already_in_english_keeps_no_limit():
    de = sample_draft("Guten Tag Frau Laurent, wir möchten unser Vertriebsteam in Social Ads schulen lassen, die Schulung "
                      "darf gern auf Englisch sein. Was würden Sie vorschlagen?")
    assert "Französisch oder Englisch" not in de
