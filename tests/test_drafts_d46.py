"""Wave 46, group D (answering what was asked): "available in April?" is answered for that month (the first call kept soon since wave 49);
a budget told with a concrete ads problem is offered a look together in a short call, never "tell me about your
business"; "is your course OK for beginners?" gets who her trainings are for; a first-name letter ("Prezada Camille",
"Estimada Camille") is answered by first name; a result with its figure ("bookings up 15%") is congratulated; a video
call asked for is a video call."""

from __future__ import annotations

import pytest

from drafting import sample_draft

MONTH = [  # (note, headline, name, the month as the draft says it, words that must be absent)
    ("Olá Camille, sou diretora de marketing de uma loja online em Curitiba e queremos crescer na França. Teria agenda em junho? Abraços, Juliana",
     "Diretora de Marketing na Lojinha", "Juliana Costa", "junho", ("em junho?",)),
    ("Buongiorno Camille, dirigo il marketing di un'azienda di cosmetici a Torino. Cerchiamo supporto per la SEO in Francia. Avrebbe disponibilità a settembre? Cordiali saluti, Paola",
     "Marketing Manager presso Bellezza Srl", "Paola Gatti", "settembre", ("a settembre?",)),
    ("Hola Camille, llevo el marketing de una cadena de gimnasios en Valencia y queremos abrir en Francia. ¿Tendría disponibilidad en octubre? Saludos, Rocío",
     "Marketing en FitVal", "Rocío Herrera", "octubre", ("en octubre?",)),
    ("Hi Camille, I lead growth at a travel startup in Berlin and we need help with paid social for France. Are you available in June? Best, Anna",
     "Head of Growth at Wanderly", "Anna Schulz", "June", ("in June?",)),
]


@pytest.mark.parametrize("note,headline,name,month,absent", MONTH)
def test_availability_in_a_month_is_answered_for_that_month(note: str, headline: str, name: str, month: str, absent: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline, name=name)
    # yes in principle for the month; the work starts then, the first call stays soon (wave 49: round 46 es note-20,
    # "¿Qué horarios te vienen bien en enero?" asked a January client for a call in January)
    assert month in text, text
    assert not any(w in text for w in absent), text


BUDGET = [  # (note, headline, name, re-asks that must be absent)
    ("Ciao Camille, me l'ha consigliata Marta Riva: dice che sei brava con Google Ads. Ho una pasticceria a Bologna e spendo 800€ al mese, ma non so se rende. Mi aiuti?",
     "Titolare Pasticceria Dolce", "Luca Moretti", ("Raccontami", "della tua attività")),
    ("Oi Camille, o Bruno Lima me passou seu contato, disse que você manja de Google Ads. Tenho uma hamburgueria em Recife e gasto R$ 3 mil por mês sem saber se volta. Pode me ajudar?",
     "Dono da Burger da Praça", "Diego Souza", ("Me conta um pouco do seu negócio",)),
    ("Hi Camille, Emma Green said you're the one to ask about Google Ads. I own a florist in Bristol and spend about £600 a month without knowing if it works. Could you help?",
     "Owner, Petal & Stem", "Olivia Hart", ("Tell me a little about your business",)),
]


@pytest.mark.parametrize("note,headline,name,absent", BUDGET)
def test_budget_and_business_told_is_offered_a_look_in_a_call(note: str, headline: str, name: str, absent: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert not any(w in text for w in absent), text
    assert "20" in text, text


BEGINNERS = [  # (note, headline, name, who her trainings are for)
    ("Ciao Camille, lavoro in un negozio e vorrei passare al marketing digitale. Il tuo corso è adatto ai principianti? Grazie, Marco",
     "In cerca di un nuovo percorso", "Marco Bassi", "privati"),
    ("Hola Camille, vengo del mundo de la enfermería y quiero pasarme al marketing. ¿Tu curso vale para principiantes? Gracias, Lucía",
     "Buscando nuevo rumbo profesional", "Lucía Ortega", "particulares"),
    ("Oi Camille, sou vendedora e quero trabalhar com marketing digital. Seu curso serve pra quem começa do zero? Bjs, Larissa",
     "Vendedora", "Larissa Prado", "pessoas físicas"),
]


@pytest.mark.parametrize("note,headline,name,whom", BEGINNERS)
def test_course_for_beginners_asked_gets_who_her_trainings_are_for(note: str, headline: str, name: str, whom: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert whom in text, text


@pytest.mark.parametrize("note,name,greeting,absent", [
    ("Prezada Camille, sou gerente de marketing de uma rede de clínicas em Belo Horizonte e buscamos apoio em SEO. Podemos conversar? Att, Fernanda",
     "Fernanda Rocha", "Prezada Fernanda,", ("Sra. Rocha", "a senhora")),
    ("Estimada Camille, dirijo el marketing de una bodega en La Rioja y buscamos ayuda con SEO en Francia. ¿Podríamos hablar? Saludos, Nerea",
     "Nerea Ibarra", "Estimada Nerea:", ("Buenos días",)),
])
def test_first_name_letter_is_answered_by_first_name(note: str, name: str, greeting: str, absent: tuple[str, ...]) -> None:
    text = sample_draft(note, name=name)
    assert text.startswith(greeting), text
    assert not any(w in text for w in absent), text


def test_result_with_its_figure_is_congratulated() -> None:
    text = sample_draft("Hi Camille, I tried your tips on Google reviews for my dental practice in York, bookings up 20% this month! Thanks a lot, Sam",
                        headline="Owner, York Smiles", name="Sam Price")
    assert "congratulations" in text.casefold(), text
    assert "the tip is" not in text, text


@pytest.mark.parametrize("note,video,phone", [
    ("Hallo Camille, ich führe eine kleine Agentur in Bremen und suche Unterstützung bei SEO für französische Kunden. Wäre eine Zusammenarbeit möglich? Wollen wir uns per Video austauschen? Gruß Jan",
     "Video", "Telefonat."),
])
def test_video_call_asked_is_a_video_call(note: str, video: str, phone: str) -> None:
    text = sample_draft(note, name="Jan Köhler")
    assert video in text and f" {phone}" not in text, text
