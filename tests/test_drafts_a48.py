"""Wave 48, group A: advice questions answered, not misread (round 45 review rows)."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts import career
from invitriage.drafts.notefacts import choice_options
from invitriage.drafts.pick import choice


# fr_en note-13: a career changer asking which course or certification: the course answer, never "tell me where you stand"
@pytest.mark.parametrize("note, want", [
    ("Bonjour Camille, je suis en reconversion professionnelle (j'étais comptable) et je vise un poste de content manager. Auriez-vous des formations ou certifications à me recommander ?",
     "stratégie de contenu"),
    ("Hola Camille, estoy en plena reconversión (antes era maestra) y quiero trabajar como redactora de contenidos. ¿Me recomiendas algún curso o certificación?",
     "estrategia de contenidos"),
    ("Ciao Camille, sto cambiando carriera (ero commessa) e punto a un ruolo da redattrice di contenuti. Mi consigli un corso o una certificazione?",
     "content strategy"),
])
def test_career_changer_course_answered(note: str, want: str) -> None:
    text = sample_draft(note, name="Claire Martin")
    assert want in text
    assert "où vous en êtes et ce que vous visez" not in text


@pytest.mark.parametrize("question", ["des conseils de formation ou de certification ?", "un corso o una certificazione?",
                                      "einen Kurs oder ein Zertifikat?"])
def test_course_or_certification_is_no_choice(question: str) -> None:
    assert choice_options(question) == []


# fr_en note-27: someone who has just started a first job asks advice: advice, never a job seeker's reply (CV, "the search")
@pytest.mark.parametrize("note, absent", [
    ("hi camille, i just started my first job as a marketing assistant. if you had to name one skill to build this year, which would it be?",
     ("CV", "search")),
    ("Salut Camille ! Je viens de commencer mon premier poste en marketing. Si tu devais choisir une seule compétence à travailler cette année, ce serait laquelle ?",
     ("CV", "recherche")),
])
def test_first_job_is_no_job_search(note: str, absent: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Marketing Assistant", name="Sam Lee")
    for word in absent:
        assert word not in text


# fr_en note-37: years in the trade told as "5 yrs SEO" make an experienced sender
@pytest.mark.parametrize("note", ["Looking for a new job, 6 yrs SEO, moving to Lyon. Tips?", "je cherche un poste, 7 ans en agence, des conseils ?",
                                  "Ich suche eine neue Stelle (8 Jahre im Performance Marketing). Tipps?"])
def test_years_in_trade_is_experienced(note: str) -> None:
    assert career.stage(note) == "experienced"


def test_experienced_seeker_gets_no_junior_advice() -> None:
    text = sample_draft("Hello Camille, I'm job hunting after 6 yrs SEO in London and moving to Lyon in September. Which agencies should I look at?",
                        headline="Senior SEO | Open to work", name="Tom Baker")
    assert "projects from your studies" not in text
    assert "how juniors learn" not in text


# es_pt_it note-33: "SEO" for an Instagram profile: her honest answer (Instagram's own search), never a budget asked
@pytest.mark.parametrize("note, want", [
    ("Oi Camille! Trabalho com social media. Otimizar o perfil do Instagram para SEO vale a pena ou é mito?", "busca própria"),
    ("hola camille, ¿sirve de algo el SEO para un perfil de Instagram o es puro humo?", "buscador"),
    ("Hi Camille, is Instagram SEO actually a thing or just hype?", "own search"),
    ("Salut Camille, le SEO sur Instagram, ça sert vraiment à quelque chose ?", "propre recherche"),
])
def test_instagram_seo_answered(note: str, want: str) -> None:
    text = sample_draft(note, name="Rita Lopes")
    assert want in text
    for budget in ("orçamento e eu", "presupuesto y", "budget and I", "votre budget", "ton budget"):
        assert budget not in text


# es_pt_it note-54: the choice is between the two options of the question, never a channel named elsewhere in the note
def test_choice_between_the_question_options() -> None:
    assert choice("vi tu post en LinkedIn sobre reels vs tiktok. para mi tienda de velas, ¿mejor Google Ads o Meta?", "", "es").startswith("Entre Google Ads y Meta Ads")
    text = sample_draft("ciao camille, ho letto il tuo post su linkedin, reels vs tiktok: per la mia piccola pasticceria meglio instagram o tiktok?",
                        name="Giulia Rossi")
    assert "LinkedIn Ads" not in text
    assert "B2B" not in text
    assert "Instagram" in text and "TikTok" in text


# de_nl note-12: back after parental leave, a job or freelancing: both halves answered, the leave named
@pytest.mark.parametrize("note, leave, freelance", [
    ("Hallo Camille, nach der Elternzeit suche ich wieder eine Stelle (davor 5 Jahre Content Managerin). Hast du Tipps für den Wiedereinstieg, oder lohnt es sich, selbstständig zu werden?",
     "Elternzeit", "Freelancing"),
    ("Hoi Camille, na mijn ouderschapsverlof zoek ik weer werk (7 jaar marketeer). Heb je tips om terug te komen, of is zzp'er worden slim?",
     "ouderschapsverlof", "Freelancen"),
    ("Hi Camille, back from parental leave after 5 years as a content manager. Any advice on getting back in, or is going freelance worth it?",
     "parental leave", "Freelancing"),
])
def test_parental_leave_job_or_freelance(note: str, leave: str, freelance: str) -> None:
    text = sample_draft(note, name="Eva Janssen")
    assert leave in text
    assert freelance in text
    assert "eine Pause oder ein Wechsel" not in text
