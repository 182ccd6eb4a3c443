"""Drafts that must not misread what a note is about (review round 10): the right template and the right decision,
in all seven languages. Notes written for these tests."""
from __future__ import annotations

import pytest

from invitriage.drafts.writer import context_for, draft_for
from invitriage.settings import Settings

OWNER = Settings(owner_name="Camille Laurent", signature="Camille", language="fr",
                 offer=["SEO", "social ads", "content strategy", "digital marketing training"])


def _item(note: str, lang: str, intent: str, headline: str = "", name: str = "Alex Martin"):
    return {"name": name, "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply", "evidence": []}


def render(note: str, lang: str, intent: str, headline: str = ""):
    d = draft_for(_item(note, lang, intent, headline), OWNER)
    assert d is not None
    template, _, context = context_for(_item(note, lang, intent, headline), OWNER)
    return d.text, template, context


# -- a buyer asking about the owner's training offer is a client, never "your proposal interests me" ----------
TRAINING_OFFER = [
    ("fr", "Madame, responsable RH chez Gamma, j'aimerais connaître votre offre de formation pour nos managers.", ("formation",)),
    ("en", "Dear Ms Laurent, as marketing lead at Brightside I'd like to learn more about your training offer for our sales team.", ("training",)),
    ("de", "Sehr geehrte Frau Laurent, als Marketingleiter möchte ich gern Ihr Schulungsangebot für unser Vertriebsteam kennenlernen.", ("Schulung",)),
    ("es", "Estimada Sra. Laurent: dirijo el marketing de una cadena de gimnasios y me gustaría conocer su oferta de formación para mi equipo.", ("formacion", "formación")),
    ("it", "Gentile Dott.ssa Laurent, come responsabile marketing di un mobilificio vorrei conoscere la sua offerta di formazione per il nostro staff.", ("formazione",)),
    ("pt", "Cara Dra. Laurent, gostaria de conhecer a sua oferta de formação para a nossa equipa comercial.", ("forma",)),
    ("nl", "Geachte mevrouw Laurent, graag hoor ik meer over uw trainingsaanbod voor ons marketingteam.", ("training",)),
]


@pytest.mark.parametrize("lang, note, words", TRAINING_OFFER)
def test_a_question_about_the_training_offer_is_a_client(lang, note, words):
    for intent in ("business_proposal", "content", "ask_for_help"):
        text, template, context = render(note, lang, intent)
        assert template == "client" and context["service"] == "training", (lang, intent, template, text)
        assert any(w in text for w in words), text
        for wrong in ("proposta mi interessa", "propuesta me interesa", "proposal interests", "cover next"):
            assert wrong not in text


AUDIT_ASKED = [
    ("fr", "Salut Camille, je vends des cours de piano en ligne et mes ventes baissent. Tu fais des audits SEO ? C'est combien ?"),
    ("en", "Hi Camille, I sell online courses on watercolour and my sales dropped. Do you do SEO audits? Roughly how much?"),
    ("de", "Hallo Camille, ich verkaufe Online-Kurse für Gitarre. Machst du auch SEO-Audits? Was kostet das ungefähr?"),
    ("es", "Hola Camille, vendo cursos de cocina en línea y han bajado las visitas. ¿Haces auditorías SEO? ¿Qué precio tienen?"),
    ("it", "Ciao Camille, vendo corsi online di ceramica e le vendite calano. Fai anche audit SEO? Quanto costa più o meno?"),
    ("pt", "Oi Camille, vendo cursos online de crochê e as vendas caíram. Você faz auditorias de SEO? Quanto custa mais ou menos?"),
    ("nl", "Hoi Camille, ik verkoop online cursussen fotografie en mijn verkoop daalt. Doe je ook SEO-audits? Wat kost dat ongeveer?"),
]


@pytest.mark.parametrize("lang, note", AUDIT_ASKED)
def test_the_service_asked_wins_over_what_the_sender_sells(lang, note):
    text, template, context = render(note, lang, "sales_pitch")
    assert template == "client" and context["service"] == "audit", (template, context["service"], text)
    assert context["yes_q"], text  # "do you do SEO audits? how much?": a yes on the audit first, then the next step
    for wrong in ("formation", "training", "Schulung", "formaci", "formazion", "formaç", "trainingen"):
        assert wrong not in text, text


