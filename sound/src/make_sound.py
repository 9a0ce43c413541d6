#!/usr/bin/env python3
"""make_sound.py: synthesise the ambience and the cues of "Eternal" from nothing (the music is make_music.py's).

Standard library only (math, cmath, array, wave, random), and oggenc (vorbis-tools)
to encode. Deterministic: every random source is a random.Random with a fixed
seed, nothing depends on the clock and oggenc gets a fixed serial number, so two
runs write the same bytes.

    python sound/src/make_sound.py                 # every sound into sound/
    python sound/src/make_sound.py hum erase       # only these (names without .ogg)
    python sound/src/make_sound.py --out DIR       # somewhere else

Output: OGG Vorbis, stereo, 44100 Hz (synthesised in mono, widened by `stereo`).

Loops are rendered circularly. Everything (notes, filter and reverb tails) is
rendered into a buffer longer than the loop and the part past the loop's end
is folded back onto its start, which is exactly what a listener hears once the
loop has gone round. Sources that never stop (drones, hum, wind) are either one
loop long before filtering, so the fold makes their filtering circular too, or
run a whole number of cycles per loop. Non-linear steps (soft saturation) come
after the fold. A loop is finally rotated by a few milliseconds so that it
starts on a quiet sample; the seam is untouched by that.
"""

from __future__ import annotations

import argparse
import array
import cmath
import math
import os
import random
import shutil
import subprocess
import sys
import time
import wave
from operator import add, mul, sub

SR = 44100
TAU = 2.0 * math.pi
_sin = math.sin
_exp = math.exp


# --------------------------------------------------------------------------- basics


def secs(t: float) -> int:
    return int(round(t * SR))


def mtof(m: float) -> float:
    return 440.0 * 2.0 ** ((m - 69) / 12.0)


def cents(c: float) -> float:
    return 2.0 ** (c / 1200.0)


def mix(buf: list, sig: list, start: int = 0, gain: float = 1.0) -> None:
    """Add sig into buf at start (truncated at the end of buf)."""
    if start < 0:
        sig = sig[-start:]
        start = 0
    end = min(len(buf), start + len(sig))
    if end <= start:
        return
    seg = buf[start:end]
    if gain == 1.0:
        buf[start:end] = list(map(add, seg, sig))
    else:
        buf[start:end] = [a + gain * b for a, b in zip(seg, sig)]


def times(x: list, env: list) -> list:
    return list(map(mul, x, env))


def fold(buf: list, n: int) -> list:
    """Wrap everything past sample n back onto the start: a circular render."""
    out = buf[:n] + [0.0] * max(0, n - len(buf))
    for j in range(n, len(buf), n):
        chunk = buf[j:j + n]
        out[:len(chunk)] = list(map(add, out, chunk))
    return out


def rotate_to_quiet(x: list, search: float = 0.012) -> list:
    """Finish a loop: take out any DC offset, then start it on its quietest sample among the last few ms
    before the downbeat (so no attack is split across the seam). The loop stays seamless."""
    n = len(x)
    mean = sum(x) / n
    x = [v - mean for v in x]
    cands = [0] + list(range(n - secs(search), n))
    best = min(cands, key=lambda i: abs(x[i]) + abs(x[(i + 1) % n] - x[i]))
    return x[best:] + x[:best]


def fade_in(x: list, t: float) -> None:
    n = min(len(x), max(1, secs(t)))
    for i in range(n):
        x[i] *= 0.5 - 0.5 * math.cos(math.pi * i / n)


def fade_out(x: list, t: float) -> None:
    n = min(len(x), max(1, secs(t)))
    base = len(x) - n
    for i in range(n):
        x[base + i] *= 0.5 + 0.5 * math.cos(math.pi * (i + 1) / n)


