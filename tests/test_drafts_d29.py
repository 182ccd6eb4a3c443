"""Wave 29, helper D: headline language of note-less senders, a student's field never a shop, compound Spanish
first names, one gladness per pair of sentences, exclamation marks counted after the last line, the owner's work
never named twice, a colon before gladness in Dutch/German/English."""
from drafting import draft, sample_draft

from invitriage.drafts.notefacts import headline_lang, parse_name
from invitriage.drafts.writer import greeting, no_double_mine, one_joy, plain_colons


def test_dutch_diaeresis_and_school_tell_a_mixed_headline():
    assert headline_lang("Studente Financiële Administratie | content & social media") == "nl"
    assert headline_lang("Marketing & Communicatie student @ Windesheim | Social media") == "nl"
    assert headline_lang("Student International Business @ HvA | Branding & e-commerce") == "nl"
    assert headline_lang("Student Communication @ Harvard | Social media") == "en"


def test_note_less_dutch_student_answered_in_dutch_without_a_shop():
    text = sample_draft("", headline="Student Bedrijfseconomie @ Saxion | Online marketing & e-commerce", name="Lotte Bakker")
    assert text.startswith("Hoi Lotte"), text
    assert "webshop" not in text and "shop" not in text.lower(), text


def test_learner_e_commerce_is_a_field_in_other_languages():
    for head in ("Estudiante de Marketing @ UCM | Redes sociales y e-commerce", "Étudiante en école de commerce | E-commerce",
                 "Werkstudentin | Social Media & E-Commerce"):
        text = sample_draft("", headline=head, name="Laura Weber")
        assert not any(w in text for w in ("tienda online", "boutique en ligne", "Onlineshop")), text


def test_headline_shop_still_wished_luck():
    text = draft("", "nl", "no_note", headline="Oprichter | Webshop duurzame sokken")
    assert "webshop" in text, text


def test_compound_spanish_first_name_not_a_surname():
    assert greeting("es", parse_name("Ana Belén Morales Ruiz"), informal=False, mirror=True, gender="f") == "Estimada Sra. Morales:"
    assert greeting("es", parse_name("María Pilar Navarro"), informal=False, mirror=True, gender="f") == "Estimada Sra. Navarro:"
    assert greeting("es", parse_name("José Ramón Castillo"), informal=False, mirror=True, gender="m") == "Estimado Sr. Castillo:"
    assert greeting("es", parse_name("Javier Morales Ruiz"), informal=False, mirror=True, gender="m") == "Estimado Sr. Morales:"


def test_exclamatory_gladness_counts_as_gladness():
    assert one_joy("Merci ! Ça me fait plaisir que tu suives mes posts. Quel plaisir de lire que l'atelier t'a servi !", "fr").count("plaisir") == 1
    assert one_joy("Grazie! Mi fa piacere che tu legga la newsletter. Che piacere sapere che l'articolo sulle campagne Meta ti è stato davvero utile per il negozio!", "it").count("piacere") == 1
    assert one_joy("Gracias. Me alegra que leas mis posts. ¡Qué alegría saber que mis posts sobre anuncios en Instagram te ayudaron con la tienda!", "es").count("alegr") == 1


def test_exclamations_counted_after_the_shop_wish():
    text = sample_draft("Hi Camille, I have been reading your newsletter for a year now, the piece on Reels for local bakeries was so useful. "
                        "I run a small soap shop online, would love to connect!", name="Olivia Hart")
    assert "soap shop" in text, text
    body = "\n\n".join(text.split("\n\n")[1:-1])
    assert body.count("!") <= 2, text


def test_owner_work_not_named_twice():
    assert no_double_mine("Danke, dass du bei meinem Vortrag von meinem Vortrag warst!") == "Danke, dass du bei meinem Vortrag warst!"
    assert no_double_mine("Bedankt dat je bij mijn workshop van mijn workshop was.") == "Bedankt dat je bij mijn workshop was."
    assert no_double_mine("my talk and my newsletter") == "my talk and my newsletter"
    text = sample_draft("Olá Camille, estive no seu workshop sobre SEO em Lisboa no mês passado. Adorei, vamos manter contacto!", name="Rita Lopes")
    assert "workshop do meu workshop" not in text and "workshop no meu workshop" not in text, text


def test_colon_before_gladness_becomes_a_dash():
    assert plain_colons("Schön, dass du bei meinem Vortrag in Köln warst: freut mich, dass er dir geholfen hat!", "de") \
        == "Schön, dass du bei meinem Vortrag in Köln warst – freut mich, dass er dir geholfen hat!"
    assert plain_colons("Thanks for coming to my talk in Leeds: glad it helped!", "en") == "Thanks for coming to my talk in Leeds – glad it helped!"
    assert ": leuk dat" not in plain_colons("Dank voor je bericht over mijn workshop: leuk dat je erbij was!", "nl")
