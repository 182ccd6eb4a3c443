"""Wave 163, group F: register, names and facts the sender gave are kept as given: a Spanish compound first name with
"del" ("María del Carmen Ruiz") is Sra. Ruiz; a French note opened "Bonjour Madame" with no signature is answered by
title, never by a first name it never gave; a very formal French letter ("Madame, … Veuillez agréer") gets no casual
"En principe, c'est oui" nor "belle proposition" and its school is named; a European-Portuguese letter ("Com os melhores
cumprimentos", "a sua newsletter") is answered in European Portuguese; a brand's webinar ("el webinar de HubSpot") is
never "mi webinar"; the call length asked ("sentirci 15 minuti") is kept; "if I pass through Lyon" is answered "let me
know when you're in Lyon", never "which days in the next two weeks?"."""
from __future__ import annotations

from drafting import sample_draft


def test_spanish_compound_first_name_with_del_keeps_the_surname() -> None:
    # 206 es_pt_it note-2: "Estimada Sra. del Carmen" for María del Carmen Ruiz
    es = sample_draft("Estimada Sra. Laurent:\nLeo su newsletter desde hace meses y me ha sido muy útil para mi tienda online. "
                      "Me permito solicitar su contacto.\nAtentamente,\nMaría del Carmen Ruiz", name="María del Carmen Ruiz")
    assert es.startswith("Estimada Sra. Ruiz:") and "del Carmen:" not in es
    es2 = sample_draft("Estimada Sra. Laurent:\nSigo sus publicaciones sobre SEO y me resultan muy útiles para mi agencia. "
                       "Será un placer contar con usted en mi red.\nAtentamente,\nMaría de los Ángeles Vega Soto",
                       name="María de los Ángeles Vega Soto")
    assert es2.startswith("Estimada Sra. Vega:")
    # neighbour: a surname that opens on "del" stays whole
    keep = sample_draft("Estimado Sr. Laurent:\nLeo su newsletter desde hace meses y me resulta muy útil. Me permito solicitar "
                        "su contacto.\nAtentamente,\nJavier del Río Pérez", name="Javier del Río Pérez")
    assert "Sr. del Río:" in keep or "Sr. del Río Pérez:" in keep


def test_unsigned_bonjour_madame_is_answered_by_title() -> None:
    # 207 fr_en note-19: "Bonjour Madame, … Cordialement" (unsigned) answered "Bonjour Rija"
    fr = sample_draft("Bonjour Madame,\nNous sommes une agence web offshore basée à Madagascar proposant la création de sites "
                      "WordPress à prix imbattables. Puis-je vous envoyer notre plaquette ?\nCordialement",
                      headline="Business Developer - MadaWeb", name="Rija Andrianina")
    assert fr.startswith("Bonjour,") and "Rija" not in fr
    fr2 = sample_draft("Madame,\nNotre cabinet propose des audits RGPD clés en main pour les indépendants. Seriez-vous disponible "
                       "pour une présentation ?\nBien cordialement", name="Karim Benali")
    assert not fr2.startswith("Bonjour Karim")
    # neighbour: the same note signed keeps its greeting by name
    signed = sample_draft("Bonjour Madame,\nNous sommes une agence web offshore basée à Madagascar proposant la création de "
                          "sites WordPress à prix imbattables. Puis-je vous envoyer notre plaquette ?\nCordialement, Rija",
                          name="Rija Andrianina")
    assert signed.startswith("Bonjour Rija,")


def test_very_formal_french_letter_gets_a_formal_yes_and_its_school() -> None:
    # 206 fr_en note-14: "Madame, … Veuillez agréer …" answered "En principe, c'est oui" and "belle proposition"
    fr = sample_draft("Madame,\nEn qualité de responsable de la formation continue à l'EM Lyon, je souhaiterais vous proposer "
                      "d'intervenir dans notre programme exécutif sur le marketing digital. Je reste à votre disposition.\n"
                      "Veuillez agréer mes salutations distinguées,\nBéatrice Mercier", name="Béatrice Mercier")
    assert "En principe, c'est oui" not in fr and "belle proposition" not in fr
    assert "Je vous remercie d'avoir pensé à moi" in fr and "EM Lyon" in fr
    fr2 = sample_draft("Monsieur,\nDirecteur des programmes à l'IAE de Lyon, je souhaiterais vous proposer d'intervenir auprès "
                       "de nos étudiants sur le SEO. Je vous prie d'agréer l'expression de mes sentiments distingués.\n"
                       "Jacques Perrin", name="Jacques Perrin")
    assert "En principe, c'est oui" not in fr2 and "belle proposition" not in fr2


