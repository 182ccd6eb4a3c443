"""Wave 141, group F: clients and prices answered in order, in smooth text — a price asked in Italian conditional gets the
price line, a referrer is thanked by full name, the first-clients advice says "résultats chiffrés", and a recruiter's
German closing is a natural sentence."""

from __future__ import annotations

from drafting import sample_draft


def test_first_freelance_mission_advice_says_measured_results_in_every_language() -> None:
    # 141 F fr_en note-9: "en échange de chiffres et d'un témoignage" is odd French
    fr = sample_draft("coucou camille, je suis en reconversion (ancienne prof) et je me forme au marketing digital, tu aurais "
                      "des conseils pour trouver une premiere mission en freelance ? merci bcp", name="Nadia Benali",
                      headline="En reconversion marketing digital")
    assert "en échange de résultats chiffrés et d'un témoignage" in fr and "de chiffres" not in fr
    es = sample_draft("Hola Camille, me estoy formando en marketing digital, ¿algún consejo para conseguir mis primeros clientes "
                      "como freelance?", name="Ana Ruiz", headline="Marketing digital")
    assert "a cambio de resultados medibles y un testimonio" in es
    it = sample_draft("Ciao Camille, sto studiando marketing digitale, qualche consiglio per trovare i primi clienti come "
                      "freelance?", name="Giulia Neri", headline="Marketing")
    assert "in cambio di risultati e una testimonianza" in it and "di numeri" not in it
    en = sample_draft("Hi Camille, I'm retraining into digital marketing, any advice on how to find my first clients as a "
                      "freelancer?", name="Tom Baker", headline="Career changer")
    assert "for a testimonial and results to show" in en


def test_recruiter_networking_in_german_closes_with_a_natural_sentence() -> None:
    # 141 F de_nl note-6: "– auf einen guten Austausch" reads like a translated formula
    sie = sample_draft("Hallo Frau Laurent, ich bin Personalberater für Ingenieurberufe im Maschinenbau und erweitere gerade mein "
                       "Netzwerk in Frankreich. Freue mich auf die Vernetzung! Gruß, Markus Lang", name="Markus Lang",
                       headline="Personalberater Engineering | HR Consult Stuttgart")
    assert "auf einen guten Austausch" not in sie and "tätig und freue mich auf den Austausch" in sie
    du = sample_draft("Hallo Camille, ich bin Recruiterin für IT-Profile und baue mein Netzwerk in Frankreich aus. Freue mich auf "
                      "die Vernetzung!", name="Anna Schulz", headline="Recruiterin IT")
    assert "auf einen guten Austausch" not in du and "tätig und freue mich auf den Austausch" in du


def test_italian_referrer_from_an_agency_is_thanked_by_full_name() -> None:
    # 141 F es_pt_it note-51: "grazie a Ricci" (surname only) when the note names Paolo Ricci dell'agenzia Nuvola
    it = sample_draft("Ciao Camille, mi ha consigliato di scriverti Paolo Ricci dell'agenzia Nuvola. Ho un piccolo e-commerce di "
                      "olio d'oliva e le mie campagne Facebook non rendono. Possiamo sentirci?", name="Francesca Marchetti",
                      headline="Titolare di Oleificio Marchetti")
    assert "grazie a Paolo Ricci" in it and "grazie a Ricci" not in it
    team = sample_draft("Ciao Camille, mi ha suggerito di contattarti Anna Verdi del team Nuvola. Ho un piccolo e-commerce di "
                        "olio. Possiamo sentirci?", name="Luca Bassi", headline="Titolare")
    assert "Anna Verdi" in team and "grazie a Verdi" not in team


def test_italian_referrer_without_agency_is_unchanged() -> None:
    # a neighbour that must not change: the referrer with no organisation after the name
    it = sample_draft("Ciao Camille, mi ha consigliato di scriverti Paolo Ricci. Ho un piccolo e-commerce di olio d'oliva. "
                      "Possiamo sentirci?", name="Francesca Marchetti", headline="Titolare di Oleificio Marchetti")
    assert "grazie a Paolo Ricci" in it


def test_italian_conditional_price_question_gets_the_price_line_not_her_budget() -> None:
    # 141 F es_pt_it note-63: "Quanto chiederesti più o meno?" answered with "Dimmi più o meno che budget hai"
    tu = sample_draft("Ciao, sto lanciando un e-shop di cosmetici naturali e cerco qualcuno per gestire SEO e ads. Quanto "
                      "chiederesti più o meno per un progetto del genere?", name="Silvia Conti", headline="Founder presso Erbe di Luna")
    assert "che budget hai" not in tu
    assert "dipendono dal progetto" in tu and "call di 20 minuti" in tu


def test_italian_starting_ad_budget_still_gets_the_first_test_budget() -> None:
    # a neighbour that must not change: the asker's own starting budget, not Camille's price
    it = sample_draft("Ciao Camille, ho un e-shop di cosmetici e cerco qualcuno per la SEO. Che budget serve secondo te per "
                      "iniziare?", name="Sara Riva", headline="Founder")
    assert "10-20 € al giorno" in it and "tariffe" not in it


def test_brazilian_referral_call_says_conversar_once() -> None:
    # 141 F es_pt_it note-39: "conversar … conversa … conversar" and a double "para" in one sentence
    br = sample_draft("Oi Camille, a Camila Rocha me passou seu contato, disse que você ajudou muito a startup dela com conteúdo. "
                      "Tô lançando um SaaS de gestão para salões e queria trocar uma ideia. Abraço, Bruno", name="Bruno Lima",
                      headline="Fundador da SalãoPro")
    assert br.count("convers") == 1 and "Que tal uma chamada de 20 minutos na próxima semana?" in br
    assert "para você na próxima semana para" not in br
