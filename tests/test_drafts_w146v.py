"""Wave 146, group V: a formal invitation to speak at a named forum on a date ("would be honoured if you would speak",
"que vous y parliez", "wenn Sie … sprechen würden", "als u wilt spreken") gets the speaker reply (event, date, interest,
the details asked), never a 20-minute call about social ads nor a polite no to a sales pitch."""

from __future__ import annotations

from drafting import sample_draft


def test_english_honoured_if_you_would_speak_is_a_speaker_invitation() -> None:
    # 146 V fr_en note-32 (draft_review168): the Dublin forum read as a call request
    en = sample_draft("Dear Ms Laurent,\nI am organising the Digital Retail Forum in Dublin on 12 June and would be honoured "
                      "if you would speak on social advertising for SMEs. Travel costs would be covered.\nKind regards,\n"
                      "Margaret Kelly", name="Margaret Kelly")
    assert "20-minute call" not in en
    assert "Digital Retail Forum on 12 June" in en and "as a speaker" in en and "format" in en


def test_french_que_vous_y_parliez_is_a_speaker_invitation() -> None:
    # 146 V fr_en note-32 (French variant): read as a sales pitch and declined
    fr = sample_draft("Bonjour Madame Laurent, j'organise le Forum du Commerce Digital à Lille le 12 juin et serais honoré que "
                      "vous y parliez de publicité sociale pour les PME. Les frais de déplacement seraient pris en charge. "
                      "Cordialement, Paul Martin", name="Paul Martin")
    assert "pas un besoin" not in fr
    assert "Merci de penser à moi pour intervenir au Forum du Commerce Digital" in fr and "12 juin" in fr


def test_german_and_dutch_speaking_invitations_get_the_speaker_reply() -> None:
    # 146 V fr_en note-32 (German and Dutch variants): both declined as sales pitches
    de = sample_draft("Sehr geehrte Frau Laurent, ich organisiere das Digital Retail Forum in München am 12. Juni und würde mich "
                      "freuen, wenn Sie über Social Ads für KMU sprechen würden. Reisekosten werden übernommen. Mit freundlichen "
                      "Grüßen, Klaus Bauer", name="Klaus Bauer")
    assert "keinen Bedarf" not in de
    assert "für einen Vortrag über Social Ads für KMU beim Digital Retail Forum am 12. Juni" in de and "Englisch" in de
    nl = sample_draft("Beste mevrouw Laurent, ik organiseer het Digital Retail Forum in Gent op 12 juni en zou het een eer vinden "
                      "als u wilt spreken over social advertising voor kmo's. Reiskosten worden vergoed. Met vriendelijke groet, "
                      "Pieter Claes", name="Pieter Claes")
    assert "geen behoefte" not in nl
    assert "voor een lezing over social advertising voor kmo's op het Digital Retail Forum op 12 juni" in nl


def test_spanish_speaking_invitation_is_unchanged() -> None:
    # 146 V fr_en note-32 (must-not-change neighbour: the Spanish invitation already got the speaker reply)
    es = sample_draft("Estimada Sra. Laurent, organizo el Foro de Comercio Digital en Madrid el 12 de junio y sería un honor que "
                      "hablara sobre publicidad en redes para pymes. Los gastos de viaje están cubiertos. Saludos, Javier Gómez",
                      name="Javier Gómez")
    assert "Gracias por pensar en mí para una ponencia sobre publicidad en redes para pymes en el Foro de Comercio Digital del 12 de junio" in es


def test_a_forum_question_without_an_invitation_is_no_speaker_reply() -> None:
    # 146 V fr_en note-32 (must-not-change neighbour: a Dutch note naming a forum without asking her to speak)
    nl = sample_draft("Hoi Camille, ik zag je vorige week op het Digital Retail Forum in Gent. Leuk om te connecten! Groet, Tom",
                      name="Tom Jansen")
    assert "lezing" not in nl and "format" not in nl


