"""Fix wave 102, group X: clients, sellers, recruiters."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,headline,name", [
    ("Olá! Trabalho com uma ferramenta de automação de e-mail marketing e acho que pode ajudar seus clientes. Posso te mostrar uma demo rápida?",
     "SDR na MailPro", "Lucas Ferreira"),
    ("Hi Camille, I work with an e-mail automation tool that could help your clients. Can I give you a quick demo?", "SDR at MailPro", "Luke Fisher"),
    ("Hola Camille, trabajo con una herramienta de automatización de e-mail que puede ayudar a tus clientes. ¿Te enseño una demo rápida?",
     "SDR en MailPro", "Lucas Fernández"),
])
def test_a_demo_of_the_senders_tool_is_a_pitch_never_a_client_call(note: str, headline: str, name: str) -> None:
    # the vendor shows his tool: declined politely, never "a first call about your objectives and budget"
    text = sample_draft(note, headline=headline, name=name)
    for word in ("orçamento", "budget", "presupuesto", "20 minutos", "20 minutes"):
        assert word not in text, text


def test_a_demo_asked_of_her_course_stays_a_question() -> None:
    # her own course's demo asked for: no tool of the sender, never a pitch declined
    text = sample_draft("Bonjour Camille, je dirige une petite agence. Pourriez-vous nous aider avec notre SEO ? Peut-on voir une démo de votre méthode ?",
                        name="Paul Girard")
    assert "pas besoin" not in text and "n'ai pas besoin" not in text, text


@pytest.mark.parametrize("note,name,must", [
    ("Geachte mevrouw Laurent, via Annemiek Jansen van Bureau Zout kreeg ik uw naam. Wij zijn een Belgische webshop in tuinmeubelen en "
     "willen uitbreiden naar Frankrijk. Zou u openstaan voor een kennismakingsgesprek? Met vriendelijke groet, Pieter Claes", "Pieter Claes", "Frankrijk"),
    ("Beste Camille, wij zijn een Nederlandse webshop in fietsaccessoires en willen uitbreiden naar Frankrijk. "
     "Heb je zin in een kennismakingsgesprek? Groet, Sanne de Vries", "Sanne de Vries", "Frankrijk"),
])
def test_a_webshop_expanding_to_france_asking_an_intro_call_is_a_prospect(note: str, name: str, must: str) -> None:
    # "wij zijn een … webshop": the sender's own business with a plan, never a sales pitch turned down
    text = sample_draft(note, name=name)
    assert "geen behoefte" not in text and "aanbod" not in text, text
    assert must in text and "20 minuten" in text, text


def test_kan_je_ons_helpen_is_a_client_ask() -> None:
    from invitriage.drafts.notefacts import extract
    note = ("Dag Camille, ik ben zaakvoerder van een kleine bakkerij in Leuven met een webwinkel. Een vriendin raadde je aan. "
            "Kan je ons helpen met lokale SEO? Wat zou je eerst aanpakken? Vriendelijke groeten, Jef Wouters")
    assert extract(note, "nl", "ask_for_help").client
    assert extract("Hallo Camille, wij hebben een fietsenwinkel in Gent. Wil je ons helpen met onze Google Ads?", "nl", "ask_for_help").client


@pytest.mark.parametrize("note,headline,name,bad", [
    ("Bonjour Camille, je suis recruteuse chez Hays et je recherche des comptables confirmés pour nos clients dans la région. Connectons-nous !",
     "Consultante recrutement Finance – Hays", "Nadia Benali", ("pensé à moi", "ce poste", "donnerai")),
    ("Hola Camille, soy reclutadora en Adecco y busco varios contables con experiencia para nuestros clientes. ¡Conectemos!",
     "Consultora de selección – Adecco", "Lucía Gómez", ("pensado en mí", "este puesto", "no encaja")),
])
def test_a_recruiter_hunting_outside_profiles_is_no_post_offered_her(note: str, headline: str, name: str, bad: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline, name=name)
    for phrase in bad:
        assert phrase not in text, text


@pytest.mark.parametrize("note,headline", [
    ("Hi Camille, I recruit software engineers (Java, Kotlin) for fintech clients across Europe. Let's connect!", "Tech Recruiter | Fintech"),
    ("Hi, I'm an IT recruiter expanding my network in Europe.", "IT Recruiter - TechTalent Partners"),
])
def test_a_recruiters_hello_gets_no_hiring_needs(note: str, headline: str) -> None:
    text = sample_draft(note, headline=headline, name="Daniel Kim")
    assert "hiring needs" not in text and "work on my own" not in text, text
    assert "independent consultant" in text and "good to be connected" in text, text


@pytest.mark.parametrize("note,name,must", [
    ("Hola Camille, soy directora de marketing en una cadena de hoteles y estamos buscando apoyo externo para SEO internacional (FR/ES). "
     "Me gustaría hablar contigo sobre una posible colaboración.", "Beatriz Campos", "SEO internacional"),
    ("Hi Camille, I'm head of marketing at a hotel group and we're looking for outside support with international SEO (FR/UK). "
     "Could we talk about working together?", "Ben Carter", "international SEO"),
])
def test_international_seo_keeps_its_scope(note: str, name: str, must: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text


def test_a_post_offered_her_stays_declined_as_a_post() -> None:
    # "je recrute des commerciaux terrain … Poste en CDI … Intéressée ?": a post offered her, not a recruiter's hello
    note = ("Bonjour, je recrute des commerciaux terrain pour une société de panneaux solaires en Auvergne-Rhône-Alpes. "
            "Poste en CDI, fixe + variable attractif. Intéressée ?")
    text = sample_draft(note, headline="Chargé de recrutement chez SolarPro RH", name="Kevin Roux")
    assert "ce poste" in text, text


@pytest.mark.parametrize("note,lang", [
    ("Hallo Camille, via Mark Bakker (hij was deelnemer van je training in Lyon) kreeg ik je naam. Wij hebben een webshop en onze "
     "organische zichtbaarheid is slecht. Zou je open staan voor een kennismakingsgesprek?", "nl"),
    ("Hi Camille, Mark Baker (he was a participant in your training in Lyon) gave me your name. We run a webshop and our organic "
     "visibility is poor. Would you be open to an intro call?", "en"),
])
def test_the_referrers_training_is_no_service_asked(note: str, lang: str) -> None:
    from invitriage.drafts.notefacts import extract
    assert extract(note, lang, "ask_for_help").service != "training"