# -- a recruiter's role: the title read after "un/una", "eine/n"…; in her field it is never "not the right person";
# -- a role far from her field with "do you know anyone?" is a recruiter's, never a client's call ------------------
ROLE_IN_FIELD = [("fr","Bonjour Camille, chasseuse de têtes chez Talentis, je recrute un/une Responsable SEO pour une marque de cosmétiques à Lyon. Ça vous intéresse ?"),
("en","Hi Camille, I'm a recruiter at Northbridge and we're looking for a/an Head of Content for a fintech, fully remote. Would you be open to a chat?"),
("de","Guten Tag Frau Laurent, ich bin Recruiterin und suche für einen Kunden in Köln eine/n Head of Social Ads (Freelance, 4 Monate). Wäre das interessant für Sie?"),
("es","Hola Camille, soy recruiter en Talentia y estamos buscando un/a Head of SEO para un ecommerce en Madrid, en remoto. ¿Te interesaría?"),
("it","Ciao Camille, sono recruiter e stiamo cercando un/una Content Strategy Lead per una startup di Torino, da remoto. Ti andrebbe di parlarne?"),
("pt","Olá Camille, sou recrutadora na Talento+ e estamos procurando um(a) Head of SEO para um e-commerce em Lisboa, remoto. Teria interesse?"),
("nl","Hoi Camille, ik ben recruiter bij TalentNL en we zoeken een Head of Content voor een scale-up in Utrecht, hybride. Interesse?"),
]

ROLE_OFF_FIELD = [("fr","Bonjour Camille, je suis aux RH d'une entreprise de BTP et nous cherchons un chef de chantier expérimenté à Grenoble. Vous connaissez quelqu'un ?"),
("en","Hi Camille, I work in HR at a logistics firm and we're looking for an experienced forklift driver in Leeds. Do you know anyone?"),
("de","Hallo Camille, ich arbeite in der Personalabteilung eines Bauunternehmens und wir suchen einen erfahrenen Elektriker in Stuttgart. Kennst du jemanden?"),
("es","Hola Camille, trabajo en recursos humanos de una constructora y buscamos un fontanero con experiencia en Valencia. ¿Conoces a alguien?"),
("it","Ciao Camille, lavoro nelle risorse umane di un'officina e cerchiamo un meccanico esperto a Verona. Conosci qualcuno?"),
("pt","Olá Camille, trabalho nos recursos humanos de uma fábrica e procuramos um eletricista experiente no Porto. Conheces alguém?"),
("nl","Hoi Camille, ik werk bij HR van een bouwbedrijf en we zoeken een ervaren loodgieter in Gent. Ken je iemand?"),
]


@pytest.mark.parametrize("lang, note", ROLE_IN_FIELD)
def test_a_role_in_her_field_is_read_and_not_declined(lang, note):
    text, template, context = render(note, lang, "recruiting")
    assert template == "recruiting" and context["job_title"] and context["in_field"], (template, context["job_title"], text)
    assert not context["networking"], text
    for wrong in ("not the right", "pas la bonne", "non sono la persona", "passt daher nicht", "no encaja", "no soy la persona",
                  "não é para mim", "past niet", "Kunden"):
        assert wrong not in text, text


@pytest.mark.parametrize("lang, note", ROLE_OFF_FIELD)
def test_a_role_outside_her_field_asking_for_names_is_a_polite_no(lang, note):
    for intent in ("recruiting", "business_proposal", "ask_for_help"):
        text, template, context = render(note, lang, intent)
        assert template == "recruiting" and not context["in_field"] and not context["client"], (intent, template, text)
        assert "20" not in text, text  # no "first 20-minute call to understand your needs"


