"""Work offered to the owner (issue 15): the notes the draft reviewers saw misread.

A journalist, a podcast host, a guest-lecture invitation, a client who wants to buy the owner's service
(a training for their team, help with their own campaigns) are ``business_proposal``, never a sales pitch,
a job seeker or a recruiter. Written for this test, not taken from the corpus or the review notes: each pair
keeps the wording and changes the direction (the sender offers vs the sender asks the owner to work).
"""

from __future__ import annotations

import pytest

from invitriage import classify
from invitriage.judge.rules import run_rules

WORK = ("business_proposal",)

# (language, first note, its intents, second note, its intents)
PAIRS = [
    # A role on the payroll is recruiting; hiring the owner for a training is work offered.
    ("en", "We're hiring a sales trainer for our Glasgow office, permanent contract. Interested?", ("recruiting",),
     "We'd like to hire you to run a sales training for our Glasgow office team. Any dates in April?", WORK),
    ("de", "Wir suchen eine Vertriebstrainerin (m/w/d) in Festanstellung für unser Büro in Bremen. Interesse?", ("recruiting",),
     "Wir würden Sie gern für ein Vertriebstraining mit unserem Team in Bremen buchen. Haben Sie im April Termine?", WORK),
    ("nl", "Wij zoeken een salestrainer in vaste dienst voor ons kantoor in Zwolle. Interesse?", ("recruiting",),
     "Wij willen u graag inhuren voor een salestraining voor ons team in Zwolle. Heeft u in april ruimte?", WORK),
    ("pt", "Estamos contratando um formador de vendas, contrato efetivo, para o nosso escritório em Braga. Interessa?", ("recruiting",),
     "Gostaríamos de contratá-lo para uma formação de vendas para a nossa equipa em Braga. Tem datas em abril?", WORK),
    # A seller offers a training to the owner; a client asks the owner for one.
    ("en", "Hi Amy, we run on-site GDPR training for small law firms like yours. Shall I send our brochure?", ("sales_pitch",),
     "Hi Amy, could you do your GDPR training for the 9 people in our law firm? What would half a day cost?", WORK),
    ("de", "Hallo Frau Arnold, wir bieten DSGVO-Schulungen für Kanzleien wie Ihre an, auch vor Ort. Darf ich Ihnen unser Angebot schicken?", ("sales_pitch",),
     "Hallo Frau Arnold, machen Sie Ihre DSGVO-Schulung auch für unsere Kanzlei mit 9 Leuten? Was würde ein halber Tag kosten?", WORK),
    ("nl", "Hoi Iris, wij geven AVG-trainingen voor advocatenkantoren zoals het jouwe, ook op locatie. Zal ik onze brochure sturen?", ("sales_pitch",),
     "Hoi Iris, kun je jouw AVG-training ook voor ons kantoor van 9 man geven? Wat kost een halve dag?", WORK),
    ("es", "Hola Inma, damos formación en protección de datos a despachos como el tuyo, también presencial. ¿Te mando el folleto?", ("sales_pitch",),
     "Hola Inma, ¿podrías dar tu formación de protección de datos a los 9 del despacho? ¿Cuánto costaría media jornada?", WORK),
    # Listening to the owner's podcast is content; hosting one and inviting the owner is work offered.
    ("en", "Just listened to your episode on the Ops Notes podcast about supplier audits, very practical.", ("content",),
     "I host the Ops Notes podcast and would love you as a guest on supplier audits. Up for it?", WORK),
    ("it", "Ho ascoltato la tua puntata nel podcast Cantiere Aperto sulle ristrutturazioni, utilissima.", ("content",),
     "Conduco il podcast Cantiere Aperto e vorrei averti ospite in una puntata sulle ristrutturazioni. Ti va?", WORK),
    ("fr", "J'ai écouté ton épisode dans le podcast Paye Ta Boîte sur la trésorerie, super clair.", ("content",),
     "J'anime le podcast Paye Ta Boîte et j'aimerais t'inviter pour un épisode sur la trésorerie. Partant ?", WORK),
]

