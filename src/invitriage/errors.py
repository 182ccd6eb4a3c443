"""The one exception hierarchy of invitriage.

    InvitriageError
    ├── InputError        a user's file cannot be read or has the wrong shape
    │                     (carries path, line and problem; the CLI prints one line, exit 2)
    ├── ConfigError       a setting is invalid (exit 2)
    └── StoreError        the database cannot be opened or migrated (exit 1)
"""

from __future__ import annotations

import os
from typing import Any


class InvitriageError(Exception):
    """Base class: every error invitriage raises on purpose."""

    exit_code = 1


class InputError(InvitriageError):
    """A user-supplied file is missing, unreadable or malformed.

    >>> str(InputError("Invitations.csv", "missing column 'Direction'", line=1))
    "Invitations.csv:1: missing column 'Direction'"
    """

    exit_code = 2

    def __init__(self, path: str | os.PathLike[str] | None, problem: str, line: int | None = None):
        self.path = os.fspath(path) if path is not None else None
        self.problem = problem
        self.line = line
        super().__init__(self.__str__())

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled by its parts (an import's reader process sends its error to the writer)."""
        return (type(self), (self.path, self.problem, self.line))

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.problem}"


class ConfigError(InvitriageError):
    """A setting is invalid; the message says how to fix it."""

    exit_code = 2


class StoreError(InvitriageError):
    """The database cannot be opened, is not an invitriage database, or is too new."""

    exit_code = 1
