"""Wave 135, group E: the note's news and hook acknowledged -- "do you remember me?" answered even without its question
mark, "also in English?" in a language she does not work in never implies that language is possible, a peer seeing the
same data gets notes to compare, a piece that sparked a discussion is acknowledged as such."""

from __future__ import annotations

from drafting import sample_draft


def test_remember_me_doubt_without_question_mark_is_answered() -> None:
    # 135 fr_en note-12 (round 145): "je sais pas si tu te souviens de moi (la fille avec le chien)" left unanswered
    fr = sample_draft("coucou Camille ! on etait ensemble a la formation Google Ads chez Cegos en fevrier, je sais pas si tu te "
                      "souviens de moi (la fille avec le chien au zoom lol). Au plaisir !", name="Emma Petit",
                      headline="Social media manager freelance")
    assert "Bien sûr que je me souviens !" in fr
    en = sample_draft("Hi Camille, we were both at the Google Ads training at Cegos in February, not sure if you remember me "
                      "(the one with the dog on zoom). Cheers!", name="Emma Stone")
    assert "Of course I remember!" in en
    es = sample_draft("Hola Camille, estuvimos juntas en la formación de Google Ads en febrero, no sé si te acuerdas de mí. "
                      "¡Un saludo!", name="Lucía Gil")
    assert "¡Claro que me acuerdo!" in es


def test_met_before_without_doubt_is_not_told_she_remembers() -> None:
    # 135 fr_en note-12 neighbour: a plain "we were at the same training" gets no "of course I remember"
    fr = sample_draft("coucou Camille ! on etait ensemble a la formation Google Ads chez Cegos en fevrier. Au plaisir !",
                      name="Emma Petit")
    assert "souviens" not in fr


def test_also_in_english_never_implies_german_or_dutch_is_possible() -> None:
    # 135 de_nl note-16 (round 144): "Bieten Sie Inhouse-Trainings an, auch auf Englisch?" got "auch auf Englisch"
    de = sample_draft("Guten Tag Frau Laurent, als Marketingleiterin eines Mittelständlers (Maschinenbau) suche ich eine Schulung "
                      "in digitalem Marketing für mein 6-köpfiges Team. Bieten Sie Inhouse-Trainings an, auch auf Englisch? "
                      "Freundliche Grüße, Birgit Neumann", name="Birgit Neumann")
    assert "auch auf Englisch" not in de and "auf Englisch oder Französisch" in de
    # 135 de_nl note-38: "Geef je ook trainingen in het Engels?" got "ik geef mijn trainingen ook in het Engels"
    nl = sample_draft("Goedemiddag Camille, als marketingdirecteur van een retailketen (40 winkels) zoek ik een training social "
                      "advertising voor ons team van 8 mensen. Geef je ook trainingen in het Engels, en wat kost zo'n dag "
                      "ongeveer? Met vriendelijke groet, Hans Willems", name="Hans Willems")
    assert "ook in het Engels" not in nl and "in het Engels of het Frans" in nl
    es = sample_draft("Hola Camille, busco una formación en redes sociales para mi equipo de 6 personas. ¿Das formaciones en "
                      "la empresa, también en inglés?", name="Lucía Gil")
    assert "también en inglés" not in es and "en inglés o francés" in es


def test_also_in_english_in_english_keeps_too() -> None:
    # 135 de_nl note-16 neighbour: in English (a language she works in) "in English too" stays as it was
    en = sample_draft("Hi Camille, I'm looking for in-house training in social ads for my team of 6. Do you run in-house "
                      "sessions, in English too?", name="Tom Baker")
    assert "Yes, I run in-house sessions for teams, in English too." in en


def test_peer_seeing_the_same_data_is_invited_to_compare_notes() -> None:
    # 135 fr_en note-38 (round 144): "We're seeing the same thing in our traffic data" got "Anything you'd like me to cover next?"
    en = sample_draft("Hi Camille, loved your post about zero-click searches. We're seeing the same thing in our traffic data. "
                      "Happy to connect!", name="Anna Berg", headline="SEO Manager at Booking.com")
    assert "cover next" not in en and "swap notes" in en
    de = sample_draft("Hallo Camille, toller Beitrag zu Zero-Click-Suchen. Wir sehen genau das Gleiche in unseren Traffic-Daten.",
                      name="Jonas Weber")
    assert "als Nächstes" not in de and "austauschen" in de
    nl = sample_draft("Hoi Camille, mooie post over zero-click zoekopdrachten. Wij zien precies hetzelfde in onze verkeersdata.",
                      name="Sanne Bakker")
    assert "van gedachten te wisselen" in nl


