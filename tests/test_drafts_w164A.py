"""Wave 164, group A: direct questions answered, never deferred, bare calls or left out.

* "do you take on retainers, and what would a monthly budget look like?": how she works (the monthly follow-up) and
  what the price depends on, before the call;
* "how often to send a newsletter, weekly or monthly?": her pace (monthly first), never "tell me about your business"
  nor "I'll write back here";
* "a degree or a (short) course?" from a beginner: the degree advised with the course beside it, never a course list;
* "is a Google certification enough for a first job?": a plain "not on its own" before her answer;
* "which app for my Shopify product descriptions?": the app question answered before her shop answer;
* "do you also give in-company trainings, and in which language?": the yes said, then the languages.
"""

from __future__ import annotations

from drafting import sample_draft


# -- retainers and a monthly budget -----------------------------------------------------------------------------------

def test_retainer_and_monthly_budget_both_answered() -> None:
    text = sample_draft("Hi Camille, I'm Head of Marketing at a Lyon-based travel startup. We're thinking about outsourcing our "
                        "SEO strategy. Do you take on retainers, and what would a typical monthly budget look like? Best, Oliver",
                        "Head of Marketing - Voyagio", "Oliver Bennett")
    assert "monthly follow-up" in text and "price depends on the scope" in text


def test_retainer_asked_in_other_words() -> None:
    en = sample_draft("Hello Camille, we're a small B2B software firm in Grenoble. Do you work on retainer, and what would a "
                      "rough monthly budget be?", "CMO @ Kodify", "Tom Price")
    assert "monthly follow-up" in en and ("price" in en or "€" in en)
    en2 = sample_draft("Hi Camille, I lead marketing at a small fintech in Lille and we want to outsource our content strategy. "
                       "Do you work on a retainer basis, and what would a typical budget look like?", "", "Mark Jones")
    assert "monthly follow-up" in en2 and "price depends on the scope" in en2


def test_audit_yes_and_price_keeps_its_draft() -> None:
    text = sample_draft("Hi Camille, do you do SEO audits, and how much do they cost?", "Founder, Lumo", "Nina Hart")
    assert text.count("Yes, I do SEO audits") == 1 and "monthly follow-up" not in text


# -- newsletter pace --------------------------------------------------------------------------------------------------

def test_newsletter_pace_answered_de_nl() -> None:
    de = sample_draft("Hallo Camille, danke für deinen Post über Newsletter-Strategien! Ich habe eine Frage: wie oft sollte "
                      "man als kleiner B2B-Dienstleister versenden, wöchentlich oder monatlich? Gruß aus Hamburg, Jan",
                      "Inhaber, Jansen IT-Service", "Jan Jansen")
    assert "monatlich versenden" in de and "Budget" not in de and "Geschäft" not in de
    nl = sample_draft("Hallo Camille, dank voor je post over nieuwsbrieven! Vraagje: hoe vaak zou je als kleine "
                      "B2B-dienstverlener moeten mailen, wekelijks of maandelijks? Groeten uit Rotterdam, Lars",
                      "Eigenaar, Lars IT-Diensten", "Lars van den Berg")
    assert "maandelijks mailen" in nl and "Ik laat je hier weten" not in nl


def test_newsletter_pace_in_other_languages() -> None:
    es = sample_draft("Hola Camille, tengo una pequeña agencia de viajes y quiero lanzar una newsletter. ¿Cada cuánto la "
                      "enviarías, semanal o mensual?", "", "Marta Gil")
    assert "un envío al mes" in es
    it = sample_draft("Ciao Camille, ho un piccolo studio di architettura e vorrei iniziare una newsletter per i clienti: "
                      "ogni quanto dovrei inviarla?", "", "Paolo Riva")
    assert "un invio al mese" in it


def test_social_pace_from_a_newsletter_reader_keeps_social_answer() -> None:
    text = sample_draft("Bonjour Camille, je lis ta newsletter chaque semaine ! À quelle fréquence tu conseilles de poster "
                        "sur Instagram pour une petite boutique ?", "", "Léa Roux")
    assert "La régularité compte plus que le volume" in text and "un envoi par mois" not in text


# -- degree or short course -------------------------------------------------------------------------------------------

