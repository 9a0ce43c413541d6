#!/usr/bin/env python3
"""make_sound.py: synthesise every sound of "Eternal" from nothing.

Standard library only (math, cmath, array, wave, random). Deterministic: every
random source is a random.Random with a fixed seed and nothing depends on the
clock, so two runs write the same bytes.

    python sound/src/make_sound.py                 # every sound into sound/
    python sound/src/make_sound.py hum erase       # only these (names without .wav)
    python sound/src/make_sound.py --out DIR       # somewhere else

Output: 16-bit PCM, mono, 22050 Hz.

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
import sys
import time
import wave
from operator import add, mul, sub

SR = 22050
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


def whole_cycles(freq: float, n: int) -> float:
    """The frequency nearest to freq that runs a whole number of cycles in n samples."""
    k = max(1, round(freq * n / SR))
    return k * SR / n


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


def scaled(x: list, g: float) -> list:
    return [g * v for v in x]


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
HOLLOW = make_table([1.0, 0.0, 0.16, 0.0, 0.06, 0.0, 0.02])
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
    for d in (558, 594, 638, 678, 711, 745):
        acc = list(map(add, acc, _comb(inp, int(d * size), fb, damp)))
    for d in (278, 220, 170, 112):
        acc = _allpass(acc, int(d * size), 0.5)
    acc = lowpass(acc, tone)
    return [dry * a + wet * b for a, b in zip(x, acc)]


# --------------------------------------------------------------------------- instruments

_cache: dict = {}


def piano(m: int, maxdur: float = 7.0, bright: float = 1.0) -> list:
    """A soft piano-like tone: inharmonic decaying partials, the low ones from two slightly detuned strings
    (one dies fast, one rings on), higher partials dying sooner. Unit level; the caller scales it."""
    key = ("piano", m, maxdur, bright)
    if key in _cache:
        return _cache[key]
    f0 = mtof(m)
    tau1 = min(5.0, 2.2 * (261.63 / f0) ** 0.55)
    n = secs(min(maxdur, tau1 * 5.5 + 0.1))
    out = [0.0] * n
    B = 0.00032
    for k in range(1, 9):
        fk = k * f0 * math.sqrt(1.0 + B * k * k)
        if fk > 6500.0:
            break
        ak = k ** -1.35 * bright ** (k - 1)
        tk = tau1 / (1.0 + 0.6 * (k - 1) ** 1.15)
        nk = min(n, secs(tk * 7.0) + 1)
        if k <= 3:
            p = damped(fk * 1.00035, tk, 0.55 * ak, nk, 0.0)
            q = damped(fk * 0.99965, tk * 0.3, 0.45 * ak, nk, 0.0)
            mix(out, list(map(add, p, q)))
        else:
            mix(out, damped(fk, tk, ak, nk, 0.0))
    fade_in(out, 0.005)
    fade_out(out, min(0.4, n / SR * 0.2))
    _cache[key] = out
    return out


def epiano(m: int, dur: float) -> list:
    """Electric-piano-ish: 1:1 FM whose index dies away (bark then mellow), a short tine ping, and a slow
    wow of a few cents (the worn, slightly uneasy warmth of the amber years)."""
    key = ("epiano", m, dur)
    if key in _cache:
        return _cache[key]
    f = mtof(m)
    rel = 0.35
    n_on = secs(dur)
    n = n_on + secs(rel)
    w = TAU * f / SR
    tau = 1.5 * (261.63 / f) ** 0.4
    de = _exp(-1.0 / (tau * SR))
    I0 = 1.5 * min(1.0, (220.0 / f) ** 0.35)
    di = _exp(-1.0 / (0.22 * SR))
    ratio = 14.0 if 14 * f < 9000 else (7.0 if 7 * f < 9000 else 0.0)
    wt = w * ratio
    dt = _exp(-1.0 / (0.025 * SR))
    wl = TAU * 0.45 / SR
    wow = f * 0.004 / 0.45  # phase deviation (radians): +-7 cents of pitch at 0.45 Hz
    wph = (m * 0.61) % TAU
    out = []
    app = out.append
    e, ii, te = 1.0, I0, 0.10
    for i in range(n):
        ph = w * i + wow * _sin(wl * i + wph)
        app(e * _sin(ph + (0.12 + ii) * _sin(ph)) + te * _sin(wt * i))
        e *= de
        ii *= di
        te *= dt
    env = adsr(n_on, 0.003, 0.01, 1.0, rel)
    out = times(out, env)
    _cache[key] = out
    return out


MUSICBOX_DETUNE = {}


def musicbox(m: int) -> list:
    """A music-box tine / toy glockenspiel bar: fundamental plus a slightly mistuned twin (shimmer), the
    bar's inharmonic 2.76 and 5.40 modes, a tiny pluck. Each tine is a few cents off, always the same few."""
    key = ("box", m)
    if key in _cache:
        return _cache[key]
    if m not in MUSICBOX_DETUNE:
        MUSICBOX_DETUNE[m] = random.Random(7000 + m).uniform(-9.0, 9.0)
    f = mtof(m) * cents(MUSICBOX_DETUNE[m])
    tau = min(1.6, 0.95 * (523.25 / f) ** 0.5)
    n = secs(tau * 4.5)
    out = damped(f, tau, 1.0, n)
    mix(out, damped(f * 1.0021, tau * 0.8, 0.35, n, 1.1))
    mix(out, damped(f * 2.0, tau * 0.45, 0.10, secs(tau * 2.5)))
    mix(out, damped(f * 2.76, tau * 0.22, 0.20, secs(tau * 1.3)))
    mix(out, damped(f * 5.40, tau * 0.08, 0.10, secs(tau * 0.5)))
    click = noise(secs(0.004), random.Random(m))
    click = [0.08 * v * (1.0 - i / len(click)) for i, v in enumerate(click)]
    mix(out, highpass(click, 2000.0))
    fade_in(out, 0.0015)
    fade_out(out, 0.3)
    _cache[key] = out
    return out


