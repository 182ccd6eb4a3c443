"""Wave 124, group C: students and apprentices get their career question answered, never re-asked where they stand: SEO or
social media weighed, applying to agencies in France gets the France tip, an apprentice asking which training is no job seeker."""

from __future__ import annotations

from drafting import sample_draft


def test_seo_or_social_media_specialism_weighs_both_in_every_language() -> None:
    # 121 de_nl note-30: "twijfel of ik me moet specialiseren in SEO of in social media": answered with SEO courses only
    nl = sample_draft("hey camille, ik zit in het eerste jaar van de opleiding Commerciële Economie en twijfel of ik me moet "
                      "specialiseren in SEO of in social media. wat zou jij doen? alvast bedankt!! Noa",
                      headline="Student Commerciële Economie", name="Noa Peters")
    assert "social media en ads bij wie van content" in nl and "SEO-starterhandleiding" not in nl
    en = sample_draft("Hi Camille, I'm a marketing student and can't decide: should I specialise in SEO or social media? "
                      "What would you do? Thanks, Amy", name="Amy Clarke")
    assert "social media and paid ads, those who like creating" in en
    fr = sample_draft("Bonjour Camille, je suis étudiante en BUT MMI et j'hésite entre me spécialiser en SEO ou en réseaux "
                      "sociaux. Vous feriez quoi à ma place ? Merci, Inès", name="Inès Moreau")
    assert "Les réseaux sociaux et les ads, à ceux qui aiment créer" in fr
    es = sample_draft("Hola Camille, soy estudiante de marketing y dudo entre especializarme en SEO o en redes sociales. "
                      "¿Qué harías tú? Gracias, Marta", name="Marta Ruiz")
    assert "las redes sociales y los anuncios, con quien prefiere crear" in es
    it = sample_draft("Ciao Camille, sono studentessa di marketing e non so se specializzarmi in SEO o nei social media. "
                      "Tu cosa faresti? Grazie, Sara", name="Sara Conti")
    assert "social e ads per chi ama creare" in it
    de = sample_draft("Hallo Camille, ich studiere Marketing und überlege, ob ich mich auf SEO oder Social Media "
                      "spezialisieren soll. Was würdest du machen? LG Lea", name="Lea Braun")
    assert "Social Media und Ads denen, die gern gestalten" in de
    br = sample_draft("Olá Camille, sou estudante de marketing e estou em dúvida se me especializo em SEO ou em redes "
                      "sociais. O que você faria? Obrigada, Júlia", name="Júlia Lima")
    assert "redes sociais e anúncios, com quem gosta de criar" in br
    pt = sample_draft("Olá Camille, sou estudante de marketing em Lisboa e estou indecisa entre especializar-me em SEO ou "
                      "em redes sociais. O que faria no meu lugar? Obrigada, Inês", name="Inês Costa")
    assert "as redes sociais e os anúncios, para quem gosta de criar" in pt


def test_applying_to_agencies_in_france_gets_the_france_tip_not_agency_or_in_house() -> None:
    # 123 de_nl note-3: "Tipps, wie ich mich bei Agenturen in Frankreich bewerben sollte?" answered with agency vs in-house
    de = sample_draft("Hi Camille! Ich studiere Kommunikationswissenschaft in Mainz und suche ab März ein Praktikum im Bereich "
                      "Social Ads. Hättest du vielleicht Tipps, wie ich mich bei Agenturen in Frankreich bewerben sollte? LG Lena",
                      headline="Studentin Kommunikationswissenschaft, JGU Mainz", name="Lena Hoffmann")
    assert "Beides bildet gut aus" not in de and "Ein Tipp für Frankreich" in de and "convention de stage" in de
    en = sample_draft("Hi Camille, I'm a marketing student in Dublin looking for a 6-month internship. Any tips on how to "
                      "apply to agencies in France? Thanks, Aoife", name="Aoife Byrne")
    assert "Both teach well" not in en and "A concrete tip for France" in en
    it = sample_draft("Ciao Camille, studio marketing a Milano e cerco un tirocinio in un'agenzia in Francia. Hai qualche "
                      "consiglio su come candidarmi? Grazie, Giulia", name="Giulia Rossi")
    assert "Un consiglio per la Francia" in it
    nl = sample_draft("Hoi Camille, ik studeer communicatie in Utrecht en zoek een stage bij een bureau in Frankrijk. Heb je "
                      "tips om te solliciteren? Groet, Sanne", name="Sanne de Vries")
    assert "Een concrete tip voor Frankrijk" in nl
    br = sample_draft("Olá Camille, sou estudante de marketing em São Paulo e procuro um estágio numa agência na França. "
                      "Você tem dicas de como me candidatar? Obrigada, Ana", name="Ana Souza")
    assert "Uma dica concreta para a França" in br


