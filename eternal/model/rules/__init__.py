"""The rule modules of the night (erasure, hiding) and the story-format commands and conditions they declare."""
