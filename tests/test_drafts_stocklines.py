"""Wave 51 group F: stock lines said as a fluent person would (round 48 en note-28, es note-4, pt note-26).

- the wish for a move, added to a job seeker's draft that already closes on "good luck with the search", goes into
  that closing, never a second wish in the middle of the draft;
- where-to-look advice for agencies is a full sentence ("Yo buscaría en LinkedIn las agencias …"), never the
  telegraphic "Yo buscaría así: en LinkedIn, las agencias …", with the subjunctive in Spanish;
- pt-PT "A França é o meu mercado" (the article) and "num francês natural", never "num francês a sério".
"""
import re

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,headline,closing", [
    ("Hi Camille, I'm a content marketer with 4 yrs experience relocating to Lyon in September. Looking for roles or "
     "freelance work in content/SEO. Would really appreciate any pointers on the local market.\nAnna Schmidt",
     "Content Marketer | Open to work", "Good luck with the move and the search,"),
    ("Hello Camille, SEO specialist here, moving to Lyon next spring. I'm looking for a job or freelance missions in SEO. "
     "Any advice?", "SEO Specialist | Open to work", "with the move and your search,"),
    ("Hi Camille, I'm a junior SEO moving to Lyon in March. Looking for roles or freelance work in SEO; any pointers on "
     "the local market would help!", "SEO | Open to work", "Good luck with the move and the search,"),
])
def test_move_wish_goes_into_the_search_closing(note, headline, closing):
    text = sample_draft(note, headline=headline, name="Anna Schmidt")
    assert closing in text, text
    assert "All the best with your move" not in text
    assert "Good luck with your move" not in text
    assert len(re.findall(r"(?i)good luck|best of luck|all the best", text)) == 1, text


@pytest.mark.parametrize("note,wanted,banned", [
    ("Hola! Soy estudiante de 4º de Publicidad y RRPP en la Complutense y busco practicas en marketing digital a partir "
     "de febrero. ¿Tu agencia acoge becarios? Me interesa mucho el SEO. Gracias!!",
     "Yo buscaría en LinkedIn las agencias de SEO de la zona que te interese", "Yo buscaría así"),
    ("Hola Camille, busco trabajo de SEA después de 4 años en una empresa. ¿Conoces agencias en Sevilla que busquen gente?",
     "Yo buscaría en LinkedIn las agencias de SEA de Sevilla", "Yo buscaría así"),
    ("Ciao Camille, cerco un lavoro nei social ads in Francia. Sapresti quali agenzie a Lione cercano profili junior?",
     "Cercherei su LinkedIn le agenzie di marketing e SEO di Lione", "Ecco come cercherei"),
    ("Olá Camille, procuro trabalho em marketing de conteúdo em França. Sabe que agências em Lyon procuram perfis que "
     "falem português?", "Procuraria no LinkedIn as agências de marketing e SEO em Lyon", "Eis como eu procuraria"),
    ("Hallo Camille, ich suche nach 5 Jahren Inhouse eine neue Stelle. Kennst du Agenturen in Hamburg, die Leute mit SEO "
     "Erfahrung suchen?", "würde ich auf LinkedIn SEO-Agenturen in Hamburg heraussuchen", "So würde ich suchen"),
    ("Hi Camille, I'm job hunting in PPC after 6 years in-house. Do you know agencies in Leeds that might be hiring?",
     "I'd search LinkedIn for PPC agencies in Leeds", "Here is how I'd look"),
])
def test_where_to_look_is_a_full_sentence(note, wanted, banned):
    text = sample_draft(note)
    assert wanted in text, text
    assert banned not in text
    assert "zona que te interesa" not in text


@pytest.mark.parametrize("note,wanted", [
    ("Olá Camille, a Sofia Martins recomendou-me falar consigo. Tenho uma loja online de conservas portuguesas e as "
     "vendas em França estão muito fracas. Faz consultoria para pequenas marcas?", "A França é o meu mercado"),
    ("Bom dia Camille, temos uma marca de calçado em Guimarães e queremos vender mais em França com anúncios no "
     "Instagram. Pode ajudar-nos?", "A França é precisamente o meu mercado"),
    ("Olá Camille, a minha marca de cerâmica quer crescer em França. Trabalha com SEO para marcas estrangeiras?",
     "e a França é precisamente o meu mercado"),
])
def test_pt_france_is_her_market_with_the_article(note, wanted):
    text = sample_draft(note, name="João Silva")
    assert wanted in text, text
    assert "a sério" not in text
    assert not re.search(r"(?:^|[.!:] |Sim, e )França é", text), text
