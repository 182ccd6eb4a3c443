"""Wave 141, group B: beginner advice in plain words, answering the question asked: the SEO / paid media / content choice,
a student's choice of programme, and the SEO-or-paid and certificate answers reworded where they read clumsily."""

from __future__ import annotations

from drafting import sample_draft


def test_three_area_choice_gets_the_area_answer_in_portuguese() -> None:
    # 141 B es_pt_it note-33 (draft_review158): "qual área seguir: SEO, mídia paga ou conteúdo" got the portfolio answer
    br = sample_draft("Oi Camille! Acabei de me formar em Marketing e to meio perdida sobre qual área seguir: SEO, mídia paga ou "
                      "conteúdo. Qual vc recomendaria pra quem tá começando?", "Analista de Marketing Jr.", name="Beatriz Souza")
    assert "Cada uma combina com um perfil" in br and "o básico das três" in br
    assert "portfólio" not in br and "Meta Blueprint" not in br
    pt = sample_draft("Olá Camille, acabei de me licenciar em Marketing e estou indecisa sobre a área: SEO, media paga ou "
                      "conteúdos. Qual me recomendaria para começar?", "Junior", name="Inês Costa")
    assert "as bases das três" in pt and "portefólio" not in pt


def test_three_area_choice_gets_the_area_answer_in_other_languages() -> None:
    # 141 B es_pt_it note-33: the same choice in French (tu and vous), English, Spanish, German and Dutch
    fr = sample_draft("Salut Camille, fraîchement diplômé, je sais pas quoi choisir : SEO, ads ou contenu. Tu me conseilles quoi ?",
                      "Junior", name="Hugo Bernard")
    assert "Chacun des trois correspond à un tempérament" in fr and "Dis-moi où tu en es et ce que tu vises" not in fr
    en = sample_draft("Hi Camille, I just graduated in marketing and I'm torn between SEO, paid media or content. Which would "
                      "you recommend for someone starting out?", "Marketing graduate", name="Emma Clark")
    assert "try the basics of all three" in en
    es = sample_draft("Hola Camille, acabo de graduarme en marketing y no sé qué área elegir: SEO, medios pagados o contenido. "
                      "¿Cuál me recomiendas para empezar?", "Junior", name="Lucía Gil")
    assert "lo básico de las tres" in es and "guía de introducción al SEO" not in es
    de = sample_draft("Hallo Camille, ich habe gerade mein Marketingstudium abgeschlossen und weiß nicht, welchen Bereich ich "
                      "wählen soll: SEO, Paid Media oder Content. Was würdest du empfehlen?", "Junior", name="Lena Schmidt")
    assert "Grundlagen aller drei" in de and "erzähl mir kurz, wo du stehst" not in de
    nl = sample_draft("Hoi Camille, ik ben net afgestudeerd in marketing en twijfel welke richting ik moet kiezen: SEO, paid "
                      "media of content. Wat raad jij aan voor een starter?", "Junior", name="Fleur de Vries")
    assert "de basis van alle drie" in nl and "eerste baan in SEO" not in nl


def test_seo_or_paid_career_choice_still_gets_the_two_way_answer() -> None:
    # 141 B de_nl note-27: a neighbour that must keep the SEO-or-ads answer (two areas, not three), with a smoother close
    nl = sample_draft("Hoi Camille, ik ben net begonnen als junior marketeer en twijfel of ik me moet specialiseren in SEO of in "
                      "social ads. Wat zou jij adviseren? Dank je! Fleur", "Junior Marketeer", name="Fleur Visser")
    assert "SEO past bij wie graag schrijft" in nl and "de basis van het andere vak en wat analytics leren" in nl
    assert "met de basis van het andere" not in nl and "Elk van de drie" not in nl
    # 141 B es_pt_it note-33 (draft_review159): "com o básico do outro e de analytics" read awkwardly
    br = sample_draft("oi camille, me formei em jornalismo mas quero migrar pro marketing digital. vc acha que vale a pena fazer "
                      "um curso de SEO ou melhor começar com trafego pago? valeu!", "Jornalista em transição de carreira",
                      name="Gabriel Rocha")
    assert "aprenderia também o básico do outro e de analytics" in br and "com o básico do outro" not in br


