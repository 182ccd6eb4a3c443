"""Review round 14, address and wording: academic titles signed in a formal note, compound surnames, a formal
greeting by title and surname when the gender is clear (else a neutral form), "Liebe Frau …" in kind, the register
read right ("Estimada Camille" with tú verbs, European "a sua"), slots copied cleanly and no repeated words."""
from __future__ import annotations

import pytest

from drafting import draft

from invitriage.drafts.notefacts import name_gender, parse_name
from invitriage.drafts.writer import accented, greeting


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


# -- academic titles -----------------------------------------------------------------------------

TITLED = [
    ("Estimada Sra. Laurent: dirijo un máster en Marketing en la Universidad de Granada y nos gustaría invitarla a dar "
     "una sesión sobre SEO en abril. Atentamente, Dra. Lucía Moreno", "es", "Lucía Moreno Castillo",
     "Estimada Dra. Moreno:", ("Sra. Moreno", "Hola")),
    ("Boa tarde, Camille. Coordeno o mestrado em Comunicação da Universidade do Porto e gostaríamos de a convidar para "
     "uma aula sobre SEO em maio. Seria possível? Cumprimentos, Prof.ª Marta Ribeiro", "pt", "Marta Ribeiro",
     "Cara Professora Marta Ribeiro,", ("Olá, Marta",)),
    ("Gentile Signora Laurent, insegno all'Università di Bologna e vorremmo invitarLa a tenere un seminario sul SEO. "
     "Cordiali saluti, Prof.ssa Giulia Ferrara", "it", "Giulia Ferrara", "Gentile Professoressa Ferrara,", ("prof.ssa", "Ciao")),
    ("Gentile Signora Laurent, insegno al Politecnico di Torino e vorremmo invitarLa per una lezione sui social ads. "
     "Cordiali saluti, Prof. Marco Neri", "it", "Marco Neri", "Gentile Professor Neri,", ("Ciao",)),
]


@pytest.mark.parametrize("note, lang, name, opening, never", TITLED, ids=[c[1] + "-" + c[3][:12] for c in TITLED])
def test_an_academic_title_signed_in_a_formal_note_opens_the_reply(note, lang, name, opening, never):
    text = draft(note, lang, "business_proposal", name)
    assert first_line(text) == opening, text
    for word in never:
        assert word not in first_line(text), text


def test_a_title_word_spelled_out_is_read_as_a_title():
    assert parse_name("Prof.ª Ana Lopes").titles == ("Profa.",) and parse_name("Prof.ª Ana Lopes").gender == "f"
    assert parse_name("Professoressa Sara Conti").titles == ("Prof.ssa",)
    assert parse_name("Professoressa Sara Conti").first == "Sara"


# -- compound surnames ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, surname", [("Alberto Ruiz de Alda", "Sr. Ruiz de Alda"), ("Inés García de la Fuente", "Sra. García de la Fuente"),
                                           ("Carlos Pérez Molina", "Sr. Pérez:")])
def test_a_spanish_compound_surname_is_kept_whole(name, surname):
    note = ("Estimada Sra. Laurent:\nDirijo el marketing de una cooperativa en Navarra y queremos mejorar nuestro SEO en Francia. "
            f"¿Podríamos hablar?\nAtentamente,\n{name}")
    text = draft(note, "es", "business_proposal", name)
    assert surname in first_line(text), text
    assert not first_line(text).rstrip(":").endswith(" de"), text


# -- formal address by gender, neutral when unknown ----------------------------------------------

def test_a_formal_german_note_is_answered_herr_with_the_surname_when_the_first_name_says_the_gender():
    note = "Sehr geehrte Frau Laurent, wir bieten ein Tool für automatisierte Reportings an. Hätten Sie Zeit für eine kurze Demo? Mfg Timo Brandt"
    text = draft(note, "de", "sales_pitch", "Timo Brandt")
    assert first_line(text) == "Sehr geehrter Herr Brandt,", text


def test_a_hallo_frau_note_is_answered_hallo_herr_for_a_turkish_given_name():
    note = ("Hallo Frau Laurent, ich habe gerade mein Studium abgeschlossen und suche einen Einstieg ins SEO. "
            "Hätten Sie einen Tipp für mich? Viele Grüße, Emre Aydin")
    text = draft(note, "de", "job_seeking", "Emre Aydin")
    assert first_line(text) == "Hallo Herr Aydin,", text


def test_an_unknown_gender_keeps_the_full_name_in_german():
    note = "Sehr geehrte Frau Laurent, wir bieten ein Tool für automatisierte Reportings an. Hätten Sie Zeit für eine Demo? Mfg Kaan Sander"
    text = draft(note, "de", "sales_pitch", "Kiran Sander")
    assert first_line(text) == "Guten Tag Kiran Sander,", text


