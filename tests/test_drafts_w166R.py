"""Wave 166, group R: the note's kind misread. A cheap content-and-backlink agency asking "intéressée pour un devis
gratuit ?" sells, and is declined (never a quote and a call offered); "gostaria de conhecer melhor o seu trabalho com SEO
internacional" is a prospect's interest in her work (never a meeting recalled, and the international scope kept); a
student's "queria uma dica de como entrar na área" gets her tip on breaking into the field (never a paid call about
budget); software developers asked for are outside her field (no names in her network, never a promise to think of
some); a teacher who "could pay something" is never told that no pay is fine; "a coffee when you come back" to the
sender's city is her visit there, never "when you pass through Lyon" after a video call."""

from drafting import sample_draft


def _d(note: str, headline: str = "", name: str = "Alex Martin") -> str:
    return sample_draft(note, headline=headline, name=name)


def test_cheap_backlink_agency_offering_a_free_quote_is_declined():
    for note in [
        "Bonjour Camille ! Notre agence offshore propose des prestations de création de contenu et de backlinks à prix imbattables "
        "(à partir de 5€/article). Intéressée pour un devis gratuit ?",
        "Bonjour Camille, notre équipe rédige des articles SEO à petit prix (dès 7€). Intéressé par un devis sans engagement ?",
        "Hi Camille, our team in Manila offers SEO articles and link building at unbeatable rates (from $8 per article). Interested in a free quote?",
    ]:
        d = _d(note, name="Rahul Mehta")
        low = d.lower()
        assert "20 minutes" not in low and "proposition chiffrée" not in low and "prix dépend" not in low, d
        assert "pas un besoin" in low or "not something i need" in low, d


def test_client_asking_for_a_quote_keeps_her_price():
    d = _d("Bonjour Camille, j'aimerais un devis pour un audit SEO de mon site e-commerce. Quel serait le prix ?", name="Paul Girard")
    assert "800" in d and "pas un besoin" not in d, d


def test_interest_in_her_work_is_no_meeting_recalled():
    for note, scope in [
        ("Bom dia Camille, sou diretora de marketing da Natura Cosméticos para a Europa e gostaria de conhecer melhor o seu trabalho "
         "com SEO internacional.", "SEO internacional"),
        ("Olá Camille, sou gerente de marketing de uma rede de hotéis e gostaria de conhecer melhor o seu trabalho com SEO internacional.",
         "SEO internacional"),
        ("Hola Camille, soy responsable de marketing de una marca de vinos y me gustaría conocer mejor tu trabajo con el SEO internacional.",
         "SEO internacional"),
    ]:
        d = _d(note, name="Patrícia Oliveira")
        low = d.lower()
        assert "conhecermos" not in low and "reencontrar" not in low and "no que está trabalhando" not in low, d
        assert scope in d, d
        assert "20 minutos" in d, d


def test_a_meeting_recalled_in_portuguese_stays_a_meeting():
    d = _d("Olá Camille, foi ótimo te conhecer no evento RD Summit em Florianópolis!", name="Ana Souza")
    assert "RD Summit" in d, d


def test_student_asking_a_tip_to_enter_the_field_gets_her_tip():
    for note, head in [
        ("oi camille to terminando a faculdade de publicidade e queria uma dica de como entrar na area de marketing digital. obrigada!!",
         "Estudante de Publicidade"),
        ("Hola Camille, estoy terminando la carrera de publicidad y me gustaría un consejo sobre cómo entrar en el mundo del marketing digital.",
         "Estudiante"),
        ("Bonjour Camille, je termine mon master en communication et j'aimerais un conseil pour entrer dans le marketing digital. Merci !",
         "Étudiante"),
    ]:
        d = _d(note, head, name="Larissa Rocha")
        low = d.lower()
        assert "orçamento" not in low and "presupuesto" not in low and "budget" not in low and "20 min" not in low, d
        assert "proje" in low or "proyecto" in low, d


def test_developers_asked_for_are_outside_her_field():
    for note, words in [
        ("Hoi Camille, ik werf Java developers voor verschillende klanten. Ken jij iemand die openstaat voor iets nieuws? Thanks! Kevin",
         ("niemand", "buiten mijn vakgebied")),
        ("Bonjour Camille, je recrute des développeurs Python pour une startup lyonnaise. Tu connais quelqu'un qui serait intéressé ?",
         ("personne",)),
        ("Hi Camille, I'm hiring backend developers for a fintech client. Do you know anyone who might be open to a move?",
         ("no one",)),
    ]:
        d = _d(note, name="Kevin de Boer")
        low = d.lower()
        assert "denk even na" not in low and "i'll think" not in low and "je réfléchis" not in low, d
        assert all(w in low for w in words), d


def test_teacher_who_could_pay_something_is_not_told_unpaid_is_fine():
    for note in [
        "Hola, soy profe de FP de Marketing en Zaragoza. ¿Harías una masterclass online sobre SEO para mis alumnos? No tenemos mucho "
        "presupuesto pero podríamos pagar algo.",
        "Ciao Camille, insegno marketing in un istituto tecnico a Bologna. Faresti un intervento online sulla SEO per i miei studenti? "
        "Non abbiamo molto budget ma potremmo pagare qualcosa.",
    ]:
        d = _d(note, name="Manuel Lozano")
        low = d.lower()
        assert "remuneración no es" not in low and "problema per il compenso" not in low, d
        assert "sí, con mucho gusto" in low or "volentieri" in low, d


def test_unpaid_talk_still_answered_as_fine():
    d = _d("Hola, soy profe de FP de Marketing en Zaragoza. ¿Harías una masterclass online sobre SEO para mis alumnos? "
           "No tenemos presupuesto para pagar honorarios.", name="Manuel Lozano")
    assert "remuneración no es ningún problema" in d, d


def test_coffee_when_she_comes_back_to_the_senders_city():
    for note, city, bad in [
        ("Hola Camille, nos vimos en el afterwork de La French Tech en Madrid. Quedamos en tomar un café cuando vinieras de nuevo, ¡avisame!",
         "Madrid", ("videollamada", "pases por lyon")),
        ("Salut Camille, on s'est croisées au salon VivaTech à Paris. On se fait un café quand tu reviendras ?", "Paris",
         ("visio", "passes à lyon")),
        ("Hi Camille, great to meet you at the Web Summit in Lisbon. Let's grab a coffee when you're next back, just ping me!", "Lisbon",
         ("video call", "in lyon")),
    ]:
        d = _d(note, name="Alejandro Torres")
        low = d.lower()
        assert all(b not in low for b in bad), d
        assert d.count(city) >= 2, d


def test_coffee_if_she_passes_through_a_named_city_unchanged():
    d = _d("Salut Camille, un café si tu passes à Nantes ?", name="Léa Morin")
    assert "je passe à Nantes" in d, d
