"""Wave 143, group M: a neighbouring freelancer's partnership is read as one (a call about working together, her languages
offered in a German/Spanish exchange); a supplier offering its work for her clients is kept in mind for them; thanks for
her comment under the sender's post answer about their post, never "my comment read"."""

from __future__ import annotations

from drafting import sample_draft


def test_french_and_spanish_partnership_between_freelancers_is_no_client_lead() -> None:
    # 143 fr_en note-12: "je cherche à m'associer avec une consultante SEO" answered "échanger avec toi sur ton SEO"
    fr = sample_draft("Bonjour Camille, je suis community manager freelance et je cherche à m'associer avec une consultante SEO "
                      "pour proposer une offre complète aux clients. Ça te dirait qu'on en parle autour d'un café ?",
                      headline="Community Manager freelance | Lyon", name="Manon Petit")
    assert "ton SEO" not in fr and "collaboration" in fr and "café" in fr
    # 143 fr_en note-12 (es variant): "busco asociarme con una consultora SEO" answered "te ayudo con tu SEO … tu presupuesto"
    es = sample_draft("Hola Camille, soy community manager freelance y busco asociarme con una consultora SEO para ofrecer un "
                      "servicio completo a los clientes. ¿Te apetece que hablemos?", headline="Community manager", name="Lucía Gil")
    assert "tu SEO" not in es and "presupuesto" not in es
    assert "colaboración" in es and "Podemos hablar en inglés o en francés" in es


def test_german_cooperation_on_french_clients_offers_her_languages() -> None:
    # 143 de_nl note-13: "bei französischen Kunden kooperieren" answered "deinen Bedarf", "ich arbeite auch mit Kunden in Frankreich"
    de = sample_draft("Hallo Camille, Julia Fischer meinte, wir sollten uns unbedingt kennenlernen – ich baue gerade eine Agentur "
                      "für Social Ads in Freiburg auf. Vielleicht können wir bei französischen Kunden kooperieren?",
                      headline="Gründer, Adwerk Freiburg", name="Maximilian Weber")
    assert "Bedarf" not in de and "ich arbeite auch mit Kunden in Frankreich" not in de
    assert "Zusammenarbeit" in de and "Englisch oder Französisch" in de


def test_supplier_for_her_clients_is_kept_in_mind_not_asked_its_budget() -> None:
    # 143 de_nl note-42: a product photographer "interessant voor jouw klanten?" answered "je bedrijf en je budget"
    nl = sample_draft("Hoi Camille, ik ben fotograaf en maak productfoto's voor webshops. Misschien interessant voor jouw klanten? "
                      "Kijk gerust op www.studiofloor.nl 📸 Groetjes Floor", headline="Productfotograaf | Studio Floor", name="Floor Jansen")
    assert "budget" not in nl and "in gedachten voor klanten" in nl
    # 143 de_nl note-42 (de, en variants)
    de = sample_draft("Hallo Camille, ich bin Fotografin und mache Produktfotos für Onlineshops. Vielleicht interessant für deine Kunden?",
                      headline="Produktfotografin", name="Anna Berg")
    assert "Budget" not in de and "im Hinterkopf für Kunden" in de
    en = sample_draft("Hi Camille, I'm a photographer making product photos for webshops. Maybe interesting for your clients?",
                      headline="Product photographer", name="Tom Hill")
    assert "budget" not in en and "in mind for clients who need it" in en


def test_thanks_for_her_comment_under_their_post() -> None:
    # 143 de_nl note-20: "danke für deinen tollen Kommentar unter meinem Beitrag" answered "dass du meinen Kommentar gelesen hast"
    de = sample_draft("Liebe Camille, danke für deinen tollen Kommentar unter meinem Beitrag zu LinkedIn-Ads! Ich würde mich freuen, "
                      "wenn wir uns vernetzen. Herzliche Grüße aus Hamburg, Sarah", headline="Freelance Social Media Managerin", name="Sarah Klein")
    assert "gelesen" not in de and "dein Beitrag war wirklich lesenswert" in de
    # 143 de_nl note-20 (en, fr, nl variants)
    en = sample_draft("Hi Camille, thanks for your great comment under my post on LinkedIn Ads! Happy to connect.", name="Sarah Lee")
    assert "about my comment" not in en and "it was a great post" in en
    fr = sample_draft("Bonjour Camille, merci pour ton super commentaire sous mon post sur les LinkedIn Ads !", name="Julie Petit")
    assert "lu mon commentaire" not in fr and "ton post était vraiment intéressant" in fr
    nl = sample_draft("Hoi Camille, bedankt voor je leuke reactie onder mijn bericht over LinkedIn Ads! Leuk om te connecten.", name="Eva Smit")
    assert "gelezen" not in nl and "je bericht was echt interessant" in nl


def test_neighbours_stay_unchanged() -> None:
    # 143 must-not-change: thanks for reading HER post keeps its own line; an English team-up keeps its coffee
    en = sample_draft("Hi Camille, thanks for your great post on LinkedIn Ads! Happy to connect.", name="Sarah Lee")
    assert "it was a great post" not in en and "comment" not in en
    team = sample_draft("Hi Camille, I'm a freelance community manager looking to team up with an SEO consultant to offer a full "
                        "package to clients. Fancy a coffee to talk about it?", headline="Freelance Community Manager", name="Emma Stone")
    assert "working together" in team and "coffee" in team and "budget" not in team


def test_teacher_asking_a_talk_to_students_is_an_invitation_not_a_lead() -> None:
    # 143 es_pt_it note-18: "una charla online con mis alumnos" answered "tus objetivos … y tu presupuesto"
    es = sample_draft("Hola Camille, soy profe de comunicación en un instituto de FP en Málaga. ¿Tendrías disponibilidad para una "
                      "charla online con mis alumnos sobre marketing digital? Seria genial para ellos",
                      headline="Profesor de Comunicación y Marketing", name="Manuel Ruiz")
    assert "presupuesto" not in es and "fechas previstas" in es and "en inglés" in es
    # 143 es_pt_it note-39: "uma aula online com os meus alunos" answered "as minhas formações também existem online"
    pt = sample_draft("Olá Camille, sou professora de marketing num instituto politécnico em Coimbra. Estaria disponível para uma "
                      "aula online com os meus alunos sobre estratégia de conteúdos? Eles iam adorar.",
                      headline="Professora de Marketing - IPC", name="Teresa Costa")
    assert "formações também existem" not in pt and "datas previstas" in pt
    # 143 es_pt_it note-18 (fr, de variants)
    fr = sample_draft("Bonjour Camille, je suis enseignante en communication dans un BTS à Lyon. Seriez-vous disponible pour une "
                      "intervention auprès de mes étudiants sur le marketing digital ?", headline="Enseignante", name="Claire Morel")
    assert "budget" not in fr and "dates envisagées" in fr
    de = sample_draft("Hallo Camille, ich bin Dozentin an einer Hochschule in Köln. Hättest du Zeit für einen Online-Vortrag vor "
                      "meinen Studierenden über digitales Marketing?", headline="Dozentin", name="Petra Lang")
    assert "Bedarf" not in de and "geplanten Termine" in de
