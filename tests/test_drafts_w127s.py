"""Wave 127, group S: a firm that wants to expand into France and seeks contacts there is a prospective client (France is
her market, a call), never a job seeker asked for a CV; a real job search in France keeps the job seeker's reply."""

from __future__ import annotations

from drafting import sample_draft


def test_agency_owner_expanding_to_france_gets_a_call_not_a_cv_request() -> None:
    # 128 de_nl note-17: "Geschäftsführer einer kleinen Agentur in Zürich … nach Frankreich expandieren und suchen Kontakte"
    # was answered "Schicken Sie mir gern Ihren Lebenslauf"
    de = sample_draft("Sehr geehrte Frau Laurent, ich bin Geschäftsführer einer kleinen Agentur in Zürich. Wir möchten gerne nach "
                      "Frankreich expandieren und suchen Kontakte. Freundliche Grüsse, Reto Meier", name="Reto Meier")
    assert "Lebenslauf" not in de and "Viel Erfolg bei Ihrer Suche" not in de
    assert "Frankreich ist genau mein Markt, und über Ihre Pläne dort spreche ich gern." in de


def test_firm_expanding_to_france_in_dutch_and_english_gets_her_market() -> None:
    nl = sample_draft("Beste Camille, ik ben eigenaar van een klein bureau in Utrecht. We willen graag uitbreiden naar Frankrijk "
                      "en zoeken contacten. Groeten, Bram", name="Bram de Vries")
    assert " cv" not in nl and "Ik praat graag met je over je plannen voor Frankrijk." in nl
    en = sample_draft("Hi Camille, I run a small agency in Manchester. We'd like to expand into France and are looking for "
                      "contacts. Best, Tom", name="Tom Hardy")
    assert "CV" not in en and "Happy to talk about your plans for France." in en


def test_job_search_in_france_still_gets_the_job_seekers_reply() -> None:
    de = sample_draft("Hallo Camille, ich bin Marketing-Managerin und suche eine neue Stelle in Frankreich. Hast du Kontakte?",
                      name="Lena Vogel")
    assert "Schick mir gern deinen Lebenslauf" in de and "Viel Erfolg bei der Suche" in de
    nl = sample_draft("Hoi Camille, ik zoek een nieuwe baan in Frankrijk, heb je contacten?", name="Sanne Bakker")
    assert "Stuur me hier je cv" in nl and "Succes met zoeken" in nl


def test_junior_seo_asking_certificates_or_practical_courses_gets_practice_first() -> None:
    # 129 de_nl note-12: a junior SEO manager asking "eher Zertifikate (Google, HubSpot) oder lieber praxisorientierte Kurse?"
    # was recommended Meta Blueprint and Google Ads (paid ads, not SEO), the either/or unanswered
    de = sample_draft("Hallo Camille, ich bin Junior SEO Manager seit 6 Monaten und würde gerne wissen, welche Weiterbildung du "
                      "empfehlen würdest – eher Zertifikate (Google, HubSpot) oder lieber praxisorientierte Kurse? Danke im Voraus! "
                      "Niklas", headline="Junior SEO Manager bei Reisewelt24", name="Niklas Schmitt")
    assert "Meta Blueprint" not in de and "Beides, aber zuerst die Praxis" in de
    nl = sample_draft("Hoi Camille, ik werk sinds een half jaar als junior SEO-specialist. Welke opleiding raad je aan: certificaten "
                      "(Google, HubSpot) of liever praktische cursussen? Groetjes, Eva", headline="Junior SEO specialist", name="Eva Jansen")
    assert "Allebei, maar eerst de praktijk" in nl
    en = sample_draft("Hi Camille, I've been a junior SEO manager for 6 months. Which training would you recommend – certifications "
                      "(Google, HubSpot) or hands-on courses? Thanks, Sam", headline="Junior SEO Manager", name="Sam Lee")
    assert "Meta Blueprint" not in en and "Both, but practice first" in en


def test_ads_manager_asking_which_certification_first_keeps_the_channel_answer() -> None:
    de = sample_draft("Hallo Camille, ich bin seit einem Jahr Performance Marketing Manager. Welche Zertifizierung würdest du "
                      "zuerst empfehlen?", headline="Performance Marketing Manager", name="Tim Braun")
    assert "Meta Blueprint für Facebook- und Instagram-Anzeigen" in de
