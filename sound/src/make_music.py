#!/usr/bin/env python3
"""make_music.py: compose the five pieces of "Eternal" as MIDI, render them offline, ship them as OGG Vorbis.

    python3 sound/src/make_music.py                    # every piece into sound/
    python3 sound/src/make_music.py winter amber       # only these
    python3 sound/src/make_music.py --out DIR --keep   # elsewhere; keep the .mid and .wav beside the .ogg

Needs (build time only, none of it at run time): fluidsynth, the FluidR3 General MIDI soundfont
(Debian: fluid-soundfont-gm), sox and oggenc (vorbis-tools). The MIDI writer is the small one below: no Python
package beyond the standard library.

Every piece is one looping track, so it is rendered as a circle: fluidsynth renders the score plus a few seconds
of release and reverb, and everything past the loop's end is mixed back onto its start (what a listener hears once
the loop has gone round). The last bars of each piece lead harmonically back into its first.

Deterministic: the small human unevenness of timing and touch comes from random.Random with a fixed seed per piece,
sox runs in its repeatable mode without dither, and oggenc gets a fixed stream serial number.

The pieces share one leitmotif for Clementine: a leap up a sixth from the fifth of the key, a step down, a turn,
home (5 - 3 - 2 - 3 - 1). Summer plays it whole; winter breaks it off before it gets home; amber bends the sixth
minor; childhood turns it into a waltz; the clinic turns it upside down and slows it to a crawl, until the real
one leaks through in its middle section.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

RATE = 44100
PPQ = 480
SOUNDFONT = "/usr/share/sounds/sf2/FluidR3_GM.sf2"  # where Debian's fluid-soundfont-gm puts it
OGG_QUALITY = "3"

# --------------------------------------------------------------------------- pitch and harmony

_PC = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
_QUALITY = {
    "": (0, 4, 7), "m": (0, 3, 7), "7": (0, 4, 7, 10), "maj7": (0, 4, 7, 11), "m7": (0, 3, 7, 10),
    "m9": (0, 3, 7, 10, 14), "maj9": (0, 4, 7, 11, 14), "9": (0, 4, 7, 10, 14), "add9": (0, 4, 7, 14),
    "madd9": (0, 3, 7, 14), "sus2": (0, 2, 7), "sus4": (0, 5, 7), "7sus4": (0, 5, 7, 10), "6": (0, 4, 7, 9),
    "m6": (0, 3, 7, 9), "6/9": (0, 4, 7, 9, 14), "dim": (0, 3, 6), "m7b5": (0, 3, 6, 10), "7b9": (0, 4, 7, 10, 13),
    "maj7#11": (0, 4, 7, 11, 18), "mmaj7": (0, 3, 7, 11), "dim7": (0, 3, 6, 9),
}


def pitch_class(name: str) -> int:
    pc = _PC[name[0]]
    for ch in name[1:]:
        pc += {"#": 1, "b": -1}[ch]
    return pc % 12


def midi(name: str) -> int:
    """'A4' -> 69, 'F#5' -> 78, 'Bb2' -> 46."""
    i = len(name.rstrip("0123456789-"))
    return 12 * (int(name[i:]) + 1) + pitch_class(name[:i])


@dataclass(frozen=True)
class Chord:
    root: int           # pitch class
    tones: tuple        # intervals above the root
    bass: int           # pitch class of the lowest note

    @property
    def pcs(self) -> list[int]:
        return [(self.root + t) % 12 for t in self.tones]

    @property
    def guide(self) -> list[int]:
        """The tones that say what the chord is: third (or suspension) and seventh (or sixth)."""
        return [(self.root + t) % 12 for t in self.tones if t % 12 in (2, 3, 4, 5, 9, 10, 11)]


def chord(symbol: str) -> Chord:
    body, _, over = symbol.replace("6/9", "69").partition("/")  # the only slash that is not a bass note
    n = 2 if len(body) > 1 and body[1] in "#b" else 1
    root, quality = pitch_class(body[:n]), body[n:].replace("69", "6/9")
    return Chord(root, _QUALITY[quality], pitch_class(over) if over else root)


def progression(text: str, beats_per_bar: float) -> list[tuple[float, float, Chord]]:
    """'Dm Bbmaj7 A7sus4,A7' -> (beat, length, chord): one bar per word; commas split a bar evenly."""
    out, beat = [], 0.0
    for bar in text.split():
        parts = bar.split(",")
        for part in parts:
            out.append((beat, beats_per_bar / len(parts), chord(part)))
            beat += beats_per_bar / len(parts)
    return out


def voice(c: Chord, prev: list[int] | None, n: int, low: int, high: int) -> list[int]:
    """n voices of chord c between low and high, moving as little as possible from prev (voice-leading): every
    guide tone present, no minor seconds or ninths, no tension at the bottom, few doublings."""
    cands = [p for p in range(low, high + 1) if p % 12 in c.pcs]
    tensions = {t % 12 for t in c.tones if t > 12}
    need = set(c.guide[:n]) or {c.root}
    best, best_cost = None, 1e9
    centre = (low + high) / 2
    for combo in itertools.combinations(cands, n):
        pcs = [p % 12 for p in combo]
        if not need <= set(pcs):
            continue
        if any(b - a < 2 for a, b in zip(combo, combo[1:])):
            continue
        if any(b - a == 13 for a, b in itertools.combinations(combo, 2)):
            continue  # a minor ninth inside a chord is a clash, not a colour
        if (combo[0] - c.root) % 12 in tensions:
            continue  # a ninth or eleventh at the bottom muddies the chord
        cost = 0.0
        if prev and len(prev) == n:
            cost += sum(abs(a - b) for a, b in zip(combo, prev))
        else:
            cost += abs(sum(combo) / n - centre)
        cost += 3 * (n - len(set(pcs)))  # doublings thin the colour
        cost += 2 * sum(1 for a, b in zip(combo, combo[1:]) if b - a == 2)
        if cost < best_cost:
            best, best_cost = list(combo), cost
    if best is None:  # too narrow a range for the rules: just stack the chord
        return sorted(cands[:n])
    return best


def bass_note(c: Chord, low: int) -> int:
    """The chord's bass in the octave starting at low."""
    return low + (c.bass - low) % 12


# --------------------------------------------------------------------------- a score and its MIDI file


