"""Wave 142, group I: "is the free 10-point SEO audit still on?" gets a plain yes from the ``free_audit`` setting, then
the site's link (never invented kind words, never "your organisation" for a shop); a speaker invitation is never thanked
as "a tip"; a sender's "Programmleitung" is no programme; no double "over" in Dutch; Italian "Ci sto volentieri"."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts import quickq


def test_free_audit_still_on_gets_a_plain_yes_in_english() -> None:
    # 142 I fr_en note-41 (draft_review158): kind words invented, the audit never said to be on, "your organisation"
    en = sample_draft("saw your post about the free 10-point SEO audit - is it still on? id love one for my bike parts shop",
                      headline="Founder, SpokeParts UK", name="Ben Hall")
    assert "the free audit is still on" in en and "send me the link to your site" in en
    assert "kind words" not in en and "organisation" not in en


def test_free_audit_still_on_gets_a_plain_yes_in_french() -> None:
    # 142 I fr_en note-19 (draft_review158): no plain yes that the free audit is still on
    vous = sample_draft("Bjr, j'ai vu votre post sur l'audit SEO gratuit en 10 points, c'est toujours d'actualité ? Je suis "
                        "intéressé pour mon site de vente de pièces vélo en ligne", headline="Fondateur CycloParts.fr", name="Bruno Petit")
    assert "Oui, l'audit gratuit est toujours d'actualité : envoyez-moi le lien de votre site" in vous
    assert "structure" not in vous
    tu = sample_draft("Salut, j'ai vu ton post sur l'audit SEO gratuit en 10 points, c'est toujours d'actu ? Ça m'intéresse "
                      "pour ma boutique", headline="Gérant", name="Lucas Martin")
    assert "Envoie-moi le lien de ton site" in tu and "votre site" not in tu


def test_free_audit_still_on_in_other_languages_and_registers() -> None:
    # 142 I fr_en note-41 (variants): the same yes in es, de, it, pt, nl, in the sender's register
    es = sample_draft("Hola, vi tu post sobre la auditoría SEO gratuita de 10 puntos, ¿sigue en pie? Me interesa para mi tienda online",
                      headline="Fundador", name="Pablo Ruiz")
    assert "la auditoría gratuita sigue en pie" in es and "Mándame el enlace de tu web" in es
    de = sample_draft("Hallo Camille, habe deinen Post zum kostenlosen 10-Punkte-SEO-Audit gesehen, gibt es das noch? Hätte "
                      "Interesse für meinen Shop", headline="Inhaber", name="Jonas Weber")
    assert "das kostenlose Audit gibt es noch" in de and "Organisation" not in de
    it = sample_draft("Ciao, ho visto il tuo post sull'audit SEO gratuito in 10 punti, è ancora valido? Mi interessa per il mio negozio",
                      headline="Titolare", name="Marco Rossi")
    assert "l'audit gratuito è ancora valido" in it and "organizzazione" not in it
    pt = sample_draft("Olá Camille, vi o seu post sobre a auditoria SEO gratuita em 10 pontos, ainda está disponível? Tenho "
                      "interesse para a minha loja", headline="Fundador", name="João Silva")
    assert "a auditoria gratuita continua disponível: envie-me o link" in pt
    nl = sample_draft("Hoi Camille, je post over de gratis SEO-audit in 10 punten gezien, loopt die nog? Ik heb interesse voor "
                      "mijn webshop", headline="Eigenaar", name="Daan Visser")
    assert "de gratis audit loopt nog" in nl and "organisatie" not in nl


def test_free_audit_for_a_nonprofit_keeps_the_holding_line() -> None:
    # 142 I fr_en note-41 (must-not-change neighbour): who qualifies is not in her settings, so no yes is promised
    en = sample_draft("Hi Camille, saw your post about free SEO audits for nonprofits. I volunteer for an animal shelter in "
                      "Bristol, are you still offering those?", headline="Volunteer", name="Sam Peters")
    assert "About the free audits" in en and "still on" not in en
    # without the setting, nothing is claimed
    assert quickq.subject_hold("en", "is the free SEO audit still on?", informal=False).startswith("About the free audits")


def test_speaker_call_is_never_thanked_as_a_tip() -> None:
    # 142 I fr_en note-34 (draft_review158): "Thanks for the tip" to an organiser's speaker invitation
    en = sample_draft("Hello Camille, I'm organising BrightonSEO's autumn edition and we're looking for speakers on international "
                      "SEO. Would you be interested in submitting a talk? Deadline is 15 May.",
                      headline="Speaker Relations, BrightonSEO", name="Chloe Smith")
    assert "Thanks for the tip" not in en
    assert "I'll seriously consider submitting a proposal before the call for papers closes on 15 May." in en
    fr = sample_draft("Bonjour Camille, j'organise le SEO Camp de Lyon et nous cherchons des intervenants sur le SEO local. "
                      "L'appel à communications ferme le 15 mai. Seriez-vous intéressée pour proposer un sujet ?",
                      headline="Organisatrice, SEO Camp", name="Claire Dubois")
    assert "Merci pour l'information" not in fr and "Je vais sérieusement réfléchir à soumettre" in fr


def test_sender_role_programmleitung_is_no_programme_offered() -> None:
    # 142 I de_nl note-9 (draft_review159): "Programmleitung" in the signature read as "das Programm" offered
    de = sample_draft("Sehr geehrte Frau Laurent, für die OMK 2025 in Köln suchen wir noch Speaker:innen zum Thema Content-Strategie. "
                      "Dürfen wir Ihnen die Details zusenden? Mit freundlichen Grüßen, Frank Albers, Programmleitung",
                      headline="Programmleitung OMK Konferenz", name="Frank Albers")
    assert "schicken Sie mir die Details" in de and "das Programm" not in de
    # must-not-change neighbour: a programme really offered is still asked for
    du = sample_draft("Hallo Camille, für die OMK 2025 suchen wir noch Speaker zum Thema Content. Dürfen wir dir das Programm zusenden?",
                      headline="Orga OMK", name="Lena Koch")
    assert "schick mir das Programm" in du


def test_thesis_thanks_never_doubles_over_in_dutch() -> None:
    # 142 I de_nl note-40 (draft_review159): "je bericht over je scriptie over SEO"
    je = sample_draft("Hoi Camille, ik schrijf mijn scriptie over SEO voor mkb-bedrijven. Mag ik je een paar vragen stellen via "
                      "mail? Duurt max 15 minuten. Dank! Eva", headline="Masterstudent Marketing, UvA", name="Eva de Vries")
    assert "over je scriptie over" not in je and "veel succes met je scriptie over SEO voor mkb-bedrijven!" in je
    u = sample_draft("Goedemiddag mevrouw Laurent, ik schrijf mijn scriptie over contentstrategie voor webshops. Zou ik u per "
                     "mail enkele vragen mogen stellen? Met vriendelijke groet, Daan", headline="Student", name="Daan Bakker")
    assert "veel succes met uw scriptie over contentstrategie voor webshops." in u


def test_italian_ci_stai_gets_ci_sto_volentieri() -> None:
    # 142 I es_pt_it note-50 (draft_review158): "Molto volentieri per l'intervista di 30 minuti!"
    it = sample_draft('Ciao Camille! Conduco il podcast "Marketing da bar" e mi piacerebbe tanto intervistarti su SEO e piccoli '
                      "business. Registriamo online, circa 30 min. Ci stai?", headline="Host di Marketing da bar", name="Luca Bianchi")
    assert "Ci sto volentieri" in it and "30 minuti vanno benissimo" in it and "per l'intervista di 30 minuti" not in it
    # must-not-change neighbour: a thesis still gets the hand and the minutes
    tesi = sample_draft("Ciao Camille, sto scrivendo la tesi sulla SEO locale. Posso farti qualche domanda? 20 minuti al massimo",
                        headline="Studentessa", name="Giulia Neri")
    assert "Ti dedico volentieri 20 minuti per la tesi!" in tesi
