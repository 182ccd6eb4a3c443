"""Learning from the owner's corrections: the personal layer over the shipped model."""
