"""Wave 32, group E: headline segments that are no company, blog and budget answers that name their subject, the luck
wish after the answer, one "volentieri" per Italian reply, a student's thesis named in the thanks."""
from drafting import sample_draft

from invitriage.drafts.writer import _headline_parts


def test_field_or_city_segment_is_never_the_company() -> None:
    for headline in ("Responsable Communication | Distribution Retail | Bordeaux", "Head of Growth | Lead Gen & Paid | Berlin",
                     "Responsabile Marketing | Moda & Lusso | Torino", "Directora de Marketing | Adquisición & Brand | Madrid",
                     "Marketing Manager @ Rotterdam", "Gerente de Marketing | Geração de Leads | São Paulo, Brasil"):
        assert _headline_parts(headline)[1] == "", headline
    assert _headline_parts("CMO | Redkite Media | Lyon")[1] == "Redkite Media"
    assert _headline_parts("Leiter Vertrieb | Carrefour Distribution")[1] == "Carrefour Distribution"


def test_blog_answer_names_the_blog_and_assumes_no_shop() -> None:
    for note, lead in (("Hola Camille, ¿todavía tiene sentido escribir en un blog para una consultora pequeña como la mía?", "Un blog vale la pena"),
                       ("Olá Camille, tenho um pequeno gabinete de contabilidade. Ainda compensa ter um blogue?", "Um blogue compensa"),
                       ("Hallo Camille, lohnt sich für meine kleine Praxis überhaupt noch ein Blog?", "Ein Blog lohnt sich"),
                       ("Hi Camille, is blogging still worth it for a two-person agency?", "A blog pays off")):
        text = sample_draft(note)
        assert lead in text, text
        assert "fichas de producto" not in text and "Produktseiten" not in text and "fichas de produto" not in text


def test_luck_wish_comes_after_the_answer() -> None:
    for note, luck in (("Hoi Camille! Ik heb een kleine webshop in handgemaakte kaarsen. Hoeveel budget per dag heb je minimaal nodig voor Meta ads?", "succes"),
                       ("Olá Camille, tenho uma loja online de bijuteria em Braga. Vale a pena criar um blogue para a loja?", "sucesso")):
        text = sample_draft(note)
        body = text.split("\n\n")[1]
        first, _, rest = body.partition("\n")
        assert luck not in first.lower(), text
        assert "Genoeg om iets te leren" not in text


def test_no_product_adjective_the_note_never_gave() -> None:
    for note in ("Oi Camille! Tenho uma marca pequena de velas. Melhor investir em TikTok Ads ou focar no Instagram?",
                 "Hola Camille, para mi marca de ropa deportiva, ¿TikTok o Instagram?",
                 "Hi Camille, for our small skincare brand, should we go for TikTok or Instagram?"):
        text = sample_draft(note)
        assert "Instagram" in text and "TikTok" in text
        for word in ("feitos à mão", "hechos a mano", "handmade", "Pinterest"):
            assert word not in text, text


def test_speaker_invitation_says_volentieri_once_and_formal_le() -> None:
    text = sample_draft("Gentile Camille, organizzo un convegno sul marketing digitale a Torino a novembre e vorremmo invitarla "
                        "come relatrice sulla SEO. Possiamo sentirci per definire i dettagli?")
    assert text.count("volentieri") <= 1, text
    assert " le andrebbero" not in text


def test_thesis_is_named_in_the_thanks() -> None:
    for note, said in (("Olá Camille! Estou a escrever a tese sobre SEO local para restaurantes. Teria 15 minutos para uma entrevista?", "tese"),
                       ("Hallo Camille, ich schreibe gerade meine Masterarbeit über Content-Strategie im Mittelstand. Hättest du Zeit für ein Interview?", "Masterarbeit"),
                       ("Hoi Camille, ik schrijf mijn scriptie over social ads voor kleine merken. Heb je tijd voor een kort interview?", "scriptie")):
        # the thesis named in the opening paragraph, once (the Dutch thanks names its subject, the next line the thesis)
        first = sample_draft(note).split("\n\n")[1]
        assert said in first, first
