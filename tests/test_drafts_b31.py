"""Wave 31, branch b31: misread notes. A free demo of the sender's product is a pitch (declined, never a call to
"understand your needs"); a topic named after "on / sur / sui / sobre / over" is never a referrer to thank."""

from __future__ import annotations

from drafting import sample_draft


def test_a_free_demo_offered_to_her_is_declined() -> None:
    notes = [
        "Ciao Camille, con la nostra app di reportistica le agenzie risparmiano 6 ore a settimana. Posso mostrarti una demo gratuita di 20 minuti?",
        "Hi Camille, our email tool saves consultants 8 hours a week. Can I show you a free 15-minute demo on Thursday?",
        "Hola Camille, con nuestro software de newsletters las agencias ahorran 10 horas semanales. ¿Te enseño una demo gratuita de 15 minutos?",
        "Olá Camille, com o nosso software de relatórios as agências poupam 5 horas por semana. Posso mostrar-te uma demonstração gratuita de 15 minutos?",
    ]
    for note in notes:
        text = sample_draft(note)
        for wrong in ("20 min", "20-min", "esigenze", "needs", "necesidades", "necessidades", "Ne parliamo", "Happy to talk"):
            assert wrong not in text, (note, text)


def test_a_topic_is_never_thanked_as_a_referrer() -> None:
    notes = [
        "Buonasera Camille, leggo la tua newsletter ogni mese: il numero sulle Stories mi ha dato tante idee per la mia gelateria. Grazie!",
        "Hi Camille, I've been reading your newsletter for months and the issue on TikTok gave me plenty of ideas for my flower shop. Thanks!",
        "Bonjour Camille, je suis votre newsletter depuis longtemps, le numéro sur Pinterest m'a donné beaucoup d'idées pour mon atelier. Merci !",
        "Hola Camille, leo tu newsletter cada mes y la edición sobre Reels me dio muchísimas ideas para mi panadería. ¡Gracias!",
        "Hoi Camille, ik lees je nieuwsbrief al een tijdje en de editie over Reels gaf me veel ideeën voor mijn bloemenzaak. Dank je!",
    ]
    for note in notes:
        text = sample_draft(note)
        for wrong in ("Stories per", "to TikTok", "à Pinterest", "a Reels", "aan Reels", "in contatto", "putting us"):
            assert wrong not in text, (note, text)


def test_a_real_referrer_is_still_thanked() -> None:
    notes = {
        "Ciao Camille, Marta Rossi mi ha dato il tuo contatto: ho un piccolo shop online e cerco aiuto con la SEO.": "Marta",
        "Hi Camille, on Priya's advice I'm reaching out: I run a small bakery and need help with local SEO.": "Priya",
    }
    for note, name in notes.items():
        text = sample_draft(note)
        assert name in text, (note, text)


def test_a_recruiter_asking_her_to_share_a_post_gets_a_yes_to_sharing() -> None:
    # an off-field post: passed on if she knows someone (wave 51), never a promise to broadcast it to her marketing network
    notes = {
        "Hola Camille, trabajo en RR. HH. en una cadena de supermercados y buscamos un Jefe de Tienda en Sevilla. ¿Podrías compartir la oferta en tu red?": "le paso la oferta",
        "Hi Camille, I recruit for a construction firm and we're hiring a Site Manager in Bristol. Could you share the ad with your network?": "pass the job ad on",
        "Bonjour Camille, je recrute pour un transporteur et nous cherchons un Chef d'équipe à Lille. Pourriez-vous relayer l'annonce auprès de votre réseau ?": "transmettrai l'annonce",
        "Ciao Camille, mi occupo di selezione per un hotel e cerchiamo un Receptionist a Rimini. Potresti condividere l'annuncio con la tua rete?": "giro volentieri l'annuncio",
        "Hallo Camille, ich bin Recruiterin bei einer Bäckereikette und wir suchen eine Filialleitung in Graz. Kannst du die Anzeige in deinem Netzwerk teilen?": "Anzeige gern weiter",
    }
    for note, wanted in notes.items():
        text = sample_draft(note)
        assert wanted in text, (note, text)
        for wrong in ("no encaja", "isn't for me", "ne correspond pas", "non fa per me", "passt daher nicht", "no se me ocurre", "niemand ein"):
            assert wrong not in text, (note, text)
