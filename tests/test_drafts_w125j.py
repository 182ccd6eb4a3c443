"""Wave 125, group J (round 124 de/nl rewrites): a marketing director seeking an outside specialist for their own social
ads is a client, never a seller declined; an office-chair seller offering to send a quote is a polite no, never her rates;
someone already in performance marketing hears "Google Ads first"; TikTok for a product brand aimed at 35+ gets the age
answer, never a local restaurant's radius alone nor "my clients are in France"."""

from __future__ import annotations

from drafting import sample_draft


def test_director_seeking_an_outside_specialist_for_their_social_ads_is_a_client() -> None:
    # 124 de_nl note-24: "ben ik op zoek naar een externe specialist voor onze social ads in Frankrijk" declined as a pitch
    nl = sample_draft("Geachte mevrouw Laurent,\nAls marketingdirecteur van Van Dijk Reizen ben ik op zoek naar een externe "
                      "specialist voor onze social ads in Frankrijk. Ik zou graag kennismaken.\nMet vriendelijke groet,\nPieter van Dijk",
                      headline="Marketingdirecteur | Van Dijk Reizen", name="Pieter van Dijk")
    assert "geen behoefte" not in nl and "Ik help u graag met uw social ads" in nl and "eerste gesprek van 20 minuten" in nl
    en = sample_draft("Dear Ms Laurent, as marketing director of Blue Travel I'm looking for an external specialist for our social "
                      "ads in France. I'd love to get acquainted. Best regards, Peter", headline="Marketing Director | Blue Travel",
                      name="Peter Hall")
    assert "I would be glad to help with your social ads" in en and "20-minute call" in en
    fr = sample_draft("Bonjour Madame Laurent, en tant que directrice marketing de Voyages Durand, je cherche un consultant externe "
                      "pour nos social ads en France. J'aimerais beaucoup faire votre connaissance. Cordialement, Claire",
                      headline="Directrice marketing | Voyages Durand", name="Claire Durand")
    assert "Ce serait un plaisir de vous accompagner" in fr and "premier appel de 20 minutes" in fr
    de = sample_draft("Sehr geehrte Frau Laurent, als Marketingleiter der Reisen GmbH suche ich einen externen Spezialisten für "
                      "unsere Social Ads in Frankreich. Ich würde Sie gern kennenlernen. Mit freundlichen Grüßen, Peter Braun",
                      headline="Marketingleiter | Reisen GmbH", name="Peter Braun")
    assert "Gern unterstütze ich Sie bei Ihren Social Ads" in de and "keinen Bedarf" not in de
    it = sample_draft("Gentile dott.ssa Laurent, come direttore marketing di Viaggi Rossi cerco un consulente esterno per le nostre "
                      "campagne social in Francia. Mi piacerebbe conoscerla. Cordiali saluti, Marco Rossi",
                      headline="Direttore marketing | Viaggi Rossi", name="Marco Rossi")
    assert "Sarà un piacere aiutarLa" in it and "prima call di 20 minuti" in it
    pt = sample_draft("Cara Camille, como diretor de marketing da Viagens Lima, procuro um especialista externo para as nossas "
                      "campanhas de social ads em França. Gostaria de a conhecer. Cumprimentos, João",
                      headline="Diretor de marketing | Viagens Lima", name="João Lima")
    assert "Terei todo o gosto em ajudar" in pt and "primeira chamada de 20 minutos" in pt


def test_seller_offering_to_send_a_quote_gets_a_polite_no_not_her_rates() -> None:
    # 124 de_nl note-30: "ik verkoop ergonomische bureaustoelen … Mag ik je een offerte sturen?" answered with her rates
    nl = sample_draft("Beste Camille, ik verkoop ergonomische bureaustoelen voor thuiswerkers en wil je graag een proefmodel "
                      "aanbieden. Mag ik je een offerte sturen? Mvg, Kees", headline="Sales Manager | ErgoPlus BV", name="Kees de Boer")
    assert "tarie" not in nl and "bellen" not in nl and "Op dit moment heb ik er geen behoefte aan" in nl
    en = sample_draft("Hi Camille, I sell ergonomic office chairs for people working from home and would love to offer you a trial "
                      "model. May I send you a quote? Best, Kevin", headline="Sales Manager | SitWell", name="Kevin Price")
    assert "It's not something I need right now" in en and "rate" not in en
    fr = sample_draft("Bonjour Camille, je vends des sièges de bureau ergonomiques pour le télétravail et je vous propose un modèle "
                      "à l'essai. Puis-je vous envoyer un devis ? Bien cordialement, Kevin", headline="Commercial | ErgoSiège",
                      name="Kevin Roux")
    assert "Ce n'est pas un besoin pour moi en ce moment" in fr and "tarif" not in fr
    de = sample_draft("Hallo Frau Laurent, ich verkaufe ergonomische Bürostühle fürs Homeoffice und würde Ihnen gern ein Testmodell "
                      "anbieten. Darf ich Ihnen ein Angebot schicken? Viele Grüße, Kai", headline="Vertrieb | ErgoSitz GmbH", name="Kai Berg")
    assert "Im Moment habe ich keinen Bedarf" in de
    pt = sample_draft("Olá Camille, vendo cadeiras de escritório ergonómicas para teletrabalho e gostaria de lhe oferecer um modelo "
                      "de teste. Posso enviar-lhe um orçamento? Cumprimentos, Rui", headline="Comercial | ErgoCadeira", name="Rui Costa")
    assert "Neste momento não é uma necessidade para mim" in pt