def test_agency_tips_without_france_still_weigh_agency_and_in_house() -> None:
    en = sample_draft("Hi Camille, I just graduated and I'm applying to agencies. Any tips on what to look for? Thanks, Ben",
                      name="Ben Carter")
    assert "Both teach well" in en


def test_apprentice_asking_which_training_is_no_job_seeker() -> None:
    # 123 de_nl note-15: "ich bin Azubi im Marketing (2. Lehrjahr) … Welche Weiterbildung für Social Ads?": CV asked, "Viel Erfolg bei der Suche"
    de = sample_draft("Hey Camille, ich bin Azubi im Marketing (2. Lehrjahr) und finde deine Posts echt inspirierend. Welche "
                      "Weiterbildung würdest du für Social Ads empfehlen? Lieber Google Zertifikate oder was anderes? Danke!! Nico",
                      headline="Auszubildender Kaufmann für Marketingkommunikation", name="Nico Vogel")
    assert "Lebenslauf" not in de and "Viel Erfolg bei der Suche" not in de
    assert "mit dem Kurs oder der Zertifizierung für den Kanal" in de and "Meta Blueprint" in de
    de2 = sample_draft("Hallo Camille, ich bin Werkstudentin im Online-Marketing bei einem Startup. Welchen Kurs würdest du für "
                       "Meta Ads empfehlen? LG Jana", name="Jana Berg")
    assert "Lebenslauf" not in de2 and "Viel Erfolg bei der Suche" not in de2 and "Meta Blueprint" in de2


def test_intern_seeking_a_job_still_gets_the_job_seekers_reply() -> None:
    de = sample_draft("Hallo Camille, ich bin Praktikantin im Marketing und suche ab Juni eine Stelle. Hast du Tipps? LG Sara",
                      name="Sara Klein")
    assert "Lebenslauf" in de and "Viel Erfolg bei der Suche" in de


def test_advice_for_someone_starting_gets_one_concrete_first_step() -> None:
    # 121 es_pt_it note-48: "Che consigli daresti a chi inizia?" from a student: "raccontami a che punto sei" re-asked
    it = sample_draft("Ciao! Sono una studentessa di Scienze della Comunicazione a Bologna, mi piacerebbe lavorare nel digital "
                      "marketing. Che consigli daresti a chi inizia? Grazie mille", name="Martina Colombo")
    assert "a che punto sei" not in it and "Il mio consiglio per iniziare è imparare sul campo" in it
    es = sample_draft("Hola Camille, soy estudiante de publicidad y me gustaría trabajar en marketing digital. ¿Qué consejos "
                      "darías a alguien que empieza? Gracias, Paula", name="Paula Ortiz")
    assert "Mi consejo para empezar es aprender haciendo" in es
    br = sample_draft("Olá Camille, sou estudante de publicidade e quero trabalhar com marketing digital. Que dicas você daria "
                      "para quem está começando? Obrigada, Bia", name="Beatriz Alves")
    assert "Minha dica para começar" in br


def test_shop_owner_starting_out_gets_no_learners_tip() -> None:
    it = sample_draft("Ciao Camille, ho un negozio di ceramiche a Firenze e inizia ora il mio sito. Che consigli daresti?",
                      name="Anna Neri")
    assert "Il mio consiglio per iniziare è imparare sul campo" not in it
