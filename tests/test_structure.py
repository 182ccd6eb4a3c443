"""The package's shape: no import cycle (module-level or inside functions), core without the faces."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "src" / "invitriage"
FACES = {"cli", "web"}


def _module(path: Path) -> str:
    rel = path.relative_to(PACKAGE).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join(parts) or "__init__"


def _imports(path: Path) -> set[str]:
    """invitriage modules that ``path`` imports anywhere (functions included, TYPE_CHECKING blocks left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _module(path).split(".")
    out: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue  # annotations only: no import at run time
            if isinstance(child, ast.ImportFrom):
                if child.level:
                    base = here[: len(here) - child.level] if path.name != "__init__.py" else here[: len(here) - child.level + 1]
                    target = ".".join([*base, child.module] if child.module else base)
                    names = [target] if child.module else [".".join([*base, a.name]) for a in child.names]
                    out.update(n for n in names if n)
                elif child.module and child.module.startswith("invitriage"):
                    out.add(child.module.removeprefix("invitriage").lstrip(".") or "__init__")
            elif isinstance(child, ast.Import):
                out.update(a.name.removeprefix("invitriage.") for a in child.names if a.name.startswith("invitriage."))
            visit(child)

    visit(tree)
    return out


def graph() -> dict[str, set[str]]:
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}


def find_cycle(g: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(g.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := walk(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(g):
        if node not in state and node != "__init__" and (found := walk(node)):
            return found
    return None


def test_no_import_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]  # the check can fail
    assert find_cycle({"a": {"b"}, "b": set()}) is None
    cycle = find_cycle(graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_core_never_imports_a_face():
    g = graph()
    for name, deps in g.items():
        if name not in FACES and name not in ("__main__", "__init__"):
            assert not deps & FACES, f"{name} imports {deps & FACES}"
