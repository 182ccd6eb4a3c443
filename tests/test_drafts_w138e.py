"""Wave 138, group E: specific small questions get specific answers and stray punctuation goes: "Consent Mode v2, implement
it now for a small e-commerce?" gets a plain answer before any call; a tip thanked for at the end of its line is named
without the line's "!" ("der Tipp mit Brevo etwas gebracht hat", never "Brevo. etwas"); a talk watched on YouTube is
"ver mi charla", never "venir"; a recruiter's "Start Januar" is not asked for again."""

from __future__ import annotations

from drafting import sample_draft


def test_consent_mode_now_for_a_small_shop_is_answered_in_italian_and_spanish() -> None:
    # 138 E es_pt_it note-56 (round 152): "per un piccolo e-commerce conviene implementarlo subito?" got only a 15-minute call
    it = sample_draft("Ciao Camille, ho letto il tuo post sul Consent Mode v2. Domanda veloce: per un piccolo e-commerce "
                      "conviene implementarlo subito?", name="Federico Rossi")
    assert "si attiva con una CMP compatibile" in it and "si perdono conversioni e pubblici" in it
    assert "15 minuti al telefono" not in it
    es = sample_draft("Hola Camille, leí tu post sobre Consent Mode v2. Pregunta rápida: ¿para un e-commerce pequeño conviene "
                      "implementarlo ya?", name="Pablo Ruiz")
    assert "hace falta ya" in es and "se activa con una CMP compatible" in es and "15 minutos por teléfono" not in es


def test_consent_mode_now_for_a_small_shop_is_answered_in_french_german_dutch_english() -> None:
    # 138 E es_pt_it note-56, same situation: French got "dites-moi votre budget", German and English the budget question
    fr = sample_draft("Bonjour Camille, j'ai lu votre post sur le Consent Mode v2. Petite question : pour un petit e-commerce, "
                      "faut-il l'implémenter tout de suite ?", name="Julien Martin")
    assert "s'impose dès maintenant" in fr and "via une CMP compatible" in fr and "budget" not in fr
    de = sample_draft("Hallo Camille, ich habe deinen Post zu Consent Mode v2 gelesen. Kurze Frage: Lohnt es sich für einen "
                      "kleinen Onlineshop, das jetzt umzusetzen?", name="Jonas Weber")
    assert "jetzt nötig" in de and "über eine kompatible CMP" in de and "Budget" not in de
    nl = sample_draft("Hoi Camille, ik las je post over Consent Mode v2. Korte vraag: moet een kleine webshop dat nu al "
                      "implementeren?", name="Sanne de Vries")
    assert "nu al nodig" in nl and "via een geschikte CMP" in nl and "15 minuten bellen" not in nl
    en = sample_draft("Hi Camille, read your post on Consent Mode v2. Quick question: for a small e-commerce store, should we "
                      "implement it now?", name="Tom Baker")
    assert "is needed now" in en and "set it up with a compatible consent banner" in en and "budget" not in en


def test_tip_thanked_at_the_end_of_its_line_has_no_stray_period() -> None:
    # 138 E de_nl note-16 and note-38 (round 153): "der Tipp mit Brevo. etwas gebracht hat", "de tip over Brevo.!"
    de = sample_draft("Hallo Camille, wir sind uns beim Digital Marketing Meetup in Genf begegnet (ich war die mit der Frage "
                      "zu Newsletter-Automatisierung 😊). Danke nochmal für den Tipp mit Brevo!\nLiebe Grüße, Anja",
                      headline="Content Managerin | Swiss Outdoor AG", name="Anja Huber")
    assert "dass dir der Tipp mit Brevo etwas gebracht hat!" in de and "Brevo." not in de
    nl = sample_draft("Hoi Camille, we hebben elkaar ontmoet op de marketing meetup in Brussel, ik was degene met de vraag over "
                      "e-mailautomatisering. Nog bedankt voor de tip over Brevo!\nGroetjes, Lien",
                      headline="Content Marketeer | Outdoor Belgium", name="Lien Peeters")
    assert "Fijn dat je iets had aan de tip over Brevo!" in nl and "Brevo.!" not in nl


def test_tip_thanked_mid_line_keeps_its_line() -> None:
    # must-not-change neighbour: the English tip already ended cleanly
    en = sample_draft("Hi Camille, we met at the marketing meetup in Dublin. Thanks again for the tip about Brevo!",
                      name="Kate Walsh")
    assert "Glad the tip about Brevo was useful!" in en


def test_talk_watched_on_youtube_is_seen_not_attended() -> None:
    # 138 E es_pt_it demo-2868 (round 152): "por venir a mi charla" when she watched it on YouTube
    es = sample_draft("Hola Camille, vi tu charla en YouTube sobre estrategia de contenidos para pymes y me pareció muy útil. "
                      "¡Gracias por compartir tanto!", headline="Especialista SEO/SEM", name="Marta López")
    assert "por ver mi charla sobre estrategia de contenidos para pymes" in es and "venir a mi charla" not in es