def adsr(n_on: int, a: float, d: float, s: float, r: float) -> list:
    """Attack (raised cosine), decay (exponential) to s, sustain until n_on, release (raised cosine)."""
    A, D, R = max(1, secs(a)), max(1, secs(d)), max(1, secs(r))
    k = _exp(-5.0)
    env = [0.5 - 0.5 * math.cos(math.pi * i / A) for i in range(A)]
    env += [s + (1.0 - s) * (_exp(-5.0 * i / D) - k) / (1.0 - k) for i in range(D)]
    if n_on > len(env):
        env += [s] * (n_on - len(env))
    env = env[:n_on]
    last = env[-1] if env else 0.0
    env += [last * (0.5 + 0.5 * math.cos(math.pi * (i + 1) / R)) for i in range(R)]
    return env


def noise(n: int, rng: random.Random) -> list:
    r = rng.random
    return [2.0 * r() - 1.0 for _ in range(n)]


# --------------------------------------------------------------------------- oscillators


def damped(freq: float, tau: float, amp: float, n: int, phase: float = 0.0) -> list:
    """amp * exp(-t/tau) * sin(2 pi freq t + phase), by complex rotation (two multiplies a sample)."""
    if freq >= SR * 0.46:
        return [0.0] * n
    c = cmath.rect(_exp(-1.0 / (tau * SR)), TAU * freq / SR)
    z = cmath.rect(amp, phase) / c
    return [(z := z * c).imag for _ in range(n)]


def sine(freq: float, n: int, amp: float = 1.0, phase: float = 0.0) -> list:
    w = TAU * freq / SR
    return [amp * _sin(w * i + phase) for i in range(n)]


TABLE_N = 4096
TABLE_MASK = TABLE_N - 1


def make_table(amps: list) -> list:
    """One cycle of sum(amps[k-1] * sin(k x)), normalised to peak 1."""
    t = [sum(a * _sin(TAU * k * i / TABLE_N) for k, a in enumerate(amps, 1)) for i in range(TABLE_N)]
    p = max(abs(v) for v in t)
    return [v / p for v in t]


SOFT_SAW = make_table([0.86 ** (k - 1) / k for k in range(1, 11)])
WARM = make_table([1.0, 0.35, 0.12, 0.05])


def osc(table: list, freq: float, n: int, phase: float = 0.0) -> list:
    inc = freq * TABLE_N / SR
    off = (phase % 1.0) * TABLE_N
    return [table[int(i * inc + off) & TABLE_MASK] for i in range(n)]


def glide_osc(table: list, f_of: list, phase: float = 0.0) -> list:
    """Table oscillator with a per-sample frequency list."""
    k = TABLE_N / SR
    p = (phase % 1.0) * TABLE_N
    out = []
    app = out.append
    for f in f_of:
        app(table[int(p) & TABLE_MASK])
        p += f * k
    return out


# --------------------------------------------------------------------------- filters


def lowpass(x: list, fc: float, poles: int = 1) -> list:
    a = 1.0 - _exp(-TAU * fc / SR)
    for _ in range(poles):
        y = 0.0
        x = [(y := y + a * (v - y)) for v in x]
    return x


def highpass(x: list, fc: float) -> list:
    return list(map(sub, x, lowpass(x, fc)))


def lowpass_sweep(x: list, fcs: list) -> list:
    y = 0.0
    out = []
    app = out.append
    for v, fc in zip(x, fcs):
        y += (1.0 - _exp(-TAU * fc / SR)) * (v - y)
        app(y)
    return out


def bandpass(x: list, fc, q: float) -> list:
    """Chamberlin state-variable band-pass; fc a number or a per-sample list; q = 1/Q."""
    if isinstance(fc, (int, float)):
        fs = None
        f = 2.0 * _sin(math.pi * fc / SR)
    else:
        fs = [2.0 * _sin(math.pi * c / SR) for c in fc]
    low = band = 0.0
    out = []
    app = out.append
    if fs is None:
        for v in x:
            low += f * band
            band += f * (v - low - q * band)
            app(band)
    else:
        for v, f in zip(x, fs):
            low += f * band
            band += f * (v - low - q * band)
            app(band)
    return out


