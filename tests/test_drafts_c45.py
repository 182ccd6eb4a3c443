"""Wave 45, helper C: register, language variety and quoting — a formal Brazilian letter answered in formal pt-BR, the
language caveat said formally to a formal sender, a plain Portuguese note closed plainly, a sentence opening "Ihr Vortrag"
read as Sie (thanked for kind words, not "Feedback"), German typed without umlauts quoted with them, an offer of English
taken up (and no phone call assumed), a guest in a podcast series about consultants, not "talking on consultants"."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts.notefacts import is_informal, pt_variant


def test_formal_brazilian_letter_is_answered_in_formal_brazilian_portuguese() -> None:
    notes = [
        "Prezada Sra. Laurent, venho por meio desta apresentar-me. Sou diretora de marketing de uma rede de escolas de idiomas e temos interesse em uma consultoria de SEO. Atenciosamente, Paula Nogueira",
        "Prezado Sr. Laurent,\nVenho por meio desta, por sugestão da Ana Ribeiro, apresentar-me: dirijo o marketing de uma construtora e temos interesse em uma parceria.\nAtenciosamente,\nRoberto Lima",
    ]
    for note in notes:
        assert pt_variant(note) == "pt-BR", note
        text = sample_draft(note, headline="Diretor comercial", name="Paulo Nogueira")
        assert "contacto" not in text and "consigo" not in text and "Caro" not in text and "Terei todo o gosto" not in text, text
        assert text.startswith("Prezado"), text
    assert pt_variant("Prezado Sr. Laurent, venho por meio desta apresentar-me.") == "pt-BR"
    # a plain Portuguese note keeps Portugal's forms
    assert pt_variant("Olá Camille, a minha equipa está a crescer e gostava de falar consigo.") == "pt"


def test_language_caveat_is_formal_for_a_formal_portuguese_sender() -> None:
    note = ("Exmo. Sr. Dr. Camille Laurent,\nSou jornalista da revista Exame Digital e estou a escrever sobre publicidade online. "
            "Teria disponibilidade para uma curta entrevista?\nCom os melhores cumprimentos,\nJoão Pedro Ramos")
    text = sample_draft(note, headline="Jornalista", name="João Pedro Ramos")
    assert "Só um detalhe" not in text and "Devo apenas referir" in text, text


def test_plain_portuguese_question_gets_natural_order_and_a_plain_closing() -> None:
    note = "Olá! As suas formações de SEO são só em francês ou há também em inglês? Vivo em Lyon há pouco tempo e gostava de participar."
    text = sample_draft(note, headline="Estudante de mestrado", name="Inês Duarte")
    assert "aprender sobretudo" not in text and "Com os melhores cumprimentos" not in text, text


def test_sentence_opening_ihr_with_a_noun_is_sie_and_a_compliment_is_kind_words() -> None:
    assert not is_informal("Hallo Camille, wir haben uns auf der Messe kurz gesprochen. Ihr Workshop war klasse! Gruß, Ben", "de")
    assert not is_informal("Hallo Camille, schön Sie getroffen zu haben. Ihre Tipps zu Newslettern waren sehr hilfreich. Viele Grüße, Eva", "de")
    assert is_informal("Hallo Camille! Ihr seid ein tolles Team. Liebe Grüße, Mia", "de")
    note = ("Hallo Camille, wir haben beim E-Commerce Day in Berlin kurz beim Mittagessen geplaudert. Ihr Vortrag über Google Ads war "
            "großartig! Ich würde gern in Kontakt bleiben. Viele Grüße, Felix")
    text = sample_draft(note, name="Felix Brandt")
    assert "Feedback" not in text and " dein" not in text and " du " not in text, text


def test_german_typed_without_umlauts_is_quoted_with_them() -> None:
    notes = [
        "Hallo Camille! Ich lese seit einem Jahr deinen Newsletter, dein Beitrag zu Google Ads fuer Handwerksbetriebe hat mir echt geholfen. Gerne vernetzen!",
    ]
    for note in notes:
        text = sample_draft(note, name="Jana Weiss")
        assert "fuer" not in text and "für Handwerksbetriebe" in text, text


def test_an_offer_of_english_is_taken_up_and_no_phone_call_is_assumed() -> None:
    notes = {
        "Buongiorno Camille, sto preparando la tesi sul content marketing e vorrei farLe un'intervista di 15 minuti. Va bene anche in inglese!":
            ("inglese", "telefonata"),
        "Hola Camille, estoy con mi TFM sobre email marketing, ¿me concederías una entrevista de 15 minutos? En inglés también me va bien.":
            ("inglés", "Eso sí"),
        "Hoi Camille, voor mijn scriptie over TikTok-marketing zou ik je graag 20 minuten interviewen. In het Engels is ook prima!":
            ("Engels", "telefoongesprek"),
        "Hallo Camille, ich schreibe meine Masterarbeit über Influencer-Marketing und würde dich gern 20 Minuten interviewen. Auf Englisch ist auch kein Problem!":
            ("Englisch", "Telefonat"),
    }
    for note, (wanted, unwanted) in notes.items():
        text = sample_draft(note, headline="Student", name="Marco Rossi")
        assert wanted in text and unwanted not in text, text


def test_a_guest_in_a_series_about_consultants_is_not_invited_to_talk_on_consultants() -> None:
    notes = {
        "Hey Camille! I run the podcast 'Side Roads' and we're recording a series about freelance marketers in Europe. Fancy being a guest?":
            ("guest in your series about freelance marketers", "talk about freelance"),
        "Hola Camille, presento el podcast 'Mercado Abierto' y estamos grabando una serie sobre consultoras de marketing europeas. ¿Te animas a participar como invitada?":
            ("serie sobre consultoras", "hablar sobre consultoras"),
        "Hoi Camille, ik maak de podcast 'Groeigesprekken' en we doen een reeks over Europese marketingconsultants. Wil je te gast zijn?":
            ("reeks over Europese", "om te praten over"),
    }
    for note, (wanted, unwanted) in notes.items():
        text = sample_draft(note, headline="Podcast host", name="Sam Doyle")
        assert wanted in text and unwanted not in text, text
