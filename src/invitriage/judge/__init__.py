"""Judging a note: normalisation, language, cues and rules, the sentence model, campaigns."""
