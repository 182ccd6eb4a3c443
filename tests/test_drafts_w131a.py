"""Wave 131, group a: a marketing director who wants to outsource paid acquisition and present her project is a client
lead, never a seller brushed off; backlink or guest-post packages offered to her are a pitch, never her rates."""

from __future__ import annotations

from drafting import sample_draft

_NO_NEED_FR = "Ce n'est pas un besoin pour moi"


def test_marketing_director_outsourcing_paid_acquisition_is_a_client_lead() -> None:
    # 137 fr_en note-8: "externaliser une partie de notre acquisition payante … vous présenter notre projet" got "pas un besoin pour moi"
    fr = sample_draft("Bonjour Camille, je suis directrice marketing chez Maison Brunet (ameublement, 120 salariés). Nous réfléchissons "
                      "à externaliser une partie de notre acquisition payante. J'aimerais vous présenter notre projet.", name="Isabelle Brunet")
    assert _NO_NEED_FR not in fr and "présentation de votre offre" not in fr
    assert "20 minutes" in fr
    es = sample_draft("Hola Camille, soy directora de marketing en Muebles Brunet (120 empleados). Estamos pensando en externalizar "
                      "parte de nuestra adquisición de pago. Me gustaría presentarle nuestro proyecto.", name="Isabel Ruiz")
    assert "no lo necesito" not in es and "20 minutos" in es


def test_marketing_director_outsourcing_in_english_and_german_gets_a_call() -> None:
    # 137 fr_en note-8 (en, de variants): the same lead, a call about their project
    en = sample_draft("Hi Camille, I'm marketing director at Brunet Furniture (120 staff). We're thinking of outsourcing part of our "
                      "paid acquisition. I'd like to present our project to you.", name="Isabelle Brown")
    assert "not something I need" not in en and "20-minute call" in en
    de = sample_draft("Hallo Frau Laurent, ich bin Marketingleiterin bei Möbel Brunet (120 Mitarbeitende). Wir überlegen, einen Teil "
                      "unserer bezahlten Kundenakquise auszulagern. Ich würde Ihnen gern unser Projekt vorstellen.", name="Isabel Krüger")
    assert "keinen Bedarf" not in de and "Welche Termine passen Ihnen" in de


def test_backlink_packages_offered_are_a_pitch_declined_never_her_rates() -> None:
    # 136 fr_en note-40: "our premium SEO backlink packages at discounted rates" got "I'll send you a proposal with my rates"
    en = sample_draft("Dear Madam,\nI came across your profile and would like to offer you our premium SEO backlink packages at "
                      "discounted rates. Please let me know if interested.\nRegards,\nAhmed",
                      headline="SEO Specialist | Link Building | Guest Posts", name="Ahmed Khan")
    assert "my rates" not in en and "20-minute call" not in en
    assert "not a priority for me at the moment" in en
    de = sample_draft("Sehr geehrte Frau Laurent, wir bieten Ihnen unsere Premium-Backlink-Pakete für SEO zu reduzierten Preisen an. "
                      "Bei Interesse melden Sie sich gern.", name="Ahmed Khan")
    assert "keinen Bedarf" in de and "Angebot" not in de.split("Vorstellung Ihres Angebots")[-1]


def test_a_seller_presenting_their_offer_still_gets_the_polite_no() -> None:
    # a neighbour that must not change: a seller presenting their own offer, nothing outsourced
    fr = sample_draft("Bonjour Camille, je suis directrice commerciale chez AdTools. J'aimerais vous présenter notre solution de "
                      "reporting pour agences et consultants.", name="Julie Martin")
    assert _NO_NEED_FR in fr


def test_seo_audit_sought_for_their_site_is_a_client_never_a_job_declined() -> None:
    # 136 de_nl note-19: "jemanden für einen SEO-Audit unserer FR-Seite" got "Stelle als SEO-Audit … keine Festanstellung"
    de = sample_draft("Moin! Kurz & knapp: ich bin Growth Lead bei einem Berliner Fintech und wir suchen jemanden für einen SEO-Audit "
                      "unserer FR-Seite. Hast du im Juni Kapazitäten?\nCheers, Max", headline="Growth Lead @ Zahlfix", name="Max Weber")
    assert "Stelle" not in de and "Festanstellung" not in de
    assert "Im Juni sollte es bei mir grundsätzlich passen" in de and "Welche Termine passen dir" in de
    nl = sample_draft("Hoi Camille, ik ben growth lead bij een Berlijnse fintech en we zoeken iemand voor een SEO-audit van onze "
                      "Franse site. Heb je in juni tijd?", headline="Growth Lead @ Zahlfix", name="Max de Vries")
    assert "Goede vraag" not in nl and "20 minuten bellen" in nl


