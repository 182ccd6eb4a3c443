"""Notes misread in review round 14 (the wrong kind of reply): notes written for these tests, in every language the
mechanism concerns."""
from __future__ import annotations

import pytest

from drafting import render

from invitriage.drafts.notefacts import extract


# -- a marketing lead who wants to talk strategy is a client, never a declined pitch ---------------------------------

@pytest.mark.parametrize("lang, note, intent", [
    ("it", "Buongiorno Camille, sono il CMO di una catena di ottici con 25 negozi. Stiamo ripensando la nostra presenza digitale e vorrei confrontarmi con te.", "sales_pitch"),
    ("fr", "Bonjour Camille, je suis directrice marketing d'un réseau de 30 agences immobilières. Nous repensons notre stratégie digitale et j'aimerais me confronter à votre regard.", "sales_pitch"),
    ("nl", "Hoi Camille, ik ben marketingmanager bij een Utrechtse fintech. We heroverwegen onze online strategie en ik zou graag met je van gedachten wisselen.", "sales_pitch"),
    ("en", "Hi Camille, Head of Marketing at a Bristol bike brand here. We're rethinking our digital strategy ahead of a French launch.", "sales_pitch"),
])
def test_a_marketing_lead_talking_strategy_is_a_client(lang, note, intent):
    text, template = render(note, lang, intent)
    assert template == "client", text
    for declined in ("non ne ho bisogno", "n'en ai pas besoin", "vacaturetekst", "don't need"):
        assert declined not in text


@pytest.mark.parametrize("note", [
    "Hoi Camille, ik ben head of growth bij een Utrechtse fintech en we gaan in 2027 naar België. Zin om samen te werken aan de lancering (SEO + social ads)?",
    "Dag Camille, ik run een klein webbureau in Gent. Lijkt het je wat om samen te werken voor Franstalige klanten?",
])
def test_working_together_is_a_partnership_not_a_job(note):
    assert extract(note, "nl", "recruiting").proposal == "partnership"
    text, template = render(note, "nl", "recruiting")
    assert template in ("business_proposal", "client"), text
    assert "vacature" not in text and "zelfstandige" not in text, text


def test_two_options_in_the_next_question_are_weighed():
    assert extract("Ciao Camille, vorrei specializzarmi in social ads. Meglio un corso Meta o un master?", "it", "job_seeking").career


# -- "I work in B2B marketing" is no job search -------------------------------------------------------------------

@pytest.mark.parametrize("lang, note", [
    ("it", "Ciao Camille, il tuo articolo sul retargeting mi è piaciuto molto 🙌 Lavoro nel marketing di un'azienda di arredamento e seguo volentieri i tuoi contenuti."),
    ("es", "Hola Camille, me encantó tu artículo sobre retargeting. Trabajo en el marketing de una empresa de muebles y quiero seguir tus contenidos."),
    ("pt", "Olá Camille, adorei o seu artigo sobre retargeting! Trabalho no marketing de uma empresa de mobiliário e vou seguir os seus conteúdos."),
    ("nl", "Hoi Camille, leuk artikel over retargeting! Ik werk bij een meubelmerk in de marketing en volg graag je berichten."),
])
def test_i_work_in_is_not_a_job_search(lang, note):
    text, template = render(note, lang, "job_seeking")
    assert template != "job_seeking", text
    for cv in ("CV", "cv", "curriculum"):
        assert cv not in text


def test_a_job_sought_is_still_read():
    facts = extract("Ciao Camille, sto cercando lavoro nel marketing digitale a Torino, posso mandarti il CV?", "it", "job_seeking")
    assert facts.role == "job"


# -- "orçamento pequeno" is an ad budget, not a quote asked ------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Oi Camille, vi seu post sobre Google Ads: compensa usar Performance Max com orçamento baixo, tipo R$ 30 por dia?",
    "Olá Camille, tenho uma loja online com um orçamento muito limitado. Vale a pena investir em TikTok Ads?",
])
def test_a_small_budget_is_no_price_request(note):
    facts = extract(note, "pt", "ask_for_help")
    assert not facts.price and not facts.client
    text, template = render(note, "pt", "ask_for_help")
    assert template != "client" and "valores" not in text, text


