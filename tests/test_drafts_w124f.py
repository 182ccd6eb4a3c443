"""Wave 124, group F: clients and proposals. An agency's "sous-traitance" is said back as subcontracting, never turned
into white label; a one-to-one mentoring priced says what its price depends on, never "depends on the project"."""

from __future__ import annotations

from drafting import sample_draft


def test_subcontracting_offer_is_said_back_as_subcontracting_not_white_label() -> None:
    # 123 fr_en note-17: "Seriez-vous intéressée par une collaboration en sous-traitance ?" answered "en marque blanche"
    fr = sample_draft("Bonjour Camille, je dirige une petite agence web à Annecy (4 personnes). Nous cherchons un partenaire "
                      "pour la partie SEO/SEA de nos clients. Seriez-vous intéressée par une collaboration en sous-traitance ?",
                      headline="Fondateur – Pixel Alpin", name="Antoine Bonnet")
    assert "marque blanche" not in fr and "voyons comment travailler ensemble en sous-traitance" in fr
    en = sample_draft("Hi Camille, I run a small web agency in Manchester. We're looking for a partner to handle SEO for some "
                      "of our clients. Would you be interested in subcontracting for us?", headline="Founder – Pixelworks",
                      name="Tom Baker")
    assert "white-label" not in en and "on a subcontracting basis" in en
    es = sample_draft("Hola Camille, dirijo una pequeña agencia web en Valencia. Buscamos un partner para el SEO de nuestros "
                      "clientes. ¿Te interesaría colaborar en subcontratación?", headline="Fundador – Pixel Sur", name="Javier Ruiz")
    assert "marca blanca" not in es and "en régimen de subcontratación" in es
    it = sample_draft("Ciao Camille, ho una piccola web agency a Torino. Cerchiamo un partner per la parte SEO dei nostri clienti. "
                      "Saresti interessata a una collaborazione in subappalto?", headline="Fondatore – Pixel Nord", name="Marco Rossi")
    assert "white label" not in it and "lavorare insieme in subappalto" in it
    de = sample_draft("Hallo Camille, ich leite eine kleine Webagentur in Köln. Wir suchen eine Partnerin für SEO bei unseren "
                      "Kunden. Hätten Sie Interesse, als Subunternehmerin für uns zu arbeiten?", headline="Gründer – Pixelhaus",
                      name="Jan Becker")
    assert "White-Label" not in de and "im Unterauftrag" in de
    nl = sample_draft("Hoi Camille, ik heb een klein webbureau in Utrecht. We zoeken een partner voor SEO voor onze klanten. "
                      "Zou je als onderaannemer met ons willen samenwerken?", headline="Oprichter – Pixelhuis", name="Daan de Vries")
    assert "white label" not in nl and "in onderaanneming" in nl
    pt = sample_draft("Olá Camille, tenho uma pequena agência web em Curitiba. Procuramos um parceiro para o SEO dos nossos "
                      "clientes. Você teria interesse numa parceria de subcontratação?", headline="Fundador – Pixel Sul",
                      name="Rafael Souza")
    assert "white label" not in pt and "em regime de subcontratação" in pt


def test_white_label_offer_still_says_white_label() -> None:
    en = sample_draft("Hi Camille, I run a small web agency in Leeds. We're looking for a partner for the SEO of our clients. "
                      "Would you be open to white-label work for us?", headline="Founder – Webnest", name="Sam Hill")
    assert "on white-label projects" in en and "subcontracting" not in en


def test_one_to_one_mentoring_priced_says_what_the_price_depends_on() -> None:
    # 123 es_pt_it note-19, note-40, note-63: "Harías mentorías 1:1? cuanto cobras?" answered "Mis tarifas dependen del proyecto"
    es = sample_draft("Hola Camille, Estoy buscando una mentora para mejorar en estrategia de contenidos, llevo 2 años como "
                      "redactora freelance. Harías mentorías 1:1? cuanto cobras?", headline="Redactora SEO freelance",
                      name="Alba Romero")
    assert "dependen del proyecto" not in es and "El precio depende del número de sesiones y de su frecuencia." in es
    br = sample_draft("Olá Camille! Trabalho como social media freelancer há 2 anos e queria saber se você oferece mentoria "
                      "individual. Quanto custa?", headline="Social Media Freelancer", name="Beatriz Ramos")
    assert "dependem do projeto" not in br and "O valor depende do número de sessões e da frequência." in br
    it = sample_draft("Ciao Camille, cerco una mentor per crescere nella content strategy, faccio la copywriter freelance da 2 "
                      "anni. Fai mentoring 1:1? quanto costa?", headline="Copywriter SEO freelance", name="Sara Mancini")
    assert "dipendono dal progetto" not in it and "Il prezzo dipende dal numero di sessioni e dalla loro frequenza." in it
    en = sample_draft("Hi Camille, I've been a freelance copywriter for two years. Do you offer 1:1 mentoring? How much do you "
                      "charge?", headline="Freelance copywriter", name="Amy Clarke")
    assert "The price depends on the number of sessions and how often we meet." in en
    de = sample_draft("Hallo Camille, ich bin seit zwei Jahren freiberufliche Texterin. Bietest du auch 1:1-Mentoring an? Was "
                      "kostet das?", headline="Freie Texterin", name="Lena Vogel")
    assert "Der Preis hängt von der Zahl der Sitzungen und ihrem Rhythmus ab." in de
    nl = sample_draft("Hoi Camille, ik ben twee jaar freelance copywriter. Doe je ook 1-op-1 mentoring? Wat kost dat?",
                      headline="Freelance copywriter", name="Sanne Bakker")
    assert "De prijs hangt af van het aantal sessies en hoe vaak we afspreken." in nl
    pt = sample_draft("Olá Camille, sou copywriter freelancer há dois anos. Faz mentoria individual? Quanto custa?",
                      headline="Copywriter freelancer", name="Inês Costa")
    assert "O valor depende do número de sessões e da sua frequência." in pt