def pad_note(m: float, dur: float, table: list, a: float, r: float, rng: random.Random,
             detune=(-6.0, 0.0, 6.0), sus: float = 0.85) -> list:
    f = mtof(m)
    n_on = secs(dur)
    n = n_on + secs(r)
    sig = [0.0] * n
    for c in detune:
        mix(sig, osc(table, f * cents(c), n, rng.random()), 0, 1.0 / len(detune))
    return times(sig, adsr(n_on, a, 0.6, sus, r))


def lead(m: int, dur: float) -> list:
    """A soft ocarina-ish voice: warm wave, breath of vibrato that grows in after the attack."""
    key = ("lead", m, dur)
    if key in _cache:
        return _cache[key]
    f = mtof(m)
    rel = 0.25
    n_on = secs(dur)
    n = n_on + secs(rel)
    k = TABLE_N / SR
    out = []
    app = out.append
    p = 0.0
    vib_w = TAU * 5.2 / SR
    grow = secs(0.35)
    for i in range(n):
        depth = 0.0045 * min(1.0, max(0.0, (i - secs(0.12)) / grow))
        app(WARM[int(p) & TABLE_MASK])
        p += f * (1.0 + depth * _sin(vib_w * i)) * k
    out = times(out, adsr(n_on, 0.05, 0.3, 0.75, rel))
    _cache[key] = out
    return out


def soft_bass(m: int, dur: float) -> list:
    key = ("bass", m, dur)
    if key in _cache:
        return _cache[key]
    f = mtof(m)
    n_on = secs(dur)
    n = n_on + secs(0.2)
    out = sine(f, n)
    mix(out, sine(2 * f, n, 0.3))
    mix(out, sine(3 * f, n, 0.08))
    out = times(out, adsr(n_on, 0.012, 0.5, 0.55, 0.2))
    _cache[key] = out
    return out


