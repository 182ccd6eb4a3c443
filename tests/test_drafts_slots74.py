"""Wave 74 (group B): slots, event names, sectors and recruiters in the sample owner's drafts."""

from __future__ import annotations

import re

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, name, day, month", [
    ("Dear Ms Laurent, on behalf of the Dublin Marketing Forum, I'd like to invite you to speak on our panel on AI and SEO on 22 May. "
     "Would you be available? Best regards, Fiona Walsh", "Fiona Walsh", "22", "May"),
    ("Hi Camille, we'd love to have you speak on our panel on content strategy on 14 June at the Leeds Digital Day. Interested? Tom",
     "Tom Hart", "14", "June"),
    ("Gentile Dott.ssa Laurent,\na nome del comitato organizzativo del Digital Summit Torino, vorremmo invitarLa come relatrice alla "
     "sessione sul content marketing del 20 giugno.\nDistinti saluti,\nProf. Roberto Fontana", "Roberto Fontana", "20", "giugno"),
    ("Ciao Camille, ti invitiamo a parlare nella tavola rotonda sui social ads del 9 ottobre al Marketing Day di Milano. Ti va? Marco",
     "Marco Rossi", "9", "ottobre"),
])
def test_a_day_is_named_once_and_with_its_month(note: str, name: str, day: str, month: str) -> None:
    text = sample_draft(note, name=name)
    assert f"{day} {month}" in text
    assert len(re.findall(rf"\b{day}\b", text)) == 1  # never "on AI and SEO on 22 at the … Forum on 22 May"


@pytest.mark.parametrize("note, name, market, gone", [
    ("Hallo Camille, ich bin Head of Marketing bei einem Fintech in Frankfurt. Wir expandieren nach Frankreich und suchen jemanden, der den "
     "Markt kennt. Hast du nächste Woche Zeit für einen kurzen Call? Beste Grüße Daniel Fischer", "Daniel Fischer", "Frankreich ist genau mein Markt", "Käufer"),
    ("Hoi Camille, ik ben Head of Growth bij een fintech in Amsterdam. We gaan uitbreiden naar Frankrijk en zoeken iemand die de markt kent. "
     "Heb je volgende week tijd voor een korte call? Groet, Koen Meijer", "Koen Meijer", "Frankrijk is precies mijn markt", "kopers"),
    ("Hi Camille, I'm head of growth at a fintech in Berlin; we're expanding to France and looking for someone who knows the market. "
     "Do you have time for a quick call next week? Best, Max", "Max Braun", "France is exactly my market", "buyers"),
])
def test_no_strategy_before_knowing_anything(note: str, name: str, market: str, gone: str) -> None:
    text = sample_draft(note, name=name)
    assert market in text
    assert gone not in text and "SEO" not in text  # no "I'd start with content and SEO … French buyers" nobody asked for


@pytest.mark.parametrize("note, name, coffee, gone", [
    ("Hola Camille, soy CMO en una fintech de Madrid. Estamos pensando en lanzarnos en Francia y me interesaría tu visión sobre SEO y "
     "paid social allí. ¿Un café virtual? Gonzalo Prieto", "Gonzalo Prieto", "un café virtual", "compradores"),
    ("Hi Camille, I run marketing at a payments startup in Dublin and we're looking at France. Would love your take on SEO there. "
     "Virtual coffee sometime? Ciara", "Ciara Byrne", "a virtual coffee", "buyers"),
    ("Ciao Camille, sono CMO di una insurtech di Milano, stiamo valutando la Francia. Mi piacerebbe un tuo parere su SEO e social ads. "
     "Un caffè virtuale? Luca", "Luca Bianchi", "un caffè virtuale", "acquirenti"),
    ("Olá Camille, sou head of marketing numa fintech de Lisboa e vamos entrar em França. Gostava da tua opinião sobre SEO e anúncios. "
     "Um café virtual? Rita", "Rita Sousa", "um café virtual", "compradores"),
])
def test_a_virtual_coffee_stays_virtual(note: str, name: str, coffee: str, gone: str) -> None:
    text = sample_draft(note, name=name)
    assert coffee in text
    assert gone not in text


@pytest.mark.parametrize("note, name, band, gone", [
    ("Hi Camille, what would you charge for an SEO audit of a ~150-page e-commerce site? We sell outdoor gear in the UK and EU.",
     "George Adams", "€1,500 to €2,500", "€5,000"),
    ("Hello Camille, how much is an SEO audit for our 40-page website? Thanks, Nick", "Nick Hale", "€800 to €1,200", "€5,000"),
    ("Hallo Camille, was kostet bei dir ein SEO-Audit für unsere 150-seitige Website? Grüße, Jonas", "Jonas Keller", "1.500 und 2.500 €", "5.000"),
    ("Bonjour Camille, quel serait votre tarif pour un audit SEO d'un site de ~150 pages ? Merci, Hugo Petit", "Hugo Petit", "1 500 et 2 500 €", "5 000"),
])
def test_a_given_site_size_gets_its_band(note: str, name: str, band: str, gone: str) -> None:
    text = sample_draft(note, name=name)
    assert band in text
    assert gone not in text and "depending on the size" not in text


