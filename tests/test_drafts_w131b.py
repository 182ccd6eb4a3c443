"""Wave 131, group B: something of hers asked for (her checklist used in a course, the workshop's slides or recording,
the name of the tool she mentioned, the keyword tool she recommended) gets that, never a business-and-budget question,
a collaboration call, the stock list of free tools or an advanced session."""

from __future__ import annotations

from drafting import sample_draft


def test_checklist_used_in_a_course_gets_a_yes_with_the_credit_in_german_and_dutch() -> None:
    # 137 de_nl note-17: "würde gern deine Checkliste … im Kurs verwenden … Wäre das ok für dich?" asked about business and budget
    de = sample_draft("Hi Camille! Ich unterrichte Online-Marketing an der IU und würde gern deine Checkliste zur Content-Planung "
                      "(aus deinem LinkedIn-Post) im Kurs verwenden, natürlich mit Quellenangabe. Wäre das ok für dich? VG Sarah",
                      headline="Dozentin Online-Marketing, IU Internationale Hochschule", name="Sarah Weber")
    assert "Budget" not in de and "Nenn einfach die Quelle (meinen Namen und den Link zum Original)" in de
    # 137 de_nl note-39: "wil graag jouw checklist … gebruiken in mijn lessen … Is dat goed?"
    nl = sample_draft("Hoi Camille, ik geef les in digitale marketing aan de Fontys en wil graag jouw checklist voor contentplanning "
                      "(uit je LinkedIn-post) gebruiken in mijn lessen, met bronvermelding natuurlijk. Is dat goed?",
                      headline="Docent Digitale Marketing, Fontys", name="Marieke de Vries")
    assert "budget" not in nl and "Ik vraag je alleen de bron te vermelden" in nl
    sie = sample_draft("Sehr geehrte Frau Laurent, ich unterrichte an der HdM und würde gerne Ihre Checkliste zur Content-Planung im "
                       "Seminar verwenden, selbstverständlich mit Quellenangabe. Wäre das für Sie in Ordnung?",
                       headline="Professor, HdM", name="Klaus Meier")
    assert "Ich bitte Sie nur, die Quelle zu nennen" in sie and "telefonieren" not in sie


def test_checklist_used_in_a_course_gets_a_yes_in_the_romance_languages_and_english() -> None:
    # 137 de_nl note-17 / note-39, the same ask in fr, en, es, pt, pt-BR and it
    fr = sample_draft("Bonjour Camille, j'enseigne le marketing digital à l'IUT de Lyon et j'aimerais utiliser votre checklist de "
                      "planification de contenu (de votre post LinkedIn) dans mon cours, en citant la source bien sûr. Est-ce que ce "
                      "serait possible ?", headline="Enseignante, IUT Lyon", name="Claire Morel")
    assert "Je vous demande simplement de citer la source" in fr and "formation la plus proche" not in fr
    en = sample_draft("Hi Camille, I teach digital marketing at a college in Leeds and would love to use your content-planning "
                      "checklist (from your LinkedIn post) in my course, with credit of course. Would that be ok?",
                      headline="Lecturer, Leeds Beckett", name="Anna Price")
    assert "credit the source (my name and a link to the original)" in en and "budget" not in en
    es = sample_draft("Hola Camille, doy clases de marketing digital en una universidad de Sevilla y me gustaría usar tu checklist "
                      "de planificación de contenidos (de tu post en LinkedIn) en mis clases, citando la fuente, claro. ¿Te parece bien?",
                      headline="Profesora, Universidad de Sevilla", name="Lucía Romero")
    assert "Solo te pido que cites la fuente" in es and "presupuesto" not in es
    pt = sample_draft("Olá Camille, dou aulas de marketing digital no Porto e gostaria de usar a tua checklist de planeamento de "
                      "conteúdos (do teu post no LinkedIn) nas minhas aulas, com a devida referência. Pode ser?",
                      headline="Professora, ISCAP", name="Inês Sousa")
    assert "Só te peço que cites a fonte" in pt and "orçamento" not in pt
    br = sample_draft("Olá Camille! Dou aula de marketing digital em São Paulo e queria usar o seu checklist de planejamento de "
                      "conteúdo nas minhas aulas, com os créditos, claro. Tudo bem?", headline="Professora, FGV", name="Ana Lima")
    assert "cite a fonte" in br and "Tudo ótimo" not in br and "20 minutos" not in br
    it = sample_draft("Ciao Camille, insegno marketing digitale allo IED di Milano e vorrei usare la tua checklist per la "
                      "pianificazione dei contenuti (dal tuo post su LinkedIn) nel mio corso, citando la fonte ovviamente. Ti va bene?",
                      headline="Docente, IED", name="Giulia Rossi")
    assert "Ti chiedo solo di citare la fonte" in it and "scelta del corso" not in it


