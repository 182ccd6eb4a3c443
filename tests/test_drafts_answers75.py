"""Wave 75 (group A): questions the FAQ answers in the sender's own words ("certs")."""

from drafting import sample_draft


def test_certs_short_form_gets_the_certification_answer_en() -> None:
    d = sample_draft("Hey! Saw your talk at BrightonSEO. I'm a junior SEO exec, any tips on which certs are actually worth getting?",
                     headline="Junior SEO Executive", name="Sam Patel")
    assert "Semrush Academy" in d and "Search Console" in d
    assert "first steps" not in d


def test_certs_short_form_which_one_en() -> None:
    d = sample_draft("Hi Camille, I run Google Ads for an agency. Which certs would you actually recommend?",
                     headline="PPC Executive", name="Sam Patel")
    assert "Skillshop" in d and "Meta Blueprint" in d
    assert "tell me where you stand" not in d


def test_certifs_short_form_fr() -> None:
    d = sample_draft("Salut Camille, je suis chargée SEO junior, quelles certifs valent vraiment le coup ?",
                     headline="Chargée SEO", name="Léa Martin")
    assert "Semrush Academy" in d
    assert "premiers pas" not in d


def test_google_ads_or_instagram_weighs_both_pt() -> None:
    d = sample_draft("Olá Camille! Tenho uma lojinha online de acessórios pet e não sei se invisto em Google Ads ou Instagram. "
                     "O que você faria com R$2.000/mês? Obrigado!!", headline="Dono da PetMimo", name="Bruno Oliveira")
    assert "Google Ads se as pessoas já buscam" in d and "Meta" in d
    assert "orçamento." not in d and "20 minutos" not in d


def test_google_ads_or_instagram_weighs_both_es_de() -> None:
    es = sample_draft("Hola Camille, tengo una tienda online de accesorios para mascotas. ¿Google Ads o Instagram con 300€ al mes?",
                      headline="Fundador", name="Ana Ruiz")
    assert "Google Ads si la gente ya busca" in es and "Meta si" in es
    de = sample_draft("Hallo Camille, für meinen kleinen Onlineshop: lieber Google Ads oder Instagram bei 500 € im Monat?",
                      headline="Inhaber", name="Ana Ruiz")
    assert "Google Ads, wenn Leute schon" in de and "Meta, wenn" in de


def test_retargeting_budget_gets_the_retargeting_answer_nl() -> None:
    d = sample_draft("Hoi Camille, zag je post over Meta Ads budgetten. Vraagje: vanaf welk maandbudget heeft retargeting zin voor een "
                     "kleine webshop? Ik zit nu op €300/maand. Dank je! Daan", headline="Eigenaar | Daan's Koffiebranderij",
                     name="Daan Hendriks")
    assert "Bij retargeting telt het aantal bezoekers" in d
    assert "eerste test" not in d


def test_retargeting_budget_gets_the_retargeting_answer_en_de() -> None:
    en = sample_draft("Hi Camille, from what monthly budget does retargeting make sense for a small shop? I spend about €250 a month.",
                      headline="Owner, Bean Box", name="Ana Ruiz")
    assert "For retargeting, the number of visitors" in en and "first test" not in en
    de = sample_draft("Hallo Camille, ab welchem Budget lohnt sich Retargeting für einen kleinen Shop? Ich gebe 300 € im Monat aus.",
                      headline="Inhaber", name="Ana Ruiz")
    assert "Beim Retargeting zählt eher die Besucherzahl" in de and "ersten Test" not in de
