"""Wave 25 (u25): a team's training asked without a question mark is read as a client's training request in every
language, with no "Yes," that answers nothing; German and Dutch panel and talk invitations are read as such, with her
languages said after the yes whatever the template; details offered by an organiser are asked for, never the dates
given; a talk she is invited to give is no request for her views."""

from drafting import SAMPLE, item

from invitriage.drafts.writer import draft_for


def sample(note: str, lang: str, intent: str = "business_proposal") -> str:
    """The sample owner's reply (her working languages: French and English) to a note of a fixed language and intent."""
    d = draft_for(item(note, lang, intent), SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


def body(text: str) -> str:
    return text.split("\n\n")[1]


# --- a team's training, asked as a wish ---------------------------------------------------------------------------

def test_training_for_team_it():
    text = sample("Buongiorno Camille, dirigo il marketing di un'azienda di Verona e ci interesserebbe un corso di formazione "
                  "sul SEO per il nostro team commerciale. Cordialmente, Paolo", "it")
    assert "formazione" in body(text)
    assert "la proposta mi interessa" not in text
    assert "francese o in inglese" in text


def test_training_for_team_es():
    text = sample("Buenas tardes, soy responsable de RR. HH. en una cooperativa de Murcia y querríamos organizar una formación "
                  "en redes sociales para nuestro equipo de ventas. Saludos, Lucía", "es")
    assert "formaciones" in body(text)
    assert "su propuesta me interesa" not in text
    assert "\nSí," not in text  # nothing was asked: no yes answering it


def test_training_for_the_team_pt():
    text = sample("Bom dia Camille, trabalho numa cadeia de ginásios no Porto e gostaríamos de uma formação em anúncios "
                  "no Instagram para a equipa de marketing. Obrigado, Rui", "pt")
    assert "formações" in body(text)
    assert "\nSim," not in text
    assert "francês ou em inglês" in text


def test_training_for_team_de_and_en():
    de = sample("Guten Tag Frau Laurent, wir planen für unser Vertriebsteam eine Schulung zu LinkedIn-Werbung im Herbst. "
                "Freundliche Grüße, Jens Wagner", "de")
    assert "Schulungen" in de and "\nJa," not in de
    en = sample("Hello Camille, we would like to organise a workshop on content strategy for our customer-care team. Regards, Tom", "en")
    assert "training" in en and "\nYes," not in en


def test_yes_kept_when_asked():
    text = sample("Hola Camille, ¿impartes formaciones de SEO para equipos? Nos interesaría una para nuestro equipo de marketing.", "es")
    assert "Sí" in body(text)


# --- German and Dutch panel and talk invitations --------------------------------------------------------------------

def test_podium_invitation_de():
    text = sample("Sehr geehrte Frau Laurent, gern würden wir Sie zur Diskussionsrunde über KI im Marketing auf dem Digitalforum "
                  "Bremen am 8. Oktober einladen. Mit freundlichen Grüßen, Anna Becker", "de")
    assert "Woran arbeiten Sie" not in text and "unser Gespräch" not in text
    assert "über KI im Marketing" in text
    assert "Französisch oder Englisch" in text
    lines = body(text).split("\n")
    assert lines[1].startswith(("Ja", "Grundsätzlich", "Sehr gern"))  # the yes first, the languages after


def test_panel_invitation_nl():
    text = sample("Hallo Camille, we nodigen je van harte uit voor het panel over social ads op het Marketing Event Gent. "
                  "Groetjes, Lotte", "nl")
    assert "Waar ben je op dit moment mee bezig" not in text
    assert "het panel" in text
    assert "Frans of het Engels" in text


def test_talk_to_give_de_split_verb():
    text = sample("Sehr geehrte Frau Laurent, hiermit lade ich Sie ein, am 2. Juli auf unserer Handelskonferenz in Kassel einen "
                  "Vortrag (45 Min.) über Content-Strategie zu halten. Können wir Ihnen das Programm schicken? Viele Grüße, Tim Vogel", "de",
                  "ask_for_help")
    assert "Vortrag" in body(text)
    assert "Französisch oder Englisch" in text


def test_talk_asked_as_subjunctive_es_it():
    es = sample("Hola Camille, coordino el Marketing Fest Bilbao (mayo) y nos encantaría que dieras una charla sobre TikTok Ads. "
                "Te mando con gusto los detalles.", "es")
    assert "opinión" not in es
    assert "charla" in es and "detalles" in es
    it = sample("Ciao Camille, organizzo il Content Day Torino e vorrei che tenessi un intervento sul SEO locale.", "it")
    assert "intervento" in it and "opinione" not in it


# --- details offered: asked for, never the dates -------------------------------------------------------------------

def test_details_offered_en_nl():
    en = sample("Hi Camille, I'm lining up speakers for Growth Camp in Lisbon (May). Would you do a 30-minute talk on SEO for "
                "marketplaces? I can send you more details.", "en")
    assert "Growth Camp" in en
    assert "dates" not in en and "details" in en
    nl = sample("Beste Camille, wij zoeken sprekers voor Frankwatching Live in november, over contentstrategie. "
                "Ik stuur je graag meer informatie.", "nl")
    assert "Frankwatching Live" in nl
    assert "data" not in body(nl)
