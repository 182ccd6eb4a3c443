"""Wave 165 B: a direct either/or about certifications is answered on its own terms.

"The Google Ads cert or SEO first?" weighs the certification asked, never "social
media and paid ads"; "Google Ads or Meta Blueprint?" with no aim named gets her pick, not a list by job with HubSpot; traffic lost after an
update ("perdi 40% … reescrever ou apagar?") gets the update answer, never the refresh routine.
"""

from drafting import sample_draft


def test_google_ads_cert_or_seo_weighs_the_certification() -> None:
    # 211 fr_en note-27: "google ads cert or learn SEO first?" was answered with "social media and paid ads"
    en = sample_draft("hey camille, quick q - im switching careers into digital marketing, should I start with google ads cert "
                      "or learn SEO first?? thx!", name="Jake Miller")
    assert "Google Ads certification" in en and "social media and paid ads" not in en, en
    fr = sample_draft("Salut Camille, je débute dans le marketing : je commence par la certif Google Ads ou le SEO ?",
                      name="Inès Robert")
    assert "certification Google Ads" in fr and "Les réseaux sociaux et les ads" not in fr, fr


def test_seo_or_paid_ads_without_a_certificate_keeps_both_paths() -> None:
    # neighbour: no certificate asked, the SEO-or-ads either/or keeps its weighing of both paths
    en = sample_draft("Hi Camille, I'm switching careers into marketing. Should I learn SEO or paid ads first?", name="Amy Hall")
    assert "Both are good paths" in en, en


def test_google_ads_or_blueprint_with_no_aim_gets_her_pick() -> None:
    # 211 fr_en note-5: "quelle certif choisir entre google ads et meta blueprint" got a list by job with HubSpot/SEO
    fr = sample_draft("bonjour camille, je suis en reconversion vers le marketing digital (ancien comptable) et je me demande "
                      "quelle certif choisir entre google ads et meta blueprint. tu aurais un conseil ? merci d'avance",
                      name="Thomas Leroy")
    assert "Entre les deux, je commencerais par Google Ads" in fr, fr
    assert "HubSpot" not in fr and "en complément" not in fr, fr
    es = sample_draft("Hola Camille, estoy cambiando de carrera al marketing digital. ¿Qué me recomiendas, Meta Blueprint o "
                      "Google Ads? ¡Gracias!", name="Lucía Navarro")
    assert "Entre las dos, empezaría por Google Ads" in es and "HubSpot" not in es, es
    de = sample_draft("Hallo Camille, ich steige gerade ins Online-Marketing ein. Google Ads oder Meta Blueprint, was würdest du "
                      "zuerst machen? Danke, Jan", name="Jan Weber")
    assert "Von den beiden würde ich mit Google Ads anfangen" in de and "HubSpot" not in de, de


def test_blueprint_for_social_ads_keeps_its_direct_pick() -> None:
    # neighbour: someone aiming at social ads still hears Meta Blueprint first
    en = sample_draft("Hi Camille, I just graduated and want to go into social ads. Which certification would you recommend, "
                      "Google Ads or Meta Blueprint?", "Graduate", name="Zoe King")
    assert "I'd go straight for Meta Blueprint" in en, en


def test_traffic_lost_after_an_update_rewrite_or_delete_is_answered() -> None:
    # 210 es_pt_it note-36: "perdi 40% do tráfego … reescrever ou apagá-los?" got the routine for refreshing old articles
    pt = sample_draft("Olá Camille, vi o seu post sobre o Google Helpful Content Update. No meu site perdi 40% do tráfego. Acha "
                      "que devo reescrever os artigos antigos ou apagá-los?", "Blogger de viagens", name="Pedro Santos")
    assert "é preciso melhorar o conteúdo, porque apagá-lo ou só esperar não resolve" in pt, pt
    assert "duas vezes por ano" not in pt, pt
    own = sample_draft("Olá Camille, com o último core update do Google perdi metade do tráfego do meu blogue. Acha que devo "
                       "reescrever os artigos antigos ou apagá-los?", name="Rita Sousa")
    assert "apagá-lo ou só esperar não resolve" in own, own


def test_how_often_old_articles_are_refreshed_keeps_the_routine() -> None:
    # neighbour: no traffic lost, the refresh routine still answers
    pt = sample_draft("Olá Camille, de quanto em quanto tempo atualiza os artigos antigos do seu blogue?", name="Ana Reis")
    assert "duas vezes por ano" in pt, pt


def test_google_analytics_or_blueprint_is_no_google_ads_pick() -> None:
    # regression read after wave 165: "Google Analytics certification or a Meta Blueprint course?" got "start with Google Ads"
    text = sample_draft("Hi Camille, I'm switching careers from teaching into digital marketing. Which would you recommend starting "
                        "with: Google Analytics certification or a Meta Blueprint course? Thanks so much! Laura", name="Laura Evans")
    assert "I'd start with Google Ads" not in text, text
