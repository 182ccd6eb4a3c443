"""Wave 136, group A: a question about which SEO certification or course to start with is answered about SEO (HubSpot
Academy's free SEO certification, Google's own guides, practice on a real site), never with Google Ads or Meta Blueprint
certificates; "Google or HubSpot for SEO?" picks HubSpot and says why; technical SEO weighed against content or GA4 says
which first; a junior choosing between Google Ads and Meta Ads courses is not told about "people searching for such a
company"."""

from __future__ import annotations

from drafting import sample_draft


def test_seo_certification_for_a_career_changer_is_about_seo_not_ads() -> None:
    # 136 A fr_en note-5: "quelle certification me conseilleriez vous en SEO pour commencer ?" answered with Google Ads and Meta Blueprint
    fr = sample_draft("bonjour, je suis en reconversion pro vers le marketing digital (formation OpenClassrooms), quelle "
                      "certification me conseilleriez vous en SEO pour commencer ? merci", name="Marc Petit")
    assert "Meta Blueprint" not in fr and "Google Ads" not in fr
    assert "la certification SEO gratuite de HubSpot Academy" in fr and "Google n'a pas de certificat SEO" in fr
    en = sample_draft("Hi Camille, I'm switching careers into digital marketing. Which SEO certification would you recommend "
                      "to start with?", name="Anna Smith")
    assert "Meta Blueprint" not in en and "HubSpot Academy's free SEO certification" in en
    it = sample_draft("Ciao Camille, sto facendo una riconversione verso il marketing digitale. Quale certificazione SEO mi "
                      "consiglieresti per iniziare?", name="Giulia Rossi")
    assert "Meta Blueprint" not in it and "Google non ha un certificato SEO" in it
    nl = sample_draft("Hoi Camille, ik maak een carrièreswitch naar digitale marketing. Welk SEO-certificaat raad je aan om "
                      "mee te beginnen?", name="Sanne Bakker")
    assert "Meta Blueprint" not in nl and "Google heeft zelf geen SEO-certificaat" in nl


def test_google_or_hubspot_for_seo_picks_one_without_job_seeker_text() -> None:
    # 136 A de_nl note-5: "welche Zertifizierung ... für SEO: Google oder HubSpot?" answered "Für die erste Stelle ..."
    de = sample_draft("Guten Tag Frau Laurent, ich bin Junior Online Marketing Manager und frage mich, welche Zertifizierung "
                      "Sie für SEO eher empfehlen würden: Google oder HubSpot? Danke vorab! Felix Wagner",
                      headline="Junior Online Marketing Manager", name="Felix Wagner")
    assert "erste Stelle" not in de and "Stellenanzeigen" not in de
    assert "SEO-Zertifizierung der HubSpot Academy (Google hat kein eigenes SEO-Zertifikat" in de


def test_technical_seo_weighed_against_content_or_ga4_says_which_first() -> None:
    # 136 A fr_en note-27: "technical SEO or content? any resources?" answered with portfolio advice and Meta Blueprint
    en = sample_draft("hi camille, im a junior marketer (1 yr exp) trying to get into SEO. what would u recommend learning "
                      "first, technical SEO or content? any resources? thx", name="Tom Baker")
    assert "Meta Blueprint" not in en and "portfolio" not in en
    assert "I'd put technical SEO first" in en and "Search Central" in en
    # 136 A de_nl note-37: "eerst GA4-certificaat of technische SEO?" never said which first
    nl = sample_draft("Hoi Camille, ik werk sinds kort als junior SEO specialist en twijfel: moet ik eerst Google Analytics 4 "
                      "certificaat halen of beter in technische SEO duiken? Wat zou jij doen? Thanks! Noa",
                      headline="Junior SEO Specialist bij Webbureau Pixel", name="Noa de Vries")
    assert "Ik zou eerst technische SEO leren" in nl


def test_google_ads_or_meta_ads_course_for_a_junior_names_no_company() -> None:
    # 136 A de_nl note-27: "mensen die al naar zo'n bedrijf zoeken" for a junior marketer choosing a course
    nl = sample_draft("Hallo mevrouw Laurent, ik ben junior marketeer en twijfel tussen een cursus Google Ads of Meta Ads om "
                      "mee te beginnen. Wat zou u aanraden? Alvast bedankt, Bram", headline="Junior Marketeer",
                      name="Bram Mulder")
    assert "zo'n bedrijf" not in nl and "naar het product of de dienst zoeken" in nl
    es = sample_draft("Hola Camille, soy asistente de marketing y dudo entre un curso de Google Ads o de Meta Ads para "
                      "empezar. ¿Cuál me recomiendas?", name="Marta Ruiz")
    assert "ese tipo de negocio" not in es


