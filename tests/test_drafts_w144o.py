"""Wave 144, group O: her material asked for "somewhere to download" is sent here (never ads advice), the recording asked for
when they already have the slides is the recording, and "ergens downloaden" never ends up in the webinar's topic."""

from __future__ import annotations

from drafting import sample_draft


def test_slides_asked_to_download_somewhere_in_german_are_sent_here_not_ads_advice() -> None:
    # 144 de_nl note-17 (round 165): "kann man die irgendwo runterladen?" answered with LinkedIn Ads budget advice
    du = sample_draft("hallo camille, ich hab deine folien vom webinar zu linkedin ads gesehen, kann man die irgendwo "
                      "runterladen? danke, tim", name="Tim")
    assert "Ich schicke dir die Folien hier per Nachricht" in du and "50 €" not in du
    en = sample_draft("Hi Camille, loved your webinar on LinkedIn Ads. Can I download the slides somewhere?", name="Tim Baker")
    assert "I'll send you the slides here" in en and "budget" not in en


def test_recording_asked_when_they_have_the_slides_is_the_recording() -> None:
    # 144 de_nl note-19 (round 164): "deine Folien … sind echt gut. Könntest du mir den Link zur Aufzeichnung schicken?"
    de = sample_draft('Hallo Camille, deine Folien vom Webinar "Content-Strategie in 5 Schritten" sind echt gut. Könntest du '
                      'mir den Link zur Aufzeichnung schicken? Hab ihn leider verpasst. Danke & Gruß, Jan',
                      headline="Werkstudent Online Marketing", name="Jan")
    assert "Ich schicke dir die Aufzeichnung hier per Nachricht" in de and "die Folien" not in de
    nl = sample_draft("hoi Camille, je slides van het webinar over SEO waren top. Heb je ook een link naar de opname? Ik heb "
                      "het gemist. Tim", name="Tim")
    assert "ik stuur je de opname hier" in nl and "slides" not in nl
    es = sample_draft("Hola Camille, tus diapositivas del webinar sobre SEO son geniales. ¿Me pasas el enlace de la grabación? "
                      "Me lo perdí. Tim", name="Tim")
    assert "Te envío la grabación por aquí" in es


def test_where_to_download_never_lands_in_the_dutch_webinar_topic() -> None:
    # 144 de_nl note-39 (round 165): "leuk dat je mijn webinar over LinkedIn Ads ergens downloaden hebt gevolgd"
    je = sample_draft("hoi, kan ik de slides van je webinar over LinkedIn ads ergens downloaden? thx, Tim", name="Tim")
    assert "mijn webinar over LinkedIn Ads hebt gevolgd!" in je and "downloaden" not in je
    assert "ik stuur je de slides hier" in je
    u = sample_draft("Goedendag mevrouw Laurent, kan ik de slides van uw webinar over SEO ergens downloaden? Met vriendelijke "
                     "groet, Pieter", name="Pieter")
    assert "mijn webinar over SEO" in u and "downloaden" not in u and "ik stuur u de slides" in u


def test_slides_asked_with_a_pronoun_still_get_the_slides() -> None:
    # 144 de_nl neighbour that must not change: the slides named and asked for with "die" stay the slides
    de = sample_draft("Hallo Camille, deine Folien vom Webinar sind top, kannst du mir die schicken?", name="Tim")
    assert "Ich schicke dir die Folien hier per Nachricht" in de
