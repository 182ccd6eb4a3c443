"""Wave 136, group C: an agency asking whether she is available for a freelance mission (and her day rate) gets a
mission reply (interest, the day rate "depends, here's how", the scope asked), never a client's goals-and-budget call, a
product pitch declined, nor "how to start as a freelancer" advice; a German "Wie ist Ihr Tagessatz?" is no how-are-you."""

from __future__ import annotations

from drafting import sample_draft


def test_agency_freelance_mission_in_english_answers_the_day_rate() -> None:
    # 136 C fr_en note-42 (round 149): "Let me know your day rate" answered with a client call about "your goals and budget"
    en = sample_draft("Hello Camille, are you available for a 3-month freelance SEO mission with our agency starting next "
                      "month? 3 days a week, remote. Let me know your day rate.\nMichael", name="Michael Scott")
    assert "My day rate depends on the mission" in en
    assert "your goals" not in en and "budget" not in en and "exactly what I do" not in en


def test_agency_freelance_mission_in_french_is_no_pitch_declined_nor_career_advice() -> None:
    # 136 C fr_en note-42, French variant: "Quel est votre TJM ?" read as a beginner's freelance career question
    fr = sample_draft("Bonjour Camille, seriez-vous disponible pour une mission freelance SEO de 3 mois avec notre agence à "
                      "partir du mois prochain ? 3 jours par semaine, à distance. Quel est votre TJM ?", name="Pierre Durand")
    assert "Mon TJM dépend de la mission" in fr and "en agence" not in fr


def test_agency_freelance_mission_in_spanish_italian_dutch_portuguese() -> None:
    # 136 C fr_en note-42 in es / it / nl / pt: the rate asked is answered, with the language caveat, never a client call
    es = sample_draft("Hola Camille, ¿estarías disponible para una misión freelance de SEO de 3 meses con nuestra agencia a "
                      "partir del mes que viene? 3 días a la semana, en remoto. ¿Cuál es tu tarifa diaria?", name="Carlos López")
    assert "Mi tarifa diaria depende de la misión" in es and "presupuesto" not in es
    it = sample_draft("Ciao Camille, saresti disponibile per una missione freelance SEO di 3 mesi con la nostra agenzia dal "
                      "mese prossimo? 3 giorni a settimana, da remoto. Qual è la tua tariffa giornaliera?", name="Luca Bianchi")
    assert "La mia tariffa giornaliera dipende dalla missione" in it and "budget" not in it
    nl = sample_draft("Hoi Camille, ben je beschikbaar voor een freelance SEO-opdracht van 3 maanden bij ons bureau, vanaf "
                      "volgende maand? 3 dagen per week, remote. Wat is je dagtarief?", name="Daan de Vries")
    assert "Mijn dagtarief hangt af van de opdracht" in nl and "bureau werken" not in nl
    pt = sample_draft("Olá Camille, estaria disponível para uma missão freelance de SEO de 3 meses com a nossa agência a "
                      "partir do próximo mês? 3 dias por semana, remoto. Qual é a sua diária?", name="João Silva")
    assert "A minha tarifa diária depende da missão" in pt and "necessidade" not in pt


def test_german_day_rate_question_is_no_how_are_you() -> None:
    # 136 C fr_en note-42, German variant: "Wie ist Ihr Tagessatz?" answered "Mir geht es gut, danke der Nachfrage"
    de = sample_draft("Hallo Frau Laurent, hätten Sie Kapazität für ein 3-monatiges Freelance-SEO-Projekt mit unserer "
                      "Agentur ab nächstem Monat? 3 Tage pro Woche, remote. Wie ist Ihr Tagessatz?", name="Stefan Braun")
    assert "Mir geht es gut" not in de and "Mein Tagessatz hängt vom Auftrag ab" in de
    assert "zwei, drei Jahre in einer Agentur" not in de


def test_a_client_asking_availability_for_her_own_project_keeps_the_client_call() -> None:
    # must-not-change neighbour: a shop owner asking if she is available for an SEO audit is a client (call about goals)
    en = sample_draft("Hi Camille, I run a small online shop. Are you available next month for an SEO audit? Thanks, Emma",
                      name="Emma Stone")
    assert "day rate depends on the mission" not in en and "call" in en


