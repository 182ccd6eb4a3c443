"""Wave 35, helper B: a "do you remember?" asks for nothing (no training advice, no courses promised)."""
from drafting import sample_draft

#: Old classmates reconnecting, each naming the course they took together and asking only "remember?".
_RECALL = [
    ("Salut Camille ! On a suivi ensemble le module SEO chez Digital Campus l'an passé, tu te rappelles ? Ravie de te recroiser ici",
     ("Skillshop", "formation la plus proche", "je t'envoie quelques formations")),
    ("Hey Camille, we sat next to each other in that Meta Ads course at Digital Campus last spring, remember me? Nice to see you on here",
     ("Skillshop", "course closest", "I'll send you a few courses")),
    ("¡Hola Camille! Hicimos juntas el curso de SEO de Digital Campus el año pasado, ¿te acuerdas? Qué gusto verte por aquí",
     ("Skillshop", "curso más cercano", "Te envío algunas formaciones")),
    ("Ciao Camille! Abbiamo fatto insieme il corso di Google Ads da Digital Campus, ti ricordi? Che bello ritrovarti",
     ("Skillshop", "corso più vicino", "ti mando qualche corso")),
    ("Hoi Camille! We volgden vorig jaar samen de Google Ads-cursus bij Digital Campus, weet je nog? Leuk je hier weer te zien",
     ("Skillshop", "cursus kiezen", "een paar cursussen")),
]


def test_remember_question_gets_no_course_advice():
    for note, banned in _RECALL:
        text = sample_draft(note, name="Manon Petit")
        assert not any(b in text for b in banned), (note, text)
        assert "Manon" in text, text


#: Beginners asking whether she gives courses they could take: never read as a school asking her to teach one.
_BEGINNER = [
    "Hola Camille, ¿impartes algún curso de redes sociales para principiantes? Acabo de abrir mi tienda de velas y no sé por dónde empezar",
    "Bonjour Camille, est-ce que vous donnez des cours de SEO pour débutants ? Je démarre un blog de recettes et je n'y comprends rien",
    "Hi Camille, do you run any SEO classes for complete beginners? I just started a small photography blog and feel lost",
    "Ciao Camille, tieni lezioni di SEO per principianti? Ho appena aperto un blog di viaggi e mi perdo tra i termini tecnici",
    "Olá Camille, dás aulas de SEO para iniciantes? Comecei agora um blogue de receitas e estou um pouco perdida",
]


def test_beginner_asking_for_a_course_is_not_a_teaching_request():
    banned = ("fechas previstas", "programa", "dates prévues", "programme", "planned dates", "date previste", "datas previstas",
              "impartir", "Donner ce cours", "teach this course", "tenere questo", "dar este")
    for note in _BEGINNER:
        text = sample_draft(note, name="Lucía Gómez")
        assert not any(b in text for b in banned), (note, text)
