"""Wave 30, group E: her talk at an event recognised and praised, a conversation carried on without a call nobody asked
for, and a speaker invitation whose call request is answered with a call."""

from drafting import SAMPLE, item

from invitriage.drafts.writer import draft_for


def _text(note: str, lang: str, intent: str) -> str:
    d = draft_for(item(note, lang, intent), SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


def test_her_talk_at_an_event_is_what_they_attended():
    """A "conf" praised on its own line is her talk, not the posts they will follow next."""
    for note, lang, intent, want in [
        ("Coucou Camille\nTop conf ce matin au Web2Day, merci pour les conseils SEO local ! Je vais suivre tes posts", "fr", "content",
         "mon intervention"),
        ("Bonjour Camille 🙂\nExcellente conf au salon E-commerce Paris, j'ai pris plein de notes. Hâte de lire vos prochains posts.", "fr", "content",
         "mon intervention"),
    ]:
        text = _text(note, lang, intent)
        assert want in text, text
        assert "lu mes posts" not in text and "lu mon post" not in text, text


def test_a_thought_provoking_talk_is_praise():
    """"zette me aan het denken", "got me thinking", "hat mich zum Nachdenken gebracht": the talk's compliment thanked."""
    for note, lang, intent, want in [
        ("Hoi Camille, fijn je even gesproken te hebben op het Marketing Festival in Gent. Je presentatie over TikTok zette me flink aan het denken! Groet, Joris",
         "nl", "met_before", "woorden over mijn"),
        ("Hallo Camille, schön, dass wir uns letzte Woche beim OMR Festival in Hamburg unterhalten haben. Dein Vortrag über Content hat mich echt zum Nachdenken gebracht. LG Jonas",
         "de", "met_before", "lieben Worte zu meinem Vortrag"),
    ]:
        text = _text(note, lang, intent)
        assert want in text, text


def test_carrying_on_the_conversation_is_no_call():
    """"den Austausch fortsetzen", "poursuivre l'échange", "continue our conversation": gladly, on what, no phone call set up."""
    for note, lang, want, never in [
        ("Guten Tag Frau Laurent, wir haben uns auf der dmexco nach Ihrem Vortrag über SEO kurz gesprochen. Ich würde unseren Austausch gern fortsetzen. Beste Grüße, Lukas Brandt",
         "de", "Worüber möchten Sie sich austauschen", "Telefonat"),
        ("Bonjour Madame Laurent, nous avons échangé brièvement au salon VivaTech après votre table ronde. J'aimerais beaucoup poursuivre la discussion. Cordialement, Hélène Petit",
         "fr", "De quoi aimeriez-vous", "appel"),
        ("Hi Camille, we met briefly at BrightonSEO after your session. I'd love to continue our conversation. Best, Mark",
         "en", "What would you like to talk about", "call"),
        ("Buongiorno Camille, ci siamo conosciuti al Web Marketing Festival dopo il tuo intervento. Mi piacerebbe continuare la conversazione. Saluti, Paolo",
         "it", "Di cosa ti piacerebbe parlare", "chiamata"),
        ("Hoi Camille, we spraken elkaar kort op het Frankwatching-event na je lezing. Ik zou het gesprek graag voortzetten! Groet, Lotte",
         "nl", "Waar wil je het verder over hebben", "bellen"),
    ]:
        text = _text(note, lang, "met_before")
        assert want in text, text
        assert never not in text.lower(), text


def test_a_speaker_invitation_asking_for_a_call_gets_one():
    """"Could we schedule a quick call?", "Können wir dazu kurz telefonieren?": yes to the call, not "tell me the format"."""
    for note, lang, want in [
        ("Dear Camille, I'm organising the Growth Marketing Forum in Dublin on 3 October and would love you to speak on content strategy. Could we schedule a quick call? Best, Niamh O'Brien",
         "en", "short call"),
        ("Beste Camille, ik organiseer een e-commercecongres in Utrecht op 8 mei en nodig je graag uit als spreker over SEO. Kunnen we een afspraak maken om het te bespreken? Groet, Pieter",
         "nl", "bespreken"),
        ("Sehr geehrte Frau Laurent, für unsere Konferenz in Wien am 4. April möchten wir Sie als Speakerin zum Thema Social Ads einladen. Können wir dazu kurz telefonieren? Mit freundlichen Grüßen, Anna Huber",
         "de", "Telefonat"),
        ("Olá Camille, organizo o Marketing Summit Braga em setembro e gostaríamos de a convidar como oradora sobre SEO. Podemos marcar uma chamada? Cumprimentos, Inês",
         "pt", "chamada"),
    ]:
        text = _text(note, lang, "business_proposal")
        assert want in text, text
        assert "format" not in text.lower(), text


def test_a_talk_length_is_no_call_asked():
    """"une conférence de 30 min", "una charla de 20 minutos": the talk's length, never a call proposed for it."""
    for note, lang, never in [
        ("Bonjour Camille, nous organisons le Digital Day de Dijon le 9 octobre. Accepteriez-vous de donner une conférence de 30 min sur le SEO local ? Nathalie",
         "fr", "appel"),
        ("Hola Camille, organizamos el Digital Summit Bilbao en junio. ¿Te animarías a dar una charla de 20 minutos sobre publicidad en redes? Iker",
         "es", "llamada"),
    ]:
        text = _text(note, lang, "business_proposal")
        assert never not in text.lower(), text

