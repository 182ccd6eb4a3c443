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


def test_stand_out_to_agencies_on_linkedin_gets_how_to_stand_out_in_dutch() -> None:
    # 133 de_nl note-34: "zou ik op LinkedIn zoeken naar marketing- en SEO-bureaus in de regio" (how to research agencies)
    nl = sample_draft("Hallo Camille, ik zoek al een paar maanden een nieuwe baan als social media marketeer (3 jaar ervaring). "
                      "Heb je tips hoe ik op LinkedIn beter opval bij bureaus? Zou het fijn vinden om even te sparren. Groeten, "
                      "Noor", name="Noor Bakker", headline="Social Media Marketeer | Open to work")
    assert "SEO-bureaus" not in nl and "als junior" not in nl
    assert "Wat het beste werkt: een kopregel die de gezochte functie en de tools noemt" in nl
    assert "rechtstreekse berichten aan gekozen bureaus" in nl


def test_stand_out_to_agencies_gets_how_to_stand_out_in_other_languages() -> None:
    # 133 de_nl note-34, same question in en, fr (vous), es, it and de: how to stand out, never "Where to apply"
    en = sample_draft("Hi Camille, I've been looking for a new job as a social media marketer for a few months (3 years' "
                      "experience). Any tips on how to stand out to agencies on LinkedIn?", name="Chloe Green",
                      headline="Social Media Marketer | Open to work")
    assert "Where to apply" not in en and "What works best: a headline that names the job you want" in en
    fr = sample_draft("Bonjour Camille, je cherche depuis quelques mois un nouveau poste de social media manager (3 ans "
                      "d'expérience). Des conseils pour mieux me démarquer auprès des agences sur LinkedIn ?", name="Julie Bernard",
                      headline="Social Media Manager | Open to work")
    assert "Où postuler" not in fr and "Ce qui marche le mieux : un titre de profil" in fr
    es = sample_draft("Hola Camille, llevo unos meses buscando trabajo como social media (3 años de experiencia). ¿Algún "
                      "consejo para destacar ante las agencias en LinkedIn?", name="Lucía García", headline="Social Media | Open to work")
    assert "Dónde buscar" not in es and "Lo que mejor funciona: un titular" in es
    it = sample_draft("Ciao Camille, da qualche mese cerco un nuovo lavoro come social media manager (3 anni di esperienza). "
                      "Hai consigli su come farmi notare dalle agenzie su LinkedIn?", name="Sara Romano")
    assert "Dove candidarti" not in it and "un titolo che dica il ruolo cercato" in it
    de = sample_draft("Hallo Camille, ich suche seit ein paar Monaten eine neue Stelle als Social Media Manager (3 Jahre "
                      "Erfahrung). Hast du Tipps, wie ich bei Agenturen auf LinkedIn besser auffalle?", name="Lena Fischer")
    assert "Wo du dich bewerben kannst" not in de and "eine Headline, die den gesuchten Job und die Tools nennt" in de


def test_where_to_apply_asked_still_gets_where_to_apply() -> None:
    # must not change: "where should I apply?" keeps the kinds of employers, not the profile tips
    en = sample_draft("Hi Camille, I'm looking for a job in social media marketing. Any advice on where I should apply?",
                      name="Tom Hardy")
    assert "What works best" not in en and "Where to apply: marketing agencies" in en


def test_cv_feedback_asked_gets_the_look_without_the_job_line_first() -> None:
    # 132 es_pt_it note-19: "Si me entero de un primer empleo en marketing digital, te aviso." before the CV look
    es = sample_draft("Hola Camille, acabo de terminar un máster en comunicación y estoy buscando mi primer trabajo en marketing "
                      "digital en Francia. ¿Me podrías dar tu opinión sobre mi CV? Sería de gran ayuda.", name="Laura Gómez",
                      headline="Máster en Comunicación Corporativa | Junior Marketing")
    assert "Si me entero" not in es and "Envíame tu CV por aquí: lo leo con calma y te digo con sinceridad qué cambiaría." in es
    fr = sample_draft("Bonjour Camille, je viens de finir un master en communication et je cherche mon premier poste en "
                      "marketing digital. Pourriez-vous me donner votre avis sur mon CV ?", name="Manon Leroy")
    assert "Si j'entends parler" not in fr and "vous dirai franchement ce que je changerais" in fr
    en = sample_draft("Hi Camille, I just finished a master's in communication and I'm looking for my first job in digital "
                      "marketing in France. Could you give me your opinion on my CV?", name="Amy Clark")
    assert "If I hear of" not in en and "tell you honestly what I'd change" in en
    nl = sample_draft("Hallo Camille, ik heb net mijn master communicatie afgerond en zoek mijn eerste baan in digitale "
                      "marketing. Zou je naar mijn cv willen kijken?", name="Eva Smit")
    assert "Als ik hoor van" not in nl and "zeg ik je eerlijk wat ik zou veranderen" in nl


def test_fluent_french_speaker_living_in_lyon_gets_no_french_asset_and_lyon_named() -> None:
    # 133 fr_en note-39: "Speaking French is a real asset" to someone fluent who lives there; "the area you're aiming for"
    en = sample_draft("Hi Camille, I'm looking for a junior digital marketing role in Lyon (I'm British, moved here last year, "
                      "fluent French). Any advice on agencies that hire English speakers?", name="Olivia Taylor",
                      headline="Junior Digital Marketer | Open to work")
    assert "Speaking French is a real asset" not in en and "the area you're aiming for" not in en
    assert "agencies in Lyon" in en and "your English is a real plus" in en


def test_first_freelance_mission_gets_the_network_without_the_day_rate() -> None:
    # 133 fr_en note-11: the unasked, cryptic day-rate sentence and "contre chiffres et témoignage"
    fr = sample_draft("Bonjour Camille,\nje suis en reconversion (ancienne prof de français) et je passe une certif en "
                      "marketing digital. Quels conseils donneriez-vous pour trouver une première mission en freelance ?\n"
                      "Merci d'avance !", name="Isabelle Moreau", headline="En reconversion – Marketing digital")
    assert "taux journalier" not in fr and "contre chiffres" not in fr
    assert "en échange de résultats chiffrés et d'un témoignage" in fr


def test_freelance_price_asked_keeps_the_day_rate() -> None:
    # must not change: a freelancer asking how much to charge still gets the day rate
    fr = sample_draft("Bonjour Camille, je me lance en freelance à côté de mon poste et je ne sais pas combien facturer. "
                      "Des conseils ?", name="Paul Martin")
    assert "taux journalier" in fr and "jours facturables" in fr
