"""Wave 130, our mend after reading the wave's regression diff: a tracking question naming GA4 keeps the server-side
answer (GA4 alone never pulls it to Consent Mode, "without Google Ads" does); a student still SEEKING an internship in an
agency is not one already placed there."""

from __future__ import annotations

from drafting import sample_draft


def test_ga4_server_side_question_keeps_the_server_side_answer() -> None:
    # regression r101 es_pt_it note-37 and r51 fr_en note-16: "vale migrar pro GA4 server-side?" got the Consent Mode answer
    br = sample_draft("Oi! Vi seu post sobre o fim dos cookies de terceiros. Você acha que vale migrar pro GA4 server-side "
                      "agora ou ainda dá pra esperar? Abs", headline="Head de Performance na Hotmart", name="Rafael Lima")
    assert "server-side" in br and "Consent Mode" not in br
    fr = sample_draft("Coucou Camille, j'ai vu ton post sur la fin des cookies tiers, du coup tu conseilles quoi pour le "
                      "tracking sur Shopify ? GA4 + server side ? Merci !! Inès", headline="Fondatrice – Maison Inès (e-shop déco)",
                      name="Inès Moreau")
    assert "Consent Mode" not in fr and "serveur" in fr


def test_consent_mode_with_ga4_alone_still_gets_its_answer() -> None:
    # the neighbour wave 130 (group l) fixed: 135 de_nl note-15
    de = sample_draft("Hallo Camille, dein Post zu Google Consent Mode v2 war echt hilfreich. Eine Frage: gilt das auch, wenn "
                      "man nur GA4 ohne Google Ads nutzt? Danke & Gruß aus Wien, Lukas", name="Lukas Huber")
    assert "gilt auch mit GA4 allein" in de


def test_student_seeking_an_internship_in_an_agency_is_not_placed_there() -> None:
    # regression r66 es_pt_it note-3 (and r126 note-4): "busco prácticas en una agencia" got "Envíame tu CV: … mi opinión sobre
    # tu pregunta" through the tips for one already placed
    es = sample_draft("hola camille, soy estudiante de marketing en la universidad de valencia y busco practicas en una agencia "
                      "o consultora en Francia para septiembre. aceptarias a alguien? hablo frances nivel B2. gracias!!",
                      name="Lucía Pérez")
    assert "opinión sobre tu pregunta" not in es and "primeros meses" not in es and "prácticas" in es
