"""Wave 164, group D: what the note already said is never asked again, and no template leftovers nor repetition — a
result told (a ROAS, tips that "work great") is congratulated, never "tell me what results you get", nor thanked as a
compliment; a job seeker whose only question the reply's lead answers is never promised "my take on your question"; a
French "formation offerte" is no quote asked (no rates sentence to an off-field recruiter); "Ravie" said once and a peer's
offer to exchange taken up; no "prazer … Com prazer", no second "agradeço" nor invented "nossa conversa"; no triple
"sehr"."""

from __future__ import annotations

from drafting import sample_draft


def test_a_return_figure_told_is_congratulated_never_asked_for() -> None:
    # 209 es_pt_it note-59: "ROAS 4!" answered "Fammi sapere che risultati ottieni"
    it = sample_draft("Ciao Camille! Ho seguito il tuo corso online di Social Ads e ho lanciato la mia prima campagna: ROAS 4! "
                      "Volevo solo ringraziarti 🙏", "Freelance Social Media Manager", "Martina Lombardi")
    assert "che risultati ottieni" not in it and "Complimenti per il risultato" in it
    de = sample_draft("Hallo Camille, dein Social-Ads-Kurs war Gold wert: habe meine erste Kampagne gestartet, ROAS von 3,5! Danke dir",
                      "Freelancerin", "Lena Koch")
    assert "Laufenden" not in de and "Glückwunsch zum Ergebnis" in de
    en = sample_draft("Hi Camille! I took your online Meta Ads course and just launched my first campaign, 5x ROAS already. "
                      "Thank you so much!", "Shop owner", "Amy Clark")
    assert "keep me posted" not in en.lower() and "congratulations" in en.lower()
    # neighbour: a first campaign launched with no result yet is still asked for its results
    it2 = sample_draft("Ciao Camille! Ho seguito il tuo corso di Social Ads e ho lanciato la mia prima campagna. Grazie!",
                       "Freelance", "Sara Neri")
    assert "Fammi sapere che risultati ottieni" in it2


def test_tips_said_to_work_great_are_joyed_at_never_a_compliment_thanked() -> None:
    # 209 de_nl note-15 / note-37: "läuft super", "het werkt top" answered "keep me posted" and "thanks for the compliment"
    de = sample_draft("Hallo Camille, wir haben gemeinsam im Workshop von Claire Martin in Paris gesessen. Ich habe deine Tipps "
                      "zu Google Business Profile inzwischen umgesetzt, läuft super! Danke nochmal & bis bald, Thomas",
                      "Inhaber, Café Kranich Freiburg", "Thomas Weber")
    assert "Kompliment" not in de and "Laufenden" not in de and "geholfen" in de
    nl = sample_draft("Hoi Camille, we zaten samen in de workshop van Claire Martin in Parijs. Ik heb jouw tips over Google "
                      "Bedrijfsprofiel toegepast en het werkt top! Nogmaals bedankt, Sem",
                      "Eigenaar Koffiebar De Kraan, Utrecht", "Sem Dekker")
    assert "compliment" not in nl and "oplevert" not in nl and "echt werken" in nl
    de2 = sample_draft("Hi Camille, wir kennen uns vom SEO-Meetup in München. Hab deine Tipps zur Keyword-Recherche umgesetzt, "
                       "klappt prima! Grüße, Jonas", "Gründer, Radladen Jonas", "Jonas Huber")
    assert "Kompliment" not in de2 and "Laufenden" not in de2


def test_a_job_seekers_only_question_answered_by_the_lead_gets_no_take_on_the_question() -> None:
    # 208 de_nl note-17, 208 es_pt_it note-3, 209 de_nl note-26: "my take on your question" with no question left open
    de = sample_draft("Hallo Frau Laurent, ich bin seit 8 Monaten auf Jobsuche als Content Marketing Managerin und habe "
                      "gesehen, dass Sie viele Kontakte in der Branche haben. Vielleicht hören Sie ja von einer offenen Stelle? "
                      "Ich würde mich sehr freuen. Herzliche Grüße, Nadine Wagner",
                      "Content Marketing Managerin | offen für neue Aufgaben", "Nadine Wagner")
    assert "Einschätzung zu Ihrer Frage" not in de and "Lebenslauf" in de
    es = sample_draft("hola camille, soy estudiante de marketing digital en la Universidad de Valencia y busco practicas para "
                      "el verano. Seria posible hacerlas contigo en Lyon? hablo frances nivel B2. gracias!!",
                      "Estudiante de Marketing Digital - UV", "Pablo Gimeno")
    assert "sobre tu pregunta" not in es and "CV" in es
    nl = sample_draft("Beste mevrouw Laurent, ik ben derdejaars student Communicatie aan de Hogeschool Utrecht en zoek een "
                      "stage in digitale marketing vanaf februari, liefst in Frankrijk. Heeft u mogelijkheden? Alvast bedankt, "
                      "Lotte Visser", "Student Communicatie | Hogeschool Utrecht", "Lotte Visser")
    assert "kijk op uw vraag" not in nl and "cv" in nl
    nl2 = sample_draft("Beste mevrouw Laurent, ik zoek sinds kort een baan als SEO-specialist in Lyon. Hoort u misschien van "
                       "een vacature? Met vriendelijke groet, Daan de Wit", "SEO-specialist | open voor werk", "Daan de Wit")
    assert "kijk op uw vraag" not in nl2