#: Single notes of the misread kinds, each work offered to the owner.
WORK_NOTES = [
    ("de", "Guten Tag Herr Ostermann, ich bin Redakteur bei einem Wirtschaftsmagazin und schreibe über Nachfolge im Handwerk. Dürfte ich Sie dafür kurz interviewen?"),
    ("nl", "Goedemiddag, ik ben journalist bij een landelijk dagblad en schrijf over zzp'ers in de bouw. Mag ik u een paar vragen mailen?"),
    ("pt", "Olá Helena, sou jornalista de uma revista de negócios e estou a escrever sobre sucessão em empresas familiares. Posso enviar-lhe umas perguntas?"),
    ("nl", "Geachte mevrouw Dijkstra, namens de Hanzehogeschool nodig ik u uit voor een gastcollege over inkoop bij de minor Logistiek."),
    ("de", "Sehr geehrte Frau Dr. Pohl, ich möchte Sie herzlich zu einem Gastvortrag in meinem Seminar Arbeitsrecht an der Uni Kassel einladen."),
    ("it", "Gentile Avv. Moretti, a nome dell'Università di Parma vorrei invitarla a tenere una lezione sul diritto di famiglia agli studenti del terzo anno."),
    ("en", "Hi Tariq, Helen Cho said you rebuilt her firm's month-end close. We're a 40-person agency with the same mess. Are you taking on new clients?"),
    ("pt", "Oi Renato, a Bianca da Lumen me indicou você. Temos uma rede de padarias e queremos organizar nosso financeiro. Você está pegando clientes novos?"),
    ("de", "Hallo Frau Kühn, ich leite das Marketing eines Fahrradherstellers und wir planen den Markteintritt in Italien. Können Sie uns dabei unterstützen? Ein erstes Gespräch wäre toll."),
]


@pytest.mark.parametrize(
    "lang, first, first_intents, second, second_intents",
    [pytest.param(*pair, id=f"{pair[0]}-{i}") for i, pair in enumerate(PAIRS)],
)
def test_direction_decides(lang, first, first_intents, second, second_intents):
    a, b = classify([first, second], owner_lang=lang)
    assert a.intent in first_intents, (first, a.intent, a.evidence)
    assert b.intent in second_intents, (second, b.intent, b.evidence)
    assert (a.action, b.action) == ("reply", "reply")


@pytest.mark.parametrize("lang, note", WORK_NOTES, ids=[f"{lang}-{i}" for i, (lang, _n) in enumerate(WORK_NOTES)])
def test_work_offered_is_a_proposal(lang, note):
    j = classify([note], owner_lang=lang)[0]
    assert (j.intent, j.action) == ("business_proposal", "reply"), (note, j.intent, j.evidence)


@pytest.mark.parametrize("note, quote", [
    ("Hi, I host the Ledger Lines podcast, would you be a guest?", "I host the Ledger Lines podcast"),
    ("Ich bin Redakteurin bei einem Fachmagazin und hätte drei Fragen.", "Redakteurin"),
    ("Namens de hogeschool nodig ik u uit voor een gastcollege.", "gastcollege"),
    ("Vc tá pegando clientes novos?", "pegando clientes novos"),
    ("Do you run in-house training for small teams?", "run in-house training"),
])
def test_cue_quotes_the_offer(note, quote):
    assert ("cue.business_proposal", quote) in {(h.rule.rsplit(".", 1)[0], h.quote) for h in run_rules(note)}


@pytest.mark.parametrize("note", [
    "Loved your masterclass on negotiation last week!",  # the owner's own talk: content, not an invitation
    "Thanks for your podcast episode on cash flow.",
    "Wir suchen eine externe Beraterin für unser Employer Branding.",  # a service bought, not a role
    "We zoeken een externe adviseur voor onze administratie.",
])
def test_no_false_cue(note):
    hits = {h.intent for h in run_rules(note)}
    if "masterclass" in note or "podcast" in note:
        assert "business_proposal" not in hits, hits
    else:
        assert "recruiting" not in hits, hits


def test_a_job_seekers_question_is_not_a_recruiters_cue():
    """"Votre cabinet recrute-t-il ?" asks whether they hire (the French "is your team hiring?")."""
    hits = {h.intent for h in run_rules("Je cherche un poste d'assistante juridique en CDI à Tours. Votre cabinet recrute-t-il ?")}
    assert "job_seeking" in hits and "recruiting" not in hits, hits
    assert "recruiting" in {h.intent for h in run_rules("Nous recrutons une assistante juridique en CDI à Tours.")}