@dataclass
class Part:
    channel: int
    program: int
    pan: int        # 0 left .. 127 right
    volume: int = 100
    reverb: int = 60
    events: list = field(default_factory=list)   # (tick, order, bytes): note-offs sort before note-ons


class Score:
    def __init__(self, name: str, bpm: float, beats_per_bar: int, seed: int) -> None:
        self.name = name
        self.beats_per_bar = beats_per_bar
        self.tempi: list[tuple[float, float]] = [(0.0, bpm)]
        self.parts: dict[str, Part] = {}
        self.rng = random.Random(seed)
        self.length = 0.0  # in beats: where the loop goes round

    def part(self, key: str, channel: int, program: int, pan: int, volume: int = 100, reverb: int = 60) -> None:
        self.parts[key] = Part(channel, program, pan, volume, reverb)

    def tempo(self, beat: float, bpm: float) -> None:
        self.tempi.append((beat, bpm))
        self.tempi.sort()

    def seconds(self, beat: float) -> float:
        t, last_beat, last_bpm = 0.0, 0.0, self.tempi[0][1]
        for b, bpm in self.tempi:
            if b >= beat:
                break
            t += (b - last_beat) * 60.0 / last_bpm
            last_beat, last_bpm = b, bpm
        return t + (beat - last_beat) * 60.0 / last_bpm

    def bar(self, n: int) -> float:
        """The beat where bar n (counted from 1) starts."""
        return (n - 1) * self.beats_per_bar

    def note(self, key: str, beat: float, length: float, pitch: int, vel: int, legato: float = 0.96,
             human: float = 1.0) -> None:
        p = self.parts[key]
        jitter = int(self.rng.gauss(0, 6) * human) if beat > 0 else 0  # the very first downbeat stays exact
        on = max(0, round(beat * PPQ) + jitter)
        off = max(on + 20, round((beat + length * legato) * PPQ) + jitter)
        vel = max(1, min(127, round(vel + self.rng.gauss(0, 3) * human)))
        p.events.append((on, 1, bytes((0x90 | p.channel, pitch, vel))))
        p.events.append((off, 0, bytes((0x80 | p.channel, pitch, 0))))

    def cc(self, key: str, beat: float, control: int, value: float) -> None:
        p = self.parts[key]
        p.events.append((round(beat * PPQ), 0, bytes((0xB0 | p.channel, control, max(0, min(127, round(value)))))))

    def swell(self, key: str, beat0: float, beat1: float, v0: float, v1: float, steps: int = 16) -> None:
        """Expression (CC 11) from v0 to v1: how strings and pads breathe across a phrase."""
        for i in range(steps + 1):
            self.cc(key, beat0 + (beat1 - beat0) * i / steps, 11, v0 + (v1 - v0) * i / steps)

    def pedal(self, key: str, chords: list, start: float) -> None:
        """The sustain pedal, changed with each chord (lifted just before it, pressed just after)."""
        for beat, _, _ in chords:
            self.cc(key, start + beat - 0.05 if start + beat > 0 else 0, 64, 0)
            self.cc(key, start + beat + 0.08, 64, 100)

    def line(self, key: str, start: float, text: str, vel: int = 80, transpose: int = 0, legato: float = 0.96,
             arch: float = 10.0) -> float:
        """A melody: 'A4:1 F5:3 r:2 ...' (pitch:beats), each phrase rising a little in the middle. Returns its end."""
        tokens = [t.split(":") for t in text.split()]
        total = sum(float(d) for _, d in tokens)
        beat = start
        for name, dur in tokens:
            d = float(dur)
            if name != "r":
                x = (beat - start) / total if total else 0.0
                shaped = vel + arch * (1.0 - abs(2.0 * x - 1.0)) - 4.0 * (d < 0.75)
                self.note(key, beat, d, midi(name) + transpose, int(shaped), legato)
            beat += d
        return beat

    # --- accompaniments ------------------------------------------------------------------------------------------

    def sustain(self, key: str, start: float, chords: list, n: int, low: int, high: int, vel: int,
                legato: float = 1.0) -> None:
        """Held chords, voice-led from one to the next (strings, pads)."""
        prev = None
        for beat, length, c in chords:
            v = voice(c, prev, n, low, high)
            for p in v:
                self.note(key, start + beat, length, p, vel, legato, human=0.3)
            prev = v

    def arpeggio(self, key: str, start: float, chords: list, pattern: list[int], step: float, low: int,
                 high: int, vel: int, accents: list[int] | None = None, bass_low: int | None = None,
                 legato: float = 1.6, n: int = 4) -> None:
        """Broken chords: pattern indexes the voicing (0 is the bass, from bass_low if given, else the lowest voice);
        notes ring on (legato > 1) the way a pedalled piano or a harp does."""
        prev = None
        for beat, length, c in chords:
            v = voice(c, prev, n, low, high)
            prev = v
            notes = ([bass_note(c, bass_low)] if bass_low is not None else []) + v
            k = 0
            t = 0.0
            while t < length - 1e-6:
                idx = pattern[k % len(pattern)]
                if idx >= 0:
                    accent = accents[k % len(accents)] if accents else 0
                    # Ring on, but not into the next chord, where the old tone would clash.
                    ring = min(step * legato, length - t)
                    self.note(key, start + beat + t, ring, notes[min(idx, len(notes) - 1)], vel + accent, 1.0)
                k += 1
                t += step

    def bassline(self, key: str, start: float, chords: list, low: int, vel: int, rhythm: list[float] | None = None,
                 fifth_on: list[int] | None = None) -> None:
        """The bass of each chord; rhythm splits it (beats); fifth_on: which of those hits take the fifth."""
        for beat, length, c in chords:
            b = bass_note(c, low)
            hits = rhythm or [length]
            t = 0.0
            for i, h in enumerate(hits):
                if t >= length - 1e-6:
                    break
                fifth = b + 7 if c.bass == c.root and (c.root + 7) % 12 in c.pcs else b
                p = fifth if fifth_on and i in fifth_on else b
                self.note(key, start + beat + t, min(h, length - t), p, vel - 6 * (i > 0), 0.9)
                t += h

    def guide_line(self, key: str, start: float, chords: list, low: int, high: int, vel: int) -> None:
        """A slow counter-line on the guide tones, each the nearest to the one before (a cello's inner voice)."""
        prev = (low + high) // 2
        for beat, length, c in chords:
            # a major seventh low down grinds against the root above it: thirds, sixths and flat sevenths only
            tones = [pc for pc in c.guide if (pc - c.root) % 12 != 11] or c.pcs
            opts = [p for p in range(low, high + 1) if p % 12 in tones]
            p = min(opts, key=lambda q: (abs(q - prev), q))
            self.note(key, start + beat, length, p, vel, 0.98, human=0.5)
            prev = p

    # --- output ------------------------------------------------------------------------------------------------

    def midi_bytes(self) -> bytes:
        def vlq(n: int) -> bytes:
            out = [n & 0x7F]
            n >>= 7
            while n:
                out.append(0x80 | (n & 0x7F))
                n >>= 7
            return bytes(reversed(out))

        def chunk(events: list) -> bytes:
            data, last = bytearray(), 0
            for tick, _, msg in sorted(events, key=lambda e: (e[0], e[1])):
                data += vlq(tick - last) + msg
                last = tick
            data += vlq(0) + b"\xff\x2f\x00"
            return b"MTrk" + struct.pack(">I", len(data)) + bytes(data)

        meta = [(round(b * PPQ), 0, b"\xff\x51\x03" + round(60_000_000 / bpm).to_bytes(3, "big"))
                for b, bpm in self.tempi]
        meta.append((0, 0, b"\xff\x58\x04" + bytes((self.beats_per_bar, 2, 24, 8))))
        # A marker past the loop's end: fluidsynth renders until the last event, so the tails get rendered too.
        tail_beats = TAIL * self.tempi[-1][1] / 60.0
        meta.append((round((self.length + tail_beats) * PPQ), 0, b"\xff\x06\x03end"))
        tracks = [chunk(meta)]
        for p in self.parts.values():
            ch = p.channel
            setup = [(0, 0, bytes((0xC0 | ch, p.program)))]
            setup += [(0, 0, bytes((0xB0 | ch, ctl, val)))
                      for ctl, val in ((7, p.volume), (10, p.pan), (91, p.reverb), (93, 0))]
            if not any(e[2][0] & 0xF0 == 0xB0 and e[2][1] == 11 and e[0] == 0 for e in p.events):
                setup.append((0, 0, bytes((0xB0 | ch, 11, 127))))
            tracks.append(chunk(setup + p.events))
        return b"MThd" + struct.pack(">IHHH", 6, 1, len(tracks), PPQ) + b"".join(tracks)


