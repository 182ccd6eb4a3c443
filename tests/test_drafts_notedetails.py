"""Wave 53 group C: the note's own details are taken up, never asked again or ignored."""
from drafting import sample_draft


def test_bare_topic_after_parler_is_not_asked_again() -> None:
    d = sample_draft("Hello Camille ! J'anime le podcast \"Marketing en Bocal\" et j'adorerais t'inviter pour parler formation "
                     "et SEO pour les TPE. Partante ?", headline="Host @Marketing en Bocal", name="Maxime Dubois")
    assert "parler formation et SEO" in d and "le sujet" not in d
    d = sample_draft("Bonjour Camille, je produis le podcast \"Les Indés du Web\" et j'aimerais vous recevoir pour parler réseaux "
                     "sociaux pour les artisans. Ça vous dirait ?", headline="Producteur podcast", name="Maxime Dubois")
    assert "parler réseaux sociaux" in d and "le sujet" not in d


def test_bare_topic_after_talk_in_english() -> None:
    d = sample_draft("Hi Camille, I run the \"Small Biz Growth\" podcast and would love to have you on to talk SEO and content "
                     "for freelancers. Up for it?", headline="Podcast host", name="Maxime Dubois")
    assert "to talk about SEO and content" in d and "the topic" not in d and "on to talk" not in d


def test_how_is_her_city_answered() -> None:
    d = sample_draft("Camille! It's Ben from the Erasmus year in Leeds 😄 saw you're a marketing consultant now, that's amazing. "
                     "How's Lyon treating you?", headline="Product Manager at Deliveroo", name="Ben Carter")
    assert "I'm doing well" in d and "thanks for the congrats" in d and "What have you been up to since?" not in d
    d = sample_draft("Salut Camille ! C'est Julie, on était en master ensemble à Grenoble. Bravo pour ton activité de consultante ! "
                     "Comment ça se passe à Lyon ?", headline="Product Manager", name="Julie Martin")
    assert "Je vais bien" in d and "Tu en es où" not in d
    d = sample_draft("Ciao Camille! Sono Marco, dell'Erasmus a Leeds. Ho visto che ora sei consulente, complimenti! Come ti trovi a Lione?",
                     headline="Product Manager", name="Marco Bianchi")
    assert "Sto bene" in d and "fuori dal mio ambito" not in d
    d = sample_draft("Hallo Camille! Hier ist Jonas vom Erasmus-Jahr in Leeds. Du bist jetzt Beraterin, toll! Wie gefällt dir Lyon?",
                     headline="Product Manager", name="Jonas Weber")
    assert "Mir geht es gut" in d and "außerhalb meines Fachgebiets" not in d