def test_must_not_change_a_breaking_into_marketing_question_without_seo() -> None:
    # 136 A neighbour of fr_en note-5: a career changer into marketing, no SEO named, keeps the portfolio advice
    fr = sample_draft("Bonjour, je suis en reconversion vers le marketing digital, quelle certification me conseilleriez-vous "
                      "pour commencer ? merci", name="Julie Martin")
    assert "le concret compte plus qu'un diplôme" in fr


def test_google_ads_course_from_scratch_names_google_ads_courses_only() -> None:
    # 136 A es_pt_it note-17: "¿Qué curso me recomiendas para aprender Google Ads desde cero?" got the job-seeker line and Meta Blueprint
    es = sample_draft("Hola Camille, te sigo desde hace tiempo. ¿Qué curso me recomiendas para aprender Google Ads desde cero? "
                      "Estoy dudando entre varios.", headline="Asistente de marketing", name="Tomás García")
    assert "Meta Blueprint" not in es and "puesto que se busca" not in es
    assert "los cursos gratuitos de Google en Skillshop" in es
    nl = sample_draft("Hoi Camille, ik ben junior marketeer. Welke cursus raad je aan om Google Ads vanaf nul te leren?",
                      headline="Junior marketeer", name="Lotte Smit")
    assert "Meta Blueprint" not in nl and "de gratis cursussen van Google op Skillshop" in nl


def test_no_budget_owner_asking_a_course_to_follow_herself_gets_free_self_study() -> None:
    # 136 A de_nl note-42: "heb geen budget … heb je een cursus of training die ik zelf kan volgen?" got her paid training brochure
    nl = sample_draft("hoi camille, ben eigenaar van een kleine kapsalon in utrecht en wil meer klanten via google. heb geen "
                      "budget voor bureau. heb je een cursus of training die ik zelf kan volgen? gr, mo",
                      headline="Eigenaar Kapsalon Mo", name="Mohamed El Amrani")
    assert "Zwitserland" not in nl and "wat je wilt leren" not in nl
    assert "begin met je Google Bedrijfsprofiel" in nl
    de = sample_draft("Hallo Camille, ich habe einen kleinen Friseursalon in Köln und möchte mehr Kunden über Google. Kein "
                      "Budget für eine Agentur. Hast du einen Kurs, den ich selbst machen kann?",
                      headline="Inhaberin Salon Haarwerk", name="Petra Koch")
    assert "Schweiz" not in de and "zuerst dein Google-Unternehmensprofil" in de
    fr = sample_draft("Bonjour Camille, je tiens un petit salon de coiffure à Lyon et je voudrais plus de clients via Google. "
                      "Pas de budget pour une agence. Vous avez une formation que je peux suivre moi-même ?",
                      headline="Gérante Salon Coiff", name="Nadia Benali")
    assert "votre fiche Google Business Profile" in fr


def test_must_not_change_a_training_question_without_a_budget_said() -> None:
    # 136 A neighbour of de_nl note-42: "geef je nog trainingen SEO?" keeps her training offer
    nl = sample_draft("Hoi Camille, geef je nog trainingen SEO voor ondernemers? Ik heb een kapsalon.",
                      headline="Eigenaar Kapsalon", name="Tim Vos")
    assert "ik geef trainingen in digitale marketing" in nl and "Bedrijfsprofiel" not in nl


def test_seo_or_paid_for_a_german_junior_reads_naturally() -> None:
    # 136 A de_nl note-18: "Social Media und Ads denen, die gern gestalten und Zahlen und schnelle Tests mögen" (clunky, paid asked)
    de = sample_draft("hi camille, bin junior im performance marketing (seit 6 monaten) und frage mich ob ich mich eher auf SEO "
                      "oder paid spezialisieren soll. was würdest du raten? danke!! ben",
                      headline="Junior Performance Marketing Manager", name="Ben Schulz")
    assert "Zahlen und schnelle Tests mögen" not in de
    assert "Paid Ads und Social Media denen, die gern mit Zahlen arbeiten und schnell testen" in de
