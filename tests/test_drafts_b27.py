"""Review round 25, group B: general questions get the owner's answer, never "tell me about your business and budget".

- a comparison ("frente a", "rather than", "gegenüber", "rispetto a") weighs two things as an "or" does, and a trend
  question (cookies, next year) on SEO against ads gets her view of the balance;
- SEO against first-party data: both, together;
- "what would be the first step?" asks about the sentence before it (the subject told there);
- "which skill: SEO, paid traffic or content?": the skills answer, the channels listed are its own subject;
- "is SEO a good job to start in?" (a beginner, a career changer): answered yes, with the change acknowledged;
- "bloggen", "blogging": the blog answer; Instagram ads that spend a lot and sell little: the Meta ads advice;
- SEO and paid media asked by a prospect: both named ("com o SEO e com os anúncios"), never only SEO.
"""

from __future__ import annotations

from drafting import SAMPLE, sample_draft

from invitriage.drafts import faq
from invitriage.drafts.needs import need_phrase

BUDGET = ("presupuesto", "orçamento", "budget", "Budget", "bilancio")


def _faq(note: str, lang: str) -> str:
    return faq.match(note, SAMPLE.answers, lang)


# --- a comparison weighs; the trend of SEO against ads --------------------------------------------------------------

def test_seo_against_ads_trend_es() -> None:
    text = sample_draft("Hola Camille, trabajo como consultor de marketing. Con el fin de las cookies, ¿el SEO ganará "
                        "terreno frente a la publicidad de pago en los próximos años?", headline="Consultor de marketing")
    assert "la balanza se inclina hacia el SEO" in text
    assert "presupuesto y te digo" not in text and "tu negocio" not in text


def test_seo_rather_than_ads_trend_en() -> None:
    assert "balance is shifting towards SEO" in _faq("Quick one: will companies invest in SEO rather than paid ads next year, now that cookies are going away?", "en")


def test_seo_gegenueber_ads_trend_de() -> None:
    assert "verschiebt sich zu SEO" in _faq("Gewinnt SEO gegenüber bezahlter Werbung in Zukunft an Bedeutung?", "de")


def test_seo_rispetto_ads_trend_it() -> None:
    assert "bilancia pende verso la SEO" in _faq("Secondo te la SEO guadagnerà terreno rispetto agli annunci a pagamento nel 2026?", "it")


def test_shop_choice_keeps_the_small_business_answer() -> None:
    # no trend word: a shop's SEO-or-ads choice keeps the answer for a small business
    assert "balance" not in _faq("I run a small candle shop. Should I start with SEO or paid ads?", "en")


# --- SEO or first-party data ---------------------------------------------------------------------------------------

def test_seo_or_first_party_data_pt() -> None:
    text = sample_draft("Olá Camille, li o seu artigo sobre cookies. Para um pequeno negócio, vale mais apostar em SEO ou "
                        "em dados próprios neste momento?", headline="Analista de marketing digital")
    assert "complementam" in text
    assert "orçamento e" not in text


def test_seo_or_first_party_data_fr_nl() -> None:
    assert "les deux se complètent" in _faq("Tu mettrais plutôt le paquet sur le SEO ou sur les données first-party ?", "fr")
    assert "vullen elkaar aan" in _faq("Moet een klein bedrijf nu investeren in SEO of in eigen data?", "nl")


# --- "the first step?" asks about the sentence before -------------------------------------------------------------

def test_first_step_de_names_seo_not_social() -> None:
    text = sample_draft("Hallo Camille, Lena Vogt meinte, ich soll dich mal anschreiben. Ich eröffne bald einen Onlineshop "
                        "für Keramik und blicke bei SEO überhaupt nicht durch. Was wäre der erste Schritt?",
                        headline="Keramikerin")
    assert "SEO" in text and "Social Media ansetzen" not in text
    assert "Produkt- und Kategorieseiten" in text


