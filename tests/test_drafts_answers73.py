"""Wave 73, group A: direct questions answered on what they ask (ChatGPT for product descriptions; an agency or
in-house as a first job)."""

from drafting import sample_draft


def test_chatgpt_for_product_descriptions_is_answered_in_es_it_nl_de() -> None:
    cases = [
        ("Camille, ¿cuál es tu opinión sobre el impacto de la IA generativa en el SEO? Vi tu post de ayer y me quedé "
         "con la duda de si recomiendas usar ChatGPT para redactar fichas de producto.", "fichas de producto", "El SEO no va a desaparecer"),
        ("Ciao Camille, ho letto il tuo post sull'IA. Mi è rimasto il dubbio se usare ChatGPT per le schede prodotto "
         "del mio shop.", "schede prodotto", "non sparirà"),
        ("Hoi Camille, raad je aan om productbeschrijvingen met ChatGPT te schrijven?", "productteksten", "verdwijnt niet"),
        ("Hallo Camille, kann ich meine Produktbeschreibungen mit ChatGPT schreiben lassen? Ich habe 300 Artikel im Shop.",
         "Produkttexte", "SEO verschwindet nicht"),
    ]
    for note, good, bad in cases:
        text = sample_draft(note, name="Ana Ruiz")
        assert good in text, text
        assert bad not in text, text


def test_agency_or_in_house_weighs_both_sides_in_it_fr_en_es_de() -> None:
    cases = [
        ("Ciao! Mi sono appena laureato in Economia e vorrei lavorare nel digital marketing. Meglio iniziare in agenzia o "
         "in azienda secondo te? Grazie per qualsiasi consiglio, Luca", "in azienda si conosce a fondo un brand", "come ci imparano"),
        ("Bonjour Camille, jeune diplômée en marketing, vaut-il mieux commencer en agence ou chez l'annonceur selon vous ?",
         "chez l'annonceur, on connaît une marque", "sort de mon domaine"),
        ("Hi Camille, I just graduated in marketing and I'm hesitating: should I start in an agency or in-house at a brand?",
         "in-house you learn one brand", "I'd search LinkedIn"),
        ("Hola Camille, acabo de terminar el máster de marketing digital. ¿Es mejor empezar en una agencia o en una empresa?",
         "en una empresa se conoce una marca", "casos de clientes"),
        ("Hallo Camille, ich habe gerade meinen Abschluss in Marketing gemacht. Lieber in einer Agentur anfangen oder "
         "inhouse in einem Unternehmen?", "im Unternehmen lernt man eine Marke", "telefonieren"),
    ]
    for note, good, bad in cases:
        text = sample_draft(note, name="Ana Ruiz")
        assert good in text, text
        assert bad not in text, text

