"""Wave 68 group C, notes read as the wrong kind: a thank-you for her tips said with a verb ("volevo ringraziarti per i
consigli", "je voulais vous remercier pour vos conseils", "ik wilde je bedanken voor je tips") is thanks, answered with
joy that the tips helped, never read as a request for help ("raccontami a che punto sei")."""
from __future__ import annotations

from drafting import sample_draft


def test_thanks_said_with_a_verb_is_a_thank_you_not_a_help_request() -> None:
    cases = [
        ("Ciao Camille, abbiamo partecipato insieme al workshop su Google Analytics 4 a Lione a febbraio. Volevo ringraziarti "
         "per i consigli sul tracking, mi sono stati utilissimi!", "consigli sul tracking", "a che punto sei"),
        ("Buongiorno Camille, ci siamo conosciuti al corso SEO di Milano. La ringrazio per i suggerimenti sulle schede prodotto, "
         "preziosissimi.", "sulle schede prodotto", "a che punto"),
        ("Bonjour Camille, nous étions ensemble à l'atelier GA4 à Lyon en février. Je voulais vous remercier pour vos conseils "
         "sur le tracking, ils m'ont été très utiles !", "conseils sur le tracking", "où vous en êtes"),
        ("Hoi Camille, we zaten samen in de GA4-workshop in Lyon in februari. Ik wilde je bedanken voor je tips over tracking, "
         "ze waren erg nuttig!", "tips over tracking", "waar je staat"),
        ("Olá Camille, participámos juntos no workshop de GA4 em fevereiro. Queria agradecer-te pelas dicas sobre tracking, "
         "foram muito úteis!", "dicas sobre tracking", "em que ponto"),
    ]
    for note, said, bad in cases:
        text = sample_draft(note, headline="Web Analyst", name="Federico Gallo")
        assert said in text, text
        assert bad not in text, text


def test_training_subcontracted_for_the_own_team_is_a_training_client() -> None:
    cases = [
        ("Hola Camille, me llamo Sofía y acabo de montar una pequeña agencia de comunicación en Sevilla. Nos gustaría subcontratar "
         "formación en SEO para el equipo. ¿Ofreces formaciones en español o solo en francés?", "en francés o en inglés", "marca blanca"),
        ("Olá Camille, abri uma pequena agência no Porto. Queremos subcontratar formação em SEO para a equipa. Dá formações em "
         "português ou só em francês?", "em francês ou em inglês", "white label"),
        ("Hi Camille, I run a small agency in Dublin. We'd like to subcontract SEO training for our team. Do you offer it in "
         "English or only in French?", "I teach in English", "white-label"),
        ("Bonjour Camille, je dirige une petite agence à Bordeaux. Nous souhaitons sous-traiter la formation SEO de notre équipe. "
         "Tu la donnes aussi en anglais ?", "en anglais", "collaboration"),
        ("Hallo Camille, wir sind eine kleine Agentur in Köln und möchten die SEO-Schulung für unser Team auslagern. Bietest du "
         "das auch auf Englisch an?", "auf Englisch", "Zusammenarbeit"),
    ]
    for note, said, bad in cases:
        text = sample_draft(note, headline="Cofundadora de agencia", name="Sofía Montero")
        assert said in text, text
        assert bad not in text, text


def test_french_offered_with_english_is_the_language_she_takes() -> None:
    cases = [
        ("Ciao! Conduco il podcast \"Marketing all'italiana\" e mi piacerebbe invitarti per una puntata sulla formazione in marketing "
         "digitale. Registriamo da remoto, in inglese o francese va benissimo.", "il francese", "L'inglese"),
        ("¡Hola! Presento el podcast \"Marketing en serio\" y me encantaría invitarte a un episodio sobre formación. Grabamos en remoto, "
         "en inglés o en francés, como prefieras.", "En francés", "en inglés"),
        ("Hallo! Ich moderiere den Podcast \"Marketing Mittwoch\" und würde dich gern als Gast einladen. Wir nehmen remote auf, auf "
         "Englisch oder Französisch.", "Französisch", "Englisch ist"),
    ]
    for note, said, bad in cases:
        text = sample_draft(note, headline="Podcast host", name="Davide Marino")
        assert said in text, text
        assert bad not in text, text
