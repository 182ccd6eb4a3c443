"""Wave 145, group T: European and Brazilian Portuguese told apart by the sender's own forms, a copied "Exma. Sra." never
misgenders a man, and a call offered to a German or Dutch sender seeking a French partner says her languages."""

from __future__ import annotations

from drafting import sample_draft


def test_european_portuguese_job_seeker_gets_a_european_draft() -> None:
    # 145 T es_pt_it note-36 (round 166): "estou à procura … agradecia imenso" answered in Brazilian ("Oi", "você", "me enviar")
    pt = sample_draft("Olá, estou à procura de emprego como social media manager, tenho 3 anos de experiência em Instagram e "
                      "TikTok. Se souber de alguma vaga agradecia imenso que me avisasse. Obrigada!",
                      headline="Social Media Manager | À procura de novos desafios", name="Catarina Silva")
    assert "Oi" not in pt and "você" not in pt and "Envie-me" in pt


def test_brazilian_recruiter_gets_a_brazilian_draft() -> None:
    # 145 T es_pt_it note-29 (round 167): "sempre ampliando minha rede" answered in European ("é um gosto", "contacto")
    br = sample_draft("Olá! Sou recrutador de TI, sempre ampliando minha rede. Abraço", headline="Tech Recruiter", name="Rodrigo Souza")
    assert "contacto" not in br and "é um gosto" not in br and "conectados" in br


def test_brazilian_job_seeker_neighbour_stays_brazilian() -> None:
    # 145 T must-not-change neighbour: a Brazilian "estou procurando" keeps its Brazilian draft
    br = sample_draft("Oi Camille, estou procurando vaga de social media, você sabe de alguma? Obrigada!", name="Juliana Souza")
    assert "Oi, Juliana!" in br


def test_exma_sra_copied_from_a_man_is_exmo_sr() -> None:
    # 145 T es_pt_it note-32 (round 166): "Exma. Sra. Nuno Ferreira" (the question's "interessada" is Camille's, not his)
    pt = sample_draft("Exma. Sra. Dra. Camille Laurent,\nOrganizo a conferência Digital Marketing Porto (novembro) e procuramos "
                      "oradores sobre publicidade nas redes sociais. Estaria interessada?\nCom os melhores cumprimentos,\nNuno Ferreira",
                      headline="Organizador | DM Porto", name="Nuno Ferreira")
    assert pt.startswith("Exmo. Sr. Nuno Ferreira,") and "Exma. Sra. Nuno" not in pt


def test_call_to_a_german_or_dutch_agency_seeking_a_french_partner_says_her_languages() -> None:
    # 145 T de_nl note-15, note-37, note-12 (round 167): a call proposed with no "in English or French"
    de = sample_draft("Sehr geehrte Frau Laurent, als Geschäftsführer einer kleinen Agentur in Wien suchen wir eine französische "
                      "Partnerin für Kunden, die nach Frankreich expandieren. Wäre eine Kooperation denkbar? MfG Andreas Huber",
                      headline="Geschäftsführer | Huber Digital Wien", name="Andreas Huber")
    assert de.count("auf Englisch oder Französisch") == 1
    nl = sample_draft("Geachte mevrouw Laurent, als eigenaar van een digitaal bureau in Rotterdam zoeken wij een Franse partner voor "
                      "klanten die naar Frankrijk uitbreiden. Staat u open voor een samenwerking? Met vriendelijke groet, Erik van Leeuwen",
                      headline="Eigenaar | Van Leeuwen Digital", name="Erik van Leeuwen")
    assert nl.count("in het Engels of het Frans") == 1
    de2 = sample_draft("Hallo Frau Laurent, ich bin Marketingleiter bei einem Maschinenbauer in Stuttgart und wir wollen in Frankreich "
                       "sichtbarer werden. Ich würde mich gerne mit Ihnen über SEO für den französischen Markt austauschen. Grüße, Thomas Becker",
                       headline="Marketingleiter | Becker Maschinenbau AG", name="Thomas Becker")
    assert de2.count("auf Englisch oder Französisch") == 1


def test_seo_for_their_own_market_gets_no_yes_before_her_languages() -> None:
    # 145 T es_pt_it note-46 (round 167): "Sì, è proprio il mio lavoro" for the Italian market, then "only French or English"
    it = sample_draft("Gentile Dott.ssa Laurent,\nsono il direttore marketing di un'azienda di arredamento in Brianza e vorrei "
                      "sapere se offre consulenze SEO anche per il mercato italiano.\nCordiali saluti,\nMarco Colombo",
                      headline="Direttore Marketing – Arredi Colombo S.p.A.", name="Marco Colombo")
    assert "è proprio il mio lavoro" not in it and "lavoro solo in francese o in inglese" in it
    es = sample_draft("Hola Camille, tengo una agencia en Valencia. ¿Haces también consultoría SEO para el mercado español?",
                      headline="Fundador | Agencia Levante", name="Pablo Ruiz")
    assert "es justo lo que hago" not in es and "solo trabajo en francés o en inglés" in es
    de = sample_draft("Hallo Frau Laurent, bieten Sie SEO-Beratung auch für den deutschen Markt an? Viele Grüße, Jan Müller",
                      headline="Marketingleiter | Müller GmbH", name="Jan Müller")
    assert "genau das mache ich" not in de and "nur auf Französisch oder Englisch" in de


def test_selling_into_france_keeps_its_yes() -> None:
    # 145 T must-not-change neighbour: an Italian company selling in France keeps "La Francia è proprio il mio mercato"
    it = sample_draft("Gentile Dott.ssa Laurent, offre consulenze SEO per aziende che vogliono vendere in Francia? Cordiali saluti, "
                      "Marco Colombo", headline="Direttore Marketing – Arredi Colombo", name="Marco Colombo")
    assert "La Francia è proprio il mio mercato" in it


def test_brazilian_shop_asking_beyond_france_gets_brazil_not_swiss_clients() -> None:
    # 145 T es_pt_it note-27 (round 167): Swiss/Belgian/Canadian clients listed to a Brazilian shop, no English/French line
    br = sample_draft("Oi Camille, o Lucas Ferreira me indicou você! Tenho uma loja virtual de roupas fitness e preciso de ajuda com "
                      "anúncios no Instagram. Vc faz consultoria pra fora da França?", headline="Fundadora da FitVibe Store",
                      name="Mariana Costa")
    assert "Suíça" not in br and "no Brasil" in br and br.count("em inglês ou em francês") == 1
