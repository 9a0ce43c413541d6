"""The era palettes, Clementine's hair (the one saturated accent), and the looks of Joel, Clementine and others."""

from __future__ import annotations

from .svg import *


HAIR = {
    "winter": "#8b2be8",     # vivid violet
    "amber": "#d3102e",      # cherry red
    "summer": "#00b8a9",     # bright teal
    "childhood": "#ffc512",  # sunflower yellow
    "clinic": "#8b2be8",     # violet again: the real world is right after the breakup
}


ERA = {
    "clinic": dict(skin="#e4cdbd", ink="#28302c", blush="#d39a90", joel_coat="#5c6561", joel_trousers="#3b4240",
                   joel_hair="#3a332f", shoes="#2a2e2c", shirt="#c9d2cc", scarf="#6f7a74", muted="#8a9a92"),
    "winter": dict(skin="#d9c7bf", ink="#1f2430", blush="#b99096", joel_coat="#4a5262", joel_trousers="#2f3440",
                   joel_hair="#2e2a2c", shoes="#1e2128", shirt="#8d97a6", scarf="#5d6878", muted="#6d7888"),
    "amber": dict(skin="#e6b995", ink="#2e1c12", blush="#d08068", joel_coat="#655c55", joel_trousers="#3d3530",
                  joel_hair="#33261e", shoes="#2a201a", shirt="#a39380", scarf="#7a6a5a", muted="#8a6a50"),
    "summer": dict(skin="#eec19b", ink="#3a2618", blush="#e0907a", joel_coat="#7d7f7d", joel_trousers="#4f5152",
                   joel_hair="#3a2c22", shoes="#3a3230", shirt="#b8b6ac", scarf="#8a8478", muted="#b08a60"),
    "childhood": dict(skin="#f1d6c4", ink="#5a4a52", blush="#eba8a8", joel_coat="#a3abb5", joel_trousers="#7f8794",
                      joel_hair="#8a6a58", shoes="#6e6470", shirt="#dfe3e8", scarf="#b9b0c8", muted="#c8b8c8"),
}


def joel_look(era: str, **over):
    e = ERA[era]
    look = dict(skin=e["skin"], ink=e["ink"], blush=None, coat=e["joel_coat"], trousers=e["joel_trousers"],
                shoes=e["shoes"], hair=e["joel_hair"], hair_style="short", hem=62, hem_w=84, shirt=e["shirt"],
                scarf=None, build=1.0)
    look.update(over)
    return look


def clem_look(era: str, **over):
    e = ERA[era]
    clothes = {
        "winter": dict(coat="#3f4757", trousers="#2b2f3a", scarf="#767080", hem=70, hem_w=92),
        "amber": dict(coat="#7a4e38", trousers="#3e2c24", scarf=None, hem=18, hem_w=72),
        "summer": dict(coat="#d9ccb0", trousers="#7a7a70", scarf=None, hem=22, hem_w=70),
        "childhood": dict(coat="#c9bcd9", trousers="#9b93a8", scarf="#e6cfa8", hem=60, hem_w=96),
        "clinic": dict(coat="#6f7f77", trousers="#3c4440", scarf=None, hem=22, hem_w=70),
    }[era]
    look = dict(skin=light(e["skin"], 0.12), ink=e["ink"], blush=e["blush"], trousers=clothes["trousers"],
                shoes=dark(e["shoes"], 0.1), hair=HAIR[era], hair_style="bob", shirt=light(clothes["coat"], 0.3),
                build=0.86, female=True)
    look.update(clothes)
    look.update(over)
    return look


def other_look(era: str, coat: str, hair: str, style: str, **over):
    e = ERA[era]
    look = dict(skin=e["skin"], ink=e["ink"], blush=None, coat=coat, trousers=dark(coat, 0.35), shoes=e["shoes"],
                hair=hair, hair_style=style, hem=16, hem_w=70, shirt=light(coat, 0.35), scarf=None, build=0.95)
    look.update(over)
    return look
