"""Where the per-machine derived files live (the user cache directory), and how each is written.

Every such file is derived from the installed package (the encoder's tokenizer and weights, the language model, the
intent model's arrays, the compiled expressions), named by a digest of what it was derived from, and written to a
``.part`` file first and then moved into place, so that a reader never sees half a file and two processes writing
the same one at once both leave a whole file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def cache_path(folder: str, stem: str, tag: str, suffix: str, *, off: str = "INVITRIAGE_NO_MODEL_CACHE") -> Path | None:
    """``<user cache dir>/invitriage/<folder>/<stem>-<digest of tag><suffix>``; None when the variable ``off`` is set
    or the platform has no cache directory."""
    if off and os.environ.get(off):
        return None
    try:
        import hashlib

        from platformdirs import user_cache_dir

        digest = hashlib.sha256(tag.encode("utf-8", "surrogatepass")).hexdigest()[:24]
        return Path(user_cache_dir("invitriage", appauthor=False)) / folder / f"{stem}-{digest}{suffix}"
    except (ImportError, OSError):
        return None


def write_atomically(path: Path | str, write: Callable[[BinaryIO], None]) -> bool:
    """Write the file through ``write`` into a ``.part`` beside it, then move it into place (the folder is made,
    private to the user). False, and nothing in place, when the disk or the data refuses."""
    path = Path(path)
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with part.open("wb") as out:
            write(out)
        os.replace(part, path)
        return True
    except (OSError, ValueError, TypeError):
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass
        return False