def test_call_asked_by_the_sender_gets_a_yes_and_times_not_the_question_echoed() -> None:
    # 123 fr_en note-20 and note-42: "Auriez-vous un créneau la semaine prochaine ?", "would you be open to a call next week?"
    # answered "un appel de 20 minutes la semaine prochaine vous conviendrait-il ?" / "Shall we jump on a quick call next week?"
    fr = sample_draft("Bonjour Camille, Head of Growth chez une scale-up lyonnaise de la foodtech, j'aimerais beaucoup avoir "
                      "votre regard sur notre stratégie de contenu. Auriez-vous un créneau la semaine prochaine ?\nRomain Guerin",
                      headline="Head of Growth – Miam Box", name="Romain Guerin")
    assert "vous conviendrait-il" not in fr and "je suis disponible la semaine prochaine pour un appel. Quels créneaux vous arrangent ?" in fr
    en = sample_draft("Hi Camille, Head of Growth at a Berlin SaaS scaling into France. I'd love your take on our French content "
                      "strategy - would you be open to a call next week?\nBen", headline="Head of Growth, Taskly", name="Ben Schneider")
    assert "Shall we" not in en and "a call next week works for me, what times suit you?" in en
    es = sample_draft("Hola Camille, soy Head of Growth en una scale-up de Madrid. Me encantaría conocer tu opinión sobre nuestra "
                      "estrategia de contenidos. ¿Podríamos hacer una llamada la semana que viene?", name="Pablo Gil")
    assert "con gusto hablamos la semana que viene: ¿qué horarios te vienen bien?" in es
    it = sample_draft("Ciao Camille, sono Head of Growth in una scale-up milanese. Mi piacerebbe avere il tuo parere sulla nostra "
                      "strategia di contenuti. Possiamo fare una call la settimana prossima?", name="Luca Bianchi")
    assert "volentieri ci sentiamo la settimana prossima: quali orari ti vanno bene?" in it
    de = sample_draft("Hallo Frau Laurent, ich bin Head of Growth bei einem Münchner Start-up. Ich hätte gern Ihre Einschätzung "
                      "zu unserer Content-Strategie. Hätten Sie nächste Woche Zeit für ein kurzes Telefonat?", name="Felix Wagner")
    assert "Wie wäre es" not in de and "mich auf ein Telefonat nächste Woche" in de and "Wenn ja, freue ich mich" in de
    pt = sample_draft("Olá Camille, sou Head of Growth numa scale-up em Lisboa. Gostava muito de ter a sua opinião sobre a nossa "
                      "estratégia de conteúdos. Teria disponibilidade para uma chamada na próxima semana?", name="Tiago Santos")
    assert "falamos por telefone na próxima semana: que horários lhe dão jeito?" in pt


def test_views_asked_without_a_call_still_gets_the_call_proposed() -> None:
    fr = sample_draft("Bonjour Camille, Head of Growth chez une scale-up lyonnaise, j'aimerais beaucoup avoir votre regard sur "
                      "notre stratégie de contenu.", headline="Head of Growth – Miam Box", name="Romain Guerin")
    assert "un appel de 20 minutes la semaine prochaine vous conviendrait-il ?" in fr


