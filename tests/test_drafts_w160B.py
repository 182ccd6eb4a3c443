"""Wave 160 B: a parent asking advice for their named child gets the advice for the child, by name (never "what you
enjoy", "in your place"); a platform course thought hers ("or was it another Camille?") is answered (not hers unless her
settings name the platform), never "glad you'd come again" and a next session; an Italian "che strumento usi?" is tu,
answered in kind; a beginner asking for social-media resources gets free social-media resources, never a shop's SEO,
Google Business and Amazon steps."""

from drafting import sample_draft


def _body(text: str) -> str:
    return text.split("\n", 2)[2].rsplit("\n\n", 1)[0]


def test_parent_for_named_daughter_fr():
    d = sample_draft("Bonjour Camille, ma fille Chloé (18 ans) hésite entre une école de commerce et un BUT MMI pour travailler "
                     "dans le marketing digital. Auriez-vous 10 min pour lui donner votre avis ? Merci !\nFrançoise Mercier",
                     headline="Infirmière – CHU de Lyon", name="Françoise Mercier")
    assert "Chloé" in d and "à votre place" not in d and "ce qui vous plaît" not in d
    assert "Dites-moi où vous en êtes" not in d and "dites-moi où vous en êtes" not in d


def test_parent_for_named_child_other_languages():
    it = sample_draft("Ciao Camille, mio figlio Matteo è indeciso tra università e ITS per lavorare nel digital marketing. "
                      "Potrebbe dargli un consiglio? Grazie, Paola", headline="Insegnante", name="Paola Bianchi")
    assert "Matteo" in it and "gli piacciono" in it
    en = sample_draft("Hi Camille, my son Tom is torn between a business school and a marketing degree. Any advice for him?",
                      headline="Teacher", name="Jane Doe")
    assert "advise Tom" in en and "he'd enjoy" in en


def test_pupil_own_study_choice_kept():
    d = sample_draft("Bonjour Camille, je suis en terminale et j'hésite : école de commerce ou BUT MMI pour le marketing digital ?",
                     headline="Lycéenne", name="Inès Martin")
    assert "Les deux peuvent mener au marketing digital" in d


def test_platform_course_or_another_namesake_es():
    d = sample_draft("Holaa, vi tu curso de estrategia de contenidos en Domestika?? o era otra Camille? jaja. en cualquier caso "
                     "me interesa mucho el tema", headline="Diseñadora freelance", name="Sara Campos")
    assert "No tengo ningún curso en Domestika" in d and "repetir" not in d and "próxima fecha" not in d


def test_platform_course_or_another_namesake_fr_en():
    fr = sample_draft("Salut ! Je suis tombée sur ta formation SEO sur Udemy, ou c'était une autre Camille ? En tout cas le sujet "
                      "m'intéresse", headline="Graphiste", name="Julie Marin")
    assert "Je n'ai pas de cours sur Udemy" in fr and "revenir" not in fr
    en = sample_draft("Hey, I saw your content strategy course on Skillshare, or was it another Camille? Either way, love the topic",
                      headline="Designer", name="Tom Reed")
    assert "I don't have a course on Skillshare" in en and "Skillshop" not in en


def test_another_session_still_answered():
    d = sample_draft("Merci pour l'atelier SEO de jeudi ! Tu en prévois un autre bientôt ?", headline="Graphiste", name="Julie Marin")
    assert "Ravie que ça te donne envie de revenir" in d


def test_italian_student_tu_register():
    d = sample_draft("Cara Camille, grazie per la lezione al master della Bocconi! Mi è rimasta una domanda: che strumento usi "
                     "per il reporting delle campagne su Meta e Google?\nUn saluto, Stefano",
                     headline="Studente Master in Marketing | SDA Bocconi", name="Stefano Ricci")
    assert d.startswith("Ciao Stefano") and "Cordiali saluti" not in d and "La ringrazio" not in d
    d2 = sample_draft("Ciao Camille, cosa ne pensi di Looker Studio per i report dei clienti?", headline="Freelance", name="Marco Riva")
    assert "Cordiali saluti" not in d2


def test_italian_lei_kept():
    d = sample_draft("Buongiorno dottoressa Laurent, quale strumento usa per il reporting delle campagne? Cordiali saluti, Paolo Conti",
                     headline="Responsabile marketing", name="Paolo Conti")
    assert "Cordiali saluti" in d


def test_social_resources_for_beginner():
    it = sample_draft("Ciao Camille, ho appena aperto un negozio online di gioielli fatti a mano e non so da dove cominciare con "
                      "i social. Mi consigli qualche risorsa per principianti?", headline="Artigiana e fondatrice di Luce Gioielli",
                      name="Federica Russo")
    assert "Meta Blueprint" in it and "Amazon" not in it and "Google Business" not in it
    es = sample_draft("Hola Camille! Acabo de abrir mi tienda de cerámica y no sé por dónde empezar con las redes sociales. "
                      "¿Me recomiendas algún recurso para principiantes?", headline="Ceramista", name="Lucía Vega")
    assert "recursos gratuitos" in es and "Amazon" not in es


def test_shop_start_without_resources_kept():
    d = sample_draft("Ciao Camille, ho appena aperto un negozio online di gioielli: da dove comincio, SEO, Instagram o Etsy?",
                     headline="Artigiana", name="Federica Russo")
    assert "Meta Blueprint" not in d