def test_workshop_slides_asked_by_a_formal_german_sender_get_the_slides_not_a_call() -> None:
    # 137 de_nl note-18: "IHK Lyon-Stuttgart Partnerschaft" (an event's name) read as a collaboration, a call offered
    de = sample_draft("Hallo Frau Laurent, Ihr Workshop zu Google Ads bei der IHK Lyon-Stuttgart Partnerschaft war sehr hilfreich. "
                      "Gibt es eine Aufzeichnung oder die Folien? Danke! Peter Schmitt",
                      headline="Inhaber, Schmitt Fahrradhandel", name="Peter Schmitt")
    assert "Ich schicke Ihnen die Folien hier per Nachricht" in de
    assert "Telefonat" not in de and "Zusammenarbeit" not in de


def test_the_name_of_the_tool_she_mentioned_is_sent_here() -> None:
    # 137 es_pt_it note-41: "Ficaste de me enviar o nome daquela ferramenta de SEO" answered with a call
    pt = sample_draft("Olá Camille! Conhecemo-nos no jantar de networking da French Tech em Lisboa. Ficaste de me enviar o nome "
                      "daquela ferramenta de SEO que usas, lembras-te? 🙂 Duarte", name="Duarte Silva")
    assert "envio-te o nome da ferramenta por aqui" in pt and "chamada" not in pt
    # 135 fr_en note-33: "you mentioned a tool for keyword clustering, what was it called again?" got the free tools list
    en = sample_draft("hi camille, we were both at the content marketing meetup in lyon last thursday (the one at la cordée). you "
                      "mentioned a tool for keyword clustering, what was it called again?", name="James Carter")
    assert "I'll send you the name of the tool here" in en and "Screaming Frog" not in en and "where you're at" not in en
    fr = sample_draft("Bonjour Camille, on s'est croisées au meetup marketing de contenu à Lyon jeudi dernier. Tu avais parlé d'un "
                      "outil de clustering de mots-clés, c'était quoi son nom déjà ?", name="Julie Martin")
    assert "je t'envoie le nom de l'outil ici" in fr and "Screaming Frog" not in fr
    de = sample_draft("Hallo Camille, wir haben uns letzte Woche beim Content-Marketing-Meetup in Lyon getroffen. Du hattest ein "
                      "Tool für Keyword-Clustering erwähnt, wie hieß das nochmal?", name="Jonas Keller")
    assert "Ich schicke dir den Namen des Tools hier per Nachricht" in de and "Screaming Frog" not in de


def test_the_keyword_tool_she_recommended_after_a_training_gets_the_tools() -> None:
    # 136 fr_en note-41: "Quick follow-up question: which tool did you recommend" read as an advanced session asked for
    en = sample_draft("Hi Camille, I attended your digital marketing training at EM Lyon last month. Quick follow-up question: which "
                      "tool did you recommend for keyword research again? I forgot to note it down 🙈",
                      headline="MBA candidate, emlyon business school", name="Sophie Turner")
    assert "advanced session" not in en and "Google Keyword Planner" in en and "Semrush" in en


def test_neighbours_that_must_not_change() -> None:
    # 136 fr_en note-41 neighbour: an advanced course asked for after hers still gets the follow-up offer
    en = sample_draft("Hi Camille, I took your SEO training last spring. Is there an advanced follow-up course?", name="Tom Reed")
    assert "There's no advanced session scheduled at the moment" in en
    # 135 fr_en note-33 neighbour: which keyword tool she uses still gets the tools
    tools = sample_draft("Hi Camille, loved your post. Which tool do you use for keyword research?", name="Ben Hall")
    assert "Google Keyword Planner" in tools and "name of the tool" not in tools
    # 137 de_nl note-18 neighbour: the English slides ask keeps its answer
    slides = sample_draft("Hi Camille, your Google Ads workshop at the Lyon chamber of commerce was really helpful. Is there a "
                          "recording or could you share the slides? Thanks! Mark", headline="Owner, Bike Shop", name="Mark Evans")
    assert "I'll send you the slides here" in slides