def test_a_quote_is_still_a_price_request():
    assert extract("Olá Camille, gostaria de lhe pedir um orçamento para uma auditoria SEO da nossa loja.", "pt", "business_proposal").price


# -- a podcast invitation, however long the sentence, is an invitation ------------------------------------------------

@pytest.mark.parametrize("lang, note", [
    ("de", "Hallo Camille, ich betreibe einen Podcast über Marketing für Handwerksbetriebe in Bayern (\"Werkstattfunk\") und würde dich sehr gern als Gast einladen. Hast du im April Zeit?"),
    ("en", "Hi Camille, I host a podcast about marketing for independent bookshops across the UK and Ireland (\"Shelf Life\") and would love to have you on as a guest. Free in April?"),
])
def test_a_podcast_invitation_is_a_proposal(lang, note):
    assert extract(note, lang, "business_proposal").proposal == "guest"
    text, template = render(note, lang, "business_proposal")
    assert template == "business_proposal", text
    assert "Situation" not in text and "situation" not in text


# -- "let's stay in touch" after a chat is a goodbye, never a needs call ----------------------------------------------

@pytest.mark.parametrize("lang, note, intent", [
    ("en", "Hi Camille, lovely meeting you at the Growth Summit in Paris – I really enjoyed our chat about SEO for hotels. Let's stay in touch!", "met_before"),
    ("pt", "Oi Camille! Tudo bem? Nos conhecemos no Social Media Day em Recife, adorei sua palestra sobre conteúdo. Bora manter contato!", "content"),
    ("fr", "Bonjour Camille, ravie de vous avoir rencontrée au salon E-marketing, notre échange sur le SEO local m'a beaucoup plu. Restons en contact !", "met_before"),
    ("it", "Ciao Camille, è stato un piacere conoscerti al Digital Day di Torino, la nostra chiacchierata sui social mi è servita. Restiamo in contatto!", "met_before"),
])
def test_staying_in_touch_is_no_meeting_request(lang, note, intent):
    text, template = render(note, lang, intent)
    assert template != "client", text
    for call in ("20-minute", "20 minutes", "20 minuti", "horários", "créneaux", "your needs", "esigenze"):
        assert call not in text, text


def test_a_greeting_question_asks_nothing():
    facts = extract("Oi Camille! Tudo bem? Adorei sua palestra no RD Summit. Bora manter contato!", "pt", "content")
    assert not facts.question and not facts.shall_we


# -- an organisation through which a training was attended is no referrer ---------------------------------------------

@pytest.mark.parametrize("lang, note", [
    ("nl", "Dag Camille, je workshop Meta Ads via Voka vorige week was heel nuttig. Komt er ook een vervolg?"),
    ("fr", "Bonjour Camille, votre formation SEO via Bpifrance le mois dernier m'a beaucoup aidée. Proposez-vous une suite ?"),
    ("en", "Hi Camille, your GA4 training through Enterprise Ireland last month really helped. Is there a follow-up course?"),
    ("it", "Ciao Camille, il tuo corso di SEO tramite Confcommercio il mese scorso mi è servito molto. Fai anche un corso avanzato?"),
])
def test_a_training_organiser_is_not_a_referrer(lang, note):
    assert extract(note, lang, "referral").referrer == ""
    text, _ = render(note, lang, "referral")
    for thanks in ("introductie", "mise en relation", "introduction", "fatto da tramite", "d'avoir fait le lien"):
        assert thanks not in text, text


def test_a_referrer_via_a_person_is_still_read():
    assert extract("Hoi Camille, ik kreeg je naam via Sanne de Boer. Groet", "nl", "referral").referrer


