"""Wave 37, helper B: what the sender wants (a recruiter outside her trade, a talk heard, a hedged memory, a job seeker's language)."""

from drafting import sample_draft


def test_recruiter_for_another_trade_is_told_kindly_it_is_outside_her_network():
    notes = {
        "Hallo, ich suche Leute für unsere Werkstatt in Ulm (Kfz-Mechaniker, Vollzeit). Kennen Sie vielleicht jemanden?": "nicht in meinem direkten Netzwerk",
        "Goedemiddag, ik zoek lassers voor ons bedrijf in Breda. Kent u mensen die interesse hebben?": "niet in mijn directe netwerk",
        "Hello, we're hiring bricklayers for a construction site in Bristol. Would you know anyone?": "no one with that profile",
        "Olá, estamos a recrutar eletricistas para a nossa fábrica em Braga. Conhece alguém?": "não tenho perfis desse tipo",
        "Bonjour, on recrute des chauffeurs poids lourd pour notre dépôt de Vienne. Vous auriez quelqu'un ?": "réseau",
    }
    for note, expected in notes.items():
        text = sample_draft(note, name="Peter Braun")
        assert expected in text, (note, text)
        assert "Namen" not in text and "namen" not in text and "names" not in text, (note, text)


def test_a_talk_the_sender_heard_is_never_an_invitation_to_speak():
    for note in ("Hi Camille, we chatted after the Digital Day in Porto, you gave a brilliant talk on content strategy. Let's keep in touch! Ben",
                 "Hello Camille, I attended the meetup in Geneva where you did a great session about social ads. Would be nice to stay connected."):
        text = sample_draft(note, name="Ben Carter")
        low = text.lower()
        assert "thinking of me" not in low and "send me the details" not in low and "subject to my diary" not in low, (note, text)


def test_a_hedged_shared_memory_is_no_question_and_asks_for_no_tool():
    for note in ("hey camille, we were in the same semrush workshop in 2023 i think? just started freelancing in SEO, would be great to swap experiences",
                 "hi Camille, we both did the Google Ads bootcamp in 2021 if I remember correctly? I'm a freelancer now too, happy to compare notes sometime"):
        text = sample_draft(note, name="Sam Reed")
        assert "the one I'd recommend" not in text and "tool" not in text.lower(), (note, text)


def test_a_job_seeker_who_speaks_another_language_gets_advice_not_her_languages():
    for note in ("Hello Camille, I'm a Spanish speaker looking for a marketing job in Lyon since January. Any tips for an English speaker getting into French agencies?",
                 "Hi Camille, job hunting in Lyon as an English speaker for two months now. Any advice on getting a first marketing role in France?"):
        text = sample_draft(note, name="Lucia Gomez")
        assert "I work in English and French" not in text and "your needs" not in text, (note, text)
