"""Wave 120, group L: a paid-media analyst in the job, and a freelancer's offer of help read as an offer, not a job search."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts.career import stage
from invitriage.drafts.notefacts import extract


def test_employed_paid_media_analyst_asking_which_certification_gets_the_in_job_answer() -> None:
    # 120 es_pt_it note-26: "Trabalho como analista de mídia paga há 6 meses. Qual certificação …?" answered "Depende da vaga desejada"
    pt = sample_draft("Olá Camille! Trabalho como analista de mídia paga há 6 meses. Qual certificação você recomenda primeiro: "
                      "Google Ads ou Meta Blueprint? Obrigado! Lucas Ferreira", name="Lucas Ferreira")
    assert "vaga desejada" not in pt and "recrutadores" not in pt
    assert "já está no cargo" in pt and "Meta Blueprint" in pt


def test_paid_media_jobs_held_are_employed_in_other_languages() -> None:
    assert stage("Trabalho como analista de mídia paga há 6 meses. Qual certificação você recomenda primeiro?") == "employed"
    assert stage("Hi Camille, I work as a paid media analyst. Which certification should I do first?") == "employed"
    assert stage("Hola, trabajo como analista de medios pagados. ¿Qué certificación me recomiendas?") == "employed"
    assert stage("Hi, quick question about certifications", "Paid Social Specialist @ Zalando") == "employed"
    # a paid-media job sought is still a search
    assert stage("Estou procurando vaga como analista de mídia paga. Qual certificação você recomenda?") != "employed"


def test_italian_freelancer_offering_support_gets_the_collaboration_answer_not_a_cv_request() -> None:
    # 120 es_pt_it note-50: "Se ti serve supporto su progetti di contenuto sono disponibile" answered "Mandami pure il tuo CV … per la ricerca"
    it = sample_draft("Ciao Camille, sono un copywriter SEO con 4 anni di esperienza, parlo italiano, francese e inglese. Se ti serve "
                      "supporto su progetti di contenuto sono disponibile. Andrea Gallo", name="Andrea Gallo")
    assert "CV" not in it and "ricerca" not in it
    assert "collaborazione" in it and "terrò presente" in it


def test_support_offered_if_needed_is_an_offer_in_italian_and_spanish() -> None:
    assert extract("Sono una grafica. Se ti serve una mano sui progetti dei clienti, ci sono!", "it", "job_seeking").offers
    assert extract("Soy redactora SEO. Si te hace falta apoyo en proyectos de contenido, estoy disponible.", "es", "job_seeking").offers
    assert not extract("Sono una studentessa e cerco uno stage in marketing: mi serve un consiglio sul CV.", "it", "job_seeking").offers


def test_restaurant_weighing_google_profile_against_tripadvisor_gets_the_profile_first() -> None:
    # 120 es_pt_it note-59: "conviene investire di più su Google Business Profile o su TripAdvisor?" answered "Sì, la SEO conviene"
    it = sample_draft("Ciao Camille, ho visto il tuo intervento sulla SEO locale. Per un ristorante conviene investire di più su Google "
                      "Business Profile o su TripAdvisor? Grazie per i contenuti! Federico Villa", name="Federico Villa")
    assert "Sì, la SEO conviene" not in it and "schede prodotto" not in it
    assert "Metterei quasi tutto l'impegno sulla scheda Google Business Profile" in it and "TripAdvisor conta di più" in it
    de = sample_draft("Hallo Camille, ich habe ein Restaurant in Köln. Lohnt sich eher das Google Unternehmensprofil oder TripAdvisor?",
                      name="Jan Roth")
    assert "Google-Unternehmensprofil stecken" in de and "TripAdvisor zählt mehr" in de


def test_review_site_line_only_when_weighed_against_the_profile() -> None:
    from invitriage.drafts.quickq import gbp_line
    assert gbp_line("fr", "J'ai un restaurant. Vaut-il mieux soigner ma fiche Google ou TripAdvisor ?", informal=False).startswith("Je mettrais")
    assert "TripAdvisor" in gbp_line("en", "Should I focus on my Google Business Profile or on TripAdvisor?", informal=True)
    assert gbp_line("en", "How often should I post on my Google Business Profile? We're also on TripAdvisor.", informal=True) == ""
