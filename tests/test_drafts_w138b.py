"""Wave 138 group B: a career changer asking whether retraining is still worth it gets an honest yes-with-conditions."""

from __future__ import annotations

from drafting import sample_draft


def test_de_umschulung_mit_42_lohnt_sich_ehrlich():
    # 138 B de_nl note-19 (round 153): a 42-year-old warehouse worker, never his "Geschäft und Budget"
    d = sample_draft("guten tag frau laurent, ich bin 42 und möchte mich ins online marketing umschulen lassen. lohnt sich das noch "
                     "oder ist der markt voll? danke für eine ehrliche antwort. gruss michael",
                     "Lagerist | auf dem Weg ins Online Marketing", "Michael Wolf")
    assert "Das Alter ist kein Hindernis" in d and "Ergebnisse zeigen" in d
    assert "Budget" not in d and "Geschäft" not in d


def test_nl_overstap_op_45_eerlijk_antwoord():
    # 138 B de_nl note-41 (round 153): is it still worth it at 45, never only portfolio/certificate tips
    d = sample_draft("hallo, ik ben 45 en wil overstappen naar online marketing. heeft dat nog zin op mijn leeftijd of is de markt "
                     "verzadigd? eerlijk antwoord graag. gr marco", "Magazijnmedewerker | op weg naar online marketing", "Marco de Vries")
    assert "Leeftijd is geen obstakel" in d and "Meta Blueprint" not in d


def test_fr_es_it_pt_en_worth_it_at_my_age():
    # 138 B de_nl note-19 variants: the same question in the other languages
    cases = [
        ("Bonjour Camille, j'ai 44 ans et je voudrais me reconvertir dans le marketing digital. Est-ce que ça vaut encore le coup "
         "à mon âge ou le marché est saturé ? Merci pour une réponse honnête.", "L'âge n'est pas un frein"),
        ("Hola Camille, tengo 45 años y quiero reconvertirme al marketing digital. ¿Vale la pena a mi edad o el mercado está "
         "saturado? Gracias por una respuesta sincera.", "La edad no es un obstáculo"),
        ("Ciao Camille, ho 46 anni e vorrei riqualificarmi nel marketing digitale. Ha ancora senso alla mia età o il mercato è "
         "saturo? Grazie per una risposta sincera.", "L'età non è un ostacolo"),
        ("Olá Camille, tenho 43 anos e quero mudar de carreira para o marketing digital. Ainda vale a pena na minha idade ou o "
         "mercado está saturado? Obrigado pela resposta honesta.", "A idade não é obstáculo"),
        ("Hi Camille, I'm 42 and thinking of retraining into digital marketing. Is it still worth it at my age or is the market "
         "saturated? Honest answer please.", "Age is no obstacle"),
    ]
    for note, answer in cases:
        d = sample_draft(note, "", "Sam Moreau")
        assert answer in d, d
        assert "budget" not in d.lower() and "presupuesto" not in d


def test_pt_br_vale_a_pena_com_a_minha_idade():
    # 138 B de_nl note-19 variant (pt-BR, você): never "me conta do seu negócio e do seu orçamento"
    d = sample_draft("Oi Camille, tenho 44 anos e quero migrar pro marketing digital. Ainda vale a pena com a minha idade ou o "
                     "mercado tá saturado? Valeu pela sinceridade!", "Professor", "Carlos Souza")
    assert "Idade não é obstáculo" in d and "orçamento" not in d


def test_neighbour_seo_still_worth_it_unchanged():
    # 138 B must-not-change neighbour: "is SEO still worth it?" without a career move is not the retraining answer
    d = sample_draft("Hi Camille, loved your post on AI search. Is SEO still worth it for a small shop in 2025?", "Founder", "Jo Park")
    assert "Age is no obstacle" not in d


def test_neighbour_reconversion_course_unchanged():
    # 138 B must-not-change neighbour: a career changer asking for a course keeps the course answer
    d = sample_draft("Hello Camille, je suis en reconversion (ancienne prof de français) et je vise un poste en content marketing. "
                     "Quelle formation me conseillerais-tu pour commencer ? Merci d'avance 🙏",
                     "En reconversion vers le marketing de contenu", "Élodie Martin")
    assert "formation" in d and "L'âge" not in d


def test_fr_reconversion_content_marketing_gets_content_course():
    # 138 B fr_en note-7 (round 153): a former teacher aiming at content marketing, never Google Ads/Meta Blueprint courses
    d = sample_draft("Hello Camille, je suis en reconversion (ancienne prof de français) et je vise un poste en content marketing. "
                     "Quelle formation me conseillerais-tu pour commencer ? Merci d'avance 🙏",
                     "En reconversion vers le marketing de contenu", "Élodie Martin")
    assert "stratégie de contenu" in d and "rédaction SEO" in d and "portfolio" in d
    assert "Meta Blueprint" not in d and "Google Ads" not in d


