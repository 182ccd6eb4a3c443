"""Wave 151, group R: her template asked for from a post, or an e-book whose link broke asked again, is sent here in every
language, never a budget question nor a call."""

from __future__ import annotations

from drafting import sample_draft


def test_template_from_her_post_is_sent_in_german_and_dutch() -> None:
    # 176 de_nl note-20: "Template für Redaktionspläne … Kannst du mir das schicken?" answered "erzähl mir von deinem Budget"
    de = sample_draft("Hallo Camille, kurze Frage: Du hast in deinem Post erwähnt dass du ein Template für Redaktionspläne hast. "
                      "Kannst du mir das schicken? Wäre mega! 🙏 Danke und LG, Sarah", name="Sarah Klein")
    assert "Ich schicke dir die Vorlage hier" in de and "Budget" not in de
    # 176 de_nl note-42: "een template voor een contentkalender. Kun je me die sturen?"
    nl = sample_draft("Hoi Camille, snelle vraag: in je post had je het over een template voor een contentkalender. Kun je me "
                      "die sturen? Zou super zijn 🙏 Dankjewel! Groetjes, Fleur", name="Fleur Jansen")
    assert "ik stuur je de template hier" in nl and "budget" not in nl
    # 176 de_nl note-20, Sie and u registers
    sie = sample_draft("Sehr geehrte Frau Laurent, Sie erwähnten in Ihrem Beitrag eine Vorlage für Redaktionspläne. Könnten Sie "
                       "mir diese schicken? Mit freundlichen Grüßen, Anna Berg", name="Anna Berg")
    assert "Ich schicke Ihnen die Vorlage hier" in sie
    u = sample_draft("Goedendag mevrouw Laurent, in uw post noemde u een sjabloon voor een contentkalender. Kunt u mij dat "
                     "sturen? Met vriendelijke groet, Joost Bakker", name="Joost Bakker")
    assert "ik stuur u de template hier" in u


def test_template_from_her_post_is_sent_in_other_languages() -> None:
    # 176 de_nl note-20, the same ask in en, fr, es, it, pt
    en = sample_draft("Hi Camille, quick question: in your post you mentioned a content calendar template. Could you send it "
                      "to me? Thanks! Sarah", name="Sarah Klein")
    assert "I'll send you the template here" in en and "call" not in en
    fr = sample_draft("Bonjour Camille, petite question : dans ton post tu parlais d'un modèle de calendrier éditorial. Tu peux "
                      "me l'envoyer ? Merci ! Sarah", name="Sarah Klein")
    assert "je t'envoie le modèle ici" in fr and "budget" not in fr
    es = sample_draft("Hola Camille, una pregunta rápida: en tu post hablabas de una plantilla de calendario editorial. ¿Me la "
                      "puedes enviar? ¡Gracias! Lucía", name="Lucía Gómez")
    assert "Te envío la plantilla por aquí" in es
    it = sample_draft("Ciao Camille, domanda veloce: nel tuo post parlavi di un modello di calendario editoriale. Me lo puoi "
                      "mandare? Grazie! Giulia", name="Giulia Rossi")
    assert "ti mando il modello qui" in it
    pt = sample_draft("Olá Camille, no teu post falaste de um modelo de calendário editorial. Podes enviar-mo? Obrigada! Inês",
                      name="Inês Costa")
    assert "envio-te o modelo por aqui" in pt


def test_broken_ebook_link_is_sent_again_not_a_call() -> None:
    # 177 de_nl note-42: "de link in de mail werkt niet meer. Kunt u mij die opnieuw sturen?" answered with a call
    nl = sample_draft("Goedendag mevrouw Laurent, ik heb uw e-book over social ads gedownload maar de link in de mail werkt "
                      "niet meer. Kunt u mij die opnieuw sturen? Vriendelijke groet, Gerrit Dekker", name="Gerrit Dekker")
    assert "ik stuur u de link hier" in nl and "bellen" not in nl
    de = sample_draft("Guten Tag Frau Laurent, ich habe Ihr E-Book über Social Ads heruntergeladen, aber der Link in der Mail "
                      "funktioniert nicht mehr. Könnten Sie mir den erneut schicken? Viele Grüße, Jens Vogt", name="Jens Vogt")
    assert "Ich schicke Ihnen den Link hier" in de
    fr = sample_draft("Bonjour Madame Laurent, j'ai téléchargé votre e-book sur les social ads mais le lien dans le mail ne "
                      "marche plus. Pouvez-vous me le renvoyer ? Cordialement, Gérard", name="Gérard Dupont")
    assert "je vous envoie le lien ici" in fr and "budget" not in fr
    en = sample_draft("Hello Ms Laurent, I downloaded your e-book on social ads but the link in the email no longer works. "
                      "Could you send it again? Best, Gerrit", name="Gerrit Dekker")
    assert "I'll send you the link here" in en


def test_slides_of_her_own_webinar_still_sent() -> None:
    # 176 de_nl note-20 neighbour (must not change): her own webinar's slides asked for stay "die Folien"
    de = sample_draft("Hallo Camille, dein Webinar zu SEO war super! Kannst du mir die Folien schicken? LG Tom", name="Tom Bauer")
    assert "die Folien" in de
