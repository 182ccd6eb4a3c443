"""Wave 161 group H: English/French requests half-answered. An SEO audit of the sender's sites is named back (never a bare
"talk SEO"); a followed-up project of theirs gets a call proposed (never only "where are you at?"); dates and prices asked
for a team training get how both work; a proposal awaited after a talk is promised with its timing; "available in Q2?"
is answered once, after the yes."""
from drafting import sample_draft


def test_seo_audit_of_their_sites_named():
    d = sample_draft("Madame Laurent,\nDirectrice marketing d'un groupe de distribution régional, je souhaiterais échanger avec vous "
                     "sur une éventuelle mission d'audit SEO de nos 4 sites.\nRespectueusement,\nCatherine Morel",
                     "Directrice Marketing - Groupe Morel Distribution", "Catherine Morel")
    assert "l'audit SEO de vos 4 sites" in d and "parler de SEO" not in d
    d = sample_draft("Dear Ms Laurent, as marketing director of a retail group I would like to discuss a possible SEO audit of our "
                     "5 websites with you. Kind regards, Helen Price", "Marketing Director - Price Retail", "Helen Price")
    assert "the SEO audit of your 5 sites" in d
    d = sample_draft("Guten Tag Frau Laurent, als Marketingleiterin einer Handelsgruppe möchte ich mit Ihnen über ein mögliches "
                     "SEO-Audit unserer 3 Websites sprechen. Mit freundlichen Grüßen, Petra Vogel", "Marketingleiterin - Vogel Handel", "Petra Vogel")
    assert "SEO-Audit der 3 Websites" in d


def test_followed_up_project_gets_a_call():
    d = sample_draft("Bonjour Camille, suite à notre échange au salon E-commerce Paris, je vous envoie l'invitation comme convenu. "
                     "Au plaisir de poursuivre la discussion sur le projet de refonte de notre stratégie de contenu. Bien à vous, Olivier Martin",
                     "Directeur Marketing & Digital - Maison Brunet", "Olivier Martin")
    assert "appel de 20 minutes" in d and "où en êtes-vous" not in d and "l'invitation ;" not in d
    d = sample_draft("Hi Camille, great meeting you at the Web Summit in Lisbon. As discussed, sending the connection. Looking forward "
                     "to continuing our conversation about our website redesign project. Best, Mark Ellis",
                     "Marketing Director, Ellis Outdoor", "Mark Ellis")
    assert "20-minute call" in d and "how are things going" not in d


def test_no_project_no_call_pushed():
    d = sample_draft("Hi Camille, great chatting at the SEO meetup yesterday! Looking forward to continuing our conversation. Cheers, Amy",
                     "SEO specialist", "Amy Stone")
    assert "20-minute call" not in d


def test_team_training_dates_and_prices_answered():
    d = sample_draft("Dear Mrs. Laurent, I am a business owner in Manchester and interested in your training courses for my team. "
                     "Could you send me information about dates and prices? Yours sincerely, Margaret Hill",
                     "Owner, Hill & Sons Bakery", "Margaret Hill")
    assert "price depends" in d and "dates together" in d
    d = sample_draft("Bonjour Madame Laurent, je dirige une PME de 15 personnes à Grenoble et vos formations pour mon équipe "
                     "m'intéressent. Pourriez-vous m'envoyer les dates et tarifs ? Cordialement, Marc Giraud",
                     "Gérant - Giraud Menuiserie", "Marc Giraud")
    assert "le prix dépend" in d and "nous fixons les dates ensemble" in d


def test_awaited_proposal_promised():
    d = sample_draft("Hi Camille, following up on our call yesterday - sending the invite as promised. Looking forward to receiving "
                     "your proposal for the content audit. Best, Jennifer", "VP Marketing, Northwind Apparel", "Jennifer Adams")
    assert "send you my proposal for the content audit in the next few days" in d
    d = sample_draft("Hallo Camille, danke für das nette Telefonat gestern! Wie besprochen die Vernetzung hier. Ich freue mich auf "
                     "Ihr Angebot für den Content-Audit. Beste Grüße, Jana Krüger", "Head of Marketing, Krüger GmbH", "Jana Krüger")
    assert "Angebot in den nächsten Tagen" in d


def test_quarter_answered_once_after_the_yes():
    d = sample_draft("Camille, I run a marketing team of 12 at a fintech in Berlin. We're looking for an external trainer for a 2-day "
                     "workshop on SEO & content. Are you available in Q2? Regards, Stefan", "Head of Marketing - Fintech", "Stefan Becker")
    assert d.count("Q2") == 1 and d.index("Yes, I run") < d.index("Q2 should be possible")
    d = sample_draft("Hi Camille, I'm a team lead at a retail company in Leeds. We're looking for an external trainer for a 1-day "
                     "workshop on social ads. Would you have time in Q3? Thanks, Tom", "Team Lead Marketing", "Tom Baker")
    assert d.count("Q3") == 1 and d.index("Yes, I run") < d.index("Q3 should be possible")
    d = sample_draft("Bonjour Camille, je dirige une équipe marketing de 8 personnes à Nantes. Nous cherchons une formatrice pour un "
                     "atelier de 2 jours sur le SEO. Seriez-vous disponible au 2e trimestre ? Merci, Julie", "Responsable marketing", "Julie Roux")
    assert d.count("trimestre") == 1 and d.index("Oui,") < d.index("Le deuxième trimestre")
