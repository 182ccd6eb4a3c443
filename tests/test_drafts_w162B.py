"""Wave 162 group B: networking notes misread as offers, pitches or questions.

A recruiter saying where they work and that they grow their network is a hello, never a post declined; a peer in the
same group ("fazemos parte do mesmo grupo") is no seller; someone who lost their job and asks whether she knows anyone
is job hunting, never offering a collaboration; "on garde contact ?" after a meetup asks to stay in touch, never where to
find meetups; "daar … over stellen per mail" is the particle of "daarover", never a topic to quote.
"""

from __future__ import annotations

from drafting import sample_draft


# -- a recruiter growing their network ----------------------------------------------------------------------------------

def test_recruiter_networking_in_spanish_is_no_post_declined() -> None:
    d = sample_draft("Hola Camille, trabajo en selección de perfiles de ingeniería industrial (mantenimiento, PLC). "
                     "Amplío red en Francia. Saludos", name="Sergio Navarro")
    assert "puesto" not in d and "pensar en mí" not in d
    assert "Gracias por conectar" in d


def test_recruiter_networking_in_italian_and_english() -> None:
    it = sample_draft("Ciao Camille, lavoro nella selezione di profili tecnici (automazione, PLC). Amplio la mia rete in Francia. Saluti",
                      name="Marco Riva")
    assert "posizione" not in it and "pensato a me" not in it
    en = sample_draft("Hi Camille, I recruit engineers for the automotive sector (maintenance, robotics). Expanding my network in France. Best",
                      name="Mark Hill")
    assert "role" not in en and "thinking of me" not in en


# -- a peer in the same group -------------------------------------------------------------------------------------------

def test_same_group_peer_is_no_seller_and_the_compliment_is_thanked() -> None:
    d = sample_draft("Olá Camille, fazemos parte do mesmo grupo de marketeers em França (Marketers Lusos). Gosto muito do que "
                     "partilha. Vamos ligar-nos?", headline="Head of Growth na Feedzai", name="Tiago Fonseca")
    assert "oferta" not in d and "necessidade" not in d
    assert "conteúdos" in d
    own = sample_draft("Olá Camille, fazemos parte do mesmo grupo de profissionais de marketing no LinkedIn. Gosto muito do que "
                       "partilhas. Vamos ligar-nos?", headline="Growth Manager", name="Rita Sousa")
    assert "oferta" not in own and "necessidade" not in own


def test_a_seller_saying_fazemos_is_still_declined() -> None:
    d = sample_draft("Olá Camille, fazemos sites profissionais a partir de 499 euros para consultores. Tem interesse?", name="Rui Costa")
    assert "oferta" in d


# -- a job lost, contacts asked for -------------------------------------------------------------------------------------

def test_job_lost_and_anyone_known_is_a_job_search_in_italian() -> None:
    d = sample_draft("Ciao Camille, ho perso il lavoro dopo 7 anni come content specialist e sto cercando nuove opportunità. Se hai "
                     "bisogno di supporto o conosci qualcuno che cerca, ti ringrazio in anticipo",
                     headline="Content Specialist | Copywriter | Open to work", name="Sara Lombardi")
    assert "proposta di collaborazione" not in d
    assert "mi dispiace" in d and "CV" in d


def test_job_lost_and_anyone_known_is_a_job_search_in_english() -> None:
    d = sample_draft("Hi Camille, I was laid off after 5 years as a copywriter and I'm looking for new opportunities. If you need "
                     "support or know someone who's hiring, thanks in advance!", headline="Copywriter | Open to work", name="Emma Stone")
    assert "offer to work together" not in d and "samples" not in d
    assert "sorry" in d and "CV" in d


def test_a_freelancer_offering_help_is_still_thanked_for_the_offer() -> None:
    d = sample_draft("Hola Camille, soy redactora freelance. Si necesitas apoyo con contenidos para tus clientes, aquí estoy. Un saludo",
                     name="Ana Ruiz")
    assert "oferta" in d


# -- keep in touch after a meetup ---------------------------------------------------------------------------------------

def test_keep_in_touch_after_a_meetup_is_no_question_about_meetups() -> None:
    d = sample_draft("coucou camille, on était ensemble au meetup growth de la French Tech la semaine derniere, j'ai adoré ton "
                     "intervention sur tiktok ads !! on garde contact ?", headline="Community manager freelance", name="Léa Fontaine")
    assert "Meetup.com" not in d and "budget" not in d
    assert "contact" in d
    en = sample_draft("hey camille, we were both at the SEO meetup in Lyon last week, loved your talk on local SEO! shall we keep in touch?",
                      name="Tom Reed")
    assert "Meetup.com" not in en and "touch" in en
    fr = sample_draft("salut camille, on s'est croisées à l'afterwork marketing de Nantes mardi, super ton intervention sur le SEO "
                      "local ! gardons contact ?", name="Manon Petit")
    assert "Meetup.com" not in fr and "budget" not in fr


def test_where_to_find_meetups_is_still_answered() -> None:
    d = sample_draft("hola camille, coincidimos en el taller de SEO local en Lyon la semana pasada. ¿sabes si hay más meetups de "
                     "marketing por aquí?", name="Pablo Gil")
    assert "Meetup.com" in d


# -- "daar … over stellen per mail" ---------------------------------------------------------------------------------------

def test_dutch_particle_verb_with_how_is_no_topic() -> None:
    d = sample_draft("Hallo mevrouw Laurent, ik ben journalist bij Emerce en schrijf een artikel over AI in contentmarketing. Mag ik u "
                     "daar 3 of 4 vragen over stellen per mail? Dank u wel, Sophie Peters", headline="Redacteur bij Emerce", name="Sophie Peters")
    assert "over stellen" not in d and "per mail." not in d
    own = sample_draft("Hoi Camille, ik ben journalist bij Frankwatching en schrijf een stuk over lokale SEO. Mag ik je daar een paar "
                       "vragen over stellen via e-mail? Groet, Eva", headline="Redacteur", name="Eva de Vries")
    assert "over stellen" not in own and "via e-mail." not in own
