"""Wave 102, group Z: content readers, met before, thanks, quotes."""
import pytest

from invitriage.drafts.notefacts import extract
from drafting import sample_draft


@pytest.mark.parametrize("note, lang, topic", [
    ("Hi Camille, your post on fixing title tags literally doubled my organic traffic in 2 months. Just wanted to say thank you! 🙏",
     "en", "on fixing title tags"),
    ("Hi, your article on local SEO basically doubled our bookings, thanks!", "en", "on local SEO"),
    ("Bonjour Camille, ton post sur les balises title a littéralement doublé mon trafic, merci !", "fr", "sur les balises title"),
    ("Hola Camille, tu post sobre las etiquetas title literalmente duplicó mi tráfico. ¡Gracias!", "es", "sobre las etiquetas title"),
    ("Ciao Camille, il tuo post sui title tag ha letteralmente raddoppiato il mio traffico. Grazie!", "it", "sui title tag"),
    ("Olá Camille, o seu post sobre title tags literalmente duplicou o meu tráfego. Obrigada!", "pt", "sobre title tags"),
    ("Hoi Camille, je post over title tags heeft mijn verkeer letterlijk verdubbeld. Bedankt!", "nl", "over title tags"),
])
def test_piece_topic_stops_at_the_result_verb(note, lang, topic):
    assert extract(note, lang, "content").topic == topic


def test_thanks_for_a_post_that_doubled_traffic_quotes_only_the_topic() -> None:
    # round 102 fr_en note-38: "for reading my post on fixing title tags literally doubled!" quoted the result verb
    note = ("Hi Camille, your post on fixing title tags literally doubled my organic traffic in 2 months. "
            "Just wanted to say thank you! 🙏")
    text = sample_draft(note, headline="Owner - The Little Bakery Co.", name="Sam Wilson")
    assert "my post on fixing title tags" in text and "doubled!" not in text and "literally" not in text, text