def test_first_step_en_fr() -> None:
    assert "product and category pages" in _faq("I'm launching an online shop for tea and SEO feels like a maze. What would be the first step?", "en")
    assert _faq("Je lance ma boutique en ligne de bougies et le référencement me dépasse. Quel serait le premier pas ?", "fr")


# --- which skill matters most: the channels listed are the skills' own subject -------------------------------------

def test_skills_with_channels_pt() -> None:
    text = sample_draft("Oi Camille! Acabei de me formar em Marketing e busco meu primeiro emprego. Que habilidades "
                        "você acha que pesam mais hoje: SEO, anúncios ou conteúdo?", headline="Recém-formada em Marketing")
    assert "três bases" in text
    assert "me conta em que ponto você está e qual é o seu objetivo e eu te digo" not in text


def test_skills_with_channels_es_it() -> None:
    assert "habilidades que más cuentan" in _faq("¿Qué habilidades son más importantes hoy: SEO, tráfico de pago o contenido?", "es")
    assert "contano soprattutto tre cose" in _faq("Quali competenze conviene sviluppare prima: SEO, annunci a pagamento o contenuti?", "it")


# --- is SEO a good job to start in ----------------------------------------------------------------------------------

def test_good_job_career_changer_fr() -> None:
    text = sample_draft("Bonjour Camille, après 10 ans comme professeure des écoles je me reconvertis dans le web. "
                        "Le référencement, c'est un bon métier pour se lancer ?", headline="En reconversion")
    assert "bonne porte d'entrée" in text and "reconvert" in text
    assert "portfolio" not in text


def test_good_job_en_de_es() -> None:
    assert "good way in" in _faq("I'm switching careers from retail. Is SEO a good career to start with?", "en")
    assert "guter Einstieg" in _faq("Ich bin Quereinsteigerin aus der Pflege. Ist SEO ein guter Beruf für den Anfang?", "de")
    assert "buena puerta de entrada" in _faq("¿Crees que el SEO es una buena salida profesional para empezar?", "es")


# --- blogging, Meta ads that spend and do not sell -----------------------------------------------------------------

def test_blogging_verb_nl_en() -> None:
    assert "Een blog loont als elk artikel" in _faq("Heeft bloggen eigenlijk nog zin voor mijn kleine webwinkel?", "nl")
    assert "A blog pays off if each article" in _faq("Is blogging still worth it for a tiny online shop?", "en")


def test_instagram_ads_spend_no_sales_tip() -> None:
    text = sample_draft("Olá! Vendo acessórios de praia numa loja online e os anúncios do Facebook não dão resultado: "
                        "gasto muito e vendo pouco. Tem alguma dica?", headline="Dona da Maré Acessórios")
    assert "público restrito" in text
    assert "Digo com prazer" not in text
    assert "público acotado" in _faq("Mis anuncios de Instagram: gasto mucho y vendo poco. ¿Algún consejo?", "es")
    assert "audience resserrée" in _faq("Mes pubs Instagram me coûtent cher et je dépense beaucoup pour peu de ventes. Un conseil ?", "fr")


# --- SEO and paid media named together -------------------------------------------------------------------------------

def test_need_names_seo_and_paid_media() -> None:
    offer = list(SAMPLE.offer)
    assert need_phrase("Procuramos apoio em SEO e tráfego pago para a nossa rede de lojas.", offer, "pt", False) == \
        "com o SEO e com os anúncios nas redes sociais"
    assert need_phrase("We're looking for help with SEO and paid media.", offer, "en", False) == "with your SEO and social ads"
    assert need_phrase("Buscamos apoyo en SEO y publicidad de pago.", offer, "es", False) == "con su SEO y sus anuncios en redes sociales"


def test_prospect_seo_and_paid_media_pt_draft() -> None:
    text = sample_draft("Prezada Camille, sou gerente de marketing de uma rede de academias em Curitiba e gostaria de "
                        "conhecer seus serviços de SEO e mídia paga.", headline="Gerente de Marketing")
    assert "SEO e com os anúncios" in text and "ajudar no SEO" not in text
