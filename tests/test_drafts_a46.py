"""Wave 46 group A: a sender who learned THAT she gives workshops (trainings, courses) is a prospective learner or client.

They are told yes, from her own training offer, and asked what they would like to learn; never thanked for attending a
workshop, asked what she should write next, or told "sounds interesting" as if they had proposed something.
"""

from __future__ import annotations

import pytest

from drafting import draft, sample_draft

HEARD = [
    # (note, words of her training offer expected in the reply)
    ("Hi Camille, I read that you teach SEO workshops. I run a small bike shop in Leeds and want more local customers.", "I run digital-marketing trainings"),
    ("Bonjour Camille, j'ai lu que vous animez des formations sur les réseaux sociaux. Je gère une petite fromagerie à Annecy.", "j'anime des formations en marketing digital"),
    ("Salut Camille, j'ai appris que tu donnes des ateliers SEO. J'ai une boutique de jouets en bois.", "j'anime des formations en marketing digital"),
    ("Hola Camille, he visto que das cursos de redes sociales. Tengo una panadería en Valencia. Saludos, Pablo", "doy formaciones de marketing digital"),
    ("Ciao Camille, ho letto che organizzi corsi di SEO. Ho un piccolo negozio di biciclette a Bologna. Buona giornata, Luca", "tengo corsi di marketing digitale"),
    ("Hallo Camille, ich habe gehört, dass du Schulungen zu Social Ads anbietest. Ich habe einen kleinen Fahrradladen in Köln. Grüße, Jonas", "ich gebe Schulungen im digitalen Marketing"),
    ("Hoi Camille, ik zag dat je trainingen over SEO geeft. Ik heb een fietsenwinkel in Utrecht. Groetjes, Sanne", "ik geef trainingen in digitale marketing"),
    ("Oi Camille, vi que você dá cursos de SEO. Tenho uma padaria em Belo Horizonte. Abraço, Bruno", "dou treinamentos de marketing digital"),
    ("Olá Camille, soube que dás formações de redes sociais. Tenho uma pastelaria em Braga. Cumprimentos, Inês", "dou formações de marketing digital"),
]

#: What a reply to such a note must never say: attended, a reader's "what should I write next", a proposal's thanks.
WRONG = ["at my workshop", "bij mijn workshop", "à mon atelier", "bei meinem workshop", "al mio workshop", "no meu workshop",
         "sounds interesting", "ça m'intéresse", "qui m'intéresse", "als nächstes", "prossimamente", "next week?", "meinen beiträgen",
         "miei contenuti", "meus conteúdos", "mis contenidos", "mes contenus", "mijn content", "ahora mismo no lo necesito"]


@pytest.mark.parametrize(("note", "offer"), HEARD)
def test_heard_she_gives_trainings_gets_her_offer(note: str, offer: str) -> None:
    text = sample_draft(note)
    assert offer in text
    low = text.lower()
    assert not [w for w in WRONG if w.lower() in low], text
    assert len(text) <= 600


@pytest.mark.parametrize(("note", "business"), [
    ("Hi Camille, I read that you teach SEO workshops. I run a small bike shop in Leeds.", "for your business"),
    ("Hallo Camille, ich habe gehört, dass du Schulungen zu Social Ads anbietest. Ich habe einen kleinen Fahrradladen.", "für dein Geschäft"),
    ("Hoi Camille, ik zag dat je trainingen over SEO geeft. Ik heb een fietsenwinkel in Utrecht.", "voor je zaak"),
    ("Hola Camille, he visto que das cursos de redes sociales. Tengo una panadería en Valencia.", "para tu negocio"),
])
def test_heard_she_gives_trainings_asks_what_to_learn_for_their_business(note: str, business: str) -> None:
    assert business in sample_draft(note)


def test_formal_register_kept() -> None:
    text = sample_draft("Guten Tag Frau Laurent, ich habe gelesen, dass Sie Workshops zu SEO geben. Ich leite ein kleines Hotel. Mit freundlichen Grüßen")
    assert "Sagen Sie mir" in text and " du " not in text


@pytest.mark.parametrize(("note", "attended"), [
    ("Hallo Camille, ich war letzte Woche bei deinem Workshop zu SEO in Berlin. Hat mir sehr geholfen!", "dabei warst"),
    ("Hi Camille, I attended your workshop on Meta ads in Lyon. Really useful session!", "workshop"),
])
def test_attended_still_thanked_for_coming(note: str, attended: str) -> None:
    text = sample_draft(note)
    assert attended in text
    assert "I run digital-marketing trainings" not in text and "ich gebe Schulungen" not in text


def test_owner_without_training_offer_is_not_made_to_give_one() -> None:
    text = draft("Hi Camille, I read that you teach SEO workshops. I run a small bike shop.", "en", "business_proposal")
    assert "I run training" not in text
