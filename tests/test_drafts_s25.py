"""Wave 25, who the sender is (s25): years in the trade, a colleague who only pointed the way, mutual referrals,
a colleague (not the sender) at her workshop, and an internship declined first and gently, with the call asked for."""

from __future__ import annotations

import pytest

from drafting import sample_draft


# A job seeker's years in the trade ("nach 4 Jahren im E-Commerce", "(6 yrs in content)") acknowledged in every language
@pytest.mark.parametrize("note, said", [
    ("Hello Camille, after 6 years in content marketing I'm looking for a new position in Lyon. Do let me know if you hear of something.", "6 years in content"),
    ("Bonjour Camille, fort de 5 ans d'expérience en référencement, je cherche un poste à Lyon. Si vous entendez parler de quelque chose, je suis preneur.", "5 ans d'expérience en référencement"),
    ("Hallo Camille, nach 4 Jahren im E-Commerce suche ich eine neue Stelle im Marketing. Wenn du was hörst, melde dich gern!", "Mit 4 Jahren Erfahrung im E-Commerce"),
    ("Dag Camille, na 7 jaar bij een reclamebureau zoek ik een nieuwe baan in Lyon. Als je iets hoort, laat het me weten!", "Met 7 jaar ervaring bij een reclamebureau"),
    ("Hola Camille, después de 3 años en una agencia busco trabajo en Lyon. Si te enteras de algo, ¡avísame!", "Con 3 años en una agencia"),
    ("Ciao Camille, dopo 5 anni come social media manager cerco un nuovo lavoro a Lione. Se senti qualcosa, fammi sapere!", "Con 5 anni come social media manager"),
])
def test_a_job_seekers_years_are_acknowledged(note, said):
    text = sample_draft(note, name="Robin Meyer")
    assert said in text, text


def test_years_lived_somewhere_are_no_trade():
    text = sample_draft("Hi Camille, after 5 years in Berlin I'm moving back to Lyon and looking for a job in marketing. Let me know if you hear of anything!",
                        name="Robin Meyer")
    assert "behind you" not in text, text


# The sender's own colleague who only sent him to her profile is no mutual contact to thank "for the introduction";
# one who recommended her is
@pytest.mark.parametrize("note, colleague", [
    ("Goedemiddag mevrouw Laurent, via mijn collega Sanne de Vries vond ik uw profiel. Wij willen onze webshop in Frankrijk lanceren. Heeft u tijd voor een kennismaking?", "Sanne"),
    ("Sehr geehrte Frau Laurent, über meinen Kollegen Jonas Weber bin ich auf Ihr Profil gestoßen. Wir möchten unseren Onlineshop in Frankreich bekannter machen. Hätten Sie Zeit für ein Gespräch?", "Jonas"),
    ("Hello Camille, my colleague Priya Shah showed me your profile. We sell outdoor gear online and want to launch in France. Could we talk?", "Priya"),
])
def test_a_colleague_who_pointed_the_way_is_not_thanked(note, colleague):
    text = sample_draft(note, name="Kim Jansen")
    assert colleague not in text, text


def test_a_colleague_who_recommended_her_is_thanked():
    text = sample_draft("Hi Camille, my colleague Priya Shah recommended you warmly. We sell outdoor gear online and need help with SEO in France. Could we talk?",
                        name="Kim Jansen")
    assert "Priya" in text, text


# Mutual referrals without the word "clients": yes to the idea, in every language
@pytest.mark.parametrize("note, said", [
    ("Hallo Camille, ich bin Texterin in Zürich und viele meiner Kunden fragen nach SEO. Sollen wir uns gegenseitig weiterempfehlen?", "gegenseitig"),
    ("Hoi Camille, ik ben webdesigner in Utrecht. Zullen we elkaar aanbevelen als er een klant langskomt die SEO nodig heeft?", "elkaar klanten"),
    ("Bonjour Camille, je suis graphiste à Grenoble et mes clients demandent souvent du SEO. On pourrait se recommander mutuellement ?", "mutuellement"),
    ("Hi Camille, I'm a copywriter in Bristol and my clients keep asking about ads. Shall we recommend each other?", "each other"),
    ("Hola Camille, soy fotógrafa en Sevilla y mis clientes piden redes sociales. ¿Nos recomendamos entre nosotras?", "mutuamente"),
    ("Ciao Camille, sono un web designer a Bologna: i miei clienti chiedono spesso SEO. Ci raccomandiamo a vicenda?", "a vicenda"),
])
def test_mutual_referrals_are_welcomed(note, said):
    text = sample_draft(note, name="Sam Keller")
    assert said in text, text


# A colleague (not the sender) at her workshop: never "glad you attended my workshop"
@pytest.mark.parametrize("note, wrong", [
    ("Hallo Camille, meine Chefin war vor zwei Wochen in deinem Workshop zu LinkedIn Ads und fand ihn super. Ich würde mich gern vernetzen!", "du"),
    ("Hallo Camille, mein Kollege war im März auf deinem SEO-Workshop. Machst du so etwas auch für Teams?", "du"),
])
def test_a_colleague_at_her_workshop_is_not_the_sender(note, wrong):
    text = sample_draft(note, name="Lena Wolf")
    assert "besucht hast" not in text and "dabei warst" not in text, text


# An internship asked of an owner who takes none: the no first and gently, then the lead, and the call asked for agreed
@pytest.mark.parametrize("note, no, call", [
    ("Dear Camille, I'm a master's student in Manchester looking for a summer internship in digital marketing. Could we have a brief talk sometime?",
     "I'm afraid I don't take interns myself.", "call"),
    ("Guten Tag Frau Laurent, ich studiere BWL in Mannheim und suche ein Praktikum im Online-Marketing. Hätten Sie Zeit für ein kurzes Gespräch?",
     "Ich selbst nehme leider keine Praktikanten auf.", "Telefonat"),
    ("Hola Camille, estudio marketing en Bilbao y busco unas prácticas de marketing digital. ¿Podríamos hablar unos minutos?",
     "Por desgracia, yo no tengo plazas de prácticas.", "teléfono"),
])
def test_an_internship_is_declined_first_and_the_call_agreed(note, no, call):
    text = sample_draft(note, name="Jo Brown")
    assert no in text and call in text, text
    body = text.split("\n", 2)[2]
    assert body.find(no) < min((i for i in (body.find("If I hear"), body.find("Wenn ich"), body.find("Si me entero"), body.find("CV"), body.find("Lebenslauf")) if i >= 0), default=len(body)), text
