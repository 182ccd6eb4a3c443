"""Wave 166 group U: advice pitched at the right level and kept on the question. A junior SEO already in the job asking
which course or training helps them grow gets courses past the starter level (no Google starter guide, no "from day
one"), in a plain register; "subfolders or subdomains for a site in two languages?" gets the languages part of her
answer alone (no blog, Shopify or WordPress aside), with the two languages asked as its example."""

from drafting import sample_draft


def test_junior_seo_in_the_job_gets_courses_past_the_starter_level():
    de = sample_draft("Hallo Camille, ich bin Junior SEO-Managerin und würde gern von deiner Erfahrung lernen. Hast du "
                      "Tipps, welche Weiterbildung sich lohnt? Lg Anna", "Junior SEO Managerin bei Reiseportal24", "Anna Wagner")
    assert "Startleitfaden" not in de and "ersten Tag" not in de and "Wer schon" not in de, de
    assert "Semrush Academy" in de and "Search Central" in de, de
    nl = sample_draft("Hallo Camille, ik ben junior SEO specialist en wil graag van je leren. Welke cursus of opleiding "
                      "zou je aanraden om verder te groeien? Gr. Fleur", "Junior SEO Specialist bij Reisbureau Zon", "Fleur Hendriks")
    assert "starterhandleiding" not in nl and "dag één" not in nl and "Semrush Academy" in nl, nl
    en = sample_draft("Hi Camille, I've been doing SEO at an agency for a year now. Which course would you recommend to "
                      "level up? Thanks, Sam", "SEO Executive at Brightside Agency", "Sam Cole")
    assert "Starter Guide" not in en and "day one" not in en and "Semrush Academy" in en, en
    it = sample_draft("Ciao Camille, lavoro come SEO specialist junior in un e-commerce. Che corso mi consigli per "
                      "crescere? Grazie", "SEO Specialist presso Casa Bella", "Luca Ferri")
    assert "guida introduttiva" not in it and "primo giorno" not in it, it


def test_language_versions_question_gets_the_languages_part_only():
    it = sample_draft("Ciao Camille, ho letto il tuo post sul SEO per siti multilingue. Meglio usare sottocartelle o "
                      "sottodomini per un sito in IT e FR?", "Web Developer", "Federico Marino")
    assert "/it/, /fr/" in it and "/en/" not in it, it
    assert "Shopify" not in it and "WordPress" not in it and "blog" not in it and "hreflang" in it, it
    fr = sample_draft("Bonjour Camille, pour notre site en français et en allemand, vaut-il mieux des sous-dossiers ou "
                      "des sous-domaines ?", "", "Julien Roche")
    assert "/fr/, /de/" in fr and "Shopify" not in fr and "WordPress" not in fr, fr
    de = sample_draft("Hallo Camille, für unsere mehrsprachige Website: Unterverzeichnisse oder Subdomains? Danke", "",
                      "Jonas Weber")
    assert "hreflang" in de and "Shopify" not in de and "WordPress" not in de, de


def test_blog_subdomain_question_keeps_the_whole_answer():
    en = sample_draft("Hi Camille, should our blog go on a subdomain or a subfolder? We use Shopify.", "", "Marco Rossi")
    assert "built into Shopify" in en and "site.com/blog" in en, en


def test_marketer_new_to_seo_keeps_the_starter_answer():
    de = sample_draft("Hallo Camille, ich arbeite seit kurzem im Marketing einer Bäckerei-Kette und soll mich jetzt um SEO "
                      "kümmern. Welchen Kurs empfiehlst du? Danke", "", "Jana Roth")
    assert "SEO-Startleitfaden" in de and "Wer schon" not in de, de