# --------------------------------------------------------------------------- the pieces
#
# Melodies are written out note by note; the harmony under them is written as chord symbols and voiced by
# `voice`, which leads each voice to the nearest tone of the next chord.


def winter() -> Score:
    """The late memories: D minor, 58 BPM, cold and sparse. A piano alone, the motif never reaching home; slow
    strings and a cello in the relative major; a darker turn through G minor, a celesta glinting in the gaps;
    the return with everything; the strings alone in a slow chorale; a thinning coda that hangs on the dominant and
    falls back into the first bar."""
    s = Score("winter", 58, 4, seed=1201)
    s.part("piano", 0, 0, 56, 127, reverb=76)
    s.part("strings", 1, 49, 36, 70, reverb=96)
    s.part("cello", 2, 42, 88, 76, reverb=84)
    s.part("celesta", 3, 8, 100, 78, reverb=120)
    s.part("halo", 4, 94, 64, 62, reverb=110)

    a = progression("Dm C Gm7 A7sus4,A7 Dm Dm/C Bbmaj7 Gm6,A7sus4", 4)
    b = progression("F C/E Dm7 Bbmaj7 F/A Gm7 Bb/C C7sus4,C7", 4)
    c = progression("Gm Ebmaj7 Cm7 D7sus4,D7 Gm Ebmaj7 Em7b5 A7", 4)
    chorale = progression("Bbmaj7 F/A Gm7 Dm/F Ebmaj7 Bb/D Gm6 A7sus4,A7", 4)
    coda = progression("Dm C Gm6 A7sus4,A7", 4)
    a_tune = ("r:2 A4:1 F5:1 E5:3 r:1 r:1 D5:1 E5:1 F5:1 E5:2 C#5:2 "
              "r:2 A4:1 F5:1 E5:2 F5:1 G5:1 A5:3 F5:1 E5:2 D5:2")

    # A (bars 1-8): the piano alone.
    s.pedal("piano", a, s.bar(1))
    s.line("piano", s.bar(1), a_tune, vel=74)
    s.arpeggio("piano", s.bar(1), a, [0, -1, 2, 3], 1.0, 50, 67, 52, bass_low=38, n=3, legato=2.2)

    # B (9-16): slow strings, the cello sings the motif in F, the piano breaks the chords upwards.
    s.swell("strings", s.bar(9), s.bar(13), 40, 96)
    s.swell("strings", s.bar(13), s.bar(17), 96, 70)
    s.sustain("strings", s.bar(9), b, 4, 57, 76, 62)
    s.line("cello", s.bar(9), "r:2 C3:1 A3:1 G3:2 A3:1 E3:1 F3:3 C3:1 D3:2 F3:1 A3:1 "
                              "C4:3 Bb3:1 A3:2 G3:1 F3:1 G3:4 F3:2 E3:2", vel=62)
    s.pedal("piano", b, s.bar(9))
    s.arpeggio("piano", s.bar(9), b, [0, 1, 2, 3, 4, 3, 2, 1], 0.5, 53, 74, 50, bass_low=41, legato=2.0)

    # C (17-24): G minor; the piano takes the motif higher, the celesta answers it two beats late.
    c_tune = ("r:2 D5:1 Bb5:1 A5:3 G5:1 r:1 G5:1 A5:1 Bb5:1 A5:2 F#5:2 "
              "r:2 D5:1 Bb5:1 A5:1 G5:1 Bb5:2 A5:2 G5:1 E5:1 C#5:2 E5:1 G5:1")
    s.pedal("piano", c, s.bar(17))
    s.line("piano", s.bar(17), c_tune, vel=76)
    s.arpeggio("piano", s.bar(17), c, [0, -1, 1, 2], 1.0, 50, 67, 50, bass_low=38, n=3, legato=2.2)
    s.line("celesta", s.bar(18), "r:4 G6:1 r:3 r:4 D6:1 Bb6:1 r:2", vel=46)  # glints in the piano's rests
    s.swell("halo", s.bar(17), s.bar(21), 30, 90)
    s.swell("halo", s.bar(21), s.bar(25), 90, 60)
    s.sustain("halo", s.bar(17), c, 3, 55, 72, 50)
    s.line("cello", s.bar(17), "G2:4 Eb2:4 C3:4 D3:4 G2:4 Eb2:4 E2:4 A2:4", vel=62)

    # A' (25-32): the return, with strings under it and the cello walking down beneath.
    s.pedal("piano", a, s.bar(25))
    s.line("piano", s.bar(25), a_tune, vel=70, transpose=12)
    s.line("piano", s.bar(25), a_tune, vel=60)
    s.arpeggio("piano", s.bar(25), a, [0, 1, 2, 3], 1.0, 50, 67, 50, bass_low=38, n=3, legato=2.2)
    s.swell("strings", s.bar(25), s.bar(29), 60, 100)
    s.swell("strings", s.bar(29), s.bar(33), 100, 45)
    s.sustain("strings", s.bar(25), a, 4, 55, 74, 60)
    s.guide_line("cello", s.bar(25), a, 45, 60, 62)
    s.line("celesta", s.bar(29), "r:2 A5:1 F6:1 E6:2 F6:1 G6:1 A6:3 F6:1 E6:2 D6:2", vel=40)

    # D (33-40): the piano stops; the strings alone play the motif at half speed, a chorale, the cello beneath.
    s.swell("strings", s.bar(33), s.bar(37), 40, 92)
    s.swell("strings", s.bar(37), s.bar(41), 92, 50)
    s.line("strings", s.bar(33), "r:2 A4:2 F5:4 E5:2 F5:2 D5:4 r:2 G5:2 F5:3 D5:1 E5:2 Bb4:2 D5:2 C#5:2", vel=66,
           legato=1.0)
    s.sustain("strings", s.bar(33), chorale, 3, 50, 65, 54)
    s.guide_line("cello", s.bar(33), chorale, 43, 57, 58)
    s.sustain("halo", s.bar(33), chorale, 3, 55, 72, 38)
    s.line("celesta", s.bar(36), "r:3 A6:1 r:12 r:2 E6:1 r:1", vel=36)

    # Coda (41-44): the piano again, fewer and fewer notes; the dominant at the end leads back to bar 1.
    s.pedal("piano", coda, s.bar(41))
    s.line("piano", s.bar(41), "r:2 A4:1 F5:1 E5:4 r:4 r:2 C#5:2", vel=66)
    s.arpeggio("piano", s.bar(41), coda, [0, -1, 2, -1], 1.0, 50, 67, 46, bass_low=38, n=3, legato=2.2)
    s.swell("halo", s.bar(41), s.bar(45), 70, 20)
    s.sustain("halo", s.bar(41), coda, 3, 55, 72, 44)
    s.length = s.bar(45)
    return s


