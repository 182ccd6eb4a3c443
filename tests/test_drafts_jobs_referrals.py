"""Recruiters, referrals and job seekers (wave 51, group D): off-field job ads passed on only if she knows someone, "your
profile fits" answered as a self-employed consultant, a freelancer sent by a referrer kept in mind, a coffee once a
newcomer has moved to her city, and an internship-or-first-job seeker told she hires neither."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note, headline, good, bad", [
    ("Bonjour, je recrute des développeurs Java pour nos clients bancaires, n'hésitez pas à partager l'annonce dans votre réseau. Cordialement, Isabelle Roux",
     "Recruteuse IT", "si je connais quelqu'un", "je la relaierai"),
    ("Hello, we're hiring forklift drivers in Manchester. Please share with your network. Regards, Linda Park, Recruitment Consultant",
     "Recruitment Consultant - Logistics", "I'll pass the job ad on", "link to the post"),
    ("Hola Camille, buscamos un jefe de almacén en Zaragoza. ¿Puedes compartir la oferta con tu red? Gracias",
     "Selección de personal", "si conozco a alguien", "Envíame el enlace"),
    ("Hoi Camille, we zoeken magazijnmedewerkers in Tilburg. Wil je de vacature delen in je netwerk? Groet, Sanne",
     "Recruiter logistiek", "als ik iemand ken", "stuur me de link"),
])
def test_off_field_job_ad_passed_on_only_if_she_knows_someone(note: str, headline: str, good: str, bad: str) -> None:
    text = sample_draft(note, headline=headline, name="Alex Martin")
    assert good in text and bad not in text


@pytest.mark.parametrize("note", [
    "Hallo Camille, ik ben Head of Talent bij Bol en we zoeken een Content Strategist (Utrecht, hybride). Ik denk dat je profiel goed past, of misschien ken je iemand? Groet, Marieke",
    "Hoi Camille, wij zoeken een SEO-specialist in Amsterdam. Jouw profiel past perfect, of ken je iemand die interesse heeft? Groet, Joost",
])
def test_profile_fits_answered_as_self_employed(note: str) -> None:
    text = sample_draft(note, headline="Recruiter", name="Marieke de Vries")
    assert "zelfstandige" in text and "geen baan" in text
    assert "als dat wel zo is" not in text


def test_referral_thanks_never_clumsy_in_dutch() -> None:
    text = sample_draft("Goedemiddag, wij zoeken voor diverse opdrachtgevers ervaren SAP-consultants. Heeft u interesse of kent u iemand in uw netwerk? "
                        "Met vriendelijke groet, Ruud Bakker", headline="Senior Recruiter IT bij Yacht", name="Ruud Bakker")
    assert "als dat wel zo is" not in text and "met die persoon in contact" in text


@pytest.mark.parametrize("note, referrer, good, bad", [
    ("Ciao Camille, mi manda Julien Morel. Sono copywriter SEO freelance (IT/FR) e mi ha detto che a volte cerchi partner per progetti in italiano. Possiamo sentirci?",
     "Julien Morel", "ti tengo volentieri presente", "In realtà no"),
    ("Hola Camille, me manda Lucía Pérez. Soy traductora freelance (ES/FR) y me dijo que a veces buscas partners para proyectos en español. ¿Hablamos? Saludos, Marta",
     "Lucía Pérez", "tendré en cuenta tu perfil", "La verdad es que no"),
    ("Hallo Camille, Jonas Keller meinte, du suchst manchmal Partner für Projekte auf Deutsch. Ich bin freiberufliche Texterin. Wollen wir kurz telefonieren? LG, Nina",
     "Jonas Keller", "im Hinterkopf", "stimmt so nicht"),
    ("Hoi Camille, Daan de Wit zei dat je soms partners zoekt voor projecten in het Nederlands. Ik ben freelance copywriter. Zullen we even bellen? Groet, Eva",
     "Daan de Wit", "in gedachten", "klopt niet helemaal"),
])
def test_freelancer_sent_by_a_referrer_kept_in_mind(note: str, referrer: str, good: str, bad: str) -> None:
    text = sample_draft(note, name="Alex Martin")
    assert referrer in text and good in text and "portfolio" in text.lower() and bad not in text


@pytest.mark.parametrize("note, good", [
    ("Hallo Camille, Marie Dubois (wir waren zusammen im Master in Lyon) meinte, ich solle mich bei dir melden. Ich ziehe im Sommer nach Lyon und suche dort "
     "Kontakte im Marketing. Hast du vlt Zeit für einen Kaffee? 🙂 Viele Grüße, Sophie", "sobald du angekommen bist"),
    ("Hi Camille, Tom Becker suggested I get in touch. I'm moving to Lyon in September and would love to meet people in marketing there. Coffee sometime? Best, Anna",
     "once you're here"),
    ("Hoi Camille, ik verhuis in september naar Lyon en wil graag mensen in marketing leren kennen. Zin om een keer koffie te drinken? Groetjes, Eva", "zodra je hier woont"),
    ("Hola Camille, me mudo a Lyon en octubre y me encantaría conocer gente del marketing. ¿Tomamos un café algún día? Saludos, Lucía", "cuando estés aquí"),
    ("Ciao Camille, mi trasferisco a Lyon a settembre e vorrei conoscere persone del marketing. Ti va un caffè? Grazie, Giulia", "quando sarai qui"),
])
def test_coffee_once_the_newcomer_has_moved_to_her_city(note: str, good: str) -> None:
    text = sample_draft(note, headline="Marketing", name="Alex Martin")
    assert good in text
    assert not any(w in text for w in ("zwei Wochen", "two weeks", "twee weken", "dos semanas", "due settimane"))


@pytest.mark.parametrize("note, good", [
    ("Hallo Camille, ik ben afgestudeerd in communicatie en zoek een stage of eerste baan in online marketing in Frankrijk. Ik spreek goed Frans! Groet, Lisa",
     "geen stagiairs of starters"),
    ("Hi Camille, I graduated in communication and I'm looking for an internship or a first job in online marketing in France. Best, Lisa", "interns or juniors"),
    ("Bonjour Camille, je suis diplômée en communication et je cherche un stage ou un premier emploi en marketing digital en France. Bonne journée, Lisa",
     "ni stagiaires ni juniors"),
])
def test_internship_or_first_job_both_declined(note: str, good: str) -> None:
    assert good in sample_draft(note, headline="Jeune diplômée", name="Lisa Jansen")
