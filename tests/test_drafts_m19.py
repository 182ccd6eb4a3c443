"""Round-19 misreads: a recruiter's referral ask or two-part question, a recruiter's plain hello, a partner's offer."""

from __future__ import annotations

import pytest

from tests.drafting import render

JOB_WORDS = ("these roles", "these positions", "ces postes", "diese Stellen", "deze functies", "estos puestos", "questi ruoli",
             "estas funções", "essas vagas", "good luck with your search", "Bonne recherche", "Viel Erfolg bei der Suche",
             "Veel succes met zoeken", "suerte con la búsqueda", "bocca al lupo", "Boa sorte")


@pytest.mark.parametrize("note,lang", [
    ("Hello, I'm a tech recruiter based in Leeds, always keen to grow my network. Best, Sam", "en"),
    ("Bonjour, je suis chargée de recrutement dans l'industrie pharmaceutique et j'élargis mon réseau. Belle journée", "fr"),
    ("Guten Tag, ich arbeite als Headhunterin im Maschinenbau und möchte mein Netzwerk erweitern. Viele Grüße", "de"),
    ("Hallo, ik ben recruiter in de zorg en breid graag mijn netwerk uit. Groet", "nl"),
    ("Hola, soy reclutadora en el sector sanitario y me gustaría ampliar mi red. Saludos", "es"),
    ("Buongiorno, sono recruiter nel settore farmaceutico e vorrei ampliare la mia rete. Cordiali saluti", "it"),
    ("Olá, sou recrutadora na área da saúde e gostaria de alargar a minha rede. Cumprimentos", "pt"),
])
def test_recruiters_plain_hello_mentions_no_jobs(note, lang):
    text, template = render(note, lang, "generic", headline="Talent Acquisition Recruiter")
    assert template == "recruiting"
    assert not any(w.lower() in text.lower() for w in JOB_WORDS), text


@pytest.mark.parametrize("note,lang,needle", [
    ("Bonjour, je recrute un contrôleur de gestion pour une PME à Grenoble. Si vous connaissez qqn, n'hésitez pas !", "fr", "réseau"),
    ("Hi, I'm hiring a payroll officer for a client in Bristol. Let me know if you know of anyone!", "en", "network"),
    ("Goedemiddag, ik zoek een boekhouder voor een klant in Utrecht. Weet u iemand?", "nl", "netwerk"),
])
def test_referral_ask_is_not_a_declined_offer(note, lang, needle):
    text, _ = render(note, lang, "recruiting", headline="Recruiter")
    assert needle in text, text
    assert not any(w in text for w in ("ne donnerai donc pas suite", "I'll pass", "this role isn't a fit for me", "past niet bij mij"))


@pytest.mark.parametrize("note,lang,needle", [
    ("Hallo Frau Laurent, ich suche für einen Kunden eine:n SEO-Teamlead in Köln. Wäre das für Sie interessant oder kennen Sie jemanden?", "de", "suche derzeit keine"),
    ("Hoi Camille, ik zoek voor een klant een SEO-lead in Rotterdam. Sta je open voor een nieuwe uitdaging of ken je iemand?", "nl", "zoek op dit moment geen"),
    ("Hi Camille, I'm hiring a Head of Content for a client in Dublin. Are you open to a new challenge, or do you know someone?", "en", "not looking for a role"),
    ("Hola Camille, busco un/a Head of SEO para un cliente en Madrid. ¿Estarías abierta a un nuevo reto o conoces a alguien?", "es", "no busco un puesto"),
])
def test_two_part_recruiter_question_answers_both_parts(note, lang, needle):
    text, _ = render(note, lang, "recruiting", headline="Senior Recruiter")
    assert needle in text, text
    assert any(w in text for w in ("netwerk", "Netzwerk", "network", "red")), text


@pytest.mark.parametrize("note,lang,needle", [
    ("Hi Camille, we're a dev studio in Leeds looking for a French content strategy partner for a few clients. Open to white-label work?", "en", "white-label"),
    ("Hola Camille, somos una agencia de Valencia: nosotros hacemos el diseño web y tú el SEO para clientes franceses. ¿Te apetece colaborar?", "es", "clientes"),
    ("Bonjour Camille, notre agence de développement cherche un partenaire SEO en marque blanche pour nos clients. Ça vous intéresse ?", "fr", "marque blanche"),
    ("Hallo Camille, wir sind eine Webagentur in Wien und suchen eine Partnerin für SEO für unsere Kunden in Frankreich. Interesse an einer Zusammenarbeit?", "de", "Kunden"),
])
def test_partnership_offer_is_named_not_declined(note, lang, needle):
    text, template = render(note, lang, "recruiting", headline="Director")
    assert template == "business_proposal", (template, text)
    assert needle in text, text
    for bad in ("not looking", "ne cherche pas", "tus necesidades", "your needs", "vos besoins", "Ihren Bedarf", "Viel Erfolg"):
        assert bad not in text, text


@pytest.mark.parametrize("note,lang", [
    ("Your post on content calendars was spot on! I'm a freelance copywriter too, would love to swap notes sometime.", "en"),
    ("Super ton post sur le contenu evergreen ! Je suis aussi consultante freelance, ça te dirait d'échanger nos retours d'expérience ?", "fr"),
    ("Toller Beitrag über Content-Planung! Ich bin auch freiberufliche Texterin und würde mich gern mal mit dir austauschen.", "de"),
])
def test_peer_swapping_notes_is_not_a_seller(note, lang):
    text, template = render(note, lang, "content")
    assert template != "business_proposal", text
    for bad in ("samples", "exemples", "Arbeitsproben", "keep you in mind", "No immediate need"):
        assert bad not in text, text


@pytest.mark.parametrize("note,lang", [
    ("Oi Camille! A gente se conheceu no Social Media Week em São Paulo, lembra? Bora manter contato!", "pt"),
    ("Salut Camille ! On s'est croisées au salon E-commerce de Paris, tu te souviens ? Au plaisir !", "fr"),
    ("Hi Camille, we met at BrightonSEO last spring, remember? Great to connect!", "en"),
])
def test_remember_is_not_a_question(note, lang):
    text, _ = render(note, lang, "met_before")
    for bad in ("15 minut", "15-minute", "par écrit", "por escrito", "in writing"):
        assert bad not in text, text
