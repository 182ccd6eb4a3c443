"""Wave 155, group N: a recruiter offering HER a post off her field ("I'm hiring warehouse supervisors … think you'd be
a great fit") gets a polite no to the role offered, never "I'm not hiring on my side" (the job's direction reversed);
"you'd be a great fit", "serías perfecta", "Sie wären ideal", "saresti perfetta", "je zou perfect passen" put the post
before her. A recruiter who only says hello keeps the networking reply."""

from drafting import sample_draft


def test_post_said_to_fit_her_is_declined_not_reversed():
    draft = sample_draft("Hi, I'm hiring warehouse supervisors in Manchester. Think you'd be a great fit, let me know!",
                         "Recruiter | Logistics | StaffPoint", "Daniel Wright")
    assert "not hiring" not in draft, draft
    assert "role isn't a fit for me" in draft and "thinking of me" in draft, draft


def test_post_said_to_fit_her_other_languages():
    cases = [
        ("Hola, estoy reclutando jefes de almacén en Valencia. Serías perfecta, ¡avísame!", "Reclutador | Logística",
         "Pablo Ruiz", "este puesto no encaja conmigo"),
        ("Hallo, wir suchen Lagerleiter in Hamburg. Sie wären ideal, melden Sie sich gern!", "Recruiter | Logistik",
         "Jonas Weber", "die Stelle passt daher nicht zu mir"),
        ("Ciao, sto reclutando responsabili di magazzino a Bologna. Saresti perfetta, fammi sapere!", "Recruiter | Logistica",
         "Marco Bianchi", "questa posizione non fa per me"),
        ("Hoi, ik ben recruiter en we werven teamleiders magazijn in Tilburg. Je zou perfect passen, laat het me weten!",
         "Recruiter | Logistiek", "Bas de Vries", "deze functie past niet bij mij"),
    ]
    for note, headline, name, declined in cases:
        draft = sample_draft(note, headline, name)
        assert declined in draft, draft


def test_recruiter_hello_keeps_networking_reply():
    draft = sample_draft("Hi, I'm a recruiter in logistics, always happy to connect with people in Manchester.",
                         "Recruiter | Logistics | StaffPoint", "Daniel Wright")
    assert "not hiring on my side" in draft and "role" not in draft, draft
