"""Wave 128, group A: a marketing director asking to meet about their strategy is a client (never a pitch declined); a
peer's wish to swap experience is an exchange (never a sales call with a budget); a freelancer of the same trade
offering to pass clients both ways gets a yes to referrals; the network named (LinkedIn Ads in B2B) stays named."""

from __future__ import annotations

from drafting import sample_draft

_PT_DIRECTOR = ("Prezada Sra. Laurent,\nsou diretor de marketing da Cosméticos Ipê e estamos abrindo operação na França. Gostaria de "
                "agendar uma reunião para discutir nossa estratégia de mídia paga.\nAtenciosamente,\nMarcelo Ribeiro")


def test_marketing_director_asking_to_meet_about_paid_media_is_a_client_in_pt_and_es() -> None:
    # 130 es_pt_it note-31: "Agradeço … a apresentação da sua oferta. No momento não preciso desse serviço" (a pitch declined)
    pt = sample_draft(_PT_DIRECTOR, name="Marcelo Ribeiro")
    assert "não preciso" not in pt and "oferta" not in pt
    assert "estratégia de mídia paga" in pt and "20 minutos" in pt
    es = sample_draft("Estimada Sra. Laurent, soy director de marketing de Aceites Sur y estamos abriendo mercado en Francia. Me gustaría "
                      "agendar una reunión para hablar de nuestra estrategia de medios pagados. Saludos, Carlos Ruiz", name="Carlos Ruiz")
    assert "no lo necesito" not in es and "estrategia de medios pagados" in es and "inglés o en francés" in es
    it = sample_draft("Gentile Dott.ssa Laurent, sono il direttore marketing di Pasta Bella e stiamo aprendo in Francia. Vorrei fissare "
                      "un incontro. Cordiali saluti, Marco Rossi", name="Marco Rossi")
    assert "restare in contatto" not in it and "prima call di 20 minuti" in it


def test_head_of_growth_swapping_b2b_seo_experience_gets_an_exchange_not_a_budget_call() -> None:
    # 131 fr_en note-17: "un premier appel de 20 minutes pour faire le point sur vos objectifs, l'existant et votre budget"
    fr = sample_draft("Bonjour Camille, Head of Growth chez une startup SaaS lyonnaise, je suis votre contenu depuis un moment. Je serais "
                      "ravi d'échanger sur vos retours d'expérience en SEO B2B.", headline="Head of Growth – Sendwise", name="Paul Martin")
    assert "budget" not in fr and "objectifs" not in fr and "préciser votre question" not in fr
    assert "échange de 20 minutes" in fr
    en = sample_draft("Hello Ms Laurent, as marketing director of an industrial SME I'm interested in your experience with LinkedIn Ads in "
                      "B2B. Perhaps we could have a chat.", headline="Marketing Director", name="James Brown")
    assert "budget" not in en and "permanent role" not in en and "20-minute chat" in en


def test_marketing_director_meeting_about_own_strategy_stays_a_client_call() -> None:
    # must not change: "j'aimerais organiser un rendez-vous pour discuter de notre stratégie": a client, with the first call
    fr = sample_draft("Bonjour Madame Laurent, je suis directeur marketing chez Maison Brune et j'aimerais organiser un rendez-vous pour "
                      "discuter de notre stratégie d'acquisition payante. Cordialement, Marc Petit", name="Marc Petit")
    assert "stratégie d'acquisition payante" in fr and "votre budget" in fr


