"""Round 21 wording fixes (fixW): grammar and register the drafts' own sentences got wrong, with new notes."""
import pytest

from drafting import sample_draft
from invitriage.drafts.notefacts import extract, is_informal
from invitriage.drafts.writer import accented, contract_articles, one_gladly
from invitriage.drafts import priceq


# A "for years" about something else is no regular reader: thanks for reading the one piece.
@pytest.mark.parametrize("note, lang, never", [
    ("Hi Camille, loved your article on brand search. Our team has been chasing follower counts for years 🙈 Keen to follow along! Sam",
     "en", "regular"),
    ("Bonjour Camille, ton post sur les KPI m'a parlé. Depuis des années on court après les likes dans ma boîte 😅 Au plaisir, Léa",
     "fr", "fidèlement"),
])
def test_a_for_years_about_something_else_is_no_regular_reader(note, lang, never):
    assert never not in sample_draft(note)


def test_a_reader_for_months_is_still_a_regular_reader():
    f = extract("Hi Camille, I've been reading your newsletter for months, always useful. Tom", "en", "content")
    assert f.regular


# "Happy to jump on a call": how to talk, never the topic ("working together on a call").
@pytest.mark.parametrize("note, lang", [
    ("Hi Camille, we're a small design agency in Leeds and clients keep asking about French SEO. Fancy a partnership? Happy to hop on a quick call. Tom", "en"),
    ("Hola Camille, tengo una agencia web en Bilbao. ¿Te interesaría colaborar con nosotros? Lo hablamos por teléfono. Iker", "es"),
])
def test_a_call_offered_is_not_the_topic(note, lang):
    assert not extract(note, lang, "business_proposal").topic.lower().endswith(("call", "teléfono"))


# English: never the Gallicism "which slots would suit you"; a talk is "come to", never "followed".
@pytest.mark.parametrize("note", [
    "Dear Ms Laurent, I lead marketing at a Canadian furniture brand entering France and we need a French SEO consultant. Could we arrange a call? Regards, Paul Grant",
    "Hello Camille, we run a chain of gyms in Lyon and want help with Meta ads. Could we have a call? Best regards, Nina Shaw",
])
def test_english_asks_when_would_suit_not_which_slots(note):
    assert "slots" not in sample_draft(note)


def test_a_talk_is_attended_not_followed():
    text = sample_draft("Hey Camille! Caught your talk at the Lyon e-commerce meetup, great stuff on Pinterest ads. I'm launching a candle shop and would love to pick your brain. Mia")
    assert "following my talk" not in text


# French: the note's unaccented preposition and words, reused, get their accents back.
def test_french_accents_restored_in_reused_words():
    assert accented("l'échange commencé jeudi a l'afterwork du seminaire a Lyon", "fr") == "l'échange commencé jeudi à l'afterwork du séminaire à Lyon"
    assert accented("Camille a la main ; il a Google", "fr") == "Camille a la main ; il a Google"


def test_french_typo_a_is_not_copied_into_the_draft():
    text = sample_draft("salut Camille ! on s'est vues a la soirée du Women in Tech jeudi, trop sympa 😊 Inès", name="Inès Moreau")
    assert " a la soirée" not in text


# German: "bei dem Modehaus" → "beim Modehaus"; a relative clause keeps "an dem".
def test_german_preposition_and_article_contracted():
    assert contract_articles("woran Sie bei dem Autohaus Berg arbeiten", "de") == "woran Sie beim Autohaus Berg arbeiten"
    assert contract_articles("Grüße von dem Team und zu der Messe", "de") == "Grüße vom Team und zur Messe"
    assert contract_articles("das Projekt, an dem Sie arbeiten", "de") == "das Projekt, an dem Sie arbeiten"


def test_german_newsletter_is_read_not_followed():
    text = sample_draft("Guten Tag Frau Laurent, ich lese seit Jahren Ihren Newsletter und schätze ihn sehr. Beste Grüße, Jonas Keller", name="Jonas Keller")
    assert "Newsletter" in text and "verfolgen" not in text and "lesen" in text


def test_dutch_newsletter_is_read():
    text = sample_draft("Hoi Camille, ik lees al maanden je nieuwsbrief, altijd bruikbaar! Groet, Femke", name="Femke de Wit")
    assert "nieuwsbrief" in text and "leest" in text


# "ich würde mich freuen, mit Ihnen zusammenzuarbeiten", "ik werk graag met … samen".
def test_german_working_together_is_zusammenarbeiten():
    text = sample_draft("Guten Tag Frau Laurent, Anna Berger von der Handelskammer hat Sie empfohlen. Wir suchen eine Trainerin für einen Workshop zu SEO im Herbst. Interesse? Freundliche Grüße, Paul Wagner", name="Paul Wagner")
    assert "mit Ihnen zu arbeiten" not in text