def amber() -> Score:
    """The middle memories: F major, 76 BPM, warm and uneasy. A Rhodes and a bass rock between F and D-flat; a
    clarinet sings the motif with its sixth bent minor and chords that slide where they should not (B-flat minor,
    D7 flat nine); the piano takes it up with a cello underneath; the cello alone, a half step too high in D-flat;
    a development in D minor for vibraphone and swelling strings; the return; the F / D-flat rocking again, which
    closes on C and goes round."""
    s = Score("amber", 76, 4, seed=1202)
    s.part("rhodes", 0, 4, 36, 96, reverb=60)
    s.part("piano", 1, 0, 72, 100, reverb=64)
    s.part("clarinet", 2, 71, 54, 96, reverb=70)
    s.part("cello", 3, 42, 92, 92, reverb=70)
    s.part("strings", 4, 49, 30, 86, reverb=90)
    s.part("vibes", 5, 11, 100, 88, reverb=80)
    s.part("bass", 6, 32, 62, 96, reverb=30)
    s.part("pad", 7, 89, 64, 64, reverb=90)

    intro = progression("Fmaj7 Dbmaj7 Fmaj7 Dbmaj7,C7sus4", 4)
    a = progression("Fmaj7 Dm7 Dbmaj7 C7sus4,C7 Fmaj7 Bbm6 Am7 D7b9", 4)
    a2 = progression("Gm7 C7 Am7 Dm7 Bbmaj7 Bbm6 Fmaj7/C C7sus4", 4)
    a3 = progression("Dbmaj7 Bbm7 Gbmaj7 Ab7sus4,Ab7 Dbmaj7 Bbm7 Ebm7 C7sus4,C7", 4)
    b = progression("Dm7 Bbmaj7 Gm7 A7 Dm Dmmaj7 Dm7 G7 Bbmaj7 Am7 Abmaj7 G7sus4,C7sus4", 4)
    outro = progression("Fmaj7 Dbmaj7 Fmmaj7 Dbmaj7 Bbm6 Fmaj7/A Dbmaj7 C7sus4", 4)
    comp = [0, -1, -1, 1, -1, 2, -1, -1]  # the Rhodes: a push on the "and" of two, never on the beat
    a_tune = ("r:1 C5:1 A5:2 G5:1.5 A5:.5 F5:2 r:1 Ab4:1 C5:1 F5:1 Eb5:2 E5:2 "
              "r:1 C5:1 A5:1.5 G5:.5 F5:1.5 Db5:.5 C5:2 r:1 E5:1 G5:1 A5:1 F#5:2 Eb5:2")

    def rhythm_section(start: float, chords: list, vel: int) -> None:
        s.arpeggio("rhodes", start, chords, [1, -1, -1, 2, -1, 3, -1, -1], 0.5, 53, 72, vel, legato=3.0)
        s.arpeggio("rhodes", start, chords, comp, 0.5, 53, 72, vel - 10, legato=1.4)
        s.bassline("bass", start, chords, 29, vel + 8, rhythm=[2.5, 1.5], fifth_on=[1])

    # Intro (1-4).
    rhythm_section(s.bar(1), intro, 54)
    # A (5-12): the clarinet.
    rhythm_section(s.bar(5), a, 56)
    s.line("clarinet", s.bar(5), a_tune, vel=72)
    s.sustain("pad", s.bar(5), a, 3, 53, 67, 40)
    # A2 (13-20): the piano, the cello on guide tones.
    rhythm_section(s.bar(13), a2, 54)
    s.pedal("piano", a2, s.bar(13))
    s.line("piano", s.bar(13), "r:1 D5:1 Bb5:2 A5:1.5 Bb5:.5 G5:2 r:1 C5:1 A5:2 G5:1.5 A5:.5 F5:2 "
                                "r:1 F5:1 A5:1 D6:1 Db6:2 C6:1 Bb5:1 A5:2 G5:1 F5:1 G5:4", vel=66)
    s.guide_line("cello", s.bar(13), a2, 50, 64, 62)
    # A3 (21-28): the cello alone over the Rhodes, the motif a half step up in D-flat, out of its place.
    rhythm_section(s.bar(21), a3, 50)
    s.line("cello", s.bar(21), "r:1 Ab2:1 F3:2 Eb3:1.5 F3:.5 Db3:2 r:1 Bb2:1 Db3:1 F3:1 Eb3:2 C3:2 "
                               "r:1 Ab2:1 F3:1.5 Eb3:.5 Db3:1.5 Bb2:.5 Ab2:2 r:1 Gb3:1 Bb3:1 Db4:1 C4:2 Bb3:1 E3:1",
           vel=74)
    s.sustain("pad", s.bar(21), a3, 3, 56, 70, 36)
    s.line("vibes", s.bar(22), "r:3 F6:1 r:12 r:3 Db6:1 r:8", vel=40)
    # B (29-40): development in D minor; vibraphone; strings swell and fall.
    s.arpeggio("piano", s.bar(29), b, [0, 1, 2, 3, 4, 3, 2, 1], 0.5, 53, 74, 56, bass_low=38, legato=2.0)
    s.pedal("piano", b, s.bar(29))
    s.bassline("bass", s.bar(29), b, 29, 62, rhythm=[4])
    s.line("vibes", s.bar(29), "r:1 A4:1 F5:2 E5:1 F5:1 D5:2 r:1 D5:1 Bb5:2 A5:1 Bb5:1 G5:1 E5:1 F5:4 "
                               "r:1 A4:1 C#5:1 E5:1 F5:2 E5:1 D5:1 B4:2 D5:2 r:1 F5:1 D6:2 C6:1 A5:1 E5:2 "
                               "Eb5:1 G5:1 C6:2 C6:2 Bb5:2", vel=72)
    s.swell("strings", s.bar(29), s.bar(36), 60, 110)
    s.swell("strings", s.bar(36), s.bar(41), 110, 50)
    s.sustain("strings", s.bar(29), b, 4, 55, 76, 64)
    s.guide_line("cello", s.bar(33), b[4:], 45, 60, 60)
    # A' (41-48): the return; clarinet with the vibraphone an octave above, the strings holding it.
    rhythm_section(s.bar(41), a, 58)
    s.line("clarinet", s.bar(41), a_tune, vel=74)
    s.line("vibes", s.bar(41), a_tune, vel=50, transpose=12)
    s.swell("strings", s.bar(41), s.bar(49), 70, 40)
    s.sustain("strings", s.bar(41), a, 4, 55, 74, 56)
    # Outro (49-56): the rocking again, the motif's sixth now minor; C at the end leads back to the intro's F.
    rhythm_section(s.bar(49), outro, 50)
    s.sustain("pad", s.bar(49), outro, 3, 53, 67, 38)
    s.line("clarinet", s.bar(49), "r:1 C5:1 A5:2 r:4 r:1 C5:1 Ab5:2 r:4 r:2 Db5:1 F5:1 E5:4 r:4 G4:4", vel=62)
    s.length = s.bar(57)
    return s


