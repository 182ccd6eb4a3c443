"""Wave 129, group G: the Google-or-HubSpot certification answer reads as a direct answer to the sender (what she would
start with for a first role, Google Ads first when already in performance, all free), never a clipped list."""

from __future__ import annotations

import pytest

from drafting import sample_draft

_CLIPPED = ("Todas gratuitas:", "Tutte gratuite:", "Toutes gratuites :", "All free:", "Alle kostenlos:", "Allemaal gratis:",
            "Para quien", "Chi lavora", "Wie al in", "se gli annunci")


@pytest.mark.parametrize("note, name, said", [
    # 133 es_pt_it note-17: "Todas gratuitas: HubSpot Inbound lleva a …", "Para quien ya trabaja en performance"
    ("Hola Camille, me gustaria conectar contigo porque estoy empezando en marketing digital y tu perfil me inspira mucho. Una "
     "pregunta: ¿qué certificación me recomiendas, Google o HubSpot?", "Sofía Ruiz",
     "Para un primer puesto, empezaría por HubSpot Inbound"),
    # 133 es_pt_it note-62: "Tutte gratuite: …", "poi Google Ads se gli annunci lo chiedono" (job ads or Google ads?)
    ("Ciao Camille, sto iniziando nel marketing digitale e volevo chiederti: meglio la certificazione Google Ads o quella di "
     "HubSpot per cominciare? grazie!!", "Sara Bianchi", "da aggiungere quando la chiedono le offerte di lavoro"),
    # 133 es_pt_it note-17, French variant
    ("Bonjour Camille, je débute dans le marketing digital. Quelle certification me conseilleriez-vous : Google ou HubSpot ?",
     "Léa Martin", "Pour un premier poste, je commencerais par HubSpot Inbound"),
    # 133 es_pt_it note-17, English variant
    ("Hi Camille, I'm just starting out in digital marketing. Which certification would you recommend, Google or HubSpot?",
     "Emma Stone", "For a first role, I'd start with HubSpot Inbound"),
    # 133 es_pt_it note-17, German variant (Sie)
    ("Sehr geehrte Frau Laurent, ich beginne im digitalen Marketing. Welche Zertifizierung würden Sie empfehlen, Google oder "
     "HubSpot?", "Jonas Weber", "Für die erste Stelle würde ich mit HubSpot Inbound"),
    # 133 es_pt_it note-17, Portuguese variants
    ("Olá Camille, estou a começar no marketing digital. Que certificação me recomenda, Google ou HubSpot?", "Inês Costa",
     "fica para quando as ofertas de emprego a pedirem"),
    ("Oi Camille, tô começando no marketing digital. Qual certificação você recomenda, Google ou HubSpot?", "Ana Souza",
     "Para uma primeira vaga, começaria pela HubSpot Inbound"),
    # 133 es_pt_it note-17, Dutch variant
    ("Hoi Camille, ik begin net in online marketing. Welke certificering raad je aan, Google of HubSpot?", "Sanne de Vries",
     "Voor een eerste functie zou ik beginnen met HubSpot Inbound"),
])
def test_certification_choice_is_a_direct_answer(note: str, name: str, said: str) -> None:
    text = sample_draft(note, headline="Junior Marketing Assistant", name=name)
    assert said in text, text
    assert not any(x in text for x in _CLIPPED), text
    assert "GA4" in text and "Google Ads" in text, text
