"""Register, address and wording: du/Sie from greeting + signature + casual words, compound first names, titles,
pt-BR from the headline, articles around company names, articulated prepositions, natural English."""
from __future__ import annotations

import re

import pytest

from drafting import OWNER, draft


@pytest.mark.parametrize("note, name, greeting", [
    ("Hallo Camille, wir saßen beim Barcamp in Freiburg am selben Tisch, ich bin der mit der Fahrradmanufaktur. Bleiben wir in Kontakt! "
     "Liebe Grüße, Jonas", "Jonas Keller", "Hallo Jonas,"),
    ("Hallo Camille, ich hab mal eine kurze Frage zu Pinterest Ads für meinen Keramikshop. Lohnt sich das? Gruß Tobias",
     "Tobias Brandt", "Hallo Tobias,"),
    ("Hallo Camille, wir machen Webdesign in Graz und könnten uns mal über gemeinsame Kunden austauschen. Grüße aus Graz, Lukas Hofer",
     "Lukas Hofer", "Hallo Lukas,"),
])
def test_a_german_first_name_note_without_sie_is_answered_with_du(note, name, greeting):
    text = draft(note, "de", "met_before", name=name)
    assert text.startswith(greeting), text
    assert not re.search(r"\b(?:Sie|Ihnen|Ihre?)\b", text), text


@pytest.mark.parametrize("note, name, greeting", [
    ("Hallo Camille, ich bin Vertriebsleiter bei einem Landmaschinenhersteller und möchte mich zu LinkedIn Ads austauschen. "
     "Freundliche Grüße, Martin Gruber", "Martin Gruber", "Hallo Martin,"),
    ("Hallo Camille, könnten Sie mir sagen, ob Sie auch Workshops anbieten? Viele Grüße, Jana", "Jana Koch", "Hallo Jana,"),
])
def test_a_german_note_with_sie_or_a_full_formal_signature_keeps_sie(note, name, greeting):
    # review round 23: "Hallo Camille" is answered "Hallo Jana" (never "Guten Tag Frau Koch"), and Sie is kept
    text = draft(note, "de", "ask_for_help", name=name)
    assert text.startswith(greeting), text
    assert " Sie" in text or "Ihnen" in text or "Ihre" in text, text


@pytest.mark.parametrize("note, lang, name, greeting", [
    ("Bom dia Camille. Dirijo o marketing de uma cadeia de farmácias no Porto e gostaria de conhecer os seus serviços.", "pt",
     "Maria João Ferreira", "Maria João"),
    ("Buenos días Camille, llevo el marketing de una cadena de ópticas en Zaragoza y me interesan sus servicios de SEO.", "es",
     "María José Lozano Gil", "María José"),
    ("Bonjour Camille, je dirige une petite agence de voyages à Annecy et j'aimerais en savoir plus sur vos accompagnements.", "fr",
     "Anne Marie Roux", "Anne Marie"),
    ("Buongiorno Camille, gestisco il marketing di una catena di gelaterie a Bologna e vorrei sapere di più sui suoi servizi.", "it",
     "Anna Maria Ferri", "Anna Maria"),
])
def test_a_compound_first_name_is_kept_whole(note, lang, name, greeting):
    text = draft(note, lang, "business_proposal", name=name)
    assert greeting in text.splitlines()[0], text


def test_a_brazilian_formal_greeting_keeps_o_senhor():
    text = draft("Prezada Sra. Laurent, escrevo em nome de uma associação de lojistas de Curitiba. Gostaríamos de convidá-la para um "
                 "webinar sobre SEO local em junho. Teria disponibilidade? Atenciosamente, Carlos Menezes", "pt", "business_proposal",
                 name="Carlos Menezes")
    assert text.startswith("Prezado Sr. Menezes,"), text
    assert not re.search(r"\b(?:você|te)\b", text), text


def test_a_portuguese_exma_note_is_answered_with_the_whole_name_and_the_title():
    text = draft("Exma. Sra. Dra. Camille Laurent, sou editora numa revista de economia e gostaria de lhe colocar algumas perguntas "
                 "sobre publicidade digital. Com os melhores cumprimentos, Teresa Carvalho", "pt", "business_proposal", name="Teresa Carvalho")
    assert text.startswith("Exma. Sra. Teresa Carvalho,"), text  # her "Dra." is their courtesy, never assumed for them (wave 47)


