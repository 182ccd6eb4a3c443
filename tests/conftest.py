"""Shared fixtures: tiny hand-made export files and a CLI runner."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from invitriage.cli.main import cli
from invitriage.storage.store import Store

PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are missing."\n'
    "\n"
)

INVITATIONS_V3 = """From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
Ana Ruiz,Camille Laurent,"3/9/25, 8:43 PM","Hola Camille, nos conocimos en el SMX de Madrid, ¿podemos seguir hablando?",INCOMING,https://www.linkedin.com/in/ana-ruiz,https://www.linkedin.com/in/camille-laurent
Ben Ode,Camille Laurent,"3/8/25, 8:43 AM",,INCOMING,https://www.linkedin.com/in/benode,https://www.linkedin.com/in/camille-laurent
Hélène Girard,Camille Laurent,"2/1/25, 11:05 AM",Bonjour Camille,INCOMING,https://www.linkedin.com/in/h%C3%A9l%C3%A8ne-girard-83b1,https://www.linkedin.com/in/camille-laurent
Camille Laurent,Zoe Li,"1/24/25, 6:42 AM",,OUTGOING,https://www.linkedin.com/in/camille-laurent,https://www.linkedin.com/in/zoeli
"""

CONNECTIONS = PREAMBLE + """First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ben,Ode,https://www.linkedin.com/in/benode,,Acme,CEO,10 Mar 2025
Zoe,Li,https://www.linkedin.com/in/zoeli,,Nord,CMO,25 Jan 2025
,,,,,,03 Feb 2020
"""

MESSAGES_10 = """CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
c1,,Zoe Li,https://www.linkedin.com/in/zoeli,Camille Laurent,https://www.linkedin.com/in/camille-laurent,2025-01-26 10:00:00 UTC,,Merci pour l'invitation !,INBOX
c1,,Camille Laurent,https://www.linkedin.com/in/camille-laurent,Zoe Li,https://www.linkedin.com/in/zoeli,2025-01-26 11:00:00 UTC,,Avec plaisir Zoe,INBOX
"""

PROFILE = """First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers
Camille,Laurent,,,Mar 3,Consultante en marketing digital,J'aide les PME.,Marketing Services,,"Lyon, France",[camillelaurent],[PERSONAL:https://camille.example],
"""


def write_export(root: Path, files: dict[str, str | bytes], *, as_zip: bool = False) -> Path:
    """Write files into a folder (or a ZIP next to it) and return the path to import."""
    if as_zip:
        path = root.with_suffix(".zip")
        with zipfile.ZipFile(path, "w") as zf:
            for name, content in files.items():
                zf.writestr(name, content if isinstance(content, bytes) else content.encode("utf-8"))
        return path
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8", newline="")
    return root


@pytest.fixture(scope="session")
def timeless_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Settings under which nothing is stale: the fixtures' invitations are dated 2025, and tests must not
    depend on today's date. Tests of staleness set stale_after_days themselves."""
    path = tmp_path_factory.mktemp("config") / "invitriage.toml"
    path.write_text("stale_after_days = 0\n", encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _timeless_settings(monkeypatch: pytest.MonkeyPatch, timeless_config: Path) -> None:
    monkeypatch.setenv("INVITRIAGE_CONFIG", str(timeless_config))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path: Path):
    s = Store(db_path)
    yield s
    s.close()


@pytest.fixture
def basic_export(tmp_path: Path) -> Path:
    return write_export(
        tmp_path / "export",
        {"Invitations.csv": INVITATIONS_V3, "Connections.csv": CONNECTIONS, "messages.csv": MESSAGES_10,
         "Profile.csv": PROFILE, "Skills.csv": "Name\nSEO\n", "Jobs/Job Applications.csv": "a,b\n1,2\n"},
    )


@pytest.fixture(scope="session")
def base_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding a small good import (copy it before changing it)."""
    from invitriage import import_paths

    root = tmp_path_factory.mktemp("base")
    export = write_export(root / "export", {"Invitations.csv": INVITATIONS_V3, "Connections.csv": CONNECTIONS,
                                            "messages.csv": MESSAGES_10, "Profile.csv": PROFILE})
    path = root / "base.db"
    with Store(path) as store:
        import_paths(store, [export])
    return path


@pytest.fixture
def run(db_path: Path) -> Callable[..., object]:
    """Invoke the real CLI on the test database; returns click's Result."""
    runner = CliRunner()

    def invoke(*args: str, db: bool = True):
        argv = list(args) + (["--db", str(db_path)] if db else [])
        return runner.invoke(cli, argv, catch_exceptions=False)

    return invoke