@pytest.mark.parametrize("note, name, said", [
    ("Bonjour Camille, Directrice Marketing chez Maison Vernet, nous réfléchissons à former notre équipe de 8 personnes au social ads. "
     "Proposez-vous des formations intra-entreprise ?", "Isabelle Vernet", "j'anime des formations en entreprise aux social ads"),
    ("Bonjour Camille, je suis responsable RH. Nous aimerions former nos commerciaux au social selling. Faites-vous des formations en entreprise ?",
     "Claire Roux", "j'anime des formations en entreprise au social selling"),
    ("Hi Camille, HR manager here. We'd like to train our team of 10 people on social ads. Do you run in-house training?", "Emma Stone",
     "I run in-house training sessions on social ads"),
    ("Ciao Camille, sono HR manager e vorremmo formare il nostro team di 8 persone sui social ads. Fai formazione in azienda?", "Giulia Conti",
     "tengo corsi di formazione aziendali sui social ads"),
])
def test_in_company_training_asked_is_confirmed_by_name(note: str, name: str, said: str) -> None:
    text = sample_draft(note, name=name)
    assert said in text
    assert "j'anime des formations," not in text  # never only "I run trainings"


@pytest.mark.parametrize("note, name, said, gone", [
    ("Bonjour Camille, j'organise le salon E-commerce Lyon en juin et je cherche une intervenante sur le SEO pour les e-shops. Quels sont vos "
     "tarifs pour une conférence de 40 minutes ?\nBien à vous,\nVincent Garnier", "Vincent Garnier", "au salon E-commerce Lyon", "à l'E-commerce"),
    ("Bonjour Camille, nous organisons le salon Retail Tech Grenoble en octobre et cherchons une intervenante sur les social ads. Seriez-vous "
     "disponible ?\nCordialement,\nNadia Benali", "Nadia Benali", "au salon Retail Tech Grenoble", "au Retail Tech"),
    ("Bonjour Camille, j'organise le salon Digital Week Lille en mars et je cherche une intervenante sur le SEO. Intéressée ?\nMarc", "Marc Leroy",
     "à la Digital Week Lille", "salon Digital Week"),  # a name with its own event word needs no "salon"
])
def test_a_french_salon_keeps_its_noun(note: str, name: str, said: str, gone: str) -> None:
    text = sample_draft(note, name=name)
    assert said in text
    assert gone not in text


@pytest.mark.parametrize("note, name, none_known", [
    ("Bom dia, sou recrutador na área de engenharia civil e estou a expandir a minha rede. Se conhecer engenheiros interessados em trabalhar "
     "em Portugal, diga-me. Cumprimentos, Nuno Carvalho", "Nuno Carvalho", "não conheço ninguém"),
    ("Hallo, ich bin Recruiter für Bauingenieure. Falls Sie Ingenieure kennen, die in München arbeiten möchten, melden Sie sich gern. "
     "Grüße, Tobias Maier", "Tobias Maier", "fällt mir leider niemand ein"),
    ("Hallo, ik ben recruiter voor civiel ingenieurs. Als je ingenieurs kent die in Rotterdam willen werken, laat het me weten. Groet, Bram",
     "Bram Visser", "ken ik niemand"),
])
def test_people_asked_from_outside_her_field_are_none_she_knows(note: str, name: str, none_known: str) -> None:
    assert none_known in sample_draft(note, name=name)


@pytest.mark.parametrize("note, name, gone", [
    ("Bonjour Camille, je suis chargée de recrutement chez un cabinet spécialisé dans les profils IT. Ravie de rejoindre votre réseau. "
     "Cordialement, Léa Simon", "Léa Simon", "recommander"),
    ("Buongiorno Camille, sono una recruiter specializzata in profili tech. Piacere di entrare in contatto. Saluti, Sara Galli", "Sara Galli",
     "non mi viene in mente nessuno"),
    ("Olá Camille, sou recrutadora especializada em perfis de engenharia. Prazer em ligar-me à sua rede. Cumprimentos, Inês Lopes", "Inês Lopes",
     "recomendar"),
])
def test_profiles_merely_named_ask_for_no_recommendation(note: str, name: str, gone: str) -> None:
    text = sample_draft(note, name=name)
    assert gone not in text and "Boa sorte" not in text and "Bonne recherche" not in text


@pytest.mark.parametrize("note, name, coffee", [
    ("Camille, vi tu post sobre el fin de las cookies de terceros y no estoy del todo de acuerdo con la parte de first-party data para pymes. "
     "Me encantaría debatirlo un café virtual. Saludos", "Marcos Delgado", "un café virtual"),
    ("Camille, ho letto il tuo post sulla fine dei cookie di terze parti. Non sono del tutto d'accordo sulla parte dei first-party data per le PMI, "
     "ti va di parlarne davanti a un caffè virtuale?", "Luca Moretti", "un caffè virtuale"),
])
def test_a_virtual_coffee_is_said_virtual_once(note: str, name: str, coffee: str) -> None:
    text = sample_draft(note, name=name)
    assert coffee in text
    assert "virtual virtual" not in text and "virtuale virtuale" not in text
