"""Wave 42, helper C: the owner's answers say what was asked (a training's length, CBO or ABO, Universal Analytics,
starting as a freelancer, whether SEO is worth learning, LinkedIn or Meta for B2B)."""
from drafting import draft, sample_draft

from invitriage.drafts import notefacts, priceq


def test_a_training_whose_length_is_given_never_depends_on_the_length():
    notes = [
        ("Bonjour Camille, nous aimerions une formation Google Ads de 3 jours pour 5 salariés. Quel serait le tarif ?", "fr",
         "de 3 jours", ["de la durée"]),
        ("Hi Camille, could you run a two-day SEO training for our marketing team of 6? What would that cost?", "en",
         "two-day", ["the length"]),
        ("Hola Camille, queremos una formación de Meta Ads de 2 días para 4 personas. ¿Qué precio tendría?", "es",
         "de 2 días", ["de la duración"]),
        ("Hallo Camille, wir suchen eine Schulung zu SEO, 2 Tage, für 3 Personen. Was kostet das?", "de",
         "zweitägige", ["Dauer"]),
        ("Hoi Camille, we willen een training Google Ads van 3 dagen voor 5 personen. Wat kost dat?", "nl",
         "van 3 dagen", ["de duur"]),
    ]
    for note, lang, wanted, banned in notes:
        text = draft(note, lang, "business_proposal")
        assert wanted in text, (note, text)
        for bad in banned:
            assert bad not in text, (note, bad, text)


def test_someday_is_no_length():
    assert priceq.duration("Un jour j'aimerais former mon équipe, quels tarifs ?") == (0, "")
    assert priceq.duration("Um dia queremos uma formação, quanto custa?") == (0, "")
    assert priceq.duration("a 1-day workshop") == (1, "d")


def test_an_elided_article_is_never_part_of_an_option():
    assert notefacts.choice_options("per il mio shop conviene di più il CBO o l'ABO?") == ["CBO", "ABO"]
    assert notefacts.choice_options("plutôt l'ABO ou le CBO ?") == ["ABO", "CBO"]


def test_cbo_or_abo_is_answered_not_deferred():
    notes = [
        "Ciao Camille, per le mie campagne Meta meglio il CBO o l'ABO con un budget basso?",
        "Hallo Camille, CBO oder ABO für meine ersten Meta-Kampagnen, was würdest du nehmen?",
        "Hola Camille, ¿con poco presupuesto usarías CBO o ABO en Meta?",
        "Bonjour Camille, pour démarrer sur Meta, CBO ou ABO ?",
    ]
    for note in notes:
        text = sample_draft(note)
        assert "ABO" in text and "CBO" in text, (note, text)
        assert "l'ABO e" not in text and "budget hai" not in text and "welches Budget" not in text, (note, text)


def test_keeping_universal_analytics_gets_a_clear_no():
    notes = [
        ("Hi Camille, is it worth keeping my old Universal Analytics data somewhere, or should I just move on?", "No, just move on"),
        ("Hallo Camille, lohnt es sich noch, die Universal Analytics Daten zu behalten?", "Nein, besser gleich auf GA4"),
        ("Bonjour Camille, ça vaut la peine de conserver les données Universal Analytics ?", "Non, autant passer à GA4"),
    ]
    for note, wanted in notes:
        text = sample_draft(note)
        assert wanted in text, (note, text)
        assert "my comparisons" not in text, (note, text)


def test_starting_as_a_freelancer_gets_freelance_advice_never_the_job_hunt():
    notes = [
        ("Olá Camille, terminei a faculdade e quero começar como freelancer em social media. Alguma dica?", "valor diário"),
        ("Hola Camille, quiero empezar como freelance en SEO después del máster, ¿algún consejo?", "tarifa diaria"),
        ("Hallo Camille, ich möchte mich nach dem Studium als Content-Freelancerin selbstständig machen. Wie würdest du anfangen?", "Tagessatz"),
        ("Bonjour Camille, je souhaite me lancer en freelance dans les social ads. Des conseils pour débuter ?", "taux journalier"),
    ]
    for note, wanted in notes:
        text = sample_draft(note)
        assert wanted in text, (note, text)
        for bad in ("recrutadores", "recruteurs", "recruiters", "candidaturas", "Lo que mejor funciona al empezar", "Personaler"):
            assert bad not in text, (note, bad, text)


def test_a_student_asking_whether_seo_is_worth_learning_gets_a_yes_first():
    notes = [
        ("Hi Camille, I'm a business student. Is it still worth learning SEO now that ChatGPT answers everything?", "Yes, I'd go for it"),
        ("Ciao Camille, sono studentessa di marketing: ha ancora senso imparare la SEO con l'IA?", "Sì, ne vale la pena"),
        ("Hallo Camille, ich bin Studentin. Lohnt es sich noch, SEO zu lernen, jetzt wo es ChatGPT gibt?", "Ja, das lohnt sich"),
    ]
    for note, wanted in notes:
        text = sample_draft(note, headline="Student")
        assert wanted in text, (note, text)
        assert "leads rather than rankings" not in text, (note, text)


def test_linkedin_or_meta_for_b2b_is_weighed_and_never_the_bosss_posts():
    notes = [
        ("hoi camille, mooie post over linkedin ads vs meta ads! hoe zie jij dat voor b2b met weinig budget?", "nl", "Meta is veel goedkoper"),
        ("hallo camille, hab deinen beitrag zu linkedin ads vs meta ads gelesen! wie siehst du das für b2b mit wenig budget?", "de", "Meta ist viel günstiger"),
    ]
    for note, _lang, wanted in notes:
        text = sample_draft(note, headline="Freelance")
        assert wanted in text, (note, text)
        assert "vom Chef" not in text and "van de oprichter" not in text, (note, text)
    text = sample_draft("Hallo Camille, lohnen sich LinkedIn Ads für mein kleines B2B-Beratungsbüro?")
    assert "vom Chef" not in text, text


def test_french_job_tips_read_naturally_in_german():
    text = sample_draft("Hallo Camille, ich suche seit einigen Monaten eine Stelle im Online Marketing und möchte nach Frankreich ziehen. Hast du Tipps für den französischen Markt?")
    assert "Meetups lohnen sich also früh" not in text and "Lebenslauf mit dem Französischniveau" not in text, text


def test_a_career_changer_into_community_management_gets_a_tip_not_a_promise():
    text = sample_draft("Bonjour Camille, ancienne infirmière, je me reconvertis et je vise un premier poste de community manager. "
                        "Des conseils pour y arriver sans expérience ?", headline="En reconversion")
    assert "projet" in text and "je vous dirai par quoi" not in text, text
    text = sample_draft("Hi Camille, ich bin Junior Social Media Managerin und habe gerade meinen ersten Job angefangen. "
                        "Welche Weiterbildung lohnt sich im Performance Marketing?", headline="Junior Social Media Managerin")
    assert "Vorstellungsgespräch" not in text, text
