"""Misreads and wrong commitments (round 22): the language limit said before any yes, the named event kept, a referral
asked for (not the job), a permanent post declined, "possiamo collegarci?" read as the LinkedIn connection, a call
asked for in a question answered with the call."""
from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, limit, yes_words", [
    ("Hallo Camille, wir organisieren im September den Shopware Summit Graz und suchen Speaker zu SEO für Onlineshops. "
     "Magst du einen Vortrag halten? LG Jana", "Französisch oder Englisch", ("gern",)),
    ("Hoi Camille, voor de Webshop Dagen Utrecht in maart zoeken we nog sprekers over social ads. Zou je een talk willen geven?",
     "het Frans of het Engels", ("graag",)),
    ("Ciao Camille, organizziamo il Digital Retail Forum Torino a novembre: ti andrebbe di tenere un intervento sui social ads?",
     "francese o in inglese", ("volentieri", "piacere")),
])
def test_the_language_limit_comes_before_any_yes(note, limit, yes_words):
    # wave 25: the (qualified) yes first, the limit in the very next sentence, before the next step is asked, so "farlo"
    # has the talk before it and the yes is never left standing alone
    text = sample_draft(note, name="Lena Vogt")
    assert limit in text
    body = text.split("\n", 2)[2]
    first_yes = min(i for i in (body.find(w, body.find("\n")) for w in yes_words) if i >= 0)
    answer = body[body.find("\n") + 1:]
    assert first_yes < body.find(limit)
    assert answer.find(limit) < (answer.find("?") if "?" in answer else len(answer))


@pytest.mark.parametrize("note, event", [
    ("Hallo Camille, wir organisieren im September den Shopware Summit Graz und suchen Speaker zu SEO für Onlineshops. "
     "Magst du einen Vortrag halten? LG Jana", "Shopware Summit Graz"),
    ("Hoi Camille, voor de Webshop Dagen Utrecht in maart zoeken we nog sprekers over social ads. Zou je een talk willen geven?",
     "Webshop Dagen Utrecht"),
    ("Sehr geehrte Frau Laurent, für unseren Kongress \"Handel Digital Linz\" im Mai suchen wir Speaker zu Content-Strategie. "
     "Hätten Sie Interesse? Mit freundlichen Grüßen, Petra Huber", "Handel Digital Linz"),
])
def test_a_named_event_is_kept_in_the_thanks(note, event):
    assert event in sample_draft(note, name="Lena Vogt")


@pytest.mark.parametrize("note, wrong", [
    ("Hoi Camille, wij zoeken een marketingcoördinator voor een zorginstelling in Utrecht. Ken jij misschien iemand? Groet, Sanne",
     ("aan mij dacht", "past niet bij mij")),
    ("Ciao Camille, cerco un account manager per un'azienda di logistica a Verona. Conosci per caso qualcuno adatto?",
     ("pensato a me", "non fa per me")),
    ("Bonjour Camille, je recrute un chef de projet logistique pour un client à Lille. Connais-tu par hasard quelqu'un ?",
     ("pensé à moi", "pas pour moi")),
])
def test_a_referral_asked_is_not_thanked_as_a_job_offered(note, wrong):
    text = sample_draft(note, name="Lena Vogt")
    assert not any(w in text for w in wrong), text


@pytest.mark.parametrize("note, no", [
    ("Goedemiddag mevrouw Laurent, namens een opdrachtgever in Utrecht zoek ik een Head of Content (fulltime, vast contract). "
     "Staat u open voor een gesprek? Met vriendelijke groet, Ruud de Vries", "geen vaste baan"),
    ("Guten Tag Frau Laurent, für einen Auftraggeber in Köln suche ich eine Teamleitung SEO in Vollzeit, unbefristet. "
     "Wäre das interessant für Sie? Beste Grüße, Anna Krüger", "keine Festanstellung"),
])
def test_a_permanent_post_is_declined_not_taken_as_a_mission(note, no):
    text = sample_draft(note, name="Lena Vogt")
    assert no in text and "opdracht" not in text.split("\n", 2)[2], text


@pytest.mark.parametrize("note", [
    "ciao camille! ho letto il tuo articolo sulla SEO locale, utilissimo. ho una piccola pasticceria a bari, possiamo collegarci?",
    "¡Hola Camille! Me encantó tu artículo sobre SEO local. Tengo una pequeña floristería en Granada. ¿Podemos conectar?",
])
def test_connect_asked_is_not_a_meeting(note):
    text = sample_draft(note, name="Lena Vogt")
    assert not any(w in text for w in ("orari", "horarios", "20 minuti", "20 minutos", "prossima settimana", "semana que viene")), text


@pytest.mark.parametrize("note, call", [
    ("ciao camille, ho un e-shop di ceramiche a lecce: possiamo collegarci su zoom la prossima settimana per parlarne?", "20 minuti"),
    ("Hallo Camille, ich habe einen kleinen Onlineshop für Kinderspielzeug in Leipzig. Hättest du nächste Woche Zeit für ein kurzes Telefonat?",
     "20 Minuten telefonieren"),
    ("Oi Camille, tenho uma loja virtual de biquínis em Floripa. Topa uma chamada rápida semana que vem?", "20 minutos"),
])
def test_a_call_asked_in_a_question_is_answered_with_the_call(note, call):
    text = sample_draft(note, name="Lena Vogt")
    assert call in text and "Come sta andando" not in text, text