def test_european_portuguese_letter_is_answered_in_european_portuguese() -> None:
    # 207 es_pt_it note-25: "Com os melhores cumprimentos" answered "minha newsletter … Atenciosamente"
    pt = sample_draft("Prezada Sra. Laurent,\nAcompanho a sua newsletter há algum tempo e gostaria muito de integrar a sua "
                      "rede profissional.\nCom os melhores cumprimentos,\nRicardo Almeida", name="Ricardo Almeida")
    assert "Atenciosamente" not in pt and "a minha newsletter" in pt
    pt2 = sample_draft("Prezado Sr.,\nSigo o seu trabalho sobre SEO com muito interesse.\nMelhores cumprimentos,\nTiago Ramos",
                       name="Tiago Ramos")
    assert "Atenciosamente" not in pt2
    # neighbour: a Brazilian "Atenciosamente" letter stays Brazilian
    br = sample_draft("Prezada Camille, acompanho sua newsletter há meses e gostaria de me conectar.\nAtenciosamente,\n"
                      "Carolina Azevedo", name="Carolina Azevedo")
    assert "Atenciosamente" in br or "Abraço" in br


def test_brand_webinar_is_never_hers() -> None:
    # 206 es_pt_it note-18: "te vi en el webinar de HubSpot" thanked for "asistir a mi webinar"
    es = sample_draft("Hola Camille! Te vi en el webinar de HubSpot la semana pasada, genial tu parte sobre contenidos. Un "
                      "saludo desde Buenos Aires 🇦🇷", headline="Content Strategist en Ripio", name="Martín Acosta")
    assert "mi webinar" not in es and "webinar de HubSpot" in es
    assert "pones en práctica de los consejos" not in es
    en = sample_draft("Hi Camille, caught you on the Semrush webinar last week, loved your part on content.", name="Jane Cole")
    assert "my webinar" not in en
    # neighbour: her own webinar stays hers
    keep = sample_draft("Hola Camille! Asistí a tu webinar sobre contenidos la semana pasada, ¡genial!", name="Pablo Díaz")
    assert "mi webinar" in keep


def test_call_length_asked_is_kept() -> None:
    # 206 es_pt_it note-48: "possiamo sentirci 15 minuti?" turned into a 20-minute call
    it = sample_draft("Ciao Camille, mi ha parlato di te Marco Gallo, dice che sei bravissima con le Meta Ads. Ho un piccolo "
                      "e-shop di borse artigianali, possiamo sentirci 15 minuti?", headline="Fondatrice di Borse Sole",
                      name="Chiara Moretti")
    assert "15 minuti" in it and "20 minuti" not in it
    es = sample_draft("Hola Camille, me habló de ti Pablo Ruiz. Tengo una tienda online de cerámica, ¿podemos hablar 15 minutos?",
                      name="Lucía Gómez")
    assert "20 minutos" not in es
    # neighbour: no length asked keeps her 20 minutes
    keep = sample_draft("Ciao Camille, mi ha parlato di te Marco Gallo. Ho un piccolo e-shop di borse, possiamo sentirci?",
                        name="Chiara Moretti")
    assert "20 minuti" in keep


def test_conditional_visit_is_met_when_it_happens() -> None:
    # 207 es_pt_it note-61: "se passo da Lione prendiamo un caffè?" answered "quali giorni nelle prossime due settimane?"
    it = sample_draft("Ciao Camille! Eravamo allo stesso tavolo alla cena del Salone dell'e-commerce a Parigi. Sto ancora "
                      "lavorando alla mia app di prenotazioni, se passo da Lione prendiamo un caffè? ☕", name="Federico Galli")
    assert "prossime due settimane" not in it and "Lione" in it
    es = sample_draft("Hola Camille, coincidimos en la cena del congreso de marketing en Madrid. Si paso por Lyon algún día, "
                      "¿tomamos un café?", name="Diego Herrera")
    assert "próximas dos semanas" not in es and "Lyon" in es
    fr = sample_draft("Salut Camille, on était à la même table au dîner du salon e-commerce à Paris. Si je passe à Lyon, on "
                      "prend un café ?", name="Julien Morel")
    assert "à Lyon" in fr and "semaines" not in fr
