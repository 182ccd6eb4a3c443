"""Round 36, questions answered (wave 38): whether server-side tracking is worth it for a small business (a yes/no
answered, not only the tools), LinkedIn Ads against organic LinkedIn (the two things named weighed, never SEO), her own
workshops asked with "do you offer" (a clear yes), and a career changer's "which trainings?" (the courses asked, not
the portfolio advice of the sentence before)."""
from __future__ import annotations

from drafting import sample_draft
from invitriage.drafts.rx import search
from invitriage.settings import fold_phrase


def test_server_side_worth_it_answered() -> None:
    notes = [
        ("Hi Camille, great post on cookies. Is server-side tracking really worth it for a small company?", r"pays off"),
        ("Salut Camille ! Le tracking côté serveur, ça vaut vraiment le coup pour une petite boîte ?", r"vaut le coup"),
        ("Hola Camille, ¿el tracking del lado del servidor compensa para una empresa pequeña?", r"merece la pena"),
        ("Hallo Camille, lohnt sich serverseitiges Tracking für einen kleinen Betrieb?", r"lohnt sich"),
        ("Hoi Camille, is server-side tagging de moeite waard voor een klein bedrijf?", r"loont"),
    ]
    for note, said in notes:
        text = sample_draft(note)
        assert search(said, text) and "Stape" in text, (note, text)


def test_linkedin_ads_or_organic_weighs_those_two() -> None:
    notes = [
        "Hi Camille, read your LinkedIn Ads post. With 400 euros a month, should I run ads or grow organically on LinkedIn first?",
        "Bonjour Camille, pour ma boîte B2B : je lance des pubs LinkedIn avec 300 € par mois ou je mise d'abord sur l'organique ?",
        "Hallo Camille, danke für deinen Beitrag zu LinkedIn Ads! Lohnt es sich, mit 500 Euro im Monat zu starten, oder sollte ich erst organisch posten?",
        "Hoi Camille, LinkedIn-advertenties voor mijn adviesbureau of eerst organisch posten? Budget is zo'n 400 euro per maand.",
        "Ciao Camille, per la mia azienda B2B meglio annunci su LinkedIn con 500 euro al mese o prima i post organici?",
    ]
    for note in notes:
        text = sample_draft(note)
        folded = fold_phrase(text)
        assert "linkedin" in folded and "seo" not in folded and not search(r"produ\w+", folded), (note, text)


def test_do_you_offer_workshops_gets_a_yes() -> None:
    notes = [
        ("Hello Camille, I run a tiny candle shop online and know nothing about marketing. Do you offer workshops for beginners?", "Yes, I run"),
        ("Bonjour Camille, je débute avec ma boutique de savons. Proposez-vous des ateliers pour débutants ?", "Oui, j'anime"),
        ("Hallo Camille, ich starte gerade mit meinem Keramikshop. Bietest du Workshops für Einsteiger an?", "Ja, ich gebe"),
        ("Hoi Camille, ik ben net begonnen met mijn webshop. Geef je ook workshops voor beginners?", "Ja, ik geef"),
    ]
    for note, said in notes:
        text = sample_draft(note)
        assert said in text, (note, text)


def test_career_changer_asking_which_courses_gets_courses() -> None:
    notes = [
        "Bonjour Camille, je suis en reconversion après 8 ans comme comptable et je vise le marketing digital. Quelles formations me conseilleriez-vous ?",
        "Hi Camille, I'm changing careers after years in hospitality to move into digital marketing. Which courses would you recommend?",
        "Hola Camille, estoy en plena reconversión profesional hacia el marketing digital. ¿Qué cursos me recomendarías?",
    ]
    for note in notes:
        text = sample_draft(note)
        assert "Skillshop" in text and not search(r"portfolio|portafolio|blog perso", text), (note, text)
