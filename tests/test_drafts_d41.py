"""Wave 41, helper D: proposals, referrals, press and podcasts (partners' French clients, a recommended course, a class
already named, a coffee next month, written interviews, a team in France, the glad yes before a price, a show's name)."""
from drafting import sample_draft


def test_french_clients_are_never_the_senders_clients_projects():
    notes = [
        ("Hola Camille, llevo una agencia de SEM en Zaragoza y creo que podríamos colaborar en proyectos para clientes franceses. ¿Lo hablamos?",
         "clientes franceses", ("de tus clientes", "de sus clientes")),
        ("Olá Camille, tenho uma agência digital em Coimbra e pensei que podíamos colaborar com clientes franceses. Falamos?",
         "clientes franceses", ("dos seus clientes", "dos teus clientes")),
        ("Ciao Camille, ho un'agenzia di ads a Padova: potremmo collaborare su progetti per clienti francesi? Sentiamoci!",
         "clienti francesi", ("dei tuoi clienti", "dei Suoi clienti")),
    ]
    for note, wanted, bad in notes:
        text = sample_draft(note)
        assert wanted in text, (note, text)
        for b in bad:
            assert b not in text, (note, b, text)
    text = sample_draft("Ciao Camille, ho un'agenzia di ads a Padova: potremmo collaborare su progetti per clienti francesi? Sentiamoci!")
    assert text.count("collabor") <= 1, text


def test_a_recommended_course_is_thanked_as_a_recommendation_and_its_price_promised():
    notes = [
        ("Hola Camille, Lucía Gómez me recomendó tu curso de SEO. ¿Cuándo empieza la próxima edición y qué precio tiene?",
         ["por la recomendación", "el precio"]),
        ("Ciao Camille, Marco Bassi mi ha consigliato il tuo corso di Meta Ads. Quando parte la prossima edizione e quanto costa?",
         ["per il passaparola", "il prezzo"]),
        ("Hallo Camille, Lena Vogt hat mir deinen Social-Ads-Kurs empfohlen. Wann startet der nächste Durchgang und was kostet er?",
         ["Empfehlung", "Preis"]),
        ("Hoi Camille, Bram Smit raadde me je SEO-cursus aan. Wanneer is de volgende editie en wat kost die?",
         ["aanbeveling", "prijs"]),
    ]
    for note, wanted in notes:
        text = sample_draft(note)
        for w in wanted:
            assert w in text, (note, w, text)
        for bad in ("ponernos en contacto", "messo in contatto", "introductie", "impartir", "tenere un corso"):
            assert bad not in text, (note, bad, text)


def test_a_referrer_who_introduced_them_is_still_thanked_for_it():
    text = sample_draft("Hola Camille, Ana Ruiz me pasó tu contacto porque buscamos ayuda con el SEO de nuestra tienda online.")
    assert "por la recomendación" not in text, text


def test_a_class_named_by_its_programme_is_not_asked_for_again():
    notes = [
        "Bonjour Camille, je coordonne le digital à l'ESC Rennes et je cherche une intervenante pour un module de 10h sur le SEO auprès de nos Master 1. Cela vous intéresserait-il ?",
        "Bonjour Camille, responsable des études à l'IUT de Lille, je cherche quelqu'un pour un module de 8h en social ads pour nos BTS. Seriez-vous disponible ?",
    ]
    for note in notes:
        text = sample_draft(note)
        assert "public visé" not in text, (note, text)


def test_a_coffee_next_month_gets_next_months_days():
    notes = [
        ("Bonjour Camille, directrice acquisition chez une fintech, j'aimerais parler SEO B2C avec vous. Un café à Lyon le mois prochain ?", "le mois prochain"),
        ("Hola Camille, me gustaría comentar contigo cómo trabajas el SEO en e-commerce. ¿Un café en Lyon el mes que viene?", "el mes que viene"),
        ("Ciao Camille, vorrei confrontarmi con te sulla SEO per l'e-commerce. Un caffè a Lione il mese prossimo?", "il mese prossimo"),
        ("Hoi Camille, ik wil graag met je sparren over SEO voor webshops. Koffie in Lyon volgende maand?", "volgende maand"),
    ]
    for note, wanted in notes:
        text = sample_draft(note)
        assert wanted in text, (note, text)
        for bad in ("deux prochaines semaines", "próximas dos semanas", "prossime due settimane", "komende twee weken"):
            assert bad not in text, (note, bad, text)


