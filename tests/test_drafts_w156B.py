"""Wave 156 B: questions answered instead of dodged, and the right Portuguese.

- "your beginners' course: when is the next session?" gets the dates promised, never "yes, it suits beginners" and what
  they want to learn (beginner_line skips a question that asks the next date);
- "loved your course … will you bring out an advanced one?" from a learner (content, ask_for_help) gets the follow-up
  she can build, never which of her courses to pick;
- "combien vous prenez / vous demandez pour une formation …", "quanto chiede per …": her price asked, answered with what
  decides it, never "could you tell me your question";
- a note-less invitation from a Brazilian or Portuguese company ("Head of Growth @ Zé Delivery") is answered in Portuguese;
- a European Portuguese note with "a tua disponibilidade" or a Lisbon school (ISCTE) is answered in Portugal's
  Portuguese with tu ("Olá", "podes"), never Brazil's "Oi", "você".
"""

from __future__ import annotations

from drafting import sample_draft


# -- the next session's date -------------------------------------------------------------------------------------------

def test_next_session_date_of_beginners_course_is_answered() -> None:
    notes = [
        ("Bonjour Camille, je vous ai rencontrée au salon e-Marketing Paris sur le stand de Semrush. Vous m'aviez parlé de "
         "votre formation SEO pour débutants : quelle est la prochaine date de session ?", "prochaine session"),
        ("Hola Camille, nos vimos en el congreso de Valencia. Me hablaste de tu curso de social ads para principiantes: "
         "¿cuándo es la próxima edición?", "próxima edición"),
        ("Hi Camille, we met at the BrightonSEO stand. Your SEO course for beginners sounded great: when is the next session?",
         "next session"),
    ]
    for note, said in notes:
        text = sample_draft(note, name="Laurent Clément")
        assert said in text, text
        for dodge in ("débutants compris", "souhaitez apprendre", "principiantes", "sin conocimientos", "no prior", "beginners too"):
            assert dodge not in text, text


def test_beginner_question_alone_keeps_who_the_course_is_for() -> None:
    text = sample_draft("Bonjour Camille, votre formation SEO convient-elle aux débutants ?", name="Marc Petit")
    assert "débutants compris" in text, text


# -- an advanced course asked for --------------------------------------------------------------------------------------

def test_advanced_course_asked_after_hers_gets_the_follow_up() -> None:
    notes = [
        ("Hola Camille, me gustó mucho tu formación de LinkedIn Ads en Udemy. ¿Vas a sacar algún curso avanzado? Saludos desde Málaga ☀️",
         "continuación a medida"),
        ("Ciao Camille, il tuo corso sulla SEO mi è piaciuto tantissimo! Farai anche un corso avanzato?", "seguito su misura"),
        ("Hi Camille, loved your social ads training, really clear. Any plans for an advanced course?", "follow-up"),
    ]
    for note, said in notes:
        text = sample_draft(note, name="Miguel Ángel Ruiz")
        assert said in text, text
        for dodge in ("elegiría en tu lugar", "sceglierei al tuo posto", "HubSpot Academy", "which one I'd"):
            assert dodge not in text, text


def test_course_to_start_with_keeps_its_resources_answer() -> None:
    text = sample_draft("Hola Camille, me gustó mucho tu formación de LinkedIn Ads. ¿Qué curso me recomiendas para empezar con SEO?",
                        name="Ana Ruiz")
    assert "HubSpot Academy" in text and "continuación a medida" not in text, text


# -- her price asked by "how much do you take" -------------------------------------------------------------------------

def test_training_price_asked_by_its_verb_is_answered() -> None:
    notes = [
        ("bonjour je voudrais savoir combien vous prenez pour une formation réseaux sociaux pour 3 personnes dans mon salon "
         "de coiffure. merci", "Gérante - Salon Coiffure Élégance", ("prix", "tarif")),
        ("Bonjour, je voudrais savoir combien vous demandez pour former mes deux vendeuses à Instagram. Merci",
         "Gérante - Boutique Léa", ("prix", "tarif", "devis")),
        ("Buongiorno Camille, vorrei sapere quanto chiede per una formazione sui social per le 4 persone del mio ristorante. Grazie",
         "Titolare - Trattoria Da Gino", ("prezz", "preventiv")),
    ]
    for note, headline, said in notes:
        text = sample_draft(note, headline, "Patricia Blanc")
        assert any(s in text for s in said), text
        for dodge in ("préciser votre question", "precisarmi la domanda", "où vous en êtes"):
            assert dodge not in text, text


# -- a note-less invitation from Brazil or Portugal --------------------------------------------------------------------

def test_no_note_with_a_portuguese_speaking_company_is_answered_in_portuguese() -> None:
    for headline in ("Head of Growth @ Zé Delivery | Marketing de Performance", "Gerente de Marketing @ iFood | Growth",
                     "Brand Manager @ Sonae | Marketing de Produto"):
        text = sample_draft("", headline, "Ricardo Fontes")
        assert text.startswith("Olá"), text
        assert "Thanks for connecting" not in text, text


def test_no_note_with_an_english_headline_stays_english() -> None:
    text = sample_draft("", "Head of Growth @ Doctolib | Performance Marketing", "Ana Costa")
    assert text.startswith("Hello"), text


# -- Portugal's Portuguese with tu -------------------------------------------------------------------------------------

def test_european_portuguese_tu_is_answered_in_kind() -> None:
    notes = [
        "Olá Camille, sou professor de marketing no ISCTE e gostaria de te convidar para dar uma aula aberta (online) aos meus "
        "alunos de mestrado sobre estratégia de conteúdo. Qual seria a tua disponibilidade em março?",
        "Olá Camille, coordeno uma pós-graduação na Nova SBE e gostaria de te convidar para um workshop sobre SEO. "
        "Qual seria a tua disponibilidade em maio?",
    ]
    for note in notes:
        text = sample_draft(note, "Professor", "Pedro Nunes")
        assert text.startswith("Olá"), text
        for br in ("Oi", "você", "olhar minha agenda", "Abraço,\n"):
            assert br not in text, text


def test_brazilian_invitation_stays_brazilian() -> None:
    text = sample_draft("Oi Camille, queria te convidar para uma live sobre SEO no nosso canal. Qual a sua disponibilidade em março?",
                        "Social media", "Bruna Lima")
    assert "você" in text or "Oi" in text, text