def test_google_ads_certificate_or_seo_reads_as_full_german() -> None:
    # 141 B de_nl note-5: "der kostenlose der HubSpot Academy", "Beides hilft, nur für Verschiedenes"
    de = sample_draft("Hallo Frau Laurent, ich bin Junior Marketing Managerin und frage mich, ob sich eine "
                      "Google-Ads-Zertifizierung lohnt oder ob ich lieber in SEO investieren sollte. Was würden Sie raten? "
                      "Danke im Voraus, Aylin Demir", "Junior Marketing Managerin", name="Aylin Demir")
    assert "Beides hilft, aber für unterschiedliche Ziele" in de and "die HubSpot Academy hat einen kostenlosen" in de
    assert "kostenlose der" not in de and "nur für Verschiedenes" not in de


def test_student_torn_between_two_programmes_gets_real_advice() -> None:
    # 141 B fr_en note-5: "licence pro ou bachelor ? Tu aurais des conseils ?" got "ça dépend de ce qui te plaît, on s'appelle ?"
    fr = sample_draft("Bonjour Camille, je suis en BTS communication et j'hesite entre une licence pro et un bachelor en "
                      "marketing digital. Tu aurais des conseils ? merci bcp", name="Léa Garnier")
    assert "la formation qui offre le plus de stages et de projets concrets" in fr and "On s'appelle" not in fr
    vous = sample_draft("Bonjour Camille, je suis en BTS et j'hésite entre une licence pro et un bachelor. Vous auriez un "
                        "conseil ?", name="Inès Faure")
    assert "celle dont les cours vous plairont le plus" in vous and "sort de mon domaine" not in vous


def test_pupil_without_a_choice_of_studies_is_unchanged() -> None:
    # 141 B fr_en note-5: a neighbour that must not change: a student asking about SEO or ads is no study choice
    from invitriage.drafts import career
    assert career.study_choice("fr", "je suis étudiante, j'hésite entre le SEO et les ads. Des conseils ?", informal=True) == ""
    assert career.area_choice("en", "For my shop, should I invest in SEO, ads or content?") == ""


def test_meta_blueprint_or_google_for_social_ads_gets_blueprint_directly() -> None:
    # 141 B de_nl note-9: "Meta Blueprint oder lieber Google?" for social ads got the list with SEO and HubSpot
    de = sample_draft("Servus Camille, bin gerade mit dem Bachelor (Kommunikationswissenschaft) fertig und will in Richtung "
                      "Social Ads gehen. Welche Zertifikate würdest du empfehlen – Meta Blueprint oder lieber Google? Danke "
                      "dir!! Lena", "Absolventin Kommunikationswissenschaft LMU", name="Lena Huber")
    assert "Für Social Ads würde ich direkt Meta Blueprint nehmen" in de and "HubSpot" not in de
    en = sample_draft("Hi Camille, I just graduated and want to go into social ads. Which certification would you recommend, "
                      "Meta Blueprint or Google?", "Graduate", name="Tom Hill")
    assert "I'd go straight for Meta Blueprint" in en and "HubSpot" not in en
    fr = sample_draft("Bonjour Camille, je veux travailler dans les social ads. Quelle certification me conseillez-vous : Meta "
                      "Blueprint ou Google ?", "Étudiante", name="Sarah Morel")
    assert "je partirais directement sur Meta Blueprint" in fr and "HubSpot" not in fr


def test_certificate_without_a_social_aim_keeps_the_weighed_answer() -> None:
    # 141 B de_nl note-9: a neighbour that must not change: Google Ads or HubSpot, no social ads aimed at
    en = sample_draft("Hi Camille, for a first marketing job, would you do the Google Ads or the HubSpot certification first?",
                      "Graduate", name="Tom Hill")
    assert "HubSpot Inbound" in en and "straight for Meta Blueprint" not in en


def test_pinterest_worth_it_wondered_in_colloquial_german_gets_an_opinion() -> None:
    # 141 B de_nl note-3: "frag mich, ob sich Pinterest Ads für uns lohnen. Hast du da ne Meinung?" got "sag mir dein Budget"
    de = sample_draft("Hi Camille! Lese seit Monaten deinen Newsletter, v.a. der letzte Artikel zu Meta Ads Budgets war super 🙌 "
                      "Ich hab einen kleinen Onlineshop für Naturkosmetik und frag mich, ob sich Pinterest Ads für uns lohnen. "
                      "Hast du da ne Meinung? LG Mia", "Gründerin @ Mias Naturkosmetik", name="Mia Vogel")
    assert "Pinterest passt zu visuellen Produkten" in de and "welches Budget du hast" not in de
    nl = sample_draft("Hoi Camille, ik heb een kleine webshop in natuurlijke cosmetica. Zijn Pinterest Ads de moeite waard?",
                      "Oprichter", name="Eva Smit")
    assert "Pinterest past bij visuele producten" in nl
