"""Wave 30, helper A: notes misread — a counterpoint to her post, a free trial of the sender's product."""

from __future__ import annotations

from drafting import draft, sample_draft

from invitriage.drafts.notefacts import extract
from invitriage.drafts.told import disagrees


def test_a_counterpoint_to_her_post_is_welcomed_not_thanked_as_praise() -> None:
    notes = [
        ("Hola Camille, leí tu artículo sobre el SEO local y no estoy de acuerdo con que las reseñas pesen tanto. ¿Lo discutimos?", "es",
         ("réplica", "otra manera"), "tratara próximamente"),
        ("Oi Camille, li seu artigo sobre o fim do SEO e discordo totalmente. Vamos conversar sobre isso?", "pt",
         ("contraponto", "outro jeito"), "gostaria que eu abordasse"),
        ("Ciao Camille, ho letto il tuo post sui Reels e non sono per niente d'accordo sul fatto che siano morti. Ne parliamo?", "it",
         ("punto di vista", "diversamente"), "vorresti che trattassi"),
        ("Hi Camille, read your post on the end of third-party cookies. I respectfully disagree that contextual will replace everything.", "en",
         ("counterpoint", "differently"), "cover next"),
        ("Bonjour Camille, j'ai lu ton post sur le SEO local et je ne suis pas vraiment d'accord avec toi sur les avis Google. On en débat ?", "fr",
         ("désaccord", "autrement"), "aimerais me voir traiter"),
        ("Hallo Camille, ich habe Ihren Beitrag über TikTok Ads gelesen und bin da anderer Meinung. Gerne würde ich darüber diskutieren.", "de",
         ("Gegenposition", "Sicht"), "als Nächstes"),
        ("Hoi Camille, ik las je post over linkbuilding en ben het er eerlijk gezegd niet mee eens. Zullen we erover sparren?", "nl",
         ("tegengeluid", "ertegenaan"), "volgende keer"),
    ]
    for note, lang, wanted, never in notes:
        text = sample_draft(note)
        for w in wanted:
            assert w in text, (lang, text)
        assert never not in text, (lang, text)
    # agreement is no counterpoint
    assert not disagrees("I couldn't agree more with your post on local SEO!")
    assert not disagrees("Je suis tout à fait d'accord avec ton post sur le SEO local.")
    assert "counterpoint" not in draft("Loved your post on local SEO, I completely agree!", "en", "content")


def test_a_free_trial_of_their_product_is_a_pitch() -> None:
    notes = [
        ("Buenas Camille, hemos lanzado una app que programa publicaciones en redes. ¿Te abro una cuenta de prueba?", "es", "no lo necesito"),
        ("Buongiorno Camille, ho creato un'app che pianifica i post social in automatico. Le andrebbe una prova gratuita di 30 giorni?", "it", "non ne ho bisogno"),
        ("Hallo Camille, wir haben ein KI-Tool für SEO-Texte entwickelt. Darf ich Ihnen einen kostenlosen Testzugang schicken?", "de", "keinen Bedarf"),
        ("Hoi Camille, ik werk aan een tool voor social media planning. Zin in een gratis proefaccount?", "nl", "geen behoefte"),
        ("Bonjour Camille, je développe un outil d'analyse de mots-clés. Je peux t'ouvrir un accès d'essai gratuit ?", "fr", "pas un besoin"),
    ]
    for note, lang, decline in notes:
        facts = extract(note, lang, "sales_pitch")
        assert facts.pitch, (lang, note)
        text = sample_draft(note)
        assert decline in text, (lang, text)
        assert "minut" not in text, (lang, text)  # no call with a seller
    # a trial of HER course asked about is no pitch
    assert not extract("Ciao Camille, c'è una prova gratuita del tuo corso?", "it", "ask_for_help").pitch


def test_a_former_classmate_who_suggests_collaborating_is_answered_as_a_peer() -> None:
    notes = [
        ("Camille, ¿cómo estás? Hicimos juntas el máster de marketing digital en ESIC. Ahora trabajo por mi cuenta en Bilbao, ¿colaboramos en algo?", "es",
         ("tienes en mente",), ("usted", "Le apetece", "café")),
        ("Camille, come va? Eravamo compagni di corso al master di Talent Garden. Ora sono freelance a Napoli, magari potremmo collaborare!", "it",
         ("hai in mente",), ("Buongiorno", "Le andrebbero", "La ringrazio")),
        ("Camille, tudo bem? Fizemos juntas o curso de SEO na Escola de Marketing. Agora sou freelancer em Braga, podíamos colaborar num projeto!", "pt",
         ("em mente",), ("Cumprimentos",)),
        ("Hoi Camille, hoe gaat het? We zaten samen in de cursus contentmarketing. Ik ben nu zzp'er in Gent, misschien kunnen we samenwerken?", "nl",
         ("wat voor projecten",), ("u ",)),
    ]
    for note, lang, wanted, never in notes:
        text = sample_draft(note, name="Sam Lee")
        for w in wanted:
            assert w in text, (lang, text)
        for w in never:
            assert w not in text, (lang, text)
