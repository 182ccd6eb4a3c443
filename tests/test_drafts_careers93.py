"""Wave 93 (group T): a job seeker asking how to position herself as a freelancer gets the freelance start, never CV
advice; a certificate already done is never recommended again, and a first role asked for is answered."""

from drafting import sample_draft


def test_freelance_positioning_de_gets_the_freelance_start_not_cv_advice():
    d = sample_draft("Hallo, ich bin seit 3 Monaten auf Jobsuche im Online Marketing (2 J. Erfahrung SEA/SEO) und würde mich über "
                     "Tipps freuen, wie ich mich als Freelancerin positionieren kann. Danke im Voraus!",
                     headline="Online Marketing Managerin | auf der Suche nach neuen Herausforderungen", name="Anna Meier")
    assert "Netzwerk" in d and "welchen Service Sie anbieten" in d
    assert "Lebenslauf" not in d and "Headline mit der gesuchten Rolle" not in d


def test_freelance_positioning_nl_gets_the_freelance_start_not_a_cv_request():
    d = sample_draft("Hallo, ik zoek sinds 3 maanden werk in online marketing (2 jaar ervaring SEA/SEO) en zou graag wat tips krijgen "
                     "over hoe ik me als freelancer kan positioneren. Alvast bedankt!",
                     headline="Online Marketeer | Op zoek naar een nieuwe uitdaging", name="Iris Vos")
    assert "welke dienst je aanbiedt" in d and " cv" not in d


def test_freelance_positioning_other_languages():
    cases = [("Bonjour Camille, je cherche un poste depuis 4 mois en marketing digital (2 ans d'expérience en SEO). Auriez-vous "
              "des conseils pour me positionner en freelance ?", "quel service précis vous proposez", "CV"),
             ("Hi Camille, I've been job hunting for a while after 2 years in paid social. Any tips on how to position myself "
              "as a freelancer?", "which service you offer", "CV"),
             ("Hola Camille, llevo 3 meses buscando trabajo en marketing online. ¿Algún consejo sobre cómo posicionarme como "
              "freelance?", "qué servicio concreto ofrec", "currículum"),
             ("Ciao Camille, cerco lavoro da qualche mese nel digital marketing. Hai qualche consiglio su come posizionarmi come "
              "freelance?", "quale servizio preciso offri", "CV")]
    for note, good, bad in cases:
        d = sample_draft(note, name="Alex Martin")
        assert good in d and bad not in d, d


def test_certificate_done_is_not_recommended_again_and_first_role_answered():
    d = sample_draft("Hi Camille, I've just been laid off after 5 years in retail management and I'm retraining in digital "
                     "marketing (Google certificate done). Do you have any advice on landing a first role?",
                     headline="Retail Manager | Transitioning to Digital Marketing", name="Michael O'Brien")
    assert "real project with measurable results" in d
    assert "Skillshop" not in d and "Google Ads (free" not in d and "certification" not in d.lower()


def test_certificate_done_other_languages():
    cases = [("Hi Camille, I finished my Google Ads certification last month after 6 years in hospitality and I'm retraining "
              "into marketing. Any advice on landing my first job?", "real project", ("Skillshop", "Blueprint")),
             ("Bonjour Camille, après 8 ans dans la vente je me reconvertis au marketing digital, j'ai obtenu la certification "
              "Google Ads. Des conseils pour décrocher un premier poste ?", "vrai projet chiffré", ("Skillshop", "Blueprint")),
             ("Hallo Camille, ich mache eine Umschulung zur Online-Marketing-Managerin, das Google-Zertifikat habe ich gemacht. "
              "Hast du Tipps für die erste Stelle?", "Projekt mit messbaren Ergebnissen", ("Skillshop", "Blueprint"))]
    for note, good, bads in cases:
        d = sample_draft(note, name="Alex Martin")
        assert good in d and not any(b in d for b in bads), d


def test_certification_question_still_answered():
    d = sample_draft("Hi Camille, which certification should I do first, Google Ads or Meta Blueprint?", name="Ben Cole")
    assert "Blueprint" in d