def test_talk_attended_in_person_still_thanks_for_coming() -> None:
    # must-not-change neighbour: a talk heard in the room keeps "venir a mi charla"
    es = sample_draft("Hola Camille, estuve en tu charla en el congreso de Madrid sobre estrategia de contenidos, me pareció "
                      "muy útil. ¡Gracias!", name="Lucía Gil")
    assert "ver mi charla" not in es


def test_recruiter_start_month_given_is_not_asked_again() -> None:
    # 138 E de_nl note-7 (round 153): "(remote, 3 Monate, Start Januar)" then "Eckdaten schicken (Start, Tage pro Woche)?"
    de = sample_draft("Hallo Camille, ich bin Recruiterin bei Hays und betreue aktuell eine Freelance-Position als "
                      "SEO-Consultant (remote, 3 Monate, Start Januar) für einen Kunden aus dem Retail. Hättest du Interesse "
                      "oder Kapazität?", headline="Senior Recruiter Digital Marketing @ Hays", name="Katrin Schulz")
    assert "ein Start im Januar ist grundsätzlich denkbar" in de and "(Start," not in de and "Tage pro Woche" in de
    en = sample_draft("Hi Camille, I'm a recruiter at Hays with a freelance SEO consultant role (remote, 3 months, starting "
                      "January) for a retail client. Would you be interested?", name="Mark Evans")
    assert "starting in January could work" in en and "start date" not in en


def test_tiktok_for_a_salon_or_a_bakery_names_the_trade() -> None:
    # 138 E de_nl note-14 (round 153): "Für ein Geschäft, ein Restaurant oder eine Marke … für eine Marke nach Alter" for a salon
    de = sample_draft("Hey Camille, ich hab deinen Post über TikTok Ads für lokale Geschäfte gesehen. Funktioniert das deiner "
                      "Erfahrung nach auch für einen kleinen Friseursalon? Ich bin da noch skeptisch 😅",
                      headline="Inhaberin | Salon Haarmonie Freiburg", name="Nina Bauer")
    assert "Für einen Friseursalon würde ich" in de and "Vorher-nachher" in de and "um den Salon" in de
    assert "nach Alter" not in de
    # 138 E de_nl note-36: the bakery got the shop/restaurant/brand boilerplate
    nl = sample_draft("Hey Camille, zag je post over TikTok voor lokale bedrijven. Werkt dat volgens jou ook voor een kleine "
                      "bakkerij? Ik twijfel nog een beetje 😅", headline="Eigenaar | Bakkerij Het Zoete Hoekje", name="Anouk Jansen")
    assert "Voor een bakkerij zou ik" in nl and "rond de bakkerij" in nl and "op leeftijd voor een merk" not in nl
    fr = sample_draft("Salut Camille, j'ai vu ton post sur TikTok Ads pour les commerces locaux. Ça marche aussi pour un petit "
                      "salon de coiffure ?", name="Chloé Petit")
    assert "Pour un salon de coiffure, je ferais" in fr and "autour du salon" in fr
    it = sample_draft("Ciao Camille, ho visto il tuo post su TikTok Ads per attività locali. Funziona anche per una piccola "
                      "panetteria?", name="Giulia Bianchi")
    assert "Per una panetteria partirei" in it and "al telefono" not in it


def test_tiktok_for_a_restaurant_keeps_the_general_answer() -> None:
    # must-not-change neighbour: no salon or bakery named, the general answer stays
    en = sample_draft("Hi Camille, saw your post on TikTok ads. Does it work for a small restaurant?", name="Amy Clark")
    assert "For a shop, a restaurant or a product brand I'd start" in en


def test_swiss_german_du_note_gets_du_and_her_post_acknowledged() -> None:
    # 138 E de_nl note-17 (round 152): "Sali Camille, i ha dini Bitrag … – mega guet! … Gruess Andrea" got "Guten Tag Frau Keller"/Sie
    de = sample_draft("Sali Camille, i ha dini Bitrag über Social Ads uf LinkedIn gseh – mega guet! Ich bi Marketing Managerin "
                      "in Züri. Wür mi freue uf d Vernetzig. Gruess Andrea", headline="Marketing Managerin | Zürich",
                      name="Andrea Keller")
    assert de.startswith("Hallo Andrea,") and "Frau Keller" not in de and "Ihre" not in de
    assert "mein Beitrag über Social Ads auf LinkedIn dich angesprochen hat" in de and " uf " not in de


def test_swiss_standard_german_sie_note_stays_sie() -> None:
    # must-not-change neighbour: "Grüezi Frau Laurent … Ihren Beitrag … Freundliche Grüsse" stays Sie
    de = sample_draft("Grüezi Frau Laurent, ich habe Ihren Beitrag über Social Ads gelesen, sehr gut. Freundliche Grüsse, "
                      "Andrea Keller", name="Andrea Keller")
    assert "Frau Keller" in de and "Sie angesprochen hat" in de
