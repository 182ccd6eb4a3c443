"""Wave 131, group e: what the note already says is used, never re-asked or invented: a referred shop whose traffic
flatlined gets the problem answered and a call (never "how is your store doing?"); a podcast topic told as a clause is
never asked again nor cut to a stub; "¿Hablamos de una colaboración?" is no past talk ("la charla en Francia"); a prospect
asking "can you help us?" gets her yes and a call, never tips."""

from __future__ import annotations

from drafting import sample_draft


def test_referred_shop_with_flat_traffic_gets_help_and_a_call() -> None:
    # 137 fr_en note-27: "my traffic has flatlined" answered with "How is your Shopify store doing these days?"
    en = sample_draft("Hi Camille! Tom Becker from GrowthLab suggested I reach out. I run a small Shopify store selling handmade "
                      "ceramics and my traffic has flatlined. He said you're the best person for SEO for small e-shops.", name="Priya Shah")
    assert "How is your Shopify store doing" not in en
    assert "Traffic that stops growing is very common" in en and "15-minute call" in en
    fr = sample_draft("Salut Camille ! Tom Becker de GrowthLab m'a dit de t'écrire. J'ai une petite boutique Shopify de céramique "
                      "et mon trafic stagne. Il dit que tu es la meilleure pour le SEO des petites e-boutiques.", name="Julie Roux")
    assert "Comment va ta boutique" not in fr and "Un trafic qui stagne" in fr and "on s'appelle 15 minutes" in fr
    de = sample_draft("Guten Tag Frau Laurent, Herr Tom Becker von GrowthLab hat mir empfohlen, mich an Sie zu wenden. Ich betreibe "
                      "einen kleinen Shopify-Shop mit Keramik und mein Traffic stagniert.", name="Lena Weber")
    assert "Wie läuft es gerade" not in de and "Dass der Traffic stagniert" in de and "Sollen wir nächste Woche" in de
    nl = sample_draft("Hoi Camille! Tom Becker van GrowthLab raadde me aan je te benaderen. Ik heb een kleine Shopify-winkel met "
                      "handgemaakte keramiek en mijn verkeer staat stil.", name="Sanne de Vries")
    assert "Dat het verkeer stilstaat" in nl and "15 minuten bellen" in nl


def test_referred_shop_without_a_problem_is_still_asked_how_it_goes() -> None:
    # 137 fr_en note-27, neighbour that must not change: a shop told with no problem keeps the friendly question
    en = sample_draft("Hi Camille! Tom Becker suggested I reach out. I run a small Shopify store selling handmade ceramics.",
                      name="Priya Shah")
    assert "How is your Shopify store doing these days?" in en


def test_podcast_topic_told_as_a_clause_is_never_asked_again() -> None:
    # 137 fr_en note-28: "talk about how French consumers respond to social ads" answered with "Could you tell me the topic"
    en = sample_draft("Hello Camille, I host the Marketing Across Borders podcast and would love to have you on to talk about how "
                      "French consumers respond to social ads vs. UK/US. Episodes are ~40 min, recorded remotely. Interested?", name="Ben Carter")
    assert "the topic" not in en and "Could you tell me the dates you have in mind?" in en
    fr = sample_draft("Bonjour Camille, j'anime le podcast Marketing Sans Frontières et j'aimerais vous recevoir pour parler de la "
                      "façon dont les consommateurs français réagissent aux publicités sociales. Les épisodes durent environ 40 min, "
                      "enregistrés à distance. Intéressée ?", name="Paul Girard")
    assert "parler de la façon me" not in fr and "les dates envisagées" in fr and "le sujet" not in fr
    it = sample_draft("Ciao Camille, conduco il podcast Marketing Senza Confini e mi piacerebbe averti ospite per parlare di come i "
                      "consumatori francesi reagiscono agli annunci social. Episodi di circa 40 minuti, registrati da remoto. Ti interessa?",
                      name="Marco Bianchi")
    assert "il tema" not in it and "le date previste" in it
    de = sample_draft("Hallo Camille, ich moderiere den Podcast Marketing ohne Grenzen und würde dich gern einladen, um darüber zu "
                      "sprechen, wie französische Verbraucher auf Social Ads reagieren. Folgen dauern ca. 40 Minuten. Interesse?", name="Jonas Klein")
    assert "das Thema" not in de and "die geplanten Termine" in de


