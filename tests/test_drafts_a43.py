"""Wave 43, group A (reading the note): an agency selling its service to her (a discount, "we are an agency and offer…")
gets a polite no, never advice on choosing agencies; an agency looking for freelancers offers her work; a trainee
sought for a team in her field is passed on to her network, never "outside my field"; an expert panel rating tools
is asked what it involves, never a talk's topic/dates/audience nor "this jury"; a fellow marketer's "you're in
marketing too?" gets a peer's yes and welcome, never a budget asked."""

from __future__ import annotations

import pytest

from drafting import sample_draft

PITCHES = [  # (note, lang, words of the polite no)
    ("Bonjour Camille, nous sommes une agence de sous-titrage et proposons d'adapter vos vidéos en anglais, -15% cette semaine. Ça vous tente ?",
     "fr", "pas un besoin"),
    ("Hallo Camille, wir sind eine Fotoagentur und bieten Business-Porträts mit 25 % Rabatt für Beraterinnen an. Interesse?", "de", ""),
    ("Hi Camille, we're a copywriting agency offering blog packages at 30% off this month. Would that interest you?", "en", "not something I need"),
]


@pytest.mark.parametrize("note,lang,no", PITCHES)
def test_agency_selling_to_her_gets_a_polite_no(note: str, lang: str, no: str) -> None:
    text = sample_draft(note, "Business Developer")
    assert no in text
    assert not any(w in text for w in ("Plutôt que des noms", "Rather than names", "statt Namen", "Statt Namen", "cas clients", "case studies",
                                       "Fachgebiet", "Budget", "budget"))


def test_agency_seeking_freelancers_is_not_advice_on_agencies() -> None:
    text = sample_draft("Hi Camille, we're a small performance agency looking for freelancers for a few French retail clients. Free in June?", "Founder")
    assert "Rather than names" not in text and "case studies" not in text
    assert "could well interest me" in text


TRAINEES = [  # (note, words of the relay)
    ("Hi Camille, our e-commerce team is looking for a social media intern. Would you know any good students for it?", "send me the link"),
    ("Bonjour Camille, nous recherchons une stagiaire pour notre service communication digitale. Auriez-vous des étudiants à nous conseiller ?",
     "le lien de l'annonce"),
    ("Hola Camille, buscamos una becaria para el equipo de redes sociales. ¿Conoces a algún estudiante con ganas?", "enlace de la oferta"),
    ("Hallo Camille, wir suchen einen Praktikanten fürs Content-Marketing. Kennst du Studierende, die passen könnten?", "Link zur Anzeige"),
]


@pytest.mark.parametrize("note,relay", TRAINEES)
def test_trainee_in_her_field_is_passed_on_to_her_network(note: str, relay: str) -> None:
    text = sample_draft(note, "HR Manager")
    assert relay in text
    assert not any(w in text for w in ("with that profile comes to mind", "outside", "außerhalb", "fuera de", "hors de"))


PANELS = [  # (note, words of what it involves, words never said)
    ("Hello Ms Laurent, we are putting together an expert panel to rate SEO software on our review site. No fee, but strong exposure. Would you join?",
     "what the role involves", ("topic", "audience", "jury")),
    ("Bonjour Madame Laurent, rejoindriez-vous notre comité d'experts qui note des outils d'emailing pour notre comparateur ? C'est bénévole.",
     "ce que cela implique", ("sujet", "public", "jury")),
    ("Guten Tag Frau Laurent, möchten Sie in unserem Expertenpanel Analyse-Tools für unser Vergleichsportal bewerten? Ehrenamtlich, aber sichtbar.",
     "was dazugehört", ("Thema", "Publikum", "Jury")),
    ("Hoi Camille, doe je mee aan ons expertpanel dat social-media-tools test voor onze vergelijkingssite? Onbetaald, wel veel zichtbaarheid.",
     "wat het inhoudt", ("onderwerp", "publiek", "jury")),
    ("Hola Camille, ¿te apetece formar parte de nuestro panel de expertos que puntúa herramientas de SEO en nuestra web comparativa?",
     "en qué consiste", ("tema", "público", "jurado")),
]


@pytest.mark.parametrize("note,involves,never", PANELS)
def test_expert_panel_is_asked_what_it_involves_not_a_talk(note: str, involves: str, never: tuple[str, ...]) -> None:
    text = sample_draft(note, "Editor")
    assert involves in text
    assert not any(w in text for w in never)


FELLOWS = [  # (note, words of the peer's welcome)
    ("hey, you're in marketing too? happy to connect 🙂", "same field"),
    ("coucou, toi aussi dans le marketing ? ajoutons-nous !", "même métier"),
    ("hoi, jij ook in de marketing? leuk om te linken!", "hetzelfde vak"),
    ("hallo, du auch im Marketing? Lass uns vernetzen!", "aus der Branche"),
    ("buenas! ¿tú también en marketing? conectamos 🙌", "lo mismo"),
]


@pytest.mark.parametrize("note,peer", FELLOWS)
def test_fellow_marketer_gets_a_peer_reply_not_a_budget_question(note: str, peer: str) -> None:
    text = sample_draft(note, "Marketing")
    assert peer in text
    assert not any(w in text.casefold() for w in ("budget", "presupuesto", "bedrijf", "business", "geschäft", "activité", "negocio"))
