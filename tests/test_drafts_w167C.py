"""Wave 167 C: job seekers and career changers asking for tips get tips, never only a CV offer or a generic line. "Tips on
the local market or companies I should approach?" is where to look (companies to approach read like agencies asked),
never a choice between "the market and companies" answered with her business and budget; a laid-off professional who
stays in the field and asks for tips ("se puder me dar dicas", "ogni consiglio è benvenuto") gets her positioning advice
(rule "job_positioning") before the CV offer; a job seeker who has just moved to the city ("mi sono appena trasferita a
Lione", "I just moved to Lyon") hears agencies in that city, never "the area you're aiming for"; a career changer's years
in banking or sales are named as strengths (client relationship, figures, compliance), never "serious assets" alone."""
from drafting import sample_draft

from invitriage.drafts import told


def test_companies_to_approach_are_where_to_look_not_a_choice():
    # 215 fr_en note-34
    en = sample_draft("Hi, I'm looking for a digital marketing role in Lyon (I'm English, moving there in June). Any tips on the local "
                      "market or companies I should approach?", "Digital Marketing Specialist | PPC | Analytics", "Laura Evans")
    assert "To choose between" not in en and "budget" not in en, en
    assert "LinkedIn" in en and "Lyon" in en, en
    fr = sample_draft("Bonjour, je cherche un poste en marketing digital à Lyon (j'arrive de Bruxelles en mai). Des conseils sur le "
                      "marché local ou des entreprises à contacter ?", "Chargée de communication", "Claire Dubois")
    assert "Pour choisir entre" not in fr and "budget" not in fr, fr
    assert "LinkedIn" in fr and "à Lyon" in fr, fr


def test_choice_between_two_platforms_still_weighed():
    # a neighbouring case: a real either/or keeps its choice reading
    en = sample_draft("Hi Camille, small bakery owner here. Where would you start, SEO or ads? Any advice appreciated", "", "Tom Reed")
    assert "LinkedIn for marketing and SEO agencies" not in en, en


def test_laid_off_professional_asking_tips_gets_them():
    # 215 es_pt_it note-31
    br = sample_draft("Olá Camille, fui demitida recentemente depois de 4 anos como social media e estou buscando recolocação. Se souber "
                      "de alguma vaga ou puder me dar dicas, agradeço muito!", "Social Media | Em busca de oportunidades", "Larissa Costa")
    assert "título" in br and "resultados com números" in br, br
    assert "te dou algumas dicas" not in br and "currículo" in br, br
    # 215 es_pt_it note-53
    it = sample_draft("Ciao Camille, ho perso il lavoro da poco dopo 6 anni come social media manager. Sto cercando nuove opportunità "
                      "nel digital marketing, ogni consiglio è benvenuto. Grazie mille", "Social Media Manager | Open to work", "Valentina Romano")
    assert "Stringerei il titolo" in it and "ti dirò cosa ne penso" not in it and "CV" in it, it
    es = sample_draft("Hola Camille, me han despedido hace poco tras 5 años como community manager. Busco nuevas oportunidades, cualquier "
                      "consejo es bienvenido.", "Community Manager", "Elena Ruiz")
    assert "titular" in es and "te daré algunos consejos" not in es and "CV" in es, es
    en = sample_draft("Hi Camille, I was made redundant last month after 7 years as a content marketer. Looking for my next role, any "
                      "tips are welcome!", "Content Marketer", "Jack Hill")
    assert "headline" in en and "CV" in en, en


def test_laid_off_without_tips_keeps_cv_reply():
    # a neighbouring case: no tips asked, the CV offer alone
    it = sample_draft("Ciao Camille, ho perso il lavoro da poco dopo 6 anni come social media manager. Se senti di qualche posizione, "
                      "fammi sapere. Grazie", "Social Media Manager", "Valentina Romano")
    assert "Stringerei il titolo" not in it and "CV" in it, it


def test_newcomer_already_moved_hears_agencies_in_that_city():
    # 214 es_pt_it note-49
    it = sample_draft("Ciao Camille, sto cercando lavoro come social media manager, mi sono appena trasferita a Lione da Torino. Conosci "
                      "agenzie che assumono? Grazie, Giulia", "Social Media Manager | Content Creator", "Giulia Romano")
    assert "della zona che ti interessa" not in it and "di Lione" in it, it
    en = sample_draft("Hi Camille, I just moved to Lyon from Leeds and I am looking for a job as a PPC specialist. Do you know any "
                      "agencies hiring?", "PPC Specialist", "Sam Green")
    assert "in the area you're aiming for" not in en and "PPC agencies in Lyon" in en, en


def test_career_changer_strengths_named():
    # 214 fr_en note-13
    fr = sample_draft("Bonjour Camille, je suis en reconversion après 10 ans dans la banque et je vise un poste de chargée de marketing "
                      "digital. Auriez-vous des conseils pour mettre en avant mon parcours ?", "", "Émilie Bertrand")
    assert "la relation client" in fr and "chiffres" in fr and "conformité" in fr, fr
    en = sample_draft("Hi Camille, after 8 years in banking I am switching to digital marketing and looking for a first role. Any advice "
                      "on how to present my background?", "", "Tom Baker")
    assert "client relationships" in en and "compliance" in en, en
    de = sample_draft("Hallo Camille, nach 6 Jahren im Vertrieb möchte ich ins Online-Marketing wechseln. Hast du Tipps, wie ich meinen "
                      "Werdegang darstellen kann?", "", "Jonas Weber")
    assert "Verkaufszahlen" in de, de


def test_experience_in_the_field_keeps_plain_line():
    # a neighbouring case: years in marketing itself name no other sector's strengths
    assert told.experience_line("Je cherche un poste sur Lyon après 3 ans en agence.", "fr", informal=False) \
        == "Avec 3 ans en agence derrière vous, vous avez de sérieux atouts."
    assert told.sector_assets("en marketing bancaire", "fr") == ""