def loop_lfo(n: int, parts) -> list:
    """Sum of slow sines, each a whole number of cycles per loop: [(cycles, amp, phase)]."""
    out = [0.0] * n
    for cyc, amp, ph in parts:
        mix(out, sine(cyc * SR / n, n, amp, ph))
    return out


# --------------------------------------------------------------------------- music loops


def music_winter() -> list:
    """Late: cold, sparse. D minor, 60 BPM, 6 bars; slow piano over wind."""
    rng = random.Random(101)
    spb = SR  # 60 BPM
    L = 24 * spb
    buf = [0.0] * (L + secs(10))

    def at(beat):
        return int(round(beat * spb)) + int(rng.uniform(0.0, 0.018) * SR)

    lh = [(0, 38, .50), (0.04, 45, .36), (2, 50, .26),
          (4, 34, .50), (4.04, 41, .36), (6, 50, .24),
          (8, 31, .50), (8.04, 38, .36), (10, 46, .24),
          (12, 38, .48), (12.04, 45, .34), (14, 53, .22),
          (16, 34, .48), (16.04, 41, .34), (18, 50, .22),
          (20, 33, .50), (20.04, 40, .36), (22, 49, .26)]
    rh = [(0.1, 69, .62), (2, 65, .45), (3, 64, .36),
          (4.1, 74, .58), (6, 72, .44), (7, 69, .40),
          (8.1, 70, .56), (10, 67, .46),
          (12.1, 69, .52), (13.5, 65, .38), (14.5, 62, .40),
          (16.1, 77, .50), (18, 76, .42),
          (20.1, 73, .50), (22, 76, .36), (23, 73, .28)]
    ice = [(5.5, 81, .16), (11, 86, .12), (19, 86, .14), (21.5, 88, .10)]
    for beat, m, v in lh:
        mix(buf, piano(m, 7.0, 0.8), at(beat), v)
    for beat, m, v in rh:
        mix(buf, piano(m, 6.0, 0.9), at(beat), v)
    for beat, m, v in ice:
        mix(buf, piano(m, 4.0, 0.7), at(beat), v)
    buf = lowpass(buf, 4200.0)
    buf = reverb(buf, size=1.25, fb=0.87, damp=0.35, wet=0.55, tone=3500.0)
    out = fold(buf, L)

    # wind: noise through a band-pass whose centre drifts with the gusts (all periodic in the loop)
    gust = loop_lfo(L, [(1, 0.35, 0.3), (3, 0.25, 2.0), (7, 0.12, 4.1)])
    wbuf = noise(L, random.Random(102)) + [0.0] * secs(1.0)
    fcs = [480.0 + 260.0 * gust[i % L] for i in range(len(wbuf))]
    wind = bandpass(wbuf, fcs, 0.55)
    wind = fold(lowpass(wind, 1500.0), L)
    amp = [0.028 * (0.75 + g) ** 2 for g in gust]
    mix(out, times(wind, amp))
    return rotate_to_quiet(out)


