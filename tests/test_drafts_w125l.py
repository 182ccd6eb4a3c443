"""Wave 125, group L: small shops asking about paid ads on a small budget. "le ads di instagram" are Meta's paid ads, so
"SEO or Instagram ads?" gets SEO weighed against ads, never the organic-Instagram pick ("chiedono tempo, non budget"); the
organic pick itself reads naturally in Italian."""

from __future__ import annotations

import pytest

from drafting import sample_draft

#: The SEO-or-ads answer ("ads bring visits from day one, SEO takes three to six months"), in each language.
SEO_OR_ADS = {
    # 125 es_pt_it note-57: "conviene partire con la seo o con le ads di instagram? budget basso" read as organic Instagram
    "ciao camille ho aperto da poco un e-shop di gioielli artigianali, secondo te conviene partire con la seo o con le ads di "
    "instagram? budget basso 😅 grazie mille": "Gli annunci portano visite dal primo giorno",
    "Ciao Camille, ho un piccolo negozio online di candele: meglio la SEO o le ads di Instagram con poco budget?": "Gli annunci portano visite dal primo giorno",
    "Hola Camille, acabo de abrir una tienda online de velas. ¿Empiezo con el SEO o con las ads de Instagram? Poco presupuesto.":
        "Los anuncios traen visitas desde el primer día",
    "Oi Camille, abri uma lojinha de bijuterias. Começo pelo SEO ou pelos ads do Instagram? Orçamento baixo.":
        "Anúncios trazem visitas desde o primeiro dia",
    "Hoi Camille, net een webshop in kaarsen gestart. Beginnen met SEO of met ads van Instagram? Klein budget.":
        "Advertenties brengen vanaf dag één bezoekers",
}


@pytest.mark.parametrize("note, said", SEO_OR_ADS.items())
def test_seo_or_instagram_ads_weighs_seo_against_paid_ads(note: str, said: str) -> None:
    text = sample_draft(note, name="Martina Greco")
    assert said in text, text
    for organic in ("chiedono tutti e due soprattutto tempo", "entrambi chiedono", "piden sobre todo tiempo", "pedem mais tempo",
                    "kosten allebei vooral tijd"):
        assert organic not in text, text


def test_organic_instagram_or_seo_keeps_the_organic_pick_in_natural_italian() -> None:
    # the nearby note that must keep its answer: Instagram named without ads is the organic account; the wording mended
    # ("Tra SEO e Instagram, entrambi", "porta prima i primi" were clumsy)
    text = sample_draft("Ciao Camille, per il mio negozio di ceramiche, meglio partire dalla SEO o da Instagram?", name="Martina Greco")
    assert "SEO e Instagram chiedono tutti e due soprattutto tempo, non budget" in text, text
    assert "che porta i primi visitatori più in fretta" in text and "entrambi" not in text and "prima i primi" not in text, text
    fr = sample_draft("Bonjour Camille, pour ma boutique de bougies, je commence par le SEO ou par Instagram ?", name="Léa Martin")
    assert "les deux demandent surtout du temps" in fr, fr
