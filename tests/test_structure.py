"""The package's shape: no import cycle (module-level or inside functions), core without the faces."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "src" / "invitriage"
FACES = ("cli", "web")  # packages: the faces


def _is_face(module: str) -> bool:
    return module.split(".")[0] in FACES


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
        if not _is_face(name) and name not in ("__main__", "__init__"):
            faces = {d for d in deps if _is_face(d)}
            assert not faces, f"{name} imports {faces}"


def packages(g: dict[str, set[str]]) -> dict[str, set[str]]:
    """The module graph folded to top-level packages (a module outside any package stands for itself)."""
    out: dict[str, set[str]] = {}
    for name, deps in g.items():
        top = name.split(".")[0]
        out.setdefault(top, set()).update(d.split(".")[0] for d in deps if d.split(".")[0] != top)
    return out


def test_packages_form_layers_without_a_cycle():
    assert packages({"a.x": {"b.y"}, "b.y": {"a.z"}, "a.z": set()}) == {"a": {"b"}, "b": {"a"}}  # the fold sees it
    g = packages(graph())
    assert {"ingest", "judge", "benefit", "learn", "drafts", "storage", "report", "cli", "web"} <= set(g)
    cycle = find_cycle({k: v - {"__init__"} for k, v in g.items()})
    assert cycle is None, "packages import each other: " + " -> ".join(cycle or [])
    assert g["storage"] <= {"errors", "people", "results"}, g["storage"]  # storage knows nothing of judgment or drafts


def test_the_faces_reach_the_database_only_through_the_workspace():
    for face in FACES:
        for path in (PACKAGE / face).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("invitriage.storage"):
                    names = {a.name for a in node.names}
                    assert names <= {"default_db_path"}, f"{path.name} imports {names} from storage"
                if isinstance(node, ast.Attribute) and node.attr == "store":
                    raise AssertionError(f"{path.name}:{node.lineno} reaches into the workspace's store")


def test_sql_lives_in_storage_only():
    import re

    found = [f"{p.relative_to(PACKAGE)}:{n}" for p in PACKAGE.rglob("*.py") if p.parent.name != "storage"
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\.execute(many)?\(|\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b", line)]
    assert found == []
