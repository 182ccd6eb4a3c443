"""Wave 140 mends, found by reading the regression diff after the merge: the sender's laughter ("ahah", "lol", "jaja")
is never said back as part of the questions she remembers; a meeting of the last days (or one to come) is never
"contact picked up again" ("reprendre contact", "weer van je te horen")."""

from __future__ import annotations

from drafting import sample_draft


def test_laughter_after_the_questions_is_not_said_back() -> None:
    # 140 mend, r123 es_pt_it note-56: "ero quella con mille domande sul budget ahah" → "… domande su budget ahah!"
    it = sample_draft("Ciao! Ci siamo incrociate al workshop sulle LinkedIn Ads a Lione il mese scorso, ero quella con mille "
                      "domande sul budget ahah. Ci colleghiamo?")
    assert "ahah" not in it and "domande su budget" in it
    en = sample_draft("Hi Camille, great chatting at the digital marketing bootcamp in Lyon! I was the one with all the "
                      "questions on tiktok lol")
    assert "lol" not in en


def test_a_meeting_of_the_last_days_is_not_contact_picked_up_again() -> None:
    # 140 mend, r103 fr_en note-16: "on se voit jeudi au petit-déj" → "sympa de reprendre contact après notre rencontre jeudi"
    fr = sample_draft("Coucou Camille, c'est Inès du BNI Lyon Confluence ! Contente d'avoir enfin un pied dans ton réseau, on se "
                      "voit jeudi au petit-déj 🥐", headline="Photographe professionnelle")
    assert "reprendre contact" not in fr
    # (an old training with "tu te souviens ?" still picks contact up again)
    old = sample_draft("coucou camille, on était ensemble à la formation Google Ads chez Skema en 2019 tu te souviens ? je suis "
                       "maintenant chef de projet web chez Decathlon, ravi de te retrouver ici")
    assert "reprendre contact" in old


def test_product_pages_for_ai_search_keep_the_ai_answer() -> None:
    # 140 mend, r116 fr_en note-38: "should small shops rewrite their product pages for AI search?" got the local-SEO answer
    en = sample_draft("Hi Camille, saw your post on AI and SEO – really interesting. Do you think small shops should already "
                      "rewrite their product pages for AI search, or is it too early?", headline="E-commerce Manager")
    assert "Google Business Profile" not in en and "AI answers" in en
    # (is local SEO still worth it for small shops, after a talk on SEO and AI, keeps its yes)
    pt = sample_draft("Olá Camille, assisti à tua palestra na Web Summit em Lisboa sobre SEO e IA. Fiquei com uma dúvida: achas "
                      "que o SEO local ainda vale a pena para pequenas lojas?")
    assert "Sim, o SEO vale a pena para um negócio local" in pt


def test_a_coffee_to_talk_about_a_collab_is_no_speaking_invitation() -> None:
    # after round 159: "great talk at the Lyon meetup. Would you fancy a coffee to talk about a content collab?" was read as
    # an invitation to give a talk ("Thank you for thinking of me for a talk about a content collab")
    en = sample_draft("Hi Camille, great talk at the Lyon meetup. Would you fancy a coffee to talk about a content collab? When "
                      "are you free?")
    assert "thinking of me for a talk" not in en
    # (a talk offered is still one)
    talk = sample_draft("Hi Camille, I run the Lyon SEO meetup. Would you be up for a 20-min talk at our next event in March?")
    assert "talk" in talk and "20-minute call" not in talk
