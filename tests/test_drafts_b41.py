"""Wave 41, helper B: reading the note — a prospect is no seller, a seller's quote is no client's, a lecture she gave is
thanked (never an invitation to give one), a team's courses are a training offer, a share to come is not thanked as done,
the team's feedback on a training she gave is thanked as such, and traffic without sales is answered with conversion."""

from __future__ import annotations

from drafting import sample_draft

_DECLINE = ("not a priority", "pas une priorité", "keinen Bedarf", "no lo necesito", "non ne ho bisogno", "geen behoefte",
            "não é uma necessidade", "not something I need", "außerhalb meines Fachgebiets", "fuera de mi ámbito")
_CALL = ("20-minute", "20 minutes", "20 Minuten", "20 minutos", "20 minuti", "20 minuten")


def test_a_marketing_lead_seeking_local_expertise_is_a_client_with_a_call() -> None:
    notes = [
        "Hello Camille, I'm the VP Marketing at Tidepool, a fintech app expanding into France. We are looking for local expertise "
        "in SEO and paid social. Happy to discuss.",
        "Hi Camille, I head marketing at Orbitly, a travel startup launching in France next spring. We need local know-how on SEO "
        "and social ads. Open to a chat.",
        "Ciao Camille, sono la CMO di Verdemare, un marchio che si espande in Francia. Cerchiamo competenze locali su SEO e social ads. "
        "Felice di parlarne.",
        "Hoi Camille, ik ben marketingmanager bij Zeilwind, een app die uitbreidt naar Frankrijk. We zoeken lokale expertise in SEO "
        "en social ads. Graag bespreken we dit.",
    ]
    for note in notes:
        text = sample_draft(note)
        assert not any(d in text for d in _DECLINE), text
        assert any(c in text for c in _CALL), text
        assert "vaste baan" not in text and "not looking for" not in text, text


def test_thanks_for_a_guest_lecture_she_gave_is_never_an_invitation() -> None:
    notes = [
        "Beste mevrouw Laurent, dank u wel voor het boeiende gastcollege op onze hogeschool vorige week! Mag ik u volgen?",
        "Hi Camille, thank you so much for the guest lecture at our university on Monday, really inspiring! Can I follow you?",
        "Hallo Frau Laurent, vielen Dank für den spannenden Gastvortrag an unserer Hochschule! Darf ich Ihnen folgen?",
        "Ciao Camille, grazie per la lezione di martedì in università, bellissima! Posso seguirti?",
        "Olá Camille, obrigada pela palestra na nossa faculdade ontem! Posso seguir-te?",
    ]
    asked = ("data", "date", "Termin", "format", "Format", "doelgroep", "audience", "Engels", "English", "Englisch", "inglese",
             "inglês", "uitnodiging voor", "gastcollege over", "budget", "orçamento", "Gastvortrag über")
    for note in notes:
        text = sample_draft(note)
        assert not any(a in text for a in asked), text


def test_a_quote_held_out_by_a_seller_is_declined_never_priced() -> None:
    notes = [
        "Hello, we install heat pumps for offices. Would you be interested in a free quote?",
        "Goedendag, wij leveren kantoorplanten aan bedrijven. Heeft u interesse in een vrijblijvende offerte?",
        "Guten Tag, wir verkaufen Bürostühle für Selbstständige. Hätten Sie Interesse an einem unverbindlichen Angebot?",
        "Bonjour, nous posons des panneaux photovoltaïques pour les indépendants. Un devis gratuit vous intéresserait ?",
        "Buongiorno, vendiamo stampanti per uffici. Le interessa un preventivo gratuito?",
        "Hola, instalamos placas solares en oficinas. ¿Le interesaría un presupuesto sin compromiso?",
    ]
    rates = ("rates", "tarief", "Preis", "prix", "prezzo", "precio", "tarifs", "tariffe", "20 minut", "20-minute", "Fachgebiet", "ámbito")
    for note in notes:
        text = sample_draft(note)
        assert not any(r in text for r in rates), text
    # a client asking HER quote is still a client
    text = sample_draft("Bonjour Camille, votre offre de formation SEO m'intéresse pour mon équipe, pourriez-vous m'envoyer un devis ?")
    assert not any(d in text for d in _DECLINE), text


