"""Minimal pairs in the seven languages: one change in a note flips the judgment, and nothing else does.

Written for issue 13 (judgment on real inboxes), not taken from the corpus. Each pair differs by
the one thing the rubric says decides: a stock closing after a reason (changes nothing); a shared
community with or without a purpose; "we are hiring" against "I am looking for"; an upcoming event
against a past meeting.
"""

from __future__ import annotations

import pytest

from invitriage import classify

REASON = ("content",)
PURPOSE = ("referral", "ask_for_help")

# (language, first note, its intents, second note, its intents)
PAIRS = [
    # A stated reason is never outweighed by a stock closing.
    ("en", "I read your blog post on Airflow sensors, the deferrable part was new to me.", REASON,
     "I read your blog post on Airflow sensors, the deferrable part was new to me. Would like to connect.", REASON),
    ("fr", "j'ai lu ton article sur la facturation electronique, tres clair sur le calendrier 2026",
     REASON, "j'ai lu ton article sur la facturation electronique, tres clair sur le calendrier 2026. Au plaisir d'echanger !", REASON),
    ("es", "Escuché tu episodio del podcast sobre inventarios en retail, muy útil.", REASON,
     "Escuché tu episodio del podcast sobre inventarios en retail, muy útil. Encantado de conectar!", REASON),
    ("de", "Ihr Beitrag zur E-Rechnungspflicht für Handwerksbetriebe war sehr verständlich.", REASON,
     "Ihr Beitrag zur E-Rechnungspflicht für Handwerksbetriebe war sehr verständlich. Freue mich auf die Vernetzung!", REASON),
    ("it", "Ho letto il tuo articolo sui bandi PNRR per le PMI, chiarissimo.", REASON,
     "Ho letto il tuo articolo sui bandi PNRR per le PMI, chiarissimo. Piacere di collegarci!", REASON),
    ("pt", "Vi sua palestra sobre LGPD para clínicas no evento de Curitiba, muito boa.", REASON,
     "Vi sua palestra sobre LGPD para clínicas no evento de Curitiba, muito boa. Vamos nos conectar!", REASON),
    ("nl", "Je blog over warmtepompen in oude rijtjeshuizen was heel helder.", REASON,
     "Je blog over warmtepompen in oude rijtjeshuizen was heel helder. Graag connect ik!", REASON),
    # A shared community without a purpose is generic; with a purpose it is a reason.
    ("en", "Hey, we're both in the Rust Lisbon Discord 🙂 happy to connect", ("generic",),
     "Hey, we're both in the Rust Lisbon Discord. Could I ask how you set up CI for your embedded boards? I'm stuck with probe-rs.", PURPOSE),
    ("fr", "Bonjour, on est tous les deux dans le groupe WhatsApp des freelances data de Nantes. Au plaisir !", ("generic",),
     "Bonjour, on est tous les deux dans le groupe WhatsApp des freelances data de Nantes. Je cherche un conseil sur le portage salarial, je peux vous poser deux questions ?", PURPOSE),
    ("es", "Hola! Yo también hice el bootcamp de UX de Valencia, aunque en otra edición. Saludos!", ("generic",),
     "Hola! Yo también hice el bootcamp de UX de Valencia, aunque en otra edición. Estoy preparando mi portfolio y me vendría genial tu opinión, ¿te lo puedo enviar?", PURPOSE),
    ("de", "Hallo, wir sind beide im Slack der Product-Community München. Gerne vernetzt!", ("generic",),
     "Hallo, wir sind beide im Slack der Product-Community München. Ich stelle gerade unser Discovery-Framework um – dürfte ich Sie kurz um Ihre Einschätzung bitten?", PURPOSE),
    ("it", "Ciao, eravamo entrambi all'hackathon di Torino sul fintech. Piacere di collegarci!", ("generic",),
     "Ciao, eravamo entrambi all'hackathon di Torino sul fintech. Vorrei chiederti un consiglio su come hai validato il tuo prototipo, hai 10 minuti?", PURPOSE),
    ("pt", "Olá! Estamos os dois no grupo de Telegram dos devs de Braga. Abraço!", ("generic",),
     "Olá! Estamos os dois no grupo de Telegram dos devs de Braga. Estou a mudar de Java para Go e gostava de saber como fizeste a transição, podes dar-me umas dicas?", PURPOSE),
    ("nl", "Hoi, we zitten allebei in de Slack van Data Engineers Utrecht. Leuk om te connecten!", ("generic",),
     "Hoi, we zitten allebei in de Slack van Data Engineers Utrecht. Mag ik je vragen hoe jullie dbt-tests opzetten? Wij lopen daar net op vast.", PURPOSE),
    # Direction: a role offered is recruiting, a role sought is job seeking.
    ("en", "We are hiring a senior QA engineer for our team in Porto, remote friendly. Interested?", ("recruiting",),
     "I am looking for a senior QA engineer role, ideally in Porto or remote. Is your team hiring?", ("job_seeking",)),
    ("fr", "Nous recrutons un comptable senior en CDI pour notre cabinet de Rennes. Le poste vous intéresse ?", ("recruiting",),
     "Je recherche un poste de comptable senior en CDI sur Rennes. Votre cabinet recrute-t-il ?", ("job_seeking",)),
    ("es", "Estamos contratando una enfermera de quirófano para nuestra clínica en Sevilla. ¿Te interesa?", ("recruiting",),
     "Soy enfermera de quirófano y estoy buscando trabajo en Sevilla. ¿Tu clínica está contratando?", ("job_seeking",)),
    ("de", "Wir suchen eine Projektleiterin (m/w/d) für unser Büro in Graz. Hätten Sie Interesse?", ("recruiting",),
     "Ich suche eine Stelle als Projektleiterin in Graz. Stellt Ihr Büro gerade ein?", ("job_seeking",)),
    ("it", "Stiamo cercando un sistemista Linux per il nostro team di Bologna. Ti interessa?", ("recruiting",),
     "Sono un sistemista Linux e cerco lavoro a Bologna. Il vostro team sta assumendo?", ("job_seeking",)),
    ("pt", "Estamos contratando um analista de dados para o nosso time em Recife. Tem interesse?", ("recruiting",),
     "Sou analista de dados e estou procurando emprego em Recife. Seu time está contratando?", ("job_seeking",)),
    ("nl", "We zoeken een allround marketeer voor ons team in Eindhoven. Interesse?", ("recruiting",),
     "Ik ben op zoek naar een baan als allround marketeer in Eindhoven. Zoeken jullie nog iemand?", ("job_seeking",)),
    # An upcoming event both attend is generic; a past meeting is met_before.
    ("en", "I'll be at the Web Summit in Lisbon next week too, maybe see you there!", ("generic",),
     "Great chatting with you at the Web Summit in Lisbon yesterday!", ("met_before",)),
    ("fr", "Je serai aussi au salon VivaTech la semaine prochaine, on s'y croisera peut-être !", ("generic",),
     "Ravi d'avoir échangé avec vous hier au salon VivaTech !", ("met_before",)),
    ("es", "Yo también voy al South Summit de Madrid el mes que viene, ¡a ver si coincidimos!", ("generic",),
     "Fue un gusto conocerte ayer en el South Summit de Madrid.", ("met_before",)),
    ("de", "Ich bin nächste Woche auch auf der Hannover Messe, vielleicht sehen wir uns dort!", ("generic",),
     "Schön, dass wir uns gestern auf der Hannover Messe kennengelernt haben!", ("met_before",)),
    ("it", "Anch'io sarò al Salone del Mobile la settimana prossima, magari ci vediamo lì!", ("generic",),
     "È stato un piacere conoscerti ieri al Salone del Mobile!", ("met_before",)),
    ("pt", "Também vou ao Web Summit Rio no mês que vem, quem sabe nos vemos lá!", ("generic",),
     "Foi um prazer conhecer você ontem no Web Summit Rio!", ("met_before",)),
    ("nl", "Ik ben volgende week ook op de Dutch Design Week, misschien zien we elkaar daar!", ("generic",),
     "Leuk je gisteren gesproken te hebben op de Dutch Design Week!", ("met_before",)),
]


@pytest.mark.parametrize(
    "lang, first, first_intents, second, second_intents",
    [pytest.param(*pair, id=f"{pair[0]}-{i}") for i, pair in enumerate(PAIRS)],
)
def test_minimal_pair(lang, first, first_intents, second, second_intents):
    a, b = classify([first, second], owner_lang=lang)
    assert (a.lang, b.lang) == (lang, lang)
    assert a.intent in first_intents, (first, a.intent, a.evidence)
    assert b.intent in second_intents, (second, b.intent, b.evidence)
    # The action follows the intent: no reason is accepted silently, a reason gets a reply.
    for j in (a, b):
        assert j.action == ("accept" if j.intent == "generic" else "reply"), (j.intent, j.action, j.confidence)


def test_every_language_has_every_kind_of_pair():
    kinds = len(PAIRS) // 7
    assert kinds == 4 and sorted(p[0] for p in PAIRS) == sorted(["en", "fr", "es", "de", "it", "pt", "nl"] * kinds)
