"""Wave 134, group D: people who only sat in the same webinar are never "au plaisir de vous recroiser" / "continuing the
conversation"; crossing paths at a fair (a round table there) is no exchange "commencé"; a member of the same network
hears it named back."""

from __future__ import annotations

from drafting import sample_draft


def test_same_webinar_is_no_conversation_to_continue_nor_a_meeting_again() -> None:
    # 142 fr_en note-17: "Au plaisir de vous recroiser !" after an online webinar where they never met
    fr = sample_draft("Bonjour Camille, nous étions ensemble au webinaire de HubSpot sur l'inbound jeudi dernier. Au plaisir d'échanger !",
                      name="Vincent Roy", headline="Consultant CRM")
    assert "recroiser" not in fr and "Au plaisir d'échanger ici !" in fr and "après le webinaire de HubSpot" in fr
    # 142 fr_en note-39: "Looking forward to continuing the conversation!" after the same webinar
    en = sample_draft("Hi Camille, we were both at the HubSpot inbound webinar last Thursday. Would be great to connect!",
                      name="Alex Brown", headline="CRM consultant")
    assert "continuing the conversation" not in en and "Looking forward to swapping ideas here!" in en
    de = sample_draft("Hallo Camille, wir waren beide beim HubSpot-Webinar am Donnerstag. Freue mich auf die Vernetzung!",
                      name="Jonas Weber", headline="CRM-Berater")
    assert "weiteren Austausch" not in de and "Ich freue mich auf den Austausch hier!" in de


def test_crossing_paths_at_a_fair_round_table_is_no_exchange_started() -> None:
    # 142 fr_en note-1: "poursuivre ici l'échange commencé mardi" when they only crossed paths (the round table is a session)
    fr = sample_draft("Bonjour Camille, on s'est croisées au salon E-commerce Lyon mardi, j'étais à la table ronde sur le SEO local. "
                      "Ravie de garder le contact !\nClaire", name="Claire Martin", headline="Responsable e-commerce chez Maison Verdier")
    assert "échange commencé" not in fr and "garder le contact après le salon E-commerce Lyon" in fr
    en = sample_draft("Hi Camille, we crossed paths at the E-commerce Expo in Lyon on Tuesday, I was at the local SEO round table. "
                      "Great to connect!", name="Claire Smith", headline="E-commerce manager")
    assert "chatting" not in en and "conversation" not in en and "Hope to see you at the next one!" in en


def test_a_real_chat_at_the_fair_still_continues_the_conversation() -> None:
    # must-not-change neighbour: a conversation told keeps "great chatting" and "continuing the conversation"
    en = sample_draft("Hi Camille, great chatting with you at the round table on local SEO at the Lyon e-commerce fair on Tuesday!",
                      name="Claire Smith", headline="E-commerce manager")
    assert "great chatting" in en and "Looking forward to continuing the conversation!" in en


def test_a_shared_network_is_named_back_in_every_language() -> None:
    # 143 fr_en note-20: bare "bienvenue dans mon réseau" to a Femmes Entrepreneures member
    fr = sample_draft("Bonjour Camille,\nJe fais partie du réseau Femmes Entrepreneures Rhône-Alpes et je serais ravie d'élargir "
                      "mon réseau avec vous.\nBelle journée,\nMarion Caron", name="Marion Caron")
    assert "entre membres du réseau Femmes Entrepreneures Rhône-Alpes" in fr
    # 143 fr_en note-42: bare thank-you to a Women in Digital Lyon member
    en = sample_draft("Hi Camille, I'm also in the Women in Digital Lyon network and would be happy to connect.\nAll the best,\n"
                      "Jessica Moore", name="Jessica Moore")
    assert "a fellow Women in Digital Lyon member" in en
    de = sample_draft("Hallo Camille, ich bin auch Mitglied im Netzwerk Women in Digital Lyon und würde mich freuen, uns zu vernetzen!",
                      name="Sarah Klein")
    assert "unter Mitgliedern von Women in Digital Lyon" in de
    nl = sample_draft("Hoi Camille, ik zit ook in het netwerk Women in Digital Lyon en wil graag connecten!", name="Eva de Boer")
    assert "iemand van Women in Digital Lyon" in nl


