"""Wave 136, our mends after merging: a career changer asking which certification IN SEO to start with gets the SEO
courses, never the career-change answer with its Google Ads and Meta Blueprint certificates."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,said", [
    # 149 fr_en note-5: "quelle certification … en SEO pour commencer ?" answered with Google Ads and Meta Blueprint
    ("bonjour, je suis en reconversion pro vers le marketing digital (formation OpenClassrooms), quelle certification me "
     "conseilleriez vous en SEO pour commencer ? merci", "guide de démarrage SEO de Google"),
    ("Hi, I'm switching careers into digital marketing. Which certification in SEO would you recommend to start with?",
     "SEO Starter Guide"),
    ("Hola, estoy cambiando de carrera hacia el marketing digital, ¿qué certificación en SEO me recomiendas para empezar?",
     "guía de introducción al SEO de Google"),
    ("Ciao, sto facendo una riconversione verso il marketing digitale: quale certificazione SEO mi consigli per iniziare?",
     "guida introduttiva alla SEO di Google"),
])
def test_a_career_changer_asking_an_seo_certification_to_start_gets_the_seo_courses(note: str, said: str) -> None:
    text = sample_draft(note, name="Marc Petit")
    assert said in text
    assert "Meta Blueprint" not in text


def test_a_career_changer_asking_any_certification_keeps_the_career_answer() -> None:
    # must not change: no field named, so the general answer (which certificate depends on the role aimed at) stays
    text = sample_draft("Bonjour, je suis en reconversion vers le marketing digital. Quelle certification me conseilleriez-vous "
                        "pour commencer ?", name="Marc Petit")
    assert "selon le poste visé" in text and "Meta Blueprint" in text


@pytest.mark.parametrize("note,headline", [
    # 149 de_nl note-13: "Darf ich dich vernetzen?" taken for a question, answered "tell me about your business and budget"
    ("Liebe Camille, danke für deinen Post über Content-Pillars, der hat mir echt die Augen geöffnet! Ich baue gerade eine "
     "Content-Strategie für unser Startup auf. Darf ich dich vernetzen? Herzliche Grüße Sophie", "Marketing Lead @ Greenbox"),
    ("Hi Camille, loved your post on content pillars, it really opened my eyes! I am building a content strategy for our "
     "startup. May I connect with you? Best, Sophie", "Marketing Lead @ Greenbox"),
])
def test_asking_leave_to_connect_is_no_question_about_her_business(note: str, headline: str) -> None:
    text = sample_draft(note, headline=headline, name="Sophie Braun")
    assert "Budget" not in text and "budget" not in text
    assert "Content-Pillars" in text or "content pillars" in text


@pytest.mark.parametrize("note,headline,said", [
    # 148 fr_en note-8: a field-sales post with a permanent contract offered her, declined as to a seller
    ("Bonjour, nous recherchons des commerciaux terrain en assurance pour notre agence de Villeurbanne, CDI + variable "
     "attractif. Intéressée ?", "Recruteur chez AssurPlus", "ce poste ne correspond pas à mon métier"),
    # 148 fr_en note-30: "we have openings for Java developers … let me know if you're interested": not "not hiring myself"
    ("Hello, we have openings for Java backend developers in our Paris office, competitive salary. Let me know if you're "
     "interested!", "IT Recruiter @ TechStaff Europe", "this role isn't a fit for me"),
    ("Hola, buscamos un comercial para nuestra agencia de seguros en Valencia, contrato indefinido y buen sueldo. ¿Te interesa?",
     "Reclutadora", "este puesto no encaja conmigo"),
    ("Hallo, wir suchen Vertriebsmitarbeiter im Außendienst, Festanstellung, attraktives Gehalt. Interesse?", "Recruiterin",
     "die Stelle passt daher nicht zu mir"),
])
def test_a_salaried_post_offered_is_declined_as_a_post(note: str, headline: str, said: str) -> None:
    text = sample_draft(note, headline=headline, name="Kevin Martin")
    assert said in text
    assert "pas un besoin" not in text and "not hiring myself" not in text


def test_a_seller_pitch_stays_a_pitch_declined() -> None:
    # must not change: a service sold (no contract, no salary) keeps the seller's polite no
    text = sample_draft("Bonjour, nous proposons des solutions de génération de leads B2B à prix attractif. Intéressée ?",
                        headline="Business Developer", name="Kevin Martin")
    assert "ce poste" not in text


def test_a_question_word_before_raadt_u_aan_is_no_referrer() -> None:
    # regression of wave 136 (present-tense referrals): "Welke certificaten raadt u aan?" thanked "Welke" for the introduction
    text = sample_draft("Dag mevrouw Laurent, ik volg een graduaat marketing in Leuven. Welke certificaten raadt u aan voor SEO? "
                        "Google of iets anders? Alvast bedankt! Amira El Amrani", name="Amira El Amrani")
    assert "Welke voor" not in text and "introductie" not in text
    # the present-tense referral itself is still thanked
    ref = sample_draft("Bonjour, Jean-Pierre Dubois vous recommande. Quels sont vos tarifs pour un audit ?", name="Olivier Faure")
    assert "Jean-Pierre Dubois" in ref


def test_clients_languages_in_a_collaboration_are_no_training_language_asked() -> None:
    # regression of wave 136 (training language answered plainly): "samenwerken bij Franstalige/Nederlandstalige klanten?"
    # after a masterclass got "Ik geef geen trainingen in het Nederlands"
    text = sample_draft("Hoi Camille, we zaten samen in de masterclass van Google in Dublin vorig jaar. Ik ben nu freelance content "
                        "strateeg in Gent. Misschien kunnen we eens samenwerken bij Franstalige/Nederlandstalige klanten? Groeten, Lien",
                        headline="Freelance Content Strateeg | Gent", name="Lien Peeters")
    assert "trainingen" not in text and "samen te werken" in text


@pytest.mark.parametrize("note,said", [
    # regression of wave 136 (a tip that helped is named): the Lei form's "i suoi consigli" is hers, "i miei consigli"
    ("Buongiorno Camille, seguo la sua newsletter da un anno e i suoi consigli sulla SEO mi hanno aiutato tantissimo col mio "
     "blog di cucina. Grazie! Francesca Bianchi", "i miei consigli sulla SEO"),
    ("Guten Tag Frau Laurent, ich lese Ihren Newsletter seit Monaten und Ihre Tipps zu Meta Ads haben mir sehr geholfen. "
     "Vielen Dank!", "meine Tipps zu Meta Ads"),
])
def test_her_tips_named_back_in_the_formal_register_are_hers(note: str, said: str) -> None:
    text = sample_draft(note, name="Francesca Bianchi")
    assert said in text and "i suoi consigli" not in text and "Ihre Tipps" not in text


def test_agencies_hiring_english_speakers_keep_her_france_tips() -> None:
    # regression of wave 136 (firms hiring asked): her own answer to the question (the France and English-speaker tips) stays
    text = sample_draft("Hi Camille, I'm looking for a new role as a digital marketing manager after my company downsized. "
                        "Do you know of any agencies in Lyon that are hiring English speakers?", name="Sam Carter")
    assert "Welcome to the Jungle" in text and "For English speakers" in text
