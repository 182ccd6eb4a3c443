"""Wave 102, group Z: content readers, met before, thanks, quotes."""
import pytest

from invitriage.drafts.notefacts import extract
from drafting import sample_draft


@pytest.mark.parametrize("note, lang, topic", [
    ("Hi Camille, your post on fixing title tags literally doubled my organic traffic in 2 months. Just wanted to say thank you! 🙏",
     "en", "on fixing title tags"),
    ("Hi, your article on local SEO basically doubled our bookings, thanks!", "en", "on local SEO"),
    ("Bonjour Camille, ton post sur les balises title a littéralement doublé mon trafic, merci !", "fr", "sur les balises title"),
    ("Hola Camille, tu post sobre las etiquetas title literalmente duplicó mi tráfico. ¡Gracias!", "es", "sobre las etiquetas title"),
    ("Ciao Camille, il tuo post sui title tag ha letteralmente raddoppiato il mio traffico. Grazie!", "it", "sui title tag"),
    ("Olá Camille, o seu post sobre title tags literalmente duplicou o meu tráfego. Obrigada!", "pt", "sobre title tags"),
    ("Hoi Camille, je post over title tags heeft mijn verkeer letterlijk verdubbeld. Bedankt!", "nl", "over title tags"),
])
def test_piece_topic_stops_at_the_result_verb(note, lang, topic):
    assert extract(note, lang, "content").topic == topic


def test_thanks_for_a_post_that_doubled_traffic_quotes_only_the_topic() -> None:
    # round 102 fr_en note-38: "for reading my post on fixing title tags literally doubled!" quoted the result verb
    note = ("Hi Camille, your post on fixing title tags literally doubled my organic traffic in 2 months. "
            "Just wanted to say thank you! 🙏")
    text = sample_draft(note, headline="Owner - The Little Bakery Co.", name="Sam Wilson")
    assert "my post on fixing title tags" in text and "doubled!" not in text and "literally" not in text, text


@pytest.mark.parametrize("note, present, absent", [
    # round 102 fr_en note-40: enrolled in her course starting next month, never thanked "for attending my training"
    ("Hi Camille, I'm enrolled in your social ads course starting next month - really looking forward to it!",
     "see you when we start", "attending"),
    # round 102 fr_en note-18: in her September class, welcomed to it, never a bare "bienvenue dans mon réseau"
    ("Salut ! Je suis dans ta promo de formation Social Ads de septembre, hâte de commencer 🙂", "à très vite en formation", "bienvenue dans mon réseau"),
    ("Hallo Camille, ich habe mich für deinen Kurs zu Social Ads angemeldet, der im Oktober startet. Freue mich drauf!",
     "Kursstart", "besucht hast"),
    ("Ciao Camille, mi sono iscritta al tuo corso di social ads che inizia a ottobre, non vedo l'ora!", "tra i partecipanti", "seguito"),
])
def test_a_sender_enrolled_in_her_course_ahead_is_welcomed_to_it(note, present, absent):
    text = sample_draft(note, name="Amy Roberts")
    assert present in text and absent not in text, text


def test_enrolled_in_someone_elses_course_is_no_welcome_to_hers():
    text = sample_draft("Hi Camille, I'm enrolled in an SEO course starting next month, would love to connect!", name="Tom Hale")
    assert "see you when we start" not in text, text


def test_thanks_for_her_tips_that_worked_is_taken_up_not_the_shop_reasked():
    # round 102 de_nl note-16: "für die Tipps zum Thema Google Ads bedanken – hat super geklappt" → glad the tips helped
    note = ("Hi Camille 👋 Wir kennen uns von der Masterclass bei der IHK Lyon-Saint-Étienne. Ich wollte mich nochmal für die Tipps "
            "zum Thema Google Ads bedanken – hat super geklappt bei meinem Etsy-Shop!")
    text = sample_draft(note, headline="Inhaberin, Strickliebe Handmade", name="Sophie Schäfer")
    assert "die Tipps zum Thema Google Ads" in text and "Wie läuft es" not in text and "bedanken" not in text, text


@pytest.mark.parametrize("note, subject", [
    ("Ich wollte mich nochmal für die Tipps zum Thema Google Ads bedanken – hat super geklappt!", "zum Thema Google Ads"),
    ("Ik wilde je nog bedanken voor de tips over lokale SEO - het werkt echt!", "over lokale SEO"),
    ("Merci encore pour tes conseils sur les reels — ça a super bien marché !", "sur les reels"),
])
def test_tip_subject_ends_at_a_dash_or_the_verb_of_thanks(note, subject):
    from invitriage.drafts import told
    assert told.tip_subject(note) == subject


def test_a_referrer_with_a_long_remark_in_brackets_is_thanked_and_the_need_taken_up():
    # round 102 de_nl note-3: "Markus Weber (wir haben zusammen bei der Agentur in Genf gearbeitet) meinte, …": the referrer
    # thanked and the social ads help offered; the "wir" in brackets is no team ("euren")
    note = ("Hi Camille! Markus Weber (wir haben zusammen bei der Agentur in Genf gearbeitet) meinte, ich soll mich unbedingt bei dir "
            "melden. Ich baue gerade einen kleinen Shop für Naturkosmetik auf und brauch Hilfe bei Social Ads 🙂")
    text = sample_draft(note, headline="Gründerin @ BlütenWerk Naturkosmetik", name="Lena Schmitt")
    assert "Markus Weber" in text and "Social Ads" in text and "euren" not in text, text


@pytest.mark.parametrize("note, lang", [
    ("Hi Camille, Tom Reed (we worked together at an agency in Geneva for a few years) suggested I get in touch with you.", "en"),
    ("Bonjour Camille, Julie Martin (on a travaillé ensemble dans une agence à Genève pendant trois ans) m'a conseillé de te contacter.", "fr"),
])
def test_referrer_named_before_a_long_bracket_is_read(note, lang):
    from invitriage.drafts.notefacts import extract
    assert extract(note, lang, "referral").referrer in ("Tom Reed", "Julie Martin")
