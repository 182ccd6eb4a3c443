"""Round 25, group G: the owner's FAQ answers fit the sender (in a job already, a career changer, a yes asked before a price)."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts import career


# --- someone already in a marketing job is not told about "the job you're aiming for" ---------------------------------

def test_in_job_told_in_note_is_employed() -> None:
    assert career.stage("Ik werk als online marketeer bij een fietsenwinkel. Welke certificering raad je aan?") == "employed"
    assert career.stage("Ciao! Sono social media manager in una piccola agenzia, quale certificazione mi consigli?") == "employed"
    assert career.stage("Hola, trabajo como community manager. ¿Qué certificación me recomiendas?") == "employed"


def test_in_job_from_headline_is_employed() -> None:
    assert career.stage("Which certification would you take first?", "Paid Social Marketing Specialist @ Decathlon") == "employed"


def test_moving_on_or_studying_is_not_employed() -> None:
    assert career.stage("Je suis chargée de communication et je cherche un nouveau poste à Lyon. Des conseils ?") != "employed"
    assert career.stage("Welche Zertifizierung empfiehlst du?", "Marketing-Studentin @ HWR Berlin") != "employed"
    assert career.stage("Ich suche Tipps zur Suchmaschinenoptimierung", "SEO Managerin bei Otto") == "employed"


def test_certification_for_someone_in_the_job_de() -> None:
    text = sample_draft("Hi Camille, ich arbeite als Marketing Managerin in einem Möbelhaus. Welches Zertifikat würdest du mir "
                        "zuerst empfehlen, Google Ads oder Meta Blueprint?", "Marketing Managerin @ Möbel Fischer", "Lena Fischer")
    assert "angestrebten Stelle" not in text
    assert "Im Job würde ich" in text


def test_certification_for_someone_in_the_job_nl_es() -> None:
    nl = sample_draft("Hoi Camille, ik ben junior online marketeer bij een webshop in Utrecht en vraag me af welke certificering "
                      "ik het beste eerst kan halen. Wat raad je aan?", "Junior Online Marketeer @ Fietsplaats", "Daan Bakker")
    assert "beoogde functie" not in nl and "al aan de slag" in nl
    es = sample_draft("Hola Camille, soy community manager en una cadena de gimnasios. ¿Qué certificación me recomiendas primero?",
                      "Community Manager @ FitRed", "Marta Ruiz")
    assert "puesto al que se apunte" not in es and "Estando ya en el puesto" in es and "ya estás en el puesto" not in es


def test_job_seeker_still_gets_the_aimed_job_answer() -> None:
    text = sample_draft("Hi Camille, I'm looking for my first marketing job. Which certification would you recommend first?",
                        "Marketing graduate", "Tom Baker")
    assert "job you're aiming for" in text


# --- FAQ texts read as written by a native speaker -------------------------------------------------------------------

def test_no_certification_noun_missing_nl() -> None:
    text = sample_draft("Hoi Camille, ik ben net begonnen als marketeer en wil een certificaat halen. Welke certificering raad je aan?",
                        "Marketeer @ Bol", "Sanne Visser")
    assert "geen officiële." not in text


def test_cv_tip_is_advice_de() -> None:
    text = sample_draft("Hallo Camille, ich will in Lyon als Marketerin arbeiten und bin gerade auf Jobsuche. Hast du Tipps für den "
                        "französischen Markt?", "", "Julia Weber")
    assert "Der Lebenslauf passt" not in text
    assert "Im Lebenslauf sollte stehen, wie gut man Französisch spricht" in text  # a tip said as advice (wave 69: no page count for a job)


def test_blog_question_kinds_de() -> None:
    text = sample_draft("Hallo Camille, lohnt es sich für meinen kleinen Onlineshop für Teesorten noch, Blogartikel zu schreiben?",
                        "Inhaberin | teeladen-online.de", "Anna Koch")
    assert "wie wählen, wie anwenden" not in text


# --- a job seeker's years in a former trade are acknowledged when advice is given --------------------------------------

def test_career_changer_years_acknowledged_de_en() -> None:
    de = sample_draft("Hallo Camille, nach 8 Jahren in der Pflege möchte ich ins Online-Marketing wechseln und suche eine Stelle "
                      "in Lyon. Hast du Tipps für den Einstieg?", "Offen für Neues", "Jonas Weber")
    assert "Mit 8 Jahren Erfahrung in der Pflege" in de
    en = sample_draft("Hi Camille, after 5 years in retail I'm switching to digital marketing and looking for a job in Lyon. "
                      "Any tips on where to start?", "Open to work", "Emma Hill")
    assert "With 5 years in retail behind you" in en


# --- "Do you do X? If so, what does it cost?": the yes first, then the price ----------------------------------------------

def test_yes_before_price_when_the_price_hangs_on_it_fr_en() -> None:
    fr = sample_draft("Bonjour Camille, une question : faites-vous des audits SEO pour les boutiques WooCommerce ? Si c'est le cas, "
                      "combien faut-il prévoir ?", "Gérante - Atelier Bois", "Claire Martin")
    assert "Oui" in fr.split("\n\n")[1].split("\n")[1] or "\nOui" in fr
    en = sample_draft("Hi Camille, do you do SEO audits for small online stores? If so, what do you charge?", "Owner, Tide Soap Co", "Ruth Green")
    assert "Yes" in en


# --- "do you work with English-language websites?": her working languages answer it ------------------------------------

def test_site_language_asked_en_de_nl() -> None:
    en = sample_draft("Hi Camille, quick one: do you take on English-language websites as well? We sell mostly in Ireland.",
                      "Founder @ Celtic Knits", "Aoife Byrne")
    assert "English" in en.split("\n\n")[1]
    de = sample_draft("Hallo Camille, betreust du auch englischsprachige Onlineshops?", "Gründer @ Velo Parts", "Tim Maier")
    assert "Englisch" in de
    nl = sample_draft("Hoi Camille, werk je ook aan Engelstalige webshops?", "Eigenaar @ Theehuis", "Bram Jansen")
    assert "Engels" in nl
