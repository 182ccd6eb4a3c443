"""Reply drafts in the sender's language, from what the note says."""
