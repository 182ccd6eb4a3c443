"""No module of the package binds the same top-level name twice unless the second binding builds on the first.

Wave 86 added ``_ABROAD`` (an internship abroad) to ``drafts/writer.py``, which already had ``_ABROAD`` (the places that
make a sender far): the later one silently replaced the earlier, and a freelancer now in Brussels was offered a coffee in
Lyon. A name rebound from scratch is that mistake; ``_NAMES_M = {n for n in _NAMES_M if …}`` extends itself and is fine.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "invitriage"


def _rebound(tree: ast.Module) -> list[str]:
    seen: set[str] = set()
    clashes = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = [t.id for t in node.targets if isinstance(t, ast.Name)], node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets, value = [node.target.id], node.value
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
            isinstance(d, ast.Name) and d.id == "overload" for d in node.decorator_list
        ):
            continue  # a typing overload declares a signature; the undecorated definition after it binds the name
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            targets, value = [node.name], None
        else:
            continue
        used = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value is not None else set()
        for name in targets:
            if name in seen and name not in used:
                clashes.append(f"{name} (line {node.lineno})")
            seen.add(name)
    return clashes


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_top_level_name_rebound_from_scratch(path: Path) -> None:
    assert _rebound(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_check_catches_a_rebinding() -> None:
    assert _rebound(ast.parse("_ABROAD = 'a'\nx = 1\n_ABROAD = 'b'\n")) == ["_ABROAD (line 3)"]
    assert _rebound(ast.parse("_N = {1}\n_N = {n for n in _N if n}\n")) == []
    overloaded = "@overload\ndef f(a: int) -> int: ...\n@overload\ndef f(a: str) -> str: ...\ndef f(a): return a\n"
    assert _rebound(ast.parse(overloaded)) == []
    assert _rebound(ast.parse(overloaded + "def f(a): return 0\n")) == ["f (line 6)"]
