"""Wave 153, group H: a meeting in person asked ("qu'on se voie", "je souhaiterais vous rencontrer", "vorrei incontrarla",
"que nos veamos") is met as a meeting, never turned into a 20-minute call; an interview asked by a magazine names the
outlet and the subject in the thanks; a shop already running is wished "buon lavoro", never "in bocca al lupo"."""

from __future__ import annotations

from drafting import sample_draft


def test_meeting_asked_by_a_partner_stays_a_meeting() -> None:
    # 180 fr_en note-17: "ça te dirait qu'on se voie pour parler d'un partenariat ?" got "un appel de 20 minutes"
    fr = sample_draft("Salut Camille, je suis webdesigner freelance à Lyon. Je pense qu'on a des clients complémentaires "
                      "(sites vitrines / SEO), ça te dirait qu'on se voie pour parler d'un partenariat ? Hugo",
                      "Webdesigner freelance", name="Hugo Chevalier")
    assert "20 minutes" not in fr and "café" in fr
    fr2 = sample_draft("Coucou Camille, graphiste à Villeurbanne ici. On pourrait se rendre service sur nos clients : "
                       "partante pour qu'on se voie un de ces jours ?", name="Inès Moreau")
    assert "appel de 20 minutes" not in fr2
    es = sample_draft("Hola Camille, dirijo una agencia de diseño en Lyon. Creo que nuestros servicios se complementan: "
                      "¿te apetece que nos veamos para hablar de colaborar?", name="Laura Conti")
    assert "llamada de 20 minutos" not in es and "café" in es


def test_meeting_asked_by_a_marketing_director_is_met() -> None:
    # 181 fr_en note-14: "je souhaiterais vous rencontrer afin d'évoquer un accompagnement" got "un appel de 20 minutes"
    fr = sample_draft("Madame,\nDirectrice marketing du groupe Valrhône, je souhaiterais vous rencontrer afin d'évoquer un "
                      "accompagnement de nos équipes sur la stratégie social ads pour 2025.\nRespectueusement,\nIsabelle Faure",
                      "Directrice Marketing - Groupe Valrhône", name="Isabelle Faure")
    assert "20 minutes" not in fr and "Rencontrons-nous" in fr
    it = sample_draft("Buongiorno, sono responsabile marketing di un gruppo alberghiero a Lione. Vorrei incontrarla per "
                      "parlare di una consulenza sulle campagne Google Ads del nostro team.", name="Laura Conti")
    assert "20 minuti" not in it


def test_call_asked_stays_a_call() -> None:
    # neighbour (must not change): a call asked keeps the call
    fr = sample_draft("Bonjour Camille, je dirige une PME à Lyon, pourrions-nous prévoir un appel pour parler d'une "
                      "formation Meta Ads pour mon équipe ?", name="Laura Conti")
    assert "appel de 20 minutes" in fr and "Rencontrons-nous" not in fr


def test_interview_names_outlet_and_subject() -> None:
    # 180 es_pt_it note-10 and note-54: the magazine and the subject went unnamed
    es = sample_draft("Hola Camille, te escribo de la revista Marketing Directo. Estamos preparando un reportaje sobre la "
                      "formación en marketing digital en Europa y nos gustaría entrevistarte.", name="Raúl Jiménez")
    assert "Marketing Directo" in es and "sobre la formación en marketing digital" in es
    it = sample_draft("Buongiorno Camille, scrivo per la rivista Wired Italia. Stiamo preparando un articolo sulla formazione "
                      "in marketing digitale in Europa e vorremmo intervistarti.", name="Matteo Ferrari")
    assert "Wired Italia" in it and "della formazione in marketing digitale" in it
    fr = sample_draft("Bonjour Camille, je suis journaliste pour le magazine Stratégies. Nous préparons un article sur la "
                      "formation des indépendants au marketing digital et j'aimerais vous interviewer par téléphone.",
                      name="Laura Conti")
    assert "Stratégies" in fr and "de la formation des indépendants" in fr
    pt = sample_draft("Olá Camille, escrevo para a revista Exame. Estamos a preparar um artigo sobre formação em marketing "
                      "digital na Europa e gostaríamos de a entrevistar.", name="Laura Conti")
    assert "Exame" in pt and "sobre formação em marketing digital" in pt


def test_interview_without_outlet_keeps_plain_thanks() -> None:
    # neighbour: nothing named, nothing invented
    es = sample_draft("Hola Camille, soy periodista freelance y me gustaría entrevistarte por teléfono.", name="Laura Conti")
    assert "Gracias por pensar en mí!" in es or "Gracias por pensar en mí." in es


def test_running_shop_gets_buon_lavoro() -> None:
    # 180 es_pt_it note-46: "In bocca al lupo per il tuo e-commerce" to a shop that already sells
    it = sample_draft("Buongiorno Camille, leggo la tua newsletter ogni settimana da Milano. L'ultimo articolo sulle Meta Ads "
                      "mi ha aiutato tantissimo con il mio e-commerce. Grazie!", name="Marco Bianchi")
    assert "In bocca al lupo" not in it and "Buon lavoro" in it
    it2 = sample_draft("Ciao Camille, il tuo post sulle campagne Google Shopping mi è stato utilissimo per il mio negozio "
                       "online di ceramiche. Grazie mille!", name="Giulia Rossi")
    assert "In bocca al lupo" not in it2