def test_dutch_working_with_a_team_is_samenwerken():
    text = sample_draft("Hoi Camille, via Sanne Visser kwam ik bij jou. We zoeken iemand voor een incompany training content marketing voor ons team van 8. Zin in? Groet, Bram", name="Bram Jansen")
    assert "werk graag met je team!" not in text and ("samen" in text or "team" not in text)


# Dutch: "de functie van Senior SEO Specialist", never "de functie een …".
@pytest.mark.parametrize("note", [
    "Hi Camille, ik ben recruiter en zoek een Head of Content voor een fintech in Rotterdam. Sta je open voor een gesprek? Groet, Lotte",
    "Hoi Camille, recruiter hier: ik heb een vacature voor een Performance Marketeer bij een scale-up in Utrecht. Interesse? Groeten, Joris",
])
def test_dutch_job_title_without_article(note):
    text = sample_draft(note, name="Lotte Bos")
    assert "functie een " not in text


# One promise, not two "laat ik het je weten".
def test_dutch_job_seeker_gets_one_promise():
    text = sample_draft("Hallo Camille, na 10 jaar bij een bureau zoek ik een nieuwe uitdaging in content marketing. Ken je bedrijven die mensen zoeken? Groet, Ruben", name="Ruben Smit")
    assert text.count("laat ik") + text.count("laat je weten") <= 1, text


# A price after a yes that names the thing does not name it again.
@pytest.mark.parametrize("lang, line, before, said", [
    ("fr", "Pour un audit SEO local, le prix dépend du périmètre.", "Oui, je fais des audits SEO !", "Le prix dépend du périmètre."),
    ("es", "El precio de una auditoría SEO depende del alcance.", "Sí, hago auditorías SEO.", "El precio depende del alcance."),
    ("nl", "De prijs van een SEO-audit hangt af van de omvang.", "Ja, ik doe SEO-audits.", "De prijs hangt af van de omvang."),
    ("de", "Der Preis für einen Workshop hängt vom Umfang ab.", "Ja, ich mache SEO-Audits.", "Der Preis für einen Workshop hängt vom Umfang ab."),
])
def test_price_line_not_naming_the_thing_twice(lang, line, before, said):
    assert priceq.unnamed(lang, line, before) == said


def test_french_audit_price_not_repeated_in_draft():
    text = sample_draft("Bonjour Camille, j'ai un cabinet d'architecte à Lyon. Vous faites des audits SEO ? C'est combien environ ? Merci, Julien Roux", name="Julien Roux")
    assert text.lower().count("audit") <= 1, text


# "com prazer" said once.
def test_gladly_said_once():
    assert one_gladly("Falamos, com prazer! Aceito um café, com prazer: quando?", "pt") == "Falamos, com prazer! Aceito um café: quando?"
    assert one_gladly("Hablamos, con gusto. Un café, con gusto: ¿cuándo?", "es") == "Hablamos, con gusto. Un café: ¿cuándo?"


# Spanish tú read from a second-person verb in the question.
@pytest.mark.parametrize("note, lang", [
    ("Camille, ¿qué plugin SEO recomiendas para WordPress? Gracias, Pablo", "es"),
    ("Buenas, ¿usas Semrush o prefieres otra herramienta? Saludos, Lucía", "es"),
    ("Buongiorno Camille, che strumento suggerisci per iniziare con la SEO? Grazie, Marco", "it"),
])
def test_second_person_question_is_informal(note, lang):
    assert is_informal(note, lang)


def test_spanish_tu_question_answered_with_tu():
    text = sample_draft("Camille, ¿qué curso de Meta Ads recomiendas para alguien que empieza? Mil gracias, Sergio", name="Sergio Ruiz")
    assert "su mensaje" not in text and "cuénteme" not in text


# Spanish: a shared event is not news ("qué bien saber que tú también estuviste").
def test_spanish_shared_event_not_news():
    text = sample_draft("Hola Camille! Coincidimos en el taller de marketing de la Cámara de Comercio, yo era la de las preguntas sobre TikTok 😄 Un abrazo", name="Carmen Gil")
    assert "saber que" not in text


# The FAQ says whom a site of one's own convinces.
def test_french_faq_names_who_is_convinced():
    text = sample_draft("Salut Camille, je suis en licence pro et je veux apprendre le SEO, tu conseilles quelles formations ? Merci ! Hugo", name="Hugo Petit")
    assert "Ce qui convainc le plus," not in text
