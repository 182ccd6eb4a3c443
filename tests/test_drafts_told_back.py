"""Wave 66 group B: a note telling HER news back to her (she went freelance) is never congratulated back, and a
sender who says he already fixed/rewrote what she taught is told "great that you put it into practice"."""
import pytest
from drafting import sample_draft

_YOU_NOW = [
    ("hey camille, wir kennen uns von der dmexco letztes jahr, hab grad gesehen dass du jetzt selbstständig bist, glückwunsch! lg max",
     "selbstständig bist"),
    ("Hallo Camille, wir haben uns beim Barcamp in Köln getroffen. Ich sehe, du bist jetzt freiberuflich unterwegs! Grüße, Jan",
     "selbstständig bist"),
    ("Hi Camille, we met at BrightonSEO last year! Just saw you're now freelancing, congrats! Tom", "freelancing now"),
]


@pytest.mark.parametrize("note,bad", _YOU_NOW)
def test_her_news_not_congratulated_back(note, bad):
    d = sample_draft(note, headline="SEO Manager", name="Max Weber")
    assert bad not in d


def test_sender_own_freelance_still_congratulated():
    d = sample_draft("Hallo Camille, wir kennen uns von der dmexco. Ich bin jetzt selbstständig. Max", headline="Berater", name="Max Weber")
    assert "dass du jetzt selbstständig bist" in d


_FIXED = [
    ("Hi Camille, we met at your SEO workshop in Lyon. I fixed my meta descriptions as you said! Luca", "put it into practice"),
    ("Bonjour Camille, on s'est vus à ton atelier SEO à Lyon. J'ai corrigé mes balises title comme tu l'avais conseillé ! Luc", "mis ça en pratique"),
    ("Hola Camille, nos conocimos en tu taller de SEO en Lyon. Ya he corregido las meta descripciones como dijiste. Luis", "puesto en práctica"),
    ("Hallo Camille, wir haben uns bei deinem SEO-Workshop in Lyon kennengelernt. Ich habe meine Meta-Beschreibungen schon überarbeitet! Lukas", "ins Umsetzen gekommen"),
    ("Hoi Camille, we hebben elkaar gezien bij je SEO-workshop in Lyon. Ik heb mijn metabeschrijvingen al herschreven! Luuk", "toegepast"),
]


@pytest.mark.parametrize("note,good", _FIXED)
def test_fixed_after_workshop_acknowledged(note, good):
    d = sample_draft(note, headline="Owner @ Bakery", name="Luca Bianchi")
    assert good in d
    assert "up to since" not in d and "Woran arbeitest" not in d