def test_no_network_told_keeps_the_welcome() -> None:
    # must-not-change neighbour: "élargir mon réseau" alone names no shared network
    fr = sample_draft("Bonjour Camille, je travaille dans le digital à Lyon et serais ravie d'élargir mon réseau avec vous.",
                      name="Marion Caron")
    assert "bienvenue dans mon réseau" in fr and "membres" not in fr


def test_ads_that_stopped_converting_are_acknowledged_after_the_audit_yes() -> None:
    # 142 fr_en note-20: "Oui, je réalise des audits !" ignoring "Nos pubs Facebook ne convertissent plus depuis 2 mois"
    fr = sample_draft("Bonjour Camille,\nJe gère une boutique Shopify de déco (CA 200k€). Nos pubs Facebook ne convertissent plus "
                      "depuis 2 mois. Vous faites des audits ponctuels ?\nMerci,\nJulie", name="Julie Petit", headline="Fondatrice - Déco Lumière")
    assert "Oui, je réalise des audits ! Quand des pubs Facebook ne convertissent plus, je regarde d'abord le ciblage" in fr and "premier appel de 20 minutes" in fr
    # 142 fr_en note-42: the same in English with Meta ads
    en = sample_draft("Hi Camille,\nI run a Shopify store selling outdoor gear (~$300k/year). Our Meta ads stopped converting 2 months "
                      "ago. Do you do one-off audits?\nThanks,\nSam", name="Sam Lee", headline="Founder - TrailNest")
    assert "Yes, I do audits! When Meta ads stop converting, I first look at targeting" in en
    de = sample_draft("Hallo Frau Laurent, ich betreibe einen Shopify-Shop. Unsere Facebook-Anzeigen konvertieren seit 2 Monaten "
                      "nicht mehr. Machen Sie einmalige Audits?", name="Anna Keller", headline="Gründerin")
    assert "Wenn Facebook-Anzeigen nicht mehr konvertieren, schaue ich zuerst auf Targeting" in de
    nl = sample_draft("Hoi Camille, ik heb een Shopify-winkel. Onze Facebook-advertenties converteren al 2 maanden niet meer. "
                      "Doe je eenmalige audits?", name="Eva de Boer", headline="Oprichter")
    assert "Als Facebook-advertenties niet meer converteren, kijk ik eerst naar targeting" in nl


def test_an_audit_asked_without_a_problem_keeps_the_plain_yes() -> None:
    # must-not-change neighbour: no stalled ads told, so no line about them
    fr = sample_draft("Bonjour Camille, je gère une boutique Shopify de déco. Vous faites des audits ponctuels ?",
                      name="Julie Petit", headline="Fondatrice")
    assert "Oui, je réalise des audits ! Je vous propose un premier appel de 20 minutes" in fr and "convertissent" not in fr


def test_capacity_in_a_month_asked_by_a_referred_partner_is_answered() -> None:
    # 143 de_nl note-4: "Hätten Sie im Februar Kapazitäten?" left unanswered in the referral reply
    de = sample_draft("Hallo Frau Laurent, Markus Weber von der Agentur Pixelwerk hat mir empfohlen, mich bei Ihnen zu melden. Wir suchen "
                      "eine externe SEO-Beraterin für ein Projekt mit einem E-Commerce-Kunden. Hätten Sie im Februar Kapazitäten? "
                      "Beste Grüße, Anna Keller", name="Anna Keller")
    assert "Im Februar sollte es bei mir grundsätzlich passen." in de and "Markus Weber" in de
    du = sample_draft("Hallo Camille, Markus Weber hat dich empfohlen. Wir suchen eine externe SEO-Beraterin für ein E-Commerce-Projekt. "
                      "Hättest du im Februar Kapazitäten? LG Anna", name="Anna Keller")
    assert "Im Februar sollte es bei mir grundsätzlich passen." in du and "Wann passt es dir?" in du
    # the same question from a French partner was already answered: it must stay so
    fr = sample_draft("Bonjour Camille, Marc Petit m'a recommandé de vous contacter. Nous cherchons une consultante SEO externe pour un "
                      "projet e-commerce. Auriez-vous de la disponibilité en février ?", name="Anne Roux")
    assert "En février, ce devrait être possible de mon côté." in fr
