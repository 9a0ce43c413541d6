"""The pure model: loaded story data, the night's rules and its state. Never imports pygame."""
