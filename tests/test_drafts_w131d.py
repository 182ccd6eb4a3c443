"""Wave 131, group d: a direct question left unanswered gets its answer -- "how did you become a freelancer?" her own
path (her FAQ), never a pitch for paid mentoring; "quali sono i costi?" beside a mentoring asked gets the mentoring's
price; a coaching price asked by a small shop gets the coaching's price, never the SEO audit's range."""

from __future__ import annotations

from drafting import sample_draft

_DE_PATH = "Gelernt habe ich in der Praxis, dann habe ich mich selbstständig gemacht."
_NL_PATH = "Ik leerde het in de praktijk en ging daarna als zelfstandige verder."


def test_how_did_you_become_a_freelancer_gets_her_path_in_german() -> None:
    # 137 de_nl note-20: "Mentoring-Gespräch … wie bist du Freelancerin geworden?" answered with "Ja, ich biete auch Einzelmentoring an"
    du = sample_draft("Hallo Camille, ich mache gerade ein Traineeship im Marketing bei Bosch und würde mich über ein kurzes "
                      "Mentoring-Gespräch freuen – wie bist du Freelancerin geworden? Danke im Voraus! Emma",
                      headline="Marketing Trainee, Bosch", name="Emma Fischer")
    assert _DE_PATH in du and "Einzelmentoring" not in du and "telefonieren" not in du
    sie = sample_draft("Sehr geehrte Frau Laurent, ich bin Trainee im Marketing bei Siemens und würde mich über ein kurzes "
                       "Mentoring-Gespräch freuen: Wie sind Sie Freelancerin geworden? Vielen Dank! Jonas Weber", name="Jonas Weber")
    assert _DE_PATH in sie and "Einzelmentoring" not in sie


def test_how_did_you_become_a_freelancer_gets_her_path_in_dutch() -> None:
    # 137 de_nl note-41: "kort mentorgesprek … hoe ben je freelancer geworden?" answered with "Ja, ik doe ook één-op-één mentoring"
    je = sample_draft("Hoi, ik ben marketingstagiair bij Heineken en zou heel graag eens een kort mentorgesprek met je hebben: "
                      "hoe ben je freelancer geworden? Dank je wel alvast! Sem", headline="Marketing Intern, Heineken", name="Sem Visser")
    assert _NL_PATH in je and "mentoring" not in je and "eerste klanten" not in je
    u = sample_draft("Geachte mevrouw Laurent, ik ben marketingstagiair bij Philips en zou graag een kort mentorgesprek met u "
                     "hebben: hoe bent u freelancer geworden? Met vriendelijke groet, Daan de Vries", name="Daan de Vries")
    assert _NL_PATH in u and "mentoring" not in u


def test_how_did_you_become_a_freelancer_gets_her_path_in_english_italian_and_portuguese() -> None:
    # 137 de_nl note-20 (variants): the same question in English, Italian and Brazilian Portuguese
    en = sample_draft("Hi Camille, I'm a marketing intern at L'Oréal and would love a short mentoring chat: how did you become "
                      "a freelancer? Thanks! Tom", name="Tom Hardy")
    assert "I learnt on the job, then went freelance." in en and "one-to-one mentoring" not in en
    it = sample_draft("Ciao Camille, faccio uno stage in marketing in Barilla e mi piacerebbe una breve chiacchierata di "
                      "mentoring: come sei diventata freelance? Grazie! Giulia", name="Giulia Russo")
    assert "Ho imparato sul campo, poi mi sono messa in proprio." in it and "telefono" not in it
    br = sample_draft("Oi Camille, estou fazendo estágio em marketing na Natura e adoraria uma conversa rápida de mentoria: "
                      "como você virou freelancer? Valeu! Bruna", name="Bruna Lima")
    assert "Aprendi na prática e depois passei a trabalhar por conta própria." in br and "mentoria individual" not in br


def test_mentoring_offered_and_path_asked_keeps_the_mentoring_yes() -> None:
    # must-not-change neighbour (131 d): mentoring asked as her offer keeps its yes
    de = sample_draft("Hallo Camille, bietest du auch Mentoring für Berufseinsteiger an? Ich bin Trainee bei Bosch. Emma",
                      name="Emma Fischer")
    assert "Ja, ich biete auch Einzelmentoring an." in de


def test_mentoring_costs_asked_in_italian_get_the_mentoring_price() -> None:
    # 137 es_pt_it note-63: "Offri anche mentoring per founder? Quali sono i costi?" answered with a call only
    it = sample_draft("Buonasera Camille, ho fondato una startup di turismo esperienziale in Puglia. Offri anche mentoring per "
                      "founder? Quali sono i costi? Grazie, Antonio De Luca", name="Antonio De Luca")
    assert "Sì, faccio anche mentoring individuale." in it
    assert "Il prezzo dipende dal numero di sessioni e dalla loro frequenza." in it and "preventivo" in it
    es = sample_draft("Hola Camille, fundé una startup de turismo. ¿Ofreces también mentoría para fundadores? ¿Cuáles son tus "
                      "costes? Gracias, Pablo", name="Pablo Ruiz")
    assert "El precio depende del número de sesiones y de su frecuencia." in es


def test_coaching_price_asked_by_an_etsy_shop_gets_the_coaching_price_in_german() -> None:
    # 137 de_nl note-14: "Bietest du auch Einzelcoachings an und was kostet sowas ungefähr?" answered with the audit's 800-5000 €
    de = sample_draft("Liebe Camille, ich betreibe einen kleinen Etsy-Shop mit handgemachter Keramik und komme mit SEO einfach "
                      "nicht weiter. Bietest du auch Einzelcoachings an und was kostet sowas ungefähr? Liebe Grüße, Hanna",
                      headline="Keramikerin & Shop-Inhaberin", name="Hanna Becker")
    assert "Ja, ich biete auch Einzelcoachings an." in de and "Audit" not in de and "800" not in de
    assert "Der Preis hängt von der Zahl der Sitzungen und ihrem Rhythmus ab." in de
    nl = sample_draft("Hoi Camille, ik heb een kleine Etsy-shop met keramiek en kom niet verder met SEO. Geef je ook individuele "
                      "coaching en wat kost dat ongeveer? Groetjes, Lotte", name="Lotte Jansen")
    assert "De prijs hangt af van het aantal sessies" in nl and "800" not in nl


def test_rough_seo_price_without_coaching_keeps_the_audit_range() -> None:
    # must-not-change neighbour (131 d): a rough price of SEO work (no coaching asked) keeps her audit and its range
    de = sample_draft("Hallo Camille, ich habe gesehen, dass du SEO machst. Ich habe einen kleinen Etsy-Shop. Was kostet sowas "
                      "ungefähr? Hanna", name="Hanna Becker")
    assert "Audit" in de and "800" in de
