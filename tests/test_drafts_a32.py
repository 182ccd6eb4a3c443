"""Wave 32 (a32): direct either/or questions get the side she answers, in every language."""

from drafting import sample_draft

# "post every day, or fewer but better?": her answer (fewer, better), never a question about the business or budget
DAILY = [
    ("Hi Camille, I follow your content tips. Is it smarter to publish on LinkedIn daily or fewer posts of higher quality?", "Fewer but better"),
    ("Bonjour Camille, faut-il poster chaque jour sur LinkedIn, ou moins mais de meilleure qualité ?", "Moins mais mieux"),
    ("Hola Camille, ¿es mejor subir algo a Instagram a diario o menos publicaciones pero de calidad?", "Menos pero mejores"),
    ("Ciao Camille, meglio postare tutti i giorni su Instagram oppure meno spesso ma con post di qualità?", "Meno ma migliori"),
    ("Hallo Camille, sollte ich jeden Tag auf LinkedIn etwas posten oder lieber seltener mit mehr Qualität?", "Weniger, aber besser"),
    ("Hoi Camille, is het beter om dagelijks op LinkedIn te posten of minder vaak met meer kwaliteit?", "Minder maar beter"),
]

# a one-off job or only a long contract: both halves of how she works, never a bare "yes, that's what I do"
ONE_OFF = [
    ("hi camille, small bakery owner here. do you take one-off SEO jobs or only long contracts?", "one-off audit"),
    ("Bonjour Camille, j'ai une petite boutique en ligne : faites-vous des audits ponctuels ou uniquement des contrats longs ?", "audit ponctuel"),
    ("Olá Camille, tenho um pequeno e-commerce. Faz consultorias pontuais ou só contratos longos?", "auditoria pontual"),
    ("Ciao Camille, ho un piccolo negozio online: fai anche consulenze una tantum o solo contratti lunghi?", "audit una tantum"),
    ("Hallo Camille, ich habe einen kleinen Onlineshop. Machst du einmalige Beratungen oder nur lange Verträge?", "einmaligen Audit"),
]


def test_daily_or_fewer_better_posts_gets_her_answer():
    for note, want in DAILY:
        text = sample_draft(note)
        assert want in text, (note, text)
        for bad in ("budget", "presupuesto", "Budget", "budget"):
            assert bad not in text, (note, text)


def test_reading_daily_is_no_question():
    for note in ("Hi Camille, I read your posts every day, thanks for sharing! Would love to connect.",
                 "Bonjour Camille, je lis vos posts tous les jours, merci pour le partage !"):
        text = sample_draft(note)
        assert "Fewer but better" not in text and "Moins mais mieux" not in text, (note, text)


def test_one_off_or_long_contract_gets_both_halves():
    for note, want in ONE_OFF:
        text = sample_draft(note)
        assert want in text, (note, text)
        assert "exactly what I do" not in text and "exatamente o que faço" not in text, (note, text)


# a company seeking an outside consultant in her field is a client lead: never declined as a job
CONSULTANT = [
    "Buongiorno Camille, siamo una scaleup di Bologna e cerchiamo un/una consulente per rivedere la SEO del sito. Saresti disponibile a gennaio?",
    "Hola Camille, somos una marca de moda de Valencia y buscamos una consultora para ordenar nuestra estrategia de contenidos. ¿Tendrías hueco en octubre?",
    "Bonjour Camille, nous sommes une PME lyonnaise et recherchons un consultant pour notre référencement naturel (SEO). Auriez-vous des disponibilités en septembre ?",
]
DECLINES = ("non fa per me", "no es para mí", "n'est pas pour moi", "ne me correspond pas", "passo", "isn't for me")


def test_consultant_sought_is_a_client_lead():
    for note in CONSULTANT:
        text = sample_draft(note)
        assert "20" in text, (note, text)
        assert not any(d in text for d in DECLINES), (note, text)
    # a recruiter's client seeking a consultant outside her field stays a polite no
    text = sample_draft("Hi Camille, I'm a recruiter at TalentBridge. Our client, a bank in Paris, is looking for a consultant "
                        "in data governance. Would you be interested?")
    assert "isn't for me" in text, text


def test_recruiter_offering_an_unrelated_post_gets_a_clear_no():
    for note, no in (
        ("Olá Camille, trabalho em RH numa cadeia de hotéis em Faro e sou recrutadora. Estamos a recrutar uma rececionista. Teria interesse?", "não se adequa"),
        ("Hola Camille, soy reclutador en una constructora de Bilbao. Estamos reclutando un jefe de obra. ¿Te interesaría?", "no encaja"),
        ("Ciao Camille, faccio la recruiter per un'azienda alimentare. Stiamo reclutando un addetto alla produzione. Ti interessa?", "non fa per me"),
    ):
        text = sample_draft(note)
        assert no in text, (note, text)
        assert "contacto!" not in text and "contatto!" not in text, (note, text)
