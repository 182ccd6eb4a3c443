"""Fix wave 116, group B: sellers and prospects."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,headline,name", [
    # round 116 es_pt_it note-19, note-41, note-63: a vendor offering to send its price list, never her rates asked
    ("Hola Camille, vendemos listas de emails B2B verificadas de directores de marketing en Francia y España. Precio especial "
     "este mes. ¿Te paso tarifas?", "Sales Manager - DataLeads Pro", "Fernando Ríos"),
    ("Olá Camille, vendemos bases de dados de e-mails B2B de diretores de marketing na Europa. Temos um desconto especial este "
     "mês. Posso enviar a tabela de preços?", "Comercial - LeadBase Europa", "Nuno Sequeira"),
    ("Buongiorno Camille, vendiamo liste email B2B verificate di direttori marketing in Francia e Italia. Questo mese abbiamo "
     "un prezzo speciale. Le mando il listino?", "Sales Manager - LeadItalia", "Stefano Costa"),
    ("Hoi Camille, wij verkopen geverifieerde B2B e-maillijsten van marketingdirecteuren in Nederland. Deze maand een speciale "
     "prijs. Zal ik je onze prijslijst sturen?", "Sales Manager - DataLeads", "Daan de Vries"),
])
def test_a_vendor_offering_its_price_list_is_declined_politely(note: str, headline: str, name: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    for word in ("20 minut", "tarifas", "tabela", "mis tarifas", "meus valores", "budget", "attività", "tarieven", "Zo ja"):
        assert word not in text, text


@pytest.mark.parametrize("note,headline,must", [
    # a shop that sells and asks HER prices stays a client
    ("Hola Camille, vendemos joyas artesanales online y queremos mejorar nuestro SEO. ¿Me pasas tus tarifas?", "Fundadora", "20 minutos"),
    ("Hoi Camille, wij verkopen sieraden online en willen onze SEO verbeteren. Kun je je prijzen sturen?", "Oprichter", "20 minuten"),
    ("Hallo Camille, wir verkaufen Schmuck online und wollen unser SEO verbessern. Können Sie mir Ihre Preise schicken?", "Gründerin",
     "20 Minuten"),
])
def test_a_shop_asking_her_prices_is_still_a_client(note: str, headline: str, must: str) -> None:
    text = sample_draft(note, headline=headline)
    assert must in text, text


@pytest.mark.parametrize("note,headline,name,must", [
    # round 116 fr_en note-20, note-42: ongoing support or one-off missions asked by a prospect: her two ways of working,
    # never a job seeker's CV nor "yes, I work with clients in France"
    ("Bjr Camille, Head of Growth chez une start-up foodtech, on cherche à scaler notre acquisition payante. Vous faites aussi "
     "de l'accompagnement sur la durée ou seulement des missions ponctuelles ?", "Head of Growth – Miam Box", "Maxime Durand", "suivi mensuel"),
    ("Hi Camille, Head of Growth at a UK fintech here. We're scaling paid acquisition in France – do you do ongoing retainers or "
     "only one-off projects?", "Head of Growth – Finly", "Sophie Adams", "monthly follow-up"),
    ("Hola Camille, soy Head of Growth en una fintech. ¿Haces acompañamiento mensual o solo proyectos puntuales?", "Head of Growth",
     "Lucía Gómez", "mensual"),
])
def test_ongoing_or_one_off_asked_gets_both_ways_she_works(note: str, headline: str, name: str, must: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert must in text, text
    for word in ("CV", "recherches", "clients in France", "clients en France"):
        assert word not in text, text


@pytest.mark.parametrize("note,headline,name", [
    # round 115 fr_en note-8: a recruiter asking her to send candidates, never a post declined
    ("Bonjour, je suis chargée de recrutement chez Manpower et je recherche des commerciaux terrain BtoB sur la région "
     "Rhône-Alpes. N'hésitez pas à me transmettre des profils !", "Chargée de recrutement - Manpower", "Sandrine Morel"),
    ("Hello, I'm a recruiter at Hays and I'm looking for B2B field sales reps in the Lyon area. Feel free to send me profiles!",
     "Recruiter - Hays", "Emma Clarke"),
])
def test_a_recruiter_asking_for_profiles_is_no_post_offered_to_her(note: str, headline: str, name: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    for word in ("pensé à moi", "ce poste", "thinking of me", "this role", "the role"):
        assert word not in text, text
