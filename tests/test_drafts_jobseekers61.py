"""Wave 61, group C: job seekers and thanks (the city they move to, a job landed after her webinar, a CV only offered,
a move to a country in Brazilian Portuguese)."""
from drafting import sample_draft


def test_agencies_looked_for_where_the_sender_moves_not_where_they_worked():
    de = sample_draft("Hallo Camille, ich bin seit 3 Monaten auf Jobsuche im Content Marketing (5 Jahre Erfahrung, zuletzt Agentur in Köln) "
                      "und zieh jetzt nach Lyon. Kennst du Agenturen, die Deutschsprachige suchen? Julia", name="Julia Neumann")
    assert "Agenturen in Lyon" in de and "Köln heraussuchen" not in de
    assert "dein Deutsch" in de and "deine Sprache" not in de
    en = sample_draft("Hi Camille, I spent 3 years at an agency in Manchester and I am moving to Lyon next month. "
                      "Do you know any agencies looking for English speakers?", name="Julia Neumann")
    assert "agencies in Lyon" in en and "agencies in Manchester" not in en
    asked = sample_draft("Hallo Camille, ich ziehe bald nach Lyon. Kennst du Agenturen in Villeurbanne, die Deutschsprachige suchen?", name="Julia Neumann")
    assert "Agenturen in Villeurbanne" in asked


def test_job_landed_after_her_webinar_is_congratulated():
    en = sample_draft("Hi Camille, just wanted to say thanks — I took your SEO basics webinar last spring and it helped me land my first "
                      "junior marketing role! Keen to keep following your work.", name="Chloe Evans")
    assert "Congrat" in en and "cover next" not in en
    en2 = sample_draft("Hello Camille! Your Google Ads basics webinar was great, and thanks to it I got hired as a junior PPC analyst. Thanks!", name="Chloe Evans")
    assert "Congrat" in en2 and "cover next" not in en2
    de = sample_draft("Hallo Camille, danke für dein SEO-Webinar letztes Jahr – es hat mir geholfen, meinen ersten Job zu bekommen!", name="Chloe Evans")
    assert "Glückwunsch zum neuen Job" in de
    nl = sample_draft("Hoi Camille, bedankt voor je SEO-webinar van vorig jaar, het heeft me geholpen om mijn eerste baan te vinden!", name="Chloe Evans")
    assert "Gefeliciteerd met je nieuwe baan" in nl
    pt = sample_draft("Oi Camille, obrigada pelo seu webinar de SEO, ele me ajudou a conseguir meu primeiro emprego em marketing!", name="Chloe Evans")
    assert "Parabéns pelo novo emprego" in pt


def test_cv_offered_if_needed_is_asked_for_and_reading_said_once():
    fr = sample_draft("Bonjour Camille, jeune diplômé d'un master marketing digital, je cherche mon premier poste en SEO sur Lyon. Sauriez-vous "
                      "si des agences recrutent en ce moment ? Je vous joins mon CV si besoin. Merci !\nHugo Martin", name="Hugo Martin")
    assert "Envoyez-moi votre CV" in fr and "Je lirai" not in fr
    on_profile = sample_draft("Bonjour Camille, jeune diplômé, je cherche mon premier poste en SEO sur Lyon. Auriez-vous des conseils ? "
                              "Mon CV est sur mon profil.", name="Hugo Martin")
    assert "Je lirai le CV que vous avez mis sur votre profil" in on_profile and "après l'avoir lu" not in on_profile
    en = sample_draft("Hi Camille, I just graduated and I am looking for my first SEO job. Any advice? My CV is on my profile.", name="Hugo Martin")
    assert "CV on your profile" in en and "once I've read it" not in en


def test_move_to_a_country_takes_its_article_in_brazilian_portuguese():
    pt = sample_draft("Oi Camille, sou analista de mídia paga com 3 anos de exp. e vou me mudar pra França ano que vem. Vc teria dicas de "
                      "como entrar no mercado de marketing aí? Valeu!", name="Gustavo Ribeiro")
    assert "mudança para a França" in pt and "mudança para França" not in pt
    it = sample_draft("Oi Camille, sou designer e estou me mudando para Itália no fim do ano. Alguma dica de mercado?", name="Gustavo Ribeiro")
    assert "para a Itália" in it
