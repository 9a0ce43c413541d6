"""Eternal: one night inside Joel's head while a clinic erases Clementine."""

__version__ = "0.1.0"
