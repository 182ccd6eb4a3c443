"""Wave 45, group D (prospects and referrals: name the need, give the next step): a cost per result that doubled is a
problem named with its metric (never congratulated as a result); a shop owner with questions or asking advice on a topic
gets the questions invited and a call (never a goodbye); training for the sender's team is named as team training; a
co-created webinar is the subject of the call (never "your clients' projects"); visibility in a country is named as plans
for that market; a plain question about the trainings' language is not thanked as an interesting proposal; a month asked
for a first call is the month the slots are asked for."""

from __future__ import annotations


import pytest

from invitriage.drafts.situation import read
from invitriage.drafts.writer import draft_for

from drafting import SAMPLE  # noqa: E402 - the sample owner, loaded once for every draft test


def draft(note: str, lang: str, intent: str, headline: str = "", name: str = "Alex Martin") -> str:
    d = draft_for({"name": name, "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply"}, SAMPLE)
    assert d is not None
    return d.text


@pytest.mark.parametrize("note,lang,metric", [
    ("Hi Camille, Ben Ortiz told me to contact you. I sell organic tea online and our CPC on Google has doubled this quarter. "
     "Could we have a chat?", "en", "CPC"),
    ("Bonjour Camille, c'est Léa Roux qui m'a donné votre nom. J'ai une boutique de bougies en ligne et notre CPA sur Meta a doublé "
     "depuis l'été. Pourrions-nous échanger ?", "fr", "CPA"),
    ("Hallo Camille, Jonas Weber hat mir deinen Namen gegeben. Ich habe einen kleinen Onlineshop für Tee und unser CPA bei Meta hat "
     "sich verdoppelt. Hast du Zeit für ein Telefonat?", "de", "CPA"),
])
def test_cost_that_doubled_is_a_problem_named(note: str, lang: str, metric: str) -> None:
    text = draft(note, lang, "referral")
    assert metric in text
    assert "!!" not in text
    for congrats in ("congratulations", "Bravo pour ce résultat", "Glückwunsch"):
        assert congrats.lower() not in text.lower()


def test_cost_doubled_is_read_as_a_problem() -> None:
    s = read("Our Meta CPA has doubled since the summer and we don't know why.")
    assert (s.kind, s.problem, s.metric) == ("problem", "cost", "CPA")


@pytest.mark.parametrize("note,lang,want,never", [
    ("Guten Tag Frau Laurent, Lena Brandt hat Sie mir empfohlen. Ich eröffne gerade einen Onlineshop für Holzspielzeug und habe "
     "Fragen zu Instagram-Werbung. Viele Grüße, Maria Roth", "de", ("Fragen zu Instagram-Werbung", "Telefonat"), "Wie läuft es"),
    ("Beste mevrouw Laurent, Joost Mulder verwees mij naar u. Ik heb een webshop in thee en heb vragen over Google Ads. "
     "Met vriendelijke groet, Piet Bakker", "nl", ("vragen over Google Ads", "gesprek van 20 minuten"), "Houdt u me op de hoogte"),
    ("Hola Camille, Lucía Pardo me recomendó escribirte. Estoy montando una tienda online de café y tengo dudas sobre los anuncios "
     "en Instagram. Gracias, Marta", "es", ("sobre los anuncios en Instagram", "llamada"), "Ya me contarás"),
    ("Oi Camille! A Ana Souza me indicou você. Estou montando uma loja virtual de roupas e tenho dúvidas sobre anúncios no "
     "Instagram. Valeu, Bia", "pt", ("dúvidas sobre anúncios no Instagram", "20 minutos"), "Me conta como vai"),
])
def test_referral_with_questions_gets_them_invited(note: str, lang: str, want: tuple[str, ...], never: str) -> None:
    text = draft(note, lang, "referral")
    for w in want:
        assert w in text
    assert never not in text


def test_referral_launching_soon_with_advice_asked_gets_a_next_step() -> None:
    text = draft("Hoi Camille, Sanne de Boer raadde me aan je te benaderen. Ik lanceer binnenkort een webshop in handgemaakte "
                 "sieraden en zoek advies over social ads. Groetjes, Noor", "nl", "referral")
    assert "belletje" in text or "gesprek" in text
    assert "Houd me op de hoogte" not in text


@pytest.mark.parametrize("note,lang,headline,want,never", [
    ("Bonjour Madame, responsable e-commerce d'une enseigne régionale, je souhaiterais vous parler de l'accompagnement de nos "
     "équipes sur le référencement naturel. Cordialement, Anne Blanc", "fr", "Responsable e-commerce", "équipe", "vous accompagner sur votre SEO"),
    ("Olá Camille! Tenho uma pequena agência em Curitiba e quero capacitar minha equipe em tráfego pago. Podemos conversar?",
     "pt", "Fundador da Agência Norte", "equipe", "projetos dos seus clientes"),
    ("Hi Camille, I run marketing at a logistics scale-up and we'd like to upskill our team on paid social. Could we talk?",
     "en", "Head of Marketing", "team", "your clients"),
])
def test_team_training_is_named(note: str, lang: str, headline: str, want: str, never: str) -> None:
    text = draft(note, lang, "business_proposal", headline)
    assert want in text
    assert never not in text


