"""Eternal: an engine for erasure stories: one night inside a head while its memories are erased, one by one."""

__version__ = "0.1.0"
