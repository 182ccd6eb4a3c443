"""Wave 161 C: ads and certification answers that were canned or cramped. "Is a Google certification enough, or a
bootcamp?" is answered (alone, rarely) with no "often fundable" course; a ROAS question gets the measurement without the
content-hours and client-report asides, and her word on small budgets when one is told; the German Meta budget reads as
sentences and a lowercased "meta ads richtlinien" is echoed as one German compound; "campaign budget or ad-set budget
(CBO vs ABO)?" gets her pick, never the small-budget checklist."""

from drafting import sample_draft


# --- is a certification enough, or a bootcamp? -------------------------------------------------------------------------

def test_certification_enough_or_bootcamp_is_answered_plainly():
    # 203 fr_en note-40
    en = sample_draft("Hello, I'm career switching from teaching to digital marketing. Is a Google certification enough to get "
                      "a first job or should I do a bootcamp? Thanks so much", "Former teacher | Aspiring digital marketer",
                      name="Rachel Green")
    assert "rarely lands a first job" in en and "fundable" not in en and "both work" not in en, en
    en2 = sample_draft("Hi Camille, I'm leaving hospitality. Would the Google Analytics certificate be enough for a junior role, "
                       "or is a bootcamp worth the money?", "Career changer", name="Tom Price")
    assert "rarely lands a first job" in en2 and "fundable" not in en2, en2
    it = sample_draft("Ciao Camille, sto cambiando carriera: basta una certificazione Google o conviene un bootcamp?",
                      name="Sara Neri")
    assert "raramente basta" in it and "finanziabile" not in it, it
    nl = sample_draft("Hoi Camille, ik wil overstappen naar online marketing. Is een Google-certificaat genoeg of kan ik beter "
                      "een bootcamp doen?", name="Sanne de Vries")
    assert "zelden genoeg" in nl and "subsidiabel" not in nl, nl


def test_french_certifying_course_or_bootcamp_keeps_its_answer():
    fr = sample_draft("Bonjour, je suis en reconversion et j'hésite entre une formation certifiante et un bootcamp. Un avis ?",
                      name="Julie Morel")
    assert "certifiante" in fr and "bootcamp" in fr.lower() and "attestation" not in fr, fr


# --- ROAS on small budgets -----------------------------------------------------------------------------------------

def test_roas_on_small_budgets_without_content_and_report_asides():
    # 203 de_nl note-10
    de = sample_draft("Hey Camille, hab deinen Post über TikTok Ads gesehen – wie misst du eigentlich den ROAS bei so kleinen "
                      "Budgets? Würd mich echt interessieren 😊", name="Nina Wolf")
    assert "Stunden" not in de and "Looker" not in de and "Bei kleinem Budget lese ich den ROAS" in de, de
    assert "Zuerst erfasse ich" in de and "nur die Mediaausgaben" in de, de
    en = sample_draft("Hi Camille, how do you track ROAS when the ad budget is tiny? Curious about your method.", name="Jess Hart")
    assert "count the hours" not in en and "Looker" not in en and "a whole month" in en, en
    es = sample_draft("Hola Camille, ¿cómo mides el ROAS de tus campañas con poco presupuesto?", name="Pablo Ruiz")
    assert "horas dedicadas" not in es and "mes entero" in es, es


def test_roi_question_keeps_the_content_sentence():
    en = sample_draft("Hi Camille, how do you measure the ROI of your Meta ads campaigns? Thanks", "Marketing manager",
                      name="Ben Lowe")
    assert "For content, I count the hours." in en and "a whole month" not in en, en


# --- the German Meta budget, and a lowercased topic --------------------------------------------------------------------

def test_german_meta_budget_reads_as_sentences():
    # 202 de_nl note-8
    de = sample_draft("hey camille, hab deinen post über die neuen meta ads richtlinien gelesen, echt hilfreich. kurze frage: "
                      "lohnt sich advantage+ für nen kleinen shop mit 500€ budget im monat? danke dir!! Max",
                      "E-Commerce | Sneaker-Reseller", name="Max Hartmann")
    assert "Meta-Ads-Richtlinien" in de and "richtlinien" not in de, de
    assert "Verteilt auf den Monat sind das etwa 17 € am Tag." in de and "über den Monat;" not in de, de
    assert "Advantage+" in de, de
    de2 = sample_draft("Hallo Camille, lohnen sich Instagram-Anzeigen für meinen kleinen Laden mit 400 € im Monat?", name="Jana Roth")
    assert "etwa 13 € am Tag." in de2, de2
    de3 = sample_draft("Hallo Camille, lohnen sich Meta Ads mit kleinem Budget?", name="Tim Berg")
    assert "Zum Testen reichen 10 bis 20 € am Tag einen Monat lang." in de3, de3


# --- campaign budget or ad-set budget ------------------------------------------------------------------------------

def test_campaign_or_adset_budget_is_answered():
    # 202 de_nl note-30
    nl = sample_draft("hoi! las je post over meta ads en budgetverdeling, super interessant. vraagje: is het beter om met "
                      "campagnebudget of adsetbudget te starten bij een klein budget? alvast bedankt, Lotte",
                      "Social media medewerker | Bloemenzaak", name="Lotte Meijer")
    # her own answer in the settings (ABO first, then CBO for the winners), found by the budget words too
    assert "met ABO beginnen" in nl and "per advertentieset" in nl, nl
    en = sample_draft("Hi Camille, for Facebook ads on a small budget, should I use CBO or ABO? Thanks!", name="Chris Dunn")
    assert "start with ABO" in en, en
    de = sample_draft("Hallo Camille, lieber Kampagnenbudget oder Budget pro Anzeigengruppe bei Meta Ads mit wenig Budget?",
                      name="Lena Vogt")
    assert "mit ABO starten" in de, de
    # neighbour: a plain small-budget Meta question keeps her checklist
    nb = sample_draft("Hoi Camille, werken Meta ads ook met een klein budget?", name="Eva Bos")
    assert "Advantage+" in nb and "advertentieset" not in nb, nb
