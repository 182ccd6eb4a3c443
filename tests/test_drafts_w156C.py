"""Wave 156, group C: German and Dutch misreads. A coffee planned for a month ("freu mich auf den Kaffee im Januar") is
never read as when they met, and its days are asked in that month, never "in the next two weeks"; a student asking to
be referred for an internship ("kunt u mij ergens naar doorverwijzen?") is a job seeker, never a partnership; a GA4
course weighed against an ads channel's gets "GA4 first", never Google Ads vs Meta Blueprint; an experienced job
seeker's CV tips never give an SEO & Ads headline to a content marketer nor a gap line to someone who told no gap."""

from drafting import sample_draft


def _body(draft: str) -> str:
    return draft.split("\n", 2)[2]


def test_coffee_month_is_the_coffee_not_the_meeting() -> None:
    # 156 C de_nl note-20 / note-42 (round 191): "nach unserem Gespräch im Januar" and "in den nächsten zwei Wochen"
    de = sample_draft("Hallo Camille, schön dich beim Lyon Digital Meetup wiedergesehen zu haben! Wie besprochen schick ich dir "
                      "hier die Anfrage. Freu mich auf den Kaffee im Januar ☕ Sebastian", name="Sebastian Krüger")
    assert "Gespräch im Januar" not in de and "nächsten zwei Wochen" not in de, de
    assert "im Januar" in de and "Lyon Digital Meetup" in de, de
    nl = sample_draft("Hoi Camille, leuk je weer te zien op de Lyon Digital Meetup! Zoals besproken hierbij mijn connectieverzoek. "
                      "Kijk uit naar de koffie in januari ☕ Groet, Joost", name="Joost van Leeuwen")
    assert "gesprek in januari" not in nl and "komende twee weken" not in nl, nl
    assert "in januari" in nl, nl
    # notes of our own: another month, another event
    de2 = sample_draft("Hi Camille, war schön, dich beim Growth Barcamp in Lyon wiederzusehen! Wie versprochen die Anfrage hier. "
                       "Freu mich auf den Kaffee im März. Lea", name="Lea Vogel")
    assert "Gespräch im März" not in de2 and "nächsten zwei Wochen" not in de2 and "im März" in de2, de2
    nl2 = sample_draft("Hoi Camille, fijn je te spreken op het SEO-ontbijt in Lyon! Ik kijk uit naar onze koffie in maart. "
                       "Groet, Sanne", name="Sanne Bakker")
    assert "gesprek in maart" not in nl2 and "komende twee weken" not in nl2 and "in maart" in nl2, nl2
    en = sample_draft("Hi Camille, lovely to see you again at the Lyon Growth Meetup! Looking forward to our coffee in March. Tom",
                      name="Tom Baker")
    assert "in March at" not in en and "next two weeks" not in en and "in March?" in en, en


def test_month_of_the_meeting_itself_stays() -> None:
    # neighbour: a meeting told with its month keeps it
    de = sample_draft("Hallo Camille, wir haben uns im Januar beim Lyon Digital Meetup unterhalten. Freue mich, in Kontakt zu "
                      "bleiben! Tom", name="Tom Berger")
    assert "im Januar" in de, de


def test_internship_referral_ask_is_a_job_seeker_not_a_partnership() -> None:
    # 156 C de_nl note-25 (round 191): "uw voorstel om samen te werken" to a student seeking an internship
    nl = sample_draft("Geachte mevrouw Laurent,\nIk studeer Communicatie aan de Hogeschool Utrecht en zoek vanaf februari een "
                      "stageplek (5 maanden) in digitale marketing. Heeft u mogelijk plek of kunt u mij ergens naar "
                      "doorverwijzen?\nMet vriendelijke groet,\nLisa van den Berg", name="Lisa van den Berg")
    assert "samen te werken" not in nl and "voorstel" not in nl, nl
    assert "stage" in nl, nl
    nl2 = sample_draft("Hoi Camille, ik studeer marketing in Groningen en zoek vanaf september een stageplek van 6 maanden. "
                       "Heb jij plek, of kun je me doorverwijzen naar iemand?", name="Bram de Wit")
    assert "samen te werken" not in nl2 and "stage" in nl2, nl2
    # neighbour: peers passing clients to each other stay a partnership
    peer = sample_draft("Hoi Camille, ik ben SEO-specialist in Utrecht. Zullen we elkaar klanten doorverwijzen? Ik krijg vaak "
                        "vragen over social ads.", name="Eva de Vries")
    assert "samen te werken" in peer or "door te sturen" in peer, peer


