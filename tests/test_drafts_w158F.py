"""Wave 158 F: register and what was asked. A chatty German note with no pronoun, signed by a bare first name ("hab null
Budget 😅 … Grüße aus Köln, Ben"), is du, never "Guten Tag Herr X"; a referred student asking whether a master's (in
France) is worth it gets that question named in the call, never a bare call; "SEO or social ads: which has more demand on
the job market?" is answered on demand, never by temperament alone; "Tu deviens quoi ?" (and "¿qué es de ti?", "che
fine hai fatto?") is a catch-up question answered with what she does now, never bounced back."""
from __future__ import annotations

from drafting import sample_draft


# -- a chatty German note signed by first name: du -------------------------------------------------------------------

def test_chatty_german_note_signed_by_first_name_is_du() -> None:
    # 195 de_nl note-15: "Guten Tag Herr Schröder", Sie, for "hab null Budget 😅 … Grüße aus Köln, Ben"
    de = sample_draft("Hallo, ich bin Gründer eines kleinen Startups (vegane Snacks) und hab null Budget fürs Marketing 😅 "
                      "Womit sollte ich anfangen: SEO oder Instagram? Wäre super dankbar für einen Rat! Grüße aus Köln, Ben",
                      name="Ben Schröder", headline="Founder @ Snackwerk")
    assert de.startswith("Hallo Ben") and "Herr" not in de and " Ihnen" not in de and "Ihre " not in de
    assert "das schneller die ersten Besucher" not in de  # the relative clause after "anfangen"
    de2 = sample_draft("Hi, hab grad meinen eigenen Onlineshop für Kerzen gestartet und null Ahnung von Google 🙈 Lohnt sich "
                       "SEO am Anfang überhaupt? Grüße aus Leipzig, Mia", name="Mia Krüger", headline="Gründerin @ Lichtwerk")
    assert "Frau Krüger" not in de2 and " Sie " not in de2


def test_german_sie_note_signed_by_full_name_stays_sie() -> None:
    # neighbour: a letter-style note with a full-name signature keeps Sie
    de = sample_draft("Hallo, ich bin Gründer eines kleinen Startups und habe eine Frage: Womit sollte man anfangen, SEO oder "
                      "Instagram? Freundliche Grüße, Jan Becker", name="Jan Becker", headline="Founder @ Kornkraft")
    assert "Herr Becker" in de


# -- a referred student's question on a master's named in the call ---------------------------------------------------

def test_referred_master_question_is_named_in_the_call() -> None:
    # 195 de_nl note-16: the call offered, the marketing Master in France never mentioned
    de = sample_draft("Hallo Frau Laurent, Sophie Martin hat mir empfohlen, mich bei Ihnen zu melden – sie meinte, Sie könnten "
                      "mir bei der Frage helfen, ob ein Marketing Master in Frankreich sinnvoll ist. Ich würde mich sehr über "
                      "einen Austausch freuen. Freundliche Grüße, Paul Hartmann", name="Paul Hartmann",
                      headline="Bachelor BWL | Universität Mannheim")
    assert "Master in Frankreich" in de
    de2 = sample_draft("Hallo Frau Laurent, Anna Berg hat mir empfohlen, Sie zu kontaktieren – sie meinte, Sie könnten mir sagen, "
                       "ob sich ein MBA in Frankreich lohnt. Über einen Austausch würde ich mich freuen. Viele Grüße, Jonas Keller",
                       name="Jonas Keller", headline="Bachelor Wirtschaftsinformatik | TU München")
    assert "MBA in Frankreich" in de2
    it = sample_draft("Buongiorno dott.ssa Laurent, Chiara Bianchi mi ha consigliato di contattarLa: secondo lei potrebbe aiutarmi "
                      "a capire se un master in marketing in Francia ha senso. Sarei molto grato per uno scambio. Cordiali saluti, "
                      "Luca Ferri", name="Luca Ferri", headline="Laurea triennale in Economia | Bocconi")
    assert "master in Francia" in it


def test_referral_without_a_study_question_keeps_its_plain_call() -> None:
    # neighbour: a referral with no question keeps the call, nothing of a master's added
    de = sample_draft("Hallo Frau Laurent, Sophie Martin hat mir empfohlen, mich bei Ihnen zu melden. Ich würde mich sehr über "
                      "einen Austausch freuen. Freundliche Grüße, Paul Hartmann", name="Paul Hartmann",
                      headline="Bachelor BWL | Universität Mannheim")
    assert "Telefonat" in de and "Master" not in de


# -- SEO or social ads: which has more demand ------------------------------------------------------------------------

def test_which_field_has_more_demand_is_answered_on_demand() -> None:
    # 194 es_pt_it note-34: "qual tem mais saída no mercado?" answered by temperament only
    pt = sample_draft("Olá Camille, acabei o curso de comunicação e estou indecisa entre SEO e social ads. Na sua opinião qual "
                      "tem mais saída no mercado?", name="Mariana Gomes", headline="Recém-licenciada em Ciências da Comunicação")
    assert "saída no mercado" in pt and "vagas" in pt
    en = sample_draft("Hi Camille, I just graduated in marketing and I'm torn between SEO and paid social. Which one has more "
                      "demand on the job market right now?", name="Hannah Price", headline="Marketing graduate")
    assert "As for demand" in en and "openings" in en
    es = sample_draft("Hola Camille, acabo de terminar la carrera y dudo entre SEO y publicidad en redes sociales. ¿Cuál tiene "
                      "más salida laboral?", name="Marta López", headline="Graduada en Publicidad")
    assert "salidas" in es and "ofertas" in es


def test_which_field_is_more_fun_keeps_the_temperament_answer_alone() -> None:
    # neighbour: no demand asked, no demand line
    nl = sample_draft("Hoi Camille, ik twijfel tussen SEO en social ads als specialisatie. Welke is leuker om te doen volgens jou?",
                      name="Lisa Bakker", headline="Student Communicatie")
    assert "goede richtingen" in nl and "vacatures" not in nl


# -- "Tu deviens quoi ?" --------------------------------------------------------------------------------------------

def test_tu_deviens_quoi_is_answered_with_what_she_does_now() -> None:
    # 194 fr_en note-17: "Tu deviens quoi ?" bounced back ("Tu en es où de tes projets ?") without a word about her
    fr = sample_draft("Hello Camille, super contente de te retrouver ici ! On s'était rencontrées chez Wild Code School en 2019 😄 "
                      "Tu deviens quoi ?", name="Manon Blanc", headline="UX writer")
    assert "je suis consultante indépendante" in fr and "Tu en es où de tes projets" not in fr
    es = sample_draft("Hola Camille! Qué alegría encontrarte aquí, coincidimos en el máster de Lyon 2 en 2017. ¿Qué es de ti?",
                      name="Lucía Pérez", headline="Diseñadora UX")
    assert "consultora independiente" in es
    it = sample_draft("Ciao Camille! Che bello ritrovarti qui, ci siamo conosciute a un workshop a Milano nel 2019. Che fine hai fatto?",
                      name="Giulia Rossi", headline="Copywriter")
    assert "consulente indipendente" in it


def test_met_before_without_a_catch_up_question_keeps_asking_back() -> None:
    # neighbour: no question about her, her news not pushed
    fr = sample_draft("Hello Camille, super contente de te retrouver ici ! On s'était rencontrées chez Wild Code School en 2019 😄",
                      name="Manon Blanc", headline="UX writer")
    assert "consultante indépendante" not in fr
