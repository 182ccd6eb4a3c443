"""Wave 147, group D (German): an agency selling white-label services "zu Top-Preisen" is a seller's pitch, declined
politely, never "Zusammenarbeit im Bereich Top-Preisen" and a call; an experienced job seeker staying in his field who asks
how to position himself gets advice on his specialism and the search months, never the career changer's "another sector"."""

from __future__ import annotations

from drafting import sample_draft


def test_white_label_agency_at_top_prices_is_declined() -> None:
    # 170 de_nl note-20: "White-Label-SEO-Dienstleistungen zu Top-Preisen … Interesse an einer Partnerschaft?"
    de = sample_draft("Hallo, wir sind eine Agentur aus Berlin und bieten White-Label-SEO-Dienstleistungen zu Top-Preisen an. "
                      "Interesse an einer Partnerschaft? Beste Grüße, Florian Koch, CEO RankUp GmbH", name="Florian Koch")
    assert "Top-Preisen" not in de and "Telefonat" not in de and "Im Moment habe ich keinen Bedarf" in de, de
    du = sample_draft("Hallo Camille, wir sind eine Agentur aus Hamburg und bieten White-Label-SEO zu Top-Preisen an. "
                      "Lust auf eine Partnerschaft? LG Jonas", name="Jonas Weber")
    assert "Telefonat" not in du and "wünsche dir aber viel Erfolg" in du, du
    en = sample_draft("Hi, we are an agency in London offering white-label SEO services at great prices. Interested in a "
                      "partnership? Tom Baker", name="Tom Baker")
    assert "call" not in en and "not something I need right now" in en, en
    es = sample_draft("Hola, somos una agencia de Madrid y ofrecemos servicios SEO en marca blanca a precios inmejorables. "
                      "¿Le interesa una colaboración? Carlos Ruiz", name="Carlos Ruiz")
    assert "llamada" not in es and "Ahora mismo no lo necesito" in es, es
    it = sample_draft("Ciao, siamo un'agenzia di Milano e offriamo servizi SEO white label a prezzi top. Le interessa una "
                      "partnership? Marco Rossi", name="Marco Rossi")
    assert "call" not in it and "non ne ho bisogno" in it, it
    nl = sample_draft("Hallo, wij zijn een bureau uit Amsterdam en bieden white-label SEO-diensten aan tegen topprijzen. "
                      "Interesse in een samenwerking? Jan de Vries", name="Jan de Vries")
    assert "gesprek" not in nl and "geen behoefte" in nl, nl


def test_agency_seeking_white_label_partners_stays_a_partnership() -> None:
    # 170 de_nl note-20 neighbour: an agency that SEEKS white-label work from her is still a partnership to talk about
    en = sample_draft("Hi Camille, we are an agency looking for white-label SEO partners for our French clients. Would you be "
                      "interested?", name="Tom Baker")
    assert "not something I need" not in en and "call" in en, en


def test_experienced_job_seeker_positioning_gets_advice_on_his_specialism() -> None:
    # 171 de_nl note-11: "seit 6 Monaten auf Jobsuche … SEA/SEO, 3 Jahre Erfahrung … wie ich mich besser positionieren kann?"
    de = sample_draft("Hallo Frau Laurent, ich bin seit 6 Monaten auf Jobsuche im Online-Marketing (Schwerpunkt SEA/SEO, 3 Jahre "
                      "Erfahrung). Hätten Sie vielleicht einen Rat, wie ich mich besser positionieren kann? Vielen Dank im Voraus, "
                      "Daniel Fischer", headline="Online Marketing Manager | offen für neue Herausforderungen", name="Daniel Fischer")
    assert "andere Branche" not in de and "Eine Pause oder ein Wechsel" not in de, de
    assert "auf den eigenen Schwerpunkt und die Zielrolle zuspitzen" in de and "Aktuelles aus der Suchzeit" in de, de
    fr = sample_draft("Bonjour Camille, je cherche un poste en marketing digital depuis 6 mois (SEA/SEO, 3 ans d'expérience). "
                      "Auriez-vous un conseil pour mieux me positionner ? Merci, Paul Martin", name="Paul Martin")
    assert "autre secteur" not in fr and "fait pendant la recherche" in fr, fr
    en = sample_draft("Hi Camille, I've been job hunting in online marketing for 6 months (SEA/SEO, 3 years of experience). Any "
                      "advice on how to position myself better? Thanks, Mark", name="Mark Hill")
    assert "another sector" not in en and "sharpen the headline on your specialism" in en, en
    it = sample_draft("Ciao Camille, cerco lavoro nel marketing online da 6 mesi (SEA/SEO, 3 anni di esperienza). Ha un consiglio "
                      "su come posizionarmi meglio? Grazie, Luca Bianchi", name="Luca Bianchi")
    assert "altro settore" not in it and "fatto durante la ricerca" in it, it
    nl = sample_draft("Hoi Camille, ik zoek al 6 maanden werk in online marketing (SEA/SEO, 3 jaar ervaring). Heb je een tip hoe "
                      "ik me beter kan profileren? Bedankt, Daan", name="Daan Jansen")
    assert "zoekperiode" in nl, nl


def test_career_changer_keeps_the_other_sector_advice() -> None:
    # 171 de_nl note-11 neighbour: a move from another sector keeps "Eine andere Branche ist ein Plus."
    de = sample_draft("Hallo Frau Laurent, ich bin nach einer Kündigung auf Jobsuche, 5 Jahre Marketing in der Industrie. Ich "
                      "möchte ins Online Marketing wechseln. Wie kann ich mich positionieren?", headline="Marketing Manager",
                      name="Stefan Braun")
    assert "Eine andere Branche ist ein Plus." in de and "Suchzeit" not in de, de
