"""Wave 132, group E: no invented facts nor stock phrases that misname the note — a talk attended is thanked as such,
never "our conversation"; a call wished for is no talk had; a job search is no "collaboration offer" and its question
about agencies hiring is answered; a place name is never cut; a shop is wished well once; a topic is said once."""

from __future__ import annotations

from drafting import sample_draft


def test_her_talk_attended_where_they_met_is_thanked_never_our_conversation() -> None:
    # 139 es_pt_it note-23: "depois da nossa conversa no RD Summit" for a sender who attended her talk
    br = sample_draft("Oi Camille, tudo bem? Te conheci no RD Summit em Florianópolis, na palestra sobre SEO pra e-commerce. "
                      "Adorei! Vamos manter contato 😊\nAbs, Juliana", "Analista de Marketing na Natura", "Juliana Souza")
    assert "nossa conversa" not in br
    assert "por ter assistido à minha palestra no RD Summit em Florianópolis! Que bom que você gostou" in br
    # 139 es_pt_it note-45: "dopo la nostra chiacchierata" for a sender who attended her session and praised it
    it = sample_draft("Ciao Camille! Ci siamo conosciute al Web Marketing Festival di Rimini, alla tua sessione sulla SEO "
                      "locale. Mi ha dato un sacco di spunti, restiamo in contatto 😊\nGiulia",
                      "Marketing Specialist presso Barilla", "Giulia Rossi")
    assert "chiacchierata" not in it
    assert "per aver seguito il mio intervento al Web Marketing Festival di Rimini, e grazie per le belle parole" in it


def test_a_real_chat_at_an_event_is_still_a_chat() -> None:
    # 139 es_pt_it note-23, must-not-change neighbour: a conversation had stays "great chatting"
    en = sample_draft("Hi Camille, great chatting with you at BrightonSEO yesterday! Let's stay in touch.", name="Emma Stone")
    assert "great chatting at BrightonSEO yesterday" in en


def test_a_call_wished_for_is_no_talk_had() -> None:
    # 139 es_pt_it note-12: "¡Gracias por conectar y por la charla en SEO!" to a cold note ending "Me gustaría hablar contigo"
    es = sample_draft("Camille, soy directora de marketing en una cadena de hoteles en Barcelona y estamos buscando apoyo "
                      "externo en SEO internacional (FR/ES). Me gustaría hablar contigo.",
                      "Directora de Marketing en Hoteles Mediterrània", "Núria Puig")
    assert "charla" not in es and "¡Gracias por conectar y por tu mensaje!" in es
    assert "te ayudo con tu SEO internacional" in es


def test_a_job_search_asking_for_agencies_hiring_is_no_collaboration_offer() -> None:
    # 138 es_pt_it note-11: "por tu propuesta de colaboración", the move to Lyon and the agencies hiring ignored
    es = sample_draft("Hola Camille, soy community manager con 3 años de experiencia y estoy buscando nuevo proyecto en Lyon "
                      "(me mudo en enero). Si necesitas apoyo en redes sociales o conoces alguna agencia que contrate, me "
                      "encantaria hablar.", "Community Manager | Social Media", "Irene Martín")
    assert "colaboración" not in es
    assert "mudanza a Lyon" in es and "si me entero de alguna agencia que busque perfiles como el tuyo, te aviso" in es
    # 138 es_pt_it note-55: "per la tua proposta di collaborazione" and the agencies question ignored
    it = sample_draft("Ciao Camille, sono social media manager con 3 anni di esperienza e a gennaio mi trasferisco a Lione. "
                      "Se ti serve supporto sui social o conosci agenzie che assumono, mi farebbe molto piacere parlarne!",
                      "Social Media Manager", "Elena Conti")
    assert "collaborazione" not in it and "per il tuo messaggio" in it
    assert "se vengo a sapere di un'agenzia che cerca profili come il tuo" in it
    fr = sample_draft("Bonjour Camille, je suis community manager avec 3 ans d'expérience et je m'installe à Lyon en janvier. "
                      "Si vous avez besoin de renfort sur les réseaux sociaux ou connaissez une agence qui recrute, "
                      "j'aimerais échanger.", "Community manager", "Sophie Blanc")
    assert "collaboration" not in fr and "d'une agence qui recrute un profil comme le vôtre" in fr
    de = sample_draft("Hallo Camille, ich bin Social Media Managerin mit 3 Jahren Erfahrung und ziehe im Januar nach Lyon. "
                      "Wenn du Unterstützung brauchst oder Agenturen kennst, die einstellen, würde ich mich über ein Gespräch "
                      "freuen.", "Social Media Managerin", "Lena Fischer")
    assert "Zusammenarbeit" not in de and "von einer Agentur höre, die jemanden wie dich sucht" in de


