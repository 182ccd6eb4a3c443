"""Wave 138, group D: proposals misread (who offers what to whom). A prospect asking for "a conversation about your
services" is talking about HER services (his plans heard, a call offered), never "glad to talk about your services"; someone
who "saw you speak at SMX Paris" heard her talk and is asking for feedback on his tool, never inviting her to speak."""

from __future__ import annotations

from drafting import sample_draft

_HUGHES = ("Dear Ms Laurent,\nI am writing to request to join your professional network. I am the Marketing Director of "
           "Harbour Foods UK and we are looking to expand into France. I would welcome a conversation about your services.\n"
           "Kind regards,\nJonathan Hughes")


def test_conversation_about_her_services_is_a_prospect_in_english() -> None:
    # 152 fr_en note-27 (group D): "I would be glad to talk about your services" to a prospect asking about hers
    en = sample_draft(_HUGHES, "Marketing Director, Harbour Foods UK", name="Jonathan Hughes")
    assert "your services" not in en
    assert "France is exactly my market, so I'd be glad to talk about your plans there" in en and "20-minute call" in en


def test_conversation_about_her_services_is_a_prospect_in_other_languages() -> None:
    # 138 group D, variants of 152 fr_en note-27 in de, it, es, nl, pt
    de = sample_draft("Sehr geehrte Frau Laurent, ich bin Marketingleiter bei Nordkost und wir wollen nach Frankreich expandieren. "
                      "Ich würde mich über ein Gespräch über Ihre Leistungen freuen.", "Marketingleiter", name="Jan Becker")
    assert "Ihre Leistungen" not in de and "Frankreich ist genau mein Markt, und über Ihre Pläne dort" in de
    it = sample_draft("Caro Camille, sono il direttore marketing di Pasta Viva e vogliamo espanderci in Francia. Mi piacerebbe "
                      "una chiacchierata sui tuoi servizi.", "Direttore marketing", name="Marco Bianchi")
    assert "la mia sui tuoi servizi" not in it and "progetti in Francia" in it
    es = sample_draft("Estimada Sra. Laurent, soy director de marketing de Olivas Sur y queremos entrar en Francia. Me gustaría "
                      "tener una conversación sobre sus servicios.", "Director de marketing", name="Luis Gómez")
    assert "sus servicios" not in es and "Francia es justo mi mercado, así que con gusto hablamos de sus planes allí" in es
    nl = sample_draft("Beste mevrouw Laurent, ik ben marketingdirecteur bij Kaas & Co en we willen uitbreiden naar Frankrijk. "
                      "Ik zou graag een gesprek over uw diensten hebben.", "Marketingdirecteur", name="Pieter Jansen")
    assert "uw diensten" not in nl and "Frankrijk is precies mijn markt, dus ik praat graag met u over uw plannen daar" in nl
    pt = sample_draft("Olá Camille, sou diretor de marketing da Vinhos Douro e queremos entrar em França. Gostaria de uma "
                      "conversa sobre os seus serviços.", "Diretor de marketing", name="Rui Alves")
    assert "seus serviços" not in pt and "A França é precisamente o meu mercado, por isso falamos com todo o gosto sobre os seus planos lá" in pt


def test_conversation_about_a_topic_still_gets_her_take() -> None:
    # 138 group D neighbour that must not change: "a chat about SEO for marketplaces" asks her views on that topic
    en = sample_draft("Hi Camille, I'd love a chat about SEO for marketplaces sometime, any thoughts?", "Head of Growth",
                      name="Sam Reed")
    assert "Happy to share my take on SEO for marketplaces" in en


def test_saw_her_speak_and_asks_feedback_on_his_tool() -> None:
    # 152 fr_en note-42 (group D): "Saw you speak at SMX Paris … would love your feedback" read as a speaker invitation
    en = sample_draft("Hey Camille! Saw you speak at SMX Paris, awesome talk on local SEO 🙌 I'm building a SaaS tool for local "
                      "businesses, would love your feedback on it sometime", "Co-founder @ Localio", name="Ben Carter")
    assert "thinking of me" not in en and "dates you have in mind" not in en
    assert "send me what you'd like me to look at" in en
    de = sample_draft("Hallo Camille, ich habe dich auf der SMX München sprechen sehen, super! Ich baue ein SaaS-Tool für lokale "
                      "Unternehmen und würde mich über dein Feedback freuen.", "Co-Founder", name="Felix Braun")
    assert "an mich gedacht" not in de and "Schick mir hier, was ich mir ansehen soll" in de
    es = sample_draft("Hola Camille, te vi hablar en el Congreso Web Zaragoza, ¡genial! Estoy creando una herramienta SaaS para "
                      "negocios locales y me encantaría tu opinión sobre ella.", "Cofundador", name="Diego Ruiz")
    assert "pensado en mí" not in es and "mi charla en el Congreso Web Zaragoza" in es


