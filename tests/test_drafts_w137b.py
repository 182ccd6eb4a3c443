"""Wave 137, group B: "is it worth hiring a consultant at that ad budget, or keep doing it ourselves?" gets the plain
answer (no monthly retainer at that budget: run it yourselves simply, a one-off audit or coaching if it stays weak) and a
call, never only the Meta set-up tips."""

from __future__ import annotations

from drafting import sample_draft


def test_consultant_or_diy_at_a_small_ad_budget_is_answered_in_french_and_english() -> None:
    # 137 B fr_en note-19: "ça vaut le coup de passer par une consultante ou on fait nous-mêmes ?" got only Meta tips
    fr = sample_draft("Bonjour Camille, je suis co-fondatrice d'un e-shop de vêtements pour enfants, on a un budget de 500€/mois "
                      "pour la pub Instagram, est-ce que ça vaut le coup de passer par une consultante ou on fait nous-mêmes ?",
                      name="Émilie Martin")
    assert "une consultante au mois en mangerait une bonne part" in fr and "un audit ou un coaching ponctuel" in fr
    assert "Je vous propose d'en parler 20 minutes" in fr and "Advantage+" not in fr
    # 137 B fr_en note-41: "Is it worth hiring a consultant at that budget or should we keep DIYing?"
    en = sample_draft("Hi Camille, I co-founded an online kids' clothing shop and we're spending about £400/month on Instagram ads "
                      "with meh results. Is it worth hiring a consultant at that budget or should we keep DIYing?", name="Rachel Green")
    assert "a monthly retainer would eat much of it" in en and "one-off audit or coaching session" in en
    assert "20-minute call" in en and "several audiences pay off" not in en


def test_consultant_or_diy_is_answered_in_the_other_languages_with_the_language_caveat() -> None:
    # 137 B fr_en note-19 variants: es, it, de, nl, pt-BR
    cases = (("Hola Camille, tenemos una tienda online y gastamos 500€/mes en anuncios de Instagram. ¿Vale la pena contratar a "
              "una consultora o lo seguimos haciendo nosotros?", "Lucía Gil", "una auditoría o un coaching puntual"),
             ("Ciao Camille, abbiamo un e-shop e spendiamo 500€/mese in ads su Instagram. Conviene affidarsi a una consulente o "
              "continuiamo a farlo noi?", "Giulia Rossi", "un audit o un coaching una tantum"),
             ("Hallo Camille, wir geben ca. 500€/Monat für Instagram-Werbung aus. Lohnt sich eine Beraterin oder machen wir es "
              "lieber selbst weiter?", "Petra Schmidt", "ein einmaliges Audit oder Coaching"),
             ("Hoi Camille, we besteden zo'n 500€/maand aan Instagram-advertenties. Loont het om een consultant in te huren of "
              "doen we het beter zelf?", "Daan de Vries", "één keer een audit of coaching"),
             ("Oi Camille, a gente gasta uns R$2000/mês com anúncios no Instagram na nossa loja. Vale a pena contratar uma "
              "consultora ou a gente continua fazendo sozinho?", "Beatriz Lima", "uma auditoria ou uma mentoria pontual"))
    for note, name, answer in cases:
        draft = sample_draft(note, name=name)
        assert answer in draft and "Advantage+" not in draft, draft
        assert "20 minut" in draft.lower()


def test_hire_or_learn_it_myself_keeps_its_own_step() -> None:
    # a neighbour that must not change: "hire someone or learn it myself?" (no consultant retainer weighed) keeps its step
    en = sample_draft("Hi Camille, my Meta ads burn money with no sales. Is it worth hiring someone or should I learn it myself "
                      "first?", name="Tom Hill")
    assert "Hiring or learning?" in en and "monthly retainer" not in en


