"""invitriage: triage a LinkedIn invitation backlog offline.

Reply personally only to people who explain why they want to connect and to those who can
benefit from the connection; accept every other invitation silently.

The public names load their module on first use (PEP 562), so ``invitriage import`` does not pay for
the sentence encoder and numpy it never needs.
"""

from __future__ import annotations

import os
from importlib import import_module
from typing import TYPE_CHECKING, Any

# One BLAS thread unless the user says otherwise (set before numpy loads). The model's matrix products are small; a
# second OpenBLAS thread made the encoder only ~12 % faster on 2 cores, while its spinning between calls took the core
# the rest of the work needed: `invitriage demo` used 9.2 s of CPU against 7.7 s with one thread, and ran slower.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from invitriage.errors import ConfigError, InputError, InvitriageError, StoreError

if TYPE_CHECKING:
    from invitriage.ingest.importers import ImportReport, import_paths
    from invitriage.judge.classify import Judgment, classify
    from invitriage.service import Workspace
    from invitriage.storage.store import Store, default_db_path
    from invitriage.triage import TriageReport, triage

__version__ = "0.1.0"

_LAZY = {
    "ImportReport": "ingest.importers", "import_paths": "ingest.importers", "Judgment": "judge.classify",
    "classify": "judge.classify", "Store": "storage.store", "default_db_path": "storage.store", "TriageReport": "triage", "triage": "triage",
    "Workspace": "service",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'invitriage' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "ConfigError",
    "ImportReport",
    "InputError",
    "InvitriageError",
    "Judgment",
    "Store",
    "StoreError",
    "TriageReport",
    "Workspace",
    "classify",
    "default_db_path",
    "import_paths",
    "triage",
    "__version__",
]
