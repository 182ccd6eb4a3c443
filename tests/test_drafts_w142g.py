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
    assert "I usually charge €800 to €5,000 excl. VAT for an SEO audit" in en


def test_experienced_seeker_asking_about_an_assistant_gets_not_hiring_not_internship() -> None:
    # 142 G fr_en note-35: "would you consider taking on an assistant?" got "I'm not taking on interns … an internship"
    en = sample_draft("Hi, I'm looking for a digital marketing role, ideally remote. Do you know any companies hiring or would you "
                      "consider taking on an assistant? I'm fluent in English and Spanish.",
                      headline="Digital Marketing Specialist | Open to work", name="Carlos Ruiz")
    assert "I'm not hiring" in en and "agencies that are hiring" in en
    assert "intern" not in en
    fr = sample_draft("Bonjour, je cherche un poste en marketing digital, idéalement en télétravail. Connaissez-vous des entreprises "
                      "qui recrutent, ou prendriez-vous une assistante ?", name="Claire Morin")
    assert "je ne recrute pas" in fr and "stage" not in fr and "Envoyez-moi votre CV" in fr
    es = sample_draft("Hola Camille, busco un puesto de marketing digital, idealmente en remoto. ¿Conoces empresas que estén "
                      "contratando o te plantearías contratar a un asistente?", name="Carlos Ruiz")
    assert "no estoy contratando" in es and "prácticas" not in es
    it = sample_draft("Ciao Camille, cerco lavoro nel marketing digitale, idealmente da remoto. Conosci aziende che assumono o "
                      "prenderesti un assistente?", name="Marco Rossi")
    assert "non sto assumendo" in it
    nl = sample_draft("Hoi Camille, ik zoek een baan in digitale marketing, het liefst remote. Ken je bedrijven die mensen zoeken "
                      "of zou je een assistent nemen?", name="Sanne de Vries")
    assert "ik zoek zelf geen versterking" in nl and "Stuur me hier je cv" in nl


def test_student_asking_for_an_internship_keeps_the_interns_answer() -> None:
    # 142 G neighbour that must not change: an intern asked by a student still gets her no to interns
    en = sample_draft("Hi Camille, I'm a second-year student looking for an internship. Would you consider taking on an intern?",
                      name="Lucy Brown")
    assert "I'm not taking on interns at the moment" in en
    it = sample_draft("Ciao Camille, sono al secondo anno di università e cerco un tirocinio. Prenderesti uno stagista?",
                      name="Giulia Bianchi")
    assert "non accolgo tirocinanti" in it
