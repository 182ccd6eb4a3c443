"""Wave 163, group E: the specific hook of a note is named back, never dropped for a generic line: one post singled out
among those the sender reads ("vooral die over TikTok ads", "especially the one on …") is the post thanked for; carousels
praised are her posts; a wish to connect with (local) marketing experts is answered, never met with a bare thank-you; a
co-hosted or joint webinar is named in the call line and the post the partner commented on is thanked for; a referrer
named after the verb ("mi ha consigliato di contattarti Sophie Martin") is thanked."""
from __future__ import annotations

from drafting import sample_draft


def test_one_post_singled_out_is_the_one_thanked_for() -> None:
    # 207 de_nl note-25: "vooral die over TikTok ads vond ik super" got a bare "leuk dat je mijn posts leest"
    nl = sample_draft("Hey Camille! Ik volg je posts al een tijdje, vooral die over TikTok ads vond ik super 👏 Graag connecten!",
                      name="Sanne Visser")
    assert "mijn post over TikTok Ads" in nl and "mijn posts leest" not in nl
    nl2 = sample_draft("Hoi Camille, ik lees je posts al maanden, vooral die over Pinterest ads was heel goed. Connecten?",
                       name="Joris Bakker")
    assert "Pinterest" in nl2
    en = sample_draft("Hi Camille, been following your posts for a while, especially the one on LinkedIn ads for B2B, "
                      "loved it! Happy to connect", name="Amy Cole")
    assert "my post on LinkedIn Ads for B2B" in en
    fr = sample_draft("Coucou Camille, je lis tes posts depuis des mois, surtout celui sur les pubs Pinterest, top ! On se "
                      "connecte ?", name="Léa Petit")
    assert "mon post sur les pubs Pinterest" in fr
    # neighbour: posts read with none singled out keep the reader's thanks
    keep = sample_draft("Hey Camille! Ik volg je posts al een tijdje, super leuk 👏 Graag connecten!", name="Sanne Visser")
    assert "leuk dat je mijn posts leest" in keep


def test_carousels_praised_are_her_posts() -> None:
    # 207 es_pt_it note-64: "adoro i tuoi caroselli sui contenuti" got a bare "grazie per il messaggio"
    it = sample_draft("Ciao Camille, ti seguo da un po' e adoro i tuoi caroselli sui contenuti. Ci colleghiamo? 🙂",
                      name="Alessia Mancini")
    assert "sui contenuti" in it
    es = sample_draft("Hola Camille, te sigo hace tiempo y me encantan tus carruseles sobre Instagram. ¿Conectamos?",
                      name="Lucía Romero")
    assert "sobre Instagram" in es


def test_wish_to_meet_marketing_experts_is_answered() -> None:
    # 207 fr_en note-17 and note-39: a comms head keen to connect with (local) marketing experts got a bare thank-you
    fr = sample_draft("Bonjour Camille, Responsable Communication à la Métropole de Lyon, je souhaiterais étendre mon réseau "
                      "avec des experts du marketing digital locaux.", headline="Responsable Communication - Métropole de Lyon",
                      name="Nathalie Roux")
    assert "spécialistes du marketing digital de votre réseau dans la région" in fr
    en = sample_draft("Hello Camille, Head of Comms at an NGO in Geneva, keen to connect with marketing experts in the region.",
                      headline="Head of Communications - Aid for All", name="Lucas Meyer")
    assert "marketing people in your network here in the region" in en
    de = sample_draft("Guten Tag Frau Laurent, ich leite die Kommunikation einer Stiftung in Genf und möchte mich mit "
                      "Marketing-Experten aus der Region vernetzen.", name="Jonas Keller")
    assert "Marketing-Fachleuten in Ihrem Netzwerk hier in der Region" in de
    es = sample_draft("Hola Camille, soy responsable de comunicación en un ayuntamiento y me gustaría conectar con "
                      "profesionales del marketing de la zona.", name="Marta Ruiz")
    assert "marketing digital de tu red en la zona" in es or "marketing digital de su red en la zona" in es
    # neighbour: a bare wish to connect keeps its short thanks
    keep = sample_draft("Hello Camille, Head of Comms at an NGO in Geneva, happy to connect.", name="Lucas Meyer")
    assert "marketing people" not in keep


def test_joint_webinar_and_post_commented_are_named() -> None:
    # 207 fr_en note-16 and note-38: a partner proposing a joint webinar after praising her post got a generic call
    fr = sample_draft("Bonjour Camille, j'ai lu votre article sur le SEO local, très pertinent ! Je m'occupe des partenariats "
                      "chez un éditeur de logiciels, un webinar commun vous tenterait ?", name="Hugo Blanc")
    assert "webinaire" in fr and "mon article" in fr
    en = sample_draft("Hi Camille, saw your post on first-party data for ads, spot on. I lead partnerships at Hootsuite EMEA - "
                      "would you be open to co-hosting a webinar?", headline="Partnerships Lead EMEA - Hootsuite",
                      name="Sophie Turner")
    assert "on the webinar" in en and "my post" in en
    de = sample_draft("Hallo Camille, dein Beitrag zu Google Ads war top! Ich leite Partnerschaften bei einem SaaS-Anbieter "
                      "– wie wäre ein gemeinsames Webinar?", name="Jan Roth")
    assert "Webinar" in de and "meinem Beitrag" in de


def test_referrer_named_after_the_verb_is_thanked() -> None:
    # 207 es_pt_it note-48: "mi ha consigliato di contattarti Sophie Martin" got no thanks to Sophie
    it = sample_draft("Buongiorno Camille, mi ha consigliato di contattarti Sophie Martin: ho un e-shop di ceramiche "
                      "artigianali e le campagne Facebook non rendono. Fai consulenze per piccoli negozi online?",
                      name="Francesca Esposito")
    assert "Sophie Martin" in it
    it2 = sample_draft("Ciao Camille, mi ha detto di scriverti Marco Bianchi: ho un piccolo shop di vini online. Mi puoi "
                       "aiutare con la SEO?", name="Luca Neri")
    assert "Marco Bianchi" in it2
    es = sample_draft("Hola Camille, me recomendó contactarte Laura Gómez: tengo una tienda online de velas. ¿Asesoras a "
                      "tiendas pequeñas?", name="Pablo Díaz")
    assert "Laura Gómez" in es
