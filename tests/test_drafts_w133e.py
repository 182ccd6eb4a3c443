"""Wave 133, group E: a country the sender wrote in lowercase is capitalised when echoed; the shared SEO-or-ads answer
speaks to the sender ("la que más te guste", "quella che ti piace di più"); an Italian "Cara Dott.ssa" is mirrored with
the title."""

from __future__ import annotations

from drafting import sample_draft


def test_lowercase_country_is_capitalised_when_echoed() -> None:
    # 141 es_pt_it note-20: "2 años de experiencia en españa" echoed in lowercase
    es = sample_draft("hola camille, estoy buscando trabajo como community manager en lyon, tengo 2 años de experiencia en "
                      "españa. sabes de alguna empresa que busque perfiles hispanohablantes??", name="Carlos Pérez")
    assert "2 años de experiencia en España" in es and "españa" not in es
    # 133e variants: "no brasil", "in italia"
    br = sample_draft("oi camille, to procurando emprego de social media em lyon, tenho 3 anos de experiência no brasil. "
                      "conhece alguma empresa?", name="Bruna Souza")
    assert "3 anos de experiência no Brasil" in br
    it = sample_draft("ciao camille, cerco lavoro come social media manager a lione, ho 2 anni di esperienza in italia. "
                      "conosci qualche azienda?", name="Luca Bianchi")
    assert "2 anni di esperienza in Italia" in it


def test_seo_or_paid_media_answer_speaks_to_the_sender() -> None:
    # 141 es_pt_it note-12: "Yo elegiría la que más guste" and "con quien prefiere crear, los números y las pruebas rápidas"
    es = sample_draft("Hola Camille, acabo de terminar un máster en comunicación y estoy buscando mi primer trabajo en marketing "
                      "digital. ¿Qué me recomiendas: especializarme en SEO o en paid media?", name="Nerea López")
    assert "Yo elegiría la que más te guste" in es and "prefiere crear, los números" not in es
    assert "con quien prefiere crear, medir y probar rápido" in es
    # 133e variant: the Italian "quella che piace di più" gets "ti"
    it = sample_draft("Ciao Camille, ho appena finito un master in comunicazione e cerco il mio primo lavoro nel digital "
                      "marketing. Mi consigli di specializzarmi in SEO o in paid media?", name="Giulia Rossi")
    assert "Sceglierei quella che ti piace di più" in it


def test_formal_spanish_seo_or_ads_answer_uses_le() -> None:
    # 133e variant of 141 es_pt_it note-12 in usted: "la que más le guste", never the tú form
    es = sample_draft("Buenos días. Soy recién graduada. ¿Qué me recomendaría usted aprender primero: SEO o publicidad de pago?",
                      name="Irene Morales")
    assert "la que más le guste" in es and "te guste" not in es


def test_italian_cara_dottoressa_is_mirrored_with_the_title() -> None:
    # 133e variant of 141 es_pt_it note-25 (a title given to her is given back): "Cara Dott.ssa Laurent" got "Gentile signora Ferri"
    it = sample_draft("Cara Dott.ssa Laurent, sono responsabile marketing di Barilla e vorremmo valutare una consulenza SEO per "
                      "la Francia. Sarebbe disponibile per una call?\nCordiali saluti, Giulia Ferri", name="Giulia Ferri")
    assert it.startswith("Gentile Dott.ssa Ferri,")


def test_neighbours_keep_their_greetings_and_places() -> None:
    # must-not-change neighbours: "Cara Camille" keeps the first name, a Brazilian "Prezada Sra." keeps "Sra.",
    # "3 years in London" stays where the sender lived
    first = sample_draft("Cara Camille, sou diretora de marketing da Sonae e gostaríamos de falar sobre uma consultoria. "
                         "Teria disponibilidade para uma chamada?\nCumprimentos, Rita Sousa", name="Rita Sousa")
    assert first.startswith("Cara Rita,")
    br = sample_draft("Prezada Sra. Laurent, sou gerente de marketing da Natura e gostaríamos de conversar sobre uma consultoria "
                      "de conteúdo para a França. A senhora teria disponibilidade?\nAtenciosamente, Carla Mendes", name="Carla Mendes")
    assert br.startswith("Prezada Sra. Mendes,")
