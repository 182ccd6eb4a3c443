"""Run the examples in the library's docstrings."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import invitriage

MODULES = sorted(m.name.removeprefix("invitriage.") for m in pkgutil.walk_packages(invitriage.__path__, "invitriage.")
                 if not m.name.endswith("__main__"))


def test_every_module_is_examined():
    assert {"judge.classify", "drafts.notefacts", "storage.store", "priority", "web.app"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"invitriage.{name}")
    result = doctest.testmod(module)
    assert result.failed == 0


def test_public_names_are_exported():
    for name in invitriage.__all__:
        assert hasattr(invitriage, name), name


def test_core_library_does_not_import_the_cli_frameworks():
    import ast
    from pathlib import Path

    root = Path(invitriage.__file__).parent
    checked = 0
    for path in root.rglob("*.py"):
        if path.relative_to(root).parts[0] in ("cli", "web", "__main__.py"):  # the two thin interfaces
            continue
        checked += 1
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not imported & {"click", "rich", "starlette", "fastapi", "uvicorn"}, path.name
    assert checked > 30
