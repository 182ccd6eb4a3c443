"""Wave 164, group F: job seekers and learners. The France internship tip no longer reads like a translation ("Basta un
CV de una página con el nivel de francés"); a bare coming term gets the preposition Italian needs ("uno stage … per il
prossimo semestre"); the Brazilian course pick no longer assumes a job hunt ("vaga desejada"); "how did you start
freelancing?" is answered as a sentence about her start, not an abrupt "Surtout par mon réseau"; a job seeker who says
they moved to Lyon from elsewhere ("in Lyon (I relocated from Dublin)") is welcomed there."""

from __future__ import annotations

from drafting import sample_draft

_CV_TRANSLATED = ("Basta un CV de una página con", "Basta um CV de uma página com", "Basta un CV di una pagina con",
                  "Basta um currículo de uma página com")


def test_france_internship_tip_reads_naturally() -> None:
    # 209 es_pt_it note-3 / note-26 / note-47: "Basta un CV de una página con el nivel de francés" reads translated
    es = sample_draft("Hola! soy estudiante de marketing digital en la Universidad de Granada y estoy buscando practicas para "
                      "el verano en Francia. Tienes alguna plaza o me podrias orientar? gracias!!", name="Carmen Ruiz")
    pt = sample_draft("Olá, sou estudante de Marketing no ISCTE e estou à procura de um estágio curricular em marketing "
                      "digital, de preferência em França. Teria disponibilidade para me dar algumas dicas? Obrigada",
                      name="Inês Rodrigues")
    es2 = sample_draft("Hola Camille, estudio publicidad en Sevilla y busco unas prácticas en Francia para el otoño. ¿Algún "
                       "consejo? Gracias", name="Lucía Gómez")
    br = sample_draft("Oi Camille, tô procurando estágio de marketing na França, alguma dica? Valeu", name="Júlia Souza")
    for text in (es, pt, es2, br):
        assert "Welcome to the Jungle" in text and "convention de stage" in text, text
        assert not any(bad in text for bad in _CV_TRANSLATED), text
    assert "Basta con un CV de una página que indique el nivel de francés" in es
    assert "Um CV de uma página chega, desde que indique o nível de francês" in pt


def test_italian_coming_term_keeps_its_preposition() -> None:
    # 209 es_pt_it note-47: "uno stage in marketing digitale prossimo semestre" (the note's "per il" dropped)
    it = sample_draft("Ciao, sono una studentessa di comunicazione alla IULM e cerco uno stage in marketing digitale in "
                      "Francia per il prossimo semestre. Avresti qualche consiglio o contatto? Grazie mille!", name="Chiara Ferrari")
    assert "per il prossimo semestre" in it and "digitale prossimo semestre" not in it, it
    assert "Basta un CV di una pagina che indichi il livello di francese" in it


def test_brazilian_course_pick_assumes_no_job_hunt() -> None:
    # 208 es_pt_it note-26: "o curso mais próximo da vaga desejada" for a student who never mentioned a job
    br = sample_draft("Camille, vc recomenda algum curso de Google Ads pra quem tá começando? Vi seu post sobre campanhas de "
                      "performance e fiquei curioso kkk valeu!", name="Lucas Oliveira", headline="Estudante de Publicidade - ESPM")
    br2 = sample_draft("Oi Camille, qual curso de Meta Ads vc indica pra quem tá começando? Valeu!", name="Bruno Lima")
    for text in (br, br2):
        assert "Skillshop" in text and "vaga desejada" not in text and "vagas de conteúdo" not in text, text


def test_how_she_started_freelancing_is_a_sentence_about_her_start() -> None:
    # 209 fr_en note-5: "Surtout par mon réseau : …" as the reply's first words read as an answer to another question
    fr = sample_draft("salut camille ! je suis en bts com et je voudrais savoir comment tu as commencé en freelance, t'aurais "
                      "des conseils ? merci bcp 🙏", name="Lucas Petit", headline="BTS Communication - Lycée La Martinière")
    fr2 = sample_draft("Bonjour Camille, comment vous avez commencé en freelance ? Je me pose la question. Merci, Chloé",
                       name="Chloé Martin")
    for text in (fr, fr2):
        assert "Comment j'ai commencé ? Surtout par mon réseau" in text, text
    # the neighbour keeps its answer
    es = sample_draft("Hola Camille, ¿cómo diste el salto a freelance? ¿Algún consejo?", name="Pablo Ruiz")
    assert "Sobre todo a través de mi red" in es


def test_job_seeker_who_moved_to_lyon_is_welcomed_there() -> None:
    # 209 fr_en note-28 / 208 fr_en note-35: "in Lyon (I relocated from Dublin)", "in Lyon, just moved from Manchester"
    en = sample_draft("Hi Camille, I'm currently looking for a digital marketing role in Lyon (I relocated from Dublin). If you "
                      "hear of anything, I'd really appreciate a heads-up. Thanks! Aoife", name="Aoife Brennan")
    en2 = sample_draft("hi, im looking for a job in social media management in Lyon, just moved from Manchester. any tips or "
                       "agencies you'd recommend? cheers", name="Ben Walsh")
    en3 = sample_draft("Hi Camille, I'm looking for a content marketing job in Lyon - I just moved from Cork. Any leads welcome! "
                       "Sean", name="Sean Murphy")
    for text in (en, en2, en3):
        assert "settling in well in Lyon" in text, text
    # a neighbour: a move still to come is wished luck, never welcomed as done
    tom = sample_draft("Hello Camille, I'm looking for a marketing job in Lyon, relocating to Lyon next month. Any advice?",
                       name="Tom Hill")
    assert "settling in" not in tom and "move" in tom
