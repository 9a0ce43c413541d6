"""Author tools: the story graph in three formats, and the JSON Schema that editors use."""

import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import jsonschema
import pytest
import yaml

from conftest import MINI, ROOT, SCENES
from eternal.authoring.graph import to_dot, to_svg
from eternal.loader.schema import SCHEMA_PATH


def test_graph_svg_names_every_memory_and_ending(mini_story):
    svg = to_svg(mini_story)
    root = ET.fromstring(svg)
    texts = {el.text for el in root.iter("{http://www.w3.org/2000/svg}text")}
    for memory in mini_story.memories.values():
        assert memory.title.get("en") in texts
    for ending in mini_story.endings:
        assert ending.title.get("en") in texts


def test_graph_dot_has_the_order_the_fringe_and_the_endings(mini_story):
    dot = to_dot(mini_story)
    assert dot.startswith('digraph "mini"')
    assert '"late" -> "middle"' in dot and "cluster_unmapped" in dot and '"ending:clean"' in dot
    assert '"memento:mug" -> "late"' in dot


@pytest.mark.slow
@pytest.mark.parametrize("suffix", ["svg", "png", "dot"])
def test_eternal_graph_writes_each_format(tmp_path, suffix):
    out = tmp_path / f"story.{suffix}"
    run = subprocess.run([sys.executable, "-m", "eternal", "--scenes", str(MINI), "graph", str(out)], capture_output=True,
                         text=True, cwd=ROOT, env={"SDL_VIDEODRIVER": "dummy", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    data = out.read_bytes()
    assert len(data) > 500
    if suffix == "png":
        assert data.startswith(b"\x89PNG")


def _schema():
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text()))


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA_PATH.read_text()))


def test_the_schema_validates_every_shipped_scene_file():
    files = sorted(SCENES.glob("*.yaml"))
    assert len(files) >= 5
    validator = _schema()
    for path in files:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        data = json.loads(json.dumps(data, default=str))  # dates as text, as editors see them
        errors = list(validator.iter_errors(data))
        assert not errors, (path.name, [e.message for e in errors[:3]])
        assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")


def test_the_schema_rejects_a_broken_scene_file():
    broken = {"memories": [{"id": "Bad Id", "kind": "remembered", "era": "winter", "title": {"en": "x"}, "when": {},
                            "where": {"en": "x"}, "beats": []}]}
    messages = [e.message for e in _schema().iter_errors(broken)]
    assert len(messages) >= 3


def test_eternal_schema_prints_the_schema():
    run = subprocess.run([sys.executable, "-m", "eternal", "schema"], capture_output=True, text=True, cwd=ROOT)
    assert json.loads(run.stdout)["title"] == "Eternal scene file"
