"""A journalist's quote asked for ("could I quote you?") is answered as a statement for the press, by the deadline they gave,
and a deadline given as a date ("Deadline ist der 20.12.", "la date limite est le 12/03") is confirmed in the reply."""

from drafting import sample_draft


def test_quote_asked_by_thursday_is_confirmed_never_a_call_next_week() -> None:
    text = sample_draft("Hi Camille, I'm writing a piece for Marketing Week on how European consultants are adapting SEO to AI search. "
                        "Could I quote you? Just need 2-3 lines by Thursday.", headline="Freelance Journalist", name="Chris Walker")
    assert "by Thursday" in text
    assert "call" not in text and "next week" not in text


def test_quote_asked_in_other_languages_keeps_the_deadline() -> None:
    fr = sample_draft("Bonjour Camille, je prépare un article sur le SEO à l'ère de l'IA. Puis-je vous citer ? Il me faudrait 2-3 lignes d'ici vendredi.")
    assert "d'ici vendredi" in fr and "appel" not in fr
    es = sample_draft("Hola Camille, escribo un artículo sobre SEO y búsqueda con IA. ¿Puedo citarte? Necesito 2-3 líneas antes del jueves.")
    assert "antes del jueves" in es and "llamada" not in es
    nl = sample_draft("Hoi Camille, ik schrijf een artikel over SEO en AI. Mag ik je citeren? Ik heb 2-3 zinnen nodig voor donderdag.")
    assert "voor donderdag" in nl and "bellen" not in nl


def test_deadline_given_as_a_date_is_confirmed() -> None:
    de = sample_draft("Guten Tag Frau Laurent, ich bin Redakteur bei t3n und schreibe einen Artikel über KI im Content-Marketing bei KMU. "
                      "Wären Sie bereit, mir 2-3 Fragen per Mail zu beantworten? Deadline ist der 20.12. Besten Dank, Florian Steiner",
                      name="Florian Steiner")
    assert "bis zum 20.12." in de and "zeitnah" not in de
    assert "schicken Sie mir die Fragen" in de and "Sie sie" not in de and "(sie steht" not in de
    fr = sample_draft("Bonjour Camille, je suis journaliste et j'écris un article sur le SEO local. Pourriez-vous répondre à 3 questions par mail ? "
                      "La date limite est le 12/03.")
    assert "d'ici le 12/03" in fr
    it = sample_draft("Buongiorno Camille, sono giornalista e scrivo un articolo sul SEO. Potrebbe rispondere a 3 domande via email? "
                      "La scadenza è il 20 dicembre.")
    assert "entro il 20 dicembre" in it
