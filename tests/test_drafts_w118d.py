"""Wave 118 D: job seekers and career questions (openings asked, a fresh graduate, an internship abroad, SEO or
performance marketing) and a topic quoted without the sender's verdict or spacing."""

from __future__ import annotations

import pytest
from drafting import SAMPLE, sample_draft

from invitriage.drafts import career, faq
from invitriage.drafts.notefacts import _clean_topic, restyled
from invitriage.drafts.writer import nl_register

# -- 117 fr_en note-16: a job seeker asking for openings around Lyon gets an answer, never "send me the details" -------


def test_openings_asked_get_the_job_seekers_answer() -> None:
    text = sample_draft("Madame, \nEn recherche active d'un poste de chargé de référencement, je me permets de vous adresser une "
                        "demande de mise en relation. Auriez-vous connaissance d'opportunités dans la région lyonnaise ?\n"
                        "Respectueusement,\nPierre Gauthier", "Consultant SEO junior - en recherche d'emploi", "Pierre Gauthier")
    assert "envoyez-moi les détails" not in text.lower()
    assert "Si j'entends parler" in text
    assert "Welcome to the Jungle" in text


def test_openings_asked_in_spanish_are_a_job_search() -> None:
    # "¿Conoces oportunidades en la zona de Lyon?" from a job seeker: her tip for a job there
    assert "Welcome to the Jungle" in faq.match("Estoy buscando trabajo de SEO. ¿Conoces oportunidades en la zona de Lyon?",
                                                SAMPLE.answers, "es", stage="junior")


# -- 118 es_pt_it note-13: a job sought after a master's is a first one, never an experienced candidate's ---------------


@pytest.mark.parametrize("note, headline", [
    ("Hola Camille, estoy buscando trabajo como community manager después de un máster. ¿Tienes algún consejo para destacar "
     "en mi candidatura? Mil gracias", "Community manager | Buscando nuevas oportunidades"),
    ("Hi Camille, I'm looking for a job as a social media manager after my master's. Any tips?", "Social media manager"),
])
def test_after_a_degree_is_junior(note: str, headline: str) -> None:
    assert career.stage(note, headline) == "junior"


def test_fresh_graduate_gets_no_advice_for_experienced_candidates() -> None:
    text = sample_draft("Hola Camille, estoy buscando trabajo como community manager después de un máster. ¿Tienes algún consejo "
                        "para destacar en mi candidatura? Mil gracias", "Community manager | Buscando nuevas oportunidades", "Raquel Soto")
    assert "puestos anteriores" not in text
    assert "Con experiencia" not in text


# -- 118 de_nl note-3: "nimmst du selbst Praktikanten?" asks whether she hires, never how she got into SEO ----------------


def test_interns_yourself_is_not_her_story() -> None:
    text = sample_draft("Hi Camille! Ich studiere Kommunikationswissenschaft in Köln (5. Semester) und suche ab März ein Praktikum im "
                        "Bereich Content Marketing – am liebsten in Frankreich. Hättest du vielleicht Tipps oder nimmst du selbst "
                        "Praktikanten? LG Lea", "Studentin Kommunikationswissenschaft | Uni Köln", "Lea Schmitt")
    assert "Eher zufällig" not in text
    assert "Welcome to the Jungle" in text


@pytest.mark.parametrize("question, self_asked", [
    ("aurais-tu des conseils, ou prends-tu toi-meme des stagiaires ?", False),
    ("do you take interns yourself?", False),
    ("how did you get into seo yourself?", True),
])
def test_self_bound_to_interns(question: str, self_asked: bool) -> None:
    assert faq.is_self(question) is self_asked


# -- 118 de_nl note-40 / note-18: SEO or performance marketing weighed, in the u-form -------------------------------------


def test_seo_or_performance_marketing_weighed_nl() -> None:
    text = sample_draft("Beste mevrouw Laurent, ik ben net afgestudeerd (bachelor Marketing) en twijfel tussen specialiseren in SEO of "
                        "performance marketing. Wat zou u een starter aanraden? Hartelijke groet, Thijs de Graaf",
                        "Afgestudeerd Marketing | op zoek naar eerste baan", "Thijs de Graaf")
    assert "allebei goede richtingen" in text
    assert "Screaming Frog" not in text
    assert "wat u dagelijks" in text and "wat je dagelijks" not in text


@pytest.mark.parametrize("note, expected", [
    ("Hallo Frau Laurent, ich habe gerade meinen Bachelor in BWL mit Schwerpunkt Marketing abgeschlossen und frage mich, ob ich "
     "mich eher auf SEO oder Performance Marketing spezialisieren soll. Was würden Sie einem Berufseinsteiger raten? Herzliche "
     "Grüße, Paul Fischer", "Beides sind gute Wege"),
    ("Bonjour Madame Laurent, je viens d'obtenir mon bachelor et j'hésite entre me spécialiser en SEO ou en marketing de "
     "performance. Que me conseilleriez-vous ?", "Les deux voies sont bonnes"),
])
def test_seo_or_performance_marketing_weighed(note: str, expected: str) -> None:
    assert expected in sample_draft(note, "Absolvent | Marketing", "Paul Fischer")


def test_nl_generic_je_in_a_clause_is_u() -> None:
    assert nl_register("Kies wat je leuk vindt, als je al een site hebt.", informal=False) == "Kies wat u leuk vindt, als u al een site hebt."
    assert nl_register("als je site traag is", informal=False) == "als je site traag is"  # the possessive, left alone


# -- 118 de_nl note-41 / note-30: the topic without the sender's verdict, typo or spacing ---------------------------------


def test_verdict_is_no_part_of_the_topic_nl() -> None:
    text = sample_draft("hi camille, volg je al een tijdje en vond je nieuwsbrief over chatgpt in contentmarketing echt interesant. "
                        "leuk om te connecten! groetjes Ilse", "Content Marketeer bij Uitgeverij Kok", "Ilse Kok")
    assert "interesant" not in text
    assert "over ChatGPT in contentmarketing" in text


@pytest.mark.parametrize("topic, expected", [
    ("über SEO für kleine Shops wirklich spannend", "über SEO für kleine Shops"),
    ("on AI in content marketing really intresting", "on AI in content marketing"),
    ("zu TikTok Ads mega hilfreich", "zu TikTok Ads"),  # the intensifier goes with its verdict
    ("over interessante tools voor SEO", "over interessante tools voor SEO"),  # an adjective before its noun stays
])
def test_verdict_cut_from_the_topic(topic: str, expected: str) -> None:
    assert _clean_topic(topic) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("over linkedin carrousels", "nl", "over LinkedIn-carrousels"),
    ("über linkedin karussells", "de", "über LinkedIn-Karussells"),
    ("over LinkedIn Ads", "nl", "over LinkedIn Ads"),
    ("sobre linkedin carrousels", "es", "sobre LinkedIn carrousels"),
])
def test_brand_compound(text: str, lang: str, expected: str) -> None:
    assert restyled(text, lang) == expected


def test_brand_compound_in_a_draft() -> None:
    text = sample_draft("hoi camille, je post over linkedin carrousels was echt top!! wil graag connecten 😄", "Social media freelancer",
                        "Emma Bos")
    assert "LinkedIn-carrousels" in text