# -- a peer's offer to exchange ideas or experience: a yes and a call, never a job ad, a sales call or "what next?" ----
PEER_EXCHANGE = [("fr","Coucou Camille, je suis freelance en SEO à Nantes. Ça te dirait qu'on échange nos retours d'expérience sur les clients e-commerce ?"),
("en","Hey Camille, fellow freelancer here (paid social, Bristol). Fancy swapping notes on pricing retainers sometime?"),
("de","Hallo Camille, ich bin selbst Beraterin für Content-Marketing in Hamburg und würde mich gern mit dir über Erfahrungen austauschen."),
("es","Hola Camille, también soy consultora de marketing en Sevilla. ¿Te apetece intercambiar experiencias sobre clientes pequeños?"),
("it","Ciao Camille, sono anch'io consulente di social ads a Bologna: ti andrebbe di scambiare qualche idea su come gestite i clienti?"),
("pt","Oi Camille, também sou consultora de SEO em Curitiba. Bora trocar umas ideias sobre como você precifica seus projetos?"),
("nl","Hoi Camille, ik ben ook zelfstandig marketeer in Leiden. Lijkt het je leuk om eens van gedachten te wisselen over klantwerving?"),
]

READ_AND_EXCHANGE = [
    ("fr", "Bonjour Camille, je lis vos posts sur le SEO local depuis des mois. Directrice marketing d'une enseigne de jardinage, j'aimerais échanger nos idées."),
    ("en", "Hi Camille, loved your post on Reddit ads. I'm a growth lead in Dublin and would love to compare notes sometime."),
    ("de", "Guten Tag Frau Laurent, als Leiterin Marketing eines Möbelhauses lese ich Ihre Beiträge zu Content schon lange. Ich freue mich auf den Austausch."),
    ("es", "Hola Camille, sigo tus posts sobre email marketing desde hace tiempo. Soy directora de marketing en una bodega y me encantaría intercambiar ideas."),
    ("it", "Buongiorno Camille, seguo da tempo i suoi post sul content marketing. Sono responsabile marketing di un'azienda vinicola e mi piacerebbe uno scambio di idee."),
    ("pt", "Olá Camille, acompanho os seus posts sobre SEO há meses. Sou diretora de marketing numa cadeia de hotéis e gostava de trocar ideias consigo."),
    ("nl", "Goedemiddag Camille, ik volg je posts over e-mailmarketing al een tijdje. Als marketingmanager bij een fietsenmerk wissel ik graag eens van gedachten."),
]
NOT_THIS = ("fiche de poste", "job description", "Stellenbeschreibung", "descripción del puesto", "descrizione della posizione",
            "descrição da", "vacaturetekst", "cover next", "aborde ensuite", "als Nächstes", "próximo", "prossimo articolo",
            "meer van me zou lezen", "Bedarf", "besoins", "needs", "necesidades", "esigenze", "necessidades", "wensen",
            "CV", "Lebenslauf", "currículo", "curriculum")


@pytest.mark.parametrize("lang, note", PEER_EXCHANGE + READ_AND_EXCHANGE)
def test_an_exchange_between_peers_gets_a_call(lang, note):
    for intent in ("recruiting", "content", "job_seeking", "benefit"):
        text, template, context = render(note, lang, intent)
        assert template in ("content", "benefit", "met_before"), (intent, template, text)
        assert context["ask"] == "call" and not context["client"] and not context.get("known"), (intent, context["ask"], text)
        assert "20" in text, text
        for wrong in NOT_THIS:
            assert wrong not in text, (intent, wrong, text)


