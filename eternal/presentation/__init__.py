"""The pygame-ce presentation: the only package that imports pygame. It reads the model and turns input into actions."""
