"""The second story (tests/fixtures/harbour): another author's erasure story, in English and French, with other
characters, eras and hiding rules, run by the same loader, model, saves and headless app as the shipped one."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from eternal.cli import main as eternal_main
from eternal.loader import load_story
from eternal.model.night import Night
from eternal.drivers.policies import POLICIES
from eternal.model.story import Story, Text
from eternal.persistence.settings import Settings
from playthrough import play, play_to_end, step

TESTS = Path(__file__).resolve().parent
HARBOUR = TESTS / "fixtures" / "harbour" / "scenes"
SHIPPED = TESTS.parent / "scenes"

# Words of the first story that no screen of the second may show, and English interface words a French screen may not.
FIRST_STORY = re.compile(r"joel|clementine|clem\b|lacuna|mierzwiak|patrick|\bstan\b|\bmary\b", re.IGNORECASE)
ENGLISH_UI = re.compile(r"\b(Continue|Settings|New night|Quit|Load|Save|Resume|Back|Paused|memory map|take her hand|"
                        r"hidden in|erasure front|End of the night|Language)\b")


@pytest.fixture(scope="module")
def harbour() -> Story:
    result = load_story(HARBOUR)
    assert result.ok, [str(p) for p in result.problems]
    return result.story


@pytest.fixture(scope="module")
def shipped() -> Story:
    result = load_story(SHIPPED)
    assert result.ok, [str(p) for p in result.problems]
    return result.story


def _texts(story: Story) -> list[Text]:
    """Every text of the story a player can read."""
    out: list[Text] = [story.title, *story.characters.values(), *story.ui.values()]
    out += [m.name for m in story.mementos.values()]
    if story.hiding is not None:
        out += [story.hiding.prompt, story.hiding.stay, *story.hiding.found_lines, *story.hiding.lost_lines]
    for scene in [*story.memories.values(), *story.endings]:
        out.append(scene.title)
        extra = (getattr(scene, "where", None), getattr(scene, "keepsake", None), getattr(scene, "cue", None))
        out += [t for t in extra if t]
        out += [i.text for i in getattr(scene, "intrusions", ())]
        for beat in scene.beats:
            out += [beat.text] if beat.text else []
            out += [o.text for o in beat.options]
    return out


# --- the loader ------------------------------------------------------------------------------------------------------


def test_the_second_story_passes_the_checker(harbour):
    assert harbour.id == "harbour" and harbour.languages == ("en", "fr")


def test_eternal_check_passes_on_the_second_story(capsys):
    assert eternal_main(["check", str(HARBOUR)]) == 0
    assert "harbour" in capsys.readouterr().out


def test_the_checker_finds_mistakes_in_the_second_story_and_names_nothing_of_the_first(tmp_path):
    folder = tmp_path / "harbour"
    shutil.copytree(HARBOUR.parent, folder, ignore=shutil.ignore_patterns("plans", "*.py"))
    scenes = folder / "scenes"

    def edit(name: str, old: str, new: str) -> None:
        path = scenes / name
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    edit("02_harbour.yaml", "        do: [turn]\n", "")
    edit("03_orchard.yaml", "mementos: [honey]", "mementos: []")
    edit("02_harbour.yaml", "era: storm", "era: fog")
    edit("02_harbour.yaml", ', fr: "Le dernier ferry"', "")
    edit("story.yaml", "reach: unmapped", "reach: everywhere")
    result = load_story(scenes)
    messages = [str(p) for p in result.problems]
    assert not result.ok and len(messages) >= 5, messages
    for expected in ("'fr'", "'fog'", "orchard_rain", "turn", "everywhere"):
        assert any(expected in m for m in messages), (expected, messages)
    assert not [m for m in messages if FIRST_STORY.search(m)]


def test_the_second_story_shares_no_era_character_or_memory_with_the_first(harbour, shipped):
    assert not set(harbour.eras) & set(shipped.eras)
    assert not set(harbour.characters) & set(shipped.characters)
    assert not set(harbour.memories) & set(shipped.memories)
    assert harbour.title_era == "bureau" and harbour.music == {}  # no music at all: the engine needs none


def test_the_second_story_hides_by_other_rules(harbour, shipped):
    rules, theirs = harbour.hiding, shipped.hiding
    assert rules is not None and theirs is not None
    assert (rules.reach, rules.when_found) == ("unmapped", "spare")
    assert (theirs.reach, theirs.when_found) == ("associated", "erase")
    assert rules.search_every != theirs.search_every


def test_every_text_of_the_second_story_is_in_both_languages_and_names_nothing_of_the_first(harbour):
    for text in _texts(harbour):
        assert set(text.by_lang) == {"en", "fr"}, text
        for words in text.by_lang.values():
            assert words.strip() and not FIRST_STORY.search(words), words


def test_the_story_says_in_its_own_words_what_the_interface_calls_it(harbour):
    assert harbour.ui["map_title"].get("fr") == "MNEMOS · carte des souvenirs"
    assert harbour.ui["companion_mark"].get("en") == "T"
    assert harbour.cues == {"found": "bell"} and harbour.sounds["bell"].endswith("bell.wav")


def test_the_second_story_folder_stays_small():
    folder = HARBOUR.parent
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert size < 300_000, size


# --- the model -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_every_policy_reaches_an_ending_of_the_second_story(harbour, policy, seed):
    night = Night.new(harbour, seed)
    play_to_end(night, policy)
    assert night.state.ending in {e.id for e in harbour.endings}


def test_every_ending_of_the_second_story_can_be_reached(harbour):
    reached = set()
    for policy in POLICIES:
        for seed in range(6):
            night = Night.new(harbour, seed)
            play_to_end(night, policy)
            reached.add(night.state.ending)
    assert reached == {e.id for e in harbour.endings}


def _save(night: Night) -> dict:
    data = night.to_save() if hasattr(night, "to_save") else night.state.to_dict()
    return json.loads(json.dumps(data))  # through JSON, as on disk


def test_a_save_made_in_the_second_story_restores_exactly(harbour):
    night = Night.new(harbour, 3)
    for _ in range(2000):  # on into the night until the companion hides, then a little further
        step(night, "hide")
        if night.state.hidden_in is not None and night.state.hidden_beats >= 1:
            break
    assert night.state.hidden_in is not None
    saved = _save(night)
    again = Night.restore(harbour, saved)
    assert _save(again) == saved
    assert again.line == night.line and again.choices == night.choices
    rest, rest_again = play(night, "hide"), play(again, "hide")
    assert rest == rest_again and again.state.ending == night.state.ending


def test_a_save_of_one_story_does_not_load_in_the_other(harbour, shipped):
    from eternal.model.state import SaveError

    with pytest.raises(SaveError):
        Night.restore(shipped, _save(Night.new(harbour, 0)))


# --- the headless app ------------------------------------------------------------------------------------------------


class _Drawn:
    """Every text the app renders, recorded by a font that remembers what it was asked to draw."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        texts = self.texts
        base = pygame.font.Font

        class RecordingFont(base):  # type: ignore[misc, valid-type]
            def render(self, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
                texts.append(str(text))
                return super().render(text, *args, **kwargs)

        monkeypatch.setattr(pygame.font, "Font", RecordingFont)

    def words(self) -> str:
        return "\n".join(self.texts)

    def matching(self, pattern: re.Pattern, story: Story | None = None) -> list[str]:
        """The drawn texts in which `pattern` occurs, leaving out pieces of the story's own French text if given."""
        own = "\n".join(t.get("fr") for t in _texts(story)) if story is not None else ""
        return sorted({t for t in self.texts if pattern.search(t) and not (own and _SPEAKER.sub("", t) in own)})


_SPEAKER = re.compile(r"^[\w .]+\s?:\s")  # "Odile : " before a subtitle


def _key(k: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0)


def _app(story: Story, home: Path, lang: str):
    from eternal.presentation.app import App

    return App(story, home=home, settings=Settings(language=lang), size=(640, 360))


def _frames(app, n: int = 3) -> None:
    from eternal.presentation.app import STEP

    for _ in range(n):
        app.frame(STEP)


@pytest.mark.slow
def test_the_french_app_draws_no_word_of_the_first_story_nor_of_english(harbour, tmp_path, monkeypatch):
    drawn = _Drawn(monkeypatch)
    app = _app(harbour, tmp_path, "fr")
    try:
        _frames(app)  # the title
        app.start_night(Night.new(harbour, 0))
        night = app.night
        for _ in range(400):  # into the night with the hiding player, past the turn and into a hiding place
            _frames(app, 2)
            app.top.reveal = 1e9
            if night.state.hidden_in is not None:
                break
            step(night, "hide")
        assert night.state.hidden_in is not None
        for keys in ((pygame.K_m,), (pygame.K_m,), (pygame.K_ESCAPE,), (pygame.K_ESCAPE,)):  # the map, the pause menu
            for k in keys:
                app.handle(_key(k))
            _frames(app, 4)
        play_to_end(night, "hide")
        _frames(app, 60)  # the end screen
        app.to_title()
        _frames(app, 30)
    finally:
        pygame.quit()
    words = drawn.words()
    if os.environ.get("ETERNAL_SHOW_DRAWN"):
        print("\n".join(sorted(set(drawn.texts))))
    assert "MNEMOS · carte des souvenirs" in words  # the map, under the story's own title
    assert not drawn.matching(FIRST_STORY)
    assert not drawn.matching(ENGLISH_UI, harbour)  # (the story's own French may say "Continue": it is French too)


def test_saves_of_both_stories_live_side_by_side(harbour, shipped, tmp_path):
    """Each story's Continue resumes its own night, whichever story saved last."""
    try:
        for story in (harbour, shipped):  # the shipped story saves last: its save is the newest on disk
            app = _app(story, tmp_path, story.languages[0])
            app.start_night(Night.new(story, 0))
            play_to_step(app.night, 5)
            assert app.autosave()
            pygame.quit()
        for story in (harbour, shipped):
            app = _app(story, tmp_path, story.languages[0])
            assert app.resume_newest() == ""
            assert app.night is not None and app.night.story.id == story.id
            pygame.quit()
    finally:
        pygame.quit()
    saves = [p for p in tmp_path.rglob("*.json") if '"story_id"' in p.read_text(encoding="utf-8")]
    by_story = {json.loads(p.read_text(encoding="utf-8")).get("state", {}).get("story_id"): p.parent for p in saves}
    assert set(by_story) >= {"harbour", "eternal"}
    assert by_story["harbour"] != by_story["eternal"]  # each in its story's own folder


def test_the_title_offers_no_continue_for_another_storys_save(harbour, shipped, tmp_path, monkeypatch):
    try:
        app = _app(shipped, tmp_path, "en")
        app.start_night(Night.new(shipped, 0))
        play_to_step(app.night, 5)
        assert app.autosave()
        pygame.quit()
        drawn = _Drawn(monkeypatch)
        app = _app(harbour, tmp_path, "en")
        _frames(app, 5)
    finally:
        pygame.quit()
    assert "New night" in drawn.texts or any("New night" in t for t in drawn.texts)
    assert not any(re.search(r"\bContinue\b", t) for t in drawn.texts), drawn.texts


def play_to_step(night: Night, n: int) -> None:
    for _ in range(n):
        step(night, "comply")


# --- the commands, as a player runs them (slow: each a whole night in a subprocess) ---------------------------------


def _eternal(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, ETERNAL_HOME=str(home), SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    return subprocess.run([sys.executable, "-m", "eternal", "--scenes", str(HARBOUR), *args], capture_output=True,
                          text=True, env=env, timeout=300)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("policy", POLICIES)
def test_autoplay_reaches_an_ending_of_the_second_story(policy, lang, tmp_path, harbour):
    done = _eternal("autoplay", "--policy", policy, "--lang", lang, home=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ending"] in {e.id for e in harbour.endings} and report["lang"] == lang
    assert not FIRST_STORY.search(done.stdout + done.stderr)


@pytest.mark.slow
def test_tour_and_graph_of_the_second_story_run_in_french(tmp_path, harbour):
    tour = _eternal("tour", "--lang", "fr", "--size", "480x270", str(tmp_path / "tour"), home=tmp_path)
    assert tour.returncode == 0, tour.stderr
    assert len(list((tmp_path / "tour").glob("*.png"))) >= 9
    for memory in harbour.memories.values():  # the companion's pictures are named for no one in particular
        if memory.kind == "unmapped":
            assert (tmp_path / "tour" / f"{memory.id}_with_companion.png").is_file()
            assert (tmp_path / "tour" / f"{memory.id}_found.png").is_file()
    assert not list((tmp_path / "tour").glob("*_with_her.png"))
    graph = _eternal("graph", "--lang", "fr", str(tmp_path / "graph.svg"), home=tmp_path)
    assert graph.returncode == 0, graph.stderr
    svg = (tmp_path / "graph.svg").read_text(encoding="utf-8")
    assert "Le grenier aux filets" in svg and not FIRST_STORY.search(svg)


@pytest.mark.slow
def test_the_whole_french_night_through_the_real_loop_draws_nothing_of_the_first_story(harbour, tmp_path, monkeypatch,
                                                                                        capsys):
    from eternal.presentation.autoplay import run_autoplay

    monkeypatch.setenv("ETERNAL_HOME", str(tmp_path))
    drawn = _Drawn(monkeypatch)
    code = run_autoplay(HARBOUR, "hide", 0, "fr", (640, 360), False, False, 100000)
    pygame.quit()
    assert code == 0, capsys.readouterr().err
    words = drawn.words()
    assert "carte des souvenirs" in words or "MNEMOS" in words
    assert not drawn.matching(FIRST_STORY)
    assert not drawn.matching(ENGLISH_UI, harbour)  # (the story's own French may say "Continue": it is French too)
