"""Wave 147, group A: who did what in a note — the show the sender produces (not the one where he heard her), the event
where her talk was (not the sender's employer), and her own story recalled with a smile (never a result congratulated)."""

from __future__ import annotations

from drafting import sample_draft


def test_the_invitation_is_to_the_senders_own_podcast_not_where_he_heard_her() -> None:
    # 171 fr_en note-6: "je vous ai écoutée au podcast « Marketing Mania ». Je produis le podcast « Les Petits Entrepreneurs »"
    fr = sample_draft("Bonjour, je vous ai écoutée au podcast « Marketing Mania ». Je produis le podcast « Les Petits Entrepreneurs » "
                      "et j'aimerais beaucoup vous recevoir pour un épisode sur la pub Instagram pour les TPE. Partante ?\nMathieu",
                      headline="Host @ Les Petits Entrepreneurs", name="Mathieu Roux")
    assert "Les Petits Entrepreneurs" in fr and "Marketing Mania" not in fr
    en = sample_draft("Hi Camille, I heard you on the \"Marketing Over Coffee\" podcast. I produce the \"Small Biz Talk\" podcast and "
                      "would love to have you on for an episode about Instagram ads for small businesses. Interested?\nMark",
                      headline="Host @ Small Biz Talk", name="Mark Hill")
    assert "Small Biz Talk" in en and "Marketing Over Coffee" not in en


def test_her_talk_was_at_the_event_not_at_the_senders_employer() -> None:
    # 171 fr_en note-32: "I'm CMO at Deliveroo France. Saw your talk at the Web2Day" → never "my talk at Deliveroo France"
    en = sample_draft("Hi Camille, I'm CMO at Deliveroo France. Saw your talk at the Web2Day and would like to discuss training "
                      "for our marketing team. Let's connect!", headline="CMO - Deliveroo France", name="Charlotte Petit")
    assert "my talk at Deliveroo" not in en and "Web2Day" in en
    fr = sample_draft("Bonjour Camille, je suis CMO chez Deliveroo France. J'ai vu votre conférence au Web2Day et j'aimerais parler "
                      "d'une formation pour notre équipe marketing.", headline="CMO - Deliveroo France", name="Charlotte Petit")
    assert "au Web2Day" in fr and "Deliveroo" not in fr


def test_her_own_story_recalled_is_remembered_with_a_smile_not_congratulated() -> None:
    # 170 fr_en note-42: "Still thinking about your story of the client who wanted to rank #1 for 'shoes' 😂"
    en = sample_draft("Hi Camille, it was great chatting with you at the SMX Paris after-party! Still thinking about your story of "
                      "the client who wanted to rank #1 for 'shoes' 😂 Let's stay in touch. Chris Miller, Austin TX", name="Chris Miller")
    assert "congratulations" not in en.lower() and "that story still makes me laugh" in en and "SMX Paris" in en
    fr = sample_draft("Bonjour Camille, ravi d'avoir échangé avec vous au SEO Camp. Je repense encore à votre anecdote du client qui "
                      "voulait être premier sur Google pour « chaussures » 😂 Au plaisir, Julien", name="Julien Morel")
    assert "Bravo" not in fr and "cette histoire vous ait plu" in fr
    es = sample_draft("Hola Camille, ¡qué bien charlar contigo en el Web Summit! Todavía me río con tu historia del cliente que "
                      "quería salir primero en Google con «zapatos» 😂 Seguimos en contacto. Pablo", name="Pablo Ruiz")
    assert "Enhorabuena" not in es and "esa historia" in es


def test_a_result_the_sender_tells_is_still_congratulated() -> None:
    # must-not-change neighbour: the sender's own gain ("our traffic went up 40%") is congratulated as before
    en = sample_draft("Hi Camille, great chatting at the SMX Paris after-party! Since your workshop our traffic went up 40%. "
                      "Let's stay in touch. Chris", name="Chris Miller")
    assert "congratulations" in en.lower()


def test_a_company_asking_her_rates_gets_what_the_price_depends_on_and_the_next_step() -> None:
    # 170 fr_en note-19: "On cherche un regard externe sur notre stratégie social ads pour 2025. Pouvez-vous m'envoyer vos tarifs ?"
    fr = sample_draft("Bonjour Camille, je suis directrice marketing chez Maison Vernet (mobilier, 80 salariés). On cherche un regard "
                      "externe sur notre stratégie social ads pour 2025. Pouvez-vous m'envoyer vos tarifs ? Caroline Vernet",
                      name="Caroline Vernet")
    assert "Le prix dépend du périmètre de la mission." in fr and "proposition chiffrée" in fr
    tu = sample_draft("Salut Camille, je gère la com' d'une petite brasserie à Lyon. On cherche un regard externe sur notre stratégie "
                      "Instagram. Tu peux m'envoyer tes tarifs ? Merci ! Léo", name="Léo Martin")
    assert "Le prix dépend du périmètre de la mission." in tu and "je t'envoie une proposition chiffrée" in tu
    en = sample_draft("Hi Camille, I'm marketing director at Oakridge Furniture (80 staff). We're looking for an outside view on our "
                      "social ads strategy for 2025. Could you send me your rates? Emma", name="Emma Brown")
    assert "The price depends on the scope of the work." in en and "proposal with my rates" in en


def test_the_same_need_without_a_price_question_still_gets_only_the_call() -> None:
    # must-not-change neighbour: no rates asked, no price line
    fr = sample_draft("Bonjour Camille, je suis directrice marketing chez Maison Vernet. On cherche un regard externe sur notre "
                      "stratégie social ads pour 2025. Seriez-vous disponible pour en parler ? Caroline", name="Caroline Vernet")
    assert "prix" not in fr and "un appel de 20 minutes la semaine prochaine vous conviendrait-il ?" in fr


def test_coffee_next_time_the_sender_is_in_lyon_waits_for_the_visit() -> None:
    # 170 fr_en note-36: a designer in Geneva, "Coffee next time I'm in Lyon?" → never "What works for you next week?"
    en = sample_draft("Hi Camille, I'm a UX designer based in Geneva. Several of my clients need SEO help after a redesign — maybe we "
                      "could refer clients to each other? Coffee next time I'm in Lyon? Sophie", name="Sophie Keller")
    assert "let me know when you're next in Lyon" in en and "next week" not in en
    fr = sample_draft("Bonjour Camille, je suis designer UX à Genève. Plusieurs de mes clients ont besoin de SEO après une refonte : "
                      "on pourrait s'envoyer des clients ? Un café la prochaine fois que je passe à Lyon ? Sophie", name="Sophie Keller")
    assert "faites-moi signe la prochaine fois que vous passez à Lyon" in fr and "semaine prochaine" not in fr


def test_a_coffee_with_no_visit_named_still_gets_next_week() -> None:
    # must-not-change neighbour: a designer in Lyon, "Coffee sometime?"
    en = sample_draft("Hi Camille, I'm a UX designer in Lyon. Several of my clients need SEO help after a redesign — maybe we could "
                      "refer clients to each other? Coffee sometime? Sophie", name="Sophie Keller")
    assert "What works for you next week?" in en
