"""Cross-fades: the outgoing frame is held and blended away over the incoming one. The time is always passed in."""

from __future__ import annotations

import pygame

SCREEN_FADE = 0.35  # seconds a menu or page takes to give way to the next
SCENE_FADE = 0.6  # seconds one memory takes to give way to the next where the night jumps (hiding, found, ending)
PLAIN_FADE = 0.15  # with reduce motion: a short plain fade, nothing that sweeps or lingers


def fade_amount(start: float, seconds: float, now: float) -> float:
    """How much of the outgoing frame still shows (1 at `start`, 0 after `seconds`), eased so it lets go softly."""
    if seconds <= 0:
        return 0.0
    left = 1.0 - min(1.0, max(0.0, (now - start) / seconds))
    return left * left * (3 - 2 * left)  # a smoothstep: it leaves gently and lands gently


def fade_seconds(seconds: float, reduce_motion: bool) -> float:
    return min(seconds, PLAIN_FADE) if reduce_motion else seconds


class CrossFade:
    """A copy of the frame being left, drawn over the new one with less and less strength."""

    def __init__(self, outgoing: pygame.Surface, start: float, seconds: float) -> None:
        self.outgoing = outgoing
        self.start = start
        self.seconds = seconds

    @classmethod
    def of(cls, canvas: pygame.Surface, start: float, seconds: float) -> "CrossFade":
        return cls(canvas.copy(), start, seconds)

    def done(self, now: float) -> bool:
        return now - self.start >= self.seconds

    def draw(self, canvas: pygame.Surface, now: float) -> bool:
        """Blend the held frame over `canvas`; False once it is over (or the canvas changed size under it)."""
        if self.outgoing.get_size() != canvas.get_size():
            return False
        amount = fade_amount(self.start, self.seconds, now)
        if amount <= 0.004:
            return False
        _blend(canvas, self.outgoing, (0, 0), amount)
        return True


class RegionFade:
    """The same for one part of the screen (the text box when a line gives way to the next)."""

    def __init__(self, outgoing: pygame.Surface, rect: pygame.Rect, start: float, seconds: float) -> None:
        self.outgoing = outgoing
        self.rect = rect.copy()
        self.start = start
        self.seconds = seconds

    @classmethod
    def of(cls, canvas: pygame.Surface, rect: pygame.Rect, start: float, seconds: float) -> "RegionFade | None":
        rect = rect.clip(canvas.get_rect())
        if rect.width <= 0 or rect.height <= 0:
            return None
        return cls(canvas.subsurface(rect).copy(), rect, start, seconds)

    def draw(self, canvas: pygame.Surface, now: float) -> bool:
        amount = fade_amount(self.start, self.seconds, now)
        if amount <= 0.004 or not canvas.get_rect().contains(self.rect):
            return False
        _blend(canvas, self.outgoing, self.rect.topleft, amount)
        return True


def _blend(canvas: pygame.Surface, picture: pygame.Surface, where: tuple[int, int], amount: float) -> None:
    """Lay `picture` over the canvas at `amount` opacity. Full strength is a plain copy: pygame-ce takes a slow path
    (~50 ms at 1080p) for an opaque picture blitted with a per-surface alpha of 255."""
    alpha = int(255 * amount)
    picture.set_alpha(None if alpha >= 255 else alpha)
    canvas.blit(picture, where)