def _comb(x: list, d: int, g: float, damp: float) -> list:
    """y[n] = x[n] + g * ((1-damp) y[n-d] + damp y[n-d-1]), a block of d samples at a time."""
    y = x[:]
    n = len(y)
    g0, g1 = g * (1.0 - damp), g * damp
    for i in range(d, n, d):
        j = min(i + d, n)
        m = j - i
        prev = y[i - d:i - d + m]
        prev1 = y[i - d - 1:i - d - 1 + m] if i > d else [0.0] + y[0:m - 1]
        y[i:j] = [a + g0 * b + g1 * c for a, b, c in zip(y[i:j], prev, prev1)]
    return y


def _allpass(x: list, d: int, g: float) -> list:
    n = len(x)
    y = [-g * v for v in x[0:d]]
    y += [0.0] * (n - len(y))
    for i in range(d, n, d):
        j = min(i + d, n)
        y[i:j] = [-g * a + b + g * c for a, b, c in zip(x[i:j], x[i - d:j - d], y[i - d:j - d])]
    return y


def reverb(x: list, size: float = 1.0, fb: float = 0.84, damp: float = 0.3, wet: float = 0.3,
           tone: float = 4500.0, dry: float = 1.0) -> list:
    """A small Schroeder/Freeverb-style room: six damped combs, four all-passes. Linear, so it folds."""
    inp = [0.12 * v for v in x]
    acc = [0.0] * len(x)
    size *= SR / 22050  # the delays below are Freeverb's, counted at 22.05 kHz
    for d in (558, 594, 638, 678, 711, 745):
        acc = list(map(add, acc, _comb(inp, int(d * size), fb, damp)))
    for d in (278, 220, 170, 112):
        acc = _allpass(acc, int(d * size), 0.5)
    acc = lowpass(acc, tone)
    return [dry * a + wet * b for a, b in zip(x, acc)]


# --------------------------------------------------------------------------- slow movement


def loop_lfo(n: int, parts) -> list:
    """Sum of slow sines, each a whole number of cycles per loop: [(cycles, amp, phase)]."""
    out = [0.0] * n
    for cyc, amp, ph in parts:
        mix(out, sine(cyc * SR / n, n, amp, ph))
    return out


# --------------------------------------------------------------------------- loops: hum, party


def hum() -> list:
    """The erasure machine: a low drone whose partials beat slowly against near twins. 8 s, every
    frequency a multiple of 1/8 Hz, so the loop is whole cycles of everything."""
    rng = random.Random(606)
    L = 8 * SR
    parts = [(55.0, 1.0), (55.5, 0.8), (110.0, 0.55), (110.25, 0.45), (165.0, 0.22), (164.875, 0.2),
             (220.5, 0.10), (330.0, 0.05)]
    out = [0.0] * L
    for f, a in parts:
        mix(out, sine(f, L, a, rng.random() * TAU))
    breath = fold(lowpass(noise(L, rng) + [0.0] * secs(0.5), 160.0, 2), L)
    mix(out, breath, 0, 2.0)
    swell = loop_lfo(L, [(1, 0.12, 0.0), (3, 0.05, 1.0)])
    peak = max(abs(v) for v in out)
    out = [math.tanh(1.3 * v / peak) * (1.0 + s) for v, s in zip(out, swell)]
    return rotate_to_quiet(out)