def test_liebe_frau_is_answered_in_kind():
    note = ("Liebe Frau Laurent, Ihr Workshop zu Meta Ads im Frühjahr hat mir sehr geholfen. Bieten Sie auch Coachings an? "
            "Herzliche Grüße, Sabine Krug")
    text = draft(note, "de", "ask_for_help", "Sabine Krug")
    assert first_line(text) == "Liebe Frau Krug,", text
    text = draft(note.replace("Sabine Krug", "Jürgen Krug"), "de", "ask_for_help", "Jürgen Krug")
    assert first_line(text) == "Lieber Herr Krug,", text


def test_dutch_u_form_is_answered_heer_or_by_full_name_never_by_first_name():
    note = ("Goedemiddag mevrouw Laurent, ik ben net afgestudeerd en zoek een eerste baan in online marketing. "
            "Heeft u tips voor mij? Met vriendelijke groet, Mohamed Bakkali")
    text = draft(note, "nl", "job_seeking", "Mohamed Bakkali")
    assert first_line(text) == "Beste heer Bakkali,", text
    text = draft(note.replace("Mohamed Bakkali", "Robin Verhoef"), "nl", "job_seeking", "Robin Verhoef")
    assert first_line(text) == "Beste Robin Verhoef,", text


def test_the_gender_lexicon_knows_common_names_of_the_seven_countries_and_leaves_doubtful_ones():
    assert [name_gender(n) for n in ("Dennis", "Kerem", "Youssef", "Svenja", "Zeynep", "Fenna")] == ["m", "m", "m", "f", "f", "f"]
    assert name_gender("Robin") == "" and name_gender("Sascha") == "" and name_gender("Camille") == ""


def test_greeting_spanish_compound_surname_directly():
    assert greeting("es", parse_name("Javier Sáenz de Ugarte"), informal=False, mirror=True, gender="m") == "Estimado Sr. Sáenz de Ugarte:"


# -- register ------------------------------------------------------------------------------------

def test_estimada_with_the_first_name_and_tu_verbs_is_answered_with_tu():
    note = ("Estimada Camille, organizamos unas jornadas de comercio electrónico en Málaga en mayo y buscamos ponentes sobre SEO. "
            "¿Te apetecería participar? Saludos cordiales, Elena Prieto")
    text = draft(note, "es", "business_proposal", "Elena Prieto")
    assert "Sra." not in text and "Estimada Elena" in first_line(text), text
    assert "¿podría" not in text and "Un cordial saludo" not in text, text


def test_european_portuguese_a_sua_without_tu_is_answered_formally():
    note = "Olá Camille, leio a sua newsletter há algum tempo e o artigo sobre SEO local ajudou-me imenso na minha loja. Obrigado! 🙏"
    text = draft(note, "pt", "content", "Tiago Ferreira")
    for tu_form in ("acompanhas", "gostasses", "teu ", "tua ", "Um abraço"):
        assert tu_form not in text, text


# -- slots and wording ---------------------------------------------------------------------------

def test_a_copied_word_gets_its_accent_in_that_language_only():
    assert accented("tu tienda de ceramica", "es") == "tu tienda de cerámica"
    assert accented("il tuo negozio di ceramica", "it") == "il tuo negozio di ceramica"
    assert accented("ta boutique de ceramique", "fr") == "ta boutique de céramique"


def test_a_spanish_note_without_accents_is_not_copied_without_them():
    text = draft("hola! leo tu newsletter desde hace tiempo, la ultima sobre reels me sirvio mucho para mi tienda online de ceramica. gracias!!",
                 "es", "content", "Rocío Vega")
    assert "ceramica" not in text, text


def test_il_y_a_never_ends_a_shop_product():
    text = draft("salut camille, j'ai ouvert ma boutique en ligne de savons naturels il y a 2 mois mais presque personne ne vient… "
                 "tu aurais des conseils pour le SEO ?", "fr", "ask_for_help", "Julie Roux")
    assert " il." not in text and " il " not in text.replace("il y a", ""), text


def test_a_profile_is_not_a_role():
    text = draft("Hola! Te escribo porque busco un perfil de desarrollador frontend React para una startup en Madrid, por si te interesa.",
                 "es", "recruiting", "Laura Sanz")
    assert "perfil de desarrollador" not in text, text


def test_informal_pra_is_written_para_in_a_slot():
    text = draft("Oi Camille! A gente se conheceu no evento em São Paulo, eu assisti sua palestra sobre tráfego pago pra lojas virtuais. Adorei! 😊",
                 "pt", "met_before", "Camila Souza")
    assert " pra " not in text, text


def test_an_event_date_in_spanish_is_del():
    text = draft("Hola Camille, coincidimos en el meetup de SEO de Madrid el martes pasado y hablamos de formar a mi equipo, ¿lo retomamos?",
                 "es", "business_proposal", "Pablo Ortega")
    assert " el martes pasado" not in text or "del martes pasado" in text, text


