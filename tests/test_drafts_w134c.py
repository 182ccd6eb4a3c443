"""Wave 134, group C: Italian job-search advice opens on "Ciò che funziona meglio:", the SEO-or-ads answer opens
idiomatically in Spanish and Italian, the es/it/pt shop wish never echoes the note's whole phrase, and a headline's
"Fintech Nubank" names the company Nubank."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts.writer import _headline_parts


def test_italian_job_search_advice_opens_on_cio_che_funziona_meglio() -> None:
    # 142 es_pt_it note-55: "Funziona soprattutto:" is unidiomatic
    it = sample_draft("Ciao Camille, ho appena finito un master in comunicazione e sto cercando lavoro nel digital marketing. "
                      "Che consiglio mi daresti per distinguermi?", name="Martina Bianchi")
    assert "Ciò che funziona meglio: un titolo che dica il ruolo cercato" in it
    assert "Funziona soprattutto" not in it


def test_italian_junior_keeps_the_junior_lead() -> None:
    # must-not-change neighbour (118 M): a junior who says so keeps "Da junior, …"
    it = sample_draft("Ciao Camille, cerco un lavoro come social media manager dopo aver finito la laurea. Qualche consiglio?")
    assert "Da junior, ciò che funziona meglio:" in it


def test_seo_or_ads_answer_opens_idiomatically_in_spanish_and_italian() -> None:
    # 143 es_pt_it note-8: "Depende de la prisa por vender" and "¡Mucho éxito con tu tienda online de cosmética natural!"
    es = sample_draft("Hola Camille! Tengo una tienda online de cosmética natural y no sé si invertir en Meta Ads o en SEO "
                      "primero. Qué me recomendarías para empezar con poco presupuesto?", name="Carmen López")
    assert es.count("Depende de la urgencia de las ventas.") == 1 and "prisa por vender" not in es
    # 143 es_pt_it note-52: "Dipende da quanto in fretta servono le vendite" and "il tuo e-commerce di ceramiche artigianali"
    it = sample_draft("Ciao Camille, ho un piccolo e-commerce di ceramiche artigianali e non so se partire con la SEO o con "
                      "le Facebook Ads. Tu cosa consiglieresti con un budget ridotto?", name="Francesca Neri")
    assert "Dipende dall'urgenza delle vendite." in it and "in fretta" not in it


def test_fintech_headline_names_the_company() -> None:
    # 143 es_pt_it note-43: "na Fintech Nubank" should be "no Nubank"
    assert _headline_parts("Head of Growth | Fintech Nubank | Aquisição e retenção") == ("Head of Growth", "Nubank")
    assert _headline_parts("CMO | SaaS Payfit")[1] == "Payfit"
    # must-not-change neighbours: a name that is itself sector words, and a sector only
    assert _headline_parts("Marketing | Retail Media Lab")[1] == "Retail Media Lab"
    assert _headline_parts("Head of Growth | Fintech")[1] == ""