def _utterance(rng: random.Random, f0: float, dur: float, laugh: bool = False) -> list:
    """Someone talking behind a wall: a voiced buzz with a wandering pitch and breath, through a
    first-formant band that moves syllable by syllable, chopped into syllables."""
    n = secs(dur)
    sylls = []
    t = 0
    while t < n:
        ln = secs(rng.uniform(0.09, 0.13) if laugh else rng.uniform(0.10, 0.28))
        gap = secs(rng.uniform(0.05, 0.08) if laugh else rng.uniform(0.01, 0.09))
        sylls.append((t, min(n, t + ln), rng.uniform(350, 800) if not laugh else 700.0))
        t += ln + gap
    amp = [0.0] * n
    fcs = [500.0] * n
    for a, b, fc in sylls:
        m = b - a
        att = max(1, min(m // 4, secs(0.03)))
        rel = max(1, min(m // 2, secs(0.06)))
        for i in range(m):
            e = 1.0
            if i < att:
                e = 0.5 - 0.5 * math.cos(math.pi * i / att)
            elif i >= m - rel:
                e = 0.5 + 0.5 * math.cos(math.pi * (i - (m - rel) + 1) / rel)
            amp[a + i] = e
            fcs[a + i] = fc
    fcs = lowpass(fcs, 30.0)
    contour_ph = rng.random() * TAU
    fs = [f0 * (1.0 + 0.12 * _sin(TAU * 1.3 * i / SR + contour_ph) - (0.25 * i / n if laugh else 0.06 * i / n))
          for i in range(n)]
    src = glide_osc(SOFT_SAW, fs, rng.random())
    mix(src, noise(n, rng), 0, 0.5 if laugh else 0.25)
    voice = bandpass(src, fcs, 0.8)
    return times(voice, amp)


def party() -> list:
    """The technicians' party through the wall: thumping music, murmur, a laugh, a clink. 12 s."""
    rng = random.Random(707)
    spb = SR // 2  # 120 BPM
    L = 24 * spb
    tail = secs(4)
    music = [0.0] * (L + tail)
    # kick on every beat
    kn = secs(0.35)
    kick = []
    p = 0.0
    for i in range(kn):
        t = i / SR
        kick.append(_sin(p) * _exp(-t / 0.11))
        p += TAU * (48.0 + 70.0 * _exp(-t / 0.035)) / SR
    fade_in(kick, 0.002)
    for b in range(24):
        mix(music, kick, b * spb, 1.0)
    # bass on the off-beats, four bars A F C G
    roots = [33, 29, 36, 31]
    for bar in range(6):
        r = roots[bar % 4]
        for e in range(8):
            if e % 2 == 1 or e == 0:
                mix(music, times(osc(SOFT_SAW, mtof(r + (12 if e == 5 else 0)), secs(0.22)),
                                 adsr(secs(0.18), 0.005, 0.1, 0.6, 0.04)),
                    bar * 4 * spb + e * spb // 2, 0.5)
        # a muffled chord stab on 2 and 4
        for off in (1, 3):
            for m in (r + 24, r + (27 if r == 33 else 28), r + 31):  # Am, then F, C, G major
                mix(music, times(osc(SOFT_SAW, mtof(m), secs(0.30)), adsr(secs(0.22), 0.01, 0.15, 0.5, 0.08)),
                    bar * 4 * spb + off * spb, 0.12)
    # a clap-ish snare, mostly eaten by the wall
    snare = lowpass(noise(secs(0.15), rng), 1800.0)
    snare = [v * _exp(-i / (0.04 * SR)) for i, v in enumerate(snare)]
    for b in range(1, 24, 2):
        mix(music, snare, b * spb, 0.5)
    music = lowpass(music, 240.0, 3)

    talk = [0.0] * (L + tail)
    for f0, level, seed in ((108.0, 1.0, 1), (132.0, 0.8, 2), (196.0, 0.8, 3), (224.0, 0.65, 4)):
        r2 = random.Random(7070 + seed)
        t = r2.uniform(0.0, 2.0)
        while t < 12.0:
            d = r2.uniform(0.8, 2.6)
            mix(talk, _utterance(r2, f0 * r2.uniform(0.92, 1.08), d), secs(t), level)
            t += d + r2.uniform(0.35, 1.6)
    mix(talk, _utterance(random.Random(7075), 245.0, 0.9, laugh=True), secs(6.6), 1.1)
    # murmur of the room: noise bursts through a voice band
    burst_src = noise(L + tail, random.Random(7076))
    bursts = [0.0] * (L + tail)
    t = 0.0
    while t < 12.0:
        ln = rng.uniform(0.08, 0.3)
        a = secs(t)
        m = secs(ln)
        env = [_sin(math.pi * i / m) ** 2 for i in range(m)]
        mix(bursts, times(burst_src[a:a + m], env), a, rng.uniform(0.3, 1.0))
        t += ln + rng.uniform(0.02, 0.25)
    mix(talk, bandpass(bursts, 550.0, 1.2), 0, 0.5)
    talk = lowpass(talk, 600.0, 2)

    clinks = [0.0] * (L + tail)
    for t, pitch in ((3.40, 1.00), (3.46, 1.13), (9.15, 0.94)):
        n = secs(0.6)
        c = damped(2650.0 * pitch, 0.22, 1.0, n)
        mix(c, damped(4020.0 * pitch, 0.15, 0.6, n, 0.5))
        mix(c, damped(6150.0 * pitch, 0.07, 0.3, n, 1.0))
        fade_in(c, 0.001)
        mix(clinks, c, secs(t))
    clinks = lowpass(clinks, 2200.0)

    room = lowpass(noise(L, random.Random(7077)) + [0.0] * tail, 180.0, 2)

    buf = [0.0] * (L + tail)
    mix(buf, music, 0, 1.0)
    mix(buf, talk, 0, 0.9)
    mix(buf, clinks, 0, 0.08)
    mix(buf, room, 0, 0.8)
    buf = reverb(buf, size=0.6, fb=0.7, damp=0.5, wet=0.25, tone=1500.0)
    return rotate_to_quiet(fold(buf, L))


# --------------------------------------------------------------------------- cues


def erase() -> list:
    """A memory going: a breath of noise swelling up and sinking down through the spectrum, and a chord
    that swells in as if played backwards while it slides down and thins out. 2.5 s."""
    rng = random.Random(808)
    n = secs(2.5)
    T1 = 1.35
    t_ = [i / SR for i in range(n)]

    def swell(t, rise=2.4, fall=0.42):
        if t < T1:
            return (t / T1) ** rise
        return _exp(-(t - T1) / fall)

    fcs = [2600.0 * (170.0 / 2600.0) ** min(1.0, (t / 2.2) ** 0.8) for t in t_]
    whoosh = bandpass(noise(n, rng), fcs, 0.9)
    whoosh = times(lowpass(whoosh, 3000.0), [swell(t) for t in t_])
    tone = [0.0] * n
    for j, m in enumerate((62, 65, 69, 76)):
        for c in (-5.0, 5.0):
            f = mtof(m) * cents(c)
            fs = [f * 2.0 ** (-1.6 / 12.0 * min(1.0, t / 2.3) ** 1.5) for t in t_]
            mix(tone, glide_osc(WARM, fs, rng.random()), 0, 0.12)
    tone_env = [(_exp((t - T1) / 0.38) if t < T1 else _exp(-(t - T1) / 0.35)) for t in t_]
    tone = times(lowpass(tone, 1800.0), tone_env)
    buf = [0.0] * n
    mix(buf, whoosh, 0, 0.9)
    mix(buf, tone, 0, 2.4)
    buf = reverb(buf, size=1.3, fb=0.86, damp=0.4, wet=0.6, tone=3000.0)
    fade_in(buf, 0.01)
    fade_out(buf, 0.45)
    return buf


def found() -> list:
    """The technicians find her: a low thud, as through a mattress, then a short cold chord. 1.5 s."""
    rng = random.Random(909)
    n = secs(1.5)
    thud = []
    p = 0.0
    for i in range(secs(0.7)):
        t = i / SR
        thud.append(_sin(p) * _exp(-t / 0.16))
        p += TAU * (42.0 + 46.0 * _exp(-t / 0.05)) / SR
    fade_in(thud, 0.003)
    body = lowpass(noise(secs(0.12), rng), 250.0, 2)
    body = [v * _exp(-i / (0.03 * SR)) for i, v in enumerate(body)]
    mix(thud, body, 0, 3.0)
    thud = lowpass(thud, 350.0)
    chord = [0.0] * n
    for m in (62, 69, 70, 77):
        f = mtof(m)
        for c, a in ((-3.0, 0.5), (3.0, 0.5)):
            mix(chord, damped(f * cents(c), 0.55, a, n, rng.random() * TAU))
        mix(chord, damped(2.0 * f, 0.25, 0.12, n))
        mix(chord, damped(2.41 * f, 0.12, 0.05, n))
    chord = lowpass(chord, 3500.0)
    fade_in(chord, 0.03)  # the chord blooms rather than strikes
    ch = [0.0] * n
    mix(ch, chord, secs(0.07))
    buf = [0.0] * n
    mix(buf, thud, 0, 1.0)
    mix(buf, ch, 0, 0.5)
    buf = reverb(buf, size=0.9, fb=0.8, damp=0.4, wet=0.35, tone=3500.0)
    fade_in(buf, 0.002)
    fade_out(buf, 0.3)
    return buf


def hide() -> list:
    """Taking her hand into a hiding place: a warm F chord swelling up, rising a little and opening. 1.2 s."""
    rng = random.Random(1010)
    n = secs(1.2)
    t_ = [i / SR for i in range(n)]
    buf = [0.0] * n
    for m in (53, 60, 65, 67, 69, 72):
        f = mtof(m)
        for c in (-6.0, 6.0):
            fs = [f * cents(c) * 2.0 ** ((-0.7 + 0.7 * min(1.0, t / 0.8) ** 0.7) / 12.0) for t in t_]
            mix(buf, glide_osc(SOFT_SAW, fs, rng.random()), 0, 0.1)
    cut = [350.0 * (3000.0 / 350.0) ** min(1.0, t / 0.95) for t in t_]
    buf = lowpass_sweep(lowpass_sweep(buf, cut), cut)
    air = bandpass(noise(n, rng), [800.0 * (3.5 ** min(1.0, t / 1.0)) for t in t_], 1.2)
    mix(buf, air, 0, 0.05)
    env = [((t / 0.92) ** 1.7 if t < 0.92 else 1.0) for t in t_]
    buf = times(buf, env)
    buf = reverb(buf, size=0.8, fb=0.78, damp=0.35, wet=0.3, tone=4000.0)
    fade_out(buf, 0.26)
    return buf


def ui_move() -> list:
    """A tiny soft tick. 60 ms."""
    n = secs(0.06)
    buf = damped(1750.0, 0.010, 1.0, n)
    mix(buf, damped(3100.0, 0.004, 0.35, n, 0.7))
    click = lowpass(noise(secs(0.004), random.Random(1111)), 3000.0)
    mix(buf, [v * _exp(-i / (0.0012 * SR)) for i, v in enumerate(click)], 0, 0.8)
    fade_in(buf, 0.0008)
    fade_out(buf, 0.012)
    return buf


def ui_pick() -> list:
    """A soft warm click-chime (E5 with a fifth above). 150 ms."""
    n = secs(0.15)
    buf = damped(659.26, 0.060, 1.0, n)
    mix(buf, damped(987.77, 0.045, 0.55, n, 0.4))
    mix(buf, damped(1318.51, 0.025, 0.22, n, 1.1))
    mix(buf, damped(2637.0, 0.008, 0.10, n, 0.3))
    click = lowpass(noise(secs(0.005), random.Random(1212)), 2000.0)
    mix(buf, [v * _exp(-i / (0.0015 * SR)) for i, v in enumerate(click)], 0, 0.6)
    fade_in(buf, 0.002)
    fade_out(buf, 0.03)
    return buf


# --------------------------------------------------------------------------- output

SOUNDS = [  # name, builder, peak dBFS, stereo width, whether it loops
    ("hum", hum, -9.0, 0.5, True),
    ("party", party, -9.0, 0.6, True),
    ("erase", erase, -3.0, 0.5, False),
    ("found", found, -3.0, 0.4, False),
    ("hide", hide, -3.0, 0.5, False),
    ("ui_move", ui_move, -3.0, 0.15, False),
    ("ui_pick", ui_pick, -3.0, 0.25, False),
]
OGG_QUALITY = "4"  # the cues are short: a little more than the music's 3 costs almost nothing
# A steady drone shows any step where a loop meets itself, and Vorbis at low quality smears a file's two ends
# (the hum's seam jumped about twice its largest natural step at 4); at 8 the seam is like any other pair of samples.
LOOP_OGG_QUALITY = "8"


def stereo(x: list, width: float, loop: bool) -> tuple[list, list]:
    """Left and right from one synthesised signal: mid plus and minus a side made of the same sound above
    250 Hz sent through a chain of all-passes (same spectrum, scrambled phase). The two sides sum back to the
    mono original exactly, and the lows stay in the middle. A loop gets its side circularly (rendered over two
    turns, the second kept), so the seam stays seamless."""
    src = x + x if loop else x + [0.0] * secs(0.1)
    side = highpass(src, 250.0)
    for d, g in ((347, 0.6), (113, 0.6), (37, 0.6), (1051, 0.5)):
        side = _allpass(side, d, g)
    side = side[len(x):] if loop else side[:len(x)]
    return [m + width * s for m, s in zip(x, side)], [m - width * s for m, s in zip(x, side)]


def write_ogg(path: str, x: list, peak_db: float, width: float, loop: bool, serial: int) -> None:
    """16-bit stereo at SR, through a temporary WAV into oggenc (fixed serial number: the same bytes each run)."""
    left, right = stereo(x, width, loop)
    peak = max(max(abs(v) for v in left), max(abs(v) for v in right)) or 1.0
    g = 10.0 ** (peak_db / 20.0) * 32767.0 / peak
    data = array.array("h", [int(round(v * g)) for pair in zip(left, right) for v in pair])
    if sys.byteorder == "big":
        data.byteswap()
    wav = path + ".tmp.wav"
    with wave.open(wav, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(data.tobytes())
    try:
        quality = LOOP_OGG_QUALITY if loop else OGG_QUALITY
        subprocess.run(["oggenc", "-Q", "-q", quality, "-s", str(serial), "-o", path + ".tmp", wav], check=True)
        os.replace(path + ".tmp", path)
    finally:
        os.remove(wav)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="only these sounds (default: all)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir),
                    help="output folder (default: sound/)")
    args = ap.parse_args(argv)
    known = [s[0] for s in SOUNDS]
    if shutil.which("oggenc") is None:
        print("make_sound: needs oggenc; on Debian: apt-get install vorbis-tools", file=sys.stderr)
        return 2
    unknown = [n for n in args.names if n not in known]
    if unknown:
        ap.error(f"unknown sound(s): {', '.join(unknown)}; known: {', '.join(known)}")
    out = os.path.normpath(args.out)
    os.makedirs(out, exist_ok=True)
    t_all = time.perf_counter()
    for i, (name, build, peak_db, width, loop) in enumerate(SOUNDS):
        if args.names and name not in args.names:
            continue
        t0 = time.perf_counter()
        x = build()
        path = os.path.join(out, name + ".ogg")
        write_ogg(path, x, peak_db, width, loop, 5200 + i)
        print(f"{name + '.ogg':22s} {len(x) / SR:6.2f} s  {time.perf_counter() - t0:5.1f} s to make", flush=True)
    print(f"done in {time.perf_counter() - t_all:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
