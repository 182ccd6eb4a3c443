"""Write ``src/invitriage/compiled/``: the compiled form of the package's own expressions (``regex/<part>.marshal.z``,
see ``invitriage.rxcache``) and of the draft templates the demo renders (``templates/``, Jinja's bytecode files),
shipped so that a machine's first run parses neither.

Collects every expression the package's modules compile at import and those `invitriage demo` compiles (the
drafts of its week), keeps those made of the package's own words (as the per-machine cache does) and the digests
of the others, and writes one file per part, sorted, so that the same sources give the same bytes; the templates
are the files Jinja wrote to the (empty) cache during that demo. Both are checked where they are read: a file made
for another engine, Python or Jinja, or from another text, is ignored and the expression or template compiled.

    python scripts/make_compiled.py          # write the files
    python scripts/make_compiled.py --check  # exit 1 when the files differ from what would be written
                                             # (exit 0, saying so, when they were made for another engine)
    python scripts/make_compiled.py --share 0.9  # exit 1 when less than 90 % of the expressions the demo compiles
                                                 # are shipped (prints the templates' share too)

Stale files are safe (an expression or template they lack, or hold in another version, is compiled as usual): they
only cost speed. The test suite checks the share, not equality, so that a change to a few expressions or a template
does not fail it; regenerate after a wave of draft changes (the end-of-session checklist).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import marshal
import os
import pkgutil
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

import jinja2.bccache

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "invitriage" / "compiled" / "regex"
TEMPLATES = ROOT / "src" / "invitriage" / "compiled" / "templates"


def collect() -> tuple[dict[str, dict[str, Any]], dict[str, bytes]]:
    """Per part: {"engine", "canary", "entries", "rejected"}, as this engine compiles the package's expressions;
    and the templates' compiled files by name."""
    cache = Path(tempfile.mkdtemp(prefix="make-compiled-"))
    os.environ["XDG_CACHE_HOME"] = str(cache)
    os.environ.pop("INVITRIAGE_NO_TEMPLATE_CACHE", None)
    os.environ.pop("INVITRIAGE_NO_REGEX_CACHE", None)
    sys.path.insert(0, str(ROOT / "src"))
    from invitriage import rxcache

    rxcache.SHIPPED = None  # compile everything here, read nothing shipped
    assert rxcache._engine_ok(), "this Python's regex engine cannot be cached"
    import invitriage

    for info in pkgutil.walk_packages(invitriage.__path__, "invitriage."):
        if info.name.endswith("__main__"):
            continue
        with contextlib.suppress(Exception):
            importlib.import_module(info.name)
    from invitriage.cli.main import cli
    from invitriage.drafts import writer

    writer._SHIPPED_TEMPLATES = cache / "none"  # compile every template here

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        cli(["demo"], prog_name="invitriage", standalone_mode=False)
    known = rxcache._package_words(rxcache._package_tag())
    engine, canary = rxcache.engine_tag(), rxcache.canary_entry()
    parts: dict[str, dict[str, Any]] = {}
    for name, kept in sorted(rxcache._parts.items()):
        compiled = {**kept.entries, **kept.new}
        entries = {key: compiled[key] for key in sorted(compiled) if rxcache._words(key[0]) <= known}
        rejected = {rxcache._digest(key) for key in compiled if key not in entries}
        parts[name] = {"engine": engine, "canary": canary, "entries": entries, "rejected": rejected}
    rxcache._parts.clear()  # nothing to write at exit
    templates = {path.name: path.read_bytes() for path in sorted((cache / "invitriage" / "templates").glob("*.cache"))}
    return parts, templates


def read(path: Path) -> Any:
    return marshal.loads(zlib.decompress(path.read_bytes()))


def share(parts: dict[str, dict[str, Any]], templates: dict[str, bytes], least: float) -> int:
    """Exit status: 1 when fewer than ``least`` of the expressions the demo compiles are in the shipped files (made
    for this engine), else 0; the share of the templates shipped as they would be written is printed beside it."""
    shipped: set[Any] = set()
    files = [read(path) for path in OUT.glob("*.marshal.z")]
    engine = next(iter(parts.values()))["engine"]
    if files and all(data.get("engine") != engine for data in files):
        print("compiled expressions: made for another engine; not checked here (this Python compiles as usual)")
        return 0
    for data in files:
        if data.get("engine") == engine:
            shipped |= set(data["entries"])
    needed = {key for data in parts.values() for key in data["entries"]}
    have = len(needed & shipped) / len(needed) if needed else 1.0
    same = sum((TEMPLATES / name).is_file() and (TEMPLATES / name).read_bytes() == data for name, data in templates.items())
    print(f"expressions shipped: {have:.0%} of {len(needed)}; templates shipped as current: {same} of {len(templates)}")
    return 0 if have >= least else 1


def main(argv: list[str]) -> int:
    parts, templates = collect()
    if "--share" in argv:
        return share(parts, templates, float(argv[argv.index("--share") + 1]))
    if "--check" in argv:
        magic = {data[:len(jinja2.bccache.bc_magic)] for data in templates.values()}
        shipped_templates = {path.name: path.read_bytes()[:len(jinja2.bccache.bc_magic)]
                             for path in TEMPLATES.glob("*.cache")}
        if set(shipped_templates.values()) <= magic and set(shipped_templates) != set(templates):
            print("compiled templates out of date: run python scripts/make_compiled.py")
            return 1
        shipped = {path.name.split(".")[0]: path for path in OUT.glob("*.marshal.z")}
        engines = {read(path).get("engine") for path in shipped.values()}
        if engines and engines != {next(iter(parts.values()))["engine"]}:
            print("compiled expressions: made for another engine; not checked here")
            return 0
        stale = sorted(set(parts) ^ set(shipped)) + sorted(
            name for name in set(parts) & set(shipped) if read(shipped[name]) != parts[name])
        if stale:
            print(f"compiled expressions out of date ({', '.join(stale)}): run python scripts/make_compiled.py")
            return 1
        return 0
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    for path in TEMPLATES.glob("*.cache"):
        if path.name not in templates:
            path.unlink()
    for name, data in templates.items():
        (TEMPLATES / name).write_bytes(data)
    print(f"templates: {len(templates)} compiled")
    OUT.mkdir(parents=True, exist_ok=True)
    for path in OUT.glob("*.marshal.z"):
        if path.name.split(".")[0] not in parts:
            path.unlink()
    for name, data in parts.items():
        (OUT / f"{name}.marshal.z").write_bytes(zlib.compress(marshal.dumps(data), 9))
        print(f"{name}: {len(data['entries'])} expressions, {len(data['rejected'])} not the package's")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
