"""Wave 130, group L: precise technical questions answered, never a neighbouring stock answer: Consent Mode v2 with GA4
alone (no Google Ads) gets a plain yes; a B&B weighing its Google Business Profile against a blog gets the profile
first; a beginner asking which free SEO tools, told with "… en vroeg me af welke …" (no question mark), gets the list."""

from __future__ import annotations

from drafting import sample_draft


def test_consent_mode_with_ga4_alone_is_answered_in_german_and_dutch() -> None:
    # 135 de_nl note-15: "gilt das auch, wenn man nur GA4 ohne Google Ads nutzt?" got the modelling/CAPI paragraph only
    de = sample_draft("Hallo Camille, dein Post zu Google Consent Mode v2 war echt hilfreich. Eine Frage: gilt das auch, wenn "
                      "man nur GA4 ohne Google Ads nutzt? Danke & Gruß aus Wien, Lukas", name="Lukas Huber")
    assert "auch mit GA4 allein" in de
    # 135 de_nl note-37: "moet ik dat ook instellen als ik alleen GA4 gebruik zonder Google Ads?"
    nl = sample_draft("Hoi Camille, je post over Consent Mode v2 was super helder. Vraagje: moet ik dat ook instellen als ik "
                      "alleen GA4 gebruik zonder Google Ads? Dank je! Groetjes, Evi", name="Evi Janssens")
    assert "ook met alleen GA4" in nl


def test_consent_mode_with_ga4_alone_is_answered_in_french_english_italian_portuguese() -> None:
    # 135 de_nl note-15 (same situation): the question had no tool or measuring word, so no answer fired at all
    fr = sample_draft("Bonjour Camille, votre post sur le Consent Mode v2 m'a aidé. Est-ce obligatoire si on utilise "
                      "seulement GA4, sans Google Ads ?", name="Marc Petit")
    assert "même avec GA4 seul" in fr and "Parlez-moi un peu de votre activité" not in fr
    en = sample_draft("Hi Camille, great post on Consent Mode v2. Do I need it if I only use GA4 and no Google Ads?",
                      name="Tom Reed")
    assert "even with GA4 alone" in en and "doesn't bring them back" in en and "Tell me a little about your business" not in en
    it = sample_draft("Ciao Camille, il Consent Mode v2 serve anche se uso solo GA4 senza Google Ads?", name="Marco Rossi")
    assert "anche con il solo GA4" in it
    pt = sample_draft("Olá Camille, o Consent Mode v2 é necessário se eu só uso o GA4, sem Google Ads?", name="Ana Costa")
    assert "mesmo só com o GA4" in pt


def test_basic_or_advanced_consent_mode_keeps_its_answer() -> None:
    # a neighbour that must not change in substance: Basic or Advanced asked gets the modelling answer
    en = sample_draft("Hi Camille, for Consent Mode v2, would you go Basic or Advanced?", name="Nina Hart")
    assert "estimates better than Basic" in en and "Conversions API" in en


def test_bnb_weighing_business_profile_against_a_blog_gets_the_profile_first() -> None:
    # 134 es_pt_it note-59: a B&B in Matera, "Google Business Profile o aprire un blog?" got the shop blog answer
    it = sample_draft("Ciao Camille, ho letto il tuo post sulla SEO locale. Ho un B&B a Matera: secondo te conviene di più "
                      "lavorare su Google Business Profile o aprire un blog? Grazie!", name="Antonella Greco")
    assert "una scheda Google Business Profile completa" in it and "Il blog può aspettare" in it
    assert "prodotti o servizi" not in it
    fr = sample_draft("Bonjour Camille, j'ai une chambre d'hôtes en Ardèche. Mieux vaut travailler ma fiche Google Business "
                      "Profile ou lancer un blog ?", name="Sophie Martin")
    assert "une fiche Google Business complète" in fr and "Le blog peut attendre" in fr
    en = sample_draft("Hi Camille, I own a small B&B in Cornwall. Should I focus on Google Business Profile or start a blog?",
                      name="Kate Hill")
    assert "a complete Google Business Profile" in en and "A blog can wait" in en


def test_free_seo_tools_asked_without_a_question_mark_get_the_list() -> None:
    # 134 de_nl note-27: "… en vroeg me af welke SEO tools je aanraadt voor beginners, liefst gratis" got "Om je goed te
    # helpen. Wat is je concrete vraag …?"
    nl = sample_draft("Hey Camille, ik ben net begonnen als junior contentmarketeer en vroeg me af welke SEO tools je aanraadt "
                      "voor beginners, liefst gratis 🙈 Dank je! Daan", name="Daan de Vries")
    assert "Met gratis tools kom je ver: Search Console" in nl
    assert "concrete vraag" not in nl and "Om je goed te helpen." not in nl
    en = sample_draft("Hi Camille, I just started as a junior content marketer and was wondering which free SEO tools you'd "
                      "recommend for beginners. Thanks! Sam", name="Sam Lee")
    assert "The free tools go a long way: Search Console" in en


def test_salon_weighing_seo_against_ads_keeps_the_local_answer() -> None:
    # a neighbour that must not change: a salon asking SEO or ads still gets the profile first, then an ads test
    en = sample_draft("Hi Camille, I run a hair salon in Leeds. Should I put money into SEO or paid ads first?", name="Mia Cole")
    assert "a complete Google Business Profile (hours, photos, reviews you ask for)" in en and "ads test" in en
    # and the free tools asked with a question mark keep their list
    tools = sample_draft("Hi Camille, I just started as a junior content marketer. Which free SEO tools would you recommend "
                         "for beginners?", name="Sam Lee")
    assert "The free tools go a long way: Search Console" in tools
