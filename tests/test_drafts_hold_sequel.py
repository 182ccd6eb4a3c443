"""Wave 95, group V: a question on her own next piece ("will you write a follow-up?") is answered as hers, never with
the business-and-budget holding line nor a call to give "my take"."""
import pytest
from drafting import sample_draft

from invitriage.drafts import writer

_BUDGET = ("budget", "Budget", "presupuesto", "orçamento", "bedrijf", "activité", "telefonieren", "Hablamos", "call")


@pytest.mark.parametrize("note, name, said", [
    ("Super post over het LinkedIn-algoritme 👏 heb het meteen gedeeld met mijn team. Ga je daar nog een vervolg op schrijven?",
     "Joris Dekker", "Een vervolg is een goed idee"),
    ("Mooi artikel over GA4, echt helder. Komt er ook een deel 2?", "Sanne de Vries", "Een vervolg is een goed idee"),
    ("Great post on the LinkedIn algorithm, shared it with my team right away. Are you planning a follow-up?",
     "John Smith", "A follow-up is a good idea"),
    ("Loved your newsletter on GA4. Will there be a part 2?", "Kate Brown", "A follow-up is a good idea"),
    ("Super article sur l'algorithme LinkedIn, je l'ai partagé à mon équipe. Tu comptes écrire une suite ?", "Marc Petit",
     "Une suite, bonne idée"),
    ("Toller Beitrag über den LinkedIn-Algorithmus! Wirst du dazu noch einen zweiten Teil schreiben?", "Jan Müller",
     "Eine Fortsetzung ist eine gute Idee"),
    ("Me encantó tu post sobre el algoritmo de LinkedIn. ¿Vas a escribir una segunda parte?", "Ana Ruiz",
     "Una segunda parte es buena idea"),
    ("Bellissimo post sull'algoritmo di LinkedIn. Scriverai un seguito?", "Marco Rossi", "Un seguito è una buona idea"),
    ("Adorei o teu post sobre o algoritmo do LinkedIn. Vais escrever uma continuação?", "João Silva",
     "Uma continuação é boa ideia"),
])
def test_a_sequel_asked_of_her_piece_is_answered_as_hers(note, name, said):
    d = sample_draft(note, headline="", name=name)
    assert said in d
    assert not any(w in d for w in _BUDGET), d


def test_a_follow_up_call_and_advice_are_no_sequel():
    assert writer.direct_kind("Thanks for your post! Could we set up a follow-up call next week?", False) != "sequel"
    assert writer.direct_kind("Ik heb een webshop in Gent. Waar moet ik beginnen met SEO?", True) != "sequel"
    assert writer.direct_kind("Super post! Ga je daar nog een vervolg op schrijven?", False) == "sequel"


@pytest.mark.parametrize("note, name, said", [
    ("Super post sur les Reels ! Tu vas en refaire un sur TikTok ?", "Marc Petit", "Bonne idée pour un prochain post"),
    ("Leuk je post over Reels! Ga je ook iets over TikTok posten?", "Joris Dekker", "Goed idee voor een volgende post"),
    ("Tolle Newsletter! Schreibst du auch mal was über TikTok?", "Jan Müller", "Gute Idee für einen nächsten Beitrag"),
    ("Me encantó tu newsletter. ¿Vas a hablar también de TikTok Ads?", "Ana Ruiz", "Buena idea para una próxima publicación"),
    ("Great article! Do you plan to write about TikTok too?", "Kate Brown", "idea for a future post: if I write about it"),
    ("Bel post! Scriverai anche di TikTok?", "Marco Rossi", "Buona idea per un prossimo post"),
])
def test_a_subject_asked_of_her_next_piece_is_answered_as_hers(note, name, said):
    d = sample_draft(note, headline="", name=name)
    assert said in d
    assert not any(w in d for w in _BUDGET), d


def test_a_service_question_is_no_next_piece():
    assert writer.direct_kind("Schreiben Sie auch Blogartikel für Kunden?", False) != "next_piece"
    assert writer.direct_kind("Do you write blog posts for clients?", False) != "next_piece"
