"""Wave 152, group C: parsing misreads. A session's length ("a 2-day social ads workshop") is never taken for the event's
name, and the field before the session noun is its topic, never re-asked; the tail of a thing's name ("Core Web Vitals")
is never thanked as a referrer; an old classmate is answered with tu and the school she names, never a town said later;
a downloaded piece whose link broke is never thanked as read."""

from __future__ import annotations

from drafting import sample_draft


def test_session_length_is_no_event_and_field_is_topic() -> None:
    # 178 fr_en note-39: "Thank you for thinking of me for a guest lecture at 2-day", and the topic asked again
    en = sample_draft("Hello Camille, I coordinate the MSc Digital Marketing at EM Lyon's English track. We're looking for a guest "
                      "lecturer for a 2-day social ads workshop in spring. Would you be available?",
                      "Programme Coordinator, emlyon business school", name="Michael Brown")
    assert "at 2-day" not in en and "the topic" not in en
    assert "a workshop on social ads" in en
    own = sample_draft("Hi Camille, I run the digital marketing bachelor at a business school in Leeds. We need a guest lecturer "
                       "for a 3-day SEO workshop next term. Would you be interested?", "Programme Director", name="Sarah Hill")
    assert "at 3-day" not in own and "the topic" not in own and "on SEO" in own


def test_guest_lecture_neighbour_unchanged() -> None:
    # neighbour: a guest lecture asked as such stays a guest lecture
    en = sample_draft("Hi Camille, would you give a guest lecture on SEO to our master's students in May?", "Lecturer", name="Tom Reed")
    assert "a guest lecture on SEO" in en


def test_thing_name_tail_is_no_referrer() -> None:
    # 179 de_nl note-15: "Danke auch an Web Vitals für die Empfehlung"
    de = sample_draft('Hi Camille, wir sind beide in der Gruppe "SEO DACH & Europe" aktiv. Dein Kommentar zu Core Web Vitals hat mir '
                      "weitergeholfen. Lass uns vernetzen! 🙂 Daniel", "", name="Daniel Krüger")
    assert "Web Vitals für die Empfehlung" not in de and "Core Web Vitals" in de
    nl = sample_draft('Hoi Camille, we zitten allebei in de groep "SEO Benelux". Je reactie over Core Web Vitals heeft me echt '
                      "geholpen. Laten we connecten! Joris", "", name="Joris Peeters")
    assert "dank aan" not in nl and "Vitals voor" not in nl
    # neighbour: a real referrer is still thanked
    ref = sample_draft("Hallo Camille, Anna Müller hat mir dein Profil empfohlen. Lass uns vernetzen! Daniel", "", name="Daniel Krüger")
    assert "Anna Müller" in ref


def test_old_classmate_gets_tu_and_the_school() -> None:
    # 177 fr_en note-20: vous and "notre passage commun à Lyon" to an old classmate from ESC Clermont
    fr = sample_draft("Bonjour Camille, ancienne camarade de l'ESC Clermont ! Ça fait longtemps. Je suis maintenant à Lyon aussi, "
                      "ce serait sympa de se revoir 😊 Claire", "Responsable RH - Lyon", name="Claire Perrin")
    assert "passage commun à Lyon" not in fr and "vos nouvelles" not in fr and "Bien à vous" not in fr
    assert "à l'ESC Clermont" in fr and "tes nouvelles" in fr
    own = sample_draft("Bonjour Camille, ancien camarade de promo de l'IAE Grenoble ! Je travaille à Paris maintenant, ce serait "
                       "chouette de prendre un café. Marc", "Chef de projet", name="Marc Dubois")
    assert "vous" not in own.split("\n\n")[1] and "à Paris" not in own
    # neighbour: a formal note with vous keeps vous
    formal = sample_draft("Bonjour Camille, ancienne camarade de l'ESC Clermont, je me permets de vous écrire : ravie de vous "
                          "retrouver ici. Claire", "Responsable RH", name="Claire Perrin")
    assert "vous" in formal.split("\n\n")[1]


def test_broken_download_link_not_thanked_as_read() -> None:
    # 177 de_nl note-42: "fijn dat u de tijd nam om mijn boek over social ads te lezen" to a broken download link
    nl = sample_draft("Goedendag mevrouw Laurent, ik heb uw e-book over social ads gedownload maar de link in de mail werkt niet "
                      "meer. Kunt u mij die opnieuw sturen? Vriendelijke groet, Gerrit Dekker", "Eigenaar Dekker Fietsen",
                      name="Gerrit Dekker")
    assert "te lezen" not in nl and "boek" not in nl and "link" in nl
    en = sample_draft("Hello Camille, I downloaded your e-book on SEO last week but the download link in the email is broken. "
                      "Could you send it again? Best, Laura", "Owner, Bloom Studio", name="Laura Green")
    assert "reading my" not in en and "the link" in en
    fr = sample_draft("Bonjour Camille, j'ai téléchargé votre livre blanc sur le SEO local mais le lien de l'e-mail ne fonctionne "
                      "plus. Pourriez-vous me le renvoyer ? Merci, Paul", "Gérant", name="Paul Morel")
    assert "lu mon livre" not in fr and "le lien" in fr
    # neighbour: a book read is still thanked as read
    read = sample_draft("Hello Camille, I read your e-book on SEO, it was great, thanks!", "", name="Laura Green")
    assert "my book on SEO" in read
