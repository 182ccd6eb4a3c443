"""Wave 37, helper A: a book asked for gets an honest reading answer (no invented title), in every language."""
from drafting import sample_draft

_BOOK_NOTES = [
    ("de", "Hallo Camille, ich bin Werkstudentin im Marketing. Hast du einen Buchtipp für den Einstieg ins Performance Marketing?", "Werkstudentin", "buch", "Skillshop"),
    ("en", "Hi Camille, I just started as a marketing assistant. Any books you'd suggest to understand Facebook and Instagram ads?", "Marketing assistant", "book", "Blueprint"),
    ("fr", "Bonjour Camille, je suis étudiant en communication. Tu aurais des livres à me conseiller sur Google Ads ?", "Étudiant", "livre", "Skillshop"),
    ("es", "Hola Camille, soy estudiante de marketing. ¿Algún libro que me recomiendes para aprender SEO?", "Estudiante", "libro", "SEO de Google"),
    ("it", "Ciao Camille, sono appena entrata nel marketing. Mi suggeriresti qualche libro sulla pubblicità online?", "Junior marketing", "libro", "Skillshop"),
    ("nl", "Hoi Camille, ik studeer marketing. Heb je een goede boekentip om met Google Ads te beginnen?", "Student", "boek", "Skillshop"),
]


def test_book_request_gets_reading_answer_without_invented_title():
    for lang, note, headline, word, pointer in _BOOK_NOTES:
        text = sample_draft(note, headline=headline)
        # her own answer when it names what to read (Blueprint, the SEO Starter Guide), else the honest "no one book"
        assert word in text.lower() or pointer in text, (lang, text)
        assert pointer in text, (lang, text)
        assert "portfolio" not in text.lower() and "diplôme" not in text, (lang, text)


def test_own_book_is_not_a_book_request():
    for note in ("Hi Camille, great talk in Lyon! My book on brand storytelling comes out in May, happy to connect.",
                 "Bonjour Camille, merci pour la conférence. Mon livre sur le storytelling sort en mai, ravi d'échanger !"):
        text = sample_draft(note, headline="Author")
        assert "single out" not in text and "livre en particulier" not in text, text


_BUSINESS_ONE_TO_ONE = [
    ("fr", "Bonjour Camille, je gère une boulangerie à Annecy. Est-ce que vous proposez un accompagnement personnalisé pour les commerçants ?", "Gérante", "accompagnement individuel"),
    ("en", "Hi Camille, I run a small hotel near Grenoble. Do you also offer one-to-one sessions for owners like me?", "Owner", "one-to-one consulting"),
    ("es", "Hola Camille, tengo un restaurante en Sevilla. ¿Ofreces también sesiones individuales?", "Dueño", "asesoría individual"),
    ("pt", "Olá Camille, tenho uma loja de cerâmica em Aveiro. Faz sessões individuais para pequenos negócios?", "Proprietária", "acompanhamento individual"),
]


def test_business_one_to_one_is_consulting_not_mentoring():
    for lang, note, headline, wording in _BUSINESS_ONE_TO_ONE:
        text = sample_draft(note, headline=headline)
        assert wording in text, (lang, text)
        assert "mentor" not in text.lower(), (lang, text)
    # a student asking for a mentor keeps the word
    text = sample_draft("Bonjour Camille, je suis étudiante en marketing. Proposez-vous du mentorat individuel ?", headline="Étudiante")
    assert "mentorat individuel" in text, text


_INDIRECT_ASKS = [
    ("it", "Buongiorno Dott.ssa Laurent,\nmi ha dato il Suo contatto Luca Moretti: Le scrivo per chiederLe se segue anche piccoli negozi online per la SEO. Distinti saluti,\nMarta Gallo", "Marta Gallo"),
    ("es", "Estimada Sra. Laurent:\nMe ha recomendado su perfil Pablo Ruiz. Le escribo para preguntarle si ofrece asesoría SEO para tiendas online pequeñas. Atentamente,\nLucía Gómez", "Lucía Gómez"),
    ("en", "Dear Ms Laurent,\nPeter Lang passed on your name. I am writing to ask you whether you offer SEO consulting for small web shops. Kind regards,\nMark Evans", "Mark Evans"),
]


def test_indirect_question_is_the_question_not_an_invitation_to_send_questions():
    for lang, note, name in _INDIRECT_ASKS:
        text = sample_draft(note, name=name, headline="Titolare" if lang == "it" else "Owner")
        low = text.lower()
        assert "domande" not in low and "preguntas" not in low and "your questions" not in low, (lang, text)
        assert "20" in text, (lang, text)  # the call is proposed
    text = sample_draft(_INDIRECT_ASKS[0][1], name="Marta Gallo", headline="Titolare")
    assert text.split("\n")[0] == "Gentile Dott.ssa Gallo,", text  # the "Dott.ssa" she was given is given back in kind (b51)