# -- a reader who struggles (a new shop, lost with ads) is offered a hand; an attendee of her training is wished
# -- good luck; neither is asked "what should I write next?" ----------------------------------------------------------
STRUGGLE = [
    ("fr", "Coucou Camille, j'ai lu ton article sur Google Ads. Je viens d'ouvrir ma boutique de bougies en ligne et je galère avec mes campagnes 😅"),
    ("en", "Hey Camille, read your post on Pinterest ads. Just opened a tiny online plant shop and honestly I'm struggling with my ads lol"),
    ("de", "hi camille, dein artikel zu meta ads war super. hab grad nen kleinen onlineshop für tee gestartet und blick bei den anzeigen nicht durch 🙈"),
    ("es", "Hola Camille! Vi tu post sobre anuncios en Instagram. Acabo de abrir mi tienda online de velas y estoy perdida con la publicidad jaja"),
    ("it", "Ciao Camille! Ho letto il tuo articolo sulle ads su Facebook. Ho appena aperto il mio shop online di saponi e non ci capisco niente 😅"),
    ("pt", "Oi Camille! Vi seu post sobre anúncios no Instagram. Acabei de abrir minha lojinha online de velas e estou meio perdida com os anúncios haha"),
    ("nl", "Hoi Camille! Las je artikel over Google Ads. Ben net begonnen met mijn webshop in thee en snap er nog niks van haha"),
]
ATTENDED = [
    ("fr", "Bonjour Camille, merci pour la formation SEO de mardi chez Digital Campus ! Je mets déjà en pratique vos conseils sur les balises."),
    ("en", "Hi Camille, thank you for the brilliant SEO workshop on Thursday. I'm already applying your tips on internal linking."),
    ("de", "Hallo Frau Laurent, vielen Dank für die tolle Schulung letzte Woche! Ich setze Ihre Tipps zur Keyword-Recherche schon um."),
    ("es", "Hola Camille, ¡gracias por el taller del jueves! Ya estoy aplicando tus consejos sobre palabras clave."),
    ("it", "Buongiorno Camille, grazie per la formazione di ieri, molto utile! Sto già applicando i suoi consigli sulle parole chiave."),
    ("pt", "Olá Camille, obrigada pela formação da semana passada! Já estou a aplicar as suas dicas sobre palavras-chave."),
    ("nl", "Beste Camille, dank voor de fijne workshop van dinsdag! Ik ga meteen aan de slag met je tips over linkbuilding."),
]
NEXT_TOPIC = ("cover next", "aborde", "als Nächstes", "te gustaría que", "ti piacerebbe che", "gostaria que", "gostarias que",
              "meer van me zou lezen", "meer van mij", "écrive", "lesen würdest", "lesen würden")


@pytest.mark.parametrize("lang, note", STRUGGLE)
def test_a_struggling_reader_is_offered_a_hand(lang, note):
    text, template, context = render(note, lang, "content")
    assert template == "content" and context["ask"] == "advice" and context["situated"], (context["ask"], text)
    assert "20" in text and not any(w in text for w in NEXT_TOPIC), text


@pytest.mark.parametrize("lang, note", ATTENDED)
def test_an_attendee_of_her_training_is_wished_good_luck(lang, note):
    text, template, context = render(note, lang, "content")
    assert template == "content" and context["work"] in ("training", "workshop", "talk"), (template, context["work"], text)
    assert not any(w in text for w in NEXT_TOPIC), text
    # good luck putting it into practice, or, when they already apply it, glad the tips were useful and "tell me how it goes"
    # (round 45 pt note-36; wave 49 keeps only the wish after the tips line, never "glad it's useful" twice)
    assert any(w in text for w in ("pratique", "practice", "Umsetzung", "práctica", "pratica", "prática", "toepassen", "how it goes",
                                   "qué tal te va", "come va", "como está a correr", "hoe het gaat", "wie es läuft", "comment ça se passe",
                                   "como está indo")), text


# -- a speaker invitation: the talk's topic is the one after "speaker on", not "details on format" -------------------
SPEAKER = [
    ("fr", "Bonjour Camille, nous cherchons une intervenante sur le SEO pour les boutiques en ligne lors de notre forum à Annecy. Je peux vous envoyer des infos sur le format ?", "SEO"),
    ("en", "Hi Camille, we're looking for a speaker on social ads for restaurants at our Cork meetup in May. Happy to send info on timing and travel.", "social ads"),
    ("de", "Hallo Frau Laurent, wir suchen eine Speakerin zu Content-Strategie für Handwerksbetriebe auf unserem Forum in Ulm. Gern schicke ich Infos zu Ablauf und Anreise.", "Content"),
    ("es", "Hola Camille, buscamos una ponente sobre SEO para tiendas online en nuestras jornadas de Bilbao. Te puedo mandar detalles sobre el formato.", "SEO"),
    ("it", "Ciao Camille, cerchiamo una relatrice su social ads per piccole imprese al nostro evento di Padova. Ti mando volentieri dettagli sul formato.", "social ads"),
    ("pt", "Olá Camille, procuramos uma palestrante sobre SEO para lojas online no nosso encontro em Braga. Posso enviar detalhes sobre o formato.", "SEO"),
    ("nl", "Hoi Camille, we zoeken een spreker over social ads voor webshops op ons event in Zwolle. Ik stuur je graag info over het format.", "social ads"),
]


