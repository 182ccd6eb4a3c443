"""Wave 93 R: met at an event without a conversation, a peer's "let's do something together", a meetup question
after a shared workshop, a podcast whose topic is told as "about how …"."""

import pytest
from drafting import sample_draft

WEBINAR_PEER = [
    ("Hi Camille, wir haben uns beim Webinar von HubSpot gesehen (du hattest die Frage zu Attribution gestellt 😄). Ich bin auch "
     "freiberuflich im Content Marketing unterwegs, vllt kann man mal zusammen was machen? VG Sarah", ["Zusammenarbeit", "Telefonat"],
     ["Gespräch", "Attribution", "Woran arbeitest"]),
    ("Hi Camille, we saw each other at the HubSpot webinar last month. I'm also a freelance content marketer, maybe we could do "
     "something together?", ["working together", "call"], ["chatting", "conversation", "up to since"]),
    ("Salut Camille, on s'est croisées au webinar HubSpot. Je suis aussi freelance en content marketing, on pourrait peut-être "
     "faire quelque chose ensemble ?", ["collaboration", "appel"], ["échange", "tes projets"]),
    ("Hola Camille, nos vimos en el webinar de HubSpot. Yo también soy freelance de contenidos, ¿quizás podríamos hacer algo juntas?",
     ["colaboración", "llamada"], ["charla", "conversación"]),
    ("Ciao Camille, ci siamo viste al webinar di HubSpot. Anch'io sono freelance nel content marketing, magari potremmo fare "
     "qualcosa insieme?", ["collaborazione", "call"], ["chiacchierata", "conversazione"]),
]


@pytest.mark.parametrize("note,wanted,banned", WEBINAR_PEER)
def test_seen_at_a_webinar_is_no_conversation_and_the_collaboration_is_answered(note, wanted, banned):
    text = sample_draft(note, headline="Freelance Content Marketing", name="Sarah Wolf")
    for word in wanted:
        assert word in text, text
    for word in banned:
        assert word not in text, text


MEETUPS = [
    ("Hola Camille, coincidimos en el taller de Google Ads en Lyon (yo estaba en la mesa del fondo jaja). Soy español pero vivo "
     "en Lyon. ¿Sabes si hay más meetups de marketing por aquí?", "Meetup.com", ["conversación", "En qué estás trabajando"]),
    ("Hi Camille, we were both at the SEO workshop in Lyon last month. I just moved here, do you know any other marketing "
     "meetups around here?", "Meetup.com", ["chatting", "working on"]),
    ("Hallo Camille, wir kennen uns vom SEO-Workshop in Lyon. Kennst du noch andere Marketing-Meetups hier in der Gegend?",
     "Meetup.com", ["Gespräch", "Woran arbeitest"]),
    ("Oi Camille, a gente se viu no workshop de Google Ads em Lyon. Você sabe se tem outros meetups de marketing por aqui?",
     "Meetup.com", ["conversa", "trabalhando"]),
]


@pytest.mark.parametrize("note,wanted,banned", MEETUPS)
def test_meetup_question_after_a_shared_workshop_is_answered(note, wanted, banned):
    text = sample_draft(note, headline="Growth Marketer", name="Álvaro Herrera")
    assert wanted in text, text
    for word in banned:
        assert word not in text, text


PODCASTS = [
    ("Oi Camille! Apresento o podcast 'Marketing sem Fronteiras' e adoraria bater um papo com você sobre como pequenas marcas "
     "podem crescer na Europa. Topa gravar com a gente em novembro? Beijos, Camila Rocha", ["pequenas marcas podem crescer na Europa", "novembro"]),
    ("Hi Camille! I host the podcast 'Marketing Without Borders' and would love to chat with you about how small brands can grow "
     "in Europe. Up for recording with us in November?", ["how small brands can grow in Europe", "November"]),
    ("Olá Camille, tenho um podcast de empreendedorismo e gostava de conversar consigo sobre como as PME podem usar o LinkedIn. "
     "Aceita gravar em outubro?", ["como as PME podem usar o LinkedIn", "outubro"]),
]


@pytest.mark.parametrize("note,wanted", PODCASTS)
def test_podcast_topic_told_as_how_is_not_asked_again(note, wanted):
    text = sample_draft(note, headline="Host | Podcast", name="Camila Rocha")
    for word in wanted:
        assert word in text, text
    for word in ("o tema?", "the topic?", "topic?"):
        assert word not in text, text
