"""Wave 112, group A: direct questions answered (her costs asked by the noun, ...)."""

from __future__ import annotations

from drafting import sample_draft


def test_costs_asked_by_the_noun_get_her_audit_range() -> None:
    # 111 es_pt_it note-49: "Che costi hai più o meno?" answered with a call only
    it = sample_draft("Buongiorno Camille, ho un e-commerce di vini e vorrei migliorare la SEO. Fai consulenze per piccoli shop? "
                      "Che costi hai piu o meno?", headline="Titolare di Enoteca Online Rossi", name="Paolo Rossi")
    assert "800" in it and "5.000" in it
    assert "Sì, seguo" in it
    es = sample_draft("Buenos días Camille, tengo un e-commerce de vinos y quiero mejorar el SEO. ¿Haces consultorías para tiendas pequeñas? "
                      "¿Qué costes tienes más o menos?", headline="Dueño de Vinoteca Online", name="Pablo Ruiz")
    assert "800" in es
    other = sample_draft("Ciao Camille, ho un negozio online di ceramiche e mi servirebbe una mano con Google Ads. Quali sono i tuoi costi?",
                         headline="Titolare", name="Luca Bianchi")
    assert "tariffe" in other or "prezzo" in other
