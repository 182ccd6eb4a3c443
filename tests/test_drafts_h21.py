"""Round 21 (h21): the holding line fits the sender — a learner is asked where they stand, a question on how the owner
works gets a short personal line, a shop already told is never asked about again, and no either/or slot is built
from words that are not two things of the owner's field."""

from __future__ import annotations

import pytest

from drafting import draft
from invitriage.drafts import quickq
from invitriage.drafts.notefacts import choice_options
from invitriage.drafts import situation

BUSINESS = ("business", "negocio", "negócio", "attività", "activité", "Geschäft", "bedrijf", "budget", "presupuesto", "orçamento", "Budget")


@pytest.mark.parametrize("note,lang,intent", [
    ("Hoi Camille, ik ben student marketing en vraag me af: is een cursus SEO nuttig of leer je het vooral in de praktijk? Groetjes", "nl", "ask_for_help"),
    ("Salut Camille, je suis étudiante en master marketing : tu conseillerais quoi pour progresser en SEO ? Merci !", "fr", "ask_for_help"),
    ("Hi Camille, I'm a junior marketer starting out in SEO. What would you focus on to learn it properly? Thanks!", "en", "ask_for_help"),
    ("Hola Camille, soy estudiante de marketing y quiero aprender SEO. ¿Qué me aconsejas para empezar? Gracias", "es", "ask_for_help"),
    ("Ciao Camille, sono una studentessa di marketing: cosa mi consigli per imparare la SEO? Grazie!", "it", "ask_for_help"),
    ("Oi Camille, sou estudante de marketing e tô começando agora na área. Que dica você me dá pra aprender SEO? Valeu!", "pt", "ask_for_help"),
    ("Hallo Camille, ich bin Berufseinsteigerin im Marketing: Was würdest du mir raten, um SEO zu lernen? Danke!", "de", "ask_for_help"),
])
def test_a_learner_is_never_asked_about_business_and_budget(note: str, lang: str, intent: str) -> None:
    text = draft(note, lang, intent)
    assert not any(w in text for w in BUSINESS), text


@pytest.mark.parametrize("note,lang,line", [
    ("Hi Camille, loved your talk on AI content. Do you use ChatGPT to write your clients' articles or only for research?", "en", "how I handle it"),
    ("Bonjour Camille, question rapide : tu utilises l'IA pour rédiger tes articles, ou seulement pour les idées ?", "fr", "comment je m'y prends"),
    ("Hola Camille, ¿cómo decides qué tareas delegar en la IA y cuáles no? Gracias", "es", "cómo lo hago yo"),
    ("Ciao Camille, come decidi quali testi far scrivere all'IA? Grazie!", "it", "come faccio io"),
    ("Oi Camille, você usa o ChatGPT nos textos dos seus clientes? Obrigado!", "pt", "como eu faço"),
    ("Hallo Camille, wie entscheidest du, was du an die KI delegierst? Danke!", "de", "wie ich das selbst handhabe"),
    ("Hoi Camille, gebruik je zelf ChatGPT voor je blogs? Groet", "nl", "hoe ik het zelf aanpak"),
])
def test_a_question_on_her_own_practice_gets_a_personal_line(note: str, lang: str, line: str) -> None:
    text = draft(note, lang, "ask_for_help")
    assert line in text, text
    assert not any(w in text for w in BUSINESS), text


@pytest.mark.parametrize("question", [
    "você usa o ChatGPT para escrever os artigos ou só para pesquisa?",
    "Ik twijfel tussen een cursus of gewoon eigen site bouwen.",
    "vale a pena fazer um curso de google ads ou aprender sozinha pelo youtube?",
    "do you write the posts yourself or with AI?",
    "¿usas IA o escribes tú los textos?",
    "vaut-il mieux faire une formation ou apprendre sur le tas ?",
])
def test_no_either_or_from_a_person_doing_something(question: str) -> None:
    assert choice_options(question) == []


@pytest.mark.parametrize("question,options", [
    ("SEO ou pub insta d'abord ?", ["SEO", "pub Insta"]),
    ("wat zou jij als eerste aanpakken: ads of content?", ["ads", "content"]),
    ("Semrush or Ahrefs?", ["Semrush", "Ahrefs"]),
    ("freelance ou CDI ?", ["freelance", "CDI"]),
    ("meglio pinterest o instagram per iniziare??", ["Pinterest", "Instagram"]),
])
def test_real_options_are_kept(question: str, options: list[str]) -> None:
    assert choice_options(question) == options


@pytest.mark.parametrize("note,shop", [
    ("per il mio negozio di scarpe conviene di più TikTok o Instagram?", "negozio di scarpe"),
    ("para mi tienda de ropa vale más la pena Google o Meta?", "tienda de ropa"),
    ("I run a small Etsy shop selling candles, SEO or Pinterest?", "Etsy shop"),
])
def test_the_shop_named_ends_on_its_noun(note: str, shop: str) -> None:
    assert situation.read(note).shop == shop


@pytest.mark.parametrize("note,lang", [
    ("hi camille, I run a tiny etsy shop with jewellery - should I start with SEO or Pinterest? thanks", "en"),
    ("ciao camille, per il mio negozio di scarpe conviene di più TikTok o Instagram? grazie", "it"),
    ("hola camille, para mi tienda de ropa conviene más Google Ads o Instagram? gracias", "es"),
])
def test_a_shop_told_is_never_asked_about_again(note: str, lang: str) -> None:
    text = draft(note, lang, "ask_for_help")
    assert not any(w in text for w in ("business", "negocio", "attività")), text
    assert " conviene di." not in text and "with with" not in text, text


def test_shop_and_budget_told_asks_what_was_tried() -> None:
    text = quickq.answer("en", "choice", ["SEO", "Pinterest"], informal=True, shop=True, amount=True)
    assert "budget" not in text and "tried" in text


def test_practice_is_about_her() -> None:
    assert quickq.practice("Cómo decides qué partes delegar en la IA?")
    assert not quickq.practice("Should I use AI for my blog?")
    assert not quickq.practice("Do you use Semrush or Ahrefs?")


def test_a_teachers_students_do_not_make_a_learner() -> None:
    assert not quickq.learner("Je coordonne le BTS et j'aimerais que vous parliez à nos étudiants de 2e année.")
    assert not quickq.learner("Would you talk to our marketing students in May?")
    assert quickq.learner("Ik ben student en twijfel tussen een cursus of een eigen site.")


def test_a_brand_shop_in_german_is_hyphenated() -> None:
    s = situation.read("ich baue gerade meinen eigenen etsy shop auf")
    assert situation.shop_phrase(s, "de", informal=True) == "deinem Etsy-Shop"