@pytest.mark.parametrize("lang, note, subject", SPEAKER)
def test_a_speaker_invitation_reads_the_talks_topic(lang, note, subject):
    for intent in ("business_proposal", "recruiting"):
        text, template, context = render(note, lang, intent)
        assert template == "business_proposal" and context["proposal"] == "speaker", (intent, template, text)
        assert subject.lower() in context["topic"].lower() and context["in_field"], (context["topic"], text)
        for wrong in ("outside my field", "hors de mon domaine", "nicht mein", "fuera de mi", "fuori dal mio", "fora da minha", "fora do meu",
                      "buiten mijn"):
            assert wrong not in text, text


# -- a cold pitch ("our company offers … unbeatable prices, may I send you an offer?") is a polite no, never "send it" --
PITCH = [
    ("fr", "Bonjour Camille, notre entreprise propose la gestion de paie pour les indépendants à des prix imbattables. Puis-je vous envoyer une offre ?"),
    ("en", "Hi Camille, our company offers bookkeeping for solo consultants at unbeatable prices. Can I send you a quote?"),
    ("de", "Hallo Frau Laurent, unser Unternehmen bietet Buchhaltung für Selbstständige zu unschlagbaren Preisen. Darf ich Ihnen ein Angebot schicken?"),
    ("es", "Hola Camille, nuestra empresa ofrece gestoría para autónomos a precios imbatibles. ¿Puedo enviarte una propuesta?"),
    ("it", "Buongiorno Camille, la nostra azienda offre servizi di contabilità per freelance a prezzi imbattibili. Posso inviarle un'offerta?"),
    ("pt", "Olá Camille, a nossa empresa oferece contabilidade para trabalhadores independentes com preços imbatíveis. Posso enviar-lhe uma proposta?"),
    ("nl", "Beste Camille, ons bedrijf biedt boekhouding voor zzp'ers tegen onverslaanbare prijzen. Mag ik u een offerte sturen?"),
]


@pytest.mark.parametrize("lang, note", PITCH)
def test_a_cold_pitch_is_declined_not_invited(lang, note):
    for intent in ("sales_pitch", "ask_for_help"):
        text, template, context = render(note, lang, intent)
        assert template == "sales_pitch", (intent, template, text)
        for wrong in ("envoyez-moi", "send me", "schicken Sie mir", "envíame", "envíeme", "mi mandi", "me invii", "envie-me", "me envie",
                      "stuur me", "stuurt u me", "Com todo o gosto"):
            assert wrong not in text, (intent, text)


# -- a student or career changer weighing two paths in her field asks for advice, not for a job: no CV asked ---------
CAREER = [
    ("fr", "Bonjour Camille, je suis en licence info-com et j'hésite entre me spécialiser en SEO ou en publicité sur les réseaux. Un conseil ?"),
    ("en", "Hi Camille, I'm a final-year marketing student and I'm torn between SEO and paid social. Which would you pick to land a first job?"),
    ("de", "Hallo Camille, ich studiere Medienmanagement und schwanke zwischen SEO und Social Ads. Was würdest du mir für den Berufseinstieg raten?"),
    ("es", "Hola Camille, estudio publicidad y estoy dudando entre SEO y anuncios en redes. ¿Qué me aconsejas para encontrar trabajo?"),
    ("it", "Ciao Camille, sono al terzo anno di comunicazione e sono indecisa tra SEO e social ads. Cosa mi consigli per trovare lavoro?"),
    ("pt", "Oi Camille, fui demitido e quero migrar pro marketing digital. Vale mais a pena fazer um curso de SEO ou de tráfego pago primeiro?"),
    ("nl", "Hoi Camille, ik studeer communicatie en twijfel tussen SEO en social ads. Wat raad je me aan om werk te vinden?"),
]


