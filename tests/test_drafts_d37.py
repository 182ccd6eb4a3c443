"""Wave 37, helper D: a freelancer selling their trade, and a colleague in the owner's field who liked her post."""

from drafting import sample_draft

CALL = ("20 min", "20-min", "20 Minuten", "20-minütig", "20 minuti", "20 minutos", "20 minuten", "de 20")


def test_freelancer_selling_a_trade_is_named_and_never_booked_for_a_call():
    notes = [
        ("Hola Camille, ofrezco servicios de fotografía de producto y me encantaría colaborar contigo. Mi portafolio: fotos-lucia.example",
         "fotografía de producto"),
        ("Ciao Camille, offro servizi di traduzione e mi piacerebbe collaborare con te. Ecco il mio sito: traduco.example", "traduzione"),
        ("Hi Camille, I'm a freelance developer. I sell web development services and would love to work together: devsite.example",
         "web development"),
        ("Bonjour Camille, je propose mes services de montage vidéo aux consultants. Mon portfolio : montage.example", "montage vidéo"),
        ("Olá Camille, ofereço serviços de ilustração e adoraria colaborar com você. Meu portfólio: ilustra.example", "ilustração"),
        ("Hoi Camille, ik bied fotografie aan voor ondernemers en zou graag samenwerken. Mijn website: foto.example", "fotografie"),
    ]
    for note, trade in notes:
        text = sample_draft(note, name="Lucia Ferri")
        assert trade in text, (note, text)
        assert not any(c in text for c in CALL), (note, text)
        assert "pensar en mí" not in text and "pensato a me" not in text, text


def test_a_colleague_in_her_field_is_greeted_as_one_never_asked_what_to_cover_next():
    notes = [
        ("Hola Camille, me gustó mucho tu artículo sobre SEO local. Yo también me dedico al SEO en Valencia.", "en Valencia",
         "tema que te gustaría"),
        ("Ciao Camille, ottimo post sulle Meta Ads! Lavoro anch'io nel settore a Bologna.", "a Bologna", "vorresti che trattassi"),
        ("Hi Camille, loved your post on B2B content. I also work in content marketing, in Leeds.", "in Leeds", "topic you'd like"),
        ("Hallo Camille, toller Beitrag über lokale Suche! Ich arbeite auch im SEO in Köln.", "in Köln", "Thema"),
        ("Oi Camille, curti muito seu post sobre tráfego pago. Também trabalho com anúncios em Recife!", "em Recife", "tema"),
    ]
    for note, place, next_topic in notes:
        text = sample_draft(note, name="Marco Bianchi")
        assert place in text, (note, text)
        assert next_topic not in text, (note, text)
