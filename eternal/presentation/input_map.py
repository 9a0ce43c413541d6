"""Keys and buttons to actions: one table, so every screen reads input the same way."""

from __future__ import annotations

import pygame

ADVANCE_KEYS = {pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_PAGEDOWN, pygame.K_RIGHT}
NUMBER_KEYS = {getattr(pygame, f"K_{i}"): i - 1 for i in range(1, 10)}
NUMBER_KEYS.update({getattr(pygame, f"K_KP{i}"): i - 1 for i in range(1, 10)})


def key_action(event: pygame.event.Event) -> str | None:
    """The action a key press asks for: advance, up, down, pick:N, hide, map, back, fullscreen, lang, new, continue."""
    key = event.key
    if key == pygame.K_F11 or (key in (pygame.K_RETURN, pygame.K_KP_ENTER) and event.mod & pygame.KMOD_ALT):
        return "fullscreen"
    if key in NUMBER_KEYS:
        return f"pick:{NUMBER_KEYS[key]}"
    if key in ADVANCE_KEYS:
        return "advance"
    if key in (pygame.K_UP, pygame.K_w):
        return "up"
    if key in (pygame.K_DOWN, pygame.K_s):
        return "down"
    if key == pygame.K_ESCAPE:
        return "back"
    return {
        pygame.K_t: "hide",
        pygame.K_m: "map",
        pygame.K_l: "lang",
        pygame.K_n: "new",
        pygame.K_c: "continue",
        pygame.K_q: "quit",
    }.get(key)