def music_amber() -> list:
    """Middle: warm, a little uneasy. A minor / F, 84 BPM, 8 bars of electric-piano chords with a wow."""
    rng = random.Random(202)
    spb = 15750  # 84 BPM
    L = 32 * spb
    buf = [0.0] * (L + secs(6))

    def at(beat):
        return int(round(beat * spb)) + int(rng.uniform(0.0, 0.014) * SR)

    bars = [(41, [57, 60, 64, 67]),   # Fmaj9
            (40, [55, 59, 62, 66]),   # Em9
            (38, [53, 57, 60, 64]),   # Dm9
            (45, [55, 59, 60, 64]),   # Am9
            (41, [57, 60, 64, 71]),   # Fmaj7#11
            (40, [55, 59, 62, 67]),   # Em7
            (38, [57, 60, 62, 65]),   # Dm7
            (40, [57, 59, 62, 64])]   # E7sus4 -> E7b9 below
    beat_s = spb / SR
    for b, (root, chord) in enumerate(bars):
        t0 = 4 * b
        mix(buf, epiano(root, 3.4 * beat_s), at(t0), 0.42)
        hits = [(0.0, chord, 1.6, .34), (2.5, chord, 1.4, .26)]
        if b == 7:
            hits[1] = (2.0, [56, 59, 62, 65], 1.9, .30)
        for off, notes, dur, v in hits:
            for j, m in enumerate(notes):
                mix(buf, epiano(m, dur * beat_s), at(t0 + off) + secs(0.011 * j), v)
        # a low, quiet pad to keep it warm
        pad = pad_note(root + 12, 4 * beat_s, SOFT_SAW, 0.8, 1.2, rng, sus=0.9)
        mix(buf, lowpass(pad, 700.0), int(t0 * spb), 0.10)
    melody = [(1, 76, 1.5), (3, 74, 1.0), (5, 71, 2.0), (9, 69, 1.0), (10, 72, 1.0), (11, 76, 1.0),
              (13, 71, 2.5), (17, 76, 1.5), (19, 83, 1.0), (21, 79, 2.0), (25, 77, 1.0), (26, 76, 1.0),
              (27, 74, 1.0), (29, 74, 1.0), (30.5, 68, 1.5)]
    for beat, m, dur in melody:
        mix(buf, epiano(m, dur * beat_s), at(beat), 0.30)
    buf = lowpass(buf, 3200.0)
    buf = reverb(buf, size=1.0, fb=0.83, damp=0.4, wet=0.35, tone=3000.0)
    out = fold(buf, L)
    trem = loop_lfo(L, [(80, 0.12, 0.0)])  # 3.5 Hz, whole cycles
    out = [v * (1.0 + t) for v, t in zip(out, trem)]
    return rotate_to_quiet(out)


def music_summer() -> list:
    """Early: warm, hopeful. D major, 90 BPM, 8 bars: a simple tune over a soft pad, arpeggio, bass."""
    rng = random.Random(303)
    spb = 14700  # 90 BPM
    L = 32 * spb
    buf = [0.0] * (L + secs(6))
    key = 2
    beat_s = spb / SR

    def at(beat):
        return int(round(beat * spb)) + int(rng.uniform(0.0, 0.010) * SR)

    chords = [[52, 55, 60, 64], [50, 55, 59, 62], [52, 57, 60, 64], [53, 57, 60, 64],
              [52, 55, 60, 64], [50, 55, 59, 62], [53, 57, 60, 64], [50, 55, 59, 62]]
    bass = [36, 35, 33, 29, 36, 31, 29, 31]
    pads = [0.0] * len(buf)
    for b, chord in enumerate(chords):
        t0 = 4 * b
        for m in chord:
            mix(pads, pad_note(m + key, 4 * beat_s, SOFT_SAW, 0.5, 1.0, rng), int(t0 * spb), 0.16)
        mix(buf, soft_bass(bass[b] + key, 1.8 * beat_s), at(t0), 0.40)
        mix(buf, soft_bass(bass[b] + key + (7 if b % 2 == 0 else 12), 1.6 * beat_s), at(t0 + 2), 0.30)
        arp = [chord[0] + 12, chord[1] + 12, chord[2] + 12, chord[3] + 12,
               chord[2] + 12, chord[1] + 12, chord[3] + 12, chord[2] + 12]
        for j, m in enumerate(arp):
            mix(buf, piano(m + key, 1.6, 0.75), at(t0 + 0.5 * j), 0.13 if j % 2 else 0.17)
    mix(buf, lowpass(pads, 1300.0, 2))
    melody = [(0, 76, 1.5), (1.5, 74, .5), (2, 72, 1), (3, 67, 1),
              (4, 74, 1.5), (5.5, 72, .5), (6, 71, 2),
              (8, 72, 1), (9, 76, 1), (10, 81, 1.5), (11.5, 79, .5),
              (12, 77, 2), (14, 76, 1), (15, 72, 1),
              (16, 76, 1.5), (17.5, 79, .5), (18, 84, 1), (19, 83, .5), (19.5, 81, .5),
              (20, 79, 2), (22, 74, 2),
              (24, 81, 1), (25, 79, 1), (26, 77, 1), (27, 76, 1),
              (28, 74, 2), (30, 71, 1), (31, 74, 1)]
    for beat, m, dur in melody:
        mix(buf, lead(m + key, dur * beat_s * 0.92), at(beat) + secs(0.01), 0.30)
    buf = lowpass(buf, 3800.0)
    buf = reverb(buf, size=0.9, fb=0.80, damp=0.35, wet=0.30, tone=4000.0)
    return rotate_to_quiet(fold(buf, L))