def test_a_french_offered_training_is_no_quote_asked() -> None:
    # 209 fr_en note-8: "formation offerte" read as a quote asked: a rates sentence in a decline to an off-field recruiter
    fr = sample_draft("Bonjour, je recrute des conseillers en gestion de patrimoine indépendants, formation offerte, revenus "
                      "illimités. Intéressée ? Au plaisir, Stéphane", "Recruteur - Patrimoine Conseil", "Stéphane Lambert")
    assert "tarifs" not in fr and "ne correspond pas à mon métier" in fr
    fr2 = sample_draft("Bonjour Camille, nous recrutons des agents immobiliers indépendants, livraison offerte du kit de "
                       "démarrage. Intéressée ?", "Recruteur - Immo Plus", "Marc Petit")
    assert "tarifs" not in fr2


def test_a_peer_offering_an_exchange_is_taken_up_and_ravie_said_once() -> None:
    # 208 fr_en note-15: "Ravie … Ravie de rencontrer …" and "ce serait un plaisir d'échanger" not taken up
    fr = sample_draft("Bonjour Camille, j'ai lu votre post sur l'impact de l'IA sur le SEO, très pertinent. Je travaille aussi "
                      "sur ces sujets chez Semrush, ce serait un plaisir d'échanger.",
                      "Content Marketing Manager @ Semrush France", "Antoine Bernard")
    assert fr.count("Ravie") <= 1 and "échange" in fr and "?" in fr
    it = sample_draft("Ciao Camille, ho letto il tuo post sulla SEO locale, molto utile. Lavoro anch'io nel settore, sarebbe "
                      "un piacere scambiarci due idee.", "SEO specialist", "Luca Riva")
    assert "20 minuti" in it
    # neighbour: a peer with no exchange offered is still welcomed as one
    fr2 = sample_draft("Bonjour Camille, super post sur le SEO local. Je travaille aussi dans le SEO à Nantes !",
                       "Consultant SEO", "Paul Martin")
    assert fr2.count("Ravie") <= 1


def test_no_repeated_pleasure_nor_thanks_nor_invented_conversation_in_portuguese() -> None:
    # 208 es_pt_it note-31: "vai ser um prazer trocar ideias … Com prazer, tomamos um café"
    br = sample_draft("Olá Camille, sou diretora de marketing da Natura na França e gostaria de trocar ideias sobre estratégia "
                      "de conteúdo e social ads. Podemos marcar um café em Lyon?",
                      "Diretora de Marketing na Natura &Co França", "Camila Alves")
    assert br.count("prazer") <= 1 and "café" in br
    # 209 es_pt_it note-23: "agradeço … agradeço" and "nossa conversa" for someone met at a round table
    br2 = sample_draft("Oi Camille! Te conheci no Web Summit em Lisboa, naquela mesa redonda sobre SEO. Adorei sua visão sobre "
                       "conteúdo evergreen. Vamos nos conectar? 😊", "Analista de SEO na Hotmart", "Juliana Costa")
    assert "nossa conversa" not in br2 and br2.lower().count("agradeço") <= 1 and "Web Summit em Lisboa" in br2
    br3 = sample_draft("Oi Camille, a gente se conheceu no RD Summit em Florianópolis. Adorei seu ponto de vista sobre "
                       "conteúdo! Vamos manter contato", "Analista de Marketing", "Paula Lima")
    assert "nossa conversa" not in br3 and br3.lower().count("agradeço") <= 1


def test_no_triple_sehr_in_a_speaker_invitation() -> None:
    # 209 de_nl note-12: "freut mich sehr … interessiert mich sehr … sehr bald"
    de = sample_draft("Guten Tag Frau Laurent,\nich organisiere die Konferenz \"E-Commerce Days Wien\" am 14. Mai und suche "
                      "noch eine Speakerin zum Thema Content-Strategie. Hätten Sie Interesse und Zeit? Reise & Hotel werden "
                      "übernommen.\nFreundliche Grüße\nStefan Gruber", "Eventmanager, E-Commerce Days Wien", "Stefan Gruber")
    assert de.count("sehr") <= 1 and "Termin" in de
