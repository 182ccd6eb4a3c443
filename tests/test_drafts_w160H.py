"""Wave 160 H: replies that dropped what the note named. A network proposing a workshop for its members and asking when a
call suits is answered with the workshop accepted by the network's name and two days proposed (never the question bounced
back); a Franco-Spanish or Luso-French chamber, or a sender who says they speak French, is offered French first (never
"would English work?" alone); a lecture series named with its title is thanked by that title and its topic never asked
again; a journalist's reportage is named as one ("tu reportaje sobre …"), never a bare "¡Con mucho gusto!"."""

from drafting import sample_draft


def test_network_member_workshop_named_and_days_proposed():
    d = sample_draft('Liebe Camille, ich leite das Gründerinnen-Netzwerk "Shop Sisters" und wir würden gerne eine Kooperation '
                     'besprechen – z.B. einen Workshop für unsere Mitglieder. Wann passt dir ein Call? Liebe Grüße, Claudia',
                     "Gründerin & Community Lead, Shop Sisters e.V.", "Claudia Fischer")
    assert "Shop Sisters" in d and "Workshop" in d and "Dienstag oder Donnerstag" in d
    assert "Welche Termine passen dir" not in d
    d = sample_draft("Hoi Camille, ik run het netwerk 'Webshop Vrouwen' en we zouden graag een samenwerking bespreken, bv. een "
                     "workshop voor onze leden. Wanneer komt een belletje jou uit? Liefs, Marloes",
                     "Oprichter Webshop Vrouwen community", "Marloes Willems")
    assert "Webshop Vrouwen" in d and "workshop" in d and "dinsdag of donderdag" in d
    assert "Wanneer past het jou volgende week" not in d
    d = sample_draft("Hi Camille, I run the network 'Women in Retail Tech' and we'd love to team up, maybe a workshop for our "
                     "members? When would be good for a quick call? Best, Joanna", "Founder, Women in Retail Tech", "Joanna Price")
    assert "Women in Retail Tech" in d and "Tuesday or Thursday" in d


def test_partnership_without_member_workshop_keeps_its_call():
    d = sample_draft("Liebe Camille, ich leite eine kleine SEO-Agentur in Köln und würde gern über eine Zusammenarbeit sprechen. "
                     "Wann passt dir ein Call?", "Gründerin, Rankwerk", "Jana Roth")
    assert "Dienstag oder Donnerstag" not in d and "Workshop" not in d


def test_french_chamber_offered_french_first():
    d = sample_draft("Estimada Sra. Laurent, le escribo de parte de la Cámara de Comercio Franco-Española. Nos gustaría proponerle "
                     "impartir un taller de marketing digital para nuestros socios. Quedo a la espera.\nCordialmente, Isabel Herrera",
                     "Responsable de Formación - CCI France Espagne", "Isabel Herrera")
    assert "¿Le parece bien en francés?" in d and "posible en inglés" not in d and "Eso sí" not in d
    d = sample_draft("Exma. Sra. Dra. Camille Laurent,\nEm nome da Câmara de Comércio Luso-Francesa, gostaríamos de a convidar para "
                     "ministrar um workshop de marketing digital aos nossos associados.\nCom os melhores cumprimentos,\nHelena Rodrigues",
                     "Responsável de Formação - CCILF", "Helena Rodrigues")
    assert "em francês?" in d and "possível em inglês" not in d and "fico muito contente" not in d
    d = sample_draft("Buongiorno Camille, sono della Camera di Commercio Italo-Francese di Milano: Le interesserebbe tenere un "
                     "workshop di marketing digitale per le nostre aziende associate?", "Responsabile Formazione", "Marco Bassi")
    assert "in francese?" in d and "possibile in inglese?" not in d


def test_plain_spanish_invitation_still_asks_english():
    d = sample_draft("Estimada Sra. Laurent, somos una asociación de comerciantes de Sevilla. Nos gustaría proponerle impartir un "
                     "taller de marketing digital para nuestros socios.", "Gerente", "Luis Gómez")
    assert "posible en inglés" in d


def test_lecture_series_named_and_topic_not_asked():
    d = sample_draft('Sehr geehrte Frau Laurent,\nim Namen der Hochschule München möchte ich Sie als Referentin für unsere '
                     'Ringvorlesung "Digitales Marketing in Europa" im Wintersemester gewinnen. Wäre das grundsätzlich für Sie '
                     'interessant?\nMit freundlichen Grüßen\nProf. Dr. Andreas Berger', "Professor für Marketing, Hochschule München",
                     "Andreas Berger")
    assert "Ringvorlesung „Digitales Marketing in Europa“" in d and "das Thema" not in d and "einen Vortrag" not in d
    d = sample_draft('Estimada Camille, coordino en la Universidad de Valencia el ciclo de conferencias "Marketing y territorio" y '
                     'nos encantaría contar con usted como ponente en primavera. ¿Le interesaría?', "Profesora titular", "Elena Ruiz")
    assert "ciclo de conferencias «Marketing y territorio»" in d


def test_reportage_named():
    d = sample_draft("Hola, soy periodista de la revista Emprendedores y preparo un reportaje sobre consultoras de marketing en "
                     "Europa. ¿Podría hacerte unas preguntas por email?", "Periodista en Emprendedores", "Teresa Domínguez")
    assert "reportaje sobre consultoras de marketing" in d and "¡Con mucho gusto!" not in d
    d = sample_draft("Bonjour Camille, je suis journaliste et je prépare un reportage sur les consultantes marketing indépendantes. "
                     "Puis-je vous envoyer quelques questions par email ?", "Journaliste, Les Échos Entrepreneurs", "Marie Dubois")
    assert "reportage sur les consultantes marketing" in d
