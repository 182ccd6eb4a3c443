"""Drafts that say the one specific thing the sender gave: the referrer by name, the need, the topic to pick up,
a compliment, a proposal of mutual referrals (review round 10: correct but generic drafts)."""
from __future__ import annotations

import pytest

from invitriage.drafts.notefacts import fold
from invitriage.drafts.notefacts import _referrer as referrer_of
from invitriage.drafts.writer import draft_for
from invitriage.settings import Settings

OWNER = Settings(owner_name="Camille Laurent", signature="Camille", language="fr",
                 offer=["SEO", "social ads", "content strategy", "digital marketing training"])


def draft(note: str, lang: str, intent: str, name: str = "Alex Martin") -> str:
    d = draft_for({"name": name, "note": note, "headline": "", "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, OWNER)
    assert d is not None
    return d.text


@pytest.mark.parametrize("note, lang, expected", [
    ("Bonjour, je vous écris sur recommandation de M. Julien Perrin. Nous voulons revoir notre site.", "fr", "M. Julien Perrin"),
    ("Bonjour, notre directrice commerciale Claire Roux m'a conseillé de vous écrire.", "fr", "Claire Roux"),
    ("Hello, I was referred to you by Dana Whitfield and would like to talk about our website.", "en", "Dana Whitfield"),
    ("Hi, our Head of Sales Oliver Grant suggested I get in touch.", "en", "Oliver Grant"),
    ("Hello, Ms. Patel suggested I contact you about our shop.", "en", "Ms Patel"),
    ("Guten Tag, unsere Vertriebsleiterin Jana Roth hat mir Ihren Namen gegeben.", "de", "Jana Roth"),
    ("Hola, mi socia, Lucía Prieto, me recomendó escribirte.", "es", "Lucía Prieto"),
    ("Ciao, il nostro direttore commerciale Paolo Neri mi ha consigliato di scriverti.", "it", "Paolo Neri"),
    ("Olá, a nossa diretora comercial, Inês Mota, recomendou-me o seu perfil.", "pt", "Inês Mota"),
    ("Hoi, onze salesmanager Daan de Wit raadde me aan je te benaderen.", "nl", "Daan de Wit"),
])
def test_referrer_is_the_person_not_a_title(note, lang, expected):
    assert referrer_of(note, fold(note), lang) == expected


@pytest.mark.parametrize("note, lang, intent, name", [
    ("Madame Laurent, je vous contacte sur recommandation de M. Julien Perrin. Nous cherchons à améliorer notre référencement. "
     "Seriez-vous disponible pour un échange ?", "fr", "referral", "M. Julien Perrin"),
    ("Dear Ms Laurent, I was referred to you by Dana Whitfield. We need help with our SEO. Could we talk?", "en", "client", "Dana Whitfield"),
    ("Hi Camille, our Head of Sales Oliver Grant suggested I reach out. We need a training for our team.", "en", "client", "Oliver Grant"),
    ("Guten Tag Frau Laurent, Herr Jonas Albrecht hat mir Ihren Namen gegeben. Wir suchen Hilfe bei SEO.", "de", "client", "Herr Albrecht"),
    ("Hola Camille, Lucía Prieto me recomendó escribirte. Necesitamos ayuda con nuestro SEO.", "es", "client", "Lucía Prieto"),
    ("Ciao Camille, Paolo Neri mi ha consigliato di scriverti. Ci serve una mano con la SEO.", "it", "client", "Paolo Neri"),
    ("Olá Camille, a Inês Mota recomendou-me o seu perfil. Precisamos de ajuda com SEO.", "pt", "client", "Inês Mota"),
    ("Hoi Camille, Daan de Wit raadde me aan je te benaderen. We willen hulp bij SEO.", "nl", "client", "Daan de Wit"),
])
def test_referrer_thanked_by_name(note, lang, intent, name):
    text = draft(note, lang, intent)
    assert name in text, text


@pytest.mark.parametrize("note, lang, intent, expected", [
    ("Bonjour Camille, je dirige une petite marque de cosmétiques et nous cherchons à améliorer notre référencement. "
     "Pourrions-nous en parler ?", "fr", "client", "sur votre SEO"),
    ("Salut Camille ! J'ai une boutique de thé en ligne et j'ai besoin d'aide pour ma stratégie de contenu. On s'appelle ?",
     "fr", "client", "sur ta stratégie de contenu"),
    ("Hi Camille, we run a bike rental company and need help with our SEO and our Instagram ads. Could we set up a call?",
     "en", "client", "with your SEO and Instagram ads"),
    ("Guten Tag Frau Laurent, wir sind ein Weingut in der Pfalz und suchen Unterstützung bei der Suchmaschinenoptimierung. "
     "Hätten Sie Zeit für ein Gespräch?", "de", "ask_for_help", "bei SEO"),
    ("Hola Camille, tenemos una academia de idiomas y necesitamos ayuda con nuestra estrategia de contenidos. ¿Hablamos?",
     "es", "client", "con tu estrategia de contenidos"),
    ("Buongiorno, gestiamo un agriturismo in Toscana e cerchiamo aiuto per il posizionamento su Google. Possiamo sentirci?",
     "it", "client", "con la SEO"),
    ("Olá Camille, temos uma loja de cerâmica online e precisamos de ajuda com a estratégia de conteúdo. Podemos falar?",
     "pt", "client", "com a estratégia de conteúdo"),
    ("Hoi Camille, ik heb een webshop in tweedehands meubels en wil beter gevonden worden in Google. Zullen we bellen?",
     "nl", "ask_for_help", "met SEO"),
    ("Goedendag, Lotte Smit raadde me aan u te benaderen. Wij zoeken hulp bij zoekmachineoptimalisatie voor onze winkel. "
     "Heeft u tijd voor een kennismaking?", "nl", "referral", "met SEO"),
])
def test_need_named(note, lang, intent, expected):
    text = draft(note, lang, intent)
    assert expected in text, text


@pytest.mark.parametrize("note, lang, intent", [
    ("Bonjour Camille, j'ai adoré ton article sur le SEO local, merci !", "fr", "content"),
    ("Hi Camille, loved your talk on content strategy, let's stay in touch.", "en", "content"),
    ("Hallo Camille, dein Beitrag über SEO war super!", "de", "content"),
])
def test_no_need_when_none_is_stated(note, lang, intent):
    text = draft(note, lang, intent)
    assert not any(w in text for w in ("accompagne", "help with your", "unterstütze")), text


@pytest.mark.parametrize("note, lang, expected", [
    ("Salut Camille, super de t'avoir croisée à l'apéro des freelances mercredi ! Au plaisir de reprendre notre discussion sur "
     "les newsletters 😊", "fr", "reprendre notre discussion sur les newsletters"),
    ("Hi Camille, lovely to meet you at the Bristol meetup last night. Keen to continue our chat about podcast ads soon!",
     "en", "pick up our chat about podcast ads"),
    ("Hallo Camille, schön, dich beim Barcamp in Leipzig getroffen zu haben! Ich würde gern unser Gespräch über Employer Branding "
     "fortsetzen.", "de", "uns weiter über Employer Branding aus"),
    ("Hola Camille, encantada de conocerte en el afterwork de Sevilla. Me gustaría seguir hablando de marketing de afiliación.",
     "es", "seguimos hablando de marketing de afiliación"),
    ("Ciao Camille, che bello conoscerti all'aperitivo di Torino! Ci colleghiamo per continuare il discorso sulle campagne Pinterest.",
     "it", "il discorso sulle campagne Pinterest"),
    ("Olá Camille, foi ótimo conhecer-te no encontro de Aveiro! Quero continuar a nossa conversa sobre automação de e-mails.",
     "pt", "falamos mais sobre automação de e-mails"),
    ("Hoi Camille, leuk je te zien op de borrel in Utrecht! Ik wil graag ons gesprek over e-mailmarketing voortzetten.",
     "nl", "verder over e-mailmarketing"),
])
def test_met_before_picks_up_the_promised_topic(note, lang, expected):
    text = draft(note, lang, "met_before")
    assert expected in text, text
    assert not any(w in text for w in ("Tu en es où de tes projets", "What have you been up to", "Woran arbeitest du")), text


@pytest.mark.parametrize("note, lang, expected", [
    ("Bonjour Camille, on s'est vues au forum de Nantes mardi. J'ai beaucoup aimé votre intervention sur les avis clients !",
     "fr", "merci pour votre retour sur mon intervention"),
    ("Hi Camille, we met at the Leeds summit on Friday. I really enjoyed your talk on review sites.", "en", "talk"),
])
def test_met_before_thanks_the_compliment(note, lang, expected):
    text = draft(note, lang, "met_before")
    assert expected in text, text


@pytest.mark.parametrize("note, lang, intent, expected", [
    ("Bonjour Camille, je suis développeur WordPress à Lille. On pourrait se recommander des clients, les miens demandent souvent du SEO. "
     "Un café ?", "fr", "ask_for_help", "recommander mutuellement des clients"),
    ("Hi Camille, I'm a brand photographer in Lyon. Would you be up for a referral partnership? My clients often need ads.",
     "en", "business_proposal", "Referring clients to each other"),
    ("Hallo Camille, ich bin Texterin in Hamburg. Wollen wir uns gegenseitig Kunden empfehlen?", "de", "business_proposal",
     "gegenseitig Kunden zu empfehlen"),
    ("Hola Camille, soy diseñadora web en Bilbao. ¿Y si nos pasamos clientes? Muchos me piden SEO.", "es", "business_proposal",
     "recomendarnos clientes"),
    ("Ciao Camille, sono fotografa a Bologna. Potremmo segnalarci clienti a vicenda, che ne dici?", "it", "business_proposal",
     "segnalarci clienti a vicenda"),
    ("Olá Camille, sou programador no Porto. Podíamos indicar clientes um ao outro, o que acha?", "pt", "business_proposal",
     "recomendarmos clientes"),
    ("Hoi Camille, ik ben fotograaf in Gent. Zullen we elkaar klanten doorsturen?", "nl", "business_proposal",
     "elkaar klanten door te sturen"),
])
def test_mutual_referrals_acknowledged(note, lang, intent, expected):
    text = draft(note, lang, intent)
    assert expected.lower() in text.lower(), text  # d35: the mutual-referral line may open its own sentence


@pytest.mark.parametrize("note, lang, intent, name", [
    ("Salut Camille, on s'est croisées au salon de Rennes hier ! Léa Morel m'avait dit de venir te voir.", "fr", "met_before", "Léa Morel"),
    ("Hi Camille, great to meet you at the Bath meetup. Tom Reed suggested I say hello.", "en", "met_before", "Tom Reed"),
    ("Hallo Camille, toller Beitrag über lokale SEO! Jana Roth hat mir deinen Newsletter empfohlen.", "de", "content", "Jana Roth"),
])
def test_referrer_thanked_in_met_before_and_content(note, lang, intent, name):
    text = draft(note, lang, intent)
    assert name in text, text


@pytest.mark.parametrize("note, lang", [
    ("Hallo Camille, der Abschnitt über Gebotsstrategien bei Google Ads hat mir sehr geholfen. Danke!", "de"),
    ("Hallo Camille, die Checkliste zur Keyword-Recherche hat mir viel gebracht.", "de"),
])
def test_a_thing_is_no_referrer(note, lang):
    assert referrer_of(note, fold(note), lang) == ""


# -- round 12: the piece that helped is named, not "that helped" ----------------------------------------------

HELPED = [  # a newsletter followed, and one piece of it that helped: the piece is named, the owner's "my"
    ("Hallo Camille, ich lese deinen Newsletter seit einem Jahr, dein Artikel über Google Business Profile hat mir sehr geholfen!", "de", "mein Artikel über Google Business Profile"),
    ("Bonjour Camille, je lis ta newsletter chaque semaine et ton article sur les avis clients m'a beaucoup aidé.", "fr", "mon article sur les avis clients"),
    ("Hola Camille, leo tu boletín cada mes y tu artículo sobre Pinterest me ayudó muchísimo.", "es", "mi artículo sobre Pinterest"),
    ("Ciao Camille, leggo la tua newsletter da mesi e il tuo articolo sulle Reels mi ha aiutato tantissimo.", "it", "il mio articolo sulle Reels"),
    ("Olá Camille, leio a tua newsletter todas as semanas e o teu artigo sobre SEO local ajudou-me muito.", "pt", "o meu artigo sobre SEO local"),
    ("Hoi Camille, ik lees je nieuwsbrief al jaren en je stuk over e-mailmarketing heeft me echt geholpen.", "nl", "mijn stuk over e-mailmarketing"),
    ("Hi Camille, I read your newsletter every week and your article on pricing helped me a lot.", "en", "my article on pricing"),
]


@pytest.mark.parametrize("note, lang, piece", HELPED, ids=[h[1] for h in HELPED])
def test_the_piece_that_helped_is_named(note, lang, piece):
    text = draft(note, lang, "content")
    assert piece in text, text


@pytest.mark.parametrize("note, lang, channel", [
    ("Guten Tag, ich schreibe für ein Fachmagazin über Social Commerce. Darf ich Ihnen fünf Fragen per Mail schicken?", "de", "hier"),
    ("Hello, I'm writing a piece on local SEO for a trade magazine. Could I send you a few questions by email?", "en", "here"),
    ("Bonjour, je prépare un article sur le e-commerce local. Puis-je vous envoyer quelques questions par mail ?", "fr", "ici"),
    ("Hola, escribo un reportaje sobre comercio local. ¿Puedo enviarte unas preguntas por correo?", "es", "por aquí"),
    ("Ciao, scrivo un pezzo sul social commerce. Posso mandarti qualche domanda via email?", "it", "qui"),
    ("Hoi, ik schrijf een artikel over lokale SEO. Mag ik je een paar vragen per mail sturen?", "nl", "hier"),
])
def test_questions_asked_to_be_sent_by_email_are_not_asked_here(note, lang, channel):
    # no ``email`` answer fact: "send them here", never an address the settings do not give nor "it is on my profile"
    text = draft(note, lang, "ask_for_help")
    assert channel in text and "@" not in text and not any(w in text for w in ("profil", "perfil", "profiel", "profile")), text


@pytest.mark.parametrize("note, lang, word", [
    ("Hola Camille, nos conocimos en el meetup de growth en Montevideo. Si alguna vez volvés, avisame y tomamos un café.", "es", "café"),
    ("Hi Camille, we met at the content meetup in Dublin. If you're ever back in town, let me know and we'll grab a coffee!", "en", "coffee"),
    ("Salut Camille, on s'est croisées au salon du e-commerce à Nantes. Si tu repasses par ici, on prend un café ?", "fr", "café"),
    ("Hallo Camille, wir haben uns beim Barcamp in Leipzig kennengelernt. Wenn du mal wieder vorbeikommst, trinken wir einen Kaffee!", "de", "Kaffee"),
    ("Ciao Camille, ci siamo conosciute al meetup di Bologna. Se torni da queste parti, ci prendiamo un caffè!", "it", "caffè"),
    ("Hoi Camille, we ontmoetten elkaar op de meetup in Utrecht. Als je weer in de buurt bent, drinken we een koffie!", "nl", "koffie"),
])
def test_a_coffee_offered_for_the_next_visit_is_taken_up(note, lang, word):
    text = draft(note, lang, "met_before")
    assert word in text.split("\n", 2)[2], text