def summer() -> Score:
    """The early memories: D major, 88 BPM, warm and hopeful. A nylon guitar alone; the flute plays the motif
    whole and lets it rise; the oboe answers with strings coming in; a development for piano that climbs by
    sequence and darkens once (the borrowed G minor chord) before it finds its way; a full return with the tune
    in the strings; a coda where the cello and the flute pass the motif down to the guitar."""
    s = Score("summer", 88, 4, seed=1203)
    s.part("guitar", 0, 24, 34, 100, reverb=56)
    s.part("piano", 1, 0, 74, 96, reverb=62)
    s.part("flute", 2, 73, 56, 92, reverb=72)
    s.part("oboe", 3, 68, 82, 88, reverb=72)
    s.part("strings", 4, 48, 46, 90, reverb=84)
    s.part("bass", 5, 32, 64, 96, reverb=30)
    s.part("cello", 6, 42, 92, 96, reverb=70)
    s.part("glock", 7, 9, 18, 62, reverb=90)

    intro = progression("D Gmaj7/D D A/C#", 4)
    a = progression("D Bm7 Gmaj7 Asus4,A D/F# G Em7 A7sus4,A7", 4)
    a2 = progression("G D/F# Em7 A Bm F#m7 Gmaj7 A7sus4,A7", 4)
    b = progression("Gmaj7 A F#m7 Bm7 Em7 A7 Dmaj7 D7 Gmaj7 Gm6 D/F# B7 Em7 Em7 A7sus4 A7", 4)
    coda = progression("G D/F# Em7 A7sus4 G Gm6 D A7sus4,A7", 4)
    a_tune = ("r:2 A4:1 F#5:1 E5:1.5 F#5:.5 D5:2 r:1 B4:1 D5:1 G5:1 F#5:2 E5:2 "
              "r:2 A4:1 F#5:1 G5:1.5 A5:.5 B5:2 A5:1 G5:1 F#5:1 E5:1 D5:2 C#5:2")
    picking = [0, 2, 3, 4, 1, 3, 2, 4]

    def guitar(start: float, chords: list, vel: int) -> None:
        s.arpeggio("guitar", start, chords, picking, 0.5, 55, 74, vel, accents=[8, 0, 2, 0, 5, 0, 2, 0],
                   bass_low=38, legato=2.5)

    # Intro (1-4).
    guitar(s.bar(1), intro, 60)
    # A (5-12): the flute.
    guitar(s.bar(5), a, 58)
    s.bassline("bass", s.bar(5), a, 38, 64, rhythm=[3, 1], fifth_on=[1])
    s.line("flute", s.bar(5), a_tune, vel=78)
    # A2 (13-20): the oboe, the strings.
    guitar(s.bar(13), a2, 58)
    s.bassline("bass", s.bar(13), a2, 38, 64, rhythm=[3, 1], fifth_on=[1])
    s.line("oboe", s.bar(13), "r:1 D5:1 B5:2 A5:1.5 B5:.5 F#5:2 r:1 E5:1 G5:1 B5:1 A5:3 E5:1 "
                              "F#5:1.5 E5:.5 D5:1 B4:1 C#5:2 A5:2 B5:1.5 A5:.5 F#5:2 E5:2 C#5:2", vel=74)
    s.swell("strings", s.bar(13), s.bar(21), 40, 80)
    s.sustain("strings", s.bar(13), a2, 4, 57, 76, 56)
    # B (21-36): development for piano; the cello underneath; strings; Gm6 the one shadow.
    s.pedal("piano", b, s.bar(21))
    s.line("piano", s.bar(21), "r:2 D5:1 B5:1 A5:2 E5:2 r:2 C#5:1 A5:1 F#5:1 A5:1 D6:2 "
                               "r:2 B4:1 G5:1 F#5:1 G5:1 E5:2 r:1 F#5:1 A5:1 C#6:1 C6:3 A5:1 "
                               "B5:2 D6:1 B5:1 Bb5:3 G5:1 A5:2 F#5:1 D5:1 D#5:2 F#5:1 A5:1 "
                               "G5:4 r:2 E5:1 G5:1 D5:2 E5:2 C#5:2 E5:1 G5:1", vel=70)
    s.arpeggio("piano", s.bar(21), b, [0, 2, 3, 4], 1.0, 50, 66, 44, bass_low=38, legato=1.8)
    guitar(s.bar(21), b, 48)
    s.bassline("bass", s.bar(21), b, 38, 60, rhythm=[4])
    s.guide_line("cello", s.bar(21), b, 48, 62, 58)
    s.swell("strings", s.bar(21), s.bar(31), 44, 104)
    s.swell("strings", s.bar(31), s.bar(37), 104, 64)
    s.sustain("strings", s.bar(21), b, 4, 57, 77, 56)
    # A' (37-44): everyone; the tune in the strings and the flute an octave up; the glockenspiel on the leaps.
    guitar(s.bar(37), a, 62)
    s.bassline("bass", s.bar(37), a, 38, 68, rhythm=[3, 1], fifth_on=[1])
    s.line("strings", s.bar(37), a_tune, vel=82)
    s.line("flute", s.bar(37), a_tune, vel=70, transpose=12)
    s.sustain("strings", s.bar(37), a, 3, 54, 69, 52)
    s.swell("strings", s.bar(37), s.bar(45), 96, 76)
    s.pedal("piano", a, s.bar(37))
    s.arpeggio("piano", s.bar(37), a, [1, 2, 3, 4, 3, 2], 2.0 / 3.0, 62, 81, 40, legato=2.0)
    s.line("glock", s.bar(37), "r:3 F#6:5 r:4 r:4 r:3 F#6:5 r:4 r:4", vel=60)
    # Coda (45-52): the motif handed down; A at the end leads into the intro's D.
    guitar(s.bar(45), coda, 52)
    s.bassline("bass", s.bar(45), coda, 38, 58, rhythm=[4])
    s.line("cello", s.bar(45), "r:2 A3:1 F#4:1 E4:1.5 F#4:.5 D4:2", vel=70)
    s.line("flute", s.bar(47), "r:2 B4:1 G5:1 E5:4 r:2 A4:1 F#5:1 E5:2 D5:2", vel=64)
    s.line("glock", s.bar(51), "r:2 A5:1 F#6:1 E6:2 r:2", vel=46)
    s.sustain("strings", s.bar(45), coda, 4, 57, 74, 44)
    s.swell("strings", s.bar(45), s.bar(53), 70, 30)
    s.length = s.bar(53)
    return s