def test_site_not_on_google_audit_price_gets_the_seo_audit_range() -> None:
    # 146 V fr_en note-16 (draft_review169): "notre site n'apparait pas sur google … Combien ca coute environ ?" got only "ça dépend"
    fr = sample_draft("Bonjour Camille, on vend des matériaux de construction et notre site n'apparait pas sur google. Vous pouvez "
                      "faire un audit ? Combien ca coute environ ?\nGérard Perrin\nPerrin Matériaux", name="Gérard Perrin",
                      headline="Gérant – Perrin Matériaux")
    assert "entre 800 et 5 000 € HT" in fr and "le prix dépend du périmètre" not in fr
    en = sample_draft("Hello Camille, we sell building materials and our site doesn't show up on Google. Can you do an audit? "
                      "How much does it cost roughly? Gerald Price", name="Gerald Price")
    assert "€800 to €5,000 excl. VAT" in en
    de = sample_draft("Hallo Frau Laurent, wir verkaufen Baustoffe und unsere Website wird bei Google nicht gefunden. Können Sie "
                      "ein Audit machen? Was kostet das ungefähr? Gerd Paul", name="Gerd Paul")
    assert "zwischen 800 und 5.000 € zzgl. MwSt." in de
    nl = sample_draft("Hoi Camille, wij verkopen bouwmaterialen en onze site is niet vindbaar in Google. Kun je een audit doen? "
                      "Wat kost dat ongeveer? Groet, Bas", name="Bas Smit")
    assert "tussen € 800 en € 5.000 excl. btw" in nl


def test_ads_audit_price_keeps_the_scope_answer() -> None:
    # 146 V fr_en note-16 (must-not-change neighbour: an ads audit has no SEO range)
    fr = sample_draft("Bonjour Camille, nos pubs Facebook ne convertissent plus. Vous pouvez faire un audit ? Combien ca coute "
                      "environ ?", name="Marc Petit")
    assert "800" not in fr and "surtout du nombre de comptes et de campagnes" in fr


def test_one_off_consultation_price_gets_a_yes_and_the_small_site_range() -> None:
    # 146 V fr_en note-39 (draft_review168): "Do you offer one-off consultations and what do they cost roughly?" got only "it depends"
    en = sample_draft("Hi, I run a small online tea shop and my budget is tight. Do you offer one-off consultations and what do "
                      "they cost roughly? Thanks, Grace", name="Grace Lee")
    assert "The price depends on the scope" not in en
    assert "Yes, one-off work is possible" in en and "€800 to €1,200 excl. VAT" in en
    fr = sample_draft("Bonjour, je tiens une petite boutique de thé en ligne et mon budget est serré. Proposez-vous des "
                      "consultations ponctuelles et combien cela coûte-t-il à peu près ? Merci, Claire", name="Claire Dubois")
    assert "en ponctuel" in fr and "entre 800 et 1 200 € HT" in fr and "Le prix dépend du périmètre" not in fr
    de = sample_draft("Hallo Frau Laurent, ich habe einen kleinen Onlineshop für Tee und mein Budget ist knapp. Bieten Sie "
                      "einmalige Beratungen an und was kosten die ungefähr? Viele Grüße, Anna Weber", name="Anna Weber")
    assert "Ja, das geht auch einmalig" in de and "zwischen 800 und 1.200 € zzgl. MwSt." in de
    nl = sample_draft("Hoi Camille, ik heb een kleine webshop in thee en mijn budget is krap. Bied je losse consulten aan en wat "
                      "kost dat ongeveer? Groetjes, Sanne", name="Sanne de Vries")
    assert "eenmalig" in nl and "tussen € 800 en € 1.200 excl. btw" in nl


def test_price_without_one_off_keeps_the_scope_answer() -> None:
    # 146 V fr_en note-39 (must-not-change neighbour: a rough price asked with nothing one-off and no SEO)
    en = sample_draft("Hi, I run a small online tea shop. What do you charge roughly for helping with marketing? Thanks, Grace",
                      name="Grace Lee")
    assert "one-off" not in en and "€800" not in en