def test_a_real_speaker_invitation_is_still_one() -> None:
    # 138 group D neighbour that must not change: an organiser inviting her to speak at their event
    en = sample_draft("Hi Camille, we're organising SMX London in June. Would you be open to speaking at our event?",
                      "Event Manager", name="Kate Moss")
    assert "thinking of me as a speaker at SMX London" in en


def test_unpaid_webinar_talk_is_answered_not_a_call() -> None:
    # 153 de_nl note-20 (group D): "Wärst du bereit, 20 Minuten dazu zu sprechen? Honorar ist leider keins vorgesehen"
    # answered "lass uns 20 Minuten telefonieren"
    de = sample_draft("Hallo Camille, ich arbeite bei der AHK Frankreich und wir organisieren ein Webinar für deutsche KMU zum "
                      "Thema \"Digitales Marketing in Frankreich\". Wärst du bereit, 20 Minuten dazu zu sprechen? Honorar ist "
                      "leider keins vorgesehen 🙈\nVG, Lukas", "Projektmanager | Deutsch-Französische Industrie- und Handelskammer",
                      name="Lukas Schmidt")
    assert "telefonieren" not in de and "Webinar" in de
    assert "nur auf Französisch oder Englisch" in de and "kein Honorar" in de
    sie = sample_draft("Sehr geehrte Frau Laurent, wir organisieren einen Online-Workshop für Händler. Wären Sie bereit, "
                       "30 Minuten zum Thema SEO zu sprechen? Ein Honorar ist leider nicht vorgesehen.", "Eventmanagerin",
                       name="Sabine Koch")
    assert "Videotelefonat" not in sie and "fortsetzen" not in sie
    assert "für Sie in Ordnung" in sie and "kein Honorar" in sie


def test_a_call_of_twenty_minutes_stays_a_call() -> None:
    # 138 group D neighbour that must not change: "20 Minuten für ein kurzes Telefonat" is a call
    de = sample_draft("Hallo Camille, hast du nächste Woche 20 Minuten für ein kurzes Telefonat zu einer möglichen Zusammenarbeit?",
                      "Agenturinhaber", name="Jonas Weber")
    assert "20-minütigen Telefonat" in de


def test_synergies_to_explore_is_a_partnership_not_agency_advice() -> None:
    # 153 fr_en note-14 (group D): "peut-être des synergies à explorer ?" answered with tips on choosing an agency
    fr = sample_draft("Bonjour Camille, j'ai vu votre post sur les erreurs courantes en content strategy, très juste ! Je dirige "
                      "une petite agence de rédaction web à Annecy, peut-être des synergies à explorer ?", "Fondateur - Plume & Clic",
                      name="Vincent Morel")
    assert "Plutôt que des noms" not in fr and "proposition de collaboration" in fr
    tu = sample_draft("Salut Camille, super ton post sur la content strategy ! J'ai une petite agence de rédaction web à Annecy, "
                      "des synergies à creuser peut-être ?", "Fondateur", name="Léo Blanc")
    assert "Plutôt que des noms" not in tu and "ta proposition de collaboration" in tu
    it = sample_draft("Ciao Camille, bel post sulla content strategy! Ho una piccola agenzia di copywriting a Torino, magari ci "
                      "sono sinergie da esplorare?", "Fondatore", name="Paolo Greco")
    assert "Più che nomi" not in it and "proposta di collaborazione" in it
    pt = sample_draft("Olá Camille, gostei do seu post sobre estratégia de conteúdo. Tenho uma pequena agência de redação em "
                      "Lisboa, talvez haja sinergias a explorar?", "Fundador", name="João Reis")
    assert "Mais do que nomes" not in pt and "proposta de colaboração" in pt
    nl = sample_draft("Hoi Camille, mooie post over contentstrategie! Ik heb een klein copywritingbureau in Utrecht, misschien "
                      "synergie om te verkennen?", "Oprichter", name="Bram Visser")
    assert "je bedrijf en je budget" not in nl and "voorstel om samen te werken" in nl


def test_an_agency_asked_for_still_gets_how_to_choose_one() -> None:
    # 138 group D neighbour that must not change: a prospect asking which agency to pick gets how to choose, no partnership
    fr = sample_draft("Bonjour Camille, j'ai vu votre post sur le content marketing. Quelle agence de rédaction web me "
                      "conseilleriez-vous pour ma PME ?", name="Anne Roux")
    assert "Plutôt que des noms" in fr and "collaboration" not in fr
