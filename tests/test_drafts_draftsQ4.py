"""Review round 17, direct questions: an either/or between two channels answered by an entry that weighs both (``versus``),
options named after "entre/between" (never a Portuguese article's neighbours, never "dessous/au-dessus"), meta descriptions
answered (CTR, not rankings; never the company Meta), written questions sent to the ``email`` answer fact with the deadline
confirmed (never "the interview"), an internship named before "would you have a place?", a team training confirmed."""
from __future__ import annotations

from dataclasses import replace

import pytest

from invitriage.drafts.notefacts import choice_options
from invitriage.drafts.writer import draft_for
from invitriage.judge.classify import classify
from invitriage.settings import Settings

from drafting import SAMPLE  # noqa: E402 - the sample owner, loaded once for every draft test


def draft(note: str, settings: Settings = SAMPLE, name: str = "Alex Martin") -> str:
    j = classify([note], owner_lang=settings.language)[0]
    d = draft_for({"name": name, "note": note, "headline": "", "lang": j.lang, "intent": j.intent, "action": "reply",
                   "evidence": []}, settings, settings.templates_dir)
    assert d is not None
    return d.text


# -- either/or: both weighed ----------------------------------------------------------------------------------------

SHOP = [
    ("Hola Camille, ¿merece la pena el SEO para mi tienda de velas o es mejor invertir en anuncios en Instagram? Gracias, Marta", "SEO tarda"),
    ("Oi Camille, tenho uma lojinha de cosméticos no Instagram: vale a pena pagar tráfego pago com R$300 ou é melhor focar no orgânico? Bjs, Ana", "o orgânico leva"),
    ("Bonjour Camille, pour ma petite boutique de thé, vaut-il mieux miser sur le SEO ou sur la pub Facebook ? Merci, Hugo", "le SEO demande"),
    ("Hi Camille, for a small bakery with a website, SEO or paid social first? Thanks, Rob", "SEO takes"),
    ("Ciao Camille, per il mio negozietto online conviene più la SEO o gli annunci sui social? Grazie, Sara", "la SEO richiede"),
    ("Hallo Camille, lohnt sich für meinen kleinen Onlineshop eher SEO oder bezahlte Werbung auf Instagram? Danke, Max", "SEO braucht"),
    ("Hoi Camille, voor mijn kleine webshop: eerst SEO of toch advertenties op Instagram? Groet, Lotte", "SEO vraagt"),
]


@pytest.mark.parametrize("note, said", SHOP, ids=[s[0][:12] for s in SHOP])
def test_seo_or_paid_for_a_shop_weighs_both(note, said):
    text = draft(note)
    assert said in text, text
    assert "Advantage+" not in text and "15 minut" not in text, text


CAREER = [
    ("Hola Camille, estoy terminando la carrera y dudo entre especializarme en SEO o en social ads. ¿Qué harías tú? Un abrazo, Leo", "El SEO encaja"),
    ("Olá Camille, terminei agora o mestrado e estou indeciso entre SEO e anúncios pagos. O que me aconselha? Obrigado, Tiago", "O SEO é para quem"),
    ("Ciao Camille, sono uno studente e non so se specializzarmi in SEO o in paid social. Che ne pensi? Luca", "La SEO fa per chi"),
    ("Bonjour Camille, étudiante en master, j'hésite à me spécialiser en SEO ou en social ads. Un avis ? Léa", "Le SEO convient"),
    ("Hi Camille, I'm a junior marketer torn between specialising in SEO or paid ads. What would you do? Sam", "SEO suits"),
    ("Hallo Camille, ich bin Student und überlege, ob ich mich auf SEO oder auf Ads spezialisieren soll. Was meinst du? Ben", "SEO liegt"),
    ("Hoi Camille, ik ben junior marketeer en twijfel tussen SEO en social ads als specialisatie. Wat raad je aan? Noor", "SEO past"),
]


@pytest.mark.parametrize("note, said", CAREER, ids=[c[0][:12] for c in CAREER])
def test_seo_or_paid_for_a_career_weighs_both(note, said):
    text = draft(note)
    assert said in text, text
    assert "portfolio" not in text.lower() and "portefólio" not in text, text


def test_a_versus_entry_never_answers_one_side_alone():
    text = draft("Hi Camille, any tips to improve the SEO of my small bakery website? Thanks, Rob")
    assert "SEO takes three to six months but keeps working for free" not in text, text


@pytest.mark.parametrize("question, options", [
    ("Terminei o curso de design e estou indeciso entre SEO e social ads", ["SEO", "social ads"]),
    ("dudo entre especializarme en SEO o en paid media", ["SEO", "paid media"]),
    ("Ich schwanke zwischen SEO und SEA.", ["SEO", "SEA"]),
    ("vaut-il mieux mettre le texte en dessous ou au-dessus des photos ?", []),
])
def test_options_named_after_between_never_an_article_or_a_place(question, options):
    assert choice_options(question) == options