def test_a_written_interview_gets_her_languages_and_no_placeholder_address():
    # (wave 52: a piece published in Spanish, Dutch or Italian needs answers in that language, so written answers hear her
    # languages after the yes too, as spoken interviews do; an English one never does)
    notes = [
        ("Hola Camille, preparo un reportaje para Marketing Directo sobre IA y SEO. ¿Te puedo enviar unas preguntas por email?", "francés o en inglés"),
        ("Goedemiddag mevrouw Laurent, voor Frankwatching schrijf ik een artikel over social ads. Mag ik u enkele vragen per mail sturen?", "Frans of het Engels"),
        ("Buongiorno Camille, sto scrivendo un articolo per Engage sul SEO locale. Posso mandarle qualche domanda via email?", "francese o in inglese"),
        ("Hi Camille, I'm a reporter at The Drum writing a story about how retailers use TikTok ads. Could I email you a few questions?", ""),
    ]
    for note, limit in notes:
        text = sample_draft(note)
        assert ".example" not in text, (note, text)
        if limit:
            assert limit in text, (note, text)
        else:
            assert "French or English" not in text, (note, text)


def test_a_piece_is_named_once_in_english():
    text = sample_draft("Hi Camille, I'm a journalist at Campaign working on a piece about how small brands use LinkedIn ads. "
                        "Could I ask you a few questions by email next week?")
    assert "about a piece about" not in text, text
    assert text.count("piece") <= 1, text


def test_a_team_in_france_is_not_asked_whether_english_works():
    notes = [
        ("Geachte mevrouw Laurent, als marketingmanager van Action Frankrijk zoek ik een training social ads voor ons team. Kunnen we de mogelijkheden bespreken?", ""),
        ("Sehr geehrte Frau Laurent, ich leite das Marketing von dm Frankreich und suche eine Schulung zu SEO für unser Team. Können wir darüber sprechen?", ""),
    ]
    for note, headline in notes:
        text = sample_draft(note, headline)
        for bad in ("Engels voor u een optie", "Englisch", "alleen in het Frans of het Engels"):
            assert bad not in text, (note, bad, text)


def test_the_glad_yes_comes_before_the_price_range():
    notes = [
        ("Hi Camille, I run a small tea shop in Cork and opened a webshop last month, but hardly anyone finds it. Could you help with our SEO? Roughly what would it cost?",
         "help"),
        ("Hola Camille, tengo una pequeña tienda de cerámica en Valencia con web nueva y casi no vendemos. ¿Podrías ayudarnos con el SEO? ¿Cuánto costaría más o menos?",
         "ayud"),
    ]
    for note, glad in notes:
        text = sample_draft(note)
        body = text.split("\n\n")[1]
        second = body.split("\n")[-1]
        assert glad in second[:60], (note, text)
        assert second.index(glad) < second.index("€") if "€" in second else True, (note, text)


def test_a_podcast_invitation_keeps_the_show_name_and_says_yes():
    notes = [
        ("Oi Camille! Sou host do podcast Growth sem Mistério. Adoraríamos ter você num episódio sobre SEO. Topa?", "Growth sem Mistério"),
        ("Hola Camille, presento el podcast Ventas sin Filtro. Nos encantaría tenerte en un episodio sobre Meta Ads. ¿Te animas?", "Ventas sin Filtro"),
    ]
    for note, show in notes:
        text = sample_draft(note)
        assert show in text, (note, text)
        assert "20 minutos" not in text, (note, text)
