"""Jobs and hiring read as the right kind (wave 61, group B): a post offered to her, a consultant sought by a company,
a job seeker asking whether she hires, advice asked for."""

from __future__ import annotations

import pytest

from drafting import sample_draft

#: A recruiter's opening named, then her own interest asked: the post is offered to her, never "I have no hiring needs".
OFFERED = [
    ("Hi Camille, we're hiring experienced software engineers (Java/Kotlin) for our Berlin office. Great benefits and relocation "
     "package. Let me know if you're interested!", "Tech Recruiter - CodeHire", "isn't a fit", "no hiring needs"),
    ("Hello Camille, we are hiring backend developers (Python) in Amsterdam, full relocation support. Drop me a line if you'd be "
     "interested!", "IT Recruiter | DevTalent", "isn't a fit", "no hiring needs"),
    ("Hola Camille, estamos contratando ingenieros de software (Java) para nuestra oficina de Madrid. Buen salario. ¡Avísame si te "
     "interesa!", "Tech Recruiter | CodeHire", "no encaja", "un placer estar en contacto"),
    ("Ciao Camille, stiamo assumendo sviluppatori Java per la sede di Milano, ottimi benefit. Fammi sapere se ti interessa!",
     "Tech Recruiter | CodeHire", "non fa per me", "un piacere essere in contatto"),
    ("Hallo Camille, wir stellen Java-Entwickler für unser Büro in Berlin ein (Recruiting). Melden Sie sich gern, falls Sie "
     "Interesse haben!", "Tech Recruiterin | CodeHire", "passt daher nicht", "auf einen guten Austausch"),
    ("Hoi Camille, wij werven Java-ontwikkelaars voor ons kantoor in Utrecht (recruitment). Laat het weten als je interesse hebt!",
     "Tech Recruiter | CodeHire", "past niet bij mij", "in contact te staan"),
]


@pytest.mark.parametrize("note, headline, good, bad", OFFERED)
def test_a_post_offered_to_her_is_declined_as_a_post(note: str, headline: str, good: str, bad: str) -> None:
    text = sample_draft(note, headline=headline, name="Mark Stevens")
    assert good in text and bad not in text


#: A company weighing up a consultant for its own marketing: a client lead, never a seller declined.
CONSULTANT = [
    ("Buongiorno Camille, sono la direttrice marketing di Vini Colli Euganei. Stiamo valutando una consulente per la strategia di "
     "contenuti sul mercato francese. Possiamo fissare una call?", "Direttrice Marketing | Vini Colli Euganei",
     "call di 20 minuti", "non ne ho bisogno"),
    ("Buongiorno, sono responsabile marketing di Pasta Ferri. Valutiamo un consulente SEO per il sito in francese. Ha tempo per una "
     "call?", "Responsabile Marketing | Pasta Ferri", "obiettivi, attività in corso e budget", "confrontarci"),
    ("Hola Camille, soy la directora de marketing de Bodegas Ruiz. Estamos valorando una consultora para la estrategia de contenidos "
     "en el mercado francés. ¿Podemos agendar una llamada?", "Directora de Marketing | Bodegas Ruiz", "llamada de 20 minutos",
     "no lo necesito"),
    ("Olá Camille, sou diretora de marketing da Vinhos do Douro. Estamos a avaliar uma consultora para a estratégia de conteúdos no "
     "mercado francês. Podemos marcar uma chamada?", "Diretora de Marketing | Vinhos do Douro", "chamada de 20 minutos",
     "não é uma necessidade"),
]


@pytest.mark.parametrize("note, headline, good, bad", CONSULTANT)
def test_a_consultant_weighed_up_is_a_client_lead(note: str, headline: str, good: str, bad: str) -> None:
    text = sample_draft(note, headline=headline, name="Francesca Moretti")
    assert good in text and bad not in text


#: A job seeker asking whether she takes on staff ("cerchi collaboratori?"): she is not hiring, never a partnership accepted.
STAFF = [
    ("Ciao Camille, sono SEO specialist con 5 anni di esperienza e mi trasferisco a Lione a gennaio. Cerchi collaboratori o sai di "
     "agenzie che assumono? Grazie, Matteo", "non sto assumendo", "l'idea mi interessa"),
    ("Ciao Camille, faccio social media manager da 3 anni e a settembre mi trasferisco a Lione. Hai bisogno di collaboratori o "
     "conosci agenzie che cercano personale?", "non sto assumendo", "collaborazione"),
    ("Bonjour Camille, je suis chargé SEO depuis 4 ans et je m'installe à Lyon en mars. Recrutez-vous des collaborateurs ou "
     "connaissez-vous des agences qui embauchent ? Merci, Hugo", "je ne recrute pas", "stage"),
    ("Hi Camille, I'm a content marketer with 6 years of experience, moving to Lyon in spring. Are you looking for collaborators, or "
     "do you know agencies that are hiring? Thanks, Tom", "I'm not hiring", "working together"),
    ("Hola Camille, soy especialista SEO con 5 años de experiencia y me mudo a Lyon en enero. ¿Buscas colaboradores o conoces "
     "agencias que estén contratando? Gracias, Pablo", "no estoy contratando", "colaboración"),
    ("Olá Camille, sou especialista em SEO com 5 anos de experiência e vou mudar-me para Lyon em janeiro. Procura colaboradores ou "
     "conhece agências que estejam a contratar? Obrigado, Rui", "não estou a recrutar", "parceria"),
]


@pytest.mark.parametrize("note, good, bad", STAFF)
def test_her_staff_asked_is_no_partnership(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, headline="SEO Specialist", name="Matteo Conti")
    assert good in text and bad not in text


#: Advice asked for ("¿me das algún consejo?"): never answered "yes, that's what I do".
ADVICE = [
    ("hola camille!! tengo una tienda de ropa infantil en shopify y no vendo casi nada por instagram, vi tu post sobre anuncios y me "
     "senti super identificada jaja. ¿me das algun consejo?", "Sí, es justo", "por dónde empezaría"),
    ("hola camille! tengo una tienda online de cosmética natural y casi no vendo con facebook ads. ¿me das algún consejo?",
     "Sí, es justo", "Meta"),
    ("ciao camille! ho un negozio online di ceramiche e su instagram non vendo quasi niente. mi dai qualche consiglio?",
     "Sì, è proprio", "da dove partirei"),
]


@pytest.mark.parametrize("note, bad, good", ADVICE)
def test_advice_asked_gets_no_yes_to_her_trade(note: str, bad: str, good: str) -> None:
    text = sample_draft(note, headline="Fundadora", name="Sandra López")
    assert bad not in text and good in text