@pytest.mark.parametrize("headline", ["Gerente de Marketing | Grupo Pão de Açúcar", "Coordenadora de CRM na Havaianas"])
def test_a_noteless_brazilian_headline_gets_brazilian_portuguese(headline):
    text = draft("", "pt", "benefit", name="Paulo Teixeira", headline=headline)
    assert not re.search(r"\b(?:consigo|convosco|equipa)\b", text), text
    assert re.search(r"\b(?:me escrever|você|te)\b", text), text


def test_italian_prepositions_and_articles_are_contracted():
    from invitriage.drafts.writer import contract_articles
    assert contract_articles("grazie per le tue parole su il mio intervento, a lo stand e in l'evento", "it") == \
        "grazie per le tue parole sul mio intervento, allo stand e nell'evento"
    assert contract_articles("hablamos de el proyecto y de El Corte Inglés", "es") == "hablamos del proyecto y de El Corte Inglés"
    assert contract_articles("falamos em o evento", "pt") == "falamos no evento"
    text = draft("Ciao Camille! Ci siamo conosciuti al Food Marketing Day di Parma, al tuo talk sulle recensioni Google. Bellissimo! "
                 "Restiamo in contatto", "it", "met_before", name="Chiara Bassi")
    assert not re.search(r"\b(?:su|di|a|da|in) (?:il|lo|la|i|gli|le)\b", text), text


def test_a_date_read_at_the_start_of_a_sentence_is_not_capitalised_mid_reply():
    text = draft("Gentile Dott.ssa Laurent, Le scrivo per conto dell'Associazione Commercianti di Torino. A ottobre organizziamo una "
                 "giornata sul commercio online e saremmo lieti di averla come relatrice. Sarebbe disponibile? Cordiali saluti, Paolo Conti",
                 "it", "business_proposal", name="Paolo Conti")
    assert "A ottobre" not in text.split("\n", 1)[1], text


@pytest.mark.parametrize("note, lang, shorthand", [
    ("ciao camille ho letto il tuo post su instagram x i ristoranti. domanda veloce: meglio reel o caroselli?? grazie", "it", " x "),
    ("hola camille vi tu post sobre tiktok x pymes, muy útil. ¿merece la pena con 200 euros al mes?", "es", " x "),
])
def test_the_senders_x_shorthand_is_never_copied(note, lang, shorthand):
    assert shorthand not in draft(note, lang, "content", name="Rocco Ferri")


def test_articles_around_business_names():
    from invitriage.drafts.writer import _business_with_article, _de_business
    assert _business_with_article("Laboratoires Vellane", "fr", "")[0] == "au sein des Laboratoires Vellane"  # round 12: never "chez les …"
    assert _business_with_article("Éditions Morel", "fr", "")[1] == "les Éditions Morel"
    assert _de_business("Seifenglück Onlineshop") == ("dem Seifenglück Onlineshop", "den Seifenglück Onlineshop")
    assert _de_business("Bergkäse AG") == ("der Bergkäse AG", "die Bergkäse AG")
    text = draft("", "de", "benefit", name="Hanna Vogt", headline="Gründerin @ Seifenglück Onlineshop | Naturseifen")
    assert "für Seifenglück Onlineshop" not in text, text


def test_an_inclusive_job_title_is_kept_whole_without_its_inclusive_ending():
    text = draft("Bonjour Madame Laurent, nous recrutons un(e) Responsable(e) Acquisition Paid Social en CDI à Rennes. Seriez-vous "
                 "ouverte à en discuter ? Cordialement, Julie Marchand", "fr", "recruiting", name="Julie Marchand")
    assert "Responsable(e) Acquisition" in text or "Responsable Acquisition" in text, text
    text = draft("Bonjour Madame Laurent, nous recrutons un(e) Consultant(e) Social Ads en CDI à Lille. Seriez-vous à l'écoute ? "
                 "Cordialement, Julie Marchand", "fr", "recruiting", name="Julie Marchand")
    # the title whole (never cut inside "(e)"), its inclusive ending not copied into her reply (round 44 fr note-7)
    assert "Consultant Social Ads" in text and "(e" not in text, text


