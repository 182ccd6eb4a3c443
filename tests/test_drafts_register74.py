"""Wave 74 group D: job seekers asking to talk, register and sign-offs, the FR/EN language caveat."""
from __future__ import annotations

import pytest
from drafting import sample_draft

import re
from invitriage.drafts.writer import _PRICE_WORD

#: A job seeker who asks for an exchange of ideas gets the call offered beside the CV request, in every language.
EXCHANGE_SEEKERS = [
    ("Guten Tag, ich habe gerade meinen Master abgeschlossen und suche eine Stelle in Lyon. Über einen Austausch würde ich mich sehr freuen. Julia Neumann",
     "Telefonat", "Lebenslauf"),
    ("Hallo Camille, ich habe mein Studium abgeschlossen und suche einen Job in Lyon. Ich würde mich gern mit dir austauschen. Julia",
     "Telefonat", "Lebenslauf"),
    ("Goedendag, ik ben net afgestudeerd en zoek werk in Lyon of omgeving. Ik zou graag eens van gedachten wisselen. Groet, Sara",
     "belletje", "cv"),
    ("Hello, I just finished my master in digital marketing and I am looking for a job in Lyon. I would love to exchange ideas. Julia",
     "call", "CV"),
    ("Hola, acabo de terminar mi máster en marketing digital y busco trabajo en Lyon. Me encantaría intercambiar ideas contigo. Julia",
     "teléfono", "CV"),
    ("Ciao, ho appena finito il master in marketing digitale e cerco lavoro a Lione. Mi piacerebbe scambiare qualche idea. Julia",
     "call", "CV"),
]


@pytest.mark.parametrize(("note", "call", "cv"), EXCHANGE_SEEKERS)
def test_job_seeker_asking_to_talk_gets_a_call_and_the_cv(note: str, call: str, cv: str) -> None:
    text = sample_draft(note, name="Julia Neumann")
    assert call in text and cv in text


#: A je-reply to a Dutch sender who closes warmly is signed "Hartelijke groet", never the u-letter's "Met vriendelijke groet";
#: a freelancer proposing to split work for her own clients hears Camille's working languages before the call.
NL_PARTNERS = [
    "Hallo Camille, ik ben freelance webdesigner in Den Haag en mijn klanten vragen vaak naar SEO. Zou een samenwerking iets zijn? "
    "Ik bouw de sites, jij doet de SEO. Bel je een keer? Hartelijke groet, Iris Dekker",
    "Dag Camille, ik ben freelance developer in Gent en mijn klanten vragen geregeld naar SEO. Zin om samen te werken? Ik bouw, "
    "jij optimaliseert. Even bellen? Hartelijke groeten, Bram",
    "Hallo Camille, als freelance webdesigner in Utrecht krijg ik van mijn klanten vaak SEO-vragen. Zullen we samenwerken? Ik de "
    "websites, jij de SEO. Met vriendelijke groet, Iris",
]


@pytest.mark.parametrize("note", NL_PARTNERS)
def test_nl_je_partner_gets_warm_close_and_language_caveat(note: str) -> None:
    text = sample_draft(note, name="Iris Dekker")
    assert "Hartelijke groet," in text and "Met vriendelijke groet" not in text
    assert "Frans of het Engels" in text


def test_it_freelancer_splitting_work_for_her_clients_hears_the_languages() -> None:
    text = sample_draft("Ciao Camille, sono web designer freelance a Bologna e i miei clienti chiedono spesso la SEO. Una collaborazione "
                        "ti interesserebbe? Io faccio i siti, tu la SEO. Ci sentiamo?", name="Iris Dekker")
    assert "francese o in inglese" in text


def test_nl_formal_close_kept_for_u_reply() -> None:
    text = sample_draft("Geachte mevrouw Laurent, als directeur van een webbureau in Utrecht wil ik u graag een samenwerking voorstellen. "
                        "Onze klanten vragen vaak om SEO. Heeft u tijd voor een gesprek? Met vriendelijke groet, Henk Bos", name="Henk Bos")
    assert "Hartelijke groet" not in text


#: A lead asking the price hears the price, then the call, then her languages and "if so, which dates?": the caveat is never
#: wedged between the price and the call offer.
PRICE_LEADS = [
    ("Hallo Frau Laurent, Ihr Kollege Pierre Martin hat mir Ihren Namen gegeben. Ich leite eine Sprachschule in Zürich und brauche Hilfe "
     "bei der Content-Strategie für unseren Blog. Können Sie mir sagen, was so ein Projekt ungefähr kostet? Gruß, Andreas Keller",
     "Allerdings arbeite ich nur"),
    ("Hola Camille, me pasó tu contacto Lucía Gómez. Quiero mentoría individual en social ads. ¿También haces mentorías? ¿Cuánto cuesta?",
     "solo trabajo en francés"),
    ("Ciao Camille, me ne ha parlato Marco Rossi. Fai anche mentoring individuale sulla SEO? Quanto costa? Grazie!",
     "lavoro solo in francese"),
]


@pytest.mark.parametrize(("note", "limit"), PRICE_LEADS)
def test_language_limit_never_between_price_and_call(note: str, limit: str) -> None:
    text = sample_draft(note, name="Andreas Keller")
    assert limit in text
    price = re.search(_PRICE_WORD, text)
    call = re.search(r"\b20\b", text)
    assert price and call and price.start() < call.start() < text.index(limit), text  # price, call, then her languages
