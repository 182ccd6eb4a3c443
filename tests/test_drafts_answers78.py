"""Wave 78, group A: a page per location or per area served (local SEO) is answered on what it asks, never "Sobre Google,
tell me your budget"; the agency-or-in-house answer reads as full sentences; the employed learner's course and
certification answers are one entry."""

import pytest
from drafting import sample_draft

from invitriage.drafts import quickq

LOCAL_PAGES = [
    ("Camille, vi seu post sobre SEO local. Uma dúvida rápida: vale a pena criar uma página pra cada bairro que atendo ou "
     "o Google considera conteúdo duplicado? Obrigadão! Thiago", "Thiago Barbosa", "uma página por região só vale"),
    ("Olá Camille, tenho um restaurante com 2 moradas em Lisboa. Para o SEO, faço uma página por morada ou uma só?",
     "Rui Costa", "Uma página por cada morada real"),
    ("Hi Camille, I run a plumbing business covering 12 towns around Leeds. Should I create a page for each town, or will "
     "Google see it as duplicate content?", "Tom Hart", "one strong service page naming the areas"),
    ("Bonjour Camille, je suis électricien et j'interviens dans 8 communes autour de Lyon. Est-ce utile de faire une page "
     "par ville ?", "Marc Petit", "quasi-doublons"),
    ("Hola Camille, tengo dos clínicas en Madrid. ¿Conviene hacer una página para cada dirección o una sola para las dos?",
     "Ana Ruiz", "Una página por cada dirección real"),
    ("Ciao Camille, ho un'impresa di pulizie e lavoriamo in 6 quartieri di Milano: ha senso creare una pagina per ogni "
     "quartiere?", "Luca Neri", "quasi duplicati"),
    ("Hallo Camille, wir haben drei Standorte in München. Lohnt sich für jeden Standort eine eigene Seite?", "Uwe Berger",
     "Eine Seite pro echtem Standort"),
    ("Hoi Camille, ik ben schilder en werk in 10 plaatsen rond Utrecht. Moet ik per plaats een aparte pagina maken voor "
     "SEO?", "Femke de Vries", "bijna-duplicaten"),
]


@pytest.mark.parametrize(("note", "name", "answer"), LOCAL_PAGES)
def test_a_page_per_location_or_area_is_answered(note: str, name: str, answer: str) -> None:
    text = sample_draft(note, headline="", name=name)
    assert answer in text, text
    for wrong in ("Sobre Google", "About Google", "orçamento", "budget", "presupuesto", "Budget"):
        assert wrong not in text, text
    assert len(text) <= 600


@pytest.mark.parametrize("question", [
    "vale a pena criar uma página pra cada bairro que atendo ou o Google considera conteúdo duplicado?",
    "Is it worth creating a page per town, or will Google see it as duplicate content?",
    "Lohnt es sich, oder straft Google das ab?",
    "Vale la pena o Google lo penalizza?",
])
def test_google_judging_a_page_is_no_platform_to_invest_in(question: str) -> None:
    assert quickq.subject(question) != ("worth", ["Google"])


def test_google_as_an_ad_platform_is_still_weighed() -> None:
    assert quickq.subject("Vale a pena anunciar no Google?") == ("worth", ["Google"])


AGENCY_OR_IN_HOUSE = [
    ("Ciao, mi sono appena laureato in marketing e vorrei lavorare nel digitale. Secondo te è meglio iniziare in agenzia o "
     "in azienda? grazie in anticipo, Luca", "che un senior riveda il lavoro dei junior",
     ("dove sono dopo un anno", "Per distinguersi: progetti con numeri")),
    ("Hi Camille, I just graduated in marketing and I'm hesitating: should I start in an agency or in-house at a brand?",
     "a senior reviews the juniors' work", ("where juniors are after a year", "To stand out: study")),
    ("Bonjour Camille, jeune diplômée en marketing, vaut-il mieux commencer en agence ou chez l'annonceur selon vous ?",
     "qu'un senior relise le travail des juniors", ("leur parcours après un an", "Pour se démarquer : des projets")),
    ("Olá Camille, acabei de me formar em marketing. É melhor começar numa agência ou numa empresa? Obrigado",
     "que um sénior reveja o trabalho dos juniores", ("onde estão ao fim de um ano",)),
    ("Hoi Camille, ik ben net afgestudeerd in marketing. Kan ik beter bij een bureau of bij een bedrijf beginnen?",
     "of een senior je werk nakijkt", ("waar juniors na een jaar staan",)),
]


@pytest.mark.parametrize(("note", "answer", "telegraphic"), AGENCY_OR_IN_HOUSE)
def test_agency_or_in_house_reads_as_full_sentences(note: str, answer: str, telegraphic: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="", name="Luca Ferrara")
    assert answer in text, text
    for wrong in telegraphic:
        assert wrong not in text, text


@pytest.mark.parametrize(("note", "answer"), [
    ("Hi Camille, I'm a marketing assistant and now run our Meta and Google campaigns. Which certification should I do first?",
     "course or certification for the channel you run now"),
    ("Bonjour Camille, je suis chargée de marketing en poste et je gère nos campagnes. Quelle formation en performance me "
     "conseillez-vous ?", "la formation ou la certification du canal qu'on gère"),
])
def test_employed_course_or_certification_is_one_answer(note: str, answer: str) -> None:
    text = sample_draft(note, headline="Marketing Assistant at Hotel Lumière", name="Julie Martin")
    assert answer in text, text