def music_childhood() -> list:
    """Childhood: a music box in G, 3/4 at 108 BPM, 12 bars; every tine a little out of tune."""
    rng = random.Random(404)
    spb = 12250  # 108 BPM
    L = 36 * spb
    buf = [0.0] * (L + secs(8))

    def at(beat):
        return int(round(beat * spb)) + int(rng.uniform(0.0, 0.012) * SR)

    melody = [(0, 83), (1, 81), (2, 79),
              (3, 83), (5, 86),
              (6, 88), (7, 86), (8, 84),
              (9, 81), (11, 78),
              (12, 79), (13, 83), (14, 86),
              (15, 91), (17, 88),
              (18, 88), (19, 84), (20, 81),
              (21, 86),
              (24, 84), (25, 88), (26, 91),
              (27, 83), (29, 86),
              (30, 84), (31, 83), (32, 81),
              (33, 79), (34.5, 74)]
    harmony = [(67, 71, 74), (64, 67, 71), (60, 64, 67), (62, 66, 69),
               (67, 71, 74), (64, 67, 71), (69, 72, 76), (62, 66, 69),
               (60, 64, 67), (59, 62, 67), (69, 72, 74), (67, 71, 74)]
    for beat, m in melody:
        mix(buf, musicbox(m), at(beat), 0.55)
    for b, (r, x, y) in enumerate(harmony):
        t0 = 3 * b
        mix(buf, musicbox(r), at(t0), 0.34)
        mix(buf, musicbox(x + 12 if x < 64 else x), at(t0 + 1), 0.20)
        mix(buf, musicbox(y + 12 if y < 67 else y), at(t0 + 2), 0.20)
        if b == 10:
            mix(buf, musicbox(66), at(t0 + 2), 0.18)  # the D7 in "Am D"
    buf = lowpass(buf, 3600.0)
    buf = reverb(buf, size=1.15, fb=0.85, damp=0.4, wet=0.45, tone=3000.0)
    out = fold(buf, L)
    # a faint, slow warble, as if the box were wound a little unevenly
    wob = loop_lfo(L, [(5, 0.05, 0.0), (13, 0.03, 1.0)])
    return rotate_to_quiet([v * (1.0 + w) for v, w in zip(out, wob)])