def test_fellow_writer_on_the_same_subject_gets_an_exchange() -> None:
    # 135 fr_en note-17 (round 144): "Je travaille sur le même sujet côté rédaction web" got "quel sujet prochainement ?"
    fr = sample_draft("Bonjour Camille,\nJ'ai beaucoup aimé votre post sur l'avenir du SEO avec l'IA générative. Je travaille sur "
                      "le même sujet côté rédaction web. Au plaisir d'échanger !\nClaire", name="Claire Morel",
                      headline="Rédactrice web SEO freelance")
    assert "prochainement" not in fr and "échanger avec vous" in fr


def test_plain_praise_of_a_post_still_asks_what_next() -> None:
    # 135 fr_en note-38 neighbour: a reader who only liked the post keeps the "cover next" question
    en = sample_draft("Hi Camille, loved your post about zero-click searches. Happy to connect!", name="Tom Baker")
    assert "Anything you'd like me to cover next?" in en


def test_a_post_that_sparked_a_team_discussion_is_acknowledged() -> None:
    # 135 de_nl note-15 (round 144): "hat bei uns im Team eine riesige Diskussion ausgelöst" thanked only for reading
    de = sample_draft("Hallo Camille, dein Post zu 'SEO ist nicht tot' hat bei uns im Team eine riesige Diskussion ausgelöst 😄 "
                      "Würde mich freuen, mehr von dir zu lesen. Grüße aus Wien, Lukas Gruber", name="Lukas Gruber")
    assert "eine so lebhafte Diskussion gab" in de and "gelesen hast" not in de and "als Nächstes" not in de
    fr = sample_draft("Bonjour Camille, votre article sur le Consent Mode a suscité une vraie discussion dans notre équipe.",
                      name="Julie Martin")
    assert "ait lancé le débat chez vous" in fr and "de quel côté vous étiez" in fr
    it = sample_draft("Ciao Camille, il tuo post 'La SEO non è morta' ha acceso una discussione enorme nel mio team 😄",
                      name="Marco Rossi")
    assert "ha acceso la discussione" in it and "da che parte stavi" in it
    nl = sample_draft("Hoi Camille, je post 'SEO is niet dood' heeft bij ons in het team een flinke discussie losgemaakt 😄",
                      name="Sanne Bakker")
    assert "een discussie heeft losgemaakt" in nl


def test_a_post_only_liked_keeps_its_reply() -> None:
    # 135 de_nl note-15 neighbour: a post only liked gets no discussion acknowledged
    de = sample_draft("Hallo Camille, dein Post zu 'SEO ist nicht tot' hat mir sehr gefallen. Würde mich freuen, mehr von dir "
                      "zu lesen.", name="Lukas Gruber")
    assert "Diskussion" not in de and "angesprochen" in de


def test_doubled_leads_are_named_not_a_vague_result() -> None:
    # 135 de_nl note-20 (round 144): "seitdem haben sich unsere Leads verdoppelt" got "Glückwunsch zum Ergebnis – schön …"
    de = sample_draft("Hallo Camille, ich war letztes Jahr in deinem LinkedIn-Ads-Workshop in Genf – seitdem haben sich unsere "
                      "Leads verdoppelt! Wollte einfach Danke sagen und in Kontakt bleiben. Herzliche Grüße, Martin Keller",
                      name="Martin Keller")
    assert "Doppelt so viele Leads" in de and "Glückwunsch zum Ergebnis" not in de and de.count("schön") == 1
    en = sample_draft("Hi Camille, I attended your LinkedIn Ads workshop in Geneva last year, and since then we've doubled our "
                      "leads! Just wanted to say thanks and stay in touch.", name="Tom Baker")
    assert "Twice as many leads" in en
    fr = sample_draft("Bonjour Camille, j'ai suivi votre atelier LinkedIn Ads à Genève l'an dernier, depuis nous avons doublé "
                      "nos leads ! Merci et au plaisir de rester en contact.", name="Julie Martin")
    assert "Deux fois plus de leads" in fr
    it = sample_draft("Ciao Camille, ero al tuo workshop LinkedIn Ads a Ginevra l'anno scorso e da allora abbiamo raddoppiato i "
                      "lead! Grazie!", name="Marco Rossi")
    assert "Il doppio dei lead" in it


