"""Wave 155, group Q: a trainer sought to run a workshop at the sender's network or event ("wij zoeken voor ons
MKB-netwerk een trainer voor een workshop SEO in het najaar") is an invitation to run a session, never a client wanting
SEO help: the reply thanks for the workshop on its subject and season, says yes with her delivery languages (French or
English) and asks only what is still open; the subject and season given are never asked again. A trainer sought for the
sender's own team stays a client's training request."""

from drafting import sample_draft


def _body(draft: str) -> str:
    return draft.split("\n", 2)[2]


def test_trainer_for_network_workshop_is_a_session_invitation():
    notes = [
        ("Geachte mevrouw Laurent, via de heer Pieter Janssen (Rabobank) kreeg ik uw naam. Wij zoeken voor ons MKB-netwerk "
         "een trainer voor een workshop SEO in het najaar. Zou u daarvoor openstaan? Met vriendelijke groet, Ingrid Bakker",
         "", "Ingrid Bakker", ("workshop over SEO", "najaar", "Engels"), ("onderwerp", "Ik help u graag")),
        ("Goedemiddag, voor onze ondernemersclub in Utrecht zoeken we een trainer voor een workshop social media in het voorjaar. "
         "Heeft u daar interesse in?", "Voorzitter", "Kees Smit", ("workshop", "voorjaar", "Engels"), ("Ik help u graag",)),
        ("Guten Tag Frau Laurent, wir suchen für unser Unternehmernetzwerk eine Trainerin für einen SEO-Workshop im Herbst. "
         "Wären Sie offen dafür?", "", "Petra Klein", ("Workshop", "Herbst", "Englisch"), ("Woran arbeiten Sie",)),
        ("Buongiorno, cerchiamo un formatore per un workshop SEO in autunno per la nostra rete di imprese. Sarebbe disponibile?",
         "", "Marco Rossi", ("workshop", "SEO", "autunno", "inglese"), ("il tema",)),
    ]
    for note, headline, name, present, absent in notes:
        body = _body(sample_draft(note, headline, name))
        for word in present:
            assert word in body, (word, body)
        for word in absent:
            assert word not in body, (word, body)


def test_season_given_for_an_english_workshop_reads_plainly():
    body = _body(sample_draft("Hello Camille, our SME network is looking for a trainer to run an SEO workshop this autumn. "
                              "Would you be open to it?", "", "Mark Allen"))
    assert "this autumn" in body and "on this autumn" not in body, body


def test_trainer_for_own_team_stays_a_client_request():
    # neighbour: a workshop for the sender's own team is her training bought, never a speaker's slot at an event
    body = _body(sample_draft("Hoi Camille, we zoeken een trainer voor een workshop SEO voor ons marketingteam van 6 mensen. "
                              "Doe je zoiets?", "Marketing manager", "Sanne de Boer"))
    assert "dacht voor een workshop" not in body, body
    assert "Spreker" not in body, body
