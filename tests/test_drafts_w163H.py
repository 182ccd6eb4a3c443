"""Wave 163, group H: details in German, Dutch, Portuguese and Italian replies. A success already reported with the tips
("mit Erfolg", "avec succès") is met with joy, never "keep me posted on what they bring"; a question asked from a webinar's
audience is recalled as their question "im Webinar", never "unser Gespräch"; a quick-question announcement ("Domanda
veloce!") is never echoed as part of her post's topic; "consultoria pra Brasil?" is answered with where her clients are and her remote work."""
from __future__ import annotations

from drafting import sample_draft


def test_success_already_reported_is_met_with_joy() -> None:
    # 206 de_nl note-2: "habe Ihre Tipps zu Meta Ads … umgesetzt – mit Erfolg" got "Halten Sie mich … auf dem Laufenden"
    de = sample_draft("Sehr geehrte Frau Laurent, ich lese seit einigen Monaten Ihren Newsletter und habe Ihre Tipps zu Meta Ads "
                      "in meinem Onlineshop umgesetzt – mit Erfolg. Ich würde mich freuen, mich mit Ihnen zu vernetzen. Mit "
                      "freundlichen Grüßen, Sabine Hoffmann", headline="Inhaberin, Hoffmann Keramik (Onlineshop)", name="Sabine Hoffmann")
    assert "Laufenden" not in de and "Tipps zu Meta Ads wirklich geholfen" in de
    fr = sample_draft("Bonjour Camille, je lis votre newsletter depuis un an et j’ai appliqué vos conseils sur les reels avec "
                      "succès. Au plaisir d’échanger, Julie Martin", name="Julie Martin")
    assert "au courant" not in fr and "les conseils sur les reels fonctionnent" in fr
    nl = sample_draft("Hoi Camille, ik lees al maanden je nieuwsbrief en heb je tips over Pinterest in onze webshop toegepast, "
                      "met succes! Groet, Anouk", name="Anouk de Vries")
    assert "oplevert" not in nl and "tips over Pinterest echt werken" in nl
    # neighbour: tips applied with no result told keep "keep me posted"
    keep = sample_draft("Sehr geehrte Frau Laurent, ich lese Ihren Newsletter und habe Ihre Tipps zu Google Ads in unserem Shop "
                        "umgesetzt. Gerne vernetze ich mich.", name="Petra Wolf")
    assert "auf dem Laufenden" in keep


def test_question_from_a_webinar_audience_is_no_conversation() -> None:
    # 206 de_nl note-16: "ich hatte die Frage zu Core Web Vitals gestellt" got "unser Gespräch auf dem Webinar"
    de = sample_draft("Hallo Frau Laurent, wir haben uns auf dem Webinar von HubSpot \"SEO 2025\" virtuell kennengelernt, ich "
                      "hatte die Frage zu Core Web Vitals gestellt. Gerne würde ich mich vernetzen. Herzliche Grüße, Stefan Meier",
                      headline="SEO Consultant (freiberuflich)", name="Stefan Meier")
    assert "Gespräch" not in de and "nach Ihrer Frage zu Core Web Vitals im Webinar von HubSpot" in de
    en = sample_draft("Hi Camille, we met virtually at the Semrush webinar on local SEO last week, I was the one who asked "
                      "about schema markup. Would love to connect!", name="Dan Hill")
    assert "chatting" not in en and "conversation" not in en and "your question about schema markup" in en
    # neighbour: a real conversation after a webinar keeps "unser Gespräch", in the webinar's idiom
    keep = sample_draft("Hallo Frau Laurent, wir haben uns auf dem Webinar von Sistrix kennengelernt und danach kurz gesprochen. "
                        "Gerne würde ich mich vernetzen.", name="Jonas Berg")
    assert "unser Gespräch im Sistrix-Webinar" in keep


