"""Wave 53, group A: direct questions answered (bare options, project or hour, may I write to you)."""
import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, want, bad", [
    ("hi camille, im trying to get into digital marketing after 8 years in retail. which certifications are worth it? google? hubspot? thx",
     "HubSpot Inbound", "SEO has no official"),
    ("Bonjour Camille, je me reconvertis dans le marketing digital. Quelles certifications valent le coup ? Google ? HubSpot ? Merci",
     "HubSpot Inbound", "pas d'officielle"),
    ("Hola Camille, quiero entrar en marketing digital. ¿Qué certificaciones merecen la pena? ¿Google? ¿HubSpot? Gracias",
     "HubSpot Inbound", "ninguna oficial"),
])
def test_bare_list_of_options_weighs_both(note, want, bad):
    text = sample_draft(note, headline="Aspiring Digital Marketer", name="Kevin Moreau")
    assert want in text and bad not in text


@pytest.mark.parametrize("note, want", [
    ("Salve Camille, ci servirebbe una strategia social. Come lavori di solito, a progetto o a ore? Grazie, Federica", "A progetto:"),
    ("Hi Camille, we need help with our SEO. Do you work per project or by the hour? Thanks, Tom", "By project:"),
    ("Bonjour Camille, nous cherchons de l'aide pour nos campagnes Meta. Vous travaillez plutôt au forfait ou à l'heure ? Merci, Julie", "Au projet :"),
    ("Hallo Camille, wir suchen Hilfe bei SEO für unseren Onlineshop. Arbeitest du pro Projekt oder nach Stunden? LG Jan", "Projektbezogen:"),
])
def test_project_or_hourly_answered(note, want):
    text = sample_draft(note, headline="", name="Ana Ruiz")
    assert want in text and "Ci sentiamo" not in text


@pytest.mark.parametrize("note, want", [
    ("Camille grazie per il workshop di ieri sulla SEO locale!! Posso scriverti se ho domande sull'applicazione pratica? Elena",
     "qui le domande sono benvenute"),
    ("Thanks for the webinar on local SEO, really helpful. Can I message you if I have questions when I try it? Sam", "write to me here"),
    ("Merci pour l'atelier SEO d'hier ! Je peux vous écrire si j'ai des questions ? Léa", "les questions sont les bienvenues ici"),
    ("Danke für den Workshop gestern! Darf ich dir schreiben, wenn ich Fragen habe? Jonas", "Fragen sind hier jederzeit willkommen"),
    ("Obrigada pelo workshop de ontem! Posso te escrever se tiver dúvidas? Bia", "por aqui"),
])
def test_may_i_write_gets_yes_here_not_a_call(note, want):
    text = sample_draft(note, headline="", name="Elena Rossi")
    assert want in text
    for call in ("telefono", "phone", "call", "appel", "Anruf", "ligação", "bellen"):
        assert call not in text


@pytest.mark.parametrize("note, bad", [
    ("hoi! ben net begonnen als social media marketeer bij een startup en twijfel tussen de Google Ads cursus en een Meta Blueprint certificering.. wat zou jij doen?",
     "Voor SEO bestaat"),
    ("hallo camille, bin grad berufseinsteiger im bereich social media, welche zertifikate würdest du empfehlen (google ads? meta blueprint?)",
     "Für SEO gibt es"),
])
def test_ads_certification_without_seo_aside(note, bad):
    text = sample_draft(note, headline="Junior Social Media Manager", name="Daan de Vries")
    assert "Meta Blueprint" in text and bad not in text
