"""Wave 151, group Q: a referral's referrer is the name after the cleft ("Quem me indicou foi a Lucie Martin"), never "Quem";
a course the sender took with the referrer ("colega do curso", "con cui ho fatto il corso") is neither a pitch of her trainings
nor a request for course recommendations."""

from __future__ import annotations

from drafting import sample_draft


def test_cleft_referrer_is_the_name_not_quem() -> None:
    # 177 es_pt_it note-42: "agradeço também a Quem", and her trainings pitched to a classmate of the referrer
    pt = sample_draft("Olá Camille! Quem me indicou foi a Lucie Martin, colega do curso de social ads. Sou brasileira, moro em "
                      "Lyon e estou lançando minha marca de pão de queijo 🧀 Adoraria me conectar!",
                      headline="Fundadora da Pão de Queijo Lyon", name="Beatriz Souza")
    assert "Quem" not in pt and "Lucie Martin" in pt
    assert "treinamentos" not in pt and "café" in pt
    es = sample_draft("¡Hola Camille! Quien me recomendó escribirte fue Lucie Martin, compañera del curso de social ads. Vivo en "
                      "Lyon y estoy lanzando mi marca de turrón. ¡Me encantaría conectar!", name="Lucía Gómez")
    assert "Quien" not in es and "Lucie Martin" in es and "formaciones" not in es


def test_course_taken_with_the_referrer_is_no_course_request() -> None:
    # 177 es_pt_it note-64: "ti mando qualche corso che consiglio entro la fine della settimana", nobody asked
    it = sample_draft("Ciao Camille! Mi ha consigliato di scriverti Lucie Martin, con cui ho fatto il corso di social ads. Sono "
                      "italiana, vivo a Lione e sto lanciando il mio marchio di pasta fresca 🍝 Mi farebbe piacere collegarmi!",
                      headline="Fondatrice di Pasta Nonna Lione", name="Serena Rossi")
    assert "Lucie Martin" in it and "entro la fine della settimana" not in it and "corso che consiglio" not in it
    assert "caffè" in it and "miei corsi" not in it
    it2 = sample_draft("Ciao Camille! Mi ha consigliato di scriverti Giulia Bianchi, con cui abbiamo seguito il corso di SEO. "
                       "Vivo a Lione e lancio il mio marchio di gelato. Mi farebbe piacere collegarmi!", name="Chiara Verdi")
    assert "Giulia Bianchi" in it2 and "entro la fine della settimana" not in it2 and "miei corsi" not in it2


def test_referrer_after_the_verb_and_a_course_wish_stay() -> None:
    # 177 es_pt_it note-42 neighbours: the plain referral keeps its referrer, a real course question is still answered
    pt = sample_draft("Olá Camille! Quem me recomendou foi o Pedro Lopes, colega do curso. Vivo em Lyon e estou a lançar a "
                      "minha marca de pastéis de nata. Gostava de me ligar!", name="Inês Costa")
    assert "ao Pedro Lopes" in pt
    en = sample_draft("Hi Camille! Lucie Martin recommended I reach out, we did the social ads course together. I live in Lyon "
                      "and I'm launching my cheese brand. Would love to connect!", name="Emma Brown")
    assert "thanks to Lucie Martin" in en
    it = sample_draft("Ciao Camille! Mi ha consigliato di scriverti Lucie Martin. Mi consigli qualche corso di social ads?",
                      name="Serena Rossi")
    assert "Lucie Martin" in it and "Skillshop" in it
