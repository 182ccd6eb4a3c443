"""Wave 39 (C): a call asked for next month, a referrer "from your network", one-off coaching asked, student tips."""
from drafting import sample_draft
from invitriage.drafts import notefacts


def test_call_next_month_is_offered_next_month():
    notes = [
        ("Bonjour Camille, je gère trois gîtes dans le Beaujolais et je voudrais travailler mon référencement. "
         "Seriez-vous disponible le mois prochain pour un appel ?", "le mois prochain"),
        ("Hi Camille, we run a small chain of climbing gyms in Manchester and need help with Meta ads. "
         "Could we set up a call next month?", "next month"),
        ("Hallo Camille, wir führen zwei Weingüter in der Pfalz und möchten unsere Website besser bei Google platzieren. "
         "Können wir im nächsten Monat telefonieren?", "nächsten Monat"),
        ("Ciao Camille, ho un B&B a Verona e vorrei migliorare la SEO del sito. Possiamo sentirci il mese prossimo?",
         "il mese prossimo"),
        ("Hoi Camille, ik heb een fietsenwinkel in Gent en wil beter gevonden worden in Google. "
         "Heb je volgende maand tijd om te bellen?", "volgende maand"),
    ]
    for note, said in notes:
        text = sample_draft(note)
        assert said in text, text
        for week in ("next week", "semaine prochaine", "nächste Woche", "prossima settimana", "volgende week"):
            assert week not in text, text


def test_referrer_from_your_network_is_thanked():
    notes = [
        ("Hallo Camille, Jonas Becker aus deinem Netzwerk meinte, du hättest einen Tipp für mich: "
         "wir eröffnen im Juni einen kleinen Online-Shop für Tee. Womit würdest du anfangen?", "de", "Jonas Becker"),
        ("Hoi Camille, Femke de Wit uit je netwerk zei dat jij me verder kunt helpen met mijn webshop in kaarsen. "
         "Waar zou jij beginnen?", "nl", "Femke de Wit"),
        ("Ciao Camille, Chiara Bianchi della tua rete mi ha detto che potresti darmi un consiglio sul mio shop online. "
         "Da dove partiresti?", "it", "Chiara Bianchi"),
    ]
    for note, lang, name in notes:
        assert notefacts.extract(note, lang, "ask_for_help").referrer == name
    assert "Jonas Becker" in sample_draft(notes[0][0])


def test_one_off_coaching_gets_a_clear_yes():
    notes = [
        ("Hi Camille, I own a florist's in Cardiff and my Instagram is going nowhere. Do you offer one-off coaching sessions?",
         "Yes,"),
        ("Bonjour Camille, j'ai un salon de thé à Annecy et je voudrais mieux utiliser Instagram. "
         "Est-ce que vous proposez des accompagnements ponctuels ?", "Oui,"),
        ("Hallo Camille, ich habe eine kleine Töpferei in Leipzig. Bietest du auch einmalige Coachings zu Instagram an?", "Ja,"),
        ("Olá Camille, tenho uma pastelaria no Porto. Faz sessões pontuais de acompanhamento?", "Sim,"),
    ]
    for note, yes in notes:
        text = sample_draft(note)
        assert yes in text, text
        assert "mentor" not in text.casefold(), text


def test_student_already_in_lyon_gets_no_newcomer_tips():
    text = sample_draft("Bonjour Madame Laurent, je suis en M1 communication digitale à Lyon 3 et je cherche un stage "
                        "de 4 mois au printemps. Auriez-vous quelques conseils à me donner ? Merci, Inès Morel",
                        name="Inès Morel")
    for bad in ("dès l'arrivée", "Viser un", "convention"):
        assert bad not in text, text
