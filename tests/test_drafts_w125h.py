"""Wave 125, group H: a professional laid off and moving into digital marketing who asks which courses are worth it hears
the layoff acknowledged and the courses answered, never "tell me where you stand" re-asked after she told it."""

from __future__ import annotations

from drafting import sample_draft


def test_dutch_layoff_after_reorganisation_gets_courses_and_sympathy() -> None:
    # 121 de_nl note-34: "sinds kort werkloos na een reorganisatie … welke cursussen echt waardevol zijn?" re-asked 'waar je nu staat'
    nl = sample_draft("Hoi Camille, ik ben sinds kort werkloos na een reorganisatie (7 jaar marketing bij een verzekeraar). Ik wil "
                      "graag de overstap maken naar digital marketing. Heb je tips welke cursussen echt waardevol zijn? Dank je! Ingrid",
                      headline="Marketingprofessional | Op zoek naar een nieuwe uitdaging", name="Ingrid de Groot")
    assert "waar je nu staat" not in nl
    assert "wat vervelend van je ontslag" in nl and "Google Ads op Skillshop en Meta Blueprint" in nl
    nl2 = sample_draft("Hallo Camille, ik ben vorige maand ontslagen na 10 jaar in de communicatie. Ik wil me omscholen naar online "
                       "marketing. Welke opleidingen raad je aan? Groet, Sanne", name="Sanne Bakker")
    assert "waar je nu staat" not in nl2 and "Google Ads op Skillshop" in nl2


def test_layoff_and_courses_answered_in_the_other_languages() -> None:
    en = sample_draft("Hi Camille, I was recently laid off after 6 years in marketing at an insurer. I'd like to move into digital "
                      "marketing. Which courses are really worth it? Thanks, Emma", name="Emma Stone")
    assert "where you stand" not in en and "sorry to hear you were laid off" in en
    assert "Google Ads on Skillshop and Meta Blueprint" in en
    de = sample_draft("Hallo Camille, ich wurde nach einer Umstrukturierung entlassen (8 Jahre Marketing bei einer Versicherung). "
                      "Ich möchte ins Online-Marketing wechseln. Welche Kurse würdest du mir empfehlen? Danke, Anna", name="Anna Schmidt")
    assert "wo du gerade stehst" not in de and "Google Ads auf Skillshop" in de and "Kündigung tut mir leid" in de
    es = sample_draft("Hola Camille, me han despedido tras una reestructuración (7 años en marketing en una aseguradora). Quiero "
                      "pasarme al marketing digital. ¿Qué cursos merecen la pena de verdad? Gracias, Lucía", name="Lucía García")
    assert "en qué punto estás" not in es and "Google Ads en Skillshop" in es
    it = sample_draft("Ciao Camille, sono stata licenziata dopo una riorganizzazione (7 anni di marketing in un'assicurazione). "
                      "Vorrei passare al digital marketing. Quali corsi valgono davvero la pena? Grazie, Giulia", name="Giulia Rossi")
    assert "a che punto sei" not in it and "Google Ads su Skillshop" in it
    br = sample_draft("Oi Camille! Fui demitida depois de uma reestruturação (7 anos de marketing numa seguradora). Quero migrar "
                      "para o marketing digital. Quais cursos você acha que valem a pena? Obrigada, Ana", name="Ana Souza")
    assert "em que ponto você está" not in br and "Google Ads no Skillshop" in br
    pt = sample_draft("Olá Camille, fiquei sem emprego após uma reestruturação (7 anos de marketing numa seguradora). Quero "
                      "mudar para o marketing digital. Que cursos acha que valem mesmo a pena? Obrigada, Inês", name="Inês Ferreira")
    assert "em que ponto está" not in pt and "Google Ads no Skillshop" in pt


def test_a_reorganisation_at_a_clients_company_is_no_layoff() -> None:
    # nearby: a company's restructuring told by a client asking for SEO help is no job search
    nl = sample_draft("Hallo Camille, ons bedrijf zit midden in een reorganisatie van het marketingteam. Kun je ons helpen met SEO "
                      "voor onze webshop?", name="Joost Smit")
    assert "ontslag" not in nl and "Succes met zoeken" not in nl