def childhood() -> Score:
    """Childhood: a music-box waltz in G, 104 BPM in 3/4. The music box plays the motif as a lullaby over a harp;
    the celesta repeats it with pizzicato; a middle part in E minor for recorder and kalimba, the motif's leap
    become a minor sixth; the music box again with glockenspiel and a breath of strings; the box winds down
    (it slows to 66) and starts again, the way a box does when it is wound."""
    s = Score("childhood", 104, 3, seed=1204)
    s.part("box", 0, 10, 50, 108, reverb=80)
    s.part("celesta", 1, 8, 80, 100, reverb=84)
    s.part("glock", 2, 9, 28, 66, reverb=90)
    s.part("harp", 3, 46, 62, 92, reverb=70)
    s.part("pizz", 4, 45, 92, 88, reverb=64)
    s.part("strings", 5, 49, 40, 70, reverb=96)
    s.part("recorder", 6, 74, 66, 90, reverb=76)
    s.part("kalimba", 7, 108, 22, 84, reverb=70)

    a = progression("G Em C D7 G Em Am7 D7 G G7 C Cm G/D D7 G D7", 3)
    b = progression("Em C Am B7 Em C D G C D Bm Em Am D7 G D7", 3)
    coda = progression("G Em C Cm G/D D7 G D7", 3)
    a_tune = ("D5:1 B5:2 A5:.5 B5:.5 G5:2 E5:1 G5:1 C6:1 C6:2 A5:1 "
              "D5:1 B5:2 A5:.5 B5:.5 G5:1 E5:1 C5:1 E5:1 A5:1 F#5:3 "
              "G5:1 B5:1 D6:1 F5:1.5 G5:.5 D5:1 E5:1 G5:1 C6:1 Eb5:2 G5:1 "
              "B5:1.5 A5:.5 G5:1 A5:1 C6:1 F#5:1 G5:3 F#5:1 A5:1 C6:1")
    a2_tune = ("D5:1 B5:1.5 C6:.5 A5:.5 B5:.5 G5:1 E5:.5 F#5:.5 E5:1 G5:1 C6:1 C6:1 A5:.5 F#5:.5 A5:1 "
               "D5:1 B5:2 A5:.5 B5:.5 G5:1 E5:1 C5:1 E5:1 A5:1 F#5:2 D5:1 "
               "G5:1 B5:1 D6:1 F5:1.5 G5:.5 D5:1 E5:1 G5:1 C6:1 Eb5:1.5 D5:.5 C5:1 "
               "B4:.5 D5:.5 G5:1 B5:1 A5:1 C6:1 F#5:1 G5:3 F#5:1 A5:1 C6:1")

    def waltz(key: str, start: float, chords: list, vel: int) -> None:
        s.arpeggio(key, start, chords, [0, 2, 3], 1.0, 55, 71, vel, accents=[6, -6, -8], bass_low=43, n=3,
                   legato=1.0)

    # A (1-16): the music box over the harp.
    s.line("box", s.bar(1), a_tune, vel=84)
    waltz("harp", s.bar(1), a, 50)
    # A2 (17-32): the celesta, the pizzicato.
    s.line("celesta", s.bar(17), a2_tune, vel=80)
    waltz("pizz", s.bar(17), a, 58)
    s.arpeggio("harp", s.bar(17), a, [1, 2, 3, 4, 3, 2], 0.5, 60, 79, 40, legato=2.0)
    # B (33-48): E minor; the recorder over kalimba, the strings far off.
    s.line("recorder", s.bar(33), "B4:1 G5:2 E5:2 G5:1 A5:1.5 G5:.5 E5:1 D#5:3 B4:1 G5:2 F#5:.5 G5:.5 E5:2 "
                                  "A5:1 F#5:1 D5:1 B4:3 C5:1 E5:1 G5:1 F#5:1.5 E5:.5 D5:1 D5:1 F#5:1 B5:1 "
                                  "G5:2 E5:1 C6:1 B5:1 A5:1 F#5:1.5 G5:.5 A5:1 B5:3 A5:2 r:1", vel=70)
    s.arpeggio("kalimba", s.bar(33), b, [0, 2, 1, 3, 2, 1], 0.5, 55, 74, 50, legato=1.6, n=3)
    s.bassline("pizz", s.bar(33), b, 40, 56, rhythm=[1, 2])
    s.swell("strings", s.bar(33), s.bar(41), 30, 80)
    s.swell("strings", s.bar(41), s.bar(49), 80, 40)
    s.sustain("strings", s.bar(33), b, 3, 55, 72, 48)
    # A' (49-64): the music box again, the glockenspiel on the top notes, strings holding the harmony.
    s.line("box", s.bar(49), a_tune, vel=86)
    s.line("glock", s.bar(49), "D6:1 B6:5 r:6 D6:1 B6:5 r:6 G6:3 r:9 B6:3 r:3 G6:3 r:3", vel=52)
    waltz("harp", s.bar(49), a, 50)
    s.sustain("strings", s.bar(49), a, 3, 55, 72, 42)
    s.swell("strings", s.bar(49), s.bar(65), 50, 60)
    # Coda (65-72): the box alone, slowing as the spring runs down; D7 leads back into G.
    for i, bpm in enumerate((100, 96, 92, 88, 83, 78, 72, 66)):
        s.tempo(s.bar(65 + i), bpm)
    s.line("box", s.bar(65), "D5:1 B5:2 A5:.5 B5:.5 G5:2 E5:3 Eb5:3 D5:1 B5:2 A5:3 G5:3 r:1 F#5:1 A5:1",
           vel=76, arch=4)
    waltz("harp", s.bar(65), coda, 44)
    s.length = s.bar(73)
    return s


