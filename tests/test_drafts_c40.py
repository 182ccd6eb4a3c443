"""Wave 40, helper C: a training asked for a group keeps its size and month; generic kinds are no choice."""
from drafting import sample_draft


def test_group_training_keeps_size_and_month_and_asks_level():
    notes = [
        ("Buenos días Camille, coordino un máster en Valencia. ¿Ofreces talleres de marketing digital para grupos? Seríamos 30 estudiantes en mayo.",
         ["30 estudiantes", "mayo", "nivel del grupo"]),
        ("Bonjour Camille, j'enseigne dans une école de commerce à Nantes. Proposez-vous des formations pour des groupes ? Nous aurions 24 étudiants en février.",
         ["24 étudiants", "février", "niveau du groupe"]),
        ("Hi Camille, I run a bootcamp in Dublin. Do you offer workshops for groups? We'd be about 15 learners in October.",
         ["15 learners", "October", "group's level"]),
        ("Hoi Camille, ik ben docent aan een hogeschool in Utrecht. Geef je ook trainingen voor groepen? Het gaat om 20 studenten in maart.",
         ["20 studenten", "maart", "niveau van de groep"]),
    ]
    for note, wanted in notes:
        text = sample_draft(note)
        for w in wanted:
            assert w in text, (note, w, text)
        for bad in ("aprender", "apprendre", "like to learn", "wilt leren"):
            assert bad not in text, (note, bad, text)


def test_generic_kinds_of_learning_are_not_a_choice():
    notes = [
        "coucou camille, je me reconvertis dans le marketing digital. tu me conseilles quelles formations ou certifs à faire en premier ?",
        "Bonjour Camille, ancienne comptable, je passe au marketing. Des formations ou des certifications à privilégier en priorité ?",
    ]
    for note in notes:
        text = sample_draft(note)
        assert "choisir entre" not in text and "par lequel" not in text, (note, text)
