"""Wave 110, group E: wording, register and names (contracted Portuguese "dos meus posts", the legal form's article in
German, a copula ending a topic, the CV read on the profile)."""

from __future__ import annotations

from drafting import SAMPLE, sample_draft

from invitriage.drafts.writer import _de_business, draft_for


def _no_note(headline: str, name: str, lang: str) -> str:
    d = draft_for({"name": name, "note": "", "headline": headline, "lang": lang, "intent": "no_note", "action": "reply", "evidence": [], "meet": True},
                  SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


def test_portuguese_contracted_preposition_agrees_with_plural_posts() -> None:
    # 109 es_pt_it note-39: "gostado do meus posts"
    br = sample_draft("Oi Camille, sou CMO de uma startup de edtech em SP e acompanho seus posts sobre marketing B2B. Muito bom conteúdo, "
                      "prazer em conectar!", headline="CMO · Aprendi Edtech", name="Marcelo Teixeira")
    assert "do meus posts" not in br and "no meus posts" not in br
    assert "dos meus posts" in br
    other = sample_draft("Olá Camille, adoro os seus posts sobre SEO local, aprendo sempre alguma coisa. Obrigado!", name="Rui Costa")
    assert "do meus posts" not in other and "do os meus" not in other


def test_german_legal_form_decides_the_article() -> None:
    # 110 de_nl note-21: "beim Shopwerk GmbH"
    de = _no_note("Head of Growth bei Shopwerk GmbH", "Sebastian Vogel", "de")
    assert "beim Shopwerk GmbH" not in de
    assert "bei der Shopwerk GmbH" in de
    assert _de_business("Autohaus Meier GmbH")[0] == "der Autohaus Meier GmbH"
    assert _de_business("Hotel Adler AG")[1] == "die Hotel Adler AG"
    assert _de_business("Autohaus Meier")[0] == "dem Autohaus Meier"


def test_estar_ends_the_post_topic() -> None:
    # 110 es_pt_it note-11: "tu post sobre el fin de las cookies de terceros estuvo genial" quoted with its verb
    es = sample_draft("Camille, tu post sobre el fin de las cookies de terceros estuvo genial. Una duda: ¿recomiendas ya el server-side "
                      "tracking para una tienda pequeña de Shopify o es matar moscas a cañonazos?", headline="Fundadora de Bambú Kids (Shopify)",
                      name="Natalia Herrera")
    assert "estuvo" not in es
    assert "cookies de terceros" in es
    pt = sample_draft("Olá Camille, o seu post sobre o fim dos cookies de terceiros estava ótimo. Obrigada!", name="Ana Costa")
    assert "estava" not in pt


def test_french_cv_on_the_profile_is_read_there_in_plain_french() -> None:
    # 110 fr_en note-17: "Je lirai le CV de votre profil"
    fr = sample_draft("Bonjour Camille,\nJe suis à la recherche d'un poste de chargé(e) de marketing digital sur Lyon. Si vous entendez parler "
                      "d'opportunités, je serais ravi que vous pensiez à moi. Mon CV est sur mon profil.\nBonne journée,\nMehdi Saidi",
                      headline="Chargé de marketing digital - Open to work", name="Mehdi Saidi")
    assert "CV de votre profil" not in fr
    assert "CV que vous avez mis sur votre profil" in fr
    tu = sample_draft("Salut Camille, je cherche un job en SEO à Lyon, si tu entends parler de quelque chose fais-moi signe ! Mon CV est sur "
                      "mon profil. Merci, Julie", name="Julie Petit")
    assert "CV de ton profil" not in tu


def test_casual_hello_with_her_surname_is_answered_hallo_herr() -> None:
    # 110 de_nl note-19: "Servus Frau Laurent" answered "Sehr geehrter Herr Baumann"
    de = sample_draft("Servus Frau Laurent, wir sind eine kleine Agentur aus München und suchen Partner in Frankreich für gemeinsame "
                      "Kundenprojekte (wir machen Webdesign, Sie SEO?). Hätten Sie Interesse an einem Austausch? Grüße, Florian Baumann",
                      headline="Geschäftsführer bei Pixelhaus München", name="Florian Baumann")
    assert de.startswith("Hallo Herr Baumann,")
    moin = sample_draft("Moin Frau Laurent, ich leite das Marketing eines Hamburger Onlineshops und suche Unterstützung bei SEO. "
                        "Hätten Sie Zeit für ein kurzes Gespräch? Viele Grüße, Jan Petersen", name="Jan Petersen")
    assert "Sehr geehrter" not in moin.splitlines()[0]
    formal = sample_draft("Sehr geehrte Frau Laurent, wir suchen Unterstützung bei SEO. Hätten Sie Zeit für ein Gespräch? Mit freundlichen "
                          "Grüßen, Jan Petersen", name="Jan Petersen")
    assert formal.startswith("Sehr geehrter Herr Petersen,")


def test_dutch_thesis_subject_is_never_the_message_subject() -> None:
    # 110 de_nl note-37: "je bericht over de rol van SEO bij kleine webshops" (her thesis topic)
    nl = sample_draft("Hoi Camille, ik schrijf mijn scriptie over de rol van SEO bij kleine webshops. Zou ik je een korte vragenlijst mogen "
                      "sturen (max 10 min)? Dankjewel alvast! Sophie", headline="Student Commerciële Economie | Fontys", name="Sophie Willems")
    assert "je bericht over de rol" not in nl
    assert "je scriptie over de rol van SEO bij kleine webshops" in nl
    once = sample_draft("Hoi Camille, voor mijn scriptie over influencer marketing zou ik je graag 20 minuten interviewen. Heb je tijd? "
                        "Groet, Tim", headline="Student HAN", name="Tim Bakker")
    assert once.count("scriptie") == 1


def test_speaker_invitation_discussed_by_email_gets_no_phone_call() -> None:
    # 110 de_nl note-30: "Kunnen we dit verder bespreken per mail?" answered with a phone call
    nl = sample_draft("Beste Camille, namens Frankwatching Live nodigen wij je graag uit als spreker op ons event in november in Utrecht, "
                      "over content strategie. Kunnen we dit verder bespreken per mail? Hartelijke groet, Ruben Bos",
                      headline="Eventmanager bij Frankwatching", name="Ruben Bos")
    assert "telefonisch" not in nl and "gesprek" not in nl
    phone = sample_draft("Beste Camille, namens Frankwatching Live nodigen wij je graag uit als spreker op ons event in november in Utrecht, "
                         "over content strategie. Kunnen we dit telefonisch bespreken? Hartelijke groet, Ruben Bos",
                         headline="Eventmanager bij Frankwatching", name="Ruben Bos")
    assert "telefonisch" in phone


def test_event_name_keeps_its_small_joining_word() -> None:
    # 109 fr_en note-41: "Women in Tech meetup" shown as "the Tech meetup"
    en = sample_draft("Hi Camille, I run a Women in Tech meetup in Lyon and we'd love you to lead a 45-min workshop on content strategy in "
                      "June. It's volunteer-based but dinner is on us 😄\nGrace", headline="Organizer - Women in Tech Lyon", name="Grace Kim")
    assert "the Tech meetup" not in en
    assert "Women in Tech meetup" in en
    fr = sample_draft("Bonjour Camille, je suis l'organisatrice du Women in Digital Summit à Lyon (juin). Nous cherchons une intervenante "
                      "sur la formation au marketing digital, seriez-vous intéressée ?", name="Claire Petit")
    assert "au Digital Summit" not in fr and "Women in Digital Summit" in fr


def test_recruiter_sent_by_a_referrer_thanks_the_referrer() -> None:
    # 110 de_nl note-26: "Pieter Janssen van Groeihuis raadde me aan contact met je op te nemen" not acknowledged
    nl = sample_draft("Hallo Camille, Pieter Janssen van Groeihuis raadde me aan contact met je op te nemen. Wij zoeken een freelance "
                      "SEO-specialist voor een klant in Frankrijk. Heb je interesse? Groet, Eva Smit",
                      headline="Marketing Director bij Groeihuis", name="Eva Smit")
    assert "Ook dank aan Pieter Janssen" in nl
    en = sample_draft("Hi Camille, Peter Jones from Growhouse suggested I get in touch. We are looking for a freelance SEO specialist for a "
                      "client in France. Are you interested? Eva", headline="Marketing Director at Growhouse", name="Eva Smith")
    assert "Thanks also to Peter Jones" in en and "of me, and to Peter" not in en
    fr = sample_draft("Bonjour Camille, Paul Durand m'a conseillé de vous contacter. Nous cherchons une consultante SEO freelance pour un "
                      "client. Seriez-vous intéressée ? Eva", headline="Directrice marketing", name="Eva Martin")
    assert "Merci aussi à Paul Durand" in fr
