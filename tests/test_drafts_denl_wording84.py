"""Wave 84 group E: German and Dutch wording (du for a first-name note, one sentence for in-house training in a
language, "omdat dat …" and no launch for a live shop, the part of a newsletter that helped, the talk's topic)."""
from drafting import sample_draft


def test_first_name_hallo_without_sie_is_du():
    d = sample_draft("Hallo Camille, ich bin Webdesignerin in Freiburg und arbeite viel mit kleinen Shops. Oft fragen Kunden nach "
                     "SEO – vielleicht könnten wir uns gegenseitig Kunden empfehlen? Gruß, Julia Neumann", headline="", name="Julia Neumann")
    assert "schick sie mir gern weiter" in d and "Sie " not in d and "Ihnen" not in d  # "kannst du" before wave 128a reworded it


def test_hallo_with_sie_or_frau_stays_sie():
    d = sample_draft("Hallo Camille, ich habe Ihren Artikel zu SEO gelesen. Könnten Sie mir einen Tipp geben? Gruß, Michael Braun",
                     headline="", name="Michael Braun")
    assert "Sie" in d and " du " not in d
    d = sample_draft("Hallo Frau Laurent, ich bin Texterin in Hamburg und würde gern mit Ihnen kooperieren. Viele Grüße, Julia Neumann",
                     headline="", name="Julia Neumann")
    assert "Frau Neumann" in d and " du " not in d


def test_inhouse_training_in_english_is_one_sentence():
    cases = [("Goedemorgen Camille, geef je ook incompany trainingen digitale marketing in het Engels? We zijn een team van 8 bij een "
              "installatiebedrijf in Breda. Wat zijn de mogelijkheden? Groet, Ingrid Bos", "incompanytrainingen voor teams, in het Engels of het Frans",
              "Ik geef mijn trainingen ook"),
             ("Hallo Camille, bietest du auch Inhouse-Schulungen zu digitalem Marketing auf Englisch an? Wir sind ein Team von 8 Leuten. "
              "Gruß, Ingrid", "ins Unternehmen, auf Englisch oder Französisch", "Ich gebe meine Schulungen auch"),
             ("Ciao Camille, fai anche formazione in azienda in inglese? Siamo un team di 8. Ingrid", "per i team, in inglese o francese",
              "Tengo i miei corsi anche"),
             ("Bonjour Camille, proposez-vous des formations en entreprise en anglais ? Nous sommes une équipe de 8. Ingrid",
              "en entreprise pour les équipes, y compris en anglais", "Je donne aussi mes formations")]
    for note, good, bad in cases:
        d = sample_draft(note, headline="", name="Ingrid Bos")
        assert good in d and bad not in d, d


def test_seo_or_instagram_for_a_live_shop():
    d = sample_draft("Hoi Camille 😊 ik heb sinds kort een kleine webshop met handgemaakte keramiek. Nog weinig bezoekers... waar zou "
                     "jij als eerste mee beginnen: SEO of Instagram? Liefs, Anouk", headline="", name="Anouk Willems")
    assert "omdat dat sneller" in d and "meteen de SEO-basis" in d and "lancering" not in d
    d = sample_draft("Hi Camille, I just launched a small shop selling prints. Would you start with SEO or Instagram? Thanks, Anna",
                     headline="", name="Anna Bakker")
    assert "SEO basics right away" in d and "day one" not in d
    d = sample_draft("Hallo Camille, mein kleiner Onlineshop für Kerzen ist seit kurzem online. SEO oder Instagram, womit würdest du "
                     "anfangen? LG Anna", headline="", name="Anna Bakker")
    assert "gleich die SEO-Grundlagen" in d and "von Anfang an" not in d


def test_the_part_that_helped_is_named():
    d = sample_draft("Hi Camille, ich lese seit Monaten deinen Newsletter – der Teil über Budgets bei Meta Ads hat mir echt geholfen 🙌 "
                     "Lass uns vernetzen! LG Lena", headline="", name="Lena Hartmann")
    assert "dass dir der Teil über Budgets bei Meta Ads geholfen hat" in d and "dass dir das geholfen" not in d
    d = sample_draft("Hoi Camille, ik lees je nieuwsbrief al maanden, het deel over budgetten voor Meta Ads heeft me echt geholpen! "
                     "Groet, Lena", headline="", name="Lena Hartmann")
    assert "het deel over budgetten voor Meta Ads" in d
    d = sample_draft("Hi Camille, been reading your newsletter for months, the part about Meta Ads budgets really helped me. "
                     "Let's connect! Lena", headline="", name="Lena Hartmann")
    assert "the part about Meta Ads budgets helped" in d


def test_thanks_for_kind_words_name_the_talk_topic():
    d = sample_draft("Hoi Camille, leuk je gesproken te hebben op Marketing Live in Amsterdam vorige week! Je talk over lokale SEO "
                     "zette me echt aan het denken. Laten we connecten.\nGroet, Daan de Vries", headline="", name="Daan de Vries")
    assert "je mooie woorden over mijn lezing over lokale SEO" in d and "voor je woorden" not in d
