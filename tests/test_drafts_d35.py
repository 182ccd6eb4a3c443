"""Wave 35, helper D: greetings, register and repetition."""
from drafting import draft, sample_draft

from invitriage.drafts.notefacts import extract, mirrors_title
from invitriage.drafts.writer import nl_register


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def test_title_after_the_comma_is_mirrored() -> None:
    # "Buenos días, Sra. Laurent": the title sits after the greeting's comma and still asks for a formal reply
    for note in ("Buenas tardes, Sra. Laurent. Dirijo un instituto en Quito y quisiera saber si da cursos de SEO.",
                 "Bom dia, Sra. Laurent, represento uma escola em Braga e gostaria de saber se dá formação em SEO.",
                 "Goedemiddag, mevrouw Laurent, ik leid een hogeschool en zoek een gastdocent SEO.",
                 "Guten Tag, Frau Laurent, wir sind eine Akademie in Köln und suchen eine SEO-Dozentin."):
        assert mirrors_title(note, "Camille Laurent"), note
    assert not mirrors_title("Hola, Camille, ¿qué tal? Te escribo por lo del curso.", "Camille Laurent")
    text = draft("Buenas tardes, Sra. Laurent. Somos una academia en Lima y quisiéramos saber si imparte talleres de SEO para empresas.",
                 "es", "business_proposal", "Lucía Fernández")
    assert first_line(text) == "Estimada Sra. Fernández:", text


def test_student_naming_her_in_full_is_answered_in_kind() -> None:
    text = sample_draft("Bonjour Madame Laurent, étudiante en M2 marketing à Grenoble, je cherche une alternance en SEO pour la rentrée. "
                        "Auriez-vous un moment pour en parler ? Bien cordialement, Chloé Martin", name="Chloé Martin")
    assert first_line(text) == "Bonjour Madame Martin,", text
    # "Bonjour Madame," without her name stays by first name (b32)
    text = sample_draft("Bonjour Madame, étudiante en M2 marketing à Grenoble, je cherche une alternance en SEO pour la rentrée. "
                        "Auriez-vous un moment ? Chloé Martin", name="Chloé Martin")
    assert first_line(text) == "Bonjour Chloé,", text


def test_italian_title_given_is_given_back_and_referrer_del() -> None:
    text = sample_draft("Buongiorno Dott.ssa Laurent,\nla contatto su indicazione della Dott.ssa Elena Sarti. Dirigo il marketing di un'azienda "
                        "vinicola e cerchiamo una consulente SEO per il mercato francese. Possiamo sentirci?\nCordiali saluti,\nRoberto Galli",
                        name="Roberto Galli", headline="Direttore Marketing - Cantine Galli")
    assert first_line(text) == "Gentile Dott. Galli,", text  # the "Dott.ssa" she was given is given back in kind (b51)
    assert extract("Le scrivo su suggerimento del dott. Paolo Ferri: cerchiamo una consulente.", "it", "client").referrer == "Paolo Ferri"
    assert extract("Ti scrivo su consiglio di Giulia Neri, cerchiamo una consulente.", "it", "client").referrer == "Giulia Neri"


def test_swiss_market_is_not_a_swiss_writer() -> None:
    text = sample_draft("Hallo Camille,\nich suche Vertriebsleute für Kunden in Zürich und Basel. Hast du Tipps, wo ich suchen kann?\nLG Jana",
                        name="Jana Wolf", headline="Recruiterin | TalentHaus Köln")
    assert "Grüsse" not in text and "Grüße" in text, text
    text = sample_draft("Grüezi Camille,\nwir sind eine Agentur aus Zürich und suchen Unterstützung bei SEO. Hast du Kapazität?\nLiebe Grüsse, Reto",
                        name="Reto Meier")
    assert "Grüße" not in text, text
    text = sample_draft("Hallo Camille, gibst du SEO-Workshops auch auf Englisch? Wir sind eine kleine Agentur in Luzern. Gruss, Urs", name="Urs Huber")
    assert "Grüße" not in text, text


def test_praise_intensifier_is_not_part_of_the_topic() -> None:
    for note, lang, topic in (("Ik vond uw artikel over linkbuilding uiterst waardevol.", "nl", "over linkbuilding"),
                              ("Ihren Beitrag über lokale Suche fand ich besonders hilfreich.", "de", "über lokale Suche"),
                              ("Ho trovato il suo articolo sulla SEO per e-commerce particolarmente utile.", "it", "sulla SEO per e-commerce"),
                              ("Tu post sobre anuncios en Meta me pareció especialmente útil.", "es", "sobre anuncios en Meta")):
        assert extract(note, lang, "content").topic == topic, (note, extract(note, lang, "content").topic)


def test_dutch_u_draft_keeps_u_and_known_names_get_mevrouw() -> None:
    assert nl_register("Klanten bereik je het best met een nieuwsbrief, en heb je je eigen lijst, dan kun je meten.", informal=False) == \
        "Klanten bereikt u het best met een nieuwsbrief, en hebt u uw eigen lijst, dan kunt u meten."
    assert nl_register("Klanten bereik je het best met een nieuwsbrief.", informal=True) == "Klanten bereik je het best met een nieuwsbrief."
    text = draft("Goedemiddag mevrouw Laurent, ik studeer communicatie in Gent. Welke cursus raadt u aan om met SEO te beginnen? "
                 "Met vriendelijke groet, Yasmina Bouzid", "nl", "ask_for_help", "Yasmina Bouzid")
    assert first_line(text) == "Beste mevrouw Bouzid,", text


def test_mutual_referrals_line_does_not_echo_the_interest() -> None:
    for note, _lang, name in (("Hola Camille, soy fotógrafa de producto y te propongo que nos recomendemos clientes. ¿Te animas?", "es", "Marta Gil"),
                             ("Ciao Camille, faccio copywriting e ti propongo di scambiarci clienti: io testi, tu SEO. Ti va?", "it", "Luca Riva"),
                             ("Hoi Camille, ik bouw webshops en stel voor dat we elkaar klanten doorsturen. Zin in?", "nl", "Bram Smit"),
                             ("Oi Camille, sou designer e proponho indicarmos clientes um para o outro. Topa?", "pt", "Bruno Lima")):
        text = sample_draft(note, name=name)
        low = text.lower()
        assert "me gusta mucho" not in low and "mi piace molto" not in low and low.count("spreekt me") <= 1 and "gostei muito da ideia" not in low, text
