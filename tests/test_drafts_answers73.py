"""Wave 73, group A: direct questions answered on what they ask (AI for product descriptions, SEO or LinkedIn content
for a B2B founder without budget, agency or in-house, which SEO course for a career changer)."""

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
