"""Wave 82, group D: slots quoted from the note read as whole, grammatical phrases, and wording that fits the sender.

Each test names the words that matter and the broken words that must be gone (sample owner, real pipeline)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, kept, gone", [
    ("Hoi Camille,ik ben student marketing (3e jaar) en schrijf mijn scriptie over lokale SEO voor mkb.Zou je beschikbaar "
     "zijn voor een kort expertinterview van 20 min? gr Noor", "over lokale SEO voor mkb", "mkb.Zou"),
    ("Hallo Camille, ich schreibe meine Bachelorarbeit über Local SEO für KMU.Hättest du Zeit für ein kurzes Interview?",
     "", "KMU.Hättest"),
    ("Hi Camille, I'm writing my thesis on local SEO for small businesses.Would you be available for a short 20-minute interview?",
     "local SEO for small businesses", "businesses.Would"),
])
def test_a_sentence_end_without_a_space_ends_the_quote(note: str, kept: str, gone: str) -> None:
    text = sample_draft(note, name="Noor de Graaf")
    assert gone not in text
    assert kept in text


@pytest.mark.parametrize("note, kept", [
    ("Dear Madam, I am the founder of a small organic skincare e-shop in Edinburgh. I read your article on local SEO with great "
     "interest and would be most grateful to know whether you offer one-off consultations for businesses outside France.",
     "my article on local SEO."),
    ("I read your article on content strategy with much interest and wanted to say thanks.", "my article on content strategy"),
])
def test_with_great_interest_leaves_no_stray_with(note: str, kept: str) -> None:
    text = sample_draft(note, name="Margaret Hughes")
    assert kept in text
    assert " with." not in text and " with," not in text


@pytest.mark.parametrize("headline, kept, gone", [
    ("Jeune diplômée en marketing digital | À la recherche d'un premier emploi", "premiers pas dans le métier", "recherche d'emploi"),
    ("Étudiant en Licence pro Webmarketing | Recherche alternance", "premiers pas dans le métier", "recherche d'alternance"),
    ("Digital Marketing student | Looking for an internship", "first steps in the field", "internship search"),
    ("Recent graduate | Open to work in digital marketing", "first steps in the field", "job search"),
    ("Estudiante de marketing | Buscando prácticas", "primeros pasos en el sector", "búsqueda de prácticas"),
    ("Student communicatie | Op zoek naar een stage", "eerste stappen in het vak", "zoektocht naar een stage"),
])
def test_tips_are_never_for_the_job_search_itself(headline: str, kept: str, gone: str) -> None:
    text = sample_draft("", headline=headline, name="Stéphanie Leroux")
    assert kept in text
    assert gone not in text


@pytest.mark.parametrize("note, kept", [
    ("Just listened to your podcast episode on SEO for small businesses (Marketing sans jargon), so many practical tips. "
     "Thanks for sharing, would love to follow your work.", "on SEO for small businesses"),
    ("Loved your podcast episode about Google Ads for local shops, thanks!", "about Google Ads for local shops"),
    ("Hallo Camille, ich habe deine Podcast-Folge über Local SEO gehört, super hilfreich!", "über Local SEO"),
])
def test_the_episode_s_topic_is_named(note: str, kept: str) -> None:
    assert kept in sample_draft(note, headline="Owner, The Little Crumb Bakery", name="Chris Green")


@pytest.mark.parametrize("note, kept, gone", [
    ("Madame Laurent, La CCI Lyon Métropole organise le 14 mars une matinée consacrée à la transformation numérique des TPE. "
     "Nous serions honorés de vous compter parmi nos intervenants.", "sur la transformation numérique des TPE", "consacrée"),
    ("Bonjour, la French Tech organise un afterwork consacré aux réseaux sociaux le 3 juin. Accepteriez-vous d'y intervenir ?",
     "sur les réseaux sociaux", "consacré"),
    ("Hallo Camille, ich organisiere die Konferenz \"E-Commerce Summit Berlin\" im Oktober und suche noch Speaker:innen zum Thema "
     "Social Ads. Hättest du Interesse an einem 30-Minuten-Vortrag (auf Englisch)? Beste Grüße, Anna Meier",
     "beim E-Commerce Summit Berlin", "Konferenz „"),  # 137 E: the quoted name's own noun ("Summit"), never "bei der Konferenz „…“"
    ("Hallo Camille, ik organiseer het congres 'E-commerce Live' in Gent in november en zoek nog een spreker over "
     "contentstrategie. Zou je een keynote van 30 min (in het Engels) willen geven? Vriendelijke groeten, Lotte Peeters",
     "op het event ‘E-commerce Live’", "(‘"),
    ("Hola Camille, organizo el evento «Crece Online» en Valencia en junio y busco ponentes sobre SEO. ¿Te animarías a dar una charla?",
     "«Crece Online»", "(«"),
    ("Sehr geehrte Frau Laurent, im Auftrag der Redaktion von \"t3n\" bereite ich einen Artikel über Marketing-Trends in "
     "Frankreich vor. Wären Sie zu einem kurzen Interview (per Mail oder Telefon) bereit? Mit freundlichen Grüßen, Julia Schwarz",
     "Artikel über Marketing-Trends", " vor beantworte"),
    ("Bonjour Camille, je suis responsable formation à l'EM Lyon Executive Education. Nous cherchons un intervenant pour un "
     "module de 2 jours sur le social ads en octobre. Seriez-vous disponible ? Cordialement, Valérie Martin",
     "les dates exactes", "la date exacte"),
])
def test_quoted_slots_read_as_grammatical_phrases(note: str, kept: str, gone: str) -> None:
    text = sample_draft(note, name="Bernard Faure")
    assert kept in text
    assert gone not in text
