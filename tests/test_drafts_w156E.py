"""Wave 156 E: course and client enquiries misread (es, pt, it).

- "me parecen muy prácticas" (practical) is no internship sought: someone met at a workshop is never sent the job seeker's
  "send me your CV";
- a question on her own course's dates or free seats ("ci sono date per novembre?", "ainda tá com vagas?") is answered
  with the next session's dates promised, never a call about "your needs" nor "the proposal interests me";
- the online version of a course named in another sentence is her training's ("my training courses are online too"),
  never "I also work remotely", and its certificate asked beside it gets her own answer on it;
- "Mi aiuteresti con SEO e Meta Ads?" (her help asked in the conditional) is a prospect's ask: her yes and a call,
  never free tips with no next step.
"""

from __future__ import annotations

from drafting import sample_draft
from invitriage.judge.classify import classify


def test_practical_posts_are_no_internship_sought() -> None:
    for note in ("Hola Camille, coincidimos en el taller de LinkedIn Ads de Marseille. Sigo tus publicaciones y me parecen muy prácticas. Un saludo desde Bilbao",
                 "Hola Camille, nos vimos en la jornada de SEO de Valencia. Tus publicaciones son muy prácticas, ¡gracias por compartir! Saludos"):
        assert classify([note], owner_lang="fr")[0].intent != "job_seeking"
        text = sample_draft(note, name="Iker Etxeberria")
        assert "CV" not in text and "prácticas" not in text and "búsqueda" not in text
        assert "coincidido" in text


def test_internship_sought_keeps_the_cv() -> None:
    note = "Hola Camille, soy estudiante de marketing y busco prácticas en Lyon para marzo. ¿Aceptas becarios?"
    assert classify([note], owner_lang="fr")[0].intent == "job_seeking"
    assert "CV" in sample_draft(note, name="Ana López")


def test_course_dates_asked_without_next() -> None:
    text = sample_draft("Ciao Camille, la tua formazione SEO a Lione si può fare anche online? E ci sono date per novembre? Grazie, Andrea",
                        name="Andrea Esposito")
    assert "proposta" not in text and "call di 20 minuti" not in text
    assert "date della prossima" in text and "online" in text
    en = sample_draft("Hi Camille, can your SEO training in Lyon be done online too? Any dates in November? Thanks, Paul", name="Paul Martin")
    assert "dates of the next session" in en and "call" not in en
    nl = sample_draft("Hoi Camille, zijn er nog plekken in je SEO-training? Kan het ook online?", name="Paul Martin")
    assert "volgende editie" in nl and "online" in nl
    de = sample_draft("Hallo Camille, gibt es für deinen SEO-Kurs noch freie Plätze? Geht das auch online?", name="Paul Martin")
    assert "nächsten Durchgang" in de


def test_course_seats_online_and_certificate() -> None:
    text = sample_draft("Oi Camille, sua formação de Google Ads ainda tá com vagas? Queria saber se tem versão online e se o certificado vale pra empresa. Abs, Gustavo",
                        name="Gustavo Araújo", headline="Analista de Performance na Magazine Sol")
    assert "trabalho a distância" not in text and "conversa de 20 minutos" not in text
    assert "treinamentos também têm versão online" in text
    assert "certificado de participação" in text and "próxima turma" in text
    assert "Sim, meus" in text and "Sim:" not in text  # one yes, never two
    en = sample_draft("Hi Camille, is there an online version of your SEO training? And does the certificate count for employers?", name="Paul Martin")
    assert "certificate of completion" in en and "Yes: at the end" not in en
    it = sample_draft("Ciao Camille, il tuo corso SEO si può seguire online? E il certificato è riconosciuto dalle aziende?", name="Paul Martin")
    assert "attestato di partecipazione" in it


def test_online_course_without_dates_keeps_its_draft() -> None:
    text = sample_draft("Bonjour Camille, vos formations existent-elles aussi en ligne ?", name="Paul Martin")
    assert "mes formations existent aussi en ligne" in text and "prochaine session" not in text


def test_help_asked_in_the_conditional_gets_a_yes_and_a_call() -> None:
    it = sample_draft("Ciao Camille, ho un brand di moda sostenibile e vorrei lanciarlo in Francia. Mi aiuteresti con SEO e Meta Ads per il mercato francese?",
                      name="Alessia Marchetti", headline="Fondatrice di Filo Verde")
    assert "volentieri" in it and "call di 20 minuti" in it and "Per la Francia partirei" not in it
    es = sample_draft("Hola Camille, tengo una marca de cosmética natural y quiero lanzarla en Francia. ¿Me ayudarías con el SEO y Meta Ads para el mercado francés?",
                      name="Paul Martin")
    assert "te ayudo" in es and "llamada de 20 minutos" in es
    en = sample_draft("Hi Camille, I run a sustainable fashion brand and want to launch it in France. Would you help me with SEO and Meta Ads for the French market?",
                      name="Paul Martin")
    assert "Happy to help" in en and "call" in en


def test_launch_tips_asked_keep_the_tips() -> None:
    en = sample_draft("Hi Camille, I run a sustainable fashion brand and want to launch it in France. Where would you start with SEO and ads there?",
                      name="Paul Martin")
    assert "Happy to help with" not in en and "France" in en  # a where-to-start question, never read as her help asked
