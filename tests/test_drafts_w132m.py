"""Our mend after fix wave 132, from reading every changed regression draft: wave 132 e made "your session" her talk
attended in Dutch too, and a Dutch "we spraken elkaar kort na je sessie" (a talk together after hers) lost its
conversation: "leuk dat je bij mijn lezing was!" instead of "leuk om na ons gesprek … in contact te blijven"."""

from drafting import sample_draft


def test_a_talk_together_after_her_session_keeps_the_conversation():
    # r117 / r124 / r139 de_nl note-23: the sender spoke with her after her session
    nl = sample_draft("Hoi Camille, we spraken elkaar vorige week kort op Marketing Live in Amsterdam na jouw sessie over lokale "
                      "SEO. Leuk om te connecten! Groet, Sanne", name="Sanne Visser")
    assert "na ons gesprek vorige week op Marketing Live in Amsterdam" in nl and "bij mijn lezing" not in nl


def test_her_talk_attended_without_a_conversation_is_still_thanked_as_her_talk():
    # 139 es_pt_it note-23 (wave 132 e), which must not change
    pt = sample_draft("Oi Camille, tudo bem? Te conheci no RD Summit em Florianópolis, na palestra sobre SEO para e-commerce. "
                      "Adorei as dicas! Vamos manter contato 😊 Abs, Fernanda", name="Fernanda Lima")
    assert "minha palestra no RD Summit" in pt and "nossa conversa" not in pt
