"""Wave 132, group A: the sender misread. A coach offering her sessions is a seller (polite decline, never "not the
right person to advise you"); a CMO looking for someone to lead his French content is a client; a peer's "Falamos?" gets
the call, two women "uma à outra" / "entrambe" and PT-PT "recomendarmos" (never the pt-BR "indicarmos"); an agency's
freelance SEO projects are its clients' projects, never "your SEO"."""

from __future__ import annotations

from drafting import sample_draft


def test_coach_offering_sessions_is_declined_politely_in_french_and_english() -> None:
    # 139 fr_en note-20: "je ne suis pas la bonne personne pour vous conseiller" to a coach offering her sessions
    fr = sample_draft("Bonjour Camille, je suis coach en développement personnel et je propose des séances pour entrepreneurs "
                      "stressés. Un échange ?", "Coach certifiée PNL", name="Valérie Martin")
    assert "pas la bonne personne" not in fr and "Ce n'est pas un besoin pour moi en ce moment" in fr
    tu = sample_draft("Salut Camille, je suis coach de vie et je t'offre une première séance gratuite. Ça te dit ?",
                      "Coach de vie", name="Sophie Bernard")
    assert "pas la bonne personne" not in tu and "la présentation de ton offre" in tu
    # 139 fr_en note-42: a life coach's free session answered "I'm not the right person to advise you"
    en = sample_draft("Hi Camille, I'm a life coach helping busy professionals find balance. Would you like a free session?",
                      "Certified Life Coach", name="Rachel Green")
    assert "not the right person" not in en and "It's not something I need right now" in en


def test_coach_offering_sessions_is_declined_politely_in_dutch() -> None:
    # 139 fr_en note-20 (nl variant): "ik ben niet de juiste persoon om je te adviseren" to a coach's free session
    nl = sample_draft("Hoi Camille, ik ben life coach en bied ondernemers een gratis sessie aan. Interesse?", "Life coach",
                      name="Sanne de Vries")
    assert "niet de juiste persoon" not in nl and "Op dit moment heb ik er geen behoefte aan" in nl


def test_coach_asking_about_her_own_seo_still_gets_advice_not_a_decline() -> None:
    # must-not-change neighbour of 139 fr_en note-20: a coach with an SEO question offers nothing to Camille
    fr = sample_draft("Bonjour Camille, je suis coach en développement personnel. Comment améliorer le référencement de mon "
                      "site ? Merci !", "Coach certifiée", name="Valérie Martin")
    assert "présentation de votre offre" not in fr and "pas un besoin pour moi" not in fr


def test_cmo_looking_for_someone_to_lead_french_content_is_a_client() -> None:
    # 139 fr_en note-35: a CMO's brief answered "send me your CV … Good luck with the search"
    en = sample_draft("Hi Camille, I'm CMO at a UK fintech scaling into France. Looking for someone to lead our French content "
                      "and paid social. Would be great to connect.", "CMO - Paylane", name="Oliver Smith")
    assert "CV" not in en and "Good luck with the search" not in en
    assert "Happy to help with your social ads" in en and "20-minute call" in en
    it = sample_draft("Ciao Camille, sono CMO di una fintech inglese che si espande in Francia. Cerchiamo qualcuno che guidi i "
                      "nostri contenuti in francese e le campagne social a pagamento.", "CMO", name="Marco Bianchi")
    assert "presentazione della tua offerta" not in it and "call di 20 minuti" in it


def test_pt_peer_asking_falamos_gets_the_call_and_two_women_read_as_such() -> None:
    # 138 es_pt_it note-37: "Falamos?" ignored, "um ao outro" for two women, pt-BR "Indicarmos" in a PT-PT reply
    pt = sample_draft("Olá Camille, sou web designer freelancer em Lisboa (Shopify e WordPress). Os meus clientes pedem-me muitas "
                      "vezes ajuda com SEO — talvez possamos colaborar e recomendar-nos mutuamente. Falamos?",
                      "Web Designer Freelancer", name="Rita Almeida")
    assert "Indicarmos" not in pt and "um ao outro" not in pt
    assert "Faz todo o sentido recomendarmos clientes uma à outra." in pt
    assert "E sim, falamos com todo o gosto numa chamada curta" in pt
    br = sample_draft("Oi Camille, sou web designer freelancer em São Paulo (Shopify e WordPress). Meus clientes sempre me pedem "
                      "ajuda com SEO — quem sabe a gente pode colaborar e indicar um ao outro. Vamos conversar?",
                      "Web Designer", name="Fernanda Lima")
    assert "Indicar clientes uma para a outra faz todo sentido." in br


def test_it_two_women_are_entrambe_and_a_man_keeps_entrambi() -> None:
    # 138 es_pt_it note-59: "ha senso per entrambi" between two women
    note = ("Ciao Camille, sono {} web designer freelance (WordPress e Shopify) e i miei clienti mi chiedono spesso aiuto per "
            "la SEO. Potremmo collaborare e segnalarci a vicenda? Ne parliamo?")
    she = sample_draft(note.format("una"), "Web Designer Freelance", name="Laura Conti")
    assert "ha senso per entrambe." in she and "entrambi" not in she
    # must-not-change neighbour: a man and Camille stay "entrambi"
    he = sample_draft(note.format("un"), "Web Designer Freelance", name="Luca Conti")
    assert "ha senso per entrambi." in he


def test_agency_freelance_seo_projects_are_its_clients_projects() -> None:
    # 139 fr_en note-38: an agency subcontracting answered "Happy to help with your SEO!"
    en = sample_draft("Hello, I own a digital agency in Manchester, looking for a French-speaking freelancer for a few SEO "
                      "projects. What's your day rate?", "Managing Director - Northpixel", name="Chris Taylor")
    assert "Happy to help with your SEO!" not in en and "Happy to help with your clients' SEO projects!" in en
    it = sample_draft("Ciao, ho un'agenzia digitale a Milano e cerco una freelance francofona per alcuni progetti SEO. Qual è "
                      "la tua tariffa giornaliera?", "Titolare", name="Giorgio Ferri")
    assert "con i progetti SEO dei tuoi clienti" in it
    de = sample_draft("Hallo, ich leite eine Digitalagentur in München und suche eine französischsprachige Freelancerin für "
                      "einige SEO-Projekte. Was ist Ihr Tagessatz?", "Geschäftsführer", name="Thomas Klein")
    assert "bei den SEO-Projekten Ihrer Kunden" in de


def test_shop_owner_needing_seo_still_gets_help_with_her_seo() -> None:
    # must-not-change neighbour of 139 fr_en note-38: her own shop's SEO stays "your SEO"
    en = sample_draft("Hi Camille, I run a small online shop and need help with our SEO. What's your day rate?",
                      "Founder", name="Emma Stone")
    assert "clients' SEO projects" not in en
