"""Wave 97 group Q: jobs, HR and assistants read as clients (or clients as jobs)."""

from __future__ import annotations

import pytest

from drafting import sample_draft

#: A salaried post offered her, with her background (not her "profile") said to fit: declined, never a client call.
ROLE_OFFERED = [
    ("Hi Camille, I'm hiring a Senior SEO Manager (remote, EU) for a B2B SaaS scale-up. Your background looks like a strong fit. "
     "Open to a quick chat? Emma, Talent Partner", "not looking"),
    ("Hello Camille, we're recruiting a Head of Content for a fintech in Paris. Your experience would be a great match. Could we have a call?",
     "not looking"),
    ("Bonjour Camille, je recrute un Responsable SEO (remote) pour une scale-up SaaS. Votre parcours correspond bien. Un appel rapide ?",
     "ne cherche pas"),
    ("Hola Camille, busco un SEO Manager para una startup en Madrid. Tu experiencia encaja muy bien. ¿Hablamos?", "no busco"),
    ("Hallo Camille, ich suche einen Senior SEO Manager (remote) für ein SaaS-Scale-up. Dein Werdegang passt sehr gut. "
     "Hast du Lust auf ein kurzes Gespräch?", "keine Festanstellung"),
    ("Ciao Camille, cerco un SEO Manager per una scale-up a Milano. La tua esperienza è perfetta per il ruolo. Ti va una call?", "non cerco"),
    ("Olá Camille, estou contratando um Gerente de SEO (remoto). A sua experiência encaixa muito bem. Podemos conversar?", "não estou buscando"),
]


@pytest.mark.parametrize(("note", "declined"), ROLE_OFFERED)
def test_role_offered_for_her_background_is_declined(note: str, declined: str) -> None:
    text = sample_draft(note, headline="Talent Partner", name="Emma Wilson")
    assert declined in text
    assert "budget" not in text.lower()
    assert "20 min" not in text


#: HR asking her to recommend someone outside her field (a welder, an electrician): an honest no, never a client call.
NAME_ASKED = [
    ("Salve, lavoro nelle risorse umane di un'azienda metalmeccanica e cerco un saldatore esperto a Brescia. Conosce qualcuno?", "rete"),
    ("Buongiorno, lavoro in HR in una azienda edile e cerco un elettricista a Bergamo. Mi sa consigliare qualcuno?", "rete"),
    ("Hi Camille, I work in HR at a manufacturing company and we're looking for an experienced welder in Lyon. Do you know anyone?", "network"),
    ("Hola, trabajo en recursos humanos de una empresa metalúrgica y busco un soldador con experiencia en Bilbao. ¿Conoce a alguien?", "red"),
    ("Olá, trabalho no RH de uma metalúrgica e procuro um soldador experiente no Porto. Conhece alguém?", "rede"),
]


@pytest.mark.parametrize(("note", "network"), NAME_ASKED)
def test_hr_name_outside_her_field_gets_an_honest_no(note: str, network: str) -> None:
    text = sample_draft(note, name="Giorgio Caruso")
    assert network in text
    assert "budget" not in text.lower()
    assert "20 min" not in text


#: A student asking whether she takes (part-time) assistants: answered from the settings (interns = false), never a client call.
ASSISTANTS_ASKED = [
    ("Hi Camille! I'm an MSc Digital Marketing student at EM Lyon (exchange from Canada). Do you ever take on part-time assistants? "
     "I'd love to learn from you, even unpaid.\nAva", "not taking on interns"),
    ("Bonjour Camille, je suis étudiante en master marketing digital à Lyon. Est-ce que vous prenez des assistantes à temps partiel ? "
     "J'aimerais beaucoup apprendre à vos côtés.", "ne prends pas de stagiaires"),
    ("Hola Camille, soy estudiante de marketing digital. ¿Aceptas asistentes a media jornada? Me encantaría aprender contigo, incluso sin cobrar.",
     "no tengo plazas"),
    ("Ciao Camille, sono studentessa di marketing digitale. Prendi assistenti part-time? Mi piacerebbe imparare da te, anche gratis.",
     "non accolgo"),
    ("Olá Camille, sou estudante de marketing digital. Você aceita assistentes em meio período? Adoraria aprender com você.", "não estou recebendo"),
    ("Hallo Camille, ich studiere Digital Marketing. Nimmst du Assistenten in Teilzeit? Ich würde gern von dir lernen, auch unbezahlt.",
     "nehme ich keine"),
    ("Hoi Camille, ik studeer digitale marketing. Neem je assistenten in deeltijd aan? Ik zou graag van je leren, ook onbetaald.", "neem ik geen"),
]


@pytest.mark.parametrize(("note", "answer"), ASSISTANTS_ASKED)
def test_assistants_asked_are_answered_like_interns(note: str, answer: str) -> None:
    text = sample_draft(note, headline="Student", name="Ava Thompson")
    assert answer in text
    assert "budget" not in text.lower()
    assert "20 min" not in text


#: A firm seeking an outside adviser in her field (for its client): a freelance engagement to hear about, never declined as a post.
ADVISER_SOUGHT = [
    ("Geachte mevrouw Laurent,\nDaan Jansen van Frankwatching noemde uw naam. Wij zoeken voor een klant een externe adviseur voor "
     "contentstrategie op de Franse markt. Zou u openstaan voor een kort gesprek?\nMet vriendelijke groet,\nEls Bakker", "spreekt me zeker aan"),
    ("Dear Ms Laurent,\nTom Reed from Econsultancy mentioned your name. We are looking for an external adviser on content strategy for the "
     "French market, for one of our clients. Would you be open to a short call?\nKind regards,\nEls Bakker", "could well interest me"),
    ("Gentile Dott.ssa Laurent,\nMarco Bianchi mi ha fatto il suo nome. Cerchiamo per un cliente un consulente esterno per la strategia dei "
     "contenuti sul mercato francese. Sarebbe disponibile per una breve chiamata?\nCordiali saluti,\nEls Bakker", "potrebbe interessarmi"),
    ("Prezada Sra. Laurent,\nJoão Silva me passou seu nome. Procuramos para um cliente um consultor externo de estratégia de conteúdo para o "
     "mercado francês. Estaria aberta a uma conversa rápida?\nAtenciosamente,\nEls Bakker", "pode me interessar"),
]


@pytest.mark.parametrize(("note", "yes"), ADVISER_SOUGHT)
def test_outside_adviser_in_her_field_is_an_engagement(note: str, yes: str) -> None:
    text = sample_draft(note, headline="Director, Bakker & Partners", name="Els Bakker")
    assert yes in text
    for declined in ("past niet bij mij", "isn't a fit", "non fa per me", "questa volta passo", "não é para mim"):
        assert declined not in text
