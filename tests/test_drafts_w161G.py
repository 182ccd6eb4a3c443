"""Wave 161 G: read-back errors in Spanish, Portuguese and Italian. Two people only both at a workshop get no invented
conversation; a thesis interview is thanked as a thesis, never as "your question"; career guidance asked of her mentoring
is answered with where the student stands, never "what do you want to learn?"; a settling-in wish said once; Italian
clients in France never turned into "French clients"; an interview next week accepted and the week confirmed; an open
question ("which course?") never opened with a stray "Yes,"."""
from drafting import sample_draft


def test_co_attended_workshop_invents_no_conversation() -> None:
    es = sample_draft("Hola Camille! Coincidimos en el taller de la CCI de Lyon sobre marketing para emprendedores. Soy española y "
                      "acabo de montar mi agencia aquí. Podemos tomar un café algún día?", headline="Fundadora de Sol Studio", name="Nuria Blanco")
    assert "conversación que empezamos" not in es and "coincidido" in es and "café" in es
    mine = sample_draft("Hola Camille, coincidimos en el meetup de growth de Lyon el mes pasado. Trabajo como freelance en paid media. "
                        "¿Podemos quedar para un café?", headline="Freelance Paid Media", name="Irene Soto")
    assert "conversación que empezamos" not in mine


def test_thesis_interview_is_thanked_as_a_thesis() -> None:
    pt = sample_draft("olá, estou no mestrado de comunicação na Universidade do Porto e a fazer uma tese sobre SEO para PME. Posso "
                      "fazer-lhe uma pequena entrevista? obg", headline="Mestrando em Ciências da Comunicação", name="Diogo Ribeiro")
    assert "pergunta sobre" not in pt and "tese" in pt and "entrevista" in pt
    mine = sample_draft("Bom dia Camille, estou a fazer uma tese sobre marketing de conteúdo para pequenas lojas online. Podia "
                        "responder a algumas perguntas numa entrevista? Obrigada", headline="Mestranda", name="Rita Sousa")
    assert "pergunta sobre" not in mine and "tese" in mine


def test_career_guidance_is_not_asked_what_to_learn() -> None:
    br = sample_draft("Olá Camille, você ainda oferece mentoria individual para estudantes? Estou no último ano de Publicidade na "
                      "USP e queria muito uma orientação de carreira. Obrigada, Beatriz", headline="Estudante de Publicidade - USP",
                      name="Beatriz Campos")
    assert "aprender" not in br and "mentoria" in br and "em que ponto" in br


def test_settling_in_wish_said_once() -> None:
    it = sample_draft("Ciao Camille! sono italiana e mi sono trasferita a Lione da poco, lavoro nella comunicazione. Ti andrebbe un "
                      "caffè per fare due chiacchiere? ☕", headline="Communication Manager", name="Alessia De Luca")
    assert it.count("ambientando") == 1 and "caffè" in it
    es = sample_draft("Hola Camille, me mudé a Lyon hace un mes y trabajo en marketing. ¿Te apetece un café un día de estos?",
                      headline="Marketing Manager", name="Lucía Gómez")
    assert es.count("adaptando") <= 1


def test_foreign_clients_in_france_not_called_french() -> None:
    it = sample_draft("Ciao Camille, Elisa Fontana dell'agenzia Pixel mi ha parlato di te. Lavoro nel paid media e penso potremmo "
                      "collaborare su clienti italiani in Francia. A presto!", headline="Co-founder @ Adverto", name="Federico Barbieri")
    assert "clienti francesi" not in it and "italiani" in it
    es = sample_draft("Hola Camille, llevo una agencia de paid media y creo que podríamos colaborar con clientes españoles en Francia. "
                      "¿Hablamos?", headline="CEO @ Medios", name="Pablo Ruiz")
    assert "clientes franceses" not in es
    # neighbour: French clients stay French clients
    fr_clients = sample_draft("Ciao Camille, lavoro nel paid media e penso potremmo collaborare su clienti francesi. A presto!",
                              headline="Co-founder @ Adverto", name="Marco Gallo")
    assert "francesi" in fr_clients


def test_interview_next_week_accepted_and_confirmed() -> None:
    it = sample_draft("Gentile Signora Laurent,\nsono giornalista de Il Sole 24 Ore e sto scrivendo un articolo sulle consulenti di "
                      "marketing digitale in Europa. Sarebbe disponibile per una breve intervista telefonica la prossima settimana?\n"
                      "Distinti saluti,\nChiara Esposito", headline="Giornalista - Il Sole 24 Ore", name="Chiara Esposito")
    assert "Molto volentieri per l'intervista" not in it and "la prossima settimana va benissimo" in it
    mine = sample_draft("Ciao Camille, sono giornalista per Wired Italia. Ti andrebbe una breve intervista telefonica la settimana "
                        "prossima sul social commerce? Grazie, Marta", headline="Giornalista", name="Marta Gallo")
    assert "la settimana prossima va benissimo" in mine
    es = sample_draft("Estimada Sra. Laurent: soy periodista de El País y preparo un reportaje sobre consultoras de marketing digital. "
                      "¿Estaría disponible para una breve entrevista telefónica la próxima semana? Saludos cordiales, Lucía Romero",
                      name="Lucía Romero")
    assert "próxima semana" in es


def test_open_question_gets_no_stray_yes() -> None:
    es = sample_draft("Hola Camille, me quedé sin trabajo hace 2 meses (community manager, 3 años de experiencia). Quiero "
                      "reorientarme al SEO. ¿Qué formación me recomendarías? Gracias de antemano",
                      headline="Community Manager | Buscando nuevas oportunidades", name="Daniel Pérez")
    assert "Sí, con esa experiencia" not in es and "guía SEO gratuita de Google" in es
    it = sample_draft("Ciao Camille, ho perso il lavoro da social media manager dopo 4 anni e voglio ricollocarmi nella SEO. Quale "
                      "corso mi consigli? Grazie", headline="Social Media Manager", name="Sara Conti")
    assert "Sì, con questa esperienza" not in it
