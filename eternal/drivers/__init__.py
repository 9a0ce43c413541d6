"""Drivers of a night that are not a person at the keyboard: the scripted players of autoplay, benches and tests."""
