"""Wave 133, group C: someone who heard her talk or webinar is thanked for attending it, never for "the conversation we
started"; her approach or slide praised counts as praise of the piece."""

from __future__ import annotations

from drafting import sample_draft


def test_conference_attended_is_thanked_not_a_conversation() -> None:
    # 140 es_pt_it note-13: "tras su conferencia en el congreso … Su enfoque … me pareció muy acertado"
    es = sample_draft("Estimada Sra. Laurent, tras su conferencia en el congreso de Marketing de Lyon, desearía conectar con usted. "
                      "Su enfoque sobre el contenido me pareció muy acertado.\nUn cordial saludo,\nFernando Vidal", name="Fernando Vidal")
    assert "conversación" not in es and "mi charla en el congreso de Marketing de Lyon" in es
    it = sample_draft("Buongiorno Dott.ssa Laurent, dopo la sua conferenza al congresso di Marketing di Lione vorrei collegarmi con Lei. "
                      "Il suo approccio ai contenuti mi è sembrato molto azzeccato.", name="Marco Rossi")
    assert "conversazione" not in it and "per aver seguito il mio intervento" in it


def test_webinar_heard_is_thanked_not_a_conversation() -> None:
    # 140 de_nl note-19: "war schoen dich beim Webinar … zu hoeren! Deine Folie … abfotografiert"
    de = sample_draft("Hallo Camille, war schoen dich beim Webinar vom Digital Marketing Institute zu hoeren! Deine Folie zu "
                      "E-Mail-Funnels hab ich mir gleich abfotografiert :) Weiter so! Gruss, Sophie Wolf",
                      headline="Marketing Assistant", name="Sophie Wolf")
    assert "Gespräch" not in de and "dass du mein Webinar besucht hast" in de
    en = sample_draft("Hi Camille, great to hear you at the Digital Marketing Institute webinar! I took a photo of your slide on "
                      "email funnels right away :)", name="Emma Brown")
    assert "chatting" not in en and "for watching my webinar" in en
    es = sample_draft("Hola Camille, ¡qué bueno escucharte en el webinar del Digital Marketing Institute! Le hice una foto a tu "
                      "diapositiva sobre los embudos de email :)", name="Lucía Gómez")
    assert "conversación" not in es and "por asistir a mi webinar" in es
    it = sample_draft("Ciao Camille, bello sentirti al webinar del Digital Marketing Institute! La tua slide sui funnel email "
                      "l'ho fotografata subito :)", name="Giulia Bianchi")
    assert "chiacchierata" not in it and "per aver seguito il mio webinar" in it
    nl = sample_draft("Hoi Camille, leuk je te horen bij het webinar van het Digital Marketing Institute! Je slide over "
                      "e-mailfunnels heb ik meteen gefotografeerd :)", name="Lotte de Vries")
    assert "gesprek" not in nl and "leuk dat je mijn webinar hebt gevolgd" in nl


def test_a_real_chat_at_the_webinar_still_picks_up_the_conversation() -> None:
    # 133 C neighbour (must not change): "great chatting" is a conversation had, the met-before reply stays
    en = sample_draft("Hi Camille, great chatting with you after the Digital Marketing Institute webinar! Let's keep in touch.",
                      name="Emma Brown")
    assert "webinar" in en and "for watching my webinar" not in en
    de = sample_draft("Hallo Camille, schön, dass wir uns nach dem Webinar vom Digital Marketing Institute noch unterhalten haben! "
                      "Bleiben wir in Kontakt.", name="Sophie Wolf")
    assert "dass du mein Webinar besucht hast" not in de


def test_event_name_is_never_cut_before_its_compound_noun() -> None:
    # 140 de_nl note-41: "op het Frans-Nederlandse handelscongres" was cut to "op het Frans-Nederlandse"
    nl = sample_draft("Hoi Camille, we zaten naast elkaar bij de lunch op het Frans-Nederlandse handelscongres in Rotterdam. Je vertelde "
                      "over je trainingen voor het mkb, ben benieuwd! Groet, Joost", headline="Ondernemer | Import/Export", name="Joost")
    assert "op het Frans-Nederlandse handelscongres" in nl
    en = sample_draft("Hi Camille, we sat next to each other at lunch at the Franco-Dutch trade congress in Rotterdam. You told me about "
                      "your trainings for SMEs, I'm curious!", name="Tom")
    assert "at the Franco-Dutch trade congress" in en
