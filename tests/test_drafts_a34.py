"""Wave 34, helper A: an either/or between a blog and a social channel is answered about the two channels asked,
and the shop named before the question's verb never takes that verb along."""

from drafting import sample_draft


def test_blog_or_channel_answers_the_channel_asked() -> None:
    notes = [
        ("¿Para mi tiendita de velas me conviene más un blog o TikTok? Tengo poco tiempo.", "TikTok"),
        ("Per il mio piccolo shop di tisane meglio aprire un blog o puntare su TikTok?", "TikTok"),
        ("Hi Camille, tiny tea shop here: would you put your few hours into a blog or into TikTok?", "TikTok"),
        ("Hoi Camille, voor mijn kleine webshop in sokken: eerst een blog of toch TikTok?", "TikTok"),
        ("Salut Camille, pour ma petite boutique de savons, un blog ou Facebook pour commencer ?", "Facebook"),
    ]
    for note, channel in notes:
        text = sample_draft(note)
        assert channel in text and "Instagram" not in text, (note, text)


def test_blog_or_reels_is_answered_not_deferred_to_budget() -> None:
    for note in ["Pra minha lojinha de biquínis, vale mais começar com blog ou com Reels?",
                 "Kurze Frage für meinen kleinen Teeladen: lieber Blog oder Reels?",
                 "Para mi pequeña tienda de jabones, ¿blog o reels para empezar?"]:
        text = sample_draft(note)
        assert "Google" in text and "orçamento" not in text and "Budget" not in text and "presupuesto" not in text, (note, text)


def test_shop_before_the_verb_keeps_no_verb() -> None:
    for note in ["Hallo Camille, welche Werbeplattform würdest du für einen kleinen Keramik-Shop empfehlen?",
                 "Hi Camille, which ad platform would you recommend for a small candle shop?"]:
        text = sample_draft(note)
        assert "Empfehlen" not in text and "shop recommend" not in text.lower(), (note, text)


def test_service_lead_asking_do_you_and_budget_gets_yes_and_range() -> None:
    notes = [
        ("Hello Camille, we sell handmade soaps online and need someone for an SEO audit. Is this the kind of work you do, "
         "and what would a ballpark price be?", ("Yes", "€800")),
        ("Hi Camille, my pottery webshop needs an SEO audit. Do you do this type of work and what would the budget look like?",
         ("Yes", "€800")),
        ("Salut Camille, on lance une marque de bougies et on cherche quelqu'un pour un audit SEO. Tu fais ce type de mission ? "
         "Tes tarifs à peu près ?", ("Oui", "800")),
    ]
    for note, wanted in notes:
        text = sample_draft(note)
        assert all(w in text for w in wanted) and "comptez" not in text and "Search Console" not in text, (note, text)


def test_social_audit_priced_by_accounts_not_site() -> None:
    for note, word in [("Hola, mi marca de joyas no despega en Instagram. ¿Haces auditorías de redes sociales? ¿Precio aproximado?", "cuentas"),
                       ("Ciao Camille, il mio shop di candele non vende sui social. Fai un audit dei social? Più o meno quanto costa?", "account"),
                       ("Bonjour Camille, nos comptes Instagram ne décollent pas. Vous faites des audits de réseaux sociaux ? Combien ça coûte à peu près ?", "comptes")]:
        text = sample_draft(note)
        assert word in text and "taille du site" not in text and "tamaño de la web" not in text and "dimensioni del sito" not in text, (note, text)


def test_consulting_asked_with_price_gets_a_yes_first() -> None:
    for note, yes in [("oi camille, minha loja de acessórios gasta muito com anúncio e não vende. vc faz consultoria? quanto você cobra?", "Sim"),
                      ("Hola Camille, mis anuncios en Facebook no venden. ¿Haces asesorías? ¿Cuánto cobras?", "Sí"),
                      ("Hi Camille, do you offer consulting for small e-shops? What do you charge?", "Yes")]:
        text = sample_draft(note)
        body = text.split("\n\n")[1]
        assert body.split("\n")[1].startswith(yes), (note, text)


def test_advantage_plus_on_a_small_budget_gets_the_meta_answer() -> None:
    for note in ["Hoi Camille, werkt Advantage+ een beetje voor een kleine webshop met weinig budget?",
                 "Ciao Camille, le campagne Advantage+ funzionano per un piccolo e-commerce con budget limitato?",
                 "Hallo Camille, funktioniert Advantage+ auch für einen kleinen Shop mit kleinem Budget?"]:
        text = sample_draft(note)
        assert "Advantage+" in text and "Google Ads" not in text, (note, text)