def test_partner_clients_in_two_markets_are_both_named() -> None:
    # 135 es_pt_it note-17 (round 144): "clientes franceses y españoles" narrowed to "clientes franceses", "colaborar" twice
    es = sample_draft("Hola Camille, ¿te interesaría colaborar? Tengo una agencia de influencers y podríamos combinar nuestras "
                      "ofertas para clientes franceses y españoles. Hablamos?", name="Marcos Ruiz", headline="Co-founder en InfluHub")
    assert "clientes franceses y españoles" in es and es.count("colabor") == 1
    fr = sample_draft("Bonjour Camille, une collaboration vous intéresserait ? J'ai une agence d'influence et nous pourrions "
                      "combiner nos offres pour des clients français et belges. On en parle ?", name="Julie Martin")
    assert "clients français et belges" in fr
    it = sample_draft("Ciao Camille, ti interesserebbe collaborare? Ho un'agenzia di influencer e potremmo unire le nostre offerte "
                      "per clienti francesi e tedeschi. Ne parliamo?", name="Marco Rossi")
    assert "clienti francesi e tedeschi" in it
    de = sample_draft("Hallo Camille, hättest du Interesse an einer Zusammenarbeit? Ich habe eine Influencer-Agentur und wir "
                      "könnten unsere Angebote für Kunden in Frankreich und Spanien kombinieren. Sollen wir reden?", name="Jonas Weber")
    assert "Kunden in Frankreich und Spanien" in de


def test_partner_french_clients_only_stay_french() -> None:
    # 135 es_pt_it note-17 neighbour: French clients alone are still said as such, nothing added
    es = sample_draft("Hola Camille, ¿te interesaría colaborar? Tengo una agencia de influencers y podríamos combinar nuestras "
                      "ofertas para clientes franceses. Hablamos?", name="Marcos Ruiz")
    assert "para clientes franceses:" in es


def test_formal_german_call_reads_as_an_offer() -> None:
    # 135 de_nl note-20 (round 145): "Gern vereinbaren wir ein Telefonat" as if the sender had asked for a call
    de = sample_draft("Sehr geehrte Frau Laurent,\nals Head of Marketing bei Zalando Lounge interessiere ich mich für Ihren Ansatz "
                      "zur Content-Strategie. Ich würde mich freuen, Sie in mein Netzwerk aufzunehmen und mich gelegentlich "
                      "auszutauschen.\nMit besten Grüßen\nChristian Hartmann", name="Christian Hartmann",
                      headline="Head of Marketing bei Zalando Lounge")
    assert "Gern vereinbaren wir" not in de and "Gern biete ich Ihnen ein Telefonat von 20 Minuten an" in de


def test_content_liked_in_general_gets_more_than_a_bare_thanks() -> None:
    # 135 de_nl note-17 (round 145): "ich find deine Inhalte mega" got only "danke fürs Vernetzen und für deine Nachricht!"
    de = sample_draft("hi, kennen uns nicht aber ich find deine Inhalte mega. Vernetzen? :)", name="Leon Maier",
                      headline="Student BWL | HS München")
    assert "dass dir meine Inhalte gefallen" in de
    en = sample_draft("hi, we don't know each other but I love your content. Connect? :)", name="Tom Baker", headline="Student")
    assert "enjoy my content" in en


def test_former_trainee_who_founded_an_agency_is_congratulated() -> None:
    # 135 fr_en note-12 (round 144): "j'ai depuis monté ma propre agence !" not congratulated
    fr = sample_draft("Hello Camille, j'ai suivi ta formation « Social Ads » chez Digital Campus l'an dernier, j'ai depuis monté "
                      "ma propre agence ! Je voulais te dire merci et rester en contact 😊", name="Romain Dubois",
                      headline="Fondateur - Agence Kaméléon")
    assert "Bravo pour le lancement de ton agence" in fr
    de = sample_draft("Hallo Camille, ich habe letztes Jahr deine Social-Ads-Schulung besucht und seitdem meine eigene Agentur "
                      "gegründet! Wollte Danke sagen.", name="Jonas Weber")
    assert "Glückwunsch zur eigenen Agentur" in de


def test_former_trainee_without_news_gets_no_congratulations() -> None:
    # 135 fr_en note-12 neighbour: the same thanks without an agency congratulates nothing
    fr = sample_draft("Hello Camille, j'ai suivi ta formation « Social Ads » chez Digital Campus l'an dernier. Je voulais te dire "
                      "merci et rester en contact 😊", name="Romain Dubois")
    assert "Bravo" not in fr and "agence" not in fr
