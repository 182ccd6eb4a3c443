"""Wave 112, group D: calls, the call language, events and meetings (the link she is asked for after a fair, never "I look
forward to your info")."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts import misread


def test_message_sent_as_promised_is_no_material_to_await() -> None:
    # 111 de_nl note-41: "Zoals beloofd stuur ik je even een berichtje – wil je me nog de link naar je checklist … sturen?"
    nl = sample_draft("Hoi Camille, we hebben elkaar gesproken op de dmexco in Keulen bij de stand van Semrush. Zoals beloofd stuur ik je even "
                      "een berichtje – wil je me nog de link naar je checklist voor e-commerce SEO sturen? Dank je & tot snel, Nina",
                      headline="Content Manager, Bol.com", name="Nina van Leeuwen")
    assert "Ik kijk uit naar je info" not in nl
    assert "link" in nl
    en = sample_draft("Hi Camille, we met at the SEO Camp in Lyon at the Semrush booth. As promised I'm sending you a quick message – could you "
                      "send me the link to your checklist for e-commerce SEO? Thanks, Nina", headline="Content Manager", name="Nina Smith")
    assert "Looking forward to your info" not in en and "link" in en
    assert not misread.they_send("Wie versprochen schicke ich dir eine kurze Nachricht – kannst du mir den Link zu deiner Checkliste schicken?")
    # their own material, promised, is still awaited
    assert misread.they_send("Zoals beloofd stuur ik je de presentatie van ons project volgende week.")
    assert misread.they_send("As promised, I'll send you a message with our brief tomorrow.")


def test_call_offers_her_languages_when_france_is_someone_elses() -> None:
    # partners sought in France for clients who sell there (the sender's own market is elsewhere): no call language said
    es = sample_draft("Hola Camille, tengo una agencia en Valencia. Buscamos partners en Francia para clientes que quieren vender allí. "
                      "¿Te parece si lo vemos en una llamada?", headline="CEO en Levante Web", name="Pablo Ruiz")
    assert "en inglés o en francés" in es
    # 112 es_pt_it note-14: a hotel chain with a presence in France
    es_h = sample_draft("Hola, soy directora de marketing en una cadena de hoteles boutique con presencia en Francia. Estamos revisando nuestra "
                        "estrategia de captación digital y me gustaría conocer tu enfoque. Un saludo, Inés Bravo",
                        headline="Directora de Marketing en Hoteles Alba", name="Inés Bravo")
    assert "20 minutos" in es_h and "en inglés o en francés" in es_h
    # 112 es_pt_it note-14 / note-58: a hotel group with branches in France
    it = sample_draft("Buongiorno, sono direttrice marketing di un gruppo di hotel boutique con strutture anche in Francia. Stiamo rivedendo la "
                      "strategia di acquisizione digitale e vorrei conoscere il suo approccio. Cordiali saluti, Silvia Lombardi",
                      headline="Direttrice Marketing presso Lombardi Hotels", name="Silvia Lombardi")
    assert "20 minuti" in it and "in inglese o in francese" in it
    # 112 es_pt_it note-9 / note-53: the school the referrer shared with her is in Lyon, not the sender
    es2 = sample_draft("Hola Camille, te escribo de parte de Elena Marín (coincidisteis en el MBA de EM Lyon). Me dijo que eres la persona a la "
                       "que preguntar sobre campañas de TikTok Ads para e-commerce. ¿Podríamos hablar un rato?", headline="Co-founder en Moda Lenta",
                       name="Carla Navarro")
    assert "en inglés o en francés" in es2
    # a sender who lives in Lyon still talks with her without the caveat
    lyon = sample_draft("Ciao Camille, vivo a Lione da cinque anni e ho un e-commerce di ceramiche. Cerco aiuto per la SEO: potremmo sentirci?",
                        headline="Fondatrice di Terra Viva", name="Giulia Rossi")
    assert "inglese o in francese" not in lyon


def test_french_market_named_is_no_call_language() -> None:
    # 112 es_pt_it note-31: "a estratégia de conteúdo para o mercado francês" hid the call's languages
    pt = sample_draft("Olá Camille, o Pedro Antunes (da Web Summit) sugeriu que eu falasse consigo. Estou a lançar uma marca de conservas gourmet "
                      "e preciso de ajuda com a estratégia de conteúdos para o mercado francês. Podemos marcar uma chamada?",
                      headline="Co-fundadora da Lata & Mar", name="Sofia Rodrigues")
    assert "chamada de 20 minutos" in pt and "em inglês ou em francês" in pt


def test_coffee_never_offered_when_lyon_is_the_referrers() -> None:
    # 112 es_pt_it note-46: a CEO in Florence, sent by the Italian chamber of commerce in Lyon, offered a coffee
    it = sample_draft("Gentile Dott.ssa Laurent,\nmi permetto di contattarLa su suggerimento del Dott. Marco Bianchi della Camera di Commercio "
                      "Italiana a Lione. Guido un'azienda di pelletteria a Firenze e stiamo valutando il mercato francese. Resto a disposizione.\n"
                      "Cordiali saluti,\nAlessandro Ferri", headline="Amministratore Delegato presso Pelletteria Ferri", name="Alessandro Ferri")
    assert "caffè" not in it and "call di 20 minuti" in it and "in inglese o in francese" in it
    es = sample_draft("Hola Camille, Lucía Pérez (estudiasteis juntas en EM Lyon) me recomendó escribirte. Tengo una tienda online de cerámica "
                      "en Sevilla y busco ayuda con el SEO. ¿Hablamos?", headline="Fundadora de Barro", name="Marta Ruiz")
    assert "café" not in es


def test_mutual_referrals_named_in_spanish_italian_portuguese_are_a_swap() -> None:
    # 112 es_pt_it note-19 / note-63 / note-41: "colaboración tipo referidos mutuos" answered with a call, the referrals unsaid
    es = sample_draft("Hola Camille, soy Mateo, tengo una agencia pequeña en Bilbao (SEO + web). Buscamos partners en Francia para clientes "
                      "que quieren vender allí. ¿Te interesaría una colaboración tipo referidos mutuos?", headline="CEO en Norte Digital",
                      name="Mateo Etxeberria")
    assert "te pasaré" in es and "en francés o en inglés" in es
    it = sample_draft("Ciao Camille, ho una piccola agenzia a Torino (SEO + siti web). Cerchiamo partner in Francia per clienti che vogliono "
                      "vendere lì. Ti interesserebbe una collaborazione con referral reciproci?", headline="CEO presso Piemonte Digitale",
                      name="Andrea Gatti")
    assert "a vicenda" in it and "ti girerò" in it
    pt = sample_draft("Olá Camille, tenho uma agência pequena em Braga (web + SEO). Temos clientes que querem vender em França e procuramos "
                      "parceiros aí. Interessa-lhe uma parceria de referências?", headline="Fundador da Minho Digital", name="Tiago Fernandes")
    assert "um ao outro" in pt and "em francês ou em inglês" in pt
    # a call asked beside the referrals is still offered
    it2 = sample_draft("Ciao Camille, ho un'agenzia di web design a Torino e i nostri clienti ci chiedono sempre più spesso SEO e ads, che non "
                       "facciamo. Potremmo collaborare con dei referral reciproci? Ne parliamo?", name="Federico Gallo")
    assert "a vicenda" in it2 and "call" in it2
