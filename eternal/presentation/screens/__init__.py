"""The screens of the game; the App keeps them in a stack (a pause menu sits on top of the night it pauses)."""