# -- meta descriptions ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("note, said", [
    ("Hi Camille, loved your thread on meta descriptions. Are they still a ranking factor or just for clicks? Tom", "not a ranking factor"),
    ("Bonjour Camille, les méta-descriptions, ça compte encore pour le SEO ? Merci, Julie", "n'est pas un critère de positionnement"),
    ("Hallo Camille, sind Meta-Beschreibungen fürs Ranking noch wichtig? Danke, Nina", "kein Rankingfaktor"),
    ("Hola Camille, ¿las metadescripciones todavía importan para el posicionamiento? Gracias, Rosa", "no es un factor de ranking"),
])
def test_meta_descriptions_answered_ctr_not_rankings(note, said):
    text = draft(note)
    assert said in text and "CTR" in text, text
    assert "Meta description" not in text and "Meta-Beschreibung" not in text, text


# -- written questions: the e-mail answer fact ----------------------------------------------------------------------

WRITTEN = [
    ("Hello Camille, I'm a journalist at Econsultancy writing about SEO pricing. Could I send you four questions by email? I'd need them by Friday. Best, Amy",
     "to camille@laurent-marketing.fr", "by Friday"),
    ("Bonjour Camille, je suis journaliste chez Stratégies. Puis-je vous envoyer trois questions par mail ? Il me faudrait vos réponses avant jeudi. Claire",
     "à camille@laurent-marketing.fr", "avant jeudi"),
    ("Guten Tag Frau Laurent, ich bin Journalistin bei W&V. Darf ich Ihnen per Mail ein paar Fragen schicken? Ich bräuchte die Antworten bis zum 20. Gruß, Eva",
     "an camille@laurent-marketing.fr", "bis zum 20."),
    ("Goedemiddag mevrouw Laurent, ik ben journalist bij Marketingfacts. Mag ik u per mail een paar vragen sturen? Deadline is aanstaande donderdag. Groet, Bram",
     "naar camille@laurent-marketing.fr", "donderdag"),
    ("Ciao Camille, sono giornalista per Ninja Marketing. Posso mandarti qualche domanda via mail? Mi servirebbero le risposte entro giovedì. Grazie, Marco",
     "a camille@laurent-marketing.fr", "entro giovedì"),
    ("Hola Camille, soy periodista en PuroMarketing. ¿Te puedo enviar unas preguntas por correo? Saludos, Irene",
     "a camille@laurent-marketing.fr", ""),
    ("Olá Camille, sou jornalista no Observador. Posso enviar-lhe algumas perguntas por e-mail? Cumprimentos, Rita",
     "para camille@laurent-marketing.fr", ""),
]


#: An owner whose address is a real one (the sample's is at a reserved example domain, never given in a draft).
ADDRESSED = replace(SAMPLE, email="camille@laurent-marketing.fr")


@pytest.mark.parametrize("note, address, deadline", WRITTEN, ids=[w[1][:6] + w[0][:8] for w in WRITTEN])
def test_written_questions_go_to_the_owners_address_with_the_deadline(note, address, deadline):
    text = draft(note, ADDRESSED)
    assert address in text and deadline in text, text
    assert "nterview" not in text and "ntrevista" not in text and "ntervista" not in text, text


def test_written_questions_without_an_address_are_sent_here():
    text = draft(WRITTEN[0][0], replace(SAMPLE, email=""))
    assert "@" not in text and "here" in text and "by Friday" in text, text


def test_a_reserved_example_address_is_never_given():
    # the sample's contact@camille-laurent.example (RFC 2606): a placeholder, so the questions are asked for here
    for note, _, deadline in WRITTEN[:3]:
        text = draft(note)
        assert ".example" not in text and "@" not in text and deadline in text, text


def test_the_email_fact_is_checked():
    with pytest.raises(Exception, match="e-mail address"):
        Settings.from_mapping({"email": "not an address"})
    assert Settings.from_mapping({"email": "hello@studio.example"}).email == "hello@studio.example"


# -- interns and a team training ------------------------------------------------------------------------------------

@pytest.mark.parametrize("note, said", [
    ("Hi Camille! Ich studiere Medienmanagement in Köln und suche ab Mai ein Pflichtpraktikum im Social-Media-Bereich. Hättest du eventuell einen Platz? LG Mia",
     "nehme ich keine Praktikantinnen"),
    ("Hoi Camille, ik zoek een meeloopstage in online marketing voor het voorjaar. Heb je misschien nog een plekje? Groet, Fenna", "geen stagiairs"),
])
def test_an_internship_named_before_the_place_asked_gets_the_interns_answer(note, said):
    text = draft(note)
    assert said in text, text


def test_a_team_training_asked_with_the_language_is_confirmed():
    text = draft("Guten Tag Frau Laurent, bieten Sie Ihre Social-Ads-Schulung auch als Inhouse-Workshop für unser Team von 6 Leuten an? "
                 "Und in welcher Sprache? Beste Grüße, Jan Vogel")
    assert text.count("Ja, das geht") == 1 and "Französisch oder Englisch" in text, text


def test_a_team_named_without_in_house_asked_gets_no_in_house_yes():
    text = draft("Hi Camille, do you teach your SEO course in English? Our team is spread across Europe. Thanks, Nora")
    assert "in-house" not in text and "English" in text, text
