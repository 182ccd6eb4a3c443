"""Wave 165, group F: wording and language. A client abroad asking whether she works for companies in their country is
told plainly that she works remotely and takes clients there (never "my clients are in … so a client in Germany is quite
possible"); a formal German thanks for kind words never says "gefreut" before "Ich freue mich"; thanks for her help or
an explanation that helped at an event is answered "glad I could help", never "my feedback" nor "our chat"; a Brazilian
"Podemos conversar 20 minutos?" is never followed by "Podemos conversar em inglês"; the technical-SEO reading list in
Portuguese says "then" once and opens with no "I'd put it first"; an Italian thesis interview is "Ti dedico volentieri 20
minuti per la tesi" (no parenthesis, no second "tua tesi"); a company only the Netherlands has tells Dutch; "da Vó" tells
Brazilian Portuguese, and a shop named after "loja online" is named in the note-less welcome."""
from drafting import sample_draft


def test_remote_clients_abroad_said_plainly() -> None:
    # 210 de_nl note-11, note-33; 211 de_nl note-13
    de = sample_draft("Hallo Camille, ich bin Marketingleiterin bei einem Modehändler in Köln (40 Filialen) und wir überlegen, "
                      "unsere Social-Ads-Strategie neu aufzustellen. Bietest du auch Beratung für Unternehmen in Deutschland an? VG Julia",
                      headline="Marketingleiterin | ModeHaus Schmitz", name="Julia Schmitz")
    assert "ist also gut möglich" not in de and "Meine Kunden sitzen" not in de
    assert "ortsunabhängig und betreue gern auch Kunden in Deutschland" in de
    de2 = sample_draft("Hallo Camille, ich leite das Marketing bei einer Bäckereikette in München. Arbeitest du auch mit "
                       "Unternehmen in Deutschland? Grüße, Tobias", name="Tobias Huber")
    assert "gut möglich" not in de2
    nl = sample_draft("Beste Camille, ik ben marketing directeur bij een retailketen met 60 winkels in de Benelux. We willen onze "
                      "social ads strategie herzien. Werk jij ook voor klanten in Nederland en België? Hartelijke groet, Marloes",
                      headline="Marketing Directeur | HomeStyle Benelux", name="Marloes Jacobs")
    assert "is goed mogelijk" not in nl and "Mijn klanten zitten" not in nl and "Ik werk op afstand en help graag ook klanten" in nl
    nl2 = sample_draft("Hallo Camille, wij hebben een keten van fietswinkels in Gent. Werk je ook met bedrijven in België?",
                       name="Pieter Maes")
    assert "is goed mogelijk" not in nl2


def test_formal_german_kind_words_never_rejoiced_twice() -> None:
    # 211 de_nl note-1
    de = sample_draft("Hallo Frau Laurent, wir haben uns letzte Woche auf der Digital Marketing Expo in Lyon kurz am Stand von "
                      "Semrush unterhalten. Ihr Vortrag über lokale SEO hat mir sehr gefallen – ich würde gern in Kontakt bleiben. "
                      "Viele Grüße, Jonas Becker", name="Jonas Becker")
    assert "gefreut" not in de
    assert "freundlichen Worte" in de


def test_help_thanked_at_an_event_is_glad_to_have_helped() -> None:
    # 211 de_nl note-10, note-37
    de = sample_draft("Hallo Camille, wir haben uns beim Workshop von Growth Tribe in Amsterdam kennengelernt (ich war die mit dem "
                      "Laptop-Problem 😅). Danke nochmal für die Hilfe! Lass uns in Kontakt bleiben.",
                      headline="Content Marketing Managerin bei Zalando", name="Julia Lang")
    assert "helfen konnte" in de and "unserem Gespräch" not in de
    nl = sample_draft("Hoi! Leuk je te ontmoeten bij de workshop van Google Digitale Werkplaats in Brussel. Je uitleg over Search "
                      "Console heeft me echt geholpen 👍 Greetz Jeroen", headline="Zelfstandig webdesigner", name="Jeroen Claes")
    assert "kon helpen" in nl and "ons gesprek" not in nl and "feedback" not in nl
    en = sample_draft("Hi Camille, we met at the Semrush meetup in Lyon, I was the one whose slides would not load. Thanks again "
                      "for your help! Let's stay in touch.", name="Emma Clarke")
    assert "glad I could help" in en and "my feedback" not in en
    # feedback that helped keeps its line
    fr = sample_draft("Bonjour Camille, on s'est vues à l'atelier de la CCI de Lyon, ton retour sur notre fiche Google m'a bien "
                      "aidée. Restons en contact !", name="Sarah Petit")
    assert "mon retour" in fr


