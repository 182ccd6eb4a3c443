"""Wave 41, helper C: job seekers, students and founders get the answer to what they asked."""
from drafting import sample_draft


def test_portfolio_or_cv_feedback_is_offered_never_a_cv_for_a_portfolio():
    notes = [
        ("Buenas, acabo de terminar el grado y busco empleo como diseñadora gráfica. ¿Te importaría darme tu opinión sobre mi portafolio?",
         "enlace a tu portafolio", ["Envíame tu CV", "indicarme tu portfolio"]),
        ("Ciao Camille, cerco lavoro come copywriter dopo la laurea. Ti andrebbe di dare un'occhiata al mio portfolio?",
         "link al tuo portfolio", ["Mandami pure il tuo CV", "Senza clienti"]),
        ("Hi Camille, I'm looking for my first marketing job. Would you mind giving me some feedback on my portfolio?",
         "link to your portfolio", ["send me your CV", "Send me your CV"]),
        ("Hoi Camille, ik zoek een baan als contentmarketeer. Wil je misschien eens naar mijn portfolio kijken?",
         "link naar je portfolio", ["je cv"]),
        ("Oi Camille! Tô buscando vaga de social media. Você poderia me dar uma opinião sobre o meu currículo?",
         "currículo por aqui", ["sobre a sua pergunta"]),
        ("Bonjour Camille, je cherche un poste de chargée de communication. Pourriez-vous me donner votre avis sur mon CV ?",
         "ce que je changerais", ["votre question"]),
    ]
    for note, wanted, banned in notes:
        text = sample_draft(note)
        assert wanted in text, (note, text)
        for bad in banned:
            assert bad not in text, (note, bad, text)


def test_an_internship_sought_elsewhere_is_not_told_she_takes_no_interns():
    notes = [
        "Olá Camille, ando à procura de estágio em comunicação digital para o próximo semestre. Tem algumas dicas para a candidatura?",
        "Hola Camille, estoy en busca de prácticas en marketing para el verano. ¿Algún consejo para preparar la candidatura?",
    ]
    for note in notes:
        text = sample_draft(note)
        assert "não recebo estagiários" not in text and "no tengo plazas de prácticas" not in text, (note, text)


def test_where_to_apply_is_answered_with_where():
    notes = [
        ("Hoi Camille, ik studeer Media en zoek vanaf september een stage in online marketing. Neem je stagiairs aan, of heb je tips waar ik het beste kan solliciteren?",
         "Waar je kunt solliciteren"),
        ("Hallo Camille, ich studiere Medienmanagement und suche ein Praktikum im Marketing. Nimmst du Praktikanten oder hast du Tipps, wo ich mich bewerben sollte?",
         "Wo du dich bewerben kannst"),
        ("Hi Camille, I'm a marketing student looking for a placement next year. Do you take interns, or any tips on where I should apply?",
         "Where to apply"),
    ]
    for note, wanted in notes:
        text = sample_draft(note)
        assert wanted in text, (note, text)
        assert "learn by doing" not in text and "in de praktijk" not in text and "praktisch lernen" not in text, (note, text)


def test_agencies_asked_in_a_city_keep_the_city_and_the_trade():
    notes = [
        ("Hallo Camille, ich suche nach 5 Jahren Inhouse eine neue Stelle. Kennst du Agenturen in Hamburg, die Leute mit SEO Erfahrung suchen?",
         ["SEO-Agenturen in Hamburg", "Neueinstellungen"], ["in der Region", "letzten Einstellungen"]),
        ("Hola Camille, busco trabajo de SEA después de 4 años en una empresa. ¿Conoces agencias en Sevilla que busquen gente?",
         ["agencias de SEA de Sevilla"], ["de la zona que te interes"]),
        ("Hi Camille, I'm job hunting in PPC after 6 years in-house. Do you know agencies in Leeds that might be hiring?",
         ["PPC agencies in Leeds"], ["the area you're aiming for"]),
    ]
    for note, wanted, banned in notes:
        text = sample_draft(note)
        for w in wanted:
            assert w in text, (note, w, text)
        for bad in banned:
            assert bad not in text, (note, bad, text)


def test_an_owner_example_from_another_trade_is_left_out():
    text = sample_draft("Buenas, después de 3 años como community manager en una agencia busco trabajo nuevo. ¿Algún consejo?",
                        headline="Community Manager")
    assert "SEO y Google Ads" not in text, text
    assert "contratando, o a alguien" not in text, text


def test_a_founder_launching_a_brand_gets_launch_steps_not_learner_tips():
    notes = [
        ("Oi Camille, tô lançando minha marca de cosméticos naturais e queria uma dica de por onde começar no marketing digital!", "lançamento"),
        ("Salut Camille, je lance ma marque de bijoux le mois prochain. Par où commencer en marketing digital ?", "lancement"),
        ("Ciao Camille, sto lanciando il mio marchio di ceramiche. Da dove partiresti con il marketing digitale?", "lancio"),
        ("Hi Camille, I'm launching my own candle brand in spring. Where would you start with digital marketing?", "launch"),
    ]
    for note, wanted in notes:
        text = sample_draft(note)
        assert wanted in text, (note, text)
        for bad in ("recruiters", "recruteurs", "recrutadores", "reclutatori", "business and your budget"):
            assert bad not in text, (note, bad, text)


def test_a_decimal_year_count_is_not_read_as_years_of_experience():
    from invitriage.drafts import career
    for note in ("ik zoek werk als social media marketeer (2,5 jaar ervaring)", "busco trabajo en marketing digital (1,5 años de experiencia)"):
        assert career.stage(note) != "experienced", note
