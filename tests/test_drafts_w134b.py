"""Wave 134, group B: the FAQ answer answers the question asked: broad match on a small budget gets match types (never
the platform choice, never a misleading "Sim"); server-side tracking for a small shop weighs its traffic in full
sentences; GA4 or Matomo ends on a full sentence; "how did you start?" gets her story in a sentence before the call."""

from __future__ import annotations

from drafting import sample_draft


def test_broad_match_on_a_small_budget_gets_match_types_not_the_platform_choice() -> None:
    # 142 es_pt_it note-10: "conviene usar concordancia amplia con un presupuesto pequeño?" answered with platform choice
    es = sample_draft("hola! vi tu post sobre los errores en google ads y tengo una duda: conviene usar concordancia amplia "
                      "con un presupuesto pequeño (menos de 300€/mes)?", name="Raúl Gómez")
    assert "concordancia de frase o exacta" in es and "la amplia necesita puja inteligente" in es, es
    assert "una sola plataforma" not in es, es
    # 142 es_pt_it note-34: "vale a pena usar correspondência ampla …?" answered "Sim, …" with no word on broad match
    br = sample_draft("oi, vi seu post sobre google ads e fiquei com uma duvida: vale a pena usar correspondência ampla com "
                      "orçamento pequeno (uns R$1.500/mês)?", name="Gustavo Silva")
    assert "correspondência de frase ou exata: a ampla precisa de lances inteligentes" in br, br
    # 142 es_pt_it note-54: "conviene usare la corrispondenza generica con budget piccolo?" answered with platform choice
    it = sample_draft("ciao, ho visto il tuo post su google ads.. una domanda: conviene usare la corrispondenza generica con "
                      "budget piccolo (tipo 300€ al mese)?", name="Davide Rossi")
    assert "corrispondenza a frase o esatta: la generica richiede offerte automatiche" in it and "una sola piattaforma" not in it, it


def test_broad_match_in_english_french_and_german() -> None:
    # 134 B variants of es_pt_it note-10 in the other languages, tu and vous
    en = sample_draft("Hi Camille, is broad match worth it on a small Google Ads budget (300€/month)?", name="Tom Hill")
    assert "phrase or exact match: broad match needs smart bidding" in en and "Rarely, I'd say." in en, en  # 134 mend: no "Yes" first
    tu = sample_draft("Salut Camille, tu conseilles la requête large sur Google Ads avec 300 € par mois ?", name="Léa Martin")
    assert "en expression ou exact : la requête large demande des enchères intelligentes" in tu and "Si tu veux creuser" in tu, tu
    de = sample_draft("Hallo Camille, lohnt sich Broad Match bei Google Ads mit einem kleinen Budget von 300 €/Monat?",
                      name="Jonas Weber")
    assert "Broad Match braucht Smart Bidding" in de and "Call" not in de, de


def test_small_budget_ads_without_broad_match_keep_the_platform_choice() -> None:
    # must not change: "which ads on a small budget?" still gets one platform at a time
    es = sample_draft("Hola Camille, ¿qué anuncios me recomiendas con poco presupuesto?", name="Eva Sanz")
    assert "una sola plataforma mejor que varias" in es and "concordancia" not in es, es
    de = sample_draft("Hallo Camille, welche Werbung lohnt sich mit kleinem Budget?", name="Mia Koch")
    assert "lieber eine Plattform als mehrere" in de, de


def test_server_side_for_a_small_shop_weighs_its_traffic_in_full_sentences() -> None:
    # 143 fr_en note-19: "et, pour une TPE, suffit souvent", a verbless last sentence, the 2000 visits/month ignored
    fr = sample_draft("Bonjour Camille, j'ai lu votre post sur la fin des cookies tiers. Question : pour un petit e-shop avec "
                      "2000 visites/mois, le server-side tracking vaut-il vraiment le coup ?\nMerci pour vos contenus !\nDavid",
                      name="David Morel")
    assert "et, pour une TPE, suffit souvent" not in fr and "dès plusieurs régies." not in fr, fr
    assert "vaut le coup dès qu'on fait de la pub, même avec peu de trafic" in fr and "Pour Meta seul" in fr, fr
    en = sample_draft("Hi Camille, for a small shop with 2,000 visits a month, is server-side tracking really worth it?",
                      name="Sarah Cole")
    assert "even with little traffic" in en and "(I use Stape) for several ad platforms." not in en, en
    nl = sample_draft("Hoi Camille, is server-side tracking de moeite waard voor een kleine webshop met 2000 bezoekers per "
                      "maand?", name="Lotte Bakker")
    assert "ook met weinig verkeer" in nl and "loont pas bij meerdere platforms" in nl, nl


def test_ga4_or_matomo_ends_on_a_full_sentence() -> None:
    # 143 fr_en note-41: "If you run Google Ads, GA4, or both side by side." (a fragment)
    en = sample_draft("Hi Camille, read your post on GA4 vs Matomo. Quick question: for a small e-shop that sells mostly in "
                      "the EU, would you go with Matomo for GDPR reasons? Thanks for all the great content!", name="Lucas Hall")
    assert "If you run Google Ads, GA4, or both" not in en and "With Google Ads, I'd take GA4, or run both side by side." in en, en
    de = sample_draft("Hallo Camille, Matomo oder GA4 für unseren kleinen Shop, wegen DSGVO?", name="Jonas Weber")
    assert "Mit Google Ads passt GA4 oder beide." in de, de