def clinic() -> Score:
    """Lacuna, the real world and the title: E minor leaning Lydian, 66 BPM, cool and clinical. A glassy
    electric piano turns a clockwork figure over a halo pad; the vibraphone plays the motif upside down at half
    speed, so it never lands; in the middle the harmony slides to B-flat and the piano plays the real motif,
    warm, once; the clockwork returns with strings; the last bars thin out onto B and go round."""
    s = Score("clinic", 66, 4, seed=1205)
    s.part("clock", 0, 5, 32, 86, reverb=70)
    s.part("harp", 1, 46, 92, 88, reverb=80)
    s.part("halo", 2, 94, 64, 78, reverb=100)
    s.part("strings", 3, 49, 48, 84, reverb=96)
    s.part("vibes", 4, 11, 84, 96, reverb=90)
    s.part("contrabass", 5, 43, 60, 88, reverb=70)
    s.part("piano", 6, 0, 44, 100, reverb=80)
    s.part("celesta", 7, 8, 104, 70, reverb=110)

    a = progression("Em9 Cmaj7#11 Em9 Cmaj7#11 Am9 Fmaj7#11 Cmaj7/G B7sus4,B7", 4)
    b = progression("Em9 Cmaj7#11 Am9 D6/9 Em9 Cmaj7 Am9 B7sus4,B7", 4)
    c = progression("Bbmaj7#11 Fmaj7 Cmaj7 Gsus2 Bbmaj7#11 Dm9 Fmaj7#11 B7sus4,B7", 4)
    clockwork = [0, 2, 1, 3, 2, 1, 3, 2]
    accents = [12, -6, 2, -6, 8, -6, 2, -6]
    upside_down = "B5:2 D5:6 E5:1 D5:1 F#5:6 r:2 B4:1 G5:5 F#5:1 G5:1 E5:4 D#5:2"

    def pulse(start: float, chords: list, vel: int) -> None:
        s.arpeggio("clock", start, chords, clockwork, 0.5, 62, 79, vel, accents=accents, legato=1.2)

    # A (1-8): the clockwork and the halo; a contrabass far below.
    pulse(s.bar(1), a, 52)
    s.sustain("halo", s.bar(1), a, 4, 52, 71, 48)
    s.swell("halo", s.bar(1), s.bar(5), 50, 90)
    s.swell("halo", s.bar(5), s.bar(9), 90, 70)
    s.bassline("contrabass", s.bar(1), a, 28, 58)
    s.line("celesta", s.bar(2) + 3, "F#6:1 r:15 B6:1 r:7", vel=40)
    # B (9-16): the motif upside down, slowed, on vibraphone; harp.
    pulse(s.bar(9), b, 48)
    s.sustain("halo", s.bar(9), b, 4, 52, 71, 44)
    s.line("vibes", s.bar(9), upside_down, vel=70, legato=1.0)
    s.arpeggio("harp", s.bar(9), b, [0, 1, 2, 3, 4, 3], 2.0 / 3.0, 50, 69, 40, bass_low=40, legato=2.0)
    s.bassline("contrabass", s.bar(9), b, 28, 56)
    # C (17-24): B-flat; the pulse steps back, the piano plays the real motif once, strings underneath.
    s.arpeggio("clock", s.bar(17), c, clockwork, 0.5, 62, 79, 36, accents=accents, legato=1.2)
    s.pedal("piano", c, s.bar(17))
    s.line("piano", s.bar(17), "r:2 C5:1 A5:1 G5:1.5 A5:.5 F5:2 r:2 G4:1 E5:1 D5:1.5 E5:.5 A4:2 "
                               "r:2 D5:1 Bb5:1 A5:2 E5:1 F5:1 E5:2 B4:2 E5:2 D#5:2", vel=66)
    s.arpeggio("piano", s.bar(17), c, [0, -1, 2, -1], 1.0, 48, 64, 40, bass_low=34, n=3, legato=2.0)
    s.swell("strings", s.bar(17), s.bar(21), 40, 96)
    s.swell("strings", s.bar(21), s.bar(25), 96, 60)
    s.sustain("strings", s.bar(17), c, 4, 55, 76, 58)
    s.bassline("contrabass", s.bar(17), c, 28, 54)
    # A' (25-32): the clockwork again, strings and vibraphone together.
    pulse(s.bar(25), a, 54)
    s.sustain("strings", s.bar(25), a, 4, 55, 76, 54)
    s.swell("strings", s.bar(25), s.bar(33), 70, 40)
    s.sustain("halo", s.bar(25), a, 4, 52, 71, 40)
    s.line("vibes", s.bar(25), upside_down, vel=66, legato=1.0)
    s.line("harp", s.bar(25), upside_down, vel=44, transpose=-12, legato=1.0)
    s.bassline("contrabass", s.bar(25), a, 28, 58)
    # Outro (33-40): the pulse and the halo alone, glints of celesta; B7sus4 leads back to E minor.
    pulse(s.bar(33), a, 46)
    s.sustain("halo", s.bar(33), a, 4, 52, 71, 42)
    s.swell("halo", s.bar(33), s.bar(41), 80, 40)
    s.line("celesta", s.bar(34) + 3, "B6:1 r:7 F#6:1 r:11 E6:1 r:3 F#6:1", vel=38)
    s.length = s.bar(41)
    return s