def test_brazilian_call_never_says_podemos_conversar_twice() -> None:
    # 211 es_pt_it note-41
    pt = sample_draft("Olá Camille, sou fundador de uma startup de delivery de comida saudável em Belo Horizonte. Estamos lançando "
                      "um app e queria sua opinião sobre a estratégia de lançamento nas redes sociais.",
                      headline="Founder & CEO na FitBox", name="Rafael Lima")
    assert pt.count("Podemos conversar") == 1 and "Pode ser em inglês ou em francês" in pt


def test_technical_seo_reading_list_in_portuguese() -> None:
    # 211 es_pt_it note-42
    pt = sample_draft("Boa tarde Camille, trabalho como Junior Marketing Specialist em Braga. Que livros ou cursos me "
                      "recomendaria para aprender SEO técnico? Obrigada pela atenção.",
                      headline="Junior Marketing Specialist na Primavera BSS", name="Beatriz Lopes")
    assert "Poria primeiro" not in pt and pt.count("epois") == 0 and "Search Central" in pt
    br = sample_draft("Oi Camille, tudo bem? Quero aprender SEO técnico, você indica algum curso?", name="Thiago Rocha")
    assert "colocaria o SEO técnico primeiro" not in br and br.count("epois") == 0


def test_italian_thesis_interview_minutes_said_plainly() -> None:
    # 211 es_pt_it note-61
    it = sample_draft("Ciao Camille, sono laureando in Economia a Milano e sto scrivendo la tesi sul SEO per le PMI. Potrei "
                      "intervistarti per 20 minuti? Sarebbe di grande aiuto!",
                      headline="Laureando in Economia e Management", name="Riccardo Lombardi")
    assert "(20 minuti" not in it and it.count("tua tesi") <= 1 and "20 minuti per la tesi" in it
    it2 = sample_draft("Buongiorno Camille, sono una studentessa a Bologna e scrivo la tesi sul content marketing. Potrei farti "
                       "un'intervista di 30 minuti?", name="Giulia Ferri")
    assert "(30 minuti" not in it2


def test_netherlands_only_company_tells_dutch() -> None:
    # 210 de_nl note-43
    nl = sample_draft("", headline="Marketing Director | Bol Partner Services", name="Sophie van den Berg")
    assert nl.startswith("Beste Sophie") or nl.startswith("Hoi Sophie") or nl.startswith("Dag Sophie")
    nl2 = sample_draft("", headline="Head of Marketing @ Coolblue", name="Daan de Vries")
    assert "Thanks" not in nl2
    # an English headline with no Dutch company stays English
    en = sample_draft("", headline="Marketing Director | Northwind Retail", name="Sophie Walker")
    assert en.startswith("Hello Sophie") or en.startswith("Hi Sophie")


def test_brazilian_shop_headline_named_in_brazilian() -> None:
    # 210 es_pt_it note-44
    br = sample_draft("", headline="Fundadora da loja online Bordados da Vó", name="Patrícia Gomes")
    assert "a loja Bordados da Vó" in br and "Cumprimentos" not in br and "todo o gosto" not in br
    br2 = sample_draft("", headline="Fundador da loja online Doces do Vô", name="Marcos Lima")
    assert "Doces do Vô" in br2 and "Cumprimentos" not in br2
    # a European shop stays European
    pt = sample_draft("", headline="Fundadora da Flor de Sal | Lisboa", name="Inês Matos")
    assert "Flor de Sal" in pt