def test_a_freelancer_offering_her_services_keeps_the_collaboration_thanks() -> None:
    # 138 es_pt_it note-11, must-not-change neighbour: no agencies asked, the offer of support is still thanked as such
    es = sample_draft("Hola Camille, soy community manager freelance con 3 años de experiencia. Si necesitas apoyo en redes "
                      "sociales para tus clientes, me encantaría colaborar.", "Community Manager freelance", "Irene Martín")
    assert "agencia que busque" not in es


def test_a_long_place_name_is_never_cut() -> None:
    # 139 de_nl note-39: "Kamer van Koophandel in Den in contact"
    nl = sample_draft("Hallo Camille,\n\nWe zaten samen aan tafel bij de netwerklunch van de Franse Kamer van Koophandel in "
                      "Den Haag.\nZoals beloofd hierbij mijn connectieverzoek!\n\nHartelijke groet,\nMarieke de Boer\nFounder | "
                      "Bloemenwebshop Tulpje.nl", name="Marieke de Boer")
    assert "Kamer van Koophandel in Den Haag" in nl and "in Den in" not in nl


def test_the_shop_is_wished_well_once() -> None:
    # 138 es_pt_it note-36: "Boa sorte com sua loja de roupa infantil. Muito sucesso com sua lojinha de roupa infantil!"
    br = sample_draft("oii camille!! vi seu post sobre reels e amei kkk tenho uma lojinha de roupa infantil e to comecando "
                      "agora no digital, te adicionei 😊", "Empreendedora | Lojinha Pequenos Passos", "Bianca Alves")
    assert "Boa sorte com sua loja" not in br and "Muito sucesso com sua lojinha de roupa infantil! Me conta como vai." in br
    # a neighbour that must not change: one wish only, kept
    en = sample_draft("Hi Camille, saw your post about reels and loved it! I have a small kids' clothing shop and I'm just "
                      "starting out online.", "Shop owner", "Lucy Hall")
    assert en.count("Good luck with your kids' clothing shop!") == 1


def test_the_topic_of_her_post_is_said_once() -> None:
    # 139 es_pt_it note-14: "por leer mi publicación sobre IA y SEO … Con gusto hablamos 20 minutos sobre IA y SEO"
    es = sample_draft("Hola Camille, vi tu post sobre IA y SEO, muy buen análisis. Trabajo en algo parecido desde México, me "
                      "encantaría intercambiar ideas.\nSaludos desde CDMX 🇲🇽", "SEO Strategist | Agencia Nodo", "Valeria Reyes")
    assert es.count("sobre IA y SEO") == 1 and "Con gusto hablamos 20 minutos: ¿qué horarios te vienen bien" in es
    br = sample_draft("Oi Camille, vi seu post sobre IA e SEO, ótima análise. Trabalho com algo parecido em São Paulo, adoraria "
                      "trocar ideias.", "SEO", "Pedro Santos")
    assert br.count("sobre IA e SEO") == 1 and "Vai ser um prazer!" in br and br.count("conversar") <= 1
