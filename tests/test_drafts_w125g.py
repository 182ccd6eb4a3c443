"""Wave 125, group G: a reader of the owner's newsletter who praises "the latest article on Google Ads" is thanked for
that article by its topic, never only for following the newsletter."""

from __future__ import annotations

from drafting import sample_draft


def test_spanish_newsletter_reader_praising_the_latest_google_ads_article_gets_its_topic() -> None:
    # 123 es_pt_it note-3: "leo tu newsletter cada semana, el ultimo articulo sobre google ads fue top" thanked only for the newsletter
    es = sample_draft("hola camille, leo tu newsletter cada semana, el ultimo articulo sobre google ads fue top. Gracias x compartir!",
                      name="Diego Morales")
    assert "mi artículo sobre Google Ads" in es


def test_italian_newsletter_reader_praising_the_latest_google_ads_article_gets_its_topic() -> None:
    # 123 es_pt_it note-47: "l ultimo articolo su google ads era davvero utile" thanked only for reading the newsletter
    it = sample_draft("ciao camille leggo sempre la tua newsletter, l ultimo articolo su google ads era davvero utile. grazie!!",
                      name="Alessandro Russo")
    assert "il mio articolo su Google Ads" in it


def test_latest_article_in_the_other_languages_gets_its_topic() -> None:
    fr = sample_draft("bonjour camille, je lis ta newsletter chaque semaine, le dernier article sur google ads était top. merci du partage !",
                      name="Julie Roux")
    assert "mon article sur Google Ads" in fr
    de = sample_draft("hallo camille, ich lese deinen newsletter jede woche, der letzte beitrag über google ads war super. danke fürs teilen!",
                      name="Jan Vogel")
    assert "mein Beitrag über Google Ads" in de
    nl = sample_draft("hoi camille, ik lees je nieuwsbrief elke week, het laatste artikel over google ads was top. bedankt voor het delen!",
                      name="Sanne Jansen")
    assert "mijn artikel over Google Ads" in nl
    pt = sample_draft("oi camille, leio a sua newsletter toda semana, o último artigo sobre google ads foi top. obrigada por compartilhar!",
                      name="Ana Lima")
    assert "meu artigo sobre Google Ads" in pt
    en = sample_draft("hi camille, I read your newsletter every week, the latest article on google ads was great. thanks for sharing!",
                      name="Tom Baker")
    assert "my article on Google Ads" in en


def test_newsletter_without_an_article_and_someone_elses_article_do_not_change() -> None:
    es = sample_draft("hola camille, leo tu newsletter cada semana, me encanta. Gracias x compartir!", name="Diego Morales")
    assert "por seguir mi newsletter" in es and "artículo" not in es
    # the latest article of a HubSpot blog is not hers: never thanked as her own
    other = sample_draft("hola camille, leí el último artículo sobre google ads en un blog de HubSpot, muy bueno.", name="Diego Morales")
    assert "mi artículo" not in other
