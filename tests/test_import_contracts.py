"""The engine's layers, read from the source: who may import whom, no import cycles, no word of a story in the engine.

Every import counts, also those inside functions and under TYPE_CHECKING: a cycle held together by late imports is
still a cycle.
"""

import ast
import functools
import re
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "eternal"

# package -> the packages of eternal it may import (its own always allowed)
CONTRACTS = {
    "eternal.model": (),
    "eternal.strings": (),
    "eternal.loader": ("eternal.model.story", "eternal.model.graph", "eternal.model.rules.registry", "eternal.strings"),
    "eternal.persistence": ("eternal.model",),
    "eternal.drivers": ("eternal.model",),
    "eternal.authoring": ("eternal.model", "eternal.loader", "eternal.strings"),
}
NO_PYGAME = ("eternal.model", "eternal.loader", "eternal.persistence", "eternal.strings", "eternal.drivers")
# the shipped story's names and eras: they belong in scenes/, art/ and sound/, or in the engine's string tables
STORY_WORDS = re.compile(r"joel|clementine|lacuna|winter|amber|summer|childhood|clinic", re.IGNORECASE)


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path, modules: frozenset[str] = frozenset()) -> set[str]:
    """What a module imports: `from a import b` counts as `a.b` when that is a module, else as `a`."""
    modules = modules or frozenset(_modules())
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = name.split(".")[: -node.level if path.name != "__init__.py" else len(name.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            for alias in node.names:
                found.add(f"{module}.{alias.name}" if f"{module}.{alias.name}" in modules else module)
    return found


@functools.cache
def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: {m for m in _imports(name, path) if m in modules and m != name} for name, path in modules.items()}


def _allowed(importer: str, imported: str) -> bool:
    if imported == "eternal":
        return True  # the package itself: its name and version
    for package, allowed in CONTRACTS.items():
        if importer == package or importer.startswith(package + "."):
            own = imported == package or imported.startswith(package + ".")
            return own or any(imported == a or imported.startswith(a + ".") for a in allowed)
    return True


def test_each_layer_imports_only_what_it_may():
    broken = sorted(f"{a} -> {b}" for a, targets in _graph().items() for b in targets if not _allowed(a, b))
    assert broken == []


@pytest.mark.parametrize("package", NO_PYGAME)
def test_the_headless_layers_never_import_pygame(package):
    users = sorted(name for name, path in _modules().items()
                   if (name == package or name.startswith(package + ".")) and any(
                       m == "pygame" or m.startswith("pygame.") for m in _imports(name, path)))
    assert users == []


def test_screens_neither_load_stories_nor_know_the_app():
    graph = _graph()
    screens = [name for name in graph if name.startswith("eternal.presentation.screens")]
    assert screens
    reaching = sorted(f"{s} -> {m}" for s in screens for m in graph[s]
                      if m.startswith("eternal.loader") or m == "eternal.presentation.app")
    assert reaching == []


def test_no_module_of_the_engine_imports_itself_back():
    graph = _graph()
    # Tarjan's strongly connected components: any with two or more modules is a cycle
    index, low, stack, on_stack, cycles = {}, {}, [], set(), []

    def visit(node, counter=[0]):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    # a package's __init__ importing its own modules that import the package back is the usual shape of a cycle too
    assert cycles == []


def test_the_engine_names_nothing_of_the_shipped_story():
    found = []
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix not in (".py", ".json") or "strings" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if STORY_WORDS.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:90]}")
    assert found == []


def test_the_contract_reader_sees_a_forbidden_import(tmp_path):
    """The reader above would catch a model module importing pygame or the presentation (it reads real source)."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from eternal.presentation import app\n    import pygame\n")
    found = _imports("eternal.model.bad", bad, frozenset(_modules()))
    assert "eternal.presentation.app" in found and "pygame" in found
    assert not _allowed("eternal.model.bad", "eternal.presentation.app")


def test_no_test_reaches_into_a_private_attribute():
    """Tests use what the game offers: `obj._x` of another object is a private part that may change under them."""
    reaching = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                    and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls", "os", "sys"))):
                reaching.append(f"{path.name}:{node.lineno}: .{node.attr}")
    assert reaching == []
