"""A prospective client asking for the owner's services (help with their SEO, social ads, content) is answered as a
client in every language, never declined as a pitch nor told "your proposal interests me"; a seller offering THEIR
services to her kind ("we help agencies like yours") stays a pitch."""

from __future__ import annotations

import pytest
from drafting import sample_draft

from invitriage.drafts.notefacts import client_sought, extract

#: What a pitch decline or a proposal's reply says, in the seven languages.
_DECLINE = ("pas un besoin", "not something I need", "no lo necesito", "no es una necesidad", "non ne ho bisogno", "non è un'esigenza",
            "não é uma necessidade", "keinen Bedarf", "geen behoefte", "presentarme tu oferta", "présentation de votre offre",
            "proposta interessa", "propuesta me interesa", "proposta mi interessa", "proposition m'intéresse", "klingt interessant",
            "klinkt interessant", "sounds interesting")

CLIENTS = [
    ("Bonjour Camille, je suis responsable e-commerce d'une enseigne de 9 boutiques de prêt-à-porter. Nous cherchons de l'aide "
     "pour améliorer notre référencement local.", ("SEO", "référencement")),
    ("Buenas tardes Camille, somos una cadena de 14 ópticas en Valencia y necesitamos ayuda con el SEO de nuestra web.", ("SEO",)),
    ("Estimada Camille, desde nuestra clínica dental nos gustaría contar con usted para mejorar nuestro posicionamiento en Google.", ("SEO", "posicionamiento")),
    ("Olá Camille, somos uma rede de padarias no Porto e procuramos apoio com as nossas campanhas nas redes sociais.", ("redes sociais",)),
    ("Buongiorno Camille, gestiamo tre hotel sul lago di Garda e cerchiamo supporto per la SEO del nostro sito.", ("SEO",)),
    ("Guten Tag Frau Laurent, wir betreiben einen Onlineshop für Teeprodukte und suchen Unterstützung bei der Suchmaschinenoptimierung.", ("SEO",)),
    ("Goedemiddag Camille, wij hebben vier tandartspraktijken en zijn op zoek naar hulp bij onze SEO.", ("SEO",)),
    ("Hello Camille, I'm head of marketing at a small chain of yoga studios. We're looking for support with our social ads.", ("social ads",)),
]


@pytest.mark.parametrize("note,named", CLIENTS)
def test_a_prospect_asking_for_help_is_answered_as_a_client(note: str, named: tuple[str, ...]) -> None:
    text = sample_draft(note)
    assert not any(d.lower() in text.lower() for d in _DECLINE), text
    assert any(n.lower() in text.lower() for n in named), text  # what they asked for, named


PITCHES = [
    "Hi Camille, we help consultants like you land more B2B clients with done-for-you LinkedIn outreach. Worth a quick chat?",
    "Hola Camille, ayudamos a agencias como la tuya a escalar su producción de contenidos SEO con redactores freelance. ¿Hablamos?",
    "Hallo Camille, wir unterstützen Beraterinnen wie Sie mit einer SEO-Software, die Audits automatisiert. Hätten Sie Interesse?",
    "Bonjour Camille, nous aidons les consultants comme vous à automatiser leurs rapports SEO. Je peux vous présenter notre outil ?",
]


@pytest.mark.parametrize("note", PITCHES)
def test_a_seller_offering_their_services_to_her_kind_stays_a_pitch(note: str) -> None:
    text = sample_draft(note)
    assert any(d.lower() in text.lower() for d in _DECLINE[:10]), text  # the polite pitch decline
    assert "20" not in text, text  # never a discovery call as if they were a client


@pytest.mark.parametrize("folded,sought", [
    ("nous avons besoin d'un coup de main pour notre strategie de contenu.", True),
    ("vorremmo avvalerci della sua consulenza per la seo del nostro e-commerce.", True),
    ("we'd like you to look at our website seo before the relaunch.", True),
    ("ajudamos agencias como a sua a crescer com seo white-label.", False),
    ("busco ayuda para encontrar trabajo en marketing digital.", False),  # no field of hers to work on for them... a job search
])
def test_help_sought_for_their_own_business(folded: str, sought: bool) -> None:
    assert client_sought(folded) is sought or (not sought and extract(folded, "es").client is False)


def test_a_job_seeker_asking_for_help_is_no_client() -> None:
    f = extract("Hola Camille, soy estudiante de marketing y busco ayuda para encontrar prácticas en SEO en Lyon.", "es")
    assert not f.client
