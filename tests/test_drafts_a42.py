"""Wave 42, group A (reading the note): a salaried post (CDI, Festanstellung, contrato indefinido…) offered by a recruiter
is declined politely, never answered as a client's need; an agency looking for freelancers offers her work as a
freelancer (interest and next step, never declined as a job); a channel after "via" (Insta, LinkedIn) is never a person
thanked for an introduction; a coffee wished for ("adoraria", "me encantaría") is accepted, never a proposal nor a call;
a talk where two people met is not her talk; a prospect who did not use tu in French is answered with vous."""

from __future__ import annotations


import pytest

from invitriage.drafts.writer import draft_for

from drafting import SAMPLE  # noqa: E402 - the sample owner, loaded once for every draft test


def draft(note: str, lang: str, intent: str, headline: str = "") -> str:
    d = draft_for({"name": "Alex Martin", "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply"}, SAMPLE)
    assert d is not None
    return d.text


SALARIED = [  # (note, lang, words of the decline)
    ("Bonjour Camille, nous recrutons une responsable SEO en CDI pour un cabinet de conseil à Grenoble. Votre parcours nous plaît beaucoup, "
     "seriez-vous ouverte à un échange ?", "fr", "poste salarié"),
    ("Hola Camille, busco una consultora SEO senior con contrato indefinido para una agencia de Valencia. Tu perfil encaja muy bien, "
     "¿te interesaría hablarlo?", "es", "puesto en plantilla"),
    ("Ciao Camille, cerco una consulente SEO senior a tempo indeterminato per un'agenzia di Torino. Il tuo profilo è perfetto, ne parliamo?",
     "it", "impiego da dipendente"),
]


@pytest.mark.parametrize("note,lang,decline", SALARIED)
def test_salaried_post_offered_is_declined_not_sold_to(note: str, lang: str, decline: str) -> None:
    text = draft(note, lang, "recruiting", "Talent Acquisition")
    assert decline in text
    assert not any(w in text for w in ("vos besoins", "tus necesidades", "tue esigenze", "20 minutes", "20 minutos", "20 minuti"))


FREELANCERS = [  # (note, lang, words of interest)
    ("Goedemiddag mevrouw Laurent, als SEA-bureau zoeken we freelancers voor onze Franstalige klanten. Heeft u na de zomer ruimte "
     "voor opdrachten? Met vriendelijke groet, Sanne de Vries", "nl", "spreekt me zeker aan"),
    ("Hallo Camille, wir sind eine Performance-Agentur und suchen Freiberufler für französische Kunden. Hättest du ab Herbst Kapazität?",
     "de", "könnte mich durchaus interessieren"),
    ("Hi Camille, our growth agency is looking for freelancers to support French e-commerce clients this autumn. "
     "Would you have some availability?", "en", "could well interest me"),
]


@pytest.mark.parametrize("note,lang,interest", FREELANCERS)
def test_agency_seeking_freelancers_is_work_offered_not_a_job_to_decline(note: str, lang: str, interest: str) -> None:
    text = draft(note, lang, "recruiting", "Managing Director")
    assert interest in text
    assert not any(w in text for w in ("geen vaste baan", "salaried", "permanent", "not looking for a job", "full-time job"))


CHANNELS = [  # (note, lang, the channel never thanked)
    ("Hoi Camille, mijn bakkerij in Gouda verkoopt via Insta steeds minder taarten. Help je ook kleine ondernemers? Wat kost dat ongeveer?",
     "nl", "Insta"),
    ("Hi Camille, I run a small candle shop and my sales via IG have dropped since spring. Do you help small shops? What would it cost?",
     "en", "IG"),
    ("Hola Camille, tengo una tienda de cerámica y las ventas via Instagram han caído mucho. ¿Ayudas a negocios pequeños? ¿Cuánto costaría?",
     "es", "Instagram"),
]


@pytest.mark.parametrize("note,lang,channel", CHANNELS)
def test_a_channel_after_via_is_no_person_to_thank(note: str, lang: str, channel: str) -> None:
    text = draft(note, lang, "sales_pitch", "Owner")
    assert f"{channel} " not in text.split("\n")[2] and "introduc" not in text and "introductie" not in text and "presentación" not in text


COFFEE = [  # (note, lang, intent, words of the coffee accepted)
    ("Oi Camille! Sou portuguesa, moro em Lyon há um ano e trabalho com marketing. Adoraria tomar um café e conversar sobre o mercado por aqui!",
     "pt", "business_proposal", "café"),
    ("¡Hola Camille! Soy argentina, vivo en Lyon y trabajo en marketing digital. Me encantaría tomar un café y que me cuentes cómo es "
     "trabajar aquí", "es", "job_seeking", "café"),
    ("Ciao Camille! Sono italiana, vivo a Lione e lavoro nei social. Mi piacerebbe prendere un caffè e parlare del mercato locale",
     "it", "business_proposal", "caffè"),
]


@pytest.mark.parametrize("note,lang,intent,coffee", COFFEE)
def test_a_coffee_wished_for_is_accepted(note: str, lang: str, intent: str, coffee: str) -> None:
    text = draft(note, lang, intent, "Social Media Manager")
    assert coffee in text
    assert not any(w in text for w in ("proposta me interessa", "proposta mi interessa", "20 minutos", "20 minuti"))


MET_AT_A_TALK = [  # (note, lang, her own talk, never claimed)
    ("Ciao Camille! Ci siamo conosciuti al SMXL di Milano, al talk sull'e-commerce. Mi è piaciuto molto, restiamo in contatto!", "it",
     "mio intervento"),
    ("Hola Camille, nos conocimos en el eCommerce Day de Madrid, en la charla sobre SEO local. ¡Me encantó! Sigamos en contacto", "es",
     "mi charla"),
    ("Salut Camille ! On s'est rencontrées au Web2day à Nantes, à la conférence sur le SEO local. J'ai adoré, restons en contact", "fr",
     "ma conférence"),
    ("Hallo Camille, wir haben uns auf der dmexco beim Vortrag über lokales SEO kennengelernt. Hat mir super gefallen!", "de",
     "meinem Vortrag"),
]


@pytest.mark.parametrize("note,lang,mine", MET_AT_A_TALK)
def test_a_talk_where_they_met_is_not_hers(note: str, lang: str, mine: str) -> None:
    text = draft(note, lang, "met_before", "Marketing Specialist")
    assert mine not in text


def test_a_prospect_without_tu_is_answered_with_vous() -> None:
    text = draft("Hello Camille, je suis directrice marketing d'une PME lyonnaise de cosmétiques, on cherche à retravailler notre stratégie "
                 "de contenu. On en parle ? Léa", "fr", "recruiting", "CMO @ Belle")
    assert "votre stratégie" in text and "ton message" not in text and " ta " not in text and "Salut" not in text


def test_a_prospect_who_writes_tu_keeps_tu() -> None:
    text = draft("Salut Camille, je gère une boutique en ligne et j'aimerais revoir mon SEO avec toi. Tu as un moment pour en parler ?",
                 "fr", "sales_pitch", "Fondatrice")
    assert "vous" not in text


def test_a_talk_where_they_met_with_her_approach_praised_stays_hers() -> None:
    text = draft("Hola Camille, nos conocimos en el Congreso Web de Zaragoza, en la charla sobre TikTok Ads. Me gustó mucho tu enfoque, "
                 "¡seguimos en contacto!", "es", "met_before", "Marketing Specialist")
    assert "mi charla" in text
