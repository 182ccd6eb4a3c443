"""Wave 129, group J: an Etsy shop asking whether to send traffic to Etsy or build a site of its own first gets the
answer (Etsy first, its own site once sales are steady), never "tell me your budget", also when Instagram ads are told
beside the question; an Etsy question without that choice keeps the Etsy SEO answer."""

from __future__ import annotations

from drafting import sample_draft


def test_etsy_or_own_site_in_english_gets_the_answer_not_a_budget() -> None:
    # 133 fr_en note-33: "Is it better to send traffic to Etsy or build my own site first?" answered "Tell me roughly what budget"
    en = sample_draft("Hi Camille, quick question: I run a small Etsy shop selling ceramics and my Instagram ads just don't "
                      "convert. Is it better to send traffic to Etsy or build my own site first? Thanks so much!",
                      headline="Ceramicist & owner, Clay Days Studio", name="Hannah Cole")
    assert "budget" not in en
    assert "I'd stay on Etsy first" in en and "your own site can come once sales are steady" in en


def test_etsy_or_own_site_in_french_spanish_and_portuguese() -> None:
    # 133 fr_en note-33 (variants): the same choice, vous and tu, with the Instagram ads told beside it
    fr = sample_draft("Bonjour Camille, je vends des bijoux sur Etsy et mes pubs Instagram ne convertissent pas. Vaut-il "
                      "mieux envoyer le trafic vers Etsy ou créer mon propre site d'abord ?", name="Léa Martin")
    assert "budget" not in fr and "Je resterais d'abord sur Etsy" in fr and "Si vous voulez creuser" in fr
    es = sample_draft("Hola Camille, tengo una tienda en Etsy de cerámica y mis anuncios de Instagram no convierten. ¿Es "
                      "mejor enviar el tráfico a Etsy o crear mi propia web primero?", name="Ana López")
    assert "presupuesto" not in es and "Me quedaría primero en Etsy" in es
    br = sample_draft("Oi Camille, tenho uma loja no Etsy de cerâmica e meus anúncios no Instagram não convertem. É melhor "
                      "mandar o tráfego pro Etsy ou criar meu próprio site primeiro?", name="Juliana Souza")
    assert "orçamento" not in br and "Eu ficaria primeiro no Etsy" in br


def test_etsy_or_own_site_in_german_dutch_and_italian() -> None:
    # 133 fr_en note-33 (variants): du, jij and tu
    de = sample_draft("Hallo Camille, ich habe einen kleinen Etsy-Shop für Keramik und meine Instagram-Anzeigen "
                      "konvertieren nicht. Soll ich den Traffic lieber zu Etsy schicken oder zuerst eine eigene Website "
                      "bauen?", name="Anna Müller")
    assert "Budget" not in de and "Ich würde erst bei Etsy bleiben" in de
    nl = sample_draft("Hoi Camille, ik heb een kleine Etsy-winkel met keramiek en mijn Instagram-advertenties converteren "
                      "niet. Kan ik het verkeer beter naar Etsy sturen of eerst een eigen website bouwen?", name="Sanne de Vries")
    assert "budget" not in nl and "Ik zou eerst op Etsy blijven" in nl
    it = sample_draft("Ciao Camille, ho un negozio su Etsy di ceramiche e le mie inserzioni Instagram non convertono. È "
                      "meglio mandare il traffico su Etsy o creare prima il mio sito?", name="Giulia Bianchi")
    assert "Resterei prima su Etsy" in it


def test_etsy_ads_question_without_the_site_choice_keeps_its_answer() -> None:
    # 133 fr_en note-33 (must not change): Instagram ads for an Etsy shop, no own site weighed: the ads answer, not Etsy's
    en = sample_draft("Hi Camille, I run a small Etsy shop and my Instagram ads don't sell at all. Any advice?",
                      name="Hannah Cole")
    assert "stay on Etsy" not in en and "13 tags" not in en
