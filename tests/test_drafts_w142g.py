"""Wave 142, group G: job seekers get the reply for who they are: a job title ("chargé de communication") never pulls
her rates, an experienced seeker asking about an assistant gets her plain "not hiring", never the internship text."""

from __future__ import annotations

from drafting import sample_draft

_RATES_WORDS = ("tarifs", "devis", "rates", "quote", "tarifas", "presupuesto")


def test_job_title_with_charge_never_pulls_her_rates() -> None:
    # 142 G fr_en note-17: "chargé de communication digitale … des pistes ou des contacts ?" got "Mes tarifs dépendent du projet"
    vous = sample_draft("Bjr Camille, je cherche un poste de chargé de communication digitale sur Lyon, auriez-vous des pistes "
                        "ou des contacts ? Je vous joins mon profil. Merci", name="Yanis Benali")
    assert not any(w in vous for w in _RATES_WORDS)
    assert "Welcome to the Jungle" in vous and "vous ferai signe" in vous
    tu = sample_draft("Salut Camille, je cherche un poste de chargée de marketing digital sur Lyon, t'aurais des pistes ou des "
                      "contacts ? Je te joins mon profil", name="Léa Martin")
    assert not any(w in tu for w in _RATES_WORDS) and "Envoie-moi ton CV" in tu
    en = sample_draft("Hi Camille, I was in charge of social media at my last job and I'm looking for a new role in Lyon, any "
                      "leads or contacts?", name="Tom Baker")
    assert not any(w in en for w in _RATES_WORDS) and "Welcome to the Jungle" in en


def test_her_price_asked_with_charge_still_gets_the_price() -> None:
    # 142 G neighbour that must not change: "what do you charge for an SEO audit?" asks her price
    en = sample_draft("Hi Camille, what do you charge for an SEO audit?", name="Tom Baker")
    assert "An SEO audit usually costs €800 to €5,000 excl. VAT" in en
