"""Run the examples in the library's docstrings."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import invitriage

MODULES = sorted(m.name for m in pkgutil.iter_modules(invitriage.__path__) if m.name != "__main__")


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
    for path in root.glob("*.py"):
        if path.name in ("cli.py", "web.py", "__main__.py"):  # the two thin interfaces
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not imported & {"click", "rich", "starlette", "fastapi", "uvicorn"}, path.name
