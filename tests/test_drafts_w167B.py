"""Wave 167, group B: a direct either/or question answered. "Is Google Ads still worth it for my small shop with a webshop,
or better everything on SEO?" weighs Google Ads against SEO (the shop told between them is only the setting, never a side
of the choice); "do you also work with B2B or mainly e-commerce?" gets a plain yes to B2B, backed by the owner's settings
(never "yes, that's exactly what I do"); "do carousels still beat text posts?" gets her view on the two formats (never
only a call offered)."""

from drafting import sample_draft

from invitriage.drafts import smallq


def _d(note: str, headline: str = "", name: str = "Alex Martin") -> str:
    return sample_draft(note, headline=headline, name=name)


def test_google_ads_or_seo_with_the_shop_told_between_is_weighed():
    for note, both in [
        ("hoi camille, snelle vraag: is google ads nog zinvol voor een kleine fietsenwinkel met webshop of beter alles op SEO "
         "inzetten? budget is klein haha. thanks! Niels", "Allebei"),
        ("Hallo Camille, lohnt sich Google Ads noch für einen kleinen Teeladen mit Onlineshop oder besser alles in SEO stecken? "
         "Das Budget ist klein. Danke, Jonas", "Beides"),
        ("Hi Camille, is Google Ads still worth it for a small candle shop with a webshop, or better to put everything into SEO? "
         "Budget is tight. Thanks, Tom", "from day one"),
    ]:
        d = _d(note, name="Niels Hendriks")
        assert both in d and "SEO" in d and "categor" not in d, d


def test_seo_basics_for_a_webshop_keep_their_answer():
    d = _d("Hoi Camille, ik heb een kleine webshop in theeën. Hoe begin ik met SEO?", name="Sanne Visser")
    assert "categorie" in d, d


def test_b2b_or_mainly_ecommerce_gets_a_plain_yes_to_b2b():
    for note, yes in [
        ("Bonjour Camille, fondateur d'une startup SaaS B2B (12 personnes), je cherche à structurer notre acquisition. "
         "Vous intervenez aussi en B2B ou surtout en e-commerce ?\nBien à vous,\nNicolas Faure", "aussi en B2B"),
        ("Hi Camille, founder of a B2B SaaS startup here (15 people). We're struggling to structure our acquisition – do you also "
         "work with B2B or mainly e-commerce?\nBest,\nAlex Kim", "B2B companies too"),
        ("Hi Camille, I run a small logistics software company. Do you work with B2B clients as well, or only online shops? Thanks, Priya",
         "B2B companies too"),
    ]:
        d = _d(note, name="Nicolas Faure")
        assert yes in d, d
        assert "exactly what I do" not in d and "tout à fait mon métier" not in d, d


def test_b2b_yes_needs_her_settings():
    assert smallq.asked("Do you also work with B2B or mainly e-commerce?") == "b2b"
    assert smallq.owner_serves("b2b", ["founders of small businesses and e-shops", "marketing directors"])
    assert not smallq.owner_serves("b2b", ["students in digital marketing"])


def test_small_business_question_keeps_its_yes():
    d = _d("Hello Camille, do you consult for small businesses? I run a candle shop.", name="Tom Baker")
    assert "small businesses and e-shops" in d, d


def test_carousels_or_text_posts_gets_her_view():
    for note, view in [
        ("Hi Camille, saw your post about LinkedIn organic reach dropping. For a B2B SaaS, do you think carousels still "
         "outperform text posts? Curious about your take.", "text post"),
        ("Salut Camille, pour une agence RH, les carrousels marchent mieux que les posts texte sur LinkedIn selon toi ?", "post texte"),
    ]:
        d = _d(note, name="Ben Wallace")
        assert view in d and "15-minute call" not in d, d


def test_carousels_or_video_keeps_the_video_side():
    d = _d("Hi Camille, on LinkedIn, carousels or videos: which works better for a small agency?", name="Ben Wallace")
    assert "video" in d and "carousels" in d, d
