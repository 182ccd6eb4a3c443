"""Wave 28, group C: quotes and slots that break (the note's words carried into the draft as they stood)."""

from __future__ import annotations

import re

from drafting import draft, sample_draft
from invitriage.drafts.notefacts import extract
from invitriage.drafts.quickq import answer
from invitriage.drafts.told import tip_subject
from invitriage.drafts.writer import _headline_parts


# -- the note's punctuation stays out of a quoted topic -----------------------------------------------------------------

def test_trailing_dots_of_a_topic_are_left_out():
    es = sample_draft("hola camille, lei tu articulo sobre campañas de Meta Ads... me ayudó mucho con mi tienda, gracias! Lucía")
    assert "Meta Ads." not in es and "Meta Ads," not in es
    fr = sample_draft("salut camille, j'ai vu ton post sur le SEO local.. super clair, merci ! Hugo")
    # a dot kept inside the sentence ("le SEO local. et…"), not the sentence's own end before the next one
    assert "local.," not in fr and "local.." not in fr and not re.search(r"local\. [a-zà-ÿ]", fr)


# -- a participle typed short or misspelt in a lowercase German note ------------------------------------------------------

def test_misspelt_participle_is_not_quoted_as_the_topic():
    text = draft("hi camille, hab deinen artikel zu google ads für kleine shops gelesn, mega!! lg jonas", "de", "content")
    assert "gelesn" not in text
    text = draft("hey camille, hab dein video zu instagram reels geshen, echt gut. lg mia", "de", "content")
    assert "geshen" not in text or "reels geshen" not in text


# -- a choice asked in German / Dutch: no broken case after "zwischen", no verb quoted -----------------------------------

def test_german_choice_with_inflected_option_is_not_quoted_after_zwischen():
    line = answer("de", "choice", ["bezahlte Werbung", "organische Reichweite konzentrieren"], informal=True)
    assert "zwischen bezahlte" not in line and "konzentrieren" not in line
    assert line.startswith("Was die Wahl")
    line = answer("de", "choice", ["Google Ads", "Meta Ads"], informal=False)
    assert "zwischen Google Ads und Meta Ads" in line


def test_dutch_choice_drops_the_verb_of_the_option():
    line = answer("nl", "choice", ["SEO", "SEA focussen"], informal=True)
    assert "focussen" not in line and "SEA" in line


# -- the tips quoted end where the sender's own clause begins -----------------------------------------------------------

def test_tip_subject_stops_at_the_inverted_verb():
    assert tip_subject("Bedankt! De tips over LinkedIn-posts pas ik elke dag toe") == "over LinkedIn-posts"
    assert tip_subject("Danke, die Tipps zu Instagram Reels nutze ich jede Woche") == "zu Instagram Reels"
    assert tip_subject("Thanks, your tips on email subject lines I now use daily") == "on email subject lines"


# -- a topic that is one option of the question is not the message's subject ---------------------------------------------

def test_option_is_not_thanked_as_the_topic():
    pt = sample_draft("Olá Camille, sou estudante de marketing e quero especializar-me em SEO. Tens alguma dica sobre cursos ou certificações? Obrigada, Inês")
    assert "mensagem sobre cursos" not in pt
    fr = sample_draft("Salut Camille, étudiante en communication, je veux me spécialiser en social ads. Des conseils sur formations ou certifications ? Merci, Léa")
    assert "message sur formations" not in fr
    it = sample_draft("Ciao Camille, studio economia e vorrei lavorare nella SEO. Consigli su libri o corsi da seguire? Grazie, Marco")
    assert "messaggio su libri" not in it


# -- a capitalised project noun is the title's last word -----------------------------------------------------------------

def test_podcast_title_keeps_its_last_word():
    f = extract("Hey Camille, I co-host The Retail Rebels Show podcast. Fancy joining us for an episode on SEO for shops?", "en", "business_proposal")
    assert f.project == "The Retail Rebels Show"


# -- a headline's sector is no company -----------------------------------------------------------------------------------

def test_sector_segments_name_no_company():
    assert _headline_parts("Head of Marketing | Haushaltswaren | DACH")[1] == ""
    assert _headline_parts("Growth Manager | SaaS Marketplace")[1] == ""
    assert _headline_parts("CMO | Fintech Scale-up")[1] == ""
    assert _headline_parts("Marketing Manager | Redkite Media")[1] == "Redkite Media"


# -- her piece shared with the sender's team, thanked ---------------------------------------------------------------------

def test_piece_shared_with_the_team_is_thanked():
    en = sample_draft("Hi Camille, read your article on Meta Ads attribution and forwarded it to my whole team. Great read! Tom")
    assert "sharing it with your team" in en
    it = sample_draft("Ciao Camille, ho letto la tua newsletter sul content marketing e l'ho girata ai miei colleghi. Grazie! Luca")
    assert "condivisa con il tuo team" in it
    nl = sample_draft("Hoi Camille, je artikel over lokale SEO heb ik met mijn team gedeeld, heel helder! Groet, Bram")
    assert "delen met je team" in nl
    # a request to share is no sharing done
    ask = sample_draft("Hi Camille, great post on SEO! Could you share it with your team too? Tom")
    assert "sharing it with your team" not in ask


def test_vs_is_not_quoted_in_a_foreign_language():
    text = sample_draft("Hola Camille, leí tu post sobre tráfico orgánico vs tráfico pagado, muy útil. Un saludo, Pablo")
    assert " vs " not in text
    both = sample_draft("Hallo Camille, dein Beitrag zu LinkedIn Ads vs. Meta Ads war super, danke! Grüße, Jonas")
    assert "LinkedIn Ads vs. Meta Ads" in both


# -- a speaking invitation: topic, event and day, never the city on top -------------------------------------------------

def test_speaker_thanks_leave_out_the_city_when_the_day_is_given():
    text = sample_draft("Dear Camille, we are organising the Nordic Retail Summit in Copenhagen on 9 October and would love you "
                        "to speak on SEO for small retailers. Would you be available? Kind regards, Lars Nielsen")
    assert "in Copenhagen on 9 October" not in text


def test_employee_with_an_ecommerce_headline_gets_no_shop_wish():
    text = draft("", "en", "no_note", headline="Marketing Manager | E-commerce | Fashion Scale-up")
    assert "online shop" not in text
    text = draft("", "de", "no_note", headline="Leiterin Online-Marketing | E-Commerce | Möbelhandel")
    assert "Onlineshop" not in text


def test_event_name_with_its_city_is_kept_whole():
    text = sample_draft("Bonjour Camille, nous organisons le Digital Day de Nantes le 5 juin et aimerions vous inviter à intervenir "
                        "sur le SEO local. Seriez-vous disponible ? Cordialement, Paul Girard")
    assert "Digital Day de Nantes" in text