PIECES = {  # name: (composer, peak dBFS after the fold, fluidsynth reverb room size)
    "winter": (winter, -3.0, 0.8),
    "amber": (amber, -2.0, 0.6),
    "summer": (summer, -2.0, 0.55),
    "childhood": (childhood, -3.0, 0.65),
    "clinic": (clinic, -2.5, 0.85),
}
TAIL = 8.0  # seconds rendered past the loop's end for release and reverb, then folded onto its start
SERIAL = {name: 5100 + i for i, name in enumerate(PIECES)}


# --------------------------------------------------------------------------- rendering


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def render(name: str, out_dir: str, keep: bool, soundfont: str = SOUNDFONT) -> str:
    compose, peak_db, room = PIECES[name]
    score = compose()
    loop_samples = round(score.seconds(score.length) * RATE)
    work = tempfile.mkdtemp(prefix=f"eternal-{name}-")
    try:
        mid = os.path.join(work, f"{name}.mid")
        with open(mid, "wb") as f:
            f.write(score.midi_bytes())
        raw = os.path.join(work, "raw.wav")
        # No chorus: fluidsynth's chorus widens by putting its left and right outputs out of phase, which hollows
        # the sound on one speaker or a mono laptop. The width comes from each part's pan and the stereo reverb.
        run(["fluidsynth", "-ni", "-q", "-F", raw, "-O", "float", "-r", str(RATE), "-g", "0.5",
             "-o", "synth.reverb.active=1", "-o", f"synth.reverb.room-size={room}",
             "-o", "synth.reverb.damp=0.35", "-o", "synth.reverb.width=0.7", "-o", "synth.reverb.level=0.75",
             "-o", "synth.chorus.active=0", "-o", "synth.cpu-cores=1", soundfont, mid])
        body, tail, wav = (os.path.join(work, n) for n in ("body.wav", "tail.wav", "loop.wav"))
        run(["sox", "-V1", "-R", raw, body, "pad", "0", f"{TAIL + 2}", "trim", "0", f"{loop_samples}s"])
        run(["sox", "-V1", "-R", raw, tail, "trim", f"{loop_samples}s"])
        run(["sox", "-V1", "-R", "-m", "-v", "1", body, "-v", "1", tail, "-b", "16", "-D", wav,
             "trim", "0", f"{loop_samples}s", "gain", "-n", str(peak_db)])
        ogg = os.path.join(out_dir, f"music_{name}.ogg")
        run(["oggenc", "-Q", "-q", OGG_QUALITY, "-s", str(SERIAL[name]), "-o", ogg + ".tmp", wav])
        os.replace(ogg + ".tmp", ogg)
        if keep:
            shutil.copy(mid, os.path.join(out_dir, f"music_{name}.mid"))
            shutil.copy(wav, os.path.join(out_dir, f"music_{name}.wav"))
        return ogg
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help=f"only these pieces (default: all): {', '.join(PIECES)}")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir),
                    help="output folder (default: sound/)")
    ap.add_argument("--keep", action="store_true", help="also keep each piece's .mid and rendered .wav")
    ap.add_argument("--soundfont", default=SOUNDFONT, help="the FluidR3 GM soundfont (default: %(default)s)")
    args = ap.parse_args(argv)
    unknown = [n for n in args.names if n not in PIECES]
    if unknown:
        ap.error(f"unknown piece(s): {', '.join(unknown)}; known: {', '.join(PIECES)}")
    missing = [t for t in ("fluidsynth", "sox", "oggenc") if shutil.which(t) is None]
    if missing or not os.path.isfile(args.soundfont):
        print("make_music: needs fluidsynth, sox, oggenc and the FluidR3 soundfont; on Debian:\n"
              "  apt-get install fluidsynth fluid-soundfont-gm sox vorbis-tools", file=sys.stderr)
        return 2
    out = os.path.normpath(args.out)
    os.makedirs(out, exist_ok=True)
    for name in args.names or list(PIECES):
        t0 = time.perf_counter()
        path = render(name, out, args.keep, args.soundfont)
        print(f"{os.path.basename(path):22s} {os.path.getsize(path) / 1e6:5.2f} MB  "
              f"{time.perf_counter() - t0:5.1f} s to make", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
