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
