"""Wave 28, branch b28: questions of local businesses and learners answered (new notes, several languages)."""

from drafting import sample_draft


def test_local_place_weighing_google_ads_against_its_business_profile_gets_local_advice():
    for note, wanted in [
        ("Bonjour Camille, j'ai un petit salon de coiffure à Villeurbanne. Je paie Google Ads ou je soigne d'abord ma fiche Google Business ?",
         "Google Business"),
        ("Hi Camille, quick one for my pizzeria: is it better to pay for Google Ads or work on our Google Business Profile first?",
         "Google Business Profile"),
        ("Hallo Camille, wir haben ein kleines Café in Köln. Sollen wir lieber Google-Anzeigen schalten oder zuerst das Google-Unternehmensprofil pflegen?",
         "Google-Unternehmensprofil"),
        ("Olá Camille, tenho uma barbearia pequena. Vale mais investir em anúncios no Google ou no perfil da empresa no Google?",
         "perfil do Google Business"),
    ]:
        text = sample_draft(note)
        assert wanted in text, text
        assert "produ" not in text.lower(), text  # never the online shop's product pages


def test_is_seo_worth_it_for_a_local_business_gets_a_plain_yes_and_local_seo():
    for note, yes in [
        ("Hallo Frau Laurent, ich führe eine kleine Bäckerei in Freiburg. Lohnt sich SEO für so einen Betrieb überhaupt?", "Ja, SEO lohnt sich"),
        ("Hello Camille, I own a small bakery in Leeds with a little online shop. Is SEO really worth it for us?", "Yes, SEO is worth it"),
        ("Buongiorno Camille, ho un ristorante a Bologna: secondo lei la SEO conviene per un locale piccolo?", "Sì, la SEO conviene"),
    ]:
        text = sample_draft(note)
        assert yes in text and "Google" in text, text


def test_tiktok_or_instagram_for_a_local_shop_answers_both():
    for note in ["hola camille! tengo una pastelería pequeña en Sevilla, ¿me conviene anunciarme en tiktok o mejor me centro en insta?",
                 "Ciao Camille, per la mia pasticceria meglio TikTok o Instagram?"]:
        text = sample_draft(note)
        assert "Instagram" in text and "TikTok" in text, text


def test_a_learner_asking_where_to_start_in_seo_gets_a_starting_point_not_job_hunting():
    for note, wanted in [
        ("Hola Camille, soy estudiante de marketing y me gustaría trabajar en digital. ¿Por dónde empiezo con el SEO?", "guía de introducción al SEO"),
        ("Hi Camille, I'm a second-year student and want to work in digital marketing. Where should I start with SEO?", "SEO Starter Guide"),
        ("Salut Camille, étudiante en communication, je voudrais travailler dans le digital. Par où commencer en SEO ?", "guide de démarrage SEO"),
    ]:
        text = sample_draft(note)
        assert wanted in text, text
        assert "interview" not in text and "entrevista" not in text and "entretien" not in text, text


def test_courses_or_certifications_for_social_media_name_one_and_never_reask_the_goal():
    for note, wanted in [
        ("Hola Camille, estudio Publicidad y quiero especializarme en redes sociales. ¿Qué cursos o certificaciones me recomiendas?", "Meta Blueprint"),
        ("Hallo Camille, ich bin Studentin der Medienwissenschaft und möchte mich auf Social Media spezialisieren. Welche Kurse oder Zertifikate lohnen sich?",
         "Meta-Blueprint"),
    ]:
        text = sample_draft(note)
        assert wanted in text, text


def test_google_ads_certification_or_seo_course_names_the_certification_asked():
    for note, wanted in [
        ("Hi Camille, junior marketer here: should I get the Google Ads certification or rather take an SEO course? What would you do?",
         "Google Ads certification is free on Skillshop"),
        ("Ciao Camille, sono junior e sono in dubbio tra la certificazione Google Ads o un corso di SEO. Tu cosa faresti?",
         "certificazione Google Ads è gratuita"),
    ]:
        text = sample_draft(note)
        assert wanted in text and "GA4" not in text, text


def test_one_tip_asked_after_the_post_and_the_shop_gets_a_tip_not_a_question_about_the_business():
    for note, wanted in [
        ("Hey Camille! Read your post about Instagram reels. I sell handmade soap online and my reach is stuck.. got one tip?", "reels"),
        ("Hallo Camille, dein Beitrag zu Instagram war super! Ich habe einen kleinen Laden für Vintage-Möbel, die Reichweite geht nicht hoch. Hast du einen Tipp?",
         "Reels"),
    ]:
        text = sample_draft(note)
        assert wanted in text, text
        assert "budget" not in text.lower(), text


def test_do_you_advise_small_shops_gets_an_explicit_yes():
    for note, yes in [
        ("hi camille, starting my own little pottery brand and wanted to ask if you also advise small businesses?", "Yes"),
        ("Hallo Camille, ich gründe gerade ein Label für Taschen und wollte fragen, ob du auch kleine Onlineshops berätst?", "Ja, ich berate viele kleine"),
        ("Hola Camille, ¿asesoras también a tiendas pequeñas? Acabo de abrir una de cerámica.", "Sí, asesoro a muchas pequeñas"),
    ]:
        text = sample_draft(note)
        assert yes in text, text
        assert "fuera de mi ámbito" not in text, text
