"""Wave 28, helper a28: notes misread as something else (a buyer taken for a recruiter, a referral request taken for a
job offer to her, her own profile taken for a referrer, an outside audit taken for a pitch)."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts.notefacts import extract


def test_a_senior_buyer_asking_about_her_services_is_a_prospect_not_a_job():
    text = sample_draft("Dear Ms Laurent, as Marketing Director of a Dutch furniture chain I would welcome the opportunity "
                        "to talk about your consulting services. Kind regards, Pieter", headline="Marketing Director")
    assert "isn't for me" not in text and "permanent role" not in text
    assert "call" in text
    f = extract("Hello Camille, we'd love the opportunity to discuss your services for our French launch.", "en", "recruiting")
    assert not f.job_offered and f.client


def test_an_outside_audit_planned_is_a_client_need_not_a_pitch():
    fr = sample_draft("Bonjour Camille, je suis responsable marketing d'une enseigne de sport et nous envisageons de faire "
                      "auditer nos campagnes Meta. Au plaisir d'échanger !")
    assert "pas un besoin" not in fr and "appel" in fr
    de = sample_draft("Guten Tag Frau Laurent, ich verantworte das Marketing eines Möbelhauses; wir überlegen, unsere "
                      "Google-Ads-Kampagnen extern prüfen zu lassen. Viele Grüße")
    assert "Telefonat" in de and "kein Bedarf" not in de
    for note, lang in (("Hoi Camille, wij overwegen onze social ads extern te laten doorlichten.", "nl"),
                       ("Hola Camille, estamos pensando en auditar nuestras campañas de Meta con alguien externo.", "es")):
        assert extract(note, lang, "sales_pitch").client, note


def test_her_own_profile_is_never_a_referrer():
    for note, lang in (("Hallo Frau Laurent, Ihr Profil hat mich angesprochen. Gern vernetzen!", "de"),
                       ("Hi Camille, your profile caught my eye, happy to connect!", "en"),
                       ("Bonjour Camille, votre profil m'a été recommandé par une collègue. Au plaisir !", "fr")):
        assert not extract(note, lang, "sales_pitch").referrer.lower().startswith(("ihr", "your", "votre")), note
    text = sample_draft("Hallo Frau Laurent, Ihr Profil hat mich angesprochen, wir überlegen, unsere Social Ads extern "
                        "prüfen zu lassen. Beste Grüße")
    assert "verwiesen" not in text


def test_a_recruiter_asking_for_candidates_is_not_offering_her_the_job():
    de = sample_draft("Sehr geehrte Frau Laurent, wir suchen für einen Kunden aus der Logistik einen Head of Sales. "
                      "Kennen Sie evtl. passende Kandidaten? Freundliche Grüße, Executive Search")
    assert "passt daher nicht zu mir" not in de and "nicht zu mir" not in de
    assert extract("Kennen Sie ggf. geeignete Kandidaten für eine Leitungsstelle?", "de", "recruiting").refer_ask
    assert extract("Conoce p. ej. candidatos para un puesto de jefe de ventas?", "es", "recruiting").refer_ask
