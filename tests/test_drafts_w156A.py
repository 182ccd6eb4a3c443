"""Wave 156, group A: the note's intent read right. A formal invitation to speak at a summit ("would be honoured if you
would consider speaking on …") is thanked as an invitation, never answered as a client wanting help with their ads; a
formal note that only wishes to follow her posts ("gostaria de acompanhar suas publicações", "me gustaría seguir sus
publicaciones") gets a follower's welcome, never thanks for a "proposta" and a call; a question on which certifications
are worth it, after praise for a post on two channels, is answered on certifications, never with a pick between the
post's two channels; tips on landing a first role or freelance clients are tips, never a choice between the two."""

from drafting import sample_draft


def _body(draft: str) -> str:
    return draft.split("\n", 2)[2]


def test_formal_invitation_to_speak_at_a_summit_is_an_invitation():
    notes = [
        ("Dear Ms Laurent,\nI am organising the European E-commerce Summit in Dublin on 12 June and would be honoured if you "
         "would consider speaking on social ads for SMEs. I look forward to hearing from you.\nYours sincerely,\nMargaret O'Brien",
         "Event Director - EES Dublin", "Margaret O'Brien", "speaker"),
        ("Dear Camille, we are organising the Nordic Marketing Conference in Oslo in September and would be delighted if you "
         "would consider speaking on content strategy. Kind regards, Erik Hansen", "Conference Director", "Erik Hansen", "talk"),
        ("Madame Laurent, nous organisons le Forum du Commerce Connecté à Nantes le 3 octobre et serions ravis si vous pouviez "
         "envisager d'intervenir sur le SEO local. Bien cordialement, Hélène Duval", "Directrice - Forum du Commerce Connecté",
         "Hélène Duval", "intervenir"),
    ]
    for note, headline, name, word in notes:
        body = _body(sample_draft(note, headline, name))
        assert word in body, body
        assert "help with your" not in body and "budget" not in body and "20" not in body, body


def test_a_team_workshop_asked_formally_stays_a_clients_request():
    body = _body(sample_draft("Dear Ms Laurent, I am organising a workshop for my team and would be grateful if you would "
                              "consider a proposal for social ads support. Kind regards", "Marketing Manager", "Paul Green"))
    assert "your team" in body and "call" in body, body


def test_formal_wish_to_follow_her_posts_is_a_followers_hello():
    notes = [
        ("Prezada Sra. Laurent, venho por meio desta solicitar a conexão, pois acompanho seu trabalho em marketing digital e "
         "gostaria de acompanhar suas publicações. Atenciosamente, Marcelo Tavares", "Marcelo Tavares", "publicações"),
        ("Estimada Sra. Laurent, le escribo para solicitar la conexión, ya que me gustaría seguir sus publicaciones sobre "
         "marketing digital. Atentamente, Jorge Medina", "Jorge Medina", "publicaciones"),
    ]
    for note, name, word in notes:
        body = _body(sample_draft(note, "", name))
        assert word in body, body
        assert "proposta" not in body and "propuesta" not in body and "20 min" not in body and "call" not in body, body


def test_certifications_asked_after_a_post_on_two_channels_are_answered():
    notes = [
        ("hey camille! saw your post about linkedin ads vs meta ads, super helpful. i'm a comms student in Dublin, any tips "
         "on which certifications are worth it?? thx", "Communications student @ DCU", "Conor Walsh", "Meta Blueprint"),
        ("Salut Camille, j'ai lu ton post Google Ads vs Meta Ads, top ! Je suis étudiante en communication : quelles "
         "certifications valent le coup selon toi ?", "Étudiante en communication", "Léa Morel", "Blueprint"),
    ]
    for note, headline, name, word in notes:
        body = _body(sample_draft(note, headline, name))
        assert word in body, body
        assert "Between LinkedIn Ads" not in body and "Entre Google Ads et Meta Ads" not in body, body


def test_a_channel_pick_asked_after_such_a_post_is_still_answered():
    body = _body(sample_draft("Hi Camille, saw your post on LinkedIn Ads vs Meta Ads. Which one would you start with for a "
                              "small yoga studio?", "Owner - Flow Yoga", "Sam Reed"))
    assert "Between LinkedIn Ads and Meta Ads" in body, body


def test_tips_on_landing_a_role_or_clients_are_tips_not_a_choice():
    notes = [
        ("Hi Camille, I'm switching careers from teaching into digital marketing and doing a Google certificate. Any tips on "
         "landing a first role or freelance clients? Thanks so much", "Career changer - Digital Marketing", "Hannah Wright"),
        ("Hi Camille, I left retail to move into digital marketing. Any advice on finding a first job or freelance clients? "
         "Thank you!", "Aspiring digital marketer", "Tom Baker"),
    ]
    for note, headline, name in notes:
        body = _body(sample_draft(note, headline, name))
        assert "choose between" not in body and "which one I'd start with" not in body, body
