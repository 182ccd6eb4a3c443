"""Wave 48 group B: recruiters, agencies and partners misread (round 45 pt note-29 / it note-50, nl note-39 / de note-17,
nl note-27, pt note-39, de note-5, pt note-24; round 44 en note-39)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

# A recruiter in another field asking whether she KNOWS candidates: no one in her network, never a job declined nor help asked
REFERRAL = [
    ("Boa tarde! Trabalho com recrutamento de técnicos de manutenção para a indústria. Caso conheça alguém disponível, agradecia a indicação.",
     "não tenho perfis desse tipo"),
    ("Buongiorno, mi occupo di selezione del personale per la grande distribuzione. Se conosce cassieri o scaffalisti disponibili, mi scriva pure.",
     "non ho profili di questo tipo"),
    ("Hola, me dedico a la selección de personal para hostelería. Si conoce camareros o cocineros disponibles, le agradecería que me los recomendara.",
     "no tengo perfiles de ese tipo"),
    ("Guten Tag, ich arbeite im Recruiting für die Pflegebranche. Falls Sie Pflegekräfte kennen, die verfügbar sind, freue ich mich über einen Hinweis.",
     "solche Profile nicht in meinem direkten Netzwerk"),
    ("Goedemiddag, ik werk in de werving van heftruckchauffeurs. Als u chauffeurs kent die beschikbaar zijn, hoor ik het graag.",
     "zulke profielen heb ik niet"),
    ("Olá Camille! Trabalho em recrutamento de técnicos de TI. Se você conhecer desenvolvedores disponíveis, me indica? Valeu",
     "não tenho perfis desse tipo"),
]


@pytest.mark.parametrize("note,said", REFERRAL)
def test_referral_request_outside_her_field(note: str, said: str) -> None:
    text = sample_draft(note, name="Rui Costa")
    assert said in text
    for wrong in ("dúvida concreta", "pregunta concreta", "non fa per me", "pensato a me", "Lebenslauf", "currículo", "CV", "concrete vraag",
                  "passt daher nicht"):
        assert wrong not in text


# An agency asking for her freelance capacity from a month: interest, the start taken up, the scope asked, never the start
CAPACITY = [
    ("Goedendag, wij zijn een contentbureau uit Utrecht en zoeken freelancers voor Franstalige klanten (SEO). Heeft u vanaf maart capaciteit?",
     "Marieke de Boer", "vanaf maart", ("startdatum", "uw budget")),
    ("Guten Tag, wir sind eine Agentur aus Hamburg und suchen Freelancer für Kunden in Frankreich (SEO + Content). Hätten Sie ab Februar Kapazitäten?",
     "Jonas Weber", "ab Februar", ("Start,", "Start)", "wann es losgehen")),
    ("Hi Camille, we're a content agency in Bristol looking for freelancers for our French clients (SEO and copy). Would you have capacity from April?",
     "Emma Hughes", "from April", ("start date", "when it would start")),
    ("Bonjour, nous sommes une agence web à Nantes et cherchons des freelances SEO pour nos clients. Auriez-vous de la disponibilité à partir de mai ?",
     "Paul Roux", "à partir de mai", ("démarrage)", "démarrage,", "quand elle démarrerait")),
]


@pytest.mark.parametrize("note,name,start,asked", CAPACITY)
def test_agency_capacity_start_is_taken_up(note: str, name: str, start: str, asked: tuple[str, ...]) -> None:
    text = sample_draft(note, name=name)
    assert start in text
    for wrong in asked:
        assert wrong not in text


@pytest.mark.parametrize("note", [
    "Hoi Camille, ik ben recruiter bij Randstad en zoek voor een klant een freelance SEO-specialist (36u, remote). Zou dat iets voor je zijn?",
    "Hallo Camille, ich bin Recruiterin bei Gulp und suche für einen Kunden eine freiberufliche Content-Strategin (32h, remote). Wäre das was für dich?",
])
def test_hours_per_week_count_as_the_load(note: str) -> None:
    text = sample_draft(note, name="Lotte Smit")
    assert "dagen per week" not in text and "Tage pro Woche" not in text


# An agency looking for partners abroad: how to work together, never a client's goals and budget
PARTNERS = [
    "Oi Camille, somos uma agência de mídia paga de Curitiba e estamos buscando parceiros na França para atender marcas brasileiras. Vamos conversar?",
    "Hola Camille, somos una agencia de performance en Sevilla y estamos buscando socios en Francia para clientes que quieren entrar allí. ¿Hablamos?",
    "Ciao Camille, siamo un'agenzia digitale di Bologna e stiamo cercando partner in Francia per clienti italiani che vogliono crescere lì. Ci sentiamo?",
]


@pytest.mark.parametrize("note", PARTNERS)
def test_partnership_call_is_about_working_together(note: str) -> None:
    text = sample_draft(note, name="Thiago Neves")
    for wrong in ("orçamento", "presupuesto", "budget", "objetivos", "obiettivi", "no lo necesito", "non ne ho bisogno"):
        assert wrong not in text


@pytest.mark.parametrize("note,title", [
    ("Guten Tag Frau Laurent, ich bin Recruiterin bei Michael Page und betreue eine Position als Head of Content (m/w/d) für einen Onlinehändler. "
     "Wäre das interessant für Sie oder kennen Sie jemanden?", "Head of Content"),
    ("Hi Camille, I'm a recruiter at Hays and I'm handling a position as Lead SEO Manager for a retail client. Would you be interested, or know someone?",
     "Lead SEO Manager"),
])
def test_role_word_not_doubled(note: str, title: str) -> None:
    text = sample_draft(note, name="Sabine Krause")
    for doubled in ("Position als", "position as", "als Position", "as position"):
        assert doubled + " " + title not in text and doubled + " Position" not in text
    assert "Stelle als Position" not in text and "role as position" not in text.lower()


@pytest.mark.parametrize("note", [
    "Hola Camille, soy estudiante de marketing y busco prácticas. ¿Aceptas becarios? ¿O me recomiendas alguna agencia que contrate?",
    "Hi Camille, marketing student here looking for an internship. Do you take interns? Or could you recommend agencies that hire students?",
    "Olá Camille, estou no último ano de Publicidade e procuro estágio. Você aceita estagiários? Ou tem dica de agências que estão contratando?",
    "Ciao Camille, studio marketing e cerco uno stage. Prendi stagisti? O hai qualche consiglio su agenzie che assumono?",
])
def test_agencies_asked_are_not_re_asked(note: str) -> None:
    text = sample_draft(note, name="Gabriel Souza")
    for reask in ("agência ou empresa", "agency or an in-house", "agencia o en una empresa", "agenzia o a un'azienda"):
        assert reask not in text


@pytest.mark.parametrize("note,named", [
    ("Hi Camille, I run L&D at a business school in Leeds and we're looking for a trainer for a 3-day social media bootcamp in May. What are your rates?",
     "bootcamp"),
    ("Hola Camille, dirijo la formación en una escuela de negocios de Bilbao y buscamos formadora para un bootcamp de 2 días en junio. ¿Qué tarifas maneja?",
     "bootcamp de 2 días"),
])
def test_trainer_sought_for_bootcamp_is_named(note: str, named: str) -> None:
    text = sample_draft(note, name="Claire Evans")
    assert named in text
    assert "what you'd like to learn" not in text and "qué te gustaría aprender" not in text