def test_marketing_director_asking_her_expert_view_on_insourcing_is_a_prospect_in_french() -> None:
    # 136 C fr_en note-19 (round 148): "J'aimerais avoir votre regard d'experte" declined as a job ("pas de poste salarié")
    fr = sample_draft("Bonjour Camille, Directeur Marketing chez Maison Vernier (prêt-à-porter, 40 boutiques). Nous réfléchissons "
                      "à réinternaliser notre acquisition payante. J'aimerais avoir votre regard d'experte. Cordialement, François",
                      headline="Directeur Marketing & Digital - Maison Vernier", name="François Martin")
    assert "poste salarié" not in fr and "premier appel de 20 minutes" in fr
    tu = sample_draft("Salut Camille, je suis directrice marketing chez Lumen (cosmétiques, 25 boutiques). On se demande si on "
                      "réinternalise nos campagnes Meta. Ton regard d'experte m'intéresserait !",
                      headline="Directrice marketing - Lumen", name="Claire Dubois")
    assert "pas un besoin pour moi" not in tu and "Je te propose un premier appel" in tu


def test_expert_view_on_insourcing_is_a_prospect_in_german_italian_dutch() -> None:
    # 136 C fr_en note-19 in de / it / nl: read as "send me what to look at, feedback by Friday"
    de = sample_draft("Guten Tag Frau Laurent, ich bin Marketingleiter bei Vernier (Mode, 40 Filialen). Wir überlegen, unsere "
                      "bezahlte Akquise wieder intern zu machen. Ich hätte gern Ihre Einschätzung als Expertin. Grüße, Jan",
                      headline="Marketingleiter - Vernier", name="Jan Becker")
    assert "Ende der Woche" not in de and "Telefonat von 20 Minuten" in de
    it = sample_draft("Buongiorno Camille, sono direttore marketing da Vernier (moda, 40 negozi). Stiamo pensando di "
                      "reinternalizzare l'acquisizione a pagamento. Vorrei il suo parere da esperta. Cordiali saluti, Marco",
                      headline="Direttore Marketing - Vernier", name="Marco Rossi")
    assert "fine della settimana" not in it and "call di 20 minuti" in it
    nl = sample_draft("Beste mevrouw Laurent, ik ben marketingdirecteur bij Vernier (mode, 40 winkels). We overwegen onze "
                      "betaalde acquisitie weer intern te doen. Ik zou graag uw mening als expert horen. Groet, Jan",
                      headline="Marketingdirecteur - Vernier", name="Jan Jansen")
    assert "eind van de week" not in nl and "gesprek van 20 minuten" in nl


def test_a_recruiter_asking_her_view_on_a_salaried_post_is_still_declined() -> None:
    # must-not-change neighbour: a recruiter with a permanent post is declined as a job, even with "votre regard d'experte"
    fr = sample_draft("Bonjour Camille, je suis recruteuse chez TalentUp. Nous cherchons un Head of Paid Acquisition en CDI pour "
                      "un client. J'aimerais avoir votre regard d'experte sur le profil. Intéressée ?",
                      headline="Recruteuse - TalentUp", name="Sophie Lemaire")
    assert "poste salarié" in fr and "premier appel" not in fr


def test_old_classmate_asking_a_virtual_coffee_gets_a_yes_not_a_course_to_teach() -> None:
    # 136 C fr_en note-37 (round 148): "the London Content Marketing course we did back in 2019" read as a course to teach
    en = sample_draft("Hey Camille, Mark here from the London Content Marketing course we did back in 2019! Launched my own "
                      "coffee brand and struggling with Instagram reach, fancy a virtual coffee to catch up?",
                      headline="Founder - Northern Roast Coffee", name="Mark Hughes")
    assert "teach" not in en and "programme" not in en
    assert "A coffee sounds great" in en


def test_a_school_asking_her_to_teach_its_course_still_gets_the_teaching_yes() -> None:
    # must-not-change neighbour: a course she is asked to teach is still a teaching proposal
    en = sample_draft("Hi Camille, would you teach our content marketing course in London next spring? We'd love to have you "
                      "as a trainer.", headline="Head of Programmes - London School of Marketing", name="Paul Green")
    assert "I'd be very interested in teaching" in en