def fluorescent_hum(n: int, rng: random.Random) -> list:
    """120 Hz mains buzz of a tube light: a period of 4 x 120 Hz cycles is exactly 735 samples, so tile it."""
    per = 735
    assert n % per == 0
    amps = [(1, 1.0), (2, 0.55), (3, 0.42), (4, 0.20), (5, 0.16), (6, 0.09), (7, 0.07), (9, 0.04), (11, 0.03)]
    one = [0.0] * per
    for k, a in amps:
        ph = rng.random() * TAU
        mix(one, sine(120.0 * k, per, a, ph))
    # a touch of the ballast's rasp: shaped noise that flares at the peaks of each mains half-cycle
    hum = one * (n // per)
    gate = [abs(_sin(TAU * 60.0 * i / SR)) ** 12 for i in range(per)] * (n // per)
    buzz = highpass(noise(n, rng), 1500.0)
    mix(hum, times(buzz, gate), 0, 0.15)
    return hum


def music_clinic() -> list:
    """Lacuna: fluorescent hum and a cool pad of stacked fifths, 16 s."""
    rng = random.Random(505)
    L = 16 * SR
    buf = [0.0] * (L + secs(6))
    chords = [[50, 57, 64, 71, 76], [48, 55, 62, 69, 74]]
    for c, chord in enumerate(chords):
        for j, m in enumerate(chord):
            p = pad_note(m, 7.2, HOLLOW, 2.6, 3.0, rng, detune=(-4.0, 4.0), sus=0.8)
            mix(buf, p, secs(8 * c + 0.15 * j), 0.17 if m < 70 else 0.10)
    # a soft high glint now and then, like a monitor counting
    for t, m in ((3.0, 93), (11.0, 91)):
        glint = damped(mtof(m), 0.5, 1.0, secs(2.5))
        fade_in(glint, 0.006)
        mix(buf, glint, secs(t), 0.05)
    air = noise(L, random.Random(506)) + [0.0] * secs(0.05)
    mix(buf, lowpass(highpass(air, 2500.0), 6000.0), 0, 0.022)
    buf = lowpass(buf, 2600.0)
    buf = reverb(buf, size=0.8, fb=0.78, damp=0.2, wet=0.3, tone=5000.0)
    out = fold(buf, L)
    flick = loop_lfo(L, [(1, 0.10, 0.0), (5, 0.05, 1.3), (23, 0.02, 0.4)])
    hum = fold(lowpass(fluorescent_hum(L, rng) + [0.0] * secs(0.05), 3000.0), L)  # circular filtering
    mix(out, [0.075 * h * (1.0 + f) for h, f in zip(hum, flick)])
    return rotate_to_quiet(out)


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
    spb = 11025  # 120 BPM
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

SOUNDS = [  # name, builder, peak dBFS
    ("music_winter", music_winter, -3.0),
    ("music_amber", music_amber, -3.0),
    ("music_summer", music_summer, -3.0),
    ("music_childhood", music_childhood, -3.0),
    ("music_clinic", music_clinic, -3.0),
    ("hum", hum, -9.0),
    ("party", party, -9.0),
    ("erase", erase, -3.0),
    ("found", found, -3.0),
    ("hide", hide, -3.0),
    ("ui_move", ui_move, -3.0),
    ("ui_pick", ui_pick, -3.0),
]


def write_wav(path: str, x: list, peak_db: float) -> None:
    peak = max(abs(v) for v in x) or 1.0
    g = 10.0 ** (peak_db / 20.0) * 32767.0 / peak
    data = array.array("h", [int(round(v * g)) for v in x])
    if sys.byteorder == "big":
        data.byteswap()
    tmp = path + ".tmp"
    with wave.open(tmp, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(data.tobytes())
    os.replace(tmp, path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="only these sounds (default: all)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir),
                    help="output folder (default: sound/)")
    args = ap.parse_args(argv)
    known = [s[0] for s in SOUNDS]
    unknown = [n for n in args.names if n not in known]
    if unknown:
        ap.error(f"unknown sound(s): {', '.join(unknown)}; known: {', '.join(known)}")
    out = os.path.normpath(args.out)
    os.makedirs(out, exist_ok=True)
    t_all = time.perf_counter()
    for name, build, peak_db in SOUNDS:
        if args.names and name not in args.names:
            continue
        t0 = time.perf_counter()
        x = build()
        path = os.path.join(out, name + ".wav")
        write_wav(path, x, peak_db)
        print(f"{name + '.wav':22s} {len(x) / SR:6.2f} s  {time.perf_counter() - t0:5.1f} s to make", flush=True)
    print(f"done in {time.perf_counter() - t_all:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
