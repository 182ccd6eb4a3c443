"""Joining her events (wave 50, group C): "can I come to your next afterwork?", "another workshop soon?", and "may I ask
you something about X?" from someone who knows her from her workshop.

The settings hold no date of a next event: the reply welcomes and promises to tell when the date is set, never a date,
job-search tips, "your proposal interests me", nor their business and budget.
"""

from __future__ import annotations

import pytest
from drafting import sample_draft

#: the words no reply to a join may carry: job-search tips, a proposal read, a budget asked, a sales call
_WRONG = ("Meetup.com", "me dedico", "proposta", "proprio il mio lavoro", "orçamento", "budget", "Budget", "presupuesto", "call", "LinkedIn")

JOIN = [
    # r47 es note-15, it note-64, and paraphrases in every language
    ("Hola! Trabajo en Lyon desde hace un año en una agencia de comunicación y me encantaría ampliar mi red en la ciudad. "
     "Vi que organizas afterworks de marketers, ¿puedo apuntarme al próximo?", "Community manager en Agence Lumière", ("Con mucho gusto", "próxima fecha")),
    ("Ciao Camille, lavoro a Lione da un anno in un'agenzia di comunicazione e vorrei allargare la mia rete qui. Ho visto che organizzi "
     "afterwork tra marketer, posso partecipare al prossimo?", "Social Media Manager presso Agence Lumière", ("Con piacere", "prossima data")),
    ("Hi Camille, I just moved to Lyon and I'm a PPC specialist. I heard you host marketing meetups - could I come along to the next one?",
     "PPC Specialist", ("very welcome", "next date isn't set")),
    ("Bonjour Camille, je bosse en agence à Lyon depuis peu. Il paraît que tu organises des apéros entre marketeurs, je peux venir au prochain ?",
     "Chargée de communication", ("Avec grand plaisir", "prochaine date n'est pas encore fixée")),
    ("Hallo Camille, ich wohne seit kurzem in Lyon. Darf ich beim nächsten Marketing-Stammtisch dabei sein?", "Online Marketing Manager",
     ("Sehr gern", "nächste Termin steht noch nicht fest")),
    ("Hoi Camille, ik woon sinds kort in Lyon. Mag ik een keer aansluiten bij je marketingborrel?", "Marketeer",
     ("van harte welkom", "volgende datum staat nog niet vast")),
    ("Oi Camille, vi que você organiza afterworks de marketing em Lyon. Posso participar do próximo?", "Analista de marketing",
     ("próxima data ainda não está marcada",)),
]


@pytest.mark.parametrize(("note", "headline", "words"), JOIN)
def test_asking_to_join_her_next_gathering_is_welcomed_with_no_date_invented(note, headline, words):
    text = sample_draft(note, headline=headline, name="Irene Sanz")
    for w in words:
        assert w in text, text
    for w in _WRONG:
        assert w not in text, text


AGAIN = [
    # r47 pt note-42, and paraphrases
    ("Oi Camille, estive no seu workshop de Instagram em Lyon mês passado (eu era a brasileira que perguntou sobre Reels rs). "
     "Queria saber se você vai fazer outro em breve!", "Social media freelancer", ("vontade de voltar", "ainda não está marcada")),
    ("Hi Camille, loved your Meta Ads workshop last month! Any chance you'll run another one soon?", "Marketing assistant",
     ("another one", "next date isn't set")),
    ("Ciao Camille, il tuo workshop sui Reels è stato utilissimo. Ne farai un altro presto?", "Freelance", ("tornare", "non è ancora fissata")),
    ("Hallo Camille, dein Workshop zu Redaktionsplänen war super. Machst du bald noch einen?", "Redakteurin", ("wiederkommen", "noch nicht fest")),
    ("Hola Camille, me encantó tu taller de SEO. ¿Vas a hacer otro pronto?", "Marketing", ("repetir", "aún no está fijada")),
]


@pytest.mark.parametrize(("note", "headline", "words"), AGAIN)
def test_another_session_asked_gets_gladness_and_the_date_when_set(note, headline, words):
    text = sample_draft(note, headline=headline, name="Aline Souza")
    for w in words:
        assert w in text, text
    for w in _WRONG:
        assert w not in text, text


def test_an_invitation_to_their_own_afterwork_is_no_join():
    text = sample_draft("Hi Camille, we're hosting an afterwork for marketers next week in Lyon, would you like to join us?",
                        headline="Event manager")
    assert "next date isn't set" not in text, text


def test_the_next_session_with_funding_keeps_its_own_answer():
    text = sample_draft("Hi Camille, when's the next session of your SEO workshop? Could my company fund it?")
    assert "funding" in text and "next date isn't set" not in text, text


ASK_LATER = [
    # r47 nl note-40 (a bol.com content marketer), de note-18, and paraphrases: her workshop named, the question welcomed
    ("Hoi! Ik ken je van de workshop 'Contentstrategie in een dag' in Brussel vorig jaar, daar heb ik veel aan gehad. "
     "Mag ik je een keer iets vragen over contentkalenders? Groet Wouter", "Content Marketeer bij bol.com",
     ("mijn workshop", "stuur je vragen"), ("budget", "bedrijf")),
    ("Moin! Kenne dich aus dem Workshop \"Content Strategie kompakt\" in Hamburg letztes Jahr, hat mir sehr geholfen. "
     "Darf ich dich mal was zu Redaktionsplänen fragen? Gruß Jan", "Content Marketing Manager, Otto Group",
     ("meinen Workshop", "Schick mir deine Fragen"), ("wie ich das sehe", "telefonieren")),
    ("Hi Camille, I know you from the content strategy workshop in Brussels last year, it really helped. Could I ask you something about editorial calendars?",
     "Content Marketing Manager at Decathlon", ("my workshop", "send your questions"), ("budget", "sometime")),
    ("Hola Camille, te conozco del taller de estrategia de contenidos en Madrid, me sirvió mucho. ¿Puedo preguntarte algo sobre calendarios editoriales?",
     "Content marketing en Telefónica", ("mi taller", "Envíame tus preguntas"), ("presupuesto", "15 minutos")),
    ("Ciao Camille, ti conosco dal workshop sui contenuti a Milano, mi è servito tanto. Posso chiederti una cosa sui calendari editoriali?",
     "Content marketing presso Barilla", ("mio workshop", "le tue domande"), ("budget",)),
]


@pytest.mark.parametrize(("note", "headline", "words", "wrong"), ASK_LATER)
def test_a_question_still_to_come_is_welcomed_and_her_workshop_named(note, headline, words, wrong):
    text = sample_draft(note, headline=headline, name="Wouter de Vries")
    for w in words:
        assert w in text, text
    for w in wrong:
        assert w not in text, text