@pytest.mark.parametrize("lang, note", CAREER)
def test_career_advice_between_two_paths_is_not_a_job_request(lang, note):
    for intent in ("job_seeking", "ask_for_help"):
        text, template, context = render(note, lang, intent)
        assert template == "ask_for_help" and context["career"], (intent, template, text)
        assert "15" in text, text
        for wrong in ("CV", "Lebenslauf", "currículo", "curriculum", "cv ", "recherches", "your search", "Suche", "búsqueda", "ricerca", "procura",
                      "busca", "zoektocht"):
            assert wrong not in text, (intent, wrong, text)


def test_a_month_first_english_date_is_not_asked_again():
    note = ("Hello Camille, I'm organising a retail marketing summit in Leeds (Nov 4-5) and we're looking for a speaker on content strategy. "
            "Would you be interested?")
    text, template, context = render(note, "en", "business_proposal")
    assert context["soon"] == "on Nov 4-5" and "dates" not in text, text


# -- a referrer named after a job title ("our Head of Marketing Anna Schmidt suggested…") is the person, never "Head" --
TITLED_REFERRER = [
    ("fr", "Bonjour Madame Laurent, notre Directrice Marketing Claire Dumas m'a conseillé de vous écrire au sujet d'une formation SEO.", "Claire Dumas"),
    ("en", "Hi Camille, our Head of Growth Priya Nair suggested I get in touch about an SEO training for our team.", "Priya Nair"),
    ("de", "Guten Tag Frau Laurent, unsere Marketingleiterin Jana Vogel hat mir empfohlen, Sie wegen einer SEO-Schulung zu kontaktieren.", "Jana Vogel"),
    ("es", "Hola Camille, nuestra Directora de Marketing Lucía Ferrer me recomendó escribirte por una formación de SEO para el equipo.", "Lucía Ferrer"),
    ("it", "Ciao Camille, il nostro Head of Marketing Marco Bellini mi ha consigliato di contattarti per una formazione SEO al team.", "Marco Bellini"),
    ("pt", "Olá Camille, a nossa Diretora de Marketing Inês Costa recomendou-me falar consigo sobre uma formação de SEO para a equipa.", "Inês Costa"),
    ("nl", "Hoi Camille, onze Marketing Manager Sanne Bakker raadde me aan je te benaderen voor een SEO-training voor ons team.", "Sanne Bakker"),
]


@pytest.mark.parametrize("lang, note, person", TITLED_REFERRER)
def test_a_referrer_after_a_job_title_is_the_person(lang, note, person):
    text, template, context = render(note, lang, "referral")
    assert context["referrer"] == person, (context["referrer"], text)


# -- "ich war in deinem Google-Ads-Workshop": her workshop, not a chat they had --------------------------------------
COMPOUND_WORK = [
    ("fr", "Bonjour Camille, j'étais à votre atelier Google-Ads le mois dernier à Genève, merci encore, j'ai déjà appliqué pas mal de choses !"),
    ("en", "Hi Camille, I was at your Google-Ads workshop in Geneva last month, thanks again, I've already applied a lot!"),
    ("de", "Hallo Camille, ich war letzten Monat in deinem Google-Ads-Workshop in Genf, nochmals danke, ich hab schon einiges umgesetzt!"),
    ("es", "Hola Camille, estuve en tu taller de Google Ads el mes pasado en Ginebra, ¡gracias de nuevo, ya he aplicado muchas cosas!"),
    ("it", "Ciao Camille, ero al tuo workshop di Google Ads il mese scorso a Ginevra, grazie ancora, ho già applicato parecchie cose!"),
    ("pt", "Olá Camille, estive no teu workshop de Google Ads no mês passado em Genebra, obrigado outra vez, já apliquei muita coisa!"),
    ("nl", "Hoi Camille, ik was vorige maand bij je Google-Ads-workshop in Genève, nogmaals dank, ik heb al veel toegepast!"),
]


@pytest.mark.parametrize("lang, note", COMPOUND_WORK)
def test_an_attendee_of_her_workshop_is_not_thanked_for_a_chat(lang, note):
    text, template, context = render(note, lang, "met_before")
    assert context["work"] in ("workshop", "training"), (context["work"], text)
    for wrong in ("Gespräch", "conversation", "chat", "échange", "charla", "chiacchierata", "conversa", "gesprek"):
        assert wrong not in text, text
