"""Fix wave 110, group C: met before, staying in touch, old friends catching up."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,headline,name,must,never", [
    # round 109 de_nl note-42: "het gesprek voort te zetten" after a summit is a talk already had, never a client's call
    ("Hoi Camille, we hebben elkaar gesproken op de Digital Marketing Summit in Parijs bij de stand van Semrush (ik was degene met "
     "de groene sjaal 😄). Zou leuk zijn om het gesprek voort te zetten! Groet, Sophie Dekker, CMO bij Lumio", "CMO @ Lumio",
     "Sophie Dekker", "Digital Marketing Summit", "je wensen"),
    ("Ciao Camille, ci siamo parlati al Web Marketing Festival di Rimini allo stand di Semrush. Mi piacerebbe continuare la "
     "conversazione! Giulia Conti, CMO di Lumio", "CMO @ Lumio", "Giulia Conti", "Web Marketing Festival", "budget"),
    # round 110 fr_en note-23: "great meeting you at Web Summit … would love to stay in touch": a peer met, never "help with your SEO"
    ("Hi Camille, great meeting you at Web Summit Lisbon last week at the SEO roundtable! Your point about topical authority stuck "
     "with me. Would love to stay in touch.\nBest, James", "Head of SEO at Brightside Digital", "James Whitaker", "Web Summit Lisbon",
     "budget"),
    ("Hi Camille, lovely meeting you at BrightonSEO last month at the SEO panel! Your take on E-E-A-T stuck with me. Would love to "
     "stay in touch.", "Head of SEO at Acme", "Sarah Lee", "SEO panel", "help with your SEO"),
])
def test_a_talk_had_at_an_event_is_no_client_call(note: str, headline: str, name: str, must: str, never: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert must in text, text
    assert never not in text, text


@pytest.mark.parametrize("note,headline,name,must,never", [
    # round 110 fr_en note-38: an old friend ("long time no see … let's catch up soon"): years since, a coffee or a call, never
    # "great chatting at Lyon 3" nor a 20-minute slot next week
    ("Camille!! Long time no see since the exchange semester at Lyon 3 😄 Saw you went freelance, congrats! Let's catch up soon",
     "Brand Manager at Unilever", "Jessica Moore", "after all these years", "20-minute"),
    ("Camille!! Long time no see since the exchange semester at Lyon 3 😄 Saw you went freelance, congrats! Let's catch up soon",
     "Brand Manager at Unilever", "Jessica Moore", "catch up", "Great chatting"),
    ("Camille!! Long time no see since our master at Lyon 3 😄 Let's have a call soon", "Brand Manager at Unilever", "Anna Moore",
     "one of these days", "What times suit you"),
])
def test_an_old_friend_catching_up_gets_a_friends_reply(note: str, headline: str, name: str, must: str, never: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert must in text, text
    assert never not in text, text


@pytest.mark.parametrize("note,name,must,never", [
    # round 110 es_pt_it note-16: "tras su intervención en el congreso … la claridad de su exposición": her talk thanked for,
    # never "la conversación que empezamos"
    ("Estimada Camille Laurent,\nTras su intervención en el congreso de Lyon sobre estrategia de contenidos, quería agradecerle la "
     "claridad de su exposición. Sería un placer mantener el contacto.\nReciba un cordial saludo,\nDr. Manuel Ibáñez", "Manuel Ibáñez",
     "mi charla", "conversación que empezamos"),
    ("Buenas Camille! Coincidimos en el taller de Google Analytics 4 en Madrid, me gustó mucho tu intervención sobre atribución. "
     "Conectamos?", "Diego Sanz", "gracias por tus palabras", "en Madrid.\n"),
    ("Olá Camille, conhecemo-nos no Web Summit em Lisboa, na conversa sobre SEO para e-commerce. Gostei muito da sua intervenção. "
     "Fico contente por manter o contacto!\nCumprimentos,\nInês", "Inês Costa", "minha palestra", "em Lisboa.\n"),
    # the webinar named: her "intervención" in it is that webinar, never a separate talk met at
    ("hola camille, te vi en el webinar de hubspot sobre funnels, muy buena tu intervencion. una pregunta: que herramienta "
     "recomiendas para hacer auditorias seo si estas empezando? gracias!!", "Pablo Ruiz", "mi webinar", "haber coincidido"),
])
def test_her_intervention_praised_is_her_talk(note: str, name: str, must: str, never: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    assert never not in text, text


@pytest.mark.parametrize("note,headline,name,must,never", [
    # round 110 fr_en note-16: an old friend offers a lunch when passing through Lyon: welcomed there, never swapped for
    # "un café ou un appel"
    ("Coucou Camille ! Ça fait un bail depuis l'ESC Grenoble 😄 J'ai vu que tu t'étais lancée à ton compte, bravo !! Faut qu'on "
     "se fasse un déj quand je passe à Lyon", "Chef de projet - Decathlon", "Marion Fournier", "tu passes à Lyon", "café ou d'un appel"),
    ("Hey Camille! Long time no see since ESSEC 😄 Saw you went freelance, congrats!! We should grab lunch next time I'm in Lyon",
     "Project Manager - Decathlon", "Emma Brown", "next in Lyon", "coffee or a call"),
    ("Hoi Camille! Lang geleden sinds Erasmus in Lyon 😄 Gefeliciteerd met je eigen bedrijf! We moeten echt eens gaan lunchen als "
     "ik weer eens in Lyon ben", "Projectmanager - Decathlon", "Eva de Vries", "in Lyon bent", "belletje"),
])
def test_an_old_friends_visit_to_her_city_is_welcomed(note: str, headline: str, name: str, must: str, never: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert must in text, text
    assert never not in text, text
    assert "eenmaal woont" not in text, text
