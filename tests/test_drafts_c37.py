"""Wave 37 (C): the first call's price answered from ``first_call_free``; a course's price never answered as consulting rates."""
from drafting import sample_draft

from invitriage.drafts.writer import first_call_asked


def test_first_call_price_answered_from_the_setting():
    cases = [
        ("Hi Camille, I'm launching a small candle shop and need help with Instagram. Is the first call free?", ("first call is free",)),
        ("Bonjour Camille, je lance une épicerie fine et j'aurais besoin d'aide pour mon référencement. Le premier appel est-il payant ?",
         ("premier appel", "gratuit")),
        ("Hallo Camille, ich eröffne ein kleines Café und brauche Hilfe bei Social Media. Was kostet ein Erstgespräch bei dir?",
         ("erste Gespräch", "kostenlos")),
        ("Hoi Camille, ik begin een online winkel in planten en zoek hulp met SEO. Is een kennismakingsgesprek bij jou gratis?",
         ("eerste gesprek", "gratis")),
        ("Hola Camille, tengo una tienda de cerámica y necesito ayuda con mis redes. ¿La primera llamada tiene algún coste?",
         ("primera llamada", "gratuita")),
    ]
    for note, said in cases:
        text = sample_draft(note)
        assert all(w in text for w in said), (note, text)
        assert "depend" not in text.lower() and "hängt" not in text, text  # the call's price, never the project's


def test_first_call_asked_only_with_its_price():
    assert first_call_asked("Quanto costa la prima consulenza?") == (True, True)
    assert first_call_asked("Is the first call free? And what are your rates for an audit?") == (True, False)
    assert first_call_asked("Can we have a first call next week?") == (False, False)


def test_course_price_is_not_consulting_rates():
    for note in ("buenas camille, ¿cuánto cuesta tu curso de Google Ads? ¿se puede hacer online?",
                 "ciao Camille, quanto costa il corso di social ads? si può seguire online?",
                 "Salut Camille, combien coûte ta formation en SEO ? Elle existe en ligne ?"):
        text = sample_draft(note)
        low = text.lower()
        assert "du projet" not in low and "del proyecto" not in low and "dal progetto" not in low, text
        assert "durée" in low or "duración" in low or "durata" in low, text


def test_referrer_who_pointed_to_her_profile_is_thanked():
    for note, name in (("Guten Tag Frau Laurent, ich bin über Anna Schulz auf Ihr Profil gestoßen. Wir sind ein kleiner Weinhandel "
                        "und suchen Unterstützung bei Google Ads.", "Anna Schulz"),
                       ("Hallo Camille, ich habe deinen Namen durch Jonas Becker bekommen, mit dem du an seinem Shop gearbeitet hast. "
                        "Ich suche Hilfe bei SEO für meinen Onlineshop.", "Jonas Becker"),
                       ("Bonjour Camille, j'ai découvert ton profil grâce à Julien Morel. Je cherche de l'aide pour le SEO de mon site.", "Julien Morel")):
        text = sample_draft(note)
        assert name in text, text