@pytest.mark.parametrize("note,lang,want", [
    ("Oi, Camille! Sou do marketing de uma healthtech e queria propor uma parceria: co-criar um webinar sobre geração de clientes "
     "no LinkedIn. Topa?", "pt", "webinar"),
    ("Hola Camille, trabajo en una startup y quería proponerte una colaboración: co-organizar un webinar sobre captación de clientes "
     "con LinkedIn. ¿Qué te parece?", "es", "webinar"),
    ("Hallo Camille, ich bin bei einer Agentur in Köln und möchte dir eine Kooperation vorschlagen: gemeinsam ein Webinar zu "
     "Kundengewinnung mit Social Ads. Was meinst du?", "de", "Webinar"),
])
def test_cohosted_webinar_is_not_clients_projects(note: str, lang: str, want: str) -> None:
    text = draft(note, lang, "business_proposal", "Head of Growth")
    assert want in text.split("\n", 3)[3]  # named in the reply's answer, not only quoted in the thanks
    for wrong in ("projetos dos seus clientes", "proyectos de tus clientes", "für deine Kunden"):
        assert wrong not in text


@pytest.mark.parametrize("note,lang,want", [
    ("Geachte mevrouw Laurent, ik ben marketingmanager bij een Vlaams cosmeticamerk en wij willen onze zichtbaarheid in Frankrijk "
     "vergroten. Staat u open voor een gesprek? Met vriendelijke groet, Lotte Peeters", "nl", "Frankrijk"),
    ("Dear Ms Laurent, I lead marketing at a Dutch bike brand and we want more visibility in France. Would you be open to a call? "
     "Kind regards, Joris", "en", "France"),
    ("Sehr geehrte Frau Laurent, ich bin Marketingleiter eines Schweizer Uhrenherstellers und wir möchten unsere Sichtbarkeit in "
     "Frankreich erhöhen. Wären Sie offen für ein Gespräch? Mit freundlichen Grüßen, Urs Meier", "de", "Frankreich"),
])
def test_visibility_goal_in_a_country_is_named(note: str, lang: str, want: str) -> None:
    text = draft(note, lang, "business_proposal")
    assert want in text
    assert "klinkt interessant" not in text and "klingt interessant" not in text


@pytest.mark.parametrize("note,lang,never", [
    ("Hoi Camille, ik zag op je profiel dat je trainingen in online marketing geeft. Kan dat ook in het Engels, of alleen in het Frans? "
     "Groet, Bram", "nl", "klinkt interessant"),
    ("Hallo Camille, ich habe gelesen, dass du Workshops zu Online-Marketing gibst. Geht das auch auf Englisch oder nur auf "
     "Französisch? Grüße, Jan", "de", "klingt interessant"),
    ("Hi Camille, I read that you run online marketing workshops. Are they also in German, or only French and English? Cheers, Tom",
     "en", "sounds interesting"),
])
def test_plain_language_question_is_not_an_interesting_proposal(note: str, lang: str, never: str) -> None:
    text = draft(note, lang, "business_proposal")
    assert never not in text


@pytest.mark.parametrize("note,lang,want", [
    ("Sehr geehrte Frau Laurent, wir sind ein Softwarehaus in Ulm und suchen Unterstützung bei SEO für Frankreich. Hätten Sie im "
     "April Kapazitäten für ein Erstgespräch? Mit freundlichen Grüßen, Dr. Eva Lang", "de", "im April"),
    ("Dear Camille, I head marketing at an industrial firm in Leeds and need help with SEO for the French market. Would you have "
     "capacity in May for a first call? Best regards, Jane Hill", "en", "in May"),
    ("Geachte mevrouw Laurent, ik zoek hulp bij SEO voor de Franse markt. Heeft u in juni capaciteit voor een eerste gesprek? "
     "Met vriendelijke groet, Kees Bos", "nl", "in juni"),
])
def test_month_asked_for_a_first_call_is_answered(note: str, lang: str, want: str) -> None:
    text = draft(note, lang, "business_proposal")
    assert want in text
    assert "next week" not in text and "nächste Woche" not in text and "volgende week" not in text


@pytest.mark.parametrize("note,lang,never", [
    ("ciao Camille! leggo il tuo blog da un anno, grazie per i consigli sulle Stories. ho un piccolo negozio online di saponi",
     "it", "domande"),
    ("Hi Camille, thanks for the advice on Pinterest pins in your newsletter! I have a small online shop for prints.", "en", "your questions"),
])
def test_advice_thanked_for_is_no_question(note: str, lang: str, never: str) -> None:
    assert read(note).about == ""
    assert never not in draft(note, lang, "content")


def test_team_accompaniment_names_the_training_topic() -> None:
    text = draft("Bonjour Madame Laurent, responsable marketing d'une coopérative, je souhaiterais échanger sur l'accompagnement de nos "
                 "équipes en référencement naturel. Cordialement, Paul Morin", "fr", "business_proposal", "Responsable marketing")
    assert "formations en référencement naturel" in text
    assert "votre équipe" in text


def test_team_training_names_both_fields() -> None:
    """"sur le SEO et les social ads": both fields the team wants named, never only the first."""
    text = draft("Madame Laurent, Directrice marketing du groupe Vinéa (négoce de vins), je souhaiterais échanger avec vous au sujet "
                 "d'un accompagnement de notre équipe sur le SEO et les social ads. Bien cordialement, Hélène Fabre",
                 "fr", "business_proposal", "Directrice marketing")
    assert "formations sur le SEO et les social ads" in text, text
