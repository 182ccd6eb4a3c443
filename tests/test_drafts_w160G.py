"""Wave 160 G: German and Dutch advice replies read as a person writes them: the internship and its start month said back with her no ("für dein
Praxissemester ab März"), "is a Google Ads certification still worth it, or SEO?" answered with her certification-or-SEO
answer (never the SEO-or-social career paragraph), the
France job tip without chained colons or French skills the sender never claimed, and the SEO-or-ads close rephrased."""

from drafting import sample_draft


def test_internship_with_a_start_month_is_said_back_and_where_reads_as_a_sentence() -> None:
    de = sample_draft("Hi Camille! Ich studiere Digitales Marketing an der HdM Stuttgart (5. Semester) und suche ab März ein "
                      "Praxissemester. Hättest du vielleicht Platz für eine Praktikantin oder einen Tipp, wo ich mich bewerben "
                      "könnte? Liebe Grüße, Lena", "Studentin Digital Marketing @ HdM Stuttgart", "Lena Vogel")
    assert "für dein Praxissemester ab März" in de, de
    own = sample_draft("Hallo Camille, ich studiere BWL in Mannheim und suche ab Oktober ein Pflichtpraktikum im Online-Marketing. "
                       "Nimmst du Praktikanten oder hast du einen Tipp, wo ich mich bewerben kann?", name="Jonas Weber")
    assert "für dein Pflichtpraktikum ab Oktober" in own, own
    nl = sample_draft("Hoi Camille! Ik studeer Communicatie aan de Hogeschool van Amsterdam en zoek een afstudeerstage vanaf "
                      "februari in digitale marketing. Heb jij misschien plek of tips waar ik kan solliciteren? Groetjes, Lotte",
                      "Student Communicatie @ HvA", "Lotte Jansen")
    assert "voor je afstudeerstage vanaf februari" in nl, nl
    own_nl = sample_draft("Hoi Camille, ik zoek vanaf september een stage in online marketing. Neem je stagiairs aan of heb je "
                          "tips waar ik kan solliciteren?", name="Sanne de Vries")
    assert "ook niet vanaf september" in own_nl, own_nl


def test_internship_without_a_start_keeps_the_plain_no() -> None:
    de = sample_draft("Hallo Frau Laurent, ich studiere in Köln. Nehmen Sie Praktikanten?", name="Mia Braun")
    assert "Im Moment nehme ich keine Praktikantinnen und Praktikanten auf." in de, de


def test_google_ads_certification_worth_it_is_answered() -> None:
    de = sample_draft("Hallo Frau Laurent, ich bin Junior im Performance Marketing und würde mich sehr über einen Rat freuen: "
                      "lohnt sich eine Google Ads Zertifizierung noch oder sollte ich mich eher auf SEO spezialisieren? Vielen "
                      "Dank im Voraus! Niklas", "Junior Performance Marketing Manager", "Niklas Schäfer")
    assert "Das Google-Ads-Zertifikat ist kostenlos" in de and "Social Media und Ads denen" not in de, de
    nl = sample_draft("Hoi Camille, ik werk sinds kort als online marketeer. Is het Google Ads certificaat nog zinvol, of kan ik "
                      "beter SEO leren?", name="Daan Bakker")
    assert "de Google Ads-certificering is gratis" in nl and "social media en ads bij wie" not in nl, nl
    en = sample_draft("Hi Camille, junior marketer here. Is a Google Ads certification still worth it, or should I focus on SEO?",
                      name="Sam Reed")
    assert "the Google Ads certification is free on Skillshop" in en, en


def test_seo_or_social_career_keeps_its_two_way_answer_rephrased() -> None:
    de = sample_draft("Hi Camille, bin Junior Social Media Manager und frage mich, ob sich eine Weiterbildung in SEO lohnt oder "
                      "ob ich mich lieber auf Paid Social spezialisieren soll. Was würdest du empfehlen?",
                      "Junior Social Media Manager bei Agentur Pixelwerk", "Tim Becker")
    assert "Beides sind gute Wege" in de and "Ich würde nehmen" not in de and "und von Analytics" not in de, de


def test_france_job_tip_has_no_chained_colons_nor_assumed_french() -> None:
    de = sample_draft("Hallo Camille, ich suche nach meinem Master in Marketing (Uni Köln) meine erste Stelle im Content Marketing, "
                      "gerne auch in Frankreich. Hast du Tipps oder kennst du jemanden, der sucht? Danke dir! Sophie",
                      "Absolventin M.Sc. Marketing | auf Jobsuche", "Sophie Krüger")
    assert "Welcome to the Jungle" in de and "Empfehlungen: also" not in de and "Französischkenntnisse" not in de, de
