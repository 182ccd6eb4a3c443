"""Wave 34, helper D: thanks for her pieces in one sentence, the praise never pasted into the topic, a reader's question
about her courses answered without a sales call, a follow-up course asked by someone who took hers."""

from drafting import sample_draft


def test_praise_after_the_topic_is_not_part_of_it():
    notes = [
        ("Hoi Camille, zag je post over linkbuilding, echt leerzaam! Laten we connecten.", "nl", "linkbuilding"),
        ("Ciao Camille, il tuo commento su Search Console molto utile, colleghiamoci!", "it", "search console"),
        ("Oi Camille, achei seu artigo sobre Pinterest Ads muito útil. Vamos nos conectar!", "pt", "pinterest ads"),
        ("Hallo Camille, dein Beitrag über Linkbuilding, richtig hilfreich! Lass uns vernetzen.", "de", "linkbuilding"),
    ]
    for note, _, topic in notes:
        text = sample_draft(note).lower()
        assert topic in text, text
        for pasted in ("leerzaam", "molto utile", "muito útil", "richtig hilfreich"):
            assert pasted not in text, text


def test_a_praised_piece_is_thanked_in_one_sentence_never_two_glads():
    notes = [
        "Beste Camille, je artikel over e-mailmarketing voor webshops vond ik erg waardevol. Graag connect ik met je.",
        "Geachte mevrouw Laurent, uw artikel over lokale SEO vond ik zeer leerzaam. Met vriendelijke groet",
        "Hallo Camille, dein Artikel zu Google Business Profile war super spannend. Gerne vernetzen!",
        "Hoi Camille, je artikel over Google Shopping heeft me echt geholpen. Groet, Kees",
    ]
    for note in notes:
        text = sample_draft(note)
        first = text.split("\n")[2]
        glad = sum(first.lower().count(w) for w in ("fijn", "leuk dat", "schön", "freut mich"))
        assert glad == 1, text
        assert "und dafür, dass" not in first and "hebt gelezen" not in first, text


def test_a_reader_asking_about_her_courses_gets_thanks_for_the_piece_and_no_sales_call():
    notes = [
        ("Hola Camille! Sigo tu newsletter desde hace meses, tu artículo sobre Google Shopping me ayudó mucho con mi tienda de velas. "
         "¿Haces formaciones en español?", ["artículo", "útil"], "llamada de 20 minutos"),
        ("Ciao Camille, leggo sempre la tua newsletter, il post sulle Stories di Instagram mi è stato utilissimo per il mio negozio. "
         "Fai corsi anche in italiano?", ["aiutato"], "call di 20 minuti"),
        ("Oi Camille, acompanho a sua newsletter, o último post sobre anúncios no Instagram me ajudou muito na minha loja. "
         "Você dá cursos em português?", ["post"], "20 minutos"),
        ("Hoi Camille, ik lees je nieuwsbrief al een tijdje, je artikel over Google Ads heeft me echt geholpen met mijn webshop. "
         "Geef je ook trainingen in het Nederlands?", ["artikel"], "belletje van 20 minuten"),
    ]
    for note, said, call in notes:
        text = sample_draft(note)
        assert any(w in text.lower() for w in said), text
        assert call not in text, text


def test_a_follow_up_course_asked_by_a_former_attendee_is_offered_as_a_follow_up():
    notes = [
        ("Hallo Camille, ich war letztes Jahr in deinem Workshop zu Instagram-Ads. Gibt es auch eine Aufbauschulung? Viele Grüße, Jonas",
         "Vertiefung", "zusammenzuarbeiten"),
        ("Hoi Camille, ik deed vorig voorjaar mee aan je workshop over SEO. Komt er ook een training voor gevorderden? Groet, Lotte",
         "vervolg op maat", "belletje"),
        ("Hi Camille, I attended your SEO training in March and loved it. Do you run an advanced course too?",
         "follow-up on", "20-minute call"),
        ("Bonjour Camille, j'ai suivi ta formation SEO l'an dernier. Tu proposes un module avancé ?",
         "suite sur mesure", "appel de 20 minutes"),
        ("Ciao Camille, ho seguito il tuo corso sui social l'anno scorso. Fai anche un corso avanzato?",
         "seguito su misura", "call di 20 minuti"),
    ]
    for note, said, bad in notes:
        text = sample_draft(note)
        assert said in text, text
        assert bad not in text, text
