"""Round 23 (Q): direct questions answered on their own subject, not with stock text: B2B channels (TikTok, LinkedIn Ads),
which course to take, the funding scheme asked (OPCO vs CPF), clients' language, groupings of countries (Benelux, DACH)."""

from __future__ import annotations

from tests.drafting import sample_draft


def test_tiktok_for_b2b_gets_the_b2b_answer_not_the_small_shop_one() -> None:
    for note, lang_word in [
        ("Salut Camille, on est une boîte de logiciels B2B, TikTok ça vaut le coup pour nous ?", "B2B"),
        ("Hi Camille, we sell software to HR teams (B2B). Is TikTok worth it for us?", "B2B"),
        ("Hoi Camille, is TikTok zinvol voor een B2B bedrijf in de logistiek?", "B2B"),
    ]:
        text = sample_draft(note)
        assert lang_word in text and "LinkedIn" in text, text
        assert "adolescent" not in text and "teenager" not in text.lower() and "tieners" not in text, text


def test_small_shop_tiktok_question_keeps_the_small_shop_answer() -> None:
    text = sample_draft("Salut Camille ! J'ai une petite boutique de bougies, est-ce que TikTok vaut le coup pour moi ?")
    assert "petit commerce" in text and "B2B" not in text, text


def test_linkedin_ads_for_small_b2b_is_answered() -> None:
    for note, word in [
        ("Hola Camille, tenemos una consultora pequeña B2B. ¿Merece la pena invertir en anuncios en LinkedIn o es demasiado caro?", "clic"),
        ("Ciao Camille, piccola azienda B2B nel packaging: gli annunci su LinkedIn funzionano davvero o costano troppo?", "clic"),
        ("Hallo Camille, wir sind ein kleiner B2B-Dienstleister. Lohnt sich LinkedIn-Werbung für uns überhaupt?", "Klick"),
    ]:
        text = sample_draft(note)
        assert word in text and "B2B" in text, text


def test_which_course_is_answered_with_a_choice_of_courses() -> None:
    for note, word in [
        ("Hello Camille, I'm a junior marketing assistant. Which course would you recommend to get into performance marketing?", "Skillshop"),
        ("Hallo Camille, ich studiere Medienmanagement und schwanke zwischen einem Kurs für Google Ads und einer Weiterbildung in Content-Marketing. Was würdest du empfehlen?", "Skillshop"),
        ("Dag Camille, welke opleiding zou je aanraden voor iemand die net in online marketing begint?", "Skillshop"),
    ]:
        text = sample_draft(note)
        assert word in text and "Search Console" not in text, text


def test_course_or_self_learning_is_not_the_course_choice() -> None:
    text = sample_draft("Hi Camille, is it worth paying for a Google Ads course or should I just learn on my own with YouTube? I'm a student.")
    assert "closest to the job" not in text, text


def test_opco_funding_is_named_and_not_answered_as_cpf() -> None:
    text = sample_draft("Bonjour Camille, vos formations SEO sont-elles prises en charge par notre OPCO ? Nous sommes une PME de 12 salariés.")
    assert "OPCO" in text and "CPF" not in text, text
    assert "Search Console" not in text and "certification" not in text, text  # her training, never a learner's course list
    text = sample_draft("Bonjour Camille, votre formation réseaux sociaux est-elle éligible au CPF ? Je suis salariée.")
    assert "CPF" in text and "OPCO" not in text, text


def test_clients_language_asked_is_answered_from_her_working_languages() -> None:
    for note, word in [
        ("Bonjour Camille, nous sommes une PME suisse. Travaillez-vous avec des clients germanophones ?", "allemand"),
        ("Hi Camille, we're a webshop in Utrecht. Do you work with Dutch-speaking clients at all?", "Dutch"),
        ("Hola Camille, ¿trabajas con clientes hispanohablantes? Tenemos una tienda online en Valencia.", "español"),
    ]:
        text = sample_draft(note)
        assert word in text and "exactly what I do" not in text and "mon métier" not in text, text


def test_speaking_students_are_no_language_question() -> None:
    text = sample_draft("Hallo Camille, ich suche eine Werkstudentenstelle im SEO. Welche Agenturen in Frankreich suchen deutschsprachige Studis?")
    assert "Auf Deutsch arbeite ich nicht" not in text, text


def test_a_grouping_that_holds_one_of_her_regions_is_a_yes() -> None:
    for note, yes, place in [
        ("Beste mevrouw Laurent, werkt u ook met klanten in de Benelux? Wij zijn een webwinkel uit Gent.", "Ja", "België"),
        ("Hi Camille, do you take on clients in the Benelux? We run a small e-commerce brand.", "Yes", "Belgium"),
        ("Guten Tag Frau Laurent, betreuen Sie auch Kunden im DACH-Raum? Wir sind ein Onlinehändler.", "Ja", "Schweiz"),
    ]:
        text = sample_draft(note)
        assert yes in text and place in text and "Nog niet" not in text and "Not yet" not in text and "Bisher nicht" not in text, text
