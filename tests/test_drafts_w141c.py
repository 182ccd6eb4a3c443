"""Wave 141, group C: pitches vs prospects vs followers. A seller offering her a quote or a priced product (for her or her
clients) gets the short polite decline, never her rates nor a call; a marketing director whose company is rethinking its
own content strategy is a prospect, never a pitch declined; a reader of her articles ("i suoi articoli") is thanked for
reading, never told "la proposta mi interessa"."""

from __future__ import annotations

from drafting import sample_draft


def test_pension_adviser_offering_a_quote_is_declined_not_quoted() -> None:
    # 141 C de_nl note-42: "Mag ik u vrijblijvend een offerte sturen?" answered with her rates and a 20-minute call
    nl = sample_draft("Hallo! Ik ben financieel adviseur en help zzp'ers met hun pensioen. Mag ik u vrijblijvend een offerte "
                      "sturen? Met vriendelijke groet, Gerrit Bos", headline="Financieel adviseur", name="Gerrit Bos")
    assert "geen behoefte" in nl
    assert "tarief" not in nl and "gesprek" not in nl and "Engels" not in nl
    for note, name, declined in (
            ("Bonjour, je suis conseiller en gestion de patrimoine et j'accompagne les indépendants pour leur retraite. "
             "Puis-je vous envoyer un devis sans engagement ?", "Jean Morel", "Ce n'est pas un besoin pour moi"),
            ("Hallo Frau Laurent, ich bin Finanzberater und helfe Selbstständigen bei der Altersvorsorge. Darf ich Ihnen ein "
             "unverbindliches Angebot schicken?", "Klaus Weber", "keinen Bedarf"),
            ("Buongiorno, sono consulente finanziario e aiuto i freelance con la pensione. Posso inviarle un preventivo senza "
             "impegno?", "Luca Conti", "non ne ho bisogno"),
            ("Oi Camille, sou consultor financeiro e ajudo autônomos com a aposentadoria. Posso te mandar um orçamento sem "
             "compromisso?", "Rafael Souza", "não preciso desse serviço")):
        text = sample_draft(note, name=name)
        assert declined in text, text
        assert "20 min" not in text and "20-min" not in text


def test_priced_websites_for_her_or_her_clients_are_declined() -> None:
    # 141 C de_nl note-41: "websites vanaf 499 euro. Heeft u of uw klanten interesse?" got a call about "dat budget"
    nl = sample_draft("Goedendag, wij leveren goedkope websites en webshops vanaf 499 euro. Heeft u of uw klanten interesse? "
                      "Laat het gerust weten. Mvg Dennis", headline="Webdesigner | WordPress | WooCommerce",
                      name="Dennis van den Berg")
    assert "geen behoefte" in nl and "budget" not in nl and "gesprek" not in nl
    de = sample_draft("Hallo, wir erstellen günstige Websites und Onlineshops ab 499 Euro. Hätten Sie oder Ihre Kunden "
                      "Interesse?", headline="Webdesigner", name="Jan Vogel")
    assert "keinen Bedarf" in de and "Telefonat" not in de
    es = sample_draft("Hola, creamos webs y tiendas online desde 499 euros. ¿Usted o sus clientes estarían interesados?",
                      headline="Diseñador web", name="Sergio Gil")
    assert "no lo necesito" in es and "llamada" not in es


def test_a_client_asking_her_for_a_quote_still_gets_the_call() -> None:
    # 141 C neighbour that must not change: the client asks HER for a quote ("Pouvez-vous m'envoyer un devis ?")
    fr = sample_draft("Bonjour Camille, je cherche une consultante SEO pour ma boutique. Pouvez-vous m'envoyer un devis ?",
                      headline="Gérante", name="Claire Simon")
    assert "premier appel de 20 minutes" in fr and "pas un besoin" not in fr
    en = sample_draft("Hi Camille, could you send me a quote for an SEO audit of our shop?", headline="Owner", name="Mark Lee")
    assert "€800 to €5,000" in en and "not something I need" not in en


def test_director_rethinking_her_content_strategy_is_a_prospect() -> None:
    # 141 C fr_en note-11: "Nous réfléchissons à revoir notre stratégie de contenu … Échangeons !" declined as a pitch
    fr = sample_draft("Bonjour Camille, je suis directrice marketing chez Maison Vernet (déco, 40 pers.). Nous réfléchissons à "
                      "revoir notre stratégie de contenu et votre profil m'a interpellée. Échangeons !", name="Hélène Vernet")
    assert "pas un besoin" not in fr and "présentation de votre offre" not in fr
    assert "échanger avec vous sur votre stratégie de contenu" in fr
    de = sample_draft("Hallo Frau Laurent, ich bin Marketingleiterin bei Haus Berger (40 MA). Wir überdenken unsere "
                      "Content-Strategie und Ihr Profil ist mir aufgefallen. Lassen Sie uns sprechen!", name="Sabine Berger")
    assert "keinen Bedarf" not in de and "Content-Strategie" in de and "Telefonat" in de
    es = sample_draft("Hola Camille, soy directora de marketing en Casa Vela (40 personas). Estamos replanteando nuestra "
                      "estrategia de contenidos y tu perfil me llamó la atención. ¡Hablemos!", name="Marta Vela")
    assert "no lo necesito" not in es and "estrategia de contenidos" in es
    nl = sample_draft("Goedendag Camille, ik ben marketingdirecteur bij Huis de Vries (40 mensen). We heroverwegen onze "
                      "contentstrategie en uw profiel viel me op. Laten we praten!", name="Els de Vries")
    assert "geen behoefte" not in nl and "contentstrategie" in nl


def test_reader_of_her_articles_is_thanked_for_reading() -> None:
    # 141 C es_pt_it note-46: "seguo con interesse i suoi articoli sulla content strategy" read as "la proposta mi interessa"
    it = sample_draft("Gentile Dott.ssa Laurent,\nseguo con interesse i suoi articoli sulla content strategy e vorrei entrare a "
                      "far parte della sua rete professionale.\nCordiali saluti,\nMarco Bianchi",
                      headline="Direttore Marketing presso Gruppo Lavazza", name="Marco Bianchi")
    assert "la proposta mi interessa" not in it
    assert "per aver letto" in it and "content strategy" in it
