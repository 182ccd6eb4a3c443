"""Wave 163, group G: English wording and half answers. A collaboration is never its own topic ("working together on
collaborating"), a thesis thanked is not named again in the yes to the interview, a speaker is thanked "on" a topic (never
"a speaker about"), a student's project is thanked as their project, a "how r u doing?" after a shared workshop is answered,
the certification answer reads as one sentence, and an internship asked together with advice on finding one gets the tip."""

from __future__ import annotations

from drafting import sample_draft


def test_collaboration_is_never_its_own_topic() -> None:
    # 206 fr_en note-40: "Fancy a chat about collaborating?" gave "the idea of working together on collaborating"
    en = sample_draft("Hi Camille, I lead partnerships at a UK agency - we often need French-speaking SEO freelancers for client "
                      "projects. Fancy a chat about collaborating?", name="Tom Harris")
    assert "working together on collaborating" not in en and "the idea of working together" in en
    en2 = sample_draft("Hello Camille, I run a small content studio in Manchester and we sometimes need SEO help in French. "
                       "Would you be up for a call about partnering up?", name="Rachel Green")
    assert "together on partnering" not in en2


def test_thesis_named_in_the_thanks_is_not_named_again_in_the_yes() -> None:
    # 206 fr_en note-41: "your thesis on …" in the thanks, then "Happy to be interviewed for your thesis"
    en = sample_draft("Hi Camille, I'm writing my master's thesis on digital marketing training for SMEs. Would you be open to "
                      "a 30-min interview? Many thanks, Lucas", name="Lucas Meyer")
    assert en.count("thesis") == 1 and "Happy to be interviewed" in en
    de = sample_draft("Hallo Camille, ich schreibe meine Masterarbeit über Content-Marketing im Mittelstand. Hättest du Zeit für "
                      "ein 30-minütiges Interview? Danke, Jonas", name="Jonas Weber")
    assert de.count("Masterarbeit") == 1 and "Dabei helfe ich dir gern" in de
    # neighbour: a thanks that does not name the thesis keeps it in the yes
    mia = sample_draft("Hi Camille, I'm writing my bachelor thesis about influencer marketing in France. Could I interview you "
                       "for 20 minutes by phone? Thanks, Mia", name="Mia Stone")
    assert "Happy to be interviewed for your thesis" in mia


def test_speaker_is_thanked_on_the_topic() -> None:
    # 207 fr_en note-35: "thinking of me as a speaker about SEO in non-English markets"
    en = sample_draft("Hello Camille, I'm on the programme committee of BrightonSEO and we'd love you to speak at our April "
                      "edition about SEO in non-English markets. Would that be of interest?",
                      headline="Programme Manager - BrightonSEO", name="Oliver Bennett")
    assert "a speaker about" not in en and "as a speaker on SEO in non-English markets" in en


def test_student_project_is_thanked_as_their_project() -> None:
    # 207 fr_en note-40: "Thanks for reaching out about freelance marketing consultants!"
    en = sample_draft("Hi Camille! I'm a communication student at Leeds doing a project on freelance marketing consultants. "
                      "Could I send you 3 short questions by message? 😊",
                      headline="Student - BA Communication, University of Leeds", name="Hannah Lewis")
    assert "about your project on freelance marketing consultants" in en
    en2 = sample_draft("Hi Camille, I'm a marketing student in Bristol working on an assignment about SEO agencies in France. "
                       "Could I send you a few questions here?", name="Tom Reed")
    assert "about an assignment about" not in en2 and "about your assignment on SEO agencies" in en2


def test_how_are_you_after_a_shared_workshop_is_answered() -> None:
    # 207 fr_en note-33: "we were in the same google ads workshop in paris lol, how r u doing?" left unanswered
    en = sample_draft("hey camille we were in the same google ads workshop in paris lol, how r u doing? lets keep in touch",
                      headline="Freelance PPC specialist", name="Chloe Adams")
    assert "I'm doing well, thanks!" in en
    en2 = sample_draft("hi camille, we sat next to each other at the content marketing meetup in Lyon, how are u? "
                       "let's stay connected", name="Ben Turner")
    assert "I'm doing well, thanks!" in en2
    es = sample_draft("hola camille, coincidimos en el taller de SEO en Madrid, qué tal? seguimos en contacto", name="Lucía Ruiz")
    assert "Muy bien, gracias" in es


def test_certification_answer_reads_as_one_sentence() -> None:
    # 207 fr_en note-34: "as a complement; which one depends …: … HubSpot Academy's free one for SEO"
    en = sample_draft("Hi Camille, I'm switching careers from teaching into digital marketing. Which certification would you "
                      "recommend to start with - Google, HubSpot or something else? Thanks so much!", name="Laura Wilson")
    assert "free one" not in en and "complement;" not in en and "HubSpot Academy (also free) for SEO" in en


def test_internship_with_advice_asked_gets_the_tip() -> None:
    # 207 fr_en note-25: "Would you consider me for an internship or could you advise me on how to find one?" got only the no
    en = sample_draft("Dear Ms. Laurent,\nI am a final-year student in Digital Marketing at Dublin Business School and I am "
                      "looking for a 6-month internship in France starting in April. Would you consider me for an internship "
                      "or could you advise me on how to find one?\nKind regards,\nAoife Byrne",
                      headline="Student - BA Digital Marketing, DBS", name="Aoife Byrne")
    assert "don't take interns" in en and "Welcome to the Jungle" in en
    fr = sample_draft("Bonjour Madame Laurent, je suis étudiante en master marketing à Bruxelles et je cherche un stage de 6 "
                      "mois en France. Accepteriez-vous une stagiaire, ou pourriez-vous me conseiller pour en trouver un ? "
                      "Cordialement, Julie Lambert", name="Julie Lambert")
    assert "Je ne prends pas de stagiaires" in fr and "Welcome to the Jungle" in fr
    # neighbour: an internship asked with no advice asked keeps the CV offer
    plain = sample_draft("Dear Ms Laurent, I am a marketing student in Dublin. Would you consider me for a 6-month internship "
                         "from April? Kind regards, Sean Walsh", name="Sean Walsh")
    assert "send me your CV" in plain
