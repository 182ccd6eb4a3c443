"""Wave 49, group E: drafts specific to the sender.

- a brand or shop moving into France (or working on the French market) hears that France is exactly her market and what
  she would look at there (round 46, es_pt_it note-36/38/27/16);
- the owner's answer "for a small e-shop" is said without that lead-in to someone who has no shop (es_pt_it note-5);
- job-search advice follows the note: no "as a junior" to someone who never says so, no off-trade example, roles for
  English speakers answered, no local meetups to a student abroad (fr_en note-13/35/26).
"""

from __future__ import annotations

import pytest

from drafting import sample_draft

INTO_FRANCE = [
    ("Oi Camille, tenho uma marca de velas artesanais em Curitiba e a gente quer expandir pra França ano que vem. "
     "Adoraria saber sua opinião sobre anúncios no Instagram!", "A França é justamente o meu mercado"),
    ("Hola Camille, llevo una marca de zapatillas sostenibles en Bilbao y queremos entrar en Francia en primavera. "
     "¿Me darías tu opinión sobre el SEO?", "francés de verdad"),
    ("Ciao Camille, ho un piccolo brand di ceramiche in Puglia e vorremmo vendere in Francia. Ci sentiamo?",
     "La Francia è proprio il mio mercato"),
    ("Hallo Camille, wir sind eine Kaffeerösterei aus Hamburg und wollen nach Frankreich expandieren. Hast du Zeit für einen Austausch?",
     "Frankreich ist genau mein Markt"),
    ("Hoi Camille, ik heb een merk van biologische thee en we willen naar Frankrijk uitbreiden. Zullen we eens bellen?",
     "Frankrijk is precies mijn markt"),
    ("Prezada Camille, dirijo o marketing de uma marca portuguesa de conservas e estamos a preparar a nossa estratégia de conteúdos "
     "para o mercado francês. Teria disponibilidade para uma conversa?", "França é precisamente o meu mercado"),
]


@pytest.mark.parametrize("note,said", INTO_FRANCE)
def test_a_brand_moving_into_france_hears_it_is_her_market(note: str, said: str) -> None:
    text = sample_draft(note)
    assert said in text, text
    assert len(text) <= 600


NO_SHOP = [
    ("Hola Camille, trabajo como community manager en una agencia y no sé cómo medir el ROI de los anuncios de Facebook. "
     "¿Qué me aconsejas?", ("tienda online pequeña",)),
    ("Oi Camille, comecei como social media numa agência e não consigo medir o ROI das campanhas no Instagram. Alguma dica?",
     ("loja online pequena",)),
    ("Ciao Camille, faccio la social media manager e non riesco a misurare il ROI delle campagne Instagram. Che strumenti mi consigli?",
     ("piccolo e-shop",)),
]


@pytest.mark.parametrize("note,absent", NO_SHOP)
def test_no_shop_is_assumed_when_the_note_names_none(note: str, absent: tuple[str, ...]) -> None:
    text = sample_draft(note)
    assert "ROAS" in text, text
    for word in absent:
        assert word not in text, text


def test_a_shop_owner_still_gets_the_shop_answer() -> None:
    text = sample_draft("Hola Camille, tengo una tienda online de velas y no sé medir el ROI de mis anuncios en Instagram. ¿Algún consejo?")
    assert "ROAS" in text, text


JOB_SEEKERS = [
    ("Bonjour Camille, je cherche un poste de chargée de communication digitale depuis deux mois. Des conseils pour rendre mon profil plus visible ?",
     "Chargée de communication digitale | Open to work"),
    ("Hi Camille, I've been job hunting as a digital communications officer for a while. Any advice to make my profile stand out?",
     "Digital Communications Officer | Open to work"),
]


@pytest.mark.parametrize("note,headline", JOB_SEEKERS)
def test_job_advice_has_no_junior_label_nor_off_trade_example(note: str, headline: str) -> None:
    text = sample_draft(note, headline=headline)
    assert "Performance marketer" not in text, text
    assert "junior" not in text.lower(), text


ENGLISH_SPEAKERS = [
    ("Hi Camille, I lost my job in March and I am hunting for a content marketing role. Any tips on where to look in Lyon as an English speaker?",
     "Open to work", "For English speakers"),
    ("Bonjour Camille, je viens de perdre mon emploi et je cherche un poste en social media. Des conseils pour trouver à Lyon quand on est anglophone ?",
     "Open to work", "Pour un profil anglophone"),
]


@pytest.mark.parametrize("note,headline,said", ENGLISH_SPEAKERS)
def test_roles_for_english_speakers_are_answered(note: str, headline: str, said: str) -> None:
    text = sample_draft(note, headline=headline)
    assert said in text, text


ABROAD = [
    ("Hello Camille, I study marketing at the University of Leeds and I'm looking for a summer internship in France. Any advice?",
     "BA Marketing student, University of Leeds", "meetups"),
    ("Hola Camille, estudio marketing en la Universidad de Granada y busco unas prácticas en Francia para el verano. ¿Algún consejo?",
     "Estudiante de Marketing", "meetups"),
]


@pytest.mark.parametrize("note,headline,absent", ABROAD)
def test_a_student_abroad_is_not_sent_to_lyon_meetups(note: str, headline: str, absent: str) -> None:
    text = sample_draft(note, headline=headline)
    assert "Welcome to the Jungle" in text, text
    assert absent not in text, text