@pytest.mark.parametrize("note, lang, twice", [
    ("Bonjour, je suis consultant SEA à Nantes. Nos offres se complètent : un partenariat d'apport d'affaires croisé vous intéresserait ? Cordialement, Marc Giraud",
     "fr", "idée"),
    ("Ciao Camille, ho un podcast che si chiama 'Social in Tasca' e vorrei invitarti per parlare di Meta Ads per artigiani. Ci stai?",
     "it", "piacere"),
])
def test_no_word_said_twice(note, lang, twice):
    text = draft(note, lang, "business_proposal", "Marc Giraud" if lang == "fr" else "Paolo Conti")
    assert text.lower().count(twice) <= 1, text


def test_a_team_training_is_not_said_with_team_twice():
    for note, lang in [("Hi Camille, I lead marketing at Harbor Foods and we'd like an external trainer for my team on paid social. Could we talk?", "en"),
                       ("Hallo Frau Laurent, ich leite das Marketing bei Kornfeld und suche eine Schulung für mein Team zu Social Ads. Können wir sprechen? Gruß, Eva Lenz", "de"),
                       ("Hoi Camille, ik leid de marketing bij Duinvers en zoek een training voor mijn team over social ads. Kunnen we bellen?", "nl")]:
        text = draft(note, lang, "business_proposal", "Eva Lenz")
        low = text.lower()
        assert low.count("team") <= 1, text
        assert "the easiest is" not in text, text


def test_italian_usefulness_line_has_no_agreement_to_get_wrong():
    text = draft("ciao! seguo la tua newsletter da mesi e l'ultima sui reel mi ha aiutato tanto per il mio negozio online di borse. grazie!",
                 "it", "content", "Chiara Greco")
    assert "ti è stato utile" not in text, text


def test_a_prospect_wanting_to_talk_is_not_told_je_vous_accompagne():
    text = draft("Bonjour Camille, je dirige le marketing d'une PME lyonnaise. J'aimerais échanger avec vous sur un éventuel accompagnement "
                 "sur notre stratégie de contenu.", "fr", "business_proposal", "Sophie Marchand")
    assert "Je vous accompagne" not in text, text


@pytest.mark.parametrize("note, lang, never", [
    ("Hallo Frau Laurent, ich studiere Marketing und möchte in SEO einsteigen. Haben Sie einen Rat, wie ich anfangen soll? Viele Grüße, Timo Brandt",
     "de", ("Sehr gern:", "Gern:", "mit denen ich anfangen")),
    ("Goedemiddag mevrouw Laurent, ik studeer marketing en wil in SEO beginnen. Heeft u advies hoe ik kan starten? Met vriendelijke groet, Daan Smit",
     "nl", ("Graag:", "de eerste stappen door waarmee")),
    ("ciao Camille! mi sono appena laureata e vorrei lavorare nel SEO. hai qualche consiglio su come iniziare?", "it", ("da cui partirei",)),
])
def test_the_advice_call_is_said_in_whole_sentences(note, lang, never):
    text = draft(note, lang, "job_seeking", "Timo Brandt" if lang == "de" else "Daan Smit" if lang == "nl" else "Giulia Conti")
    for bad in never:
        assert bad not in text, text


@pytest.mark.parametrize("note, lang, kept, name", [
    ("Hola Camille, preparamos el congreso Digital Norte en Bilbao y buscamos ponentes para la mesa de publicidad en redes sociales. ¿Te animas?",
     "es", "publicidad en redes sociales", "Ane Etxeberria"),
    ("Bonjour Camille, nous organisons le salon Web Ouest à Rennes et cherchons des intervenants pour la table ronde sur la publicité sur les réseaux sociaux. Ça vous dirait ?",
     "fr", "réseaux sociaux", "Yann Le Goff"),
])
def test_a_panel_topic_keeps_its_channel(note, lang, kept, name):
    text = draft(note, lang, "business_proposal", name)
    assert kept in text, text


@pytest.mark.parametrize("note, lang, name, opening", [
    ("Estimada Sra. Laurent: coordino el grado de Publicidad en la Universidad de Vigo y nos gustaría invitarla a dar una charla sobre SEO. "
     "Atentamente, Prof. Andrés Lago", "es", "Andrés Lago", "Estimado profesor Lago:"),
    ("Geachte mevrouw Laurent, ik ben docent aan de Hogeschool Rotterdam en wil u uitnodigen voor een gastcollege over SEO. "
     "Met vriendelijke groet, dr. Wouter van Leeuwen", "nl", "Wouter van Leeuwen", "Geachte dr. Van Leeuwen,"),
])
def test_a_professor_or_doctor_signature_in_spanish_and_dutch(note, lang, name, opening):
    assert first_line(draft(note, lang, "business_proposal", name)) == opening
