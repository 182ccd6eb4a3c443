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
