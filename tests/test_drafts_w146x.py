"""Wave 146, group X: German and Dutch misreads — a student-founder's headline names no business in "Marketing-Studentin";
an energy seller's "vrijblijvende offerte" is a pitch; a freelance SEO project with gendered German forms is offered work;
an SEO audit asked for a webshop is a client's request; a content-strategy course question is never about ad channels."""

from __future__ import annotations

from drafting import sample_draft


def test_student_founder_headline_never_glues_the_study_into_the_business() -> None:
    # 146 X de_nl note-22 (round 168): "Neben dem Studium Marketing-Studentin zu führen"
    de = sample_draft("", headline="Gründerin eines Onlineshops für nachhaltige Babykleidung | Marketing-Studentin", name="Lena Fischer")
    assert "Marketing-Studentin zu führen" not in de
    assert "Neben dem Studium einen eigenen Shop zu führen" in de and "für Ihren Shop" in de
    # must-not-change neighbour: a named shop after the study stays named
    named = sample_draft("", headline="Marketing-Studentin | Gründerin von Kleinwild (Babykleidung)", name="Lena Fischer")
    assert "Neben dem Studium Kleinwild zu führen" in named


def test_energy_sellers_free_quote_is_declined_as_a_pitch() -> None:
    # 146 X de_nl note-41 (round 168): "Mag ik je een vrijblijvende offerte sturen?" answered with her rates and a call
    nl = sample_draft("Hallo Camille, ik help ondernemers met het verlagen van hun energierekening. Mag ik je een vrijblijvende "
                      "offerte sturen? Gr. Mark", headline="Energieadviseur | GreenPower NL", name="Mark Jansen")
    assert "tarie" not in nl and "bellen" not in nl
    assert "geen behoefte" in nl
    u = sample_draft("Goedendag mevrouw Laurent, wij installeren zonnepanelen voor zzp'ers. Mag ik u een vrijblijvende offerte "
                     "sturen? Met vriendelijke groet, Mark", name="Mark Jansen")
    assert "tarie" not in u and "geen behoefte" in u and "uw aanbod" in u
    # neighbour in German: the same pitch stays declined
    de = sample_draft("Hallo Camille, ich helfe Selbstständigen, ihre Stromkosten mit Solaranlagen zu senken. Darf ich Ihnen ein "
                      "unverbindliches Angebot schicken? Gruß Tom", name="Tom Becker")
    assert "keinen Bedarf" in de


def test_freelance_seo_project_with_gendered_german_forms_is_offered_work() -> None:
    # 146 X de_nl note-7 (round 169): "zum Auftrag als freiberufliche", "die Stelle passt daher nicht zu mir"
    de = sample_draft("Hallo Frau Laurent, ich bin Recruiterin bei Hays und suche aktuell eine:n freiberufliche:n SEO-Expert:in "
                      "für ein 6-monatiges Projekt bei einem Modehändler in Frankfurt (remote möglich). Wäre das interessant für "
                      "Sie? Beste Grüße, Katharina Wolf", name="Katharina Wolf")
    assert "passt daher nicht" not in de and "Stelle" not in de
    assert "zum Auftrag als freiberufliche SEO-Expertin" in de
    assert "könnte mich durchaus interessieren" in de and "Dauer" not in de
    du = sample_draft("Hallo Camille, ich bin Recruiterin und suche eine*n freiberufliche*n Content-Strateg*in für ein Projekt "
                      "über 4 Monate. Hast du Interesse? LG Jana", name="Jana Koch")
    assert "zum Auftrag als freiberufliche Content-Strategin" in du and "kannst du mir die Eckdaten" in du


