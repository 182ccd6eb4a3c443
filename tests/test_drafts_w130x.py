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
    assert "auch mit GA4 allein" in de


def test_student_seeking_an_internship_in_an_agency_is_not_placed_there() -> None:
    # regression r66 es_pt_it note-3 (and r126 note-4): "busco prácticas en una agencia" got "Envíame tu CV: … mi opinión sobre
    # tu pregunta" through the tips for one already placed
    es = sample_draft("hola camille, soy estudiante de marketing en la universidad de valencia y busco practicas en una agencia "
                      "o consultora en Francia para septiembre. aceptarias a alguien? hablo frances nivel B2. gracias!!",
                      name="Lucía Pérez")
    assert "opinión sobre tu pregunta" not in es and "primeros meses" not in es and "prácticas" in es


def test_a_course_recommended_online_is_never_her_own_online_training() -> None:
    # 136 es_pt_it (es, pt, it rewrites): "¿me podrías recomendar un buen curso online de GA4?" got "Sí, doy formación online"
    # and a call about her own training
    es = sample_draft("Hola Camille, ¿me podrías recomendar un buen curso online de Google Analytics 4? Estoy empezando y hay "
                      "tanta oferta que me pierdo 😅 Gracias!!\nValeria (México)", name="Valeria Ruiz")
    assert "doy formación online" not in es and "20 minutos" not in es
    br = sample_draft("Oi Camille, você poderia me indicar um bom curso online de Google Analytics 4? Tô começando e tem muita "
                      "opção, fico perdida 😅 Obrigada!\nLarissa", name="Larissa Souza")
    assert "treinamentos também têm versão online" not in br and "20 minutos" not in br
    it = sample_draft("Ciao Camille, mi consiglieresti un buon corso online su Google Analytics 4? Sto iniziando e c'è troppa "
                      "scelta, mi perdo 😅 Grazie!!\nMartina", name="Martina Rossi")
    assert "corsi sono anche online" not in it


def test_her_own_training_online_asked_keeps_her_answer() -> None:
    # the neighbour that must not change: "¿das formación online?" asks about hers
    es = sample_draft("Hola Camille, ¿das formación online? Me interesa el SEO. Gracias, Pablo", name="Pablo Gil")
    assert "Sí, doy formación online" in es