def test_podcast_without_a_topic_still_asks_for_it() -> None:
    # 137 fr_en note-28, neighbour that must not change: no topic told, the topic is asked
    en = sample_draft("Hello Camille, I host the Marketing Across Borders podcast and would love to have you on as a guest. "
                      "Episodes are ~40 min, recorded remotely. Interested?", name="Ben Carter")
    assert "Could you tell me the topic and the dates you have in mind?" in en


def test_hablamos_as_a_proposal_is_no_past_talk() -> None:
    # 136 es_pt_it note-17: "¿Hablamos de una posible colaboración?" thanked as "la charla en Francia"
    es = sample_draft("Hola Camille, somos una agencia de SEO en Bilbao y estamos buscando partners en Francia para clientes que "
                      "quieren expandirse allí. ¿Hablamos de una posible colaboración?\nIker Etxeberria", name="Iker Etxeberria")
    assert "charla" not in es and "por tu propuesta de colaboración" in es and "llamada de 20 minutos" in es
    # neighbour that must not change: a talk really had is still thanked
    met = sample_draft("Hola Camille, hablamos en el Web2Day de Nantes sobre SEO local. Somos una agencia en Bilbao y buscamos "
                       "partners en Francia. ¿Te apetece colaborar?", name="Iker Etxeberria")
    assert "por la charla en el Web2Day de Nantes" in met


def test_prospect_asking_for_help_gets_a_yes_and_a_call_not_tips() -> None:
    # 136 de_nl note-24: "Zou u ons kunnen helpen met SEO voor de Franse markt?" answered with tips and a slip to "je"
    nl = sample_draft("Geachte mevrouw Laurent,\nDe heer Pieter Jansen van Studio Oranje raadde mij aan contact met u op te nemen. "
                      "Wij zijn een Nederlandse webshop in fietsonderdelen en willen uitbreiden naar Frankrijk. Zou u ons kunnen helpen "
                      "met SEO voor de Franse markt?\nMet vriendelijke groet,\nWillem Bakker",
                      headline="Directeur, Bakker Fietsonderdelen B.V.", name="Willem Bakker")
    assert "machinaal vertaald" not in nl and " je " not in nl
    assert "Ik praat graag met u over uw plannen voor Frankrijk" in nl
    en = sample_draft("Dear Ms Laurent,\nMr Peter Jones of Studio Orange recommended I contact you. We are a UK webshop selling bike "
                      "parts and want to expand to France. Could you help us with SEO for the French market?\nKind regards,\nWilliam Baker",
                      name="William Baker")
    assert "machine translation" not in en and "I would be glad to help with your SEO for the French market" in en
    fr = sample_draft("Madame Laurent,\nM. Pierre Janin du Studio Orange m'a conseillé de vous contacter. Nous sommes une boutique en "
                      "ligne belge de pièces de vélo et voulons nous développer en France. Pourriez-vous nous aider pour le SEO sur le "
                      "marché français ?\nCordialement,\nGuillaume Boulanger", name="Guillaume Boulanger")
    assert "Welcome to the Jungle" not in fr and "premier appel de 20 minutes" in fr
    it = sample_draft("Gentile Dott.ssa Laurent,\nil Sig. Pietro Giannini di Studio Arancio mi ha consigliato di contattarLa. Siamo un "
                      "e-commerce italiano di componenti per bici e vogliamo espanderci in Francia. Potrebbe aiutarci con la SEO per il "
                      "mercato francese?\nCordiali saluti,\nGuglielmo Fornaro", name="Guglielmo Fornaro")
    assert "traduzione automatica" not in it and "prima call di 20 minuti" in it


def test_france_market_question_without_a_help_ask_keeps_the_tips() -> None:
    # 136 de_nl note-24, neighbour that must not change: "where would you start for France?" still gets her tips
    en = sample_draft("Hi Camille, we sell handmade soap online in the UK and want to start selling in France. Where would you start?",
                      name="Kate Hill")
    assert "real French" in en
