"""Wave 129, group I: a beginner community manager asking advice for starting out gets the beginner tip (never the
career-changer boilerplate on "another sector" and "a gap"); a teacher moving into online marketing asking how to land a
first job without experience gets the career-change advice (never "tell me about your business and your budget")."""

from __future__ import annotations

from drafting import sample_draft


def test_beginner_community_manager_gets_beginner_advice_in_spanish() -> None:
    # 132 es_pt_it note-5: "Venir de otro sector es una ventaja. Una pausa o un cambio cabe en una línea"
    es = sample_draft("Hola Camille, estoy buscando trabajo como community manager y he visto que trabajas mucho con redes "
                      "sociales. ¿Tienes algún consejo para alguien que empieza? Gracias de antemano!", name="Andrés Ruiz",
                      headline="Community manager | Buscando nuevas oportunidades")
    assert "otro sector" not in es and "pausa" not in es
    assert "Mi consejo para empezar es aprender haciendo" in es


def test_beginner_community_manager_gets_beginner_advice_in_other_languages() -> None:
    # 132 es_pt_it note-5, same situation in fr (vous), en, it, de and nl
    fr = sample_draft("Bonjour Camille, je cherche un poste de community manager et je vois que vous travaillez beaucoup les "
                      "réseaux sociaux. Auriez-vous des conseils pour quelqu'un qui débute ? Merci d'avance", name="Léa Martin",
                      headline="Community manager | En recherche d'opportunités")
    assert "autre secteur" not in fr and "Mon conseil pour démarrer" in fr
    en = sample_draft("Hi Camille, I'm looking for a job as a community manager and I see you work a lot with social media. "
                      "Any advice for someone just starting out? Thanks in advance!", name="Emma Brown",
                      headline="Community manager | Open to work")
    assert "another sector" not in en and "My one tip to start: learn by doing" in en
    it = sample_draft("Ciao Camille, sto cercando lavoro come community manager e ho visto che lavori molto con i social. Hai "
                      "qualche consiglio per chi inizia? Grazie in anticipo!", name="Giulia Rossi",
                      headline="Community manager | In cerca di opportunità")
    assert "raccontami a che punto sei" not in it and "Il mio consiglio per iniziare" in it
    de = sample_draft("Hallo Camille, ich suche eine Stelle als Community Manager und sehe, dass du viel mit Social Media "
                      "arbeitest. Hast du Tipps für jemanden, der gerade anfängt? Danke!", name="Jonas Weber",
                      headline="Community Manager | Offen für neue Herausforderungen")
    assert "Wo du dich bewerben kannst" not in de and "Mein Tipp für den Einstieg" in de
    nl = sample_draft("Hallo Camille, ik zoek werk als community manager en zie dat je veel met social media doet. Heb je tips "
                      "voor iemand die net begint? Alvast bedankt!", name="Sanne de Vries",
                      headline="Community manager | Op zoek naar nieuwe kansen")
    assert "andere sector" not in nl and "Mijn tip om te beginnen" in nl


def test_experienced_job_seeker_still_gets_experience_first() -> None:
    # must not change: an experienced manager back from a break keeps "Put your experience first"
    en = sample_draft("Hi Camille, I'm a marketing manager with 8 years of experience, looking for a new job after parental "
                      "leave. Any tips?", name="Kate Miller")
    assert "Put your experience first" in en


def test_teacher_switching_to_online_marketing_gets_career_change_advice_in_dutch() -> None:
    # 132 de_nl note-36: "Vertel me iets over je bedrijf en je budget"
    nl = sample_draft("Hallo Camille, na 8 jaar in het onderwijs wil ik de overstap maken naar online marketing. Ik volg nu "
                      "een Google-cursus. Hoe kom ik aan mijn eerste baan zonder ervaring? Alle tips welkom! Groet, Marieke",
                      name="Marieke Jansen", headline="Docent → toekomstig online marketeer")
    assert "bedrijf en je budget" not in nl
    assert "concreet bewijs zwaarder dan een diploma" in nl


def test_teacher_switching_gets_career_change_advice_in_other_languages() -> None:
    # 132 de_nl note-36, same situation in fr (vous), es, it and de (du, Sie): the advice, never only "send me your CV"
    fr = sample_draft("Bonjour Camille, après 8 ans dans l'enseignement je veux me reconvertir dans le marketing digital. Je "
                      "suis une formation Google. Comment décrocher un premier poste sans expérience ? Tous les conseils sont "
                      "bienvenus !", name="Claire Dubois")
    assert "le concret compte plus qu'un diplôme" in fr
    assert "8 ans dans l'enseignement derrière vous" in fr and "dans l derrière" not in fr
    es = sample_draft("Hola Camille, después de 8 años en la enseñanza quiero dar el salto al marketing online. Estoy haciendo "
                      "un curso de Google. ¿Cómo consigo mi primer trabajo sin experiencia? ¡Todos los consejos son bienvenidos!",
                      name="Marta López")
    assert "lo concreto cuenta más que un título" in es and "sobre tu pregunta" not in es
    it = sample_draft("Ciao Camille, dopo 8 anni nell'insegnamento voglio passare al marketing online. Sto seguendo un corso "
                      "Google. Come trovo il primo lavoro senza esperienza? Ogni consiglio è benvenuto!", name="Chiara Bianchi")
    assert "contano più le prove concrete" in it
    de = sample_draft("Hallo Camille, nach 8 Jahren im Schuldienst möchte ich ins Online-Marketing wechseln. Ich mache gerade "
                      "einen Google-Kurs. Wie finde ich meinen ersten Job ohne Erfahrung? Alle Tipps willkommen!", name="Anna Schmidt")
    assert "Konkretes zählt mehr als ein Abschluss" in de and "zu deiner Frage" not in de
    sie = sample_draft("Guten Tag Frau Laurent, nach 8 Jahren im Schuldienst möchte ich ins Online-Marketing wechseln. Ich "
                       "mache gerade einen Google-Kurs. Wie finde ich meine erste Stelle ohne Erfahrung? Für Tipps wäre ich "
                       "Ihnen dankbar.", name="Petra Klein")
    assert "Konkretes zählt mehr als ein Abschluss" in sie and "Schicken Sie mir" in sie
