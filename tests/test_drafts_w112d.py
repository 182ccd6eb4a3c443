"""Wave 112, group D: calls, the call language, events and meetings (the link she is asked for after a fair, never "I look
forward to your info")."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts import misread


def test_message_sent_as_promised_is_no_material_to_await() -> None:
    # 111 de_nl note-41: "Zoals beloofd stuur ik je even een berichtje – wil je me nog de link naar je checklist … sturen?"
    nl = sample_draft("Hoi Camille, we hebben elkaar gesproken op de dmexco in Keulen bij de stand van Semrush. Zoals beloofd stuur ik je even "
                      "een berichtje – wil je me nog de link naar je checklist voor e-commerce SEO sturen? Dank je & tot snel, Nina",
                      headline="Content Manager, Bol.com", name="Nina van Leeuwen")
    assert "Ik kijk uit naar je info" not in nl
    assert "link" in nl
    en = sample_draft("Hi Camille, we met at the SEO Camp in Lyon at the Semrush booth. As promised I'm sending you a quick message – could you "
                      "send me the link to your checklist for e-commerce SEO? Thanks, Nina", headline="Content Manager", name="Nina Smith")
    assert "Looking forward to your info" not in en and "link" in en
    assert not misread.they_send("Wie versprochen schicke ich dir eine kurze Nachricht – kannst du mir den Link zu deiner Checkliste schicken?")
    # their own material, promised, is still awaited
    assert misread.they_send("Zoals beloofd stuur ik je de presentatie van ons project volgende week.")
    assert misread.they_send("As promised, I'll send you a message with our brief tomorrow.")