@pytest.mark.parametrize("note, intent, never", [
    ("Hi Camille, I run the 'Small Shop Stories' podcast. Would you come on to talk about Instagram ads for bakeries? Keen? Liam",
     "business_proposal", r"in principle|, sounds (?:fun|great)"),
    ("Hi Camille, we're organising Retail Growth Day in Dublin (May 3) and need a speaker on local SEO. Interested? Niamh",
     "business_proposal", r"in principle|, sounds (?:fun|great)"),
    ("Hello Camille, I'm moving from retail into marketing. Should I start with the Google Ads or the HubSpot certification? Thanks, Omar",
     "ask_for_help", r"in your place|take 15 minutes on the phone"),
    ("Hi Camille, I'm a reporter at a trade weekly writing about AI in small-business marketing. Could you share a few thoughts? "
     "Deadline is Thursday. Thanks, Dana", "business_proposal", r"works for me"),
])
def test_english_wording_reads_natively(note, intent, never):
    text = draft(note, "en", intent, name="Liam Walsh")
    assert not re.search(never, text), text


@pytest.mark.parametrize("note, lang, work", [
    ("Hola Camille, estuve en tu charla sobre Google Business en el Congreso Pyme de Valencia el martes. ¡Muy útil! Seguimos en contacto. Marta",
     "es", "charla"),
    ("Ciao Camille, ero al tuo talk sulla SEO locale al Digital Day di Torino. Restiamo in contatto!", "it", "intervento"),
    ("Hi Camille, I was at your talk on local SEO at the Retail Summit in Leeds last week. Let's stay in touch! Grace", "en", "talk"),
])
def test_a_sender_who_sat_in_the_audience_is_not_told_of_a_conversation(note, lang, work):
    text = draft(note, lang, "met_before", name="Grace Hill")
    assert work in text, text
    assert not re.search(r"conversaci[oó]n|chiacchierata|conversation|chatting", text), text


def test_spanish_and_portuguese_do_not_repeat_themselves():
    text = draft("Estimada Sra. Laurent, dirijo la formación en una cadena de hoteles y buscamos un taller de redes sociales para 8 personas "
                 "del equipo. ¿Podría enviarnos una propuesta? Saludos cordiales, Inés Pardo", "es", "business_proposal", name="Inés Pardo")
    assert not re.search(r"equipos.*equipo", text, flags=re.S), text
    text = draft("Oi Camille, acompanho sua newsletter toda semana. O texto sobre anúncios no Pinterest me ajudou demais na minha loja! Obrigada",
                 "pt", "content", name="Júlia Prado")
    assert len(re.findall(r"(?i)fico feliz", text)) <= 1, text


@pytest.mark.parametrize("name, headline, lang", [
    ("Hannah Whitmore", "VP Marketing at Decathlon", "en"),        # a French employer: the English headline is chosen (round 43)
    # a first name typical of French decides over a bare English title (rounds 50, 69, 72, 102: French names answered in
    # English were rated rewrite)
    ("Thibault Mercier", "Head of Growth @ Doctolib", "fr"),
    ("Sarah Klein", "Performance Marketing Lead | Nantes", "fr"),  # a French regional city
    # a clearly French name with only English titles and a company (rounds 63, 69, 70, 72: reviewers want French)
    ("Aurélie Vasseur", "Product Marketing Intern at Brightwave Software", "fr"),
    ("Aurélie Vasseur", "Marketing Director EMEA at Spotify", "en"),  # a global role stays English
    ("Sanne Visser", "Head of Growth | E-commerce | Benelux", "en"),  # a multilingual region stays English
    ("Tom Baker", "Growth Lead at Brightwave Software", "en"),
])
def test_the_language_of_a_noteless_english_headline(name, headline, lang):
    from invitriage.drafts.writer import draft_language
    assert draft_language({"note": "", "lang": "", "name": name, "headline": headline}, OWNER) == lang


def test_a_german_student_welcome_has_no_double_bei_and_a_portuguese_letter_closes_in_full():
    text = draft("", "de", "benefit", name="Jana Roth", headline="Studentin Medienwirtschaft | Schwerpunkt Social Media")
    assert not re.search(r"\bbei\b[^.]*\bbei\b", text), text
    text = draft("Exmo. Sr. Dr. Camille Laurent, sou produtor de um programa de rádio sobre empreendedorismo e gostaria de a "
                 "entrevistar. Com os melhores cumprimentos, Nuno Faria", "pt", "business_proposal", name="Nuno Faria")
    assert text.startswith("Exmo. Sr. Nuno Faria,") and "Com os melhores cumprimentos," in text, text
