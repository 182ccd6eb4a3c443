"""Wave 34, helper B: peers and learners starting out (a former classmate asking how she began, a platform's course,
a student's survey, a German noun copied from a lowercase note)."""

from __future__ import annotations

from drafting import sample_draft


def test_starting_freelancer_gets_her_first_clients_story() -> None:
    """A peer launching as a freelancer asks about her start (indirectly, without "?"): her first-clients answer,
    never "send me what you want to show me" nor "great chatting"."""
    notes = [
        ("Salut Camille, on était ensemble au bootcamp SEO à Lyon il y a deux ans. Je viens de me mettre en freelance et "
         "j'aimerais beaucoup avoir ton retour d'expérience sur tes débuts !", "Surtout par mon réseau"),
        ("Hey Camille, we were both on the same HubSpot course last year. I've just gone freelance myself and I'd love to "
         "hear how you landed your first clients.", "Through my network"),
        ("Hola Camille, coincidimos en el máster de marketing digital. Ahora empiezo como freelance y me encantaría saber "
         "cómo conseguiste tus primeros clientes.", "a través de mi red"),
        ("Hallo Camille, wir waren zusammen im Google-Ads-Kurs. Ich mache mich gerade selbstständig und würde gern hören, "
         "wie du deine ersten Kunden gefunden hast.", "über mein Netzwerk"),
    ]
    for note, expected in notes:
        text = sample_draft(note, name="Julie Martin")
        assert expected in text, text
        for wrong in ("me montrer", "show me", "great chatting", "Great chatting", "échange commencé"):
            assert wrong not in text, text


def test_platform_course_is_not_hers() -> None:
    """A course taken on a platform (OpenClassrooms, Coursera, Udemy) is never thanked as her own training."""
    notes = [
        "Bonjour Camille, je prépare une reconversion et je suis un parcours Udemy en marketing digital. Quelle certification "
        "serait la plus utile pour trouver un premier poste ? Merci beaucoup",
        "Hi Camille, I'm doing a Coursera course in digital marketing after 8 years in retail. Which certification would "
        "you get first? Thanks a lot",
        "Hola Camille, estoy haciendo un curso de OpenClassrooms para cambiar de sector. ¿Qué certificación me recomiendas? ¡Gracias!",
    ]
    for note in notes:
        text = sample_draft(note)
        for wrong in ("ma formation", "my training", "my course", "mi curso", "mi formación", "thanks for taking", "suivi ma"):
            assert wrong not in text, text


def test_survey_gets_a_link_asked() -> None:
    """A student asking to send a survey: she asks for the link, never "the details" looked at "right away"."""
    notes = [
        ("hello! I'm a master student writing my dissertation on TikTok marketing. Can I send you a short survey?", "link"),
        ("Bonjour Camille, étudiante en M2, je fais un mémoire sur le marketing d'influence. Puis-je vous envoyer un "
         "questionnaire ?", "lien"),
        ("Hallo Camille, ich schreibe meine Bachelorarbeit über Social Ads. Darf ich dir eine kurze Umfrage schicken?", "Link"),
        ("Hola Camille, estoy con mi TFG sobre marketing de contenidos. ¿Te puedo mandar una encuesta cortita?", "enlace"),
    ]
    for note, expected in notes:
        text = sample_draft(note)
        assert expected in text, text
        for wrong in ("right away", "dès réception", "gleich an", "enseguida", "details", "détails", "Details", "detalles"):
            assert wrong not in text, text


def test_german_noun_copied_from_lowercase_note_is_capitalised() -> None:
    notes = ["hi camille, suche gerade einen neuen job im marketing, hab 4 jahre erfahrung im performance bereich. "
             "wenn du was hörst, sag gern bescheid. lg jonas",
             "hallo camille, nach 5 jahren berufserfahrung in einer agentur suche ich was neues. freue mich über tipps!"]
    for note in notes:
        text = sample_draft(note)
        assert " erfahrung" not in text and " berufserfahrung" not in text, text
