"""Wave 76 (group B): notes read as the wrong kind.

A vendor selling cheap white-label or subcontracted work to Camille ("sous-traitance … à prix très compétitifs",
"WordPress development at $15/h … white-label partnership") is a seller: a polite "no need at the moment", never
"l'idée m'intéresse" and a call. An agency that wants white-label partners to take on ITS work stays a partnership.
"""

from __future__ import annotations

import pytest

from drafting import sample_draft

#: Enthusiasm and a call: what a seller must never get.
_WELCOME = ("m'intéresse", "glad to explore", "20-minute", "20 minutes", "20 minuti", "20 minutos", "20 Minuten", "20 minuten",
            "sounds interesting", "Klinkt interessant", "interessante", "interesante", "spannend")

_SELLERS = [
    ("Bonjour Camille, je suis agence SEO basée au Maroc, nous proposons de la sous-traitance de rédaction d'articles optimisés "
     "à prix très compétitifs. Intéressée par un partenariat en marque blanche ?", "besoin"),
    ("Hello Camille, we are a web development agency from India offering WordPress & Shopify development at $15/h. "
     "Looking for white-label partnership with European consultants.", "not a priority"),
    ("Hola Camille, somos una agencia de desarrollo web en Colombia. Ofrecemos subcontratación de desarrollo WordPress a precios "
     "muy competitivos. ¿Te interesa una colaboración en marca blanca?", "no lo necesito"),
    ("Olá Camille, somos uma agência de conteúdo no Brasil e oferecemos redação de artigos em white label por 12 €/hora. "
     "Topa uma parceria?", "não preciso"),
    ("Ciao Camille, siamo un'agenzia SEO in Albania: offriamo articoli in white label a prezzi molto competitivi. "
     "Ti interessa una partnership?", "non ne ho bisogno"),
    ("Hallo Camille, wir sind eine Agentur aus Polen und bieten White-Label-Webentwicklung für 20 € pro Stunde an. "
     "Interesse an einer Partnerschaft?", "keinen Bedarf"),
    ("Hoi Camille, wij zijn een bureau uit Oekraïne en bieden white label SEO-teksten tegen scherpe tarieven. "
     "Interesse in een samenwerking?", "geen behoefte"),
]


@pytest.mark.parametrize(("note", "no_need"), _SELLERS)
def test_cheap_white_label_vendor_is_declined_politely(note: str, no_need: str) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    assert no_need in text
    assert not any(w in text for w in _WELCOME), text


def test_agency_seeking_white_label_partners_stays_a_partnership() -> None:
    text = sample_draft("Hi Camille, we're a growing agency looking for white-label SEO partners to take on overflow work. "
                        "Would you be interested?", name="Ana Ruiz")
    assert "20-minute call" in text and "not a priority" not in text


#: A freelance peer proposing to pass work both ways ("s'apporter des missions mutuellement"): a partnership, never a job seeker.
_PEERS = [
    ("Bonjour Camille, je suis graphiste freelance sur Lyon, je pense qu'on a des clients en commun. Ça pourrait être sympa de "
     "s'apporter des missions mutuellement ?", "Graphiste & Directeur artistique freelance", "mutuellement des clients"),
    ("Salut Camille, je suis développeur web indépendant à Villeurbanne. On pourrait se passer des projets quand l'un de nous est "
     "débordé, ça te dit ?", "Développeur WordPress freelance", "s'envoyer des clients"),
    ("Hi Camille, I'm a freelance copywriter in Lyon and I think we serve similar clients. Fancy sending work each other's way?",
     "Freelance copywriter", "Referring clients to each other"),
    ("Hola Camille, soy diseñadora gráfica freelance en Lyon. ¿Te apetece que nos pasemos proyectos cuando haga falta?",
     "Diseñadora gráfica freelance", "te pasaré los que encajen"),
]


@pytest.mark.parametrize(("note", "headline", "said"), _PEERS)
def test_peer_passing_work_both_ways_is_a_partner(note: str, headline: str, said: str) -> None:
    text = sample_draft(note, headline=headline, name="Maxime Lambert")
    assert said in text, text
    assert not any(w in text for w in ("CV", "recherches", "job search", "búsqueda", "samples")), text


#: Co-panelists proposing a webinar made together, no topic yet: the contact kept and a topic idea asked, never "thanks for
#: inviting me to speak" with the languages, dates and audience asked, nor a call booked.
_JOINT = [
    ("Guten Tag Frau Laurent, wir waren zusammen auf dem Panel bei der dmexco in Köln. Ich würde gern den Kontakt halten und vlt. "
     "mal gemeinsam ein Webinar machen. Herzliche Grüße, Michael Schmitt", "Idee für das Thema"),
    ("Bonjour Camille, nous étions ensemble sur le panel du Web2Day. Ça vous dirait de faire un webinar ensemble un de ces jours ?",
     "idée de sujet"),
    ("Hi Camille, we were both on the panel at Brighton SEO. Would you like to do a joint webinar sometime?", "idea for the topic"),
    ("Hola Camille, ¿te apetecería hacer un webinar juntos algún día?", "idea de tema"),
    ("Hoi Camille, we zaten samen in het panel op Frankwatching Live. Zullen we eens samen een webinar geven?", "idee voor het onderwerp"),
]


@pytest.mark.parametrize(("note", "said"), _JOINT)
def test_joint_webinar_is_an_idea_not_a_booking(note: str, said: str) -> None:
    text = sample_draft(note, name="Michael Schmitt")
    assert said in text, text
    assert not any(w in text for w in ("angefragt", "Zielgruppe", "20 ", "public visé", "público previsto", "doelgroep")), text


def test_past_joint_webinar_of_hers_is_no_proposal() -> None:
    text = sample_draft("Hey Camille, Jan de Groot (van jullie gezamenlijke webinar) zei dat ik je moest benaderen. Ik start een "
                        "duurzame e-shop en wil advies over mijn contentstrategie. Heb je eens tijd voor een call?", name="Sophie Bakker")
    assert "idee voor het onderwerp" not in text
