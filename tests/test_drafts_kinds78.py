"""Wave 78, group B: notes read as the wrong kind (an off-field recruiter, a met-at-event hello, a peer after a post,
a coffee chat asked)."""
from drafting import sample_draft

from invitriage.drafts import notefacts


# --- a recruiter's own verb in every language ("ich rekrutiere", "ik rekruteer", "sto reclutando") is a role to fill ---

def test_off_field_recruiter_in_german_gets_outside_my_network_not_names_promised():
    de = sample_draft("Hallo, ich rekrutiere für einen Automobilzulieferer Projektleiter Logistik. Vielleicht kennen Sie "
                      "jemanden? Beste Grüße Thomas Wolf", name="Thomas Wolf")
    assert "nicht in meinem direkten Netzwerk" in de and "Ich überlege, wen ich empfehlen kann" not in de
    de2 = sample_draft("Hallo, wir rekrutieren gerade Pflegekräfte für ein Klinikum in Köln. Kennst du jemanden? Grüße Anna",
                       name="Anna Berg")
    assert "nicht in meinem direkten Netzwerk" in de2 and "Ich überlege" not in de2


def test_off_field_recruiter_in_dutch_and_spanish_gets_outside_my_network():
    nl = sample_draft("Hallo, ik rekruteer voor een toeleverancier in de auto-industrie een projectleider logistiek. "
                      "Misschien kent u iemand? Groet Thomas", name="Thomas Wolf")
    assert "niet in mijn directe netwerk" in nl and "Ik denk even na" not in nl
    es = sample_draft("Hola, estoy reclutando un jefe de proyecto de logística para un proveedor de automoción. "
                      "¿Quizás conoce a alguien? Thomas", name="Thomas Wolf")
    assert "no tengo perfiles de ese tipo" in es


def test_recruiter_in_her_field_is_not_told_it_is_outside_her_field():
    de = sample_draft("Hallo, ich rekrutiere für eine Agentur in München einen SEO-Manager. Vielleicht kennen Sie jemanden? "
                      "Thomas", name="Thomas Wolf")
    assert "Spontan fällt mir niemand ein" in de and "außerhalb" not in de and "SEO, Social-Media-Werbung" not in de


# --- a person met at an event who only says the talk was good gets the met-before reply naming the event, no call ---

def test_met_at_event_talk_liked_is_no_sales_lead_in_italian():
    it = sample_draft("Piacere di averti conosciuta al SMXL di Milano, Camille! Sono Head of Growth in una scale-up di food "
                      "delivery e mi è piaciuto molto il confronto sui contenuti B2C. A presto! Sara Esposito", name="Sara Esposito")
    assert "al SMXL di Milano" in it and "budget" not in it and "20 minuti" not in it
    it2 = sample_draft("Ciao Camille, piacere di averti incontrata al Web Marketing Festival di Rimini! Sono responsabile "
                       "marketing di un e-commerce di moda, ho apprezzato molto la chiacchierata sui social ads. A presto! Giulia")
    assert "Web Marketing Festival di Rimini" in it2 and "budget" not in it2 and "call" not in it2


def test_met_at_event_talk_liked_is_no_call_in_spanish_german_dutch():
    es = sample_draft("¡Encantada de conocerte en el Congreso Web de Zaragoza! Soy directora de marketing en una tienda online "
                      "y me gustó mucho la charla sobre contenidos. ¡Hasta pronto! Lucía")
    assert "Congreso Web de Zaragoza" in es and "presupuesto" not in es and "20 minutos" not in es
    de = sample_draft("Schön, Sie auf der OMR in Hamburg kennengelernt zu haben! Ich bin Head of Growth bei einem "
                      "Food-Delivery-Scale-up und fand den Austausch über B2C-Content sehr spannend. Bis bald! Sara")
    assert "auf der OMR in Hamburg" in de and "Telefonat" not in de
    nl = sample_draft("Hoi Camille, leuk je ontmoet te hebben op Frankwatching Live in Utrecht! Ik ben head of growth bij "
                      "een scale-up en vond het gesprek over B2C-content erg leuk. Tot snel! Sanne")
    assert "Frankwatching Live" in nl and "bellen" not in nl and "erg leuk:" not in nl and "over B2C-content" in nl


# --- "Ihr Beitrag zur neuen Google-Suche": the search engine named in a post is no call for people sought ---

def test_post_about_google_search_read_is_not_an_answer_to_a_call():
    de = sample_draft("Hallo Frau Laurent, ich habe Ihren Beitrag zur neuen Google-Suche mit AI Overviews gelesen, sehr gut "
                      "auf den Punkt gebracht. Bin selbst im SEO tätig und würde mich über Austausch freuen. Gruß aus Köln, "
                      "Stefan Koch", name="Stefan Koch")
    assert "Aufruf" not in de and "mein Beitrag zur neuen Google-Suche mit AI Overviews" in de
    de2 = sample_draft("Hallo Camille, ich habe deinen Beitrag über die Sprachsuche gelesen, sehr spannend! Ich bin auch im SEO. "
                       "Gruß, Lena", name="Lena Vogt")
    assert "Aufruf" not in de2 and "Sprachsuche" in de2


def test_post_that_seeks_people_is_still_read_as_a_call_answered():
    seeks = notefacts.extract("Hallo Frau Laurent, ich habe Ihren Beitrag gesehen, dass Sie Unterstützung im SEO suchen. "
                              "Ich bin freiberuflicher SEO-Texter. Grüße, Max", "de")
    assert seeks.answering
    search = notefacts.extract("Hallo Frau Laurent, ich habe Ihren Beitrag zur neuen Google-Suche gelesen. Grüße, Max", "de")
    assert not search.answering


# --- a coffee chat asked by someone seeking a mentor gets a yes to the chat, never a mentoring format pitched ---

def test_coffee_chat_asked_for_mentoring_gets_a_yes_to_the_chat():
    note = ("Hi Camille, Sophie Bernard suggested I reach out - I'm a junior designer looking for a mentor in digital "
            "marketing. Would you have 20 min for a coffee chat?")
    en = sample_draft(note, name="Lucy Adams")
    assert "20-minute chat" in en and "which format" not in en and "Yes, I do one-to-one mentoring" not in en
    fr = sample_draft("Bonjour Camille, Sophie Bernard m'a conseillé de vous écrire : je suis graphiste junior et je cherche "
                      "un mentor en marketing digital. Auriez-vous 20 minutes pour un café ?", name="Lucie Martin")
    assert "20 minutes" in fr and "format" not in fr
    es = sample_draft("Hola Camille, Sophie Bernard me sugirió escribirte: soy diseñadora junior y busco una mentora en "
                      "marketing digital. ¿Tendrías 20 minutos para un café?", name="Lucía Gómez")
    assert "20 minutos" in es and "formato" not in es