def test_audit_and_content_strategy_with_a_budget_asked_gets_the_audit_price_and_the_language_line() -> None:
    # 123 es_pt_it note-17 and note-61: "¿cuál sería el presupuesto aproximado?", "quale sarebbe il budget indicativo?"
    # ignored, and the French/English-only line missing (a proposal's draft, not a client's)
    es = sample_draft("Hola Camille, soy cofundador de una startup de moda sostenible. Nos gustaría contratar una auditoría SEO "
                      "y una estrategia de contenidos. ¿Tienes disponibilidad en junio y cuál sería el presupuesto aproximado?",
                      headline="Cofundador de Hilo Verde", name="Tomás Aguirre")
    assert "Por una auditoría SEO suelo cobrar entre 800 y 5000 € + IVA" in es and "En principio, junio es posible" in es
    assert "solo trabajo en francés o en inglés" in es
    it = sample_draft("Ciao Camille, sono cofondatrice di una startup di moda sostenibile. Vorremmo un audit SEO e una strategia "
                      "di contenuti. Avresti disponibilità a settembre? E quale sarebbe il budget indicativo?",
                      headline="Co-founder di Filo Verde", name="Sofia Esposito")
    assert "Per un audit SEO di solito chiedo tra 800 e 5.000 € + IVA" in it and "lavoro solo in francese o in inglese" in it
    fr = sample_draft("Bonjour Camille, je suis cofondatrice d'une startup de mode durable. Nous aimerions un audit SEO et une "
                      "stratégie de contenu. Seriez-vous disponible en juin, et quel serait le budget approximatif ?",
                      headline="Cofondatrice – Fil Vert", name="Anne Roux")
    assert "Pour un audit SEO, je compte en général entre 800 et 5 000 € HT" in fr
    nl = sample_draft("Hoi Camille, ik ben medeoprichter van een duurzame modestartup. We willen een SEO-audit en een "
                      "contentstrategie. Heb je in juni tijd en wat zou het budget ongeveer zijn?", name="Bram Jansen")
    assert "Een SEO-audit kost bij mij meestal tussen € 800 en € 5.000 excl. btw" in nl
    pt = sample_draft("Olá Camille, sou cofundador de uma startup de moda sustentável. Gostaríamos de uma auditoria SEO e de uma "
                      "estratégia de conteúdos. Teria disponibilidade em junho e qual seria o orçamento aproximado?", name="João Pereira")
    assert "Por uma auditoria de SEO cobro normalmente entre 800 e 5000 € + IVA" in pt


def test_audit_wished_without_a_budget_question_is_unchanged() -> None:
    es = sample_draft("Hola Camille, soy cofundador de una startup de moda sostenible. Nos gustaría contratar una auditoría SEO. "
                      "¿Tienes disponibilidad en junio?", headline="Cofundador de Hilo Verde", name="Tomás Aguirre")
    assert "Con gusto lo hablamos en una llamada de 20 minutos" in es and "800" not in es


def test_launch_support_sought_gets_a_call_to_see_how_she_can_help_not_only_good_luck() -> None:
    # 123 de_nl note-38: "zoek begeleiding bij de online lancering" answered "Veel succes met de lancering … Houdt u me op de hoogte?"
    nl = sample_draft("Geachte mevrouw Laurent, op aanraden van mevrouw Sophie Martin neem ik contact met u op. Ik start binnenkort "
                      "een webshop in duurzame babykleding en zoek begeleiding bij de online lancering. Hoogachtend, Anouk Vermeulen",
                      headline="Oprichter | duurzame babykleding (in oprichting)", name="Anouk Vermeulen")
    assert "Houdt u me op de hoogte" not in nl and "Ik bekijk graag met u hoe ik u bij de lancering kan helpen." in nl
    assert "welke momenten komen u volgende week uit voor een gesprek van 20 minuten?" in nl.lower()
    fr = sample_draft("Madame Laurent, sur les conseils de Sophie Martin, je me permets de vous écrire. Je lance bientôt une boutique "
                      "en ligne de vêtements bio pour bébés et je cherche un accompagnement pour le lancement. Cordialement, Anne Petit",
                      headline="Fondatrice | vêtements bébé bio", name="Anne Petit")
    assert "Voyons volontiers comment je peux vous aider pour le lancement" in fr
    es = sample_draft("Estimada Sra. Laurent, Sophie Martin me recomendó contactarla. Pronto abro una tienda online de ropa de bebé "
                      "sostenible y busco acompañamiento para el lanzamiento. Saludos, Lucía Gómez",
                      headline="Fundadora | ropa de bebé", name="Lucía Gómez")
    assert "Con gusto vemos cómo puedo ayudarle con el lanzamiento" in es
    it = sample_draft("Gentile dott.ssa Laurent, su consiglio di Sophie Martin le scrivo. A breve apro un negozio online di "
                      "abbigliamento sostenibile per bambini e cerco supporto per il lancio. Cordiali saluti, Giulia Ferri",
                      headline="Fondatrice | abbigliamento bimbi", name="Giulia Ferri")
    assert "Vediamo volentieri come posso aiutarLa con il lancio" in it
    br = sample_draft("Olá Camille, a Sophie Martin me indicou você. Vou abrir em breve uma loja online de roupa infantil "
                      "sustentável e procuro apoio no lançamento. Abraço, Carla Dias", headline="Fundadora | roupa infantil",
                      name="Carla Dias")
    assert "como posso te ajudar no lançamento" in br


def test_shop_about_to_launch_without_help_sought_still_gets_good_luck() -> None:
    nl = sample_draft("Geachte mevrouw Laurent, op aanraden van mevrouw Sophie Martin neem ik contact met u op. Ik start binnenkort "
                      "een webshop in duurzame babykleding. Hoogachtend, Anouk Vermeulen",
                      headline="Oprichter | duurzame babykleding", name="Anouk Vermeulen")
    assert "Veel succes met de lancering van uw webshop in duurzame babykleding." in nl
