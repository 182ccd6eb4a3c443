"""Review round 17, wording / echoes / address (branch draftsW4): notes written for these tests, not the reviewers'."""

from __future__ import annotations

import pytest

from invitriage.drafts.notefacts import _month_range
from invitriage.drafts.writer import contract_articles
from test_drafts_draftsW3 import draft


@pytest.mark.parametrize("note, good, bad", [
    ("Olá Camille, sou estudante de marketing em Coimbra e procuro um estágio em marketing digital (mar-ago). "
     "Posso enviar-lhe o meu CV? Obrigada, Rita Sousa", "de março a agosto", "mar-ago"),
])
def test_a_bare_month_range_is_written_out(note, good, bad):
    text = draft(note, "", "Rita Sousa")
    assert good in text and bad not in text, text


@pytest.mark.parametrize("text, lang, out", [
    ("fev-jul", "pt", "de fevereiro a julho"), ("apr-jun", "fr", "d'avril à juin"), ("feb–juni", "nl", "van februari tot juni"),
    ("mar-ago", "es", "de marzo a agosto"), ("feb-mai", "de", "von Februar bis Mai"), ("gen-giu", "it", "da gennaio a giugno"),
    ("jan-mar", "en", "from January to March"),
])
def test_month_range_in_every_language(text, lang, out):
    assert _month_range(text, lang) == out


def test_a_portuguese_infinitive_keeps_its_pronoun():
    out = contract_articles("Envie-me o CV: depois de o ver, falo com a equipa de o projeto.", "pt")
    assert "depois de o ver" in out and "do projeto" in out and "depois do ver" not in out, out


def test_a_negation_is_never_a_referrer():
    text = draft("Hola Camille, estuve en tu charla de SEO local en Madrid. ¿Me pasarías la presentación? No me dio "
                 "tiempo a copiarlo todo. Gracias! Lucía", "", "Lucía Moreno")
    assert "gracias a No" not in text and "Lucía" in text, text


@pytest.mark.parametrize("name, good, bad", [
    ("Juan Sebastián Díaz", "Sr. Díaz", "Sr. Sebastián"),
    ("Luisa Fernanda Gómez", "Sra. Gómez", "Sra. Fernanda"),
])
def test_a_spanish_second_given_name_is_not_the_surname(name, good, bad):
    text = draft(f"Estimada Camille Laurent, le escribo desde Medellín. Soy profesor de comunicación digital y me "
                 f"interesa mucho su trabajo en SEO. Quedo atento.\nCordialmente,\n{name}", "", name)
    assert good in text and bad not in text, text


def test_a_german_virtual_coffee_is_a_coffee():
    text = draft("Hi Camille, ich leite das Marketing bei einem Münchner Start-up und würde gern hören, wie du den "
                 "französischen SEO-Markt siehst. Kaffee (virtuell) diese Woche? Grüße, Jan", "Head of Marketing", "Jan Becker")
    assert "Kaffee" in text and "Bedarf" not in text, text


def test_dutch_formal_scheduling_is_idiomatic():
    text = draft("Geachte mevrouw Laurent,\nAls directeur van een Nederlandse modeketen zoeken wij ondersteuning bij onze "
                 "SEO in Frankrijk. Staat u open voor een kennismakingsgesprek?\nMet vriendelijke groet,\nPieter de Graaf",
                 "Directeur | ModeNL", "Pieter de Graaf")
    assert "momenten passen u" not in text and "wensen te begrijpen" not in text, text


def test_a_brazilian_recruiter_gets_brazilian_closings():
    text = draft("Boa tarde! Estamos buscando designers UX sênior para um cliente em Porto. Se tiver interesse ou indicação, "
                 "me manda. Att, Carla Nunes", "", "Carla Nunes")
    assert "Cumprimentos" not in text and "Votos de que" not in text, text


@pytest.mark.parametrize("note, lang, good, bad", [
    ("Prezada Sra. Laurent,\nSou coordenador de uma pós-graduação em Marketing em Recife e gostaria de convidá-la para uma "
     "palestra online no próximo semestre. Fico no aguardo.\nAtenciosamente,\nMárcio Souza", "pt", "no próximo semestre", "palestra próximo"),
])
def test_a_coming_semester_keeps_its_preposition(note, lang, good, bad):
    text = draft(note, "", "Márcio Souza")
    assert good in text and bad not in text, text


def test_italian_thanks_do_not_repeat_mi_fa_piacere():
    text = draft("Buonasera Camille, leggo il suo blog da mesi. L'articolo sulle campagne Google Shopping mi è stato molto "
                 "utile. Grazie! Paolo Conti", "", "Paolo Conti")
    assert text.count("fa piacere") + text.count("fa davvero piacere") <= 1, text


def test_a_german_sector_is_not_a_company():
    text = draft("", "Marketingleiterin DACH | Outdoor | B2C & E-Commerce", "Sabine Krause")
    assert "Vernetz" in text and "bei Outdoor" not in text, text


def test_a_german_workshop_by_a_person_is_not_compounded():
    text = draft("Hallo Camille, wir saßen zusammen im Webinar von Laura, ich hatte die Frage zu GA4 gestellt. Lass uns in "
                 "Kontakt bleiben! Grüße, Tim", "Marketing Manager", "Tim Koch")
    assert "Laura-Webinar" not in text, text


def test_german_cv_line_has_its_verb():
    text = draft("Guten Tag, ich suche nach meinem Studium eine Stelle als SEO-Manager in Köln. Wenn Sie von offenen Stellen "
                 "hören, wäre ich sehr dankbar. Viele Grüße, Lena Vogt", "SEO | auf Jobsuche", "Lena Vogt")
    assert "oder jemanden, an den" not in text, text


@pytest.mark.parametrize("note, lang, bad", [
    ("Hoi, ik zoek magazijnmedewerkers voor een distributiecentrum in Lyon. Ken jij misschien iemand? Groet, Bram",
     "nl", "niet de juiste persoon"),
    ("Hi Camille, I'm looking for forklift drivers for a warehouse near Lyon. Do you happen to know anyone? Thanks, Mark",
     "en", "not the right contact"),
    ("Hallo, ich suche LKW-Fahrer für eine Spedition bei Lyon. Kennst du vielleicht jemanden? Grüße, Jens",
     "de", "nicht die richtige Ansprechperson"),
])
def test_a_referral_request_is_not_answered_as_if_she_were_the_candidate(note, lang, bad):
    text = draft(note, "Recruiter Logistics", "Sam Peeters")
    assert bad not in text, text


def test_a_german_topic_keeps_its_lowercase_marketing_term():
    text = draft("hi camille, hab deinen post zu Meta ads für e-commerce gelesen, echt stark!! lg, Nina", "Gründerin | Keramik-Shop",
                 "Nina Berg")
    assert "Meta Ads für E-Commerce" in text or "Meta ads für E-Commerce" in text, text


@pytest.mark.parametrize("note, good, bad", [
    ("Bonjour Camille, je suis chargé de recrutement chez JobLink, nous recherchons un consultant SEA senior en freelance pour "
     "une mission de 4 mois chez un client retail. Ça pourrait vous intéresser ?", "mission", "poste de"),
    ("Hola Camille, soy reclutadora en TalentHub y buscamos un consultor SEO senior freelance para una misión de 4 meses en "
     "un cliente e-commerce. ¿Te podría interesar? Saludos, Marta", "colaboración", "puesto de"),
])
def test_a_freelance_mission_is_not_called_a_job(note, good, bad):
    text = draft(note, "Recruiter | TalentHub", "Marta Gil")
    assert good in text and bad not in text, text