def test_freelancer_of_the_trade_passing_clients_gets_a_yes_to_referrals_in_nl_and_de() -> None:
    # 130 de_nl note-42: "Ik praat graag met je over SEO" (the referral offer ignored)
    nl = sample_draft("Hallo Camille, ik kwam je profiel tegen. Ik ben ook freelance SEO specialist, in Antwerpen. Misschien kunnen we "
                      "elkaar af en toe klanten doorsturen? Groetjes, Jens", headline="Freelance SEO Specialist", name="Jens Peeters")
    assert "Ik praat graag met je over SEO" not in nl
    assert "elkaar klanten door te sturen" in nl and "zulke aanvragen mag je altijd naar mij sturen" in nl
    de = sample_draft("Hallo Camille, ich bin auch freiberuflicher SEO-Berater in Hamburg. Vielleicht können wir uns ab und zu Kunden "
                      "zuschicken?", headline="Freiberuflicher SEO-Berater", name="Tim Schulz")
    assert "Uns gegenseitig Kunden zu empfehlen" in de and "im Bereich Kunden" not in de
    assert "schick sie mir gern weiter" in de


def test_peer_praising_a_post_and_proposing_referrals_is_thanked_for_it_naturally() -> None:
    # 131 de_nl note-12: the compliment on the Core Updates post ignored, "Solche Anfragen kannst du mir gern schicken" clunky
    de = sample_draft("Hallo Camille, ich habe deinen Post über die Google Core Updates gesehen – sehr treffend! Ich arbeite auch als "
                      "freiberufliche SEO-Beraterin (Raum München), vllt können wir uns mal austauschen oder Projekte gegenseitig empfehlen?",
                      headline="Freelance SEO-Beraterin | Technisches SEO", name="Julia Maier")
    assert "Schön, dass dir mein Post über die Google Core Updates gefallen hat!" in de
    assert "Solche Anfragen" not in de and "umgekehrt empfehle ich dich" in de
    en = sample_draft("Hi Camille, I saw your post about the Google core updates – spot on! I'm also a freelance SEO consultant (Manchester "
                      "area), maybe we could swap notes or refer projects to each other?", name="Julia Reed")
    assert "Glad you liked my post about the Google" in en
    fr = sample_draft("Bonjour Camille, j'ai vu ton post sur les Core Updates de Google, très juste ! Je suis aussi consultante SEO freelance "
                      "(région de Grenoble), peut-être pourrions-nous échanger ou nous recommander mutuellement des projets ?", name="Julie Morel")
    assert "Ravie que mon post sur les Core Updates de Google t'ait plu !" in fr


def test_linkedin_ads_in_b2b_stays_named_in_the_exchange() -> None:
    # 131 de_nl note-10: "ich freue mich auf den Austausch über Social Ads" (LinkedIn Ads in B2B turned generic)
    de = sample_draft("Hallo Frau Laurent,\nals Marketingdirektor eines mittelständischen Maschinenbauers interessieren mich Ihre Erfahrungen "
                      "mit LinkedIn Ads im B2B-Bereich. Vielleicht ergibt sich ja ein Austausch.\nBeste Grüße\nStefan Braun",
                      headline="Marketingdirektor | Braun Maschinenbau GmbH", name="Stefan Braun")
    assert "Austausch über LinkedIn Ads im B2B-Bereich" in de and "Social Ads" not in de
    nl = sample_draft("Geachte mevrouw Laurent, als marketingdirecteur van een machinebouwer ben ik geïnteresseerd in uw ervaring met "
                      "LinkedIn Ads in B2B. Misschien kunnen we eens van gedachten wisselen.", headline="Marketingdirecteur", name="Jan Visser")
    assert "over LinkedIn Ads in B2B" in nl
    it = sample_draft("Buongiorno Dott.ssa Laurent, come direttore marketing di un'azienda meccanica mi interessa la sua esperienza con le "
                      "LinkedIn Ads nel B2B. Magari potremmo confrontarci.", headline="Direttore marketing", name="Paolo Neri")
    assert "sulle LinkedIn Ads nel B2B" in it


def test_exchange_on_social_ads_in_general_keeps_the_generic_field() -> None:
    # must not change (131 de_nl note-10 neighbour): no network named, the field of her offer as before
    de = sample_draft("Hallo Frau Laurent, als Marketingleiter interessiere ich mich für Ihre Arbeit zu Social Ads. Ich würde mich über "
                      "einen Austausch freuen.", name="Jan Berg")
    assert "ich freue mich auf den Austausch über Social Ads." in de
