"""Wave 33, helper C: a detail the note gives is never asked back (the deadline, the subject of a class or talk), and
a salutation is never an event's name."""
from drafting import sample_draft


def test_a_deadline_named_as_a_noun_is_confirmed_never_asked():
    notes = [
        ("Hallo Camille, ich bin Journalist bei der Internet World und schreibe an einem Artikel über Social Ads. "
         "Magst du mir ein kurzes Statement geben? Abgabetermin ist Donnerstag. Grüße, Tim", "bis Donnerstag", "Deadline"),
        ("Hi Camille, I'm a journalist at The Drum writing an article on AI search. Would you give me a short comment? "
         "The deadline is Thursday. Thanks, Laura", "by Thursday", "your deadline"),
        ("Ciao Camille, sono giornalista per Engage e scrivo un articolo sulla SEO locale. Potresti darmi un breve commento? "
         "La scadenza è giovedì. Grazie, Marco", "entro giovedì", "e la scadenza"),
        ("Olá Camille, sou jornalista no Público e estou a escrever um artigo sobre SEO. Poderia dar-me um breve comentário? "
         "O prazo é quinta-feira. Obrigada, Rita", "até quinta-feira", "e o prazo"),
        ("Hoi Camille, ik ben journalist bij Emerce en schrijf een artikel over SEO. Zou je een korte quote willen geven? "
         "De deadline is donderdag. Groet, Sanne", "vóór donderdag", "je deadline"),
    ]
    for note, said, never in notes:
        text = sample_draft(note, name="Test Person")
        assert said in text and never not in text, (note, text)


def test_the_field_a_speaker_or_teacher_is_sought_in_is_not_asked_again():
    notes = [
        "Bonjour Camille, notre école de commerce recherche une intervenante en référencement naturel pour ses étudiants de master. Seriez-vous partante ?",
        "Bonjour Madame Laurent, nous organisons un cycle de conférences et cherchons des intervenants en stratégie de contenu pour nos adhérents. Seriez-vous intéressée ?",
    ]
    for note in notes:
        text = sample_draft(note, name="Test Person")
        assert "le sujet" not in text and ("référencement naturel" in text or "stratégie de contenu" in text), (note, text)
        assert "pour ses" not in text, text


def test_a_salutation_is_never_the_event():
    notes = [
        ("Dag Camille, in mei organiseren we de Webshop Dag in Gent en we zoeken nog een spreker over social ads. Heb je interesse? Groetjes, Els",
         "Webshop Dag"),
        ("Dag Camille, wij organiseren in oktober het Marketing Festival in Utrecht en zoeken sprekers over contentstrategie. Lijkt je dat wat? Groet, Tom",
         "Marketing Festival"),
    ]
    for note, event in notes:
        text = sample_draft(note, name="Test Person")
        assert "Dag Camille" not in text and event in text, (note, text)
