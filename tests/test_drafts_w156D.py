"""Wave 156 D: questions and offers that the drafts ignored.

- A very formal French letter ("Chère Madame, … Respectueusement") is answered "Cher Monsieur," in kind, and its
  question on the acquisition strategy after the end of third-party cookies gets her cookie answer instead of a call.
- A traffic drop after a Google update, with "prune old articles or wait?", gets the update answer (improve the content rather
  than delete it or just wait), never the routine for refreshing old articles or the "is a blog worth it" answer.
- A peer offering to explore referrals ("I get asks for social ads I don't cover") gets the mutual-referral reply,
  not a bare thank-you.
- A founder of a small clothing brand asking where to start gets her free first steps, not a promise of tips.
"""
from drafting import sample_draft


def _body(text: str) -> str:
    return text.split("\n", 1)[1]


def test_formal_cookie_question_answered_and_mirrored_fr():
    note = ("Chère Madame,\nJ'ai lu avec intérêt votre publication sur la fin des cookies tiers. Je suis responsable "
            "communication d'une mutuelle et m'interroge : faut-il déjà revoir notre stratégie d'acquisition ? "
            "Respectueusement,\nF. Delmas")
    d = sample_draft(note, "", "François Delmas")
    assert d.startswith("Cher Monsieur,")
    assert "Safari" in d and "On en parle" not in d and "téléphone" not in d


def test_strategy_after_cookies_answered_other_languages():
    en = sample_draft("Dear Ms Laurent, I read your article on the end of third-party cookies with interest. Should we "
                      "already rethink our acquisition strategy? Respectfully, J. Hale", "", "James Hale")
    assert "Safari" in en and "first-party" not in en.split("\n")[0]
    de = sample_draft("Sehr geehrte Frau Laurent, ich habe Ihren Beitrag zum Ende der Drittanbieter-Cookies gelesen. "
                      "Sollten wir unsere Marketingstrategie schon jetzt anpassen? Hochachtungsvoll, K. Berger", "", "Klaus Berger")
    assert "Safari" in de and "telefonieren" not in de


def test_informal_chere_first_name_keeps_its_greeting():
    d = sample_draft("Chère Camille, merci pour ton post sur les cookies tiers ! Faut-il revoir notre stratégie ? Bises, Julie",
                     "", "Julie Moreau")
    assert d.startswith("Chère Julie,")


def test_traffic_drop_prune_or_wait_en():
    note = ("Hi Camille, saw your post on Google's March core update. Quick question: our blog traffic dropped 40% since - "
            "is it worth pruning old articles or should we wait it out?\nCheers, Nick")
    d = sample_draft(note, "", "Nick Palmer")
    assert "rather than delete it or just wait" in d and "twice a year" not in d


def test_traffic_drop_prune_or_wait_fr_es():
    fr = sample_draft("Bonjour Camille, j'ai lu ton post sur la core update de mars. Depuis, le trafic de notre blog a chuté "
                      "de 40 % : ça vaut le coup de supprimer de vieux articles ou on attend ?", "", "Léa Girard")
    assert "plutôt que le supprimer ou attendre" in fr and "Un blog vaut le coup" not in fr
    es = sample_draft("Hola Camille, vi tu post sobre la core update de marzo. Desde entonces el tráfico del blog ha caído un "
                      "40 %: ¿vale la pena borrar artículos antiguos o esperamos?", "", "Pablo Ruiz")
    assert "en vez de borrarlo o esperar" in es


def test_old_articles_refresh_without_drop_keeps_its_answer():
    d = sample_draft("Hi Camille, how often do you update old blog articles, and how do you pick which ones?", "", "Emma Stone")
    assert "twice a year" in d


def test_referral_offer_answered_en():
    note = ("Hi Camille, I'm an SEO consultant in Berlin. Would be interested in exploring referrals - I often get asks "
            "for social ads I don't cover. Let me know if you're open to it.")
    d = sample_draft(note, "Freelance SEO Consultant | Berlin", "Lukas Weber")
    body = _body(d)
    assert "each other" in body and len(body.split("\n")) > 4


def test_referral_offer_answered_other_senders():
    en = sample_draft("Hey Camille, content strategist here in Manchester. Open to setting up referrals? Clients keep asking "
                      "me for paid social and I don't do it.", "", "Olivia Price")
    assert "each other" in en
    es = sample_draft("Hola Camille, soy consultor SEO en Valencia. Me piden a menudo anuncios en redes que no hago. "
                      "¿Te interesaría explorar referidos?", "", "Javier Soto")
    assert "mutuamente" in es


def test_founder_where_to_start_gets_a_first_step_de_nl():
    de = sample_draft("Guten Tag Frau Laurent, ich bin Gründer eines kleinen Start-ups für nachhaltige Kinderkleidung. Wir "
                      "haben kaum Budget, aber großen Bedarf an Marketing-Know-how. Haben Sie Tipps, wo man als Gründer am "
                      "besten anfängt? MfG Daniel Koch", "", "Daniel Koch")
    assert "was nichts kostet" in de and "hier schriftlich" not in de
    nl = sample_draft("Beste mevrouw Laurent, ik ben oprichter van een kleine start-up in duurzame babykleding. We hebben "
                      "weinig budget maar veel behoefte aan marketingkennis. Heeft u tips waar je als founder het beste kunt "
                      "beginnen? Mvg, Ruben Smits", "", "Ruben Smits")
    assert "wat niets kost" in nl and "liever hebt" not in nl
    de2 = sample_draft("Hallo Camille, ich habe gerade ein kleines Label für Babykleidung gegründet, Budget ist knapp. "
                       "Womit sollte ich beim Marketing anfangen? LG Jana", "", "Jana Vogel")
    assert "nichts kostet" in de2