def test_ga4_or_ads_course_gets_ga4_first() -> None:
    # 156 C de_nl note-28 (round 191): "GA4 of Meta Ads?" answered with Google Ads vs Meta Blueprint
    nl = _body(sample_draft("Hoi Camille, korte vraag: ik ben junior marketeer en twijfel tussen een cursus Google Analytics 4 "
                            "of eentje over Meta Ads. Wat zou jij als eerste doen? Bedankt alvast! Thijs", name="Thijs Mulder"))
    assert "Ik zou eerst Google Analytics (GA4)" in nl and "zoekcampagnes" not in nl, nl
    de = _body(sample_draft("Hallo Camille, ich bin Junior-Marketerin und schwanke zwischen einem Kurs zu GA4 oder einem zu "
                            "Meta Ads. Was würdest du zuerst machen?", name="Eva Smit"))
    assert "zuerst Google Analytics (GA4)" in de, de
    en = _body(sample_draft("Hi Camille, junior marketer here. Torn between a Google Analytics course and one on Meta Ads. "
                            "Which would you do first?", name="Eva Smit"))
    assert "Google Analytics (GA4) first" in en and "small budget" not in en, en
    # neighbours: a course for the Meta ads one runs, and a course besides Google Ads, keep their answers
    meta = _body(sample_draft("Ik werk sinds kort als junior marketeer en doe nu onze Meta Ads. Welke cursus raad je aan?",
                              name="Eva Smit"))
    assert "Meta Blueprint" in meta and "GA4" not in meta, meta
    besides = _body(sample_draft("Hey, ik werk sinds kort als junior SEA-specialist. Welke cursus of certificering zou jij "
                                 "aanraden naast Google Ads?", name="Eva Smit"))
    assert "Google Analytics (GA4)" in besides, besides


def test_cv_tips_fit_a_content_marketer_without_a_gap() -> None:
    # 156 C de_nl note-32 (round 191): "('Digital marketing | SEO & Ads')" and "Een pauze of overstap" to a content marketer
    nl = _body(sample_draft("Hallo Camille, ik zoek sinds kort een nieuwe baan als contentmarketeer (3 jaar ervaring, regio "
                            "Rotterdam, ook remote). Ik zou het fijn vinden om te connecten en eventueel tips te krijgen. "
                            "Groeten, Yasmina El Amrani", name="Yasmina El Amrani"))
    assert "SEO & Ads" not in nl and "pauze" not in nl, nl
    assert "drie resultaten met cijfers" in nl, nl
    de = _body(sample_draft("Hallo Camille, ich suche seit kurzem eine neue Stelle als Content-Managerin (4 Jahre Erfahrung, "
                            "Raum Köln, gern remote). Würde mich über Tipps freuen!", name="Eva Smit"))
    assert "SEO & Ads" not in de and "Pause" not in de and "drei Ergebnisse" in de, de
    # neighbour: back after parental leave keeps the gap line and the generalist example
    back = _body(sample_draft("Hallo Camille, ich bin nach meiner Elternzeit auf Jobsuche (vorher 6 J. Online-Marketing). "
                              "Hast du Tipps?", name="Eva Smit"))
    assert "Eine Pause oder ein Wechsel braucht nur einen Satz" in back, back
