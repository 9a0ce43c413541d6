"""`eternal autoplay`: a scripted player drives the real game through its event queue and render loop.

Nothing here touches the model directly: the pilot reads what is on screen (the model, as a player reads it) and
posts key presses; the App handles them exactly as it handles a person's. Time is simulated: one fixed step a frame,
no sleeping, so a whole night runs as fast as the machine renders.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eternal.presentation.headless import use_dummy_drivers


def run_autoplay(scenes: Path, policy: str, seed: int, lang: str, size: tuple[int, int], resume: bool,
                 reduce_motion: bool, max_frames: int) -> int:
    """Play the night through with `policy`; print one JSON line with the ending and what survived."""
    use_dummy_drivers()
    import pygame

    from eternal.model.policies import decide
    from eternal.model.state import ENDED
    from eternal.persistence.files import home_dir
    from eternal.persistence.settings import Settings
    from eternal.presentation.app import STEP, App, load_or_report
    from eternal.presentation.screens.title import TitleScreen

    story = load_or_report(scenes)
    if story is None:
        return 1
    settings = Settings(language=lang, reduce_motion=reduce_motion)
    home = home_dir()
    app = App(story, home=home, settings=settings, size=size, seed=seed)
    resumed_from = None
    if resume:
        notice = app.resume_newest()
        if notice:
            print(f"eternal: {notice}; starting a new night", file=sys.stderr)
        else:
            resumed_from = app.night.state.scene if app.night else None

    def press(key: int) -> None:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))

    try:
        while app.frames < max_frames and app.running:
            night = app.night
            play = app.play_screen()
            if isinstance(app.top, TitleScreen):
                press(pygame.K_n)
            elif night is not None and night.phase == ENDED and (play is None or play.revealed()):
                break
            elif night is not None and play is app.top:
                decision = decide(policy, night)
                if decision.action == "continue":
                    press(pygame.K_SPACE)
                elif decision.action == "hide":
                    press(pygame.K_t)
                elif decision.action == "choose":
                    if not play.revealed():
                        press(pygame.K_SPACE)
                    else:
                        ids = [c.id for c in night.choices]
                        index = ids.index(decision.choice)
                        press(getattr(pygame, f"K_{index + 1}") if index < 9 else pygame.K_RETURN)
            app.frame(STEP)
    finally:
        app.quit()
        pygame.quit()
    night = app.night
    ended = night is not None and night.phase == ENDED
    result = {
        "ending": night.state.ending if night else None,
        "outcome": night.state.outcome if night else None,
        "frames": app.frames,
        "erased": list(night.state.erased) if night else [],
        "survived": night.survived() if night else [],
        "finds": night.state.finds if night else 0,
        "policy": policy,
        "seed": seed,
        "lang": lang,
        "resumed_from": resumed_from,
        "saves": str(home / "saves"),
    }
    print(json.dumps(result, ensure_ascii=False))
    if not ended:
        print(f"eternal: autoplay stopped after {app.frames} frames without reaching an ending", file=sys.stderr)
        return 1
    return 0
