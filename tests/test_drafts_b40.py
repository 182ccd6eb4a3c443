"""Wave 40, helper B: a number read from the note is never cut ("1,5 jaar" is never "5 jaar")."""

from __future__ import annotations

from drafting import draft

from invitriage.drafts.told import experience_line


def test_years_with_a_decimal_or_a_half_are_never_cut() -> None:
    whole = [
        ("Salut Camille, je cherche un CDI en SEO, 1,5 ans d'expérience en agence. Des conseils ?", "fr", "1,5 ans"),
        ("Hi Camille, job hunting in paid social after 2.5 years in an agency. Any advice on my profile?", "en", "2.5 years"),
        ("Hallo Camille, ich suche eine Stelle im Content-Marketing (3,5 Jahre Erfahrung). Hast du Tipps?", "de", "3,5 Jahre"),
        ("Hoi Camille, ik zoek werk als SEO-specialist na 2,5 jaar ervaring bij een bureau. Tips?", "nl", "2,5 jaar"),
    ]
    for note, lang, years in whole:
        text = draft(note, lang, "job_seeking")
        bare = years.split()[0][-1] + " " + years.split()[1]  # "5 jaar" cut out of "1,5 jaar"
        assert not any(line.lstrip().startswith(("Met " + bare, "With " + bare, "Mit " + bare, "Avec " + bare))
                       for line in text.splitlines()), (lang, text)
        assert years.split()[0] in text or bare not in text.replace(years.split()[0], ""), (lang, text)
    halves = [
        ("Je cherche un poste après 2 ans et demi en agence.", "fr"),
        ("Busco trabajo tras 3 años y medio de experiencia en SEO.", "es"),
        ("Cerco lavoro dopo 2 anni e mezzo di esperienza nei social.", "it"),
        ("Procuro emprego depois de 4 anos e meio de experiência em SEO.", "pt"),
        ("I'm looking for a role after 3 years and a half in SEO.", "en"),
    ]
    for note, lang in halves:
        assert experience_line(note, lang, informal=True) == "", (lang, note)
    assert experience_line("ik zoek een baan als content marketeer (1,5 jaar ervaring)", "nl", informal=True) \
        == "Met 1,5 jaar ervaring heb je al veel in huis."
    assert experience_line("with 2,5 years of experience in SEO", "en", informal=True).startswith("With 2.5 years of experience in SEO")
    assert experience_line("com 2.5 anos de experiência em SEO", "pt", informal=True).startswith("Com 2,5 anos de experiência em SEO")


def test_english_already_offered_is_never_asked_again() -> None:
    from drafting import sample_draft
    notes = [
        ("Hallo Camille, ich moderiere einen Podcast über E-Commerce. Hättest du Lust, als Gast über SEO für Onlineshops zu sprechen? "
         "Wir nehmen remote auf, Englisch ist auch okay.", "de"),
        ("Hola Camille, organizo un webinar sobre SEO local para pymes en junio. ¿Te animarías a dar una charla de 30 minutos? "
         "Idioma: inglés sin problema.", "es"),
        ("Ciao Camille, conduco un podcast sul marketing digitale. Ti andrebbe di essere ospite per parlare di social ads? "
         "Registriamo online, l'inglese va benissimo.", "it"),
        ("Hoi Camille, ik organiseer een meetup over contentstrategie in Utrecht. Zou je een talk willen geven? Taal mag Engels zijn.", "nl"),
    ]
    asked = ("Englisch für dich", "Englisch für Sie", "en inglés?", "in inglese?", "Engels voor jou", "Engels voor u",
             "francés o en inglés", "francese o in inglese", "Frans of het Engels", "Französisch oder Englisch")
    for note, lang in notes:
        text = sample_draft(note)
        assert not any(a in text for a in asked), (lang, text)


def test_connecting_with_her_is_never_a_request_for_introductions() -> None:
    from drafting import sample_draft
    for note in ("Oi, quero me conectar com você.", "Olá Camille! Adoraria me conectar com vc, abraço", "Hola, me encantaría conectarme con usted."):
        text = sample_draft(note)
        assert not any(w in text for w in ("gostaria de conhecer", "faço a ponte", "hago de puente", "presentar", "a quién")), (note, text)
    assert "ponte" in sample_draft("Oi Camille, você poderia me conectar com alguém da área de SEO em Lyon?")