def test_how_did_you_start_gets_her_story_before_the_call() -> None:
    # 142 de_nl note-41: "hoe ben jij begonnen??" answered only with a call offer
    nl = sample_draft("hey camille, ik ben 19 en zit in mn 2e jaar marketing mbo, ik wil later ook freelance worden net als "
                      "jij. hoe ben jij begonnen?? 🙏", headline="Student Marketing & Communicatie, MBO Rijnland", name="Jesse Smit")
    assert "ik begon bij een mkb-bedrijf" in nl and "mijn weg" in nl and "makkelijker te vertellen dan te typen" not in nl, nl
    de = sample_draft("Sehr geehrte Frau Laurent, ich möchte mich selbstständig machen. Wie haben Sie angefangen?", name="Paul Wagner")
    assert "Ich habe in einem kleinen Unternehmen angefangen" in de and "erzähle ich Ihnen gern" in de, de
    es = sample_draft("Hola Camille, estudio marketing y quiero ser freelance como tú. ¿Cómo empezaste?", name="Diego Torres")
    assert "empecé en una pyme" in es and "¿hablamos 15 minutos" in es, es


def test_realistic_daily_budget_gets_a_figure_not_the_question_turned_back() -> None:
    # 143 de_nl note-31: "wat is een realistisch dagbudget om te testen?" answered "Laat me weten welk budget je hebt"
    nl = sample_draft("hey camille, las je post over meta ads en iOS updates, echt nuttig! vraagje: wat is volgens jou een "
                      "realistisch dagbudget om te testen voor een kleine webshop? thnx! Daan",
                      headline="Eigenaar @ Fietsenwinkel Daan", name="Daan Visser")
    assert "welk budget je hebt" not in nl and "zo'n 10 tot 20 euro per dag" in nl, nl
    it = sample_draft("Ciao Camille, qual è un budget giornaliero realistico per testare Meta Ads per un piccolo e-commerce?",
                      name="Marco Greco")
    assert "che budget hai" not in it and "circa 10-20 € al giorno" in it, it
    de = sample_draft("Guten Tag Frau Laurent, welches Tagesbudget halten Sie für realistisch, um Meta Ads für unseren kleinen "
                      "Onlineshop zu testen?", name="Felix Braun")
    assert "etwa 10 bis 20 € pro Tag" in de and "wo Sie gerade stehen" in de, de


def test_realistic_retargeting_budget_keeps_the_retargeting_answer() -> None:
    # must not change: a retargeting budget keeps its own answer (visitors first), never the first-test budget
    nl = sample_draft("Hoi Camille, wat is een realistisch budget voor retargeting per dag?", name="Kees Bos")
    assert "Bij retargeting telt het aantal bezoekers meer dan het budget" in nl and "10 tot 20 euro" not in nl, nl


def test_a_junior_asking_how_to_learn_or_grow_faster_gets_one_concrete_tip() -> None:
    # 143 de_nl note-19: "Hast du einen Tipp, wie man als Junior schneller lernt?" answered only with an EN/FR call offer
    de = sample_draft("Hey Camille, Junior Social Media Manager hier 👋 Ich folge dir schon lange und finde deine Karussell-Posts "
                      "mega. Hast du einen Tipp, wie man als Junior schneller lernt? Grüße aus Wien, Lukas",
                      headline="Junior Social Media Manager", name="Lukas Huber")
    assert "praktisch lernen, an einem echten Projekt" in de and "Telefonat" not in de, de
    # 143 de_nl note-41: "Heb je een tip hoe ik als junior sneller kan groeien?" answered "Laat me weten waar je nu staat"
    nl = sample_draft("Hey Camille 👋 junior content marketeer hier, vind je posts echt top. Heb je een tip hoe ik als junior "
                      "sneller kan groeien? Groetjes uit Eindhoven, Milan", headline="Junior Content Marketeer", name="Milan de Jong")
    assert "leer het in de praktijk, met een echt project" in nl and "waar je nu staat" not in nl, nl
    es = sample_draft("Hola Camille, soy community manager junior. ¿Algún consejo para aprender más rápido como junior?",
                      headline="Community Manager Junior", name="Sofía Vega")
    assert "aprender haciendo, sobre algo real" in es and "cuéntame en qué punto estás" not in es, es


def test_a_shop_asking_how_to_grow_faster_keeps_its_instagram_answer() -> None:
    # must not change: a shop owner's "tip to grow faster" on Instagram keeps the shop's answer, never the learner's tip
    en = sample_draft("Hi Camille, any tip to get my small shop's Instagram growing faster?", headline="Owner at Bloom Shop",
                      name="Nora Lane")
    assert "a small shop grows with reels more than photos" in en and "learn by doing" not in en, en
