"""Wave 38, helper D: a peer met at an event, or a sender writing tú / tu, is answered in the same register, and the
place they met is kept (never a conversation the note does not tell of)."""
from drafting import sample_draft


def test_peer_met_at_an_event_gets_tu_and_the_event():
    cases = [
        ("es", "Camille, nos vimos en el meetup de SEO de Madrid hace dos semanas. Soy redactora de contenidos y me encantaría compartir experiencias.",
         "Redactora SEO", ("usted", "le viene", "cordial"), ("meetup",)),
        ("es", "Hola Camille, coincidimos en la conferencia de ecommerce en Barcelona. Llevo las redes de una marca de cosmética.",
         "Social Media", ("usted", "cordial"), ("conferencia",)),
        ("it", "Camille, ci siamo incrociati al meetup SEO di Milano a marzo. Faccio il copywriter e sarebbe bello confrontarci sui contenuti.",
         "Copywriter", ("La ringrazio", "Cordiali", " Le "), ("meetup",)),
        ("it", "Camille, ci siamo viste alla conferenza sull'e-commerce a Torino. Gestisco i social di un brand di gioielli.",
         "Social Media Manager", ("La ringrazio", "Cordiali", "conversazione iniziata"), ("conferenza",)),
    ]
    for lang, note, head, banned, wanted in cases:
        text = sample_draft(note, headline=head, name="Marta Rossi")
        for b in banned:
            assert b not in text, (lang, b, text)
        for w in wanted:
            assert w in text, (lang, w, text)


def test_tu_verbs_are_mirrored():
    cases = [
        ("es", "Buenas tardes Camille, organizo un ciclo de charlas en una universidad de Valencia. ¿Te animarías a dar una sesión sobre SEO local?",
         ("usted", "Estimad", " su "), ("te ",)),
        ("es", "Buenos días Camille, dirijo un máster en Bilbao. ¿Participarías en una mesa redonda sobre redes sociales en mayo?",
         ("usted", "Estimad", " le "), ("te ",)),
        ("it", "Buongiorno Camille, sono redattrice di una rivista di marketing. Posso farti due domande sul SEO per un articolo?",
         ("La ringrazio", "Cordiali", " Sue "), ("tu",)),
        ("it", "Buonasera Camille, conduco un podcast sul digitale. Ti andrebbe di darti appuntamento per un'intervista?",
         ("La ringrazio", "Cordiali"), ("ti",)),
    ]
    for lang, note, banned, wanted in cases:
        text = sample_draft(note, headline="", name="Laura Bianchi")
        for b in banned:
            assert b not in text, (lang, b, text)
        assert any(w in text for w in wanted), (lang, text)


def test_formal_writers_stay_formal():
    for note in ("Estimada Sra. Laurent: nos conocimos en el congreso de marketing de Madrid. ¿Le interesaría dar una ponencia?",
                 "Gentile Dott.ssa Laurent, ci siamo conosciuti al convegno di Bologna. Le scrivo per proporLe un intervento."):
        text = sample_draft(note, headline="Direttore", name="Paolo Neri")
        assert "Ciao" not in text and "¡Hola" not in text, text
