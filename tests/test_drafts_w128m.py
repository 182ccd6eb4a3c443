"""Wave 128, our mend after reading the wave's regression diff: a peer's "retours d'expérience" is no feedback asked; a
coffee asked formally is said back as a coffee; her languages follow any call she offers (a short call, a month, twenty
minutes in words); a month named for a first talk ("un premier échange en avril", "un colloquio ad aprile") is kept; a Dutch
Head of Growth's "uitwisseling over …" is an exchange, never a job declined."""

from __future__ import annotations

from drafting import sample_draft


def test_experience_swapped_with_a_mission_is_no_feedback_asked() -> None:
    # regression r43 fr_en note-18: "échanger avec vous sur vos retours d'expérience … et éventuellement une mission" got
    # "envoyez-moi ici ce que vous souhaitez me montrer, je vous ferai un retour"
    fr = sample_draft("Bonjour, je suis Head of Growth chez une startup de la foodtech (série A). J'aimerais échanger avec vous "
                      "sur vos retours d'expérience en acquisition payante sur Meta, et éventuellement une mission. Bien à vous, "
                      "Élodie Garnier", headline="Head of Growth @ Miam", name="Élodie Garnier")
    assert "me montrer" not in fr and "20 minutes" in fr


def test_feedback_on_their_own_work_is_still_feedback() -> None:
    # the neighbour that must not change: "vos retours dessus" (on their portfolio) asks her to look at their thing
    fr = sample_draft("Bonjour Camille, étudiante en communication, je prépare mon premier portfolio. Pourrais-je avoir vos "
                      "retours dessus ? Merci ! Lucie", name="Lucie Morel")
    assert "envoyez-moi ici ce que vous souhaitez me montrer" in fr


def test_coffee_asked_formally_is_said_back_as_a_coffee() -> None:
    # regression r39 fr_en note-20: "Un café à Lyon le mois prochain ?" answered "Avec plaisir pour une rencontre"
    fr = sample_draft("Bonjour Camille, Je suis Head of Growth chez Lydia et j'aimerais échanger sur vos retours d'expérience en "
                      "SEO pour les marques B2C. Un café à Lyon le mois prochain ?\nGuillaume", headline="Head of Growth - Lydia",
                      name="Guillaume Petit")
    assert "Avec plaisir pour un café" in fr and "le mois prochain" in fr and "rencontre" not in fr


def test_german_call_in_the_month_named_says_her_languages() -> None:
    # 130 de_nl note-18 after wave 128: "Wie wäre es mit einem kurzen Telefonat im April?" lost "Englisch oder Französisch"
    de = sample_draft("Sehr geehrte Frau Laurent, als Marketingdirektor der Alpina Sportswear Gruppe bin ich an einem Austausch "
                      "zu internationaler SEO-Strategie interessiert. Wären Sie offen für ein Kennenlerngespräch im April? Mit "
                      "freundlichen Grüßen, Martin Krüger", headline="Marketing Director DACH", name="Martin Krüger")
    assert "im April" in de and "nächste Woche" not in de and "Englisch oder Französisch" in de
    # regression r21 de_nl note-19: "Ich freue mich auf ein Telefonat nächste Woche" said without her languages
    de2 = sample_draft("Sehr geehrte Frau Laurent,\nals Head of Growth eines Berliner Fintechs verfolge ich Ihre Beiträge mit "
                       "großem Interesse. Ein Austausch zu Performance Marketing in Frankreich wäre für uns sehr wertvoll.\n"
                       "Hochachtungsvoll\nMaximilian von Berg", headline="Head of Growth | Finvesto", name="Maximilian von Berg")
    assert "Telefonat" in de2 and "Englisch oder Französisch" in de2


def test_month_named_for_a_first_talk_is_kept_in_french_and_italian() -> None:
    fr = sample_draft("Bonjour Madame Laurent, directeur marketing chez Savoie Bois, je souhaiterais un premier échange en avril "
                      "sur notre stratégie SEO. Cordialement, Marc Roux", name="Marc Roux")
    assert "en avril" in fr and "semaine prochaine" not in fr
    it = sample_draft("Buongiorno Signora Laurent, sono direttore marketing di un'azienda di Verona. Vorrei un colloquio "
                      "conoscitivo ad aprile sulla nostra strategia SEO. Cordiali saluti, Luca Bianchi", name="Luca Bianchi")
    assert "ad aprile" in it and "prossima settimana" not in it


def test_dutch_head_of_growth_exchange_is_no_job_declined() -> None:
    # found while mending wave 128: "Een uitwisseling over performance marketing in Frankrijk" got "zoek geen vaste baan"
    nl = sample_draft("Geachte mevrouw Laurent, als Head of Growth van een fintech in Amsterdam volg ik uw berichten met "
                      "interesse. Een uitwisseling over performance marketing in Frankrijk zou voor ons erg waardevol zijn. Met "
                      "vriendelijke groet, Pieter de Wit", headline="Head of Growth | Finam", name="Pieter de Wit")
    assert "vaste baan" not in nl and "performance marketing" in nl
    assert "in het Engels of het Frans" in nl  # "twintig minuten bellen": a call, so her languages follow
