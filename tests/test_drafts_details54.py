"""Wave 54, group D: a note's details read and said right. A coffee agreed when they met ("Coffee soon?", "ci sentiamo
per quel caffè") is set up as a coffee; tips thanked for get "glad they helped", never a second "Avec plaisir"; a talk
only praised gets "if you put it into practice", never a plan assumed; German event nouns keep their capital; a
teacher sought is no professor's title for the sender; "let me know if you hear of anything" is no question to answer."""

from __future__ import annotations

import pytest

from tests.drafting import sample_draft


@pytest.mark.parametrize("note,said,gone", [
    ("Camille!! So fun chatting at the Lyon Digital Nomads meetup on Thursday 😄 still thinking about your TikTok hacks. Coffee soon? x Jess",
     "coffee", "happy to chat"),
    ("Hey Camille, great meeting you at the SEO Camp in Lyon yesterday! Coffee sometime soon?", "coffee", "happy to chat"),
    ("Hi Camille, lovely to meet you at the Women in Tech breakfast. Coffee? Mia", "coffee", "happy to chat"),
    ("Ciao Camille, piacere di averti conosciuta al meetup della Digital League a Lione giovedì! Come promesso ti mando l'invito, così ci sentiamo per quel caffè 😉\nLorenzo Ricci",
     "caffè", "Restiamo in contatto!"),
    ("Ciao Camille, bello conoscerti al workshop di Milano ieri! Ti scrivo per quel caffè di cui parlavamo. Giulia", "caffè", "Restiamo in contatto!"),
])
def test_a_coffee_asked_or_agreed_is_set_up(note: str, said: str, gone: str) -> None:
    text = sample_draft(note, name="Jess Morgan")
    assert said in text.lower(), text
    assert gone not in text, text


def test_thanks_for_a_coffee_had_is_no_coffee_asked() -> None:
    text = sample_draft("Hi Camille, thanks for that coffee yesterday, really enjoyed it! Tom", name="Tom Hill")
    assert "Which days work for you" not in text, text


@pytest.mark.parametrize("note", [
    "Salut Camille, on s'est croisees au meetup Growth Hacking Lyon jeudi, merci encore pour tes conseils sur les Meta ads ! on se refait un cafe quand tu veux ? Manon",
    "Bonjour Camille, ravie de vous avoir rencontrée au salon E-commerce de Lyon jeudi dernier, merci pour vos conseils sur Google Business Profile. Sophie",
    "Salut Camille, merci pour tes conseils sur les reels à l'atelier Canva de la CCI mardi ! Marine",
])
def test_tips_thanked_for_are_glad_they_helped(note: str) -> None:
    text = sample_draft(note, name="Manon Jacquet")
    assert "Avec plaisir pour les conseils" not in text, text
    assert "que les conseils" in text, text
    assert text.lower().count("ravie") <= 1, text


@pytest.mark.parametrize("note,said,gone", [
    ("Hola Camille, vi tu charla en YouTube sobre estrategia de contenidos para pymes y me pareció muy útil. ¡Gracias por compartir tanto!",
     "Si pones algo en práctica", "Mucho éxito al ponerlo en práctica"),
    ("Hi Camille, watched your webinar on SEO for small shops on YouTube, really useful. Thanks!",
     "If you put any of it into practice", "Good luck putting it into practice"),
    ("Bonjour Camille, j'ai regardé votre conférence sur le SEO local en replay, très instructif, merci !",
     "Si vous en mettez une partie en pratique", "Bonne mise en pratique"),
    ("Ciao Camille, ho visto il tuo webinar registrato sui social ads, utilissimo, grazie!",
     "Se metti in pratica qualcosa", "Buon lavoro con la messa in pratica"),
])
def test_a_talk_only_praised_assumes_no_plan(note: str, said: str, gone: str) -> None:
    text = sample_draft(note, name="Marta Ortega")
    assert said in text, text
    assert gone not in text, text
    assert text.count("!") <= 3, text


def test_a_talk_being_applied_keeps_good_luck() -> None:
    text = sample_draft("Hallo Camille, dein Webinar zu Meta Ads war super hilfreich, ich setze das gleich um. Danke!", name="Jana Vogt")
    assert "Viel Erfolg bei der Umsetzung" in text, text


@pytest.mark.parametrize("note,said,gone", [
    ("hallo camille, hab dich auf dem barcamp in lyon gesehen, dein workshop zu tiktok ads war richtig gut!! wollte fragen ob du die folien irgendwo teilst? lg aus freiburg, nina",
     "auf dem Barcamp", "barcamp"),
    ("hey camille, war super beim meetup in berlin letzte woche, danke! lg tom", "letzte Woche", "woche"),
    ("hey camille, war super beim meetup in berlin letzte woche, danke! lg tom", "beim Meetup", "meetup"),
])
def test_german_event_nouns_keep_their_capital(note: str, said: str, gone: str) -> None:
    text = sample_draft(note, name="Nina Hartmann")
    assert said in text, text
    assert gone not in text, text


@pytest.mark.parametrize("note,name,professor", [
    ("Buongiorno Camille, organizzo corsi per imprenditrici a Napoli e cerchiamo una docente per un modulo di marketing digitale (va bene anche in inglese o francese). Sarebbe interessata?\nAnna Esposito",
     "Anna Esposito", False),
    ("Buongiorno Camille, organizzo corsi a Bari e ci serve un docente di social ads per un modulo. Sarebbe disponibile?\nAnna Esposito",
     "Anna Esposito", False),
    ("Gentile Dott.ssa Laurent, sono docente del master in marketing alla LUISS e vorrei invitarLa a una lezione. Cordiali saluti, Marco Neri",
     "Marco Neri", True),
    ("Buongiorno, come docente di marketing all'Università di Pisa vorrei invitarla a un seminario. Laura Bianchi", "Laura Bianchi", True),
])
def test_a_teacher_sought_is_no_title_of_the_sender(note: str, name: str, professor: bool) -> None:
    first = sample_draft(note, name=name).split("\n")[0]
    assert ("Professor" in first) == professor, first


@pytest.mark.parametrize("note,gone", [
    ("Olá Camille! Sou analista de mídia paga, 4 anos com Google e Meta Ads, e acabei de me mudar pra França. Estou procurando oportunidades, se souber de algo me avisa? Obrigado! Lucas Ferreira",
     "sua pergunta"),
    ("Olá Camille, sou gestora de tráfego e estou à procura de trabalho em Lyon. Se souberes de alguma coisa, avisa-me? Obrigada, Rita",
     "tua pergunta"),
    ("Hi Camille, PPC analyst here, just moved to Lyon and looking for a job. Could you let me know if you hear of anything? Thanks, Tom",
     "your question"),
])
def test_let_me_know_is_no_question_to_answer(note: str, gone: str) -> None:
    text = sample_draft(note, name="Lucas Ferreira")
    assert gone not in text, text
    assert "CV" in text or "currículo" in text, text