def test_permanent_post_with_gendered_forms_is_still_declined() -> None:
    # 146 X de_nl note-7 neighbour: a permanent post ("Vollzeit, unbefristet") keeps its polite no, title whole
    de = sample_draft("Guten Tag Frau Laurent, für einen Kunden suchen wir eine:n SEO-Manager:in (Vollzeit, unbefristet) in "
                      "München. Hätten Sie Interesse? Viele Grüße, Paul Meier", name="Paul Meier")
    assert "zur Stelle als SEO-Managerin" in de and "suche derzeit keine Festanstellung" in de


def test_seo_audit_for_a_webshop_is_a_client_request() -> None:
    # 146 X de_nl note-24 (round 169): "Hoe gaat het met uw webwinkel?" to a request for an SEO audit
    nl = sample_draft("Geachte mevrouw Laurent,\n\nVia uw nieuwsbrief ben ik op uw werk gestuit. Graag zou ik met u in contact "
                      "komen om te bespreken of u een SEO-audit kunt doen voor onze webwinkel in tuinmeubelen.\n\nMet vriendelijke "
                      "groet,\nJohan Bakker", name="Johan Bakker")
    assert "Hoe gaat het" not in nl and "eerste gesprek van 20 minuten" in nl
    jij = sample_draft("Hoi Camille, ik lees je nieuwsbrief al een tijdje. Zou jij een SEO-audit willen doen voor mijn webwinkel "
                       "in babykleding? Groet, Sanne", name="Sanne de Vries")
    assert "product- en categoriepagina" not in jij and "20 minuten bellen" in jij
    fr = sample_draft("Madame, j'ai découvert votre travail via votre newsletter. J'aimerais savoir si vous pourriez réaliser un "
                      "audit SEO pour notre boutique en ligne de mobilier de jardin. Cordialement, Jean Boulanger", name="Jean Boulanger")
    assert "fiches produits" not in fr and "premier appel de 20 minutes" in fr
    es = sample_draft("Estimada Sra. Laurent, descubrí su trabajo a través de su newsletter. Me gustaría saber si podría hacer una "
                      "auditoría SEO para nuestra tienda online de muebles de jardín. Saludos cordiales, Juan Panadero", name="Juan Panadero")
    assert "fichas de producto" not in es and "primera llamada de 20 minutos" in es


def test_content_strategy_course_question_is_not_answered_with_ad_channels() -> None:
    # 146 X de_nl note-27 (round 169): "Meta Blueprint voor Facebook- en Instagramadvertenties … het kanaal dat je nu beheert"
    nl = sample_draft("Hey Camille, ik werk sinds kort als content marketeer bij een SaaS bedrijf. Welk boek of welke cursus zou "
                      "jij aanraden om beter te worden in contentstrategie? Thnx! Lotte", name="Lotte Visser")
    assert "het kanaal dat je nu beheert" not in nl and "contentstrategie" in nl
    en = sample_draft("Hi Camille, I recently started as a content marketer at a SaaS company. Which book or course would you "
                      "recommend to get better at content strategy? Thanks! Lotte", name="Lotte Green")
    assert "the channel you run now" not in en and "content-strategy course" in en
    # must-not-change neighbour: an ads specialist in the job keeps the channel answer
    ads = sample_draft("Hi Camille, I recently started as a paid social specialist at an agency. Which course or certification "
                       "should I do first? Thanks! Tom", name="Tom Green")
    assert "the course or certification for the channel you run now" in ads


def test_german_seo_resources_read_naturally() -> None:
    # 146 X de_nl note-20 (round 168, light): "samt Search-Console-Zahlen" is awkward
    de = sample_draft("hallo camille, bin azubi kauffrau für marketingkommunikation und mega interessiert an seo, hab dein video "
                      "auf youtube gesehen. kannst du ein buch für anfänger empfehlen? danke!! lg nina",
                      headline="Auszubildende Kauffrau für Marketingkommunikation", name="Nina Schulz")
    # round 204 found "und ihrer Search Console" stilted too (wave 162): "mit der Search Console"
    assert "samt Search-Console-Zahlen" not in de and "mit der Search Console" in de
