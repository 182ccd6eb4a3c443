"""Direct questions (review round 15): the FAQ entry whose topic the question names wins, a question naming its own
subject never borrows the sentence before it, the sample FAQ answers blog frequency, attribution tools and a traffic
drop after an update; a price asked gets no presumptuous "a pleasure to work with you"; "on site?" is answered on
site and two languages asked are both named."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from invitriage.drafts import faq
from invitriage.drafts.writer import draft_for

TOML = Path(__file__).resolve().parents[1] / "src/invitriage/sample/invitriage.toml"
from drafting import SAMPLE  # noqa: E402 - the sample owner, loaded once for every draft test


def draft(note: str, lang: str, intent: str = "ask_for_help") -> str:
    d = draft_for({"name": "Alex Martin", "note": note, "headline": "", "lang": lang, "intent": intent, "action": "reply"}, SAMPLE)
    assert d is not None
    return d.text


# -- the entry whose topic the question names ------------------------------------------------------------------------

TOPIC = [  # (note, lang, in the answer, never in the answer)
    ("Hi Camille, I'm moving into marketing from teaching. Which course or certificate would you suggest to learn SEO from scratch?",
     "en", "SEO Starter Guide", "Blueprint"),
    ("Bonjour Camille, je me reconvertis dans le marketing. Quelle formation ou certification me conseillez-vous pour apprendre le référencement ?",
     "fr", "guide de démarrage SEO", "Blueprint"),
    ("Hola Camille, tengo una tienda online de cerámica en Sevilla y nadie me encuentra en Google. ¿Algún consejo para empezar con el SEO?",
     "es", "fichas de producto", "red social"),
    ("Ciao Camille, ho un negozio online di borse. Qualche consiglio per iniziare con la SEO?", "it", "schede prodotto", "un solo social"),
    ("Hoi Camille, ik heb een webshop in thee. Tips om te beginnen met SEO?", "nl", "categoriepagina", "sociaal kanaal"),
    # an emoji before the question: the shop of the sentence before still counts
    ("Hi Camille! I opened an Etsy shop for knitted hats last spring. People visit but nobody buys 😩 any tips on where to start?",
     "en", "13 tags", "SEO Starter Guide"),  # an Etsy shop: SEO inside Etsy (round 21), never a webshop's pages
]


@pytest.mark.parametrize("note, lang, said, never", TOPIC, ids=[f"{t[1]}-{i}" for i, t in enumerate(TOPIC)])
def test_the_entry_naming_the_questions_topic_answers_it(note, lang, said, never):
    text = draft(note, lang)
    assert said in text and never not in text, text


OWN_SUBJECT = [  # a question with its own subject: the shop or the tools of the sentence before are not its topic
    ("hallo camille, seit kurzem junior im online marketing und ich ertrinke in tools 🙈 welche fähigkeiten sollte ich zuerst lernen?",
     "de", "job_seeking", "Canva"),
    ("hi camille, junior SEO here and drowning in tools 😅 which 2-3 skills would you focus on first?", "en", "job_seeking", "Canva"),
    ("Olá Camille, temos uma loja online de vinhos e queremos vender em Espanha. Que canais recomenda para começar?", "pt", "ask_for_help", "títulos e descrições"),
    ("Bonjour Camille, nous avons une boutique en ligne de savons et voulons vendre en Allemagne. Quels canaux conseillez-vous pour commencer ?",
     "fr", "ask_for_help", "titres et descriptions"),
]


@pytest.mark.parametrize("note, lang, intent, never", OWN_SUBJECT, ids=[f"{t[1]}-{i}" for i, t in enumerate(OWN_SUBJECT)])
def test_a_question_naming_its_own_subject_gets_no_other_topics_answer(note, lang, intent, never):
    text = draft(note, lang, intent)
    assert never not in text, text


def test_the_topic_word_outweighs_the_asking_words():
    entries = [{"when": ["course"], "also": ["which", "recommend*", "first"], "texts": {"en": "Generic."}},
               {"when": ["course"], "also": ["seo"], "texts": {"en": "SEO course."}}]
    assert faq.match("Which course would you recommend first for SEO?", entries, "en") == "SEO course."
    assert faq.match("Which course would you recommend first?", entries, "en") == "Generic."


# -- the new sample entries ------------------------------------------------------------------------------------------

NEW = [
    ("Hi Camille, loved your post on content for SMEs. How often should we publish on our company blog to see SEO results?", "en", "content", "one solid article a month"),
    ("Bonjour Camille, merci pour votre post. À quelle fréquence faut-il publier sur un blog d'entreprise ?", "fr", "content", "un article solide par mois"),
    ("Hallo Camille, toller Beitrag! Wie oft sollten wir in unserem Firmenblog posten?", "de", "content", "ein guter Artikel pro Monat"),
    ("Hoi Camille, hoe vaak moet ik een blog schrijven op onze site?", "nl", "content", "één degelijk artikel per maand"),
    ("Olá Camille, com que frequência devo publicar no blogue da empresa?", "pt", "content", "um artigo sólido por mês"),
    ("ciao camille, ogni quanto conviene pubblicare sul blog del negozio?", "it", "content", "un articolo solido al mese"),
    ("Hola Camille, ¿cada cuánto publicarías en el blog de una pyme?", "es", "content", "un artículo sólido al mes"),
    ("Hi Camille, great post on measuring LinkedIn ROI. Which attribution tool do you use?", "en", "content", "GA4"),
    ("Bonjour Camille, super post sur le ROI. Quel outil d'attribution utilisez-vous ?", "fr", "content", "suivis dans GA4"),
    ("Ciao Camille, che strumento usi per l'attribuzione delle conversioni?", "it", "content", "tracciati in GA4"),
    ("Hallo Camille, unser organischer Traffic ist nach dem letzten Google-Update um 30 % eingebrochen. Kennst du das?", "de", "content", "Search Console"),
    ("Hoi Camille, sinds de laatste Google-update is ons verkeer met een derde gedaald. Herken je dat?", "nl", "content", "Search Console"),
    ("Hola Camille, después de la última actualización de Google hemos perdido la mitad del tráfico. ¿Te ha pasado con clientes?", "es", "content", "Search Console"),
    ("Ciao Camille, dopo l'ultimo aggiornamento di Google il traffico del nostro sito è calato del 40%. Ti è già successo con i clienti?", "it", "content", "Search Console"),
    ("Bonjour Camille, notre trafic s'est effondré depuis la mise à jour de Google en mars. Vous avez déjà vu ça chez vos clients ?", "fr", "content", "Search Console"),
    ("Hi Camille, our traffic fell by a third overnight after the March core update. Is that something you've seen?", "en", "content", "Search Console"),
]


@pytest.mark.parametrize("note, lang, intent, said", NEW, ids=[f"{t[1]}-{i}" for i, t in enumerate(NEW)])
def test_blog_frequency_attribution_and_a_traffic_drop_get_her_answer(note, lang, intent, said):
    text = draft(note, lang, intent)
    assert said in text, text
    assert "where you are, what you're aiming for" not in text and "où vous en êtes, ce que" not in text, text


UNRELATED = [  # the new entries never fire on another topic
    ("Hi Camille, we just did an update of our website design. Could you give us feedback?", "en", ("Search Console", "GA4", "article a month")),
    ("Hi Camille, how often do you post on LinkedIn? I love your content.", "en", ("article a month",)),
    ("Bonjour Camille, je lis votre blog depuis longtemps. Vous auriez des conseils pour débuter ?", "fr", ("article solide", "GA4")),
    ("Hallo Camille, wie oft bietest du deine Schulungen an?", "de", ("Artikel pro Monat",)),
]


@pytest.mark.parametrize("note, lang, nevers", UNRELATED, ids=[f"{t[1]}-{i}" for i, t in enumerate(UNRELATED)])
def test_the_new_entries_stay_on_their_topic(note, lang, nevers):
    text = draft(note, lang)
    assert not any(n in text for n in nevers), text


def test_the_sample_faq_texts_have_no_awkward_parenthesis_about_search_suggestions():
    data = tomllib.loads(TOML.read_text(encoding="utf-8"))
    for entry in data["answers"]:
        for key, text in entry.items():
            if isinstance(text, str):
                assert not re.search(r"\((?:search suggestions|les suggestions|las sugerencias|i suggerimenti|die Suchvorschläge|as sugestões|de zoeksuggesties)", text), (key, text)
                assert len(text) <= (360 if entry.get("rule") else 320)  # a rule's answer stands alone (settings.py)


# -- a price asked for a training, rates on request -------------------------------------------------------------------

PRICE = [  # (note, lang, said, never)
    ("hola! tengo una tienda de zapatos en Córdoba. ¿Das formaciones para principiantes? ¿Cuánto cuesta más o menos?", "es", "El precio depende del formato", "placer trabajar"),
    ("Ciao! Ho una piccola enoteca a Bra. Fai corsi sui social per principianti? Quanto costano più o meno?", "it", "Il prezzo dipende dal formato", "piacere lavorare"),
    ("Salut Camille, tu fais des formations pour débutants sur Instagram ? Combien ça coûte à peu près ?", "fr", "Le tarif dépend du format", "plaisir de travailler"),
    ("Hi Camille, do you run beginner workshops on Instagram ads? Roughly how much do they cost?", "en", "The price depends on the format", "glad to work"),
    ("Hallo Camille, gibst du Schulungen für Einsteiger? Was kostet das ungefähr?", "de", "Der Preis hängt vom Format ab", "freuen, mit"),
    ("Olá Camille, dá formações para principiantes? Quanto custa mais ou menos?", "pt", "O preço depende do formato", "prazer trabalhar"),
    ("Hoi Camille, ik heb een bakkerij. Geef je ook workshops voor beginners, en wat kosten die ongeveer?", "nl", "De prijs hangt af van de opzet", "werk graag met"),
]


@pytest.mark.parametrize("note, lang, said, never", PRICE, ids=[f"{t[1]}-{i}" for i, t in enumerate(PRICE)])
def test_a_price_asked_gets_one_short_sentence_and_no_presumed_collaboration(note, lang, said, never):
    text = draft(note, lang, "client")
    assert said in text and never not in text, text
    assert not re.search(r"\d+\s?(?:€|euro)", text), text  # rates on request: never a number


# -- on site, and two languages ---------------------------------------------------------------------------------------

ONSITE = [  # (note, lang, said, never)
    ("Goedemiddag mevrouw Laurent, geeft u uw trainingen ook op locatie, in het Frans of het Engels? Met vriendelijke groet",
     "nl", ("op locatie", "het Frans en het Engels"), "ook online en in het"),
    ("Hallo Frau Laurent, bieten Sie Ihre Schulungen auch vor Ort an, auf Englisch oder Französisch?", "de", ("vor Ort", "Englisch und Französisch"), "Ich gebe meine Schulungen auf"),
    ("Hola Camille, ¿das formaciones presenciales en inglés o francés?", "es", ("presencial", "inglés y francés"), "Doy formación en"),
    ("Buongiorno, i suoi corsi si possono fare in presenza, in inglese o in francese?", "it", ("in presenza", "inglese e francese"), "Tengo i miei corsi in inglese"),
    ("Hi Camille, do you run your SEO workshops in person? Our team is in Geneva.", "en", ("on site",), "also available online."),
]


@pytest.mark.parametrize("note, lang, said, never", ONSITE, ids=[f"{t[1]}-{i}" for i, t in enumerate(ONSITE)])
def test_on_site_is_answered_on_site_and_both_languages_are_named(note, lang, said, never):
    text = draft(note, lang, "client")
    assert all(s in text for s in said) and never not in text, text


def test_online_or_in_person_asked_still_gets_online():
    text = draft("Hola Camille, ¿tus formaciones son solo presenciales o también online?", "es")
    assert "doy formación online" in text and "presencial" not in text.split("\n\n")[1], text
