"""Wave 165, group A: the note's kind misread. A platform offering to host her course is a partnership (never "thanks for
attending my training"); a guaranteed Google first page in N days is a spammer's pitch, declined (never a collaboration
welcomed nor a result congratulated); an offer outside her field put to her as a maybe ("vielleicht was für dich?",
"misschien iets voor jou?") is declined as a pitch (never a freelancer kept for projects nor advice refused); a company
considering an external consultant is a prospect whose question is answered (never a role's days per week); a reader who
found her on LinkedIn was never met "on LinkedIn"."""

from drafting import sample_draft


def _d(note: str, headline: str = "", name: str = "Alex Martin") -> str:
    return sample_draft(note, headline=headline, name=name)


def test_course_hosted_on_a_platform_is_a_partnership():
    for note, head in [
        ("Hello Camille, our company Brightlearn would like to offer your digital marketing training on our e-learning platform. "
         "We handle the filming and the marketing, revenue split 50/50. Would you like more details?", "Partnerships Manager - Brightlearn"),
        ("Hi Camille, we'd love to host your SEO course on our learning platform. We take care of video production, 50/50 split. Interested?",
         "Partner Manager - Skillio"),
        ("Bonjour Camille, chez Formaplus nous aimerions proposer votre formation SEO sur notre plateforme en ligne. Nous gérons le tournage, "
         "partage des revenus 50/50. Intéressée ?", "Responsable partenariats - Formaplus"),
        ("Hallo Camille, wir würden gern Ihren SEO-Kurs auf unserer Lernplattform anbieten. Dreh und Vermarktung übernehmen wir, Umsatz 50/50. "
         "Interesse?", "Partner Manager - Lernwerk"),
    ]:
        d = _d(note, head)
        low = d.lower()
        assert "attending" not in low and "budget" not in low and "besucht" not in low and "suivi ma formation" not in low, d
        assert "pas un besoin" not in low and "keinen bedarf" not in low and "don't need" not in low, d
        assert any(w in low for w in ("work together", "working together", "collaboration", "zusammenarbeit", "explore")), d


def test_guaranteed_first_page_is_a_pitch_declined():
    for note in [
        "Hola Camille, te ofrezco aparecer en la primera página de Google en 7 días garantizado. Precio especial solo esta semana!!",
        "Ciao Camille, ti garantisco la prima pagina di Google in 7 giorni!! Offerta valida solo questa settimana",
        "Olá Camille, garanto a sua empresa na primeira página do Google em 10 dias! Promoção só hoje",
        "Hi Camille, we guarantee your site on page 1 of Google within 14 days!! Special price this week only",
    ]:
        d = _d(note, "Growth hacker", "Kevin López")
        low = d.lower()
        assert "colaboraci" not in low and "caso de éxito" not in low and "complimenti" not in low and "congrat" not in low, d
        assert "parabéns" not in low and "próximos proyectos" not in low, d
        assert any(w in low for w in ("no lo necesito", "non ne ho bisogno", "need", "não preciso", "nao preciso", "no momento", "de momento",
                                      "neste momento")), d


def test_a_result_told_keeps_its_congratulations():
    d = _d("Ciao Camille, grazie ai tuoi consigli il mio sito è arrivato in prima pagina di Google in 3 mesi!", "Titolare - Pasticceria Dolce")
    assert "bisogno" not in d.lower(), d


def test_offer_outside_her_field_as_a_maybe_is_declined():
    for note, head in [
        ("Hallo Camille, ich würde mich freuen wenn wir uns vernetzen. Ich bin Yogalehrerin und biete Retreats in der Toskana an – "
         "vielleicht ja was für dich? 🧘‍♀️ Namaste, Eva", "Yogalehrerin & Retreat-Organisatorin"),
        ("Hoi Camille! Ik ben hypnotherapeut en help mensen van hun stress af 🌿 Misschien iets voor jou als drukke ondernemer? Groetjes, Nicole",
         "Hypnotherapeut & coach"),
        ("Bonjour Camille, je suis sophrologue et j'anime des ateliers anti-stress en entreprise. Peut-être quelque chose pour vous ?", "Sophrologue"),
        ("Ciao Camille, sono naturopata e organizzo ritiri detox in Umbria. Forse qualcosa per te? Un abbraccio, Sara", "Naturopata"),
        ("Hi Camille! I'm a life coach helping busy founders find balance. Maybe something for you? Best, Kate", "Life coach"),
    ]:
        d = _d(note, head)
        low = d.lower()
        assert "arbeitsproben" not in low and "projekte" not in low and "adviseren" not in low and "vakgebied" not in low, d
        assert "m'intéresse" not in low and "20 minut" not in low and "20-minute" not in low, d
        assert any(w in low for w in ("bedarf", "behoefte", "besoin", "bisogno", "need")), d


def test_prospect_considering_an_external_consultant_gets_an_answer():
    for note in [
        "Hi Camille - I'm Head of Growth at a SaaS company in Berlin. We're considering hiring an external consultant for SEO in the "
        "French market. Do you work with international clients? Best, Mia",
        "Hola Camille, soy CMO de una fintech en Madrid. Buscamos un consultor externo para el SEO en Francia. ¿Trabajas con clientes internacionales?",
    ]:
        d = _d(note, "", "Mia Schneider")
        low = d.lower()
        assert "role" not in low and "days per week" not in low and "días por semana" not in low and "puesto" not in low, d
        assert low.count("yes") or "sí," in low, d


def test_linkedin_is_no_meeting_place():
    for note, head in [
        ("Boa tarde, fiquei a conhecer o seu trabalho através do LinkedIn. Trabalho em marketing numa startup de turismo e gostava de "
         "acompanhar as suas publicações.", "Marketing Manager na TravelPort PT"),
        ("Buenas tardes, conocí su trabajo a través de LinkedIn. Trabajo en marketing en una agencia de viajes y me gustaría seguir sus "
         "publicaciones.", "Marketing en Viajes Sol"),
    ]:
        d = _d(note, head, "Ana Carvalho")
        low = d.lower()
        assert "conversa" not in low and "linkedin" not in low and "começámos" not in low, d


def test_a_company_buying_training_or_an_agency_seeking_partners_is_never_declined() -> None:
    # regression read after wave 165: both were declined as pitches once every pitch-flagged proposal was
    buyer = sample_draft("Exma. Sra. Dra. Camille Laurent, Venho por este meio solicitar a ligação. Somos uma empresa do Porto e "
                         "gostaríamos de contratar formação em marketing digital para a nossa equipa. Com os melhores cumprimentos, "
                         "Rui Teixeira", headline="Diretor Geral na Têxteis Teixeira", name="Rui Teixeira")
    agency = sample_draft("Olá Camille! Somos uma agência de Curitiba e queremos parceiros na França pra clientes que vão expandir. "
                          "Acho que faz sentido conversarmos. Abs, Lucas - Agência Pinhão", name="Lucas Lima")
    for text in (buyer, agency):
        assert "apresentação da sua oferta" not in text and "não é uma necessidade" not in text, text
