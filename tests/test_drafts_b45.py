"""Wave 45, helper B: the owner's own answers to direct questions — the planning tool after a post on editorial
calendars (never "depends on your site's platform", never a question's verb pasted into a statement), carousels or
video on LinkedIn, LinkedIn Ads or Google for a small B2B budget (both named), her audit range when the audit's SEO is
told a sentence before, foreign companies entering her own market, a first job in SEO, contacts asked by a job seeker,
"online or in person?" answered with both, and agencies asking whether she works for agencies."""

from __future__ import annotations

from drafting import sample_draft


def test_planning_tools_after_an_editorial_calendar_post_get_her_notion_board() -> None:
    notes = {
        "Hallo Camille, dein Beitrag zu Redaktionsplänen war super. Mit welchen Tools machst du die Planung? Liebe Grüße": "Notion",
        "Hoi Camille, mooie post over contentkalenders! Welke tools gebruik jij voor de planning?": "Notion",
        "Hi Camille, loved your post on editorial calendars. What tools would you suggest for planning?": "Notion",
        "Ciao Camille, ho letto il tuo post sul calendario editoriale. Che strumenti usi per pianificare?": "Notion",
    }
    for note, wanted in notes.items():
        text = sample_draft(note, headline="Social media manager")
        assert wanted in text and "Shopify" not in text, text


def test_tool_for_lead_never_keeps_the_questions_verb() -> None:
    text = sample_draft("Hallo Camille, kannst du mir sagen, welches Tool du für Heatmaps empfiehlst?")
    assert "empfiehlst hängt" not in text, text
    text = sample_draft("Hoi Camille, welke tool je voor heatmaps gebruikt, zou ik graag weten?")
    assert "gebruikt hangt" not in text, text


def test_carousel_or_video_gets_her_answer_never_google_updates() -> None:
    notes = {
        "Hola Camille, ¿qué funciona mejor en LinkedIn, carruseles o vídeos? Mis publicaciones tienen menos alcance este mes": "carruseles",
        "Hi Camille, carousels or video on LinkedIn? My engagement fell off a cliff in the last weeks": "carousels",
        "Salut Camille, tu conseilles plutôt les carrousels ou la vidéo sur LinkedIn ? Mes stats ont chuté ce mois-ci": "carrousel",
        "Hallo Camille, lieber Karussells oder Videos auf LinkedIn? Meine Interaktionen sind stark gesunken": "Karussells",
    }
    for note, wanted in notes.items():
        text = sample_draft(note)
        assert wanted in text and "Search Console" not in text, text


def test_linkedin_ads_or_google_for_small_b2b_names_both() -> None:
    notes = [
        "Hi Camille, we're a small B2B software firm. With a tight budget, LinkedIn Ads or Google Ads first?",
        "Hola Camille, para una empresa B2B con poco presupuesto, ¿empiezo con LinkedIn Ads o con Google?",
        "Hallo Camille, für ein kleines B2B-Unternehmen: lieber LinkedIn Ads oder Google Ads zum Start?",
    ]
    for note in notes:
        text = sample_draft(note)
        assert "Google" in text and "LinkedIn Ads" in text, text


def test_audit_price_is_the_range_when_seo_is_told_before_the_question() -> None:
    notes = {
        "Oi Camille, tenho uma loja de roupas infantis e o SEO do meu site está fraco. Você faz auditoria? Quanto custa mais ou menos?": "800",
        "Olá Camille, a minha loja online precisa de melhorar o SEO. Fazes auditorias? Quanto custa, mais ou menos?": "800",
    }
    for note, wanted in notes.items():
        text = sample_draft(note)
        assert wanted in text and "depende do escopo" not in text, text


def test_foreign_company_entering_her_market_is_exactly_her_client() -> None:
    notes = {
        "Hi Camille, our Canadian-made skincare brand is launching in France. Do you take on international clients for French SEO?": "from abroad",
        "Hola Camille, somos una marca de Valencia y vamos a vender en Francia. ¿Trabajas con clientes extranjeros para el SEO en Francia?": "extranjeras",
    }
    for note, wanted in notes.items():
        text = sample_draft(note)
        assert wanted in text, text


def test_first_job_in_seo_gets_seo_specific_tips() -> None:
    notes = [
        "Hi Camille, I've just finished my degree and I want my first job in SEO. Any advice?",
        "Hola Camille, terminé la carrera y busco mi primer empleo en SEO. ¿Algún consejo para arrancar?",
        "Ciao Camille, appena laureata, cerco il primo lavoro nella SEO. Mi daresti qualche consiglio?",
    ]
    for note in notes:
        text = sample_draft(note, headline="Marketing graduate")
        assert "Search Console" in text and "GA4" not in text, text


def test_job_seeker_asking_for_contacts_gets_a_truthful_cv_line() -> None:
    notes = {
        "Hola Camille, busco mi primer trabajo en comunicación digital en Lyon. ¿Algún consejo o algún contacto?": "no te puedo prometer",
        "Bonjour, diplômée en marketing, je cherche mon premier poste en communication sur Lyon. Quelques conseils ou des contacts peut-être ?": "votre CV",
    }
    for note, wanted in notes.items():
        text = sample_draft(note)
        assert wanted in text and "CV" in text and "où vous en êtes" not in text and "en qué punto" not in text, text


def test_online_or_in_person_is_answered_with_both_never_a_bare_yes() -> None:
    notes = {
        "Hola Camille, ¿tus formaciones son presenciales u online? Somos un equipo de seis": "Las dos cosas",
        "Ciao Camille, il tuo corso è in presenza oppure online? Siamo in quattro": "Entrambe le cose",
        "Hi Camille, are your workshops online or in person? We're a team of five": "Both",
        "Hoi Camille, zijn je trainingen online of op locatie? We zijn met z'n vijven": "Allebei",
    }
    for note, wanted in notes.items():
        text = sample_draft(note)
        assert wanted in text, text


def test_agency_asking_if_she_works_for_agencies_gets_a_direct_yes() -> None:
    notes = {
        "Hola Camille, dirijo una agencia de marketing en Sevilla y a veces nos falta gente. ¿Colaboras con agencias como freelance?": "trabajo con agencias",
        "Ciao Camille, ho un'agenzia a Torino e cerchiamo supporto esterno ogni tanto. Collabori anche con agenzie come freelance?": "collaboro con agenzie",
        "Hi Camille, I run a small agency in Manchester and we sometimes need outside help. Do you freelance for agencies?": "work with agencies",
    }
    for note, wanted in notes.items():
        text = sample_draft(note)
        assert wanted in text, text