def test_quick_question_announcement_is_not_echoed() -> None:
    # 206 es_pt_it note-52: "ho letto il tuo post su Performance Max. Domanda veloce: …" got "… su Performance Max. Domanda veloce!"
    it = sample_draft("Ciao Camille, ho letto il tuo post su Performance Max. Domanda veloce: lo consiglieresti a un e-commerce "
                      "con meno di 100 prodotti?", headline="Digital Advertising Specialist", name="Sara Marino")
    assert "veloce" not in it and "il mio post su Performance Max!" in it
    en = sample_draft("Hi Camille, read your post on Performance Max. Quick question: would you recommend it for a store "
                      "with fewer than 100 products?", name="Sara Marino")
    assert "Quick question" not in en and "my post on Performance Max!" in en
    es = sample_draft("Hola Camille, leí tu post sobre Performance Max. Pregunta rápida: ¿lo recomendarías para una tienda "
                      "con menos de 100 productos?", name="Sara Marino")
    assert "rápida" not in es and "sobre Performance Max!" in es


def test_consulting_for_a_country_is_answered_with_her_remote_work() -> None:
    # 206 es_pt_it note-26: "Você faz consultoria pra Brasil?" got "Sim, é exatamente o que eu faço!"
    pt = sample_draft("Olá Camille, o Thiago Martins me indicou seu nome. Tenho uma loja virtual de acessórios e preciso de "
                      "ajuda com anúncios no Instagram. Você faz consultoria pra Brasil?", headline="Fundadora da Bella Acessórios",
                      name="Fernanda Lima")
    assert "exatamente o que eu faço" not in pt and "trabalho a distância" in pt and "no Brasil" in pt
    es = sample_draft("Hola Camille, Lucía Pérez me dio tu nombre. Tengo una tienda online y necesito ayuda con anuncios en "
                      "Instagram. ¿Haces consultoría para México?", name="Sofía Ramírez")
    assert "justo lo que hago" not in es and "trabajo a distancia" in es and "en México" in es


def test_seminar_with_students_is_an_invitation_to_speak() -> None:
    # 206 es_pt_it note-58: "vorrei invitarti a un seminario con i miei studenti" got a generic call template
    it = sample_draft("Ciao Camille, insegno marketing digitale alla Bocconi e vorrei invitarti a un seminario con i miei "
                      "studenti. Un caro saluto, Paolo", headline="Docente di Marketing Digitale | Università Bocconi", name="Paolo Bruno")
    assert "la proposta mi interessa" not in it and "seminario" in it and "francese o in inglese" in it
    es = sample_draft("Hola Camille, soy profesora de marketing en la Universidad de Valencia y me gustaría invitarte a un "
                      "seminario con mis alumnos. Un saludo, Marta", name="Marta Gil")
    assert "seminario" in es and "francés o en inglés" in es
    en = sample_draft("Hi Camille, I teach digital marketing at Leeds University and would like to invite you to a seminar "
                      "with my students. Best, Paul", name="Paul Grey")
    assert "seminar" in en and "20-minute call" not in en


def test_multi_day_course_in_english_is_confirmed_by_name() -> None:
    # 206 de_nl note-37: "een tweedaagse opleiding … (in het Engels)" got a bland "Ik geef graag een training."
    nl = sample_draft("Goedendag mevrouw Laurent, wij zijn een opleidingsinstituut in Leuven en zoeken een trainer voor een "
                      "tweedaagse opleiding digitale marketing (in het Engels) voor onze cursisten. Wat zijn uw tarieven? Met "
                      "vriendelijke groeten, Hilde Wouters", headline="Opleidingscoördinator | Syntra Vlaams-Brabant", name="Hilde Wouters")
    assert "een training van 2 dagen in het Engels" in nl
    de = sample_draft("Guten Tag Frau Laurent, wir sind eine Akademie in Köln und suchen eine Trainerin für eine zweitägige "
                      "Schulung zu Social Ads (auf Englisch). Was kostet das? Viele Grüße, Jana Keller", name="Jana Keller")
    assert "zweitägige Social-Ads-Schulung auf Englisch" in de
    # neighbour: a course with no language nor length stated keeps the plain training
    keep = sample_draft("Goedendag, wij zoeken een trainer voor een SEO-training voor ons team. Wat zijn uw tarieven?", name="Sanne Bos")
    assert "in het Engels" not in keep.split("\n")[3]
