"""Wave 42, helper D: written interviews by e-mail (the address in her profile, the article's subject, "Stuurt u"), a
prospect's stated need in the call offer (the French market, Instagram ads before a launch, a paid-ads consultancy), a
quarter asked about by an agency, a formal "Sollen wir", and a student asking for a short exchange."""
from drafting import sample_draft


def test_questions_by_email_go_to_the_address_in_her_profile_never_linkedin_messages():
    notes = [
        ("Guten Tag Frau Laurent, als Redakteurin schreibe ich für das Magazin „Shop Praxis“ einen Artikel über SEO für kleine Onlineshops. "
         "Könnten Sie mir ein paar Fragen per E-Mail beantworten?", "in meinem Profil unter Kontaktinfo", ("hier per Nachricht",)),
        ("Geachte mevrouw Laurent, als journalist schrijf ik voor Twinkle een artikel over social ads voor modemerken. Zou u enkele vragen "
         "per mail willen beantwoorden?", "profiel onder Contactgegevens", ("hier in een bericht", "Stuur ze")),
        ("Boa tarde, sou jornalista do Público e preparo um artigo sobre lojas online de bairro. Aceitaria responder a umas "
         "perguntas por email?", "Informações de contacto", ("por aqui",)),
        ("Hi Camille, I'm a journalist at Retail Week writing an article about SEO for independent shops. Would you answer a "
         "few questions by email?", "Contact info", ("Send them here",)),
    ]
    for note, wanted, bad in notes:
        text = sample_draft(note)
        assert wanted in text, (note, text)
        assert "@" not in text, text
        for b in bad:
            assert b not in text, (note, b, text)


def test_the_articles_subject_is_named_in_the_yes():
    notes = [
        ("Guten Tag Frau Laurent, als Redakteurin schreibe ich für das Magazin „Shop Praxis“ einen Artikel über SEO für kleine Onlineshops. "
         "Könnten Sie mir ein paar Fragen per E-Mail beantworten?", "Artikel über SEO für kleine Onlineshops"),
        ("Geachte mevrouw Laurent, als journalist schrijf ik voor Twinkle een artikel over social ads voor modemerken. Zou u enkele vragen "
         "per mail willen beantwoorden?", "artikel over social ads voor modemerken"),
        ("Boa tarde, sou jornalista do Público e preparo um artigo sobre lojas online de bairro. Aceitaria responder a umas "
         "perguntas por email?", "artigo sobre lojas online de bairro"),
    ]
    for note, wanted in notes:
        text = sample_draft(note)
        assert wanted in text, (note, text)


def test_a_market_to_enter_is_named_in_the_call_offer():
    notes = [
        ("Hoi Camille, ik leid de marketing van een Vlaams koekjesmerk en we willen de Franse markt op. Zin om eens bij te praten?",
         "Frankrijk"),
        ("Hi Camille, I run marketing for a Scottish gin brand and we're about to enter the French market. Fancy a chat?", "France"),
        ("Hallo Camille, wir sind ein kleiner Kaffeeröster aus Köln und wollen den französischen Markt erobern. Lust auf einen Austausch?",
         "Frankreich"),
        ("Ciao Camille, siamo un marchio di pasta artigianale e vogliamo sbarcare sul mercato francese. Ci sentiamo?", "Francia"),
    ]
    for note, wanted in notes:
        text = sample_draft(note)
        assert wanted in text, (note, text)
    # a job seeker's tips for the French market are no expansion
    text = sample_draft("Hallo Camille, ich suche seit Monaten eine Stelle im Online Marketing. Hast du Tipps für den französischen Markt?")
    assert "Pläne für Frankreich" not in text, text


def test_a_referred_launch_gets_the_praised_field_named():
    notes = [
        ("Coucou Camille ! Julie Roux m'a donné ton nom, paraît que tu es la personne pour les pubs sur Insta. Je lance ma "
         "marque de bougies en juin !", "publicités Instagram"),
        ("Hi Camille! Tom Hale gave me your name and says you're the person for Instagram ads. I'm launching my tea brand in "
         "September.", "Instagram ads"),
    ]
    for note, wanted in notes:
        text = sample_draft(note)
        assert wanted in text, (note, text)
        assert "faisons connaissance" not in text and "plans for September" not in text, text


def test_a_consultancy_named_is_named_in_the_call_and_the_pt_br_is_natural():
    text = sample_draft("Prezado Sr. Laurent, sou gerente de marketing de uma rede de pet shops e gostaria de conversar sobre uma "
                        "consultoria em SEO. Atenciosamente, Paulo Mendes")
    assert "conversamos 20 minutos" not in text, text


def test_a_quarter_asked_about_by_an_agency_is_answered_and_the_call_is_formal():
    text = sample_draft("Sehr geehrte Frau Laurent, wir sind eine Agentur für SEA und suchen freie Mitarbeiter für Kunden in "
                        "Frankreich. Hätten Sie ab Q4 Kapazitäten? Viele Grüße, Jana Berg")
    assert "4. Quartal" in text, text
    assert "Wollen wir" not in text and "wie ich das sehe" not in text, text


def test_a_student_asking_for_a_short_exchange_gets_it_offered():
    # She named the owner in full: answered in kind (test_drafts_d35), as decided in round 35
    notes = [
        ("Bonjour Madame Laurent, je suis étudiante en licence pro e-commerce et je cherche une alternance. Accepteriez-vous "
         "un court échange ? Cordialement, Chloé Martin", "Chloé Martin", "Bonjour Madame Martin"),
        ("Bonjour Madame Laurent, étudiant en BTS communication, je cherche un stage de deux mois. Auriez-vous quelques minutes "
         "pour un échange ? Bien à vous, Théo Girard", "Théo Girard", "Bonjour Monsieur Girard"),
    ]
    for note, name, hello in notes:
        text = sample_draft(note, headline="Étudiant(e)", name=name)
        assert text.startswith(hello), text
        assert "appel" in text or "café" in text or "échange de" in text, text
