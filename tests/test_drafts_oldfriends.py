"""Wave 58 F: an old acquaintance who tells what they do now is never asked it again."""

from drafting import sample_draft


def test_old_classmate_work_told_is_not_reasked_es() -> None:
    text = sample_draft("Camille! Soy Álex, coincidimos en el máster de Lyon en 2016. Ahora estoy en Madrid llevando el marketing "
                        "de una startup fintech. A ver si nos ponemos al día!", name="Alejandro Gómez")
    assert "qué estás trabajando" not in text and "ponemos al día" in text


def test_old_friend_work_told_is_not_reasked_pt() -> None:
    text = sample_draft("Camille!! Lembra de mim? Fizemos Erasmus juntas em Lyon em 2014. Agora tô em São Paulo trabalhando com "
                        "branding. Que saudade!", name="Mariana Ribeiro")
    assert "está trabalhando agora" not in text and "papo em dia" in text


def test_now_line_in_every_language() -> None:
    from invitriage.drafts import told
    assert "aggiorniamo" in told.now_line("Adesso sono a Milano e lavoro nel marketing di una startup.", "it", informal=True)
    assert "bijpraten" in told.now_line("Nu werk ik in Gent bij een bureau.", "nl", informal=True)
    assert told.now_line("We hebben elkaar op het congres ontmoet.", "nl", informal=True) == ""