# -- one path named is no either/or --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, note, both", [
    ("fr", "Bonjour Camille, je suis en licence info-com et je voudrais me spécialiser en social ads. Quels cours me conseilleriez-vous ?", "Les deux"),
    ("es", "Hola Camille, estudio publicidad y me gustaría especializarme en SEO. ¿Qué cursos me recomiendas para empezar en el sector?", "Las dos"),
    ("it", "Ciao Camille, studio comunicazione e vorrei specializzarmi in SEO. Che corsi mi consiglieresti per iniziare nel settore?", "Entrambe"),
])
def test_one_path_is_not_weighed_against_another(lang, note, both):
    assert not extract(note, lang, "job_seeking").career
    text, _ = render(note, lang, "job_seeking")
    assert both not in text, text


def test_two_paths_are_still_weighed():
    assert extract("Bonjour, je suis étudiante et j'hésite entre me spécialiser en SEO ou en social ads. Vous me conseilleriez quoi ?", "fr", "ask_for_help").career


# -- advice asked without a question mark is advice, not a CV request -----------------------------------------------

@pytest.mark.parametrize("lang, note", [
    ("es", "Hola Camille, acabo de terminar la carrera y busco mi primer empleo. Me ayudaría mucho cualquier consejo sobre cómo buscar trabajo en agencias de Lyon."),
    ("it", "Ciao Camille, ho appena finito l'università e cerco il mio primo lavoro. Mi aiuterebbe molto qualsiasi consiglio su come entrare nelle agenzie a Parigi."),
    ("pt", "Olá Camille, terminei o mestrado e procuro o meu primeiro emprego. Ajudaria-me muito qualquer conselho sobre como entrar no mercado francês."),
])
def test_advice_asked_without_a_question_mark_is_answered_as_advice(lang, note):
    text, template = render(note, lang, "job_seeking")
    assert template == "ask_for_help", text
    assert "CV" not in text


# -- a training already talked about is picked up, never answered "yes, I run trainings" -----------------------------

@pytest.mark.parametrize("lang, note, said, unasked", [
    ("it", "Ciao Camille, ci siamo conosciuti al meetup di Torino. Avevamo parlato di un corso per il mio team marketing, ne riparliamo?", "formazione per il tuo team", "Sì,"),
    ("es", "Hola Camille, nos conocimos en el evento de Bilbao. Quedamos en hablar sobre una formación para mi equipo, ¿lo retomamos?", "formación para tu equipo", "Sí,"),
    ("en", "Hi Camille, good to meet you in Dublin. We talked about a training for my team, shall we pick it up?", "training for your team", "Yes,"),
    ("fr", "Bonjour Camille, ravi de notre rencontre à Nantes. On avait parlé d'une formation pour mon équipe, on en reparle ?", "formation pour votre équipe", "Oui,"),
    ("de", "Hallo Camille, schön dich in Wien getroffen zu haben. Wir hatten über eine Schulung für mein Team gesprochen, wollen wir weitermachen?", "Schulung für dein Team", "Ja,"),
    ("nl", "Hoi Camille, leuk je te spreken in Gent. We hadden het over een training voor mijn team, zullen we verder praten?", "training voor je team", "Ja,"),
    ("pt", "Olá Camille, foi bom conhecê-la em Lisboa. Tínhamos falado de uma formação para a minha equipa, podemos retomar?", "formação para a", "Sim,"),
])
def test_a_training_agreed_on_is_picked_up(lang, note, said, unasked):
    text, template = render(note, lang, "business_proposal")
    assert template == "client", text
    assert said in text, text
    assert unasked not in text, text


@pytest.mark.parametrize("lang, note", [
    ("es", "hola camille, estudio marketing y me gustaría especializarme en SEO. ¿qué me recomiendas estudiar o leer para empezar?"),
    ("it", "Ciao Camille, vorrei specializzarmi in social ads: cosa mi consiglieresti studiare o leggere per iniziare?"),
])
def test_what_to_study_or_read_is_no_either_or(lang, note):
    facts = extract(note, lang, "ask_for_help")
    assert not facts.options and not facts.career and facts.ask != "recommend"
    text, _ = render(note, lang, "ask_for_help")
    for wrong in ("entre recomiendas", "Las dos", "Entrambe", "nombres de confianza"):
        assert wrong not in text, text