def test_a_shop_asking_her_quote_is_still_a_client() -> None:
    # a quote asked OF her ("Kun je me een offerte sturen?") stays a client's question, answered with a call and her rates
    nl = sample_draft("Beste Camille, ik heb een webshop in kaarsen en wil mijn SEO verbeteren. Kun je me een offerte sturen? "
                      "Groet, Kees", name="Kees de Boer")
    assert "Ik help je graag met SEO" in nl and "voorstel met mijn tarieven" in nl


def test_someone_in_performance_marketing_hears_google_ads_first() -> None:
    # 124 de_nl note-10: a junior in performance marketing asking "google ads? hubspot?" got only the generalist path
    de = sample_draft("hallo camille, bin junior im performance marketing (seit 6 monaten) und würde gern wissen, welche zertifikate "
                      "du für den einstieg empfehlen würdest. google ads? hubspot? danke dir!! lukas",
                      headline="Junior Performance Marketing Manager @ Klickwerk", name="Lukas Schmitt")
    assert "außer im Performance Marketing: dort zuerst Google Ads." in de
    en = sample_draft("Hi Camille, I've been working in performance marketing for 6 months as a junior. Which certification would "
                      "you recommend first: Google Ads or HubSpot? Thanks, Luke", name="Luke Grant")
    assert "For performance roles, take it first." in en
    fr = sample_draft("Bonjour Camille, je suis chargé d'acquisition junior en performance marketing depuis 6 mois. Quelle "
                      "certification me conseilleriez-vous : Google Ads ou HubSpot ? Merci, Lucas", name="Lucas Petit")
    assert "sauf pour l'acquisition payante : là, Google Ads d'abord." in fr
    nl = sample_draft("Hoi Camille, ik werk sinds een half jaar als junior performance marketeer. Welke certificering raad je aan: "
                      "Google Ads of HubSpot? Dank je! Luuk", name="Luuk Jansen")
    assert "behalve voor performance marketing: dan eerst Google Ads." in nl


def test_tiktok_for_a_tea_brand_aimed_at_35_plus_gets_the_age_answer() -> None:
    # 124 de_nl note-31: "werkt dat ook in NL of is de doelgroep daar te jong? wij verkopen theeblends (doelgroep 35+)"
    nl = sample_draft("hoi camille, las je post over TikTok ads voor kleine merken. werkt dat ook in NL of is de doelgroep daar te "
                      "jong? wij verkopen theeblends (doelgroep 35+). dankje! Fleur", headline="Founder @ Theetuin", name="Fleur Hendriks")
    assert "veel gebruikers zijn ouder dan 35" in nl and "op leeftijd voor een merk" in nl and "gerechten" not in nl
    en = sample_draft("Hi Camille, read your post on TikTok ads for small brands. Does it work in the UK or is the audience too "
                      "young? We sell tea blends (target 35+). Thanks! Fran", headline="Founder @ TeaGarden", name="Fran Hill")
    assert "My clients are in France" not in en and "many users are over 35" in en and "targeted by age for a brand" in en
    de = sample_draft("Hallo Camille, habe deinen Beitrag über TikTok Ads für kleine Marken gelesen. Funktioniert das auch in "
                      "Deutschland oder ist die Zielgruppe zu jung? Wir verkaufen Teemischungen (Zielgruppe 35+). Danke! Flora",
                      headline="Gründerin @ Teegarten", name="Flora Weiss")
    assert "viele Nutzer sind über 35" in de and "für eine Marke nach Alter" in de
    fr = sample_draft("Bonjour Camille, j'ai lu ton post sur les pubs TikTok pour les petites marques. Est-ce que ça marche en "
                      "France ou le public est trop jeune ? On vend des mélanges de thé (cible 35+). Merci ! Flore", name="Flore Martin")
    assert "beaucoup d'utilisateurs ont plus de 35 ans" in fr and "ciblée par âge pour une marque" in fr
    es = sample_draft("Hola Camille, leí tu post sobre TikTok Ads para marcas pequeñas. ¿Funciona en España o el público es demasiado "
                      "joven? Vendemos mezclas de té (público 35+). ¡Gracias! Flor", name="Flor Ruiz")
    assert "muchos usuarios pasan de 35 años" in es
    it = sample_draft("Ciao Camille, ho letto il tuo post sulle TikTok Ads per piccoli brand. Funziona anche in Italia o il pubblico "
                      "è troppo giovane? Vendiamo miscele di tè (target 35+). Grazie! Flora", name="Flora Bianchi")
    assert "molti utenti hanno più di 35 anni" in it
    pt = sample_draft("Olá Camille, li o seu post sobre anúncios no TikTok para pequenas marcas. Funciona em Portugal ou o público é "
                      "jovem demais? Vendemos misturas de chá (público 35+). Obrigada! Flor", name="Flor Santos")
    assert "muitos utilizadores têm mais de 35 anos" in pt


def test_clients_abroad_asked_still_get_where_her_clients_are() -> None:
    # her own work abroad asked ("do you work with clients in the UK?") keeps the regions answer
    en = sample_draft("Hi Camille, do you work with clients in the UK? Thanks, Fran", name="Fran Hill")
    assert "My clients are in France, Switzerland, Belgium and Canada" in en and "a client in the UK is quite possible" in en
    nl = sample_draft("Hoi Camille, werk je ook voor klanten in België? Groet, Fleur", name="Fleur Hendriks")
    assert "Ja, ik werk ook met klanten in België" in nl


def test_agency_seeking_freelancers_for_its_clients_is_not_made_a_client() -> None:
    # an agency's "freelancers for our clients" names no marketing of its own after "our": not a client of hers
    en = sample_draft("Hi Camille, we're a growth agency looking for freelance specialists for our clients in France. Any "
                      "availability this spring? Best, Tom", headline="Founder @ GrowthLab", name="Tom Reed")
    assert "I would be glad to help with your" not in en
