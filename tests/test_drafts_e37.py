"""Wave 37, helper E: register and wording (opinion questions, Brazilian warmth, a neighbour, her tips' wording)."""
import re

from drafting import sample_draft


def test_opinion_question_gets_no_where_are_you_closing():
    notes = [
        ("Hi Camille, read your piece on AI writing and SEO. Do you honestly think Google punishes AI-written articles? Keen to hear your take", "where you"),
        ("Bonjour Camille, j'ai lu ton article sur l'IA et le référencement, tu crois vraiment que Google sanctionne les textes écrits par ChatGPT ?", "où tu en es"),
        ("Hola Camille, vi tu post sobre IA y SEO. ¿De verdad crees que Google penaliza los textos escritos con ChatGPT?", "en qué punto"),
        ("Hallo Camille, dein Beitrag über KI und SEO war spannend. Glaubst du wirklich, dass Google KI-Texte abstraft?", "wo du gerade"),
    ]
    for note, stock in notes:
        text = sample_draft(note, headline="Content writer")
        assert "Google" in text, text
        assert stock not in text, text


def test_advice_for_own_project_keeps_next_step():
    # a question about the sender's own shop keeps the light "tell me where you stand" step
    text = sample_draft("Hola Camille, acabo de abrir mi tienda online de cerámica en Shopify y no sé por dónde empezar con el SEO. ¿Algún consejo?")
    assert "cuéntame en qué punto estás" in text, text
    assert "Lleva más tiempo que dinero" in text and "Pide más" not in text, text


def test_brazilian_warm_note_is_answered_warmly():
    text = sample_draft("oi camille, fiz seu curso de SEO em Lyon mês passado e moro bem perto daí. obrigada pelo curso, foi top demais",
                        name="Juliana Costa")
    assert "Atenciosamente" not in text and "Camille Laurent" not in text, text
    assert "perto" in text, text
    plain = sample_draft("Olá Camille, acompanho sua newsletter há meses. A edição sobre SEO local foi ótima, já usei as dicas na minha padaria.",
                         name="Renata Alves")
    assert "Atenciosamente" not in plain and "Camille Laurent" not in plain, plain
    letter = sample_draft("Prezada Camille, sou diretora de marketing de uma rede de clínicas e gostaria de conhecer seus serviços de consultoria.",
                          name="Paula Mendes")
    assert "Camille Laurent" in letter, letter


def test_neighbour_is_picked_up_in_every_language():
    notes = [
        ("Hi Camille, I came to your SEO workshop in Lyon last month, I actually live close by. Thanks for the session, it was great", "nearby"),
        ("Salut Camille, j'étais à ton atelier réseaux sociaux à Lyon, j'habite pas loin. Merci pour l'atelier, c'était top !", "tout près"),
        ("Ciao Camille, ho seguito il tuo workshop a Lione, abito in zona. Grazie per la lezione, è stata utilissima!", "vicino"),
        ("Hallo Camille, ich war letzte Woche bei deinem Workshop in Lyon und wohne um die Ecke. Danke dir, war super!", "Nähe"),
        ("Hoi Camille, ik zat bij je workshop in Lyon en woon vlakbij. Bedankt voor de sessie, het was top!", "buurt"),
    ]
    for note, word in notes:
        text = sample_draft(note, name="Sam Moreau")
        assert word in text, text
        assert len(re.findall(r"\b(?:événement|event|evento|Veranstaltung|evenement)\b", text)) <= 1, text


def test_tips_read_as_advice_to_the_reader():
    de = sample_draft("Hallo Camille, ich studiere Marketing in Köln und suche ab Herbst ein Praktikum in Frankreich. Hast du Tipps für den Einstieg? Danke dir, Mia",
                      headline="Studentin Marketing")
    assert "beschränken" not in de and "angeben" not in de, de
    es = sample_draft("Hola, soy Lucía, estudio Publicidad y termino este año. ¿Qué certificaciones me recomiendas para trabajar en marketing digital?",
                      headline="Estudiante de Publicidad")
    assert "se apunte" not in es and "uno mismo" not in es, es
    assert "puesto que se busque" in es and "apuntes" not in es, es