def test_does_your_training_suit_a_complete_beginner_gets_a_plain_yes_and_a_next_step() -> None:
    # 137 B fr_en note-36: "would your digital marketing training suit a complete beginner?" got certificate advice, no step
    en = sample_draft("Hi Camille, I'm switching careers from teaching to digital marketing. Do you think your digital marketing "
                      "training would suit a complete beginner?", name="Rachel Adams")
    assert "Yes: my training courses" in en and "beginners included" in en
    assert "Tell me what you'd like to learn first" in en and "Meta Blueprint" not in en
    fr = sample_draft("Bonjour Camille, je suis en reconversion après 10 ans dans l'enseignement. Pensez-vous que votre formation "
                      "en marketing digital conviendrait à une grande débutante ?", name="Claire Petit")
    assert "Oui : mes formations" in fr and "Dites-moi ce que vous souhaitez apprendre" in fr and "Blueprint" not in fr
    de = sample_draft("Hallo Camille, ich wechsle gerade vom Lehramt ins Online-Marketing. Ist deine Schulung auch für absolute "
                      "Anfänger geeignet?", name="Anna Weber")
    assert "Ja, meine Schulungen" in de and "Ich unterrichte auf Französisch oder Englisch" in de and "Ich schicke dir" not in de
    it = sample_draft("Ciao Camille, sto cambiando carriera. Secondo te la tua formazione in marketing digitale va bene per una "
                      "principiante assoluta?", name="Sara Conti")
    assert "Sì: i miei corsi" in it and "dimmi cosa vuoi imparare per primo" in it
    nl = sample_draft("Hoi Camille, ik maak de overstap van het onderwijs naar online marketing. Is jouw training geschikt voor een "
                      "complete beginner?", name="Eva Jansen")
    assert "Ja, mijn trainingen" in nl and "laat me weten wat je eerst wilt leren" in nl and "Ik stuur je" not in nl


def test_beginner_question_beside_a_price_question_keeps_its_price_answer() -> None:
    # a neighbour that must not change its step: "ist dein Training auch für Anfänger geeignet? Was kostet das ungefähr?"
    de = sample_draft("Hallo Camille, bin Gründerin eines kleinen Bio-Kosmetik Shops und hab keine Ahnung wo ich mit SEO anfangen "
                      "soll... ist dein Training auch für Anfänger geeignet? Was kostet das ungefähr? Danke, Petra", name="Petra Braun")
    assert "Der Preis hängt vom Format ab" in de and "Ich unterrichte auf Französisch" not in de


def test_seo_or_instagram_ads_which_is_better_gets_an_answer_not_only_a_call() -> None:
    # 137 B fr_en note-16: "vaut-il mieux investir d'abord dans le SEO ou dans les pubs Instagram quand on a 2000€/mois ?"
    # was deflected to a call with no answer
    fr = sample_draft("Bonjour Camille,\nJe suis responsable marketing d'une startup foodtech et on se pose la question : vaut-il "
                      "mieux investir d'abord dans le SEO ou dans les pubs Instagram quand on a 2000€/mois ? Merci pour votre avis !",
                      name="Pauline Roy")
    assert "La pub amène des visites dès le premier jour" in fr and "tout dépend surtout du délai" not in fr
    tu = sample_draft("Salut Camille, on hésite : vaut mieux mettre nos 2000€/mois dans le SEO ou dans les pubs Insta ?", name="Léa Roux")
    assert "le SEO demande trois à six mois" in tu
    de = sample_draft("Hallo Camille, ich leite das Marketing eines Startups. Ist es mit 2000€/Monat besser, zuerst in SEO oder in "
                      "Instagram-Werbung zu investieren?", name="Paula Maier")
    assert "Anzeigen bringen ab dem ersten Tag Besucher" in de


def test_a_shop_owner_asking_seo_or_ads_keeps_her_answer_and_step() -> None:
    # a neighbour that must not change: "Tu fais plutôt du SEO ou des pubs ?" from a shop keeps the weighed answer and its step
    fr = sample_draft("Salut Camille, je cherche de l'aide pour ma boutique en ligne. Tu fais plutôt du SEO ou des pubs ?",
                      name="Léa Roux")
    assert "La pub amène des visites dès le premier jour" in fr
    assert "parle-moi un peu de ton site et je te dirai par où je commencerais" in fr
