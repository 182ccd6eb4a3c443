"""Wave 158 A: concrete questions whose note already gives the business and the problem are answered, never met with
"tell me about your business and your budget": an SEO audit asked for a site whose traffic fell gets the drop
acknowledged, what her audit looks at, how she quotes it and the next step; "do you do SEO audits, and what would that
roughly cost?" gets her range (the adverb between "that" and "cost" no longer hides the price question) and the drop
named; "does evergreen content work for a niche shop too?" gets her answer on articles that pay off for a shop."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts import quickq

BUDGET_ASKED = ("budget", "Budget", "presupuesto tienes", "votre activité", "your business")


# 195 fr_en note-20 / note-42: an audit asked for January, a kids-clothing shop that lost 30 % of its traffic
AUDIT_DROP = [
    ("Bonjour, Camille. Vous avez des disponibilités pour un audit SEO en janvier? Notre site e-commerce (vêtements enfants) "
     "a perdu 30 % de trafic depuis la dernière mise à jour Google. Merci, Florent", "Florent Garcia", "CEO - P'tits Loups",
     ("Désolée pour cette baisse de trafic", "Search Console", "selon la taille du site", "devis")),
    ("Hi Camille, do you have availability for an SEO audit in January? Our e-commerce site (kids clothing) lost about 30% "
     "traffic after the last Google core update. Thanks, Peter", "Peter Wilson", "CEO, Tiny Threads",
     ("Sorry to hear about the drop in traffic", "Search Console", "by the size of the site", "quote")),
    # senders of our own, other languages
    ("Hallo Camille, hättest du im März Zeit für ein SEO-Audit? Unser Onlineshop für Gartenmöbel hat seit dem letzten "
     "Google-Update rund 25 % Traffic verloren. Danke, Jonas", "Jonas Weber", "",
     ("Traffic-Rückgang tut mir leid", "Search Console", "Größe der Website", "Angebot")),
    ("Hola Camille, ¿tienes hueco para una auditoría SEO en febrero? Nuestra tienda online de cosmética ha perdido un 35 % "
     "del tráfico desde la última actualización de Google. Gracias, Lucía", "Lucía Ortega", "",
     ("Siento lo de la caída de tráfico", "Search Console", "tamaño de la web", "presupuesto.")),
]


@pytest.mark.parametrize(("note", "name", "headline", "said"), AUDIT_DROP)
def test_audit_for_a_site_whose_traffic_fell_is_answered_not_asked_back(note: str, name: str, headline: str, said: tuple[str, ...]) -> None:
    d = sample_draft(note, headline=headline, name=name)
    for s in said:
        assert s in d, d
    for wrong in ("Parlez-moi un peu de votre activité", "Tell me roughly what budget", "what budget you have",
                  "welches Budget", "qué presupuesto tienes"):
        assert wrong not in d, d


def test_audit_drop_needs_both_the_audit_and_the_drop() -> None:
    assert quickq.audit_drop("Do you have room for an SEO audit in May? Our traffic fell by half after the update.")
    assert not quickq.audit_drop("Do you do SEO audits for small online shops?")
    assert not quickq.audit_drop("Our organic traffic dropped 40% since March. Could you have a look?")


# 194 fr_en note-26: "Do you do SEO audits, and what would that roughly cost?" with a 40% drop told
ROUGH_COST = [
    ("Hi Camille, Mark Jensen suggested I reach out. I run a small online tea shop and our organic traffic has dropped 40% "
     "since spring. Do you do SEO audits, and what would that roughly cost?\nCheers,\nTom", "Tom Harris", "Founder, Leafline Teas",
     ("Yes, I do SEO audits", "€800 to €5,000", "40% drop in organic traffic")),
    ("Hi Camille, our online bookshop's organic traffic fell 25% this year. Do you do SEO audits, and what would it usually cost?",
     "Anna Price", "", ("Yes, I do SEO audits", "€800 to €5,000", "25% drop in organic traffic")),
]


@pytest.mark.parametrize(("note", "name", "headline", "said"), ROUGH_COST)
def test_rough_cost_of_an_audit_is_given_and_the_drop_named(note: str, name: str, headline: str, said: tuple[str, ...]) -> None:
    d = sample_draft(note, headline=headline, name=name)
    for s in said:
        assert s in d, d
    assert "goals and budget" not in d, d


def test_audit_yes_without_a_drop_keeps_its_draft() -> None:
    # neighbour: no drop told, so no drop sentence and no audit-drop answer
    d = sample_draft("Hi Camille, do you do SEO audits for small online shops?", name="Sam Lee")
    assert "Yes, I do SEO audits" in d and "drop" not in d and "Sorry to hear" not in d


def test_traffic_drop_with_a_look_asked_keeps_its_look() -> None:
    # neighbour: no audit named, the look asked is still answered as before
    d = sample_draft("Hi Camille, our organic traffic dropped 40% since March. Could you have a look?", name="Sam Lee")
    assert "I'd be glad to take a look" in d and "my audit looks at" not in d


# 195 fr_en note-15: does evergreen content work for a niche Shopify shop too?
EVERGREEN = [
    ("Bonjour, j'ai vu votre post sur le contenu evergreen, très juste ! Vous pensez que ça marche aussi pour une boutique "
     "Shopify de niche (déco vintage) ? Merci 🙏", "Martine Roussel", "Gérante - La Malle aux Trésors", "vaut le coup si chaque article"),
    ("Hi Camille, loved your post on evergreen content! Do you think it works for a small Etsy shop selling handmade candles?",
     "Sam Lee", "", "pays off if each article"),
    ("Hola Camille, me encantó tu post sobre contenido evergreen. ¿Crees que funciona también para una tienda online pequeña de cerámica?",
     "Sam Lee", "", "vale la pena si cada artículo"),
    ("Ciao Camille, bel post sui contenuti evergreen! Secondo te funziona anche per un piccolo e-commerce di nicchia?",
     "Sam Lee", "", "vale la pena se ogni articolo"),
]


@pytest.mark.parametrize(("note", "name", "headline", "said"), EVERGREEN)
def test_evergreen_for_a_niche_shop_is_answered(note: str, name: str, headline: str, said: str) -> None:
    d = sample_draft(note, headline=headline, name=name)
    assert said in d, d
    for wrong in BUDGET_ASKED:
        assert wrong not in d, d


def test_evergreen_post_praised_without_a_question_gets_no_blog_answer() -> None:
    d = sample_draft("Hi Camille, loved your post on evergreen content, very true! Happy to connect.", name="Sam Lee")
    assert "pays off" not in d and "budget" not in d
