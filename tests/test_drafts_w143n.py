"""Wave 143, group N: a call proposed in de/nl/es/it/pt says her French-or-English languages even when the note names
French clients, a referrer's chamber in Lyon, an expansion into France or a short "kort bellen"; a Dutch "het afterparty"
is echoed as "de afterparty"; a Portuguese "dissertação" never yields a referrer ("disse" inside a word)."""

from __future__ import annotations

from drafting import sample_draft

_DE_LANGS = "Wir können gern auf Englisch oder Französisch sprechen"
_NL_LANGS = "We kunnen in het Engels of het Frans praten"


def test_german_call_for_a_french_client_project_says_her_languages() -> None:
    # 143 N, round 160 de_nl note-4: "ein Projekt mit einem französischen Kunden" hid the caveat
    de = sample_draft("Hallo Frau Laurent, Thomas Weber von der Agentur Nordlicht hat mir empfohlen, Sie zu kontaktieren. Wir suchen "
                      "eine SEO-Expertin für ein Projekt mit einem französischen Kunden. Hätten Sie nächste Woche Zeit für ein kurzes "
                      "Telefonat?\nBeste Grüße\nMarkus Klein", headline="Head of Digital, Klein & Partner Kommunikation", name="Markus Klein")
    assert _DE_LANGS in de and "Thomas Weber" in de


def test_dutch_partnership_call_for_french_clients_says_her_languages() -> None:
    # 143 N, round 160 de_nl note-41: "een SEO-partner voor onze Franse klanten" hid the caveat
    nl = sample_draft("Hoi Camille, wij zijn een webbureau uit Eindhoven en zoeken een SEO-partner voor onze Franse klanten. Zullen we "
                      "eens bellen om te kijken of we kunnen samenwerken? Groetjes, Iris", headline="Co-founder, Webwerk Eindhoven",
                      name="Iris de Boer")
    assert _NL_LANGS in nl


def test_referrer_from_the_lyon_chamber_and_expansion_into_france_keep_the_caveat() -> None:
    # 143 N, round 161 de_nl note-3: "Herr Markus Brandt von der IHK Lyon-Rhône hat mir empfohlen …"
    de = sample_draft("Sehr geehrte Frau Laurent,\nHerr Markus Brandt von der IHK Lyon-Rhône hat mir empfohlen, mich bei Ihnen zu melden. "
                      "Ich leite einen kleinen Online-Shop für Bio-Tee und suche Unterstützung bei SEO. Hätten Sie in den nächsten Wochen "
                      "Zeit für ein kurzes Gespräch?\nMit freundlichen Grüßen\nSabine Krüger", headline="Gründerin, TeeZeit Online-Shop",
                      name="Sabine Krüger")
    assert _DE_LANGS in de
    # 143 N, round 160 de_nl note-14: "suche Austausch mit Expertinnen aus Frankreich, da wir dort expandieren"
    de2 = sample_draft("Guten Tag Frau Laurent,\nals Marketingdirektorin eines Modeunternehmens mit 40 Filialen suche ich Austausch mit "
                       "Expertinnen aus Frankreich, da wir dort expandieren. Ich würde mich über eine Vernetzung freuen.\nMfG\nPetra Zimmermann",
                       headline="Marketingdirektorin, Zimmermann Mode GmbH", name="Petra Zimmermann")
    assert "Telefonat" not in de2 or _DE_LANGS in de2


def test_dutch_short_call_kort_bellen_says_her_languages() -> None:
    # 143 N, round 160 de_nl note-31: "Zullen we … eens kort bellen" was not seen as a call
    nl = sample_draft("Hoi Camille, ik las je post over TikTok ads voor B2B, heel herkenbaar! Bij ons (logistiek) twijfelen we nog. Leuk "
                      "om te connecten 👍 Groeten uit Antwerpen, Wouter", headline="Marketing Lead, Peeters Logistics", name="Wouter Peeters")
    assert "bellen" not in nl or _NL_LANGS in nl


def test_dutch_het_afterparty_is_echoed_as_de_afterparty() -> None:
    # 143 N, round 161 de_nl note-37: "op het afterparty van Web Summit Lissabon" repeated the sender's article
    nl = sample_draft("Hey Camille 😊 we hebben elkaar ontmoet op het afterparty van Web Summit Lissabon. Ik was die Nederlander met de "
                      "rode sneakers haha. Leuk om te connecten!", headline="Growth Marketeer @ Mollie", name="Niels Bakker")
    assert "het afterparty" not in nl and "de afterparty" in nl


def test_portuguese_dissertation_never_makes_a_referrer() -> None:
    # 143 N, round 161 es_pt_it note-40: "mestranda em Comunicação … minha dissertação" read as "Comunicação disse"
    pt = sample_draft("Prezada Camille, sou mestranda em Comunicação na USP e estou fazendo minha dissertação sobre marketing de conteúdo "
                      "em PMEs. Você aceitaria responder um questionário rápido (10 min)?\nMuito obrigada,\nGabriela Nunes",
                      headline="Mestranda em Comunicação - USP", name="Gabriela Nunes")
    assert "por nos colocar em contato" not in pt and "Comunicação por" not in pt and "questionário" in pt


def test_neighbour_portuguese_referrer_who_said_it_is_still_thanked() -> None:
    # 143 N must-not-change neighbour: a real referrer ("a Ana Souza disse que …") stays thanked
    pt = sample_draft("Olá Camille, a Ana Souza me disse que você é ótima em SEO. Tenho uma loja online e queria conversar. Abraço, Bruno",
                      headline="Fundador, Loja Verde", name="Bruno Lima")
    assert "Ana Souza" in pt


def test_neighbour_call_to_a_team_in_france_keeps_no_caveat() -> None:
    # 143 N must-not-change neighbour: a sender whose team sits in Paris already shares French with her
    de = sample_draft("Hallo Frau Laurent, ich leite das Marketing-Team in Paris und suche Unterstützung bei SEO. Hätten Sie nächste "
                      "Woche Zeit für ein kurzes Telefonat?\nBeste Grüße\nJonas Berg", headline="Head of Marketing, Berg GmbH Paris",
                      name="Jonas Berg")
    assert _DE_LANGS not in de


def test_partnership_call_for_french_clients_says_her_languages_in_es_it_pt() -> None:
    # 143 N, round 160 de_nl note-41 in other languages: "nuestros clientes franceses", "i nostri clienti francesi"
    es = sample_draft("Hola Camille, somos una agencia web de Valencia y buscamos un partner SEO para nuestros clientes franceses. "
                      "¿Hablamos por teléfono 20 minutos? Saludos, Marta", headline="Cofundadora, WebVal", name="Marta Ruiz")
    assert "Podemos hablar en inglés o en francés" in es
    it = sample_draft("Ciao Camille, siamo un'agenzia di Torino e cerchiamo un partner SEO per i nostri clienti francesi. Ti va una "
                      "chiamata di 20 minuti? Luca", headline="Founder, WebTo", name="Luca Rossi")
    assert "Possiamo parlare in inglese o in francese" in it
    pt = sample_draft("Olá Camille, somos uma agência do Porto e procuramos um parceiro SEO para os nossos clientes franceses. Podemos "
                      "falar 20 minutos por telefone? Rui", headline="Sócio, WebPorto", name="Rui Costa")
    assert "Podemos falar em inglês ou em francês" in pt
