"""Wave 63, helper B: pitches and programmes read as the wrong kind (a file of leads sold, an insurance quote offered,
a platform's partner programme)."""
from drafting import sample_draft


def test_contacts_sold_by_the_batch_are_a_pitch_never_a_budget_to_advise_on():
    notes = [
        "Bjr, ns proposons des fichiers de leads B2B qualifiés à prix imbattable, 10 000 contacts pour 99€. intéressé(e) ?",
        "Hi, we have verified B2B email lists, 5000 contacts for $79. Interested?",
        "Hola, vendemos bases de datos B2B, 10.000 contactos por 99€. ¿Te interesa?",
    ]
    for note in notes:
        low = sample_draft(note, name="Yann Perrin").lower()
        assert "budget" not in low and "20 min" not in low, low
        assert any(w in low for w in ("pas un besoin", "not something i need", "no lo necesito")), low


def test_an_insurance_quote_offered_is_a_pitch_declined_politely():
    notes = [
        ("Guten Tag Frau Laurent, ich verkaufe Versicherungen für Selbstständige und würde Ihnen gern ein unverbindliches Angebot zur Berufshaftpflicht machen. Wann passt es Ihnen? MfG Ralf Kunz", "Ralf Kunz"),
        ("Guten Tag Frau Laurent, als Finanzberater darf ich Ihnen ein kostenloses Angebot für Ihre Altersvorsorge schicken? Wann hätten Sie Zeit?", "Jens Ott"),
        ("Goedendag mevrouw Laurent, ik ben verzekeringsadviseur voor zzp'ers en zou u graag een vrijblijvende offerte voor een arbeidsongeschiktheidsverzekering sturen. Wanneer schikt het u? Mvg Henk Smits", "Henk Smits"),
        ("Hello Camille, I'd love to send you a free quote for your professional liability insurance. When would suit you?", "Tom Reed"),
    ]
    for note, name in notes:
        low = sample_draft(note, name=name).lower()
        for bad in ("fachgebiet", "ansprechperson", "tarief", "voorstel", "rates", "budget", "20 min"):
            assert bad not in low, low
        assert any(w in low for w in ("keinen bedarf", "geen behoefte", "not a priority", "not something i need")), low


def test_a_quote_asked_of_her_stays_a_client():
    note = "Guten Tag Frau Laurent, könnten Sie mir ein unverbindliches Angebot für ein SEO-Audit unseres Onlineshops schicken?"
    low = sample_draft(note, name="Eva Brandt").lower()
    assert "keinen bedarf" not in low, low


def test_a_partner_programme_invitation_is_a_partnership_never_a_job_nor_a_pitch():
    notes = [
        ("Hallo Camille, ich arbeite bei HubSpot im Partnerteam. Wir würden dich gern in unser Agentur-Partnerprogramm aufnehmen – hättest du Interesse an einem kurzen Austausch? Beste Grüße, Nina", "Nina Schmitt"),
        ("Hi Camille, ik werk bij Semrush in het partnerteam Benelux. We zouden je graag uitnodigen voor ons affiliate programma voor consultants. Zin in een kort gesprekje? Groeten, Noor", "Noor Hermans"),
        ("Hallo Camille, ich bin im Partner-Team von Shopify und würde dich gern in unser Partnerprogramm einladen. Lust auf ein kurzes Gespräch?", "Lea Wolf"),
    ]
    for note, name in notes:
        low = sample_draft(note, name=name).lower()
        for bad in ("stelle", "richtige person", "geen behoefte", "keinen bedarf", "veel succes"):
            assert bad not in low, low
        assert any(w in low for w in ("zusammenarbeit", "samen te werken")), low
