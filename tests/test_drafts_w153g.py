"""Wave 153, group G: a course asked to learn GA4 gets Google's own Analytics courses (Skillshop, the demo account), never
the Meta Blueprint / Google Ads courses for the channel someone runs, nor a switch from "u" to "je"; a past workshop
attendee who tells what they do now ("hoje trabalho numa agência") is glad-to-heard, never told how to choose an agency."""

from __future__ import annotations

from drafting import sample_draft


def test_ga4_course_asked_gets_the_analytics_courses() -> None:
    # 180 de_nl note-41: "welke cursus zou u aanraden voor iemand die Google Analytics 4 echt wil leren?" got Meta Blueprint
    nl = sample_draft("Hallo mevrouw Laurent, welke cursus zou u aanraden voor iemand die Google Analytics 4 echt wil leren? "
                      "Er is zoveel aanbod. Groet, Marloes", "Marketing Assistent bij Gemeente Zwolle", name="Marloes Willems")
    assert "Blueprint" not in nl and "Google Ads" not in nl
    assert "Google Analytics" in nl and "Skillshop" in nl and "demo-account" in nl
    assert " je " not in nl.split("\n", 3)[3]  # formal all through: no switch to "je"
    fr = sample_draft("Bonjour Camille, quelle formation me conseilleriez-vous pour vraiment maîtriser GA4 ? Merci, Sophie",
                      "Chargée de communication chez Ville de Grenoble", name="Sophie Martin")
    assert "Blueprint" not in fr and "cours gratuits de Google Analytics" in fr
    de = sample_draft("Hallo Frau Laurent, welchen Kurs würden Sie empfehlen, um Google Analytics 4 richtig zu lernen?",
                      "Marketing Managerin bei Stadtwerke Ulm", name="Anna Weber")
    assert "Blueprint" not in de and "Google-Analytics-Kursen" in de and "Demokonto" in de


def test_channel_course_in_the_job_keeps_its_answer() -> None:
    # neighbour (must not change): a course asked by someone in the job, no GA4 named, keeps the channel answer
    en = sample_draft("Hi Camille, which course would you recommend to get better at my job?", "Marketing Coordinator at Acme",
                      name="Jane Doe")
    assert "GA4, I'd start" not in en


def test_attendee_news_is_answered_never_agency_advice() -> None:
    # 181 es_pt_it note-33: "Fiz seu workshop de SEO em Lyon … lembra? Hoje trabalho numa agência em SP" got how to choose an agency
    pt = sample_draft("Oi Camille!! Fiz seu workshop de SEO em Lyon quando estava de intercâmbio, lembra? Hoje trabalho numa "
                      "agência em SP. Saudades da França kkk", "", name="Gabriel Martins")
    assert "agências cases" not in pt and "escolheria" not in pt
    assert "o que você anda fazendo agora" in pt
    br = sample_draft("Oii Camille! Participei do seu workshop de redes sociais em Lyon, lembra? Hoje trabalho numa agência "
                      "em Curitiba, tudo de bom!", "", name="Ana Souza")
    assert "escolheria" not in br and "fazendo agora" in br
    en = sample_draft("Hi Camille! I took your SEO workshop in Lyon during my exchange, remember? Today I work at an agency "
                      "in Dublin. Miss France!", "", name="Sean Kelly")
    assert "how I'd choose" not in en and "what you're up to now" in en


def test_attendee_without_news_keeps_the_next_event() -> None:
    # neighbour (must not change): an attendee telling no news keeps "see you at a next event"
    pt = sample_draft("Oi Camille! Fiz seu workshop de SEO em Lyon, adorei!", "", name="Gabriel Martins")
    assert "anda fazendo agora" not in pt