def test_content_course_other_languages():
    # 138 B fr_en note-7 variants: en, de, es, it, nl, pt
    cases = [
        ("Hi Camille, I'm a former teacher retraining and I'm aiming for a content marketing role. Which course would you recommend "
         "to start? Thanks!", "content-strategy course"),
        ("Hallo Camille, ich bin ehemalige Lehrerin, mache eine Umschulung und möchte ins Content Marketing. Welche Weiterbildung "
         "würdest du mir zum Einstieg empfehlen?", "Kurs in Content-Strategie"),
        ("Hola Camille, soy exprofesora y estoy en plena reconversión; quiero trabajar en marketing de contenidos. ¿Qué formación me "
         "recomiendas para empezar?", "curso de estrategia de contenidos"),
        ("Ciao Camille, sono un'ex insegnante in riconversione e punto a un ruolo nel content marketing. Che corso mi consiglieresti "
         "per iniziare?", "corso di content strategy"),
        ("Hoi Camille, ik ben oud-docent en wil de overstap maken naar contentmarketing. Welke opleiding raad je aan om mee te "
         "beginnen?", "cursus contentstrategie"),
        ("Olá Camille, sou ex-professora em reconversão e quero trabalhar em marketing de conteúdo. Que formação me recomenda para "
         "começar?", "curso de estratégia de conteúdo"),
    ]
    for note, answer in cases:
        d = sample_draft(note, "", "Sam Moreau")
        assert answer in d and "Meta Blueprint" not in d, d


def test_pt_student_seo_skills_answered():
    # 138 B es_pt_it note-27 (round 152): "gostava de saber que competências …" (no "?") gets the SEO skills
    d = sample_draft("Olá Camille, sou estudante de Marketing no ISCTE e gostava de saber que competências recomenda desenvolver "
                     "para trabalhar em SEO. Obrigada!", "", "Inês Ferreira")
    assert "pesquisa de palavras-chave" in d and "Search Console" in d and "trocar ideias" not in d


def test_fr_en_de_student_seo_skills_answered():
    # 138 B es_pt_it note-27 variants: an indirect question without "?" in fr, en, de
    cases = [
        ("Bonjour Camille, je suis étudiante en marketing et j'aimerais savoir quelles compétences développer pour travailler dans le "
         "SEO. Merci !", "recherche de mots-clés"),
        ("Hi Camille, I'm a marketing student and would like to know which skills you'd recommend developing to work in SEO. Thanks!",
         "keyword research"),
        ("Hallo Frau Laurent, ich studiere Marketing und würde gern wissen, welche Kompetenzen ich entwickeln sollte, um im SEO zu "
         "arbeiten. Danke!", "Keyword-Recherche"),
    ]
    for note, answer in cases:
        assert answer in sample_draft(note, "", "Claire Petit")


def test_reconverting_accountant_google_ads_or_seo_which_first():
    # 138 B fr_en note-5 (round 152): "Google Ads, SEO...?" says which to start with and why (fr, en, es, it)
    cases = [
        ("Bonjour, je suis en reconversion pro vers le marketing digital (ancienne comptable). Quelle formation me conseilleriez vous "
         "pour commencer ? Google Ads, SEO...? merci bcp", "je commencerais par le SEO"),
        ("Hi, I'm retraining into digital marketing (former accountant). Which course would you recommend to start with? Google Ads, "
         "SEO...? thanks a lot", "I'd start with SEO"),
        ("Hola, estoy reconvirtiéndome al marketing digital (excontable). ¿Qué formación me recomendaría para empezar? ¿Google Ads, "
         "SEO...? Gracias", "empezaría por el SEO"),
        ("Ciao, sono in riconversione verso il marketing digitale (ex contabile). Quale corso mi consiglierebbe per iniziare? Google "
         "Ads, SEO...? Grazie", "partirei dalla SEO"),
    ]
    for note, answer in cases:
        d = sample_draft(note, "En reconversion | Marketing digital", "Nathalie Roux")
        assert answer in d and "Google Ads" in d, d


def test_neighbour_shop_owner_ads_or_seo_unchanged():
    # 138 B must-not-change neighbour: a shop owner (no career move) asking Google Ads or SEO keeps the shop answer
    d = sample_draft("Hola Camille, tengo una tienda online de cosmética. ¿Qué me recomiendas para empezar: Google Ads o SEO?",
                     "Fundadora | Cosmética Natural", "Carmen López")
    assert "Skillshop" not in d and "reconversión" not in d