def test_partner_agencies_sought_for_an_affiliate_network_is_a_partnership_offer() -> None:
    # 137 de_nl note-19: "Partner-Agenturen für unser Affiliate-Netzwerk … Provision 15%" got "die Stelle passt nicht zu mir"
    de = sample_draft("Hi, wir suchen Partner-Agenturen für unser Affiliate-Netzwerk in Frankreich. Provision 15%. Interesse an einer "
                      "Zusammenarbeit? Grüße Ali", headline="Partnerships Manager, AffiliNet Europe", name="Ali Demir")
    assert "Stelle" not in de and "Vorschlag zur Zusammenarbeit" in de
    nl = sample_draft("Hoi, wij zoeken partnerbureaus voor ons affiliatenetwerk in Frankrijk. Commissie 15%. Interesse in een "
                      "samenwerking? Groet Ali", headline="Partnerships Manager, AffiliNet Europe", name="Ali Yilmaz")
    assert "geen behoefte" not in nl and "voorstel om samen te werken" in nl
    en = sample_draft("Hi Camille, we're looking for partner agencies for our affiliate network in France. 15% commission. Interested "
                      "in working together? Ali", headline="Partnerships Manager, AffiliNet Europe", name="Ali Khan")
    assert "not something I need" not in en and "working together" in en


def test_a_reseller_commission_for_their_tool_stays_a_polite_no() -> None:
    # 137 de_nl note-19 (neighbour): a tool recommended to her clients for a commission is a seller, no partners sought;
    # it got "die Stelle passt nicht zu mir" too, now the polite no it was meant to get
    de = sample_draft("Hallo Camille, wir suchen Berater:innen, die unser Tool ihren Kunden empfehlen – mit 30% Provision. "
                      "Interesse?", name="Jan Berg")
    assert "Telefonat" not in de and "Stelle" not in de and "als Partnerin gedacht" in de


def test_experienced_specialist_asking_which_lyon_agencies_hire_gets_the_market_tip_not_an_internship() -> None:
    # 137 es_pt_it note-28: "Você conhece agências em Lyon que estão contratando?" got "Sobre um estágio comigo"
    br = sample_draft("Olá Camille! Sou especialista em mídia paga (Meta e Google) com 4 anos de experiência e estou me mudando pra "
                      "França. Você conhece agências em Lyon que estão contratando? Obrigado! Gabriel Costa", name="Gabriel Costa")
    assert "estágio" not in br and "Welcome to the Jungle" in br
    pt = sample_draft("Olá Camille, sou especialista em media paga com 4 anos de experiência e vou mudar-me para Lyon. Conheces "
                      "agências em Lyon que estão a contratar? Obrigado, Rui", name="Rui Santos")
    assert "estágio" not in pt and "agências de marketing e SEO em Lyon" in pt


def test_hiring_asked_of_her_in_portuguese_still_gets_the_not_hiring_reply() -> None:
    # a neighbour that must not change: "Você está contratando?" asks her own hiring
    br = sample_draft("Olá Camille! Você está contratando? Sou especialista em mídia paga com 4 anos de experiência.", name="Pedro Lima")
    assert "não estou contratando" in br and "Welcome to the Jungle" not in br


def test_italian_tu_question_with_a_formal_closing_gets_a_tu_reply() -> None:
    # 137 es_pt_it note-50: "lavori anche con freelance? Cordiali saluti" got "La ringrazio … la Sua proposta"
    it = sample_draft("Buongiorno Camille, sono una content strategist con 7 anni di esperienza e da gennaio mi trasferisco a Lione. "
                      "Sto cercando nuove opportunità: lavori anche con freelance? Cordiali saluti, Elena Conti", name="Elena Conti")
    assert "La ringrazio" not in it and "Suo" not in it and "Ciao Elena" in it and "terrò presente il tuo profilo" in it
    lei = sample_draft("Buongiorno Camille, sono una content strategist con 7 anni di esperienza e da gennaio mi trasferisco a Lione. "
                       "Sto cercando nuove opportunità: Lei lavora anche con freelance? Cordiali saluti, Elena Conti", name="Elena Conti")
    assert "La ringrazio" in lei and "Suo profilo" in lei  # the Lei writer keeps Lei
