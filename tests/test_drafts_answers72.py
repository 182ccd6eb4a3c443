"""Wave 72 group A: FAQ answers that were wrong or clumsy (round 66 reviewers)."""
import pytest
from drafting import sample_draft

BREAKING_IN = [
    ("En reconversion - marketing digital",
     "slt camille jsuis en reconversion ds le marketing digital, tu penses quil vaut mieux faire une formation certifiante ou apprendre sur le tas ?",
     "examen payant"),
    ("", "Hi Camille, I'm a recent graduate trying to break into digital marketing with no experience. Any advice?",
     "paid exam"),
    ("", "Hola Camille, busco mi primer trabajo en marketing digital, sin experiencia. ¿Algún consejo?", "examen de pago"),
    ("", "Hallo Camille, ich möchte als Quereinsteiger im Marketing Fuß fassen, ohne Erfahrung. Hast du Tipps?",
     "Prüfung kostenpflichtig"),
]


@pytest.mark.parametrize("headline,note,paid", BREAKING_IN)
def test_meta_blueprint_is_never_called_a_free_certification(headline, note, paid):
    text = sample_draft(note, headline=headline, name="Sam Roux")
    assert "Meta Blueprint" in text
    assert paid in text
    for free in ("certification gratuite", "free certification", "certificación gratuita", "Gratis-Zertifikat"):
        assert free not in text


def test_paid_seo_tool_waits_until_you_know_what_you_need_it_for():
    text = sample_draft("hi camille im a comms student, what tools would you recommend to learn SEO on my own? thx",
                        headline="Communications student", name="Jake Miller")
    assert "until you know what you need it for" in text
    assert "know what for." not in text


@pytest.mark.parametrize("note", [
    "Hola Camille! Me acabo de graduar y busco mi primer trabajo. ¿Qué me recomendarías aprender primero: SEO o Ads?",
    "Hola, soy estudiante de marketing. ¿Me especializo en SEO o en publicidad de pago?",
    "Buenos días. Soy recién graduada. ¿Qué me recomendaría usted aprender primero: SEO o publicidad de pago?",
])
def test_spanish_seo_or_ads_choice_is_not_stiffly_impersonal(note):
    text = sample_draft(note, name="Irene Morales")
    assert "la que más te guste" in text or "la que más le guste" in text  # 133e: spoken to the sender
    assert "se disfrute" not in text


@pytest.mark.parametrize("note", [
    "Ciao! Sono appena laureata e vorrei lavorare nel marketing digitale. Mi consigli di fare un master o iniziare subito a lavorare?",
    "Buongiorno, meglio un master o cercare subito lavoro nel digital marketing? Grazie",
    "Ciao Camille, sono neolaureato: master o lavoro? Cosa faresti tu?",
])
def test_italian_master_or_job_reads_smoothly(note):
    text = sample_draft(note, name="Sara Gallo")
    assert "esperienza pratica" in text
    assert "lavoro vero dentro" not in text and "Se il titolo conta" not in text


@pytest.mark.parametrize("headline,note,said", [
    ("Career changer | Aspiring digital marketer",
     "hey camille, switching careers into digital marketing - is a certification worth it or is it better to just learn by doing?",
     "practice first"),
    ("", "Hi Camille, is the Google Ads certification worth it for someone in marketing?", "impresses recruiters more than a badge"),
    ("", "Hola Camille, estoy cambiando de carrera al marketing digital. ¿Vale la pena una certificación o es mejor aprender haciendo?",
     "más a los reclutadores que una insignia"),
    ("Quereinsteigerin Marketing", "Hallo Camille, lohnt sich ein Zertifikat oder lieber learning by doing?", "zuerst die Praxis"),
])
def test_is_a_certification_worth_it_is_answered_not_asked_back(headline, note, said):
    text = sample_draft(note, headline=headline, name="Mark Evans")
    assert said in text
    for back in ("About certifications", "Sobre las certificaciones", "außerhalb meines Fachgebiets"):
        assert back not in text
