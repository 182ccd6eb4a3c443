"""Wave 129, group h: misread kinds. A certification done together and remembered is someone she knows; her own
workshop thanked is hers (never "your post"); an insurance broker's pitch gets a polite no-need; a vendor's agency partner
programme gets an interested reply; "would you look at my Instagram?" gets her yes and what she will look at."""

from __future__ import annotations

from drafting import sample_draft


def test_certification_done_together_and_remembered_is_someone_she_knows() -> None:
    # 132 fr_en note-35: "We did the HubSpot Inbound certification together last year, remember?" got a bare "Thanks for your message!"
    en = sample_draft("Hey! We did the HubSpot Inbound certification together last year, remember? Saw you went freelance, "
                      "congrats!! 🎉", headline="Content Marketer at Monday.com", name="Emma Clark")
    assert "Of course I remember!" in en and "thanks for the congrats" in en
    assert "Skillshop" not in en and "certification" not in en.split("\n", 2)[2].split("Cheers")[0].lower().replace("congrats", "")
    br = sample_draft("Oi! A gente fez a certificação HubSpot Inbound juntas ano passado, lembra? Vi que você virou freelancer, "
                      "parabéns!", headline="Content Marketer na Nubank", name="Mariana Souza")
    assert "Lembro, sim!" in br and "Skillshop" not in br
    fr = sample_draft("Coucou ! On a passé la certification HubSpot Inbound ensemble l'an dernier, tu te souviens ? J'ai vu que "
                      "tu t'étais lancée en freelance, bravo !!", name="Julie Petit")
    assert "Bien sûr que je me souviens !" in fr and "merci pour tes félicitations" in fr
    assert "celui que je te conseillerais" not in fr  # no tool promised: nothing was asked
    de = sample_draft("Hallo! Wir haben letztes Jahr zusammen die HubSpot-Inbound-Zertifizierung gemacht, erinnerst du dich? "
                      "Hab gesehen, dass du jetzt freiberuflich bist, Glückwunsch!", name="Anna Becker")
    assert "Klar erinnere ich mich!" in de and "dem Tool, das ich dir empfehlen würde" not in de


def test_her_own_workshop_and_templates_thanked_is_her_workshop_not_your_post() -> None:
    # 132 es_pt_it note-16: "Me encantó tu taller en el Web Summit … Gracias por compartir las plantillas" read as "Tu publicación"
    es = sample_draft("Hola! Me encantó tu taller en el Web Summit sobre estrategia de contenidos. Gracias por compartir las "
                      "plantillas 😊", headline="Content Manager en Holaluz", name="Nuria Vidal")
    assert "Tu publicación" not in es and "mi taller en el Web Summit" in es
    fr = sample_draft("Salut Camille, j'ai adoré ton atelier au Web Summit sur la stratégie de contenu. Merci d'avoir partagé "
                      "les templates !", name="Léa Roux")
    assert "mon atelier au Web Summit" in fr and "ta publication" not in fr


def test_comment_thanked_for_still_reads_as_the_senders_post() -> None:
    # must-not-change neighbour (129 h): "gracias por comentar" on the sender's own post stays a thanks for their post
    es = sample_draft("Hola Camille, gracias por comentar mi publicación sobre SEO local. ¡Un saludo!", name="Pablo Ortega")
    assert "Tu publicación" in es


def test_insurance_broker_selling_her_a_policy_gets_a_polite_no_need() -> None:
    # 132 de_nl note-17: "Versicherungsmakler … Berufsunfähigkeitsversicherung für Selbstständige vorstellen" → "außerhalb meines Fachgebiets"
    de = sample_draft("Guten Tag Frau Laurent, wir sind ein Versicherungsmakler und möchten Ihnen unsere "
                      "Berufsunfähigkeitsversicherung für Selbstständige vorstellen. Darf ich Sie kurz anrufen? MfG Bernd Zimmermann",
                      headline="Versicherungsmakler", name="Bernd Zimmermann")
    assert "Fachgebiets" not in de and "Im Moment habe ich keinen Bedarf" in de
    en = sample_draft("Hello Ms Laurent, I'm an insurance broker and would like to present our income protection insurance for "
                      "freelancers. Could I give you a quick call?", headline="Insurance Broker", name="John Miller")
    assert "20-minute chat" not in en and "not a priority for me at the moment" in en


def test_agency_partner_programme_from_a_vendor_gets_an_interested_reply() -> None:
    # 133 fr_en note-40: Semrush's agency partner programme brushed off as a sales pitch ("not something I need right now")
    en = sample_draft("Hi Camille, I manage the agency partner programme at Semrush. We'd love to invite you to become a "
                      "certified partner - free training and leads included. Fancy a chat?", headline="Partner Manager, Semrush",
                      name="Chris Hall")
    assert "not something I need" not in en and "sounds interesting" in en and "20-minute call" in en
    fr = sample_draft("Bonjour Camille, je gère le programme partenaires agences chez Brevo. Nous aimerions vous inviter à devenir "
                      "partenaire certifiée : formation gratuite et leads inclus. On en parle ?", name="Thomas Girard")
    assert "l'idée m'intéresse" in fr


def test_look_at_my_instagram_gets_her_yes_and_what_she_will_look_at() -> None:
    # 133 de_nl note-40: "zou het top vinden als je eens naar mijn Instagram wilt kijken" answered only "Hoe gaat het met je Etsy-shop?"
    nl = sample_draft("Hoi Camille! We kennen elkaar via Sophie Martin van het vrouwelijke ondernemersnetwerk in Lyon. Ik ben net "
                      "gestart met een Etsy-shop voor keramiek en zou het top vinden als je eens naar mijn Instagram wilt kijken 😊 "
                      "Liefs, Lieke", headline="Keramist & oprichter Studio Klei", name="Lieke Bakker")
    assert "Hoe gaat het met je Etsy-shop" not in nl and "Ik kijk graag even naar je Instagram!" in nl
    assert "bio, je feed en je captions" in nl and "Sophie Martin" in nl
    it = sample_draft("Ciao Camille! Ci conosciamo tramite Sophie Martin della rete di donne imprenditrici di Lione. Ho appena "
                      "aperto un negozio Etsy di ceramiche e mi farebbe piacere se dessi un'occhiata al mio Instagram 😊",
                      name="Chiara Conti")
    assert "Do volentieri un'occhiata al tuo Instagram!" in it and "Come sta andando" not in it
    de = sample_draft("Hallo Camille! Wir kennen uns über Sophie Martin vom Netzwerk für Unternehmerinnen in Lyon. Ich habe gerade "
                      "einen Etsy-Shop für Keramik eröffnet und würde mich freuen, wenn du dir mal meinen Instagram anschaust 😊",
                      name="Lena Wagner")
    assert "Ich schaue mir dein Instagram gern an!" in de and "klingt interessant" not in de


def test_look_at_my_new_shop_still_asks_for_the_link() -> None:
    # must-not-change neighbour (129 h): a shop's look keeps its own line
    en = sample_draft("Just launched my store - would love your honest feedback when you get a sec", name="Sam Lee")
    assert "send me the link to your shop here" in en and "Instagram" not in en
