"""`eternal autoplay`: a scripted player drives the real game through its event queue and render loop.

The pilot acts only on what is on screen: it reads the options the text box laid out and clicks (or keys) the one its
policy wants; a choice point with nothing drawn, or without the wanted option, stops it with exit 1. Time is
simulated: one fixed step a frame, no sleeping, so a whole night runs as fast as the machine renders.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eternal.presentation.headless import use_dummy_drivers


class NotOnScreen(Exception):
    """The policy wants a choice that the screen does not show."""


def run_autoplay(scenes: Path, policy: str, seed: int, lang: str | None, size: tuple[int, int], resume: bool,
                 reduce_motion: bool, max_frames: int, input_mode: str = "mouse", scale: float = 1.0,
                 showcase: bool = False) -> int:
    """Play the night through with `policy`; print one JSON line with the ending and what was read."""
    use_dummy_drivers()
    import pygame

    from eternal.drivers.policies import decide
    from eternal.model.state import CHOOSING, ENDED, ESCAPING
    from eternal.persistence.files import home_dir
    from eternal.persistence.settings import Settings
    from eternal.presentation.bootstrap import build_app
    from eternal.presentation.launch import LaunchOptions, language_problem, load_or_report
    from eternal.presentation.loop import STEP
    from eternal.presentation.screens.play import choice_label
    from eternal.presentation.screens.title import TitleScreen

    story = load_or_report(scenes)
    if story is None:
        return 1
    problem = language_problem(story, lang)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    home = home_dir()
    options = LaunchOptions(size=size, lang=lang or story.languages[0], reduce_motion=reduce_motion, seed=seed,
                            showcase=showcase)
    app = build_app(story, Settings(text_scale=scale), home, options)
    lang = app.settings.language
    resumed_from = None
    if resume:
        notice = app.resume_newest()
        if notice:
            print(f"eternal: {notice}; starting a new night", file=sys.stderr)
        else:
            resumed_from = app.night.state.scene if app.night else None

    def press(key: int) -> None:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))

    def click(canvas_pos: tuple[int, int]) -> None:
        pos = (canvas_pos[0] + app.canvas_rect.x, canvas_pos[1] + app.canvas_rect.y)
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))

    def pick_on_screen(choice_id: str) -> None:
        night = app.night
        wanted = next(c for c in night.choices if c.id == choice_id)
        label = choice_label(wanted, lang)
        drawn = app.box.laid_out
        where = night.point()
        if not drawn:
            raise NotOnScreen(f"choice point {where}: no option is drawn on screen")
        match = next((c for c in drawn if c.label == label), None)
        if match is None:
            shown = "; ".join(c.label for c in drawn)
            raise NotOnScreen(f"choice point {where}: the option {label!r} is not on screen (drawn: {shown})")
        canvas = app.canvas_rect
        if not (0 <= match.rect.left and match.rect.right <= canvas.width and 0 <= match.rect.top
                and match.rect.bottom <= canvas.height):
            raise NotOnScreen(f"choice point {where}: the option {label!r} lies outside the window at {tuple(match.rect)}")
        if input_mode == "keys" and match.number <= 9:
            press(getattr(pygame, f"K_{match.number}"))
        else:
            click(match.rect.center)

    failure = None
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
                elif decision.action == "choose" and night.phase in (CHOOSING, ESCAPING):
                    if not play.revealed():
                        press(pygame.K_SPACE)  # the prompt is still typing: show it whole first
                    else:
                        pick_on_screen(decision.choice or "")
            app.frame(STEP)
    except NotOnScreen as exc:
        failure = str(exc)
    finally:
        app.quit()
        pygame.quit()
    night = app.night
    ended = night is not None and night.phase == ENDED
    shown = app.shown
    result = {
        "ending": night.state.ending if night else None,
        "outcome": night.state.outcome if night else None,
        "frames": app.frames,
        "erased": list(night.state.erased) if night else [],
        "survived": night.survived() if night else [],
        "saved": list(night.state.saved) if night else [],
        "seen": list(shown.seen),
        "words": shown.words,
        "choices_shown": shown.choices_shown,
        "choices_made": shown.choices_made,
        "hides": night.state.hides if night else 0,
        "finds": night.state.finds if night else 0,
        "policy": policy,
        "seed": seed,
        "lang": lang,
        "resumed_from": resumed_from,
        "saves": str(app.services.story_home / "saves"),
    }
    print(json.dumps(result, ensure_ascii=False))
    if failure:
        print(f"eternal: autoplay failed: {failure}", file=sys.stderr)
        return 1
    if not ended:
        print(f"eternal: autoplay stopped after {app.frames} frames without reaching an ending", file=sys.stderr)
        return 1
    return 0
