"""Invitations read as the wrong kind (wave 95, group R): a coming event she is asked to speak at, a guest article,
guest teaching, an interview asked for."""

from drafting import sample_draft


def test_speaking_at_their_coming_event_is_no_meeting_recalled():
    text = sample_draft("Hi Camille, I'm organising a panel on AI and SEO at Digital Marketing World Forum London in June. "
                        "Would you be open to speaking? Happy to share details.\nCheers, Hannah", headline="Event Producer, DMWF",
                        name="Hannah Wright")
    assert "happy to" in text and "details" in text
    assert "great chatting" not in text and "since?" not in text


def test_speaking_at_their_event_in_other_languages():
    pt = sample_draft("Olá Camille, estou a organizar um painel sobre SEO e IA na conferência Web Lisboa em maio. Teria interesse em falar?",
                      name="Ana Ruiz")
    assert "painel" in pt and "agenda" in pt and "conversa que começámos" not in pt
    de = sample_draft("Hallo Camille, wir organisieren im Herbst eine Konferenz zu E-Commerce in Berlin. Hättest du Lust zu sprechen?",
                      name="Ana Ruiz")
    assert "Vortrag" in de and "klingt interessant" not in de
    it = sample_draft("Ciao Camille, sto organizzando un evento sul social commerce a Milano a settembre. Ti andrebbe di intervenire?",
                      name="Ana Ruiz")
    assert "intervento" in it and "la proposta mi interessa" not in it
    en = sample_draft("Hi Camille, we're organising a conference on content marketing in Dublin this autumn. Would you be up for speaking?",
                      name="Ana Ruiz")
    assert "talk on content marketing" in en and "sounds interesting" not in en


def test_guest_article_is_written_not_a_show():
    text = sample_draft("Hi Camille, we'd like to invite you to write a guest article for our blog (50k readers/month) on social ads "
                        "trends for 2025. Interested?", headline="Editor-in-Chief, SmallBiz Hub", name="Natalie Brooks")
    assert "guest article" in text and "deadline" in text and "length" in text
    assert "show" not in text and "dates" not in text


def test_guest_article_in_other_languages():
    fr = sample_draft("Bonjour Camille, nous serions ravis que vous écriviez un article invité pour notre blog sur le SEO local. "
                      "Seriez-vous partante ?", name="Ana Ruiz")
    assert "article invité" in fr and "longueur" in fr and "émission" not in fr
    it = sample_draft("Ciao Camille, vorremmo invitarti a scrivere un articolo ospite per il nostro blog sulla SEO per e-commerce. Ti andrebbe?",
                      name="Ana Ruiz")
    assert "articolo ospite" in it and "scadenza" in it and "programma" not in it
    de = sample_draft("Hallo Camille, wir würden dich gern einladen, einen Gastbeitrag für unseren Blog über Social Ads zu schreiben. "
                      "Hast du Lust?", name="Ana Ruiz")
    assert "Gastbeitrag" in de and "Länge" in de and "Format" not in de
    nl = sample_draft("Hoi Camille, we willen je graag uitnodigen om een gastblog te schrijven voor onze blog over SEO. Interesse?",
                      name="Ana Ruiz")
    assert "gastartikel" in nl and "lengte" in nl and "programma" not in nl


def test_interview_asked_never_promises_a_day_and_offers_call_or_questions():
    pt = sample_draft("Olá Camille, sou jornalista do Jornal de Negócios e estou a preparar um artigo sobre marketing digital para PME. "
                      "Teria disponibilidade para uma breve entrevista esta semana?", headline="Jornalista", name="Sofia Martins")
    assert "chamada curta esta semana ou " in pt and "por escrito" in pt
    assert "perfeitamente possível" not in pt and "respondo-lhe a tempo" not in pt
    en = sample_draft("Hi Camille, I'm a journalist at Marketing Week writing a piece on SEO for small businesses. Would you be available "
                      "for a short interview this week?", name="Ana Ruiz")
    assert "short call this week or " in en and "in writing" in en and "I can answer this week" not in en
    es = sample_draft("Hola Camille, soy periodista de Expansión y preparo un artículo sobre marketing digital para pymes. ¿Tendrías "
                      "disponibilidad para una breve entrevista esta semana?", name="Ana Ruiz")
    assert "llamada breve esta semana o " in es and "puedo sin problema" not in es
    de = sample_draft("Hallo Camille, ich bin Journalistin beim Handelsblatt und schreibe einen Artikel über digitales Marketing für KMU. "
                      "Hätten Sie diese Woche Zeit für ein kurzes Interview?", name="Ana Ruiz")
    assert "kurzes Telefonat diese Woche" in de and "kein Problem" not in de
    nl = sample_draft("Hoi Camille, ik ben journalist bij De Tijd en schrijf een artikel over digitale marketing voor kmo's. Heb je deze "
                      "week tijd voor een kort interview?", name="Ana Ruiz")
    assert "kort telefoongesprek deze week" in nl and "kan prima" not in nl
