"""Keys, buttons, pads and presenter remotes to actions: one table, so every screen reads input the same way."""

from __future__ import annotations

import pygame

ADVANCE_KEYS = {pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_F5}  # F5: a presenter remote's third button
NUMBER_KEYS = {getattr(pygame, f"K_{i}"): i - 1 for i in range(1, 10)}
NUMBER_KEYS.update({getattr(pygame, f"K_KP{i}"): i - 1 for i in range(1, 10)})

# SDL game-controller buttons (the same layout for every pad SDL knows: A at the bottom, B on the right).
PAD = {
    pygame.CONTROLLER_BUTTON_A: "advance",
    pygame.CONTROLLER_BUTTON_B: "back",
    pygame.CONTROLLER_BUTTON_X: "hide",
    pygame.CONTROLLER_BUTTON_Y: "map",
    pygame.CONTROLLER_BUTTON_START: "pause",
    pygame.CONTROLLER_BUTTON_BACK: "history",
    pygame.CONTROLLER_BUTTON_LEFTSHOULDER: "rollback",  # back a line, as in Ren'Py (at the start: the history)
    pygame.CONTROLLER_BUTTON_RIGHTSHOULDER: "skip",
    pygame.CONTROLLER_BUTTON_DPAD_UP: "up",
    pygame.CONTROLLER_BUTTON_DPAD_DOWN: "down",
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: "left",
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: "right",
}


def key_action(event: pygame.event.Event) -> str | None:
    """The action a key press asks for (None for keys the game does not use)."""
    key = event.key
    if key == pygame.K_F11 or (key in (pygame.K_RETURN, pygame.K_KP_ENTER) and event.mod & pygame.KMOD_ALT):
        return "fullscreen"
    if key in NUMBER_KEYS:
        return f"pick:{NUMBER_KEYS[key]}"
    if key in ADVANCE_KEYS:
        return "advance"
    if key == pygame.K_PAGEDOWN:
        return "page_down"  # a presenter remote's forward button: on in the night, down in a menu
    if key == pygame.K_PAGEUP:
        return "page_up"  # its back button: back a line in the night (at a choice: up), up in a menu
    if key == pygame.K_F1:
        return "help"
    if key == pygame.K_F12:
        return "screenshot"  # not S, which moves down (W A S D)
    if key in (pygame.K_u, pygame.K_DELETE):
        return "clean"  # hide the interface to look at the picture (H, Ren'Py's key for it, is the history here)
    return {
        pygame.K_UP: "up",
        pygame.K_w: "up",
        pygame.K_DOWN: "down",
        pygame.K_s: "down",
        pygame.K_LEFT: "left",
        pygame.K_a: "left",
        pygame.K_RIGHT: "right",
        pygame.K_d: "right",
        pygame.K_ESCAPE: "back",
        pygame.K_PERIOD: "back",  # many presenter remotes send "." for their blank-screen button
        pygame.K_BACKSPACE: "back",
        pygame.K_t: "hide",
        pygame.K_m: "map",
        pygame.K_h: "history",
        pygame.K_TAB: "skip",
        pygame.K_l: "lang",
        pygame.K_v: "voice",  # self-voicing: read the screen aloud
        pygame.K_n: "new",
        pygame.K_c: "continue",
        pygame.K_q: "quit",
        pygame.K_p: "pause",
    }.get(key)


def pad_action(event: pygame.event.Event) -> str | None:
    return PAD.get(getattr(event, "button", None))