def test_courses_for_a_team_asked_by_a_marketing_lead_get_the_training_offer() -> None:
    notes = [
        ("Ciao Camille, sono responsabile marketing di un gruppo di agriturismi. Vorrei sapere di più sui tuoi corsi per il mio team.", "corsi"),
        ("Olá Camille, sou diretora de marketing de uma cadeia de ginásios. Gostava de saber mais sobre os teus cursos para a minha equipa.",
         "formações"),
        ("Hi Camille, I run marketing for a group of dental clinics. I'd like to know more about your courses for my team.", "training"),
        ("Bonjour Camille, je dirige le marketing d'un groupe d'hôtels. J'aimerais en savoir plus sur vos cours pour notre équipe.", "formations"),
    ]
    for note, word in notes:
        text = sample_draft(note)
        assert word in text, text
        assert any(c in text for c in _CALL), text
        assert "a cosa stai lavorando" not in text and "what you're working on" not in text, text


def test_a_share_to_come_is_never_thanked_as_done() -> None:
    notes = [
        ("Ciao Camille, bellissimo il tuo articolo sul consent mode, lo condivido con il mio team!", ("averlo condiviso",)),
        ("Great article on GA4 audiences, Camille, I'll share it with my team!", ("for sharing it",)),
        ("Super article sur les audiences GA4, je vais le partager à mon équipe !", ("de l'avoir partagé",)),
        ("Genial tu artículo sobre GA4, lo compartiré con mi equipo.", ("por compartirl",)),
        ("Sterk artikel over GA4, ik deel het met mijn team!", ("voor het delen",)),
    ]
    for note, done in notes:
        text = sample_draft(note)
        assert not any(d in text for d in done), text
        assert text.count("E grazie") <= 1, text
    # a share done is still thanked, once, and never "E grazie … E grazie"
    text = sample_draft("Ciao Camille! Ottimo il tuo post sulle campagne Meta, l'ho condiviso col mio team. Colleghiamoci!")
    assert "condivis" in text and text.count("E grazie") <= 1, text


def test_a_training_she_gave_at_their_company_is_thanked_with_the_team_feedback() -> None:
    notes = [
        ("Liebe Frau Laurent, herzlichen Dank für den tollen Workshop bei uns in der Firma! Das ganze Team ist begeistert.", "besucht"),
        ("Hi Camille, thanks again for the training at our office last week, the team loved it!", "attending"),
        ("Bonjour Camille, merci encore pour la formation chez nous jeudi, toute l'équipe a adoré !", "suivi"),
        ("Hoi Camille, bedankt voor de training bij ons op kantoor, het team is enthousiast!", "bij mijn"),
    ]
    for note, attended in notes:
        text = sample_draft(note)
        assert attended not in text, text
        assert any(w in text for w in ("Team", "team", "équipe")), text


def test_traffic_without_sales_is_answered_with_conversion_not_seo() -> None:
    notes = [
        ("hey camille, my online candle shop gets plenty of visitors but zero sales. any tips?", "conversion"),
        ("Salut Camille, ma boutique en ligne a des visites mais aucune commande, un conseil ?", "conversion"),
        ("Hallo Camille, mein Onlineshop hat viele Besucher, aber kaum Bestellungen. Hast du einen Tipp?", "Conversion"),
        ("Hola Camille, mi tienda online tiene visitas pero ninguna venta. ¿Algún consejo?", "conversión"),
        ("Ciao Camille, il mio e-shop ha traffico ma nessuna vendita, qualche consiglio?", "conversione"),
        ("Hoi Camille, mijn webshop heeft veel bezoekers maar geen bestellingen. Tips?", "conversie"),
    ]
    for note, word in notes:
        text = sample_draft(note)
        assert word in text, text
        assert "Search Console" not in text, text
    casual = sample_draft("saw your thread on shop SEO, super useful. my store gets traffic but no sales, any tip?")
    assert casual.startswith("Hi") and "Best regards" not in casual, casual
