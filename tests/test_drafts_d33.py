"""Wave 33, helper D: met before — her talk praised, a conversation remembered by its subject, a sender now far away."""

from drafting import draft, sample_draft


def test_praised_talk_at_the_event_is_thanked_never_an_invented_conversation():
    notes = [
        ("hi Camille, caught ur keynote at the Web2Day in Nantes, loved the bit on Google Business Profile. connecting!",
         ["talk", "keynote"]),
        ("Hola Camille, estuve en el Congreso Marketing de Valencia, en la ponencia sobre redes sociales. ¡Me encantó tu enfoque!",
         ["ponencia", "charla"]),
        ("Ciao Camille! Eravamo al Digital Day di Torino, al talk sulla SEO per e-commerce. Mi ha colpito tantissimo, restiamo in contatto",
         ["intervento"]),
        ("Olá Camille! Estive no Marketing Summit do Porto, adorei a sua fala sobre conteúdo. Vamos manter contacto!",
         ["palestra", "fala"]),
    ]
    for note, said in notes:
        text = sample_draft(note).lower()
        assert any(w in text for w in said), text
        for bad in ("great chatting", "conversación que empezamos", "chiacchierata", "nossa conversa", "what have you been up to"):
            assert bad not in text, text


def test_a_conversation_is_remembered_by_its_subject():
    notes = [
        ("Hallo Camille, wir haben uns auf dem Content Day in Köln getroffen und lange über Newsletter-Strategie gesprochen. Bleiben wir in Kontakt!",
         "newsletter-strategie"),
        ("Ciao Camille, ci siamo conosciute al Social Media Day e abbiamo chiacchierato di Instagram Reels. Restiamo in contatto!",
         "instagram reels"),
        ("Hoi Camille, we hebben op de Digital Marketing Dag in Gent een tijd over Pinterest-advertenties gepraat. Leuk om te connecten!",
         "pinterest-advertenties"),
        ("Hola Camille, coincidimos en el Foro de Marketing de Sevilla y charlamos sobre email marketing para tiendas. ¡Un saludo!",
         "email marketing"),
    ]
    for note, subject in notes:
        text = sample_draft(note).lower()
        assert subject in text, text


def test_a_freelancer_now_living_elsewhere_gets_a_call_not_a_coffee():
    notes = [  # (the judge's intent aside: the met-before reply itself)
        "Ciao Camille, ho seguito il tuo corso di Google Ads a Lione nel 2023. Ora faccio la freelance a Milano, mi farebbe piacere restare in contatto!",
        "Hola Camille, coincidimos en el taller de analítica de Barcelona hace un año. Ahora trabajo como freelance en Buenos Aires. ¡Sigamos en contacto!",
        "Salut Camille, j'ai suivi ton atelier SEO à Lyon l'an dernier. Je suis maintenant freelance à Bruxelles, ravie de garder le contact !",
    ]
    for note, lang in zip(notes, ("it", "es", "fr")):
        text = draft(note, lang, "met_before").lower()
        assert any(w in text for w in ("videochiamata", "videollamada", "visio")), text
        assert not any(w in text for w in ("un caffè uno di questi giorni", "un café un día de estos", "on se fait un café")), text
