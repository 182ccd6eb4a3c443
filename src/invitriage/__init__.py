"""invitriage: triage a LinkedIn invitation backlog offline.

Reply personally only to people who explain why they want to connect and to those who can
benefit from the connection; accept every other invitation silently.
"""

from .errors import ConfigError, InputError, InvitriageError, StoreError
from .importers import ImportReport, import_paths
from .judge import Judgment, classify
from .store import Store, default_db_path
from .triage import TriageReport, triage

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "ImportReport",
    "InputError",
    "InvitriageError",
    "Judgment",
    "Store",
    "StoreError",
    "TriageReport",
    "classify",
    "default_db_path",
    "import_paths",
    "triage",
    "__version__",
]
