"""Wave 154 G: Brazilian Portuguese told from European, and the Brazilian answer written as Brazil speaks.

- a sender who names her city as Brazil does ("uma agência no Rio") or passes clients on the Brazilian way ("indicar
  clientes uma para a outra") gets the pt-BR reply ("me interessa", "você"), never Portugal's "interessa-me" / "lhe dão
  jeito"; two women proposing to refer clients to each other get that idea acknowledged (feminine), never "por se ter
  lembrado de mim";
- her Meta-or-TikTok answer for a shop says "Para uma loja ou um negócio local", "se os clientes tiverem" and "Eu
  testaria", never the generic "Para um negócio", the indicative "têm" after "se" nor Portugal's impersonal "Testa-se".
"""
from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts.notefacts import pt_variant


def test_a_rio_agency_proposing_referrals_gets_a_brazilian_reply() -> None:
    # 184 es_pt_it note-40: "Obrigada por se ter lembrado de mim; a proposta interessa-me … lhe dão jeito"
    br = sample_draft("Olá Camille, tenho uma agência de design no Rio e acho que poderíamos indicar clientes uma para a outra. "
                      "Vamos conversar?", headline="CEO na Estúdio Caju", name="Mariana Ribeiro")
    assert "interessa-me" not in br and "dão jeito" not in br and "se ter lembrado" not in br
    assert "uma para a outra" in br
    # another sender, another trade: a photographer in Rio who would pass clients on
    br2 = sample_draft("Olá Camille, sou fotógrafa no Rio e trabalho com marcas pequenas. Podíamos indicar clientes uma para a "
                       "outra, o que acha?", name="Juliana Costa")
    assert "interessa-me" not in br2 and "dão jeito" not in br2 and "se ter lembrado" not in br2


def test_brazilian_cues_for_the_city_and_the_referral() -> None:
    assert pt_variant("Tenho um estúdio no Rio e adoraria trocar ideias.") == "pt-BR"
    assert pt_variant("Acho que poderíamos indicar clientes uma para a outra.") == "pt-BR"
    # a river named is no city: Portugal stays European
    assert pt_variant("Tenho uma quinta junto ao rio Douro, perto do Porto.") == "pt"


def test_a_european_agency_proposing_referrals_keeps_its_european_reply() -> None:
    pt = sample_draft("Olá Camille, tenho uma agência de design no Porto e acho que podíamos recomendar clientes uma à outra. "
                      "Falamos?", name="Inês Carvalho")
    assert "Faz todo o sentido recomendarmos clientes uma à outra" in pt and "você" not in pt


def test_meta_or_tiktok_for_a_small_shop_reads_brazilian() -> None:
    # 184 es_pt_it note-31: "Para um negócio … e os clientes têm menos de 35 anos. Testa-se uma plataforma"
    br = sample_draft("oi camille, vi seu post sobre anuncios no tiktok. pra uma loja pequena de roupas vc recomenda comecar "
                      "pelo meta ou tiktok?? valeu", headline="Empreendedora | Loja Flor de Lis", name="Camila Rocha")
    assert "Para uma loja ou um negócio local, eu começaria pela Meta" in br
    assert "se os clientes tiverem menos de 35 anos" in br and "Testa-se" not in br and "Para um negócio eu" not in br
    br2 = sample_draft("Oi Camille! Tenho uma doceria em Curitiba, vale mais a pena anunciar no TikTok ou na Meta? Valeu!",
                       name="Bruna Alves")
    assert "Testa-se" not in br2 and "os clientes têm" not in br2
    pt = sample_draft("Olá Camille, tenho uma pequena loja de calçado em Braga. Começava pelos anúncios da Meta ou pelo TikTok?",
                      name="Rui Almeida")
    assert "os clientes têm" not in pt


def test_meta_or_tiktok_in_spanish_is_unchanged() -> None:
    es = sample_draft("Hola Camille, tengo una tienda pequeña de ropa. ¿Empezarías con anuncios de Meta o con TikTok?", name="Lucía Gómez")
    assert "Para un comercio empezaría con Meta" in es