def test_degree_or_course_answered_es() -> None:
    text = sample_draft("hola camille, me llamo sofia, tengo 19 años y quiero estudiar marketing digital pero no se si hacer "
                        "un grado o un curso. que me recomiendas? gracias 😊", "", "Sofía Muñoz")
    assert "yo haría el grado" in text and "Un curso corto" in text and "puesto que se busca" not in text


def test_degree_or_course_in_other_languages() -> None:
    it = sample_draft("Ciao Camille, ho 20 anni e vorrei lavorare nel marketing digitale. Meglio una laurea o un corso breve? "
                      "Grazie", "", "Giulia Sala")
    assert "sceglierei la laurea" in it
    de = sample_draft("Hallo Camille, ich bin 18 und überlege: Studium oder lieber ein Kurs im Online-Marketing? Was meinst du?",
                      "", "Lena Vogt")
    assert "würde ich das Studium machen" in de


def test_pupil_weighing_two_schools_keeps_study_answer() -> None:
    text = sample_draft("Bonjour Camille, je suis en terminale : école de commerce ou BUT MMI pour le marketing digital ?", "",
                        "Inès Morel")
    assert "Les deux peuvent mener au marketing digital" in text and "je ferais le diplôme" not in text


# -- a certification enough on its own --------------------------------------------------------------------------------

def test_certification_enough_gets_plain_not_alone_fr() -> None:
    text = sample_draft("Bonjour Camille,\nje suis en reconversion (ancienne infirmière) et je me forme au marketing digital. "
                        "Est-ce que tu penses qu'une certification Google suffit pour trouver un premier job ?\nMerci pour ton "
                        "retour !\nNadia", "En reconversion - Marketing digital", "Nadia Haddad")
    assert "Pas à elle seule" in text


def test_certification_enough_in_english() -> None:
    text = sample_draft("Hi Camille, I'm changing careers into digital marketing. Is a Google Ads certification enough to land "
                        "a first job?", "", "Amy Ross")
    assert "Not on its own" in text


def test_which_certification_gets_no_not_alone_lead() -> None:
    text = sample_draft("Bonjour Camille, je suis en reconversion vers le marketing digital. Quelle certification Google me "
                        "conseilles-tu pour trouver un premier job ?", "", "Paul Henry")
    assert "Pas à elle seule" not in text


# -- an app for product descriptions ----------------------------------------------------------------------------------

def test_app_for_product_descriptions_answered_pt() -> None:
    text = sample_draft("Oi! Vi seu post sobre SEO para Shopify e fiquei curiosa: vc recomenda algum app pra otimizar as "
                        "descrições de produto? Tenho uma loja de acessórios pet", "Empreendedora | PetChic", "Camila Rocha")
    assert "Não precisa de app pago" in text and "páginas de produto" in text


def test_app_for_product_descriptions_en() -> None:
    text = sample_draft("Hi Camille, great post on Shopify SEO! Is there an app you'd recommend to optimise product "
                        "descriptions? I sell handmade soap.", "", "Kate Bell")
    assert "No need for a paid app: Shopify" in text


def test_shop_seo_without_app_question_keeps_its_answer() -> None:
    text = sample_draft("Hi Camille, great post on Shopify SEO! Where should I start with my product pages? I sell handmade "
                        "soap.", "", "Kate Bell")
    assert "paid app" not in text


# -- in-company training and its language -----------------------------------------------------------------------------

def test_incompany_training_yes_said_nl() -> None:
    text = sample_draft("Beste mevrouw Laurent, ik ben marketingmanager bij een Belgische chocolatier en wij willen ons team "
                        "(5 personen) laten bijscholen in social ads. Geeft u ook incompany trainingen, en in welke taal? Met "
                        "vriendelijke groeten, Griet Peeters", "Marketing Manager @ Chocolaterie Peeters (Brugge)", "Griet Peeters")
    assert "Ja, dat kan: ik geef ook incompanytrainingen" in text and "het Frans of het Engels" in text


def test_inhouse_training_yes_said_de() -> None:
    text = sample_draft("Hallo Frau Laurent, wir sind ein Autohaus mit 12 Mitarbeitenden und möchten unser Team in Social Ads "
                        "schulen. Bieten Sie auch Inhouse-Schulungen an, und in welcher Sprache?", "", "Klaus Weber")
    assert "Ja, das geht" in text and "Französisch oder Englisch" in text
