"""Wave 83 C: a sender asking which e-mail to send a request to gets where to send it, never "tell me your business and budget"."""
import pytest

from drafting import sample_draft

CASES = [
    ("Grüezi Frau Laurent, wir haben uns an der Masterclass in Genf kennengelernt. Wie besprochen würde ich Ihnen gerne unsere "
     "Anfrage für ein SEO-Audit unserer Website schicken. An welche E-Mail darf ich das senden? Freundliche Grüsse, Urs Baumann",
     "Leiter Digital | Baumann Uhren AG", "Urs Baumann", "Kontaktinfo", "Budget"),
    ("Bonjour Camille, suite à notre échange au salon, je voudrais vous envoyer notre cahier des charges pour un audit SEO. "
     "À quelle adresse mail puis-je vous l'envoyer ?", "Directeur marketing | Maison Dupuis", "Paul Dupuis", "Coordonnées", "budget"),
    ("Hola Camille, como hablamos en el evento, quiero mandarte nuestra solicitud de auditoría SEO. ¿A qué correo te la envío?",
     "Director de marketing | Tiendas Sol", "Jorge Pérez", "Información de contacto", "presupuesto"),
    ("Ciao Camille, come d'accordo vorrei inviarti la nostra richiesta per un audit SEO. A quale indirizzo email posso mandarla?",
     "Responsabile marketing | Vini Rossi", "Marco Rossi", "Informazioni di contatto", "budget"),
]


@pytest.mark.parametrize("note,headline,name,where,bad", CASES)
def test_email_asked_gets_where_to_send(note: str, headline: str, name: str, where: str, bad: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert where in text
    assert bad not in text
