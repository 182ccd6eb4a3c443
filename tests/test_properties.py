"""Property-based tests (hypothesis) for the CSV and JSON Lines importers and the note normaliser.

Importers: whatever the bytes, an import either succeeds or raises one InputError (one line, naming
the file), never any other exception; a failed import leaves the database exactly as it was.
Normaliser: ``fold`` keeps the length, ``normalize`` never raises, its core holds no emoji and its
span lies within the note.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from invitriage import InputError, Store, import_paths
from invitriage.ingest.importers import printable
from invitriage.judge.normalize import fold, is_emoji, normalize

IMPORT_SETTINGS = settings(max_examples=200, deadline=None, database=None,
                           suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
NOTE_SETTINGS = settings(max_examples=300, deadline=None, database=None)


def _dump(store: Store) -> list[str]:
    return list(store.conn.iterdump())


def _identities(store: Store) -> set[tuple[str, str]]:
    """Who and what is stored: invitations, connections and messages by their keys."""
    out = {("invitation", f"{r[0]}|{r[1]}") for r in store.conn.execute("SELECT direction, person_key FROM invitations")}
    out |= {("connection", r[0]) for r in store.conn.execute("SELECT person_key FROM connections")}
    out |= {("message", r[0]) for r in store.conn.execute("SELECT row_hash FROM messages")}
    return out


def import_or_input_error(base_db: Path, relative: str, data: bytes) -> bool:
    """Import ``data`` saved as ``relative`` (an export-folder file or a pending list) into a copy of the
    base database; True when it imported. Any exception but InputError fails the test."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db = root / "db.sqlite"
        shutil.copy(base_db, db)
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        path = target.parent if "/" in relative else target
        with Store(db) as store:
            before = _dump(store)
            identities, imports = _identities(store), store.count("imports")
            try:
                import_paths(store, [path])
            except InputError as exc:
                message = str(exc)
                assert "\n" not in message and "\r" not in message
                assert len(message.splitlines()) == 1
                assert message.startswith(printable(str(path)))
                assert _dump(store) == before, "a failed import changed the database"
                return False
            kept = _identities(store)
            assert kept >= identities, "an import lost rows that were stored before"
            assert store.count("imports") == imports + 1, "a successful import is recorded once"
            return True


# -- strategies ---------------------------------------------------------------------------------------

DATES = ["3/9/25, 8:43 PM", "2025-03-09", "09-Mar-25", "2026-09-03T14:12:00-07:00", "45123", "", "2/30/25",
         "0001-01-01T00:00:00+01:00", "12/31/9999 11:00 PM", "9/3/26, 2:12 PM", "2026-09-03T14:12:00Z", "yesterday"]
URLS = ["https://www.linkedin.com/in/ana-ruiz", "https://www.linkedin.com/in/H%C3%A9l%C3%A8ne", "urn:li:member:12",
        "http://[::1/in/x", "https://ex\uff03ample.com/in/x", "javascript:alert(1)", "", "https://www.linkedin.com/in"]
SPECIAL = ['"', '""', ",", "\n", "\r", "\r\n", "INCOMING", "OUTGOING", "=HYPERLINK(\"x\")", "\ufeff",
           "é", "Ã©", "😀", "\u2028", "\t", ";"]

cell = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc")), max_size=20),
    st.sampled_from(DATES + URLS + SPECIAL),
    st.text(alphabet=st.sampled_from(list('ab ,"\n\r;é')), max_size=12),
)
# Column name -> (good values, hostile values). Most cells are good, so that many rows get through the
# header checks to the row-level ones (dates, directions, URLs), and some files import.
GOOD_DATES, BAD_DATES = DATES[:4] + DATES[9:11], DATES[4:9] + DATES[11:]
GOOD_URLS, BAD_URLS = URLS[:3] + URLS[6:], URLS[3:6]
NAMES = (["Ana Ruiz", "Zoë 😀", "=cmd", "A\nB", "O'Brien, Jr."], ["  ", ""])
TEXTS = (["", "Bonjour Camille", "<script>x</script>", "a,b", 'say "hi"', "line\r\nbreak"], SPECIAL)
INVITATION_COLUMNS = {
    "From": NAMES, "To": NAMES, "Sent At": (GOOD_DATES, BAD_DATES), "Message": TEXTS,
    "Direction": (["INCOMING", "OUTGOING", " incoming "], ["X", ""]),
    "inviterProfileUrl": (GOOD_URLS, BAD_URLS), "inviteeProfileUrl": (GOOD_URLS, BAD_URLS),
}
INVITATION_EXTRA = ["extra", "inviterProfileUrn", ""]
PENDING_COLUMNS = {"name": NAMES, "sent_at": (GOOD_DATES, BAD_DATES), "headline": TEXTS,
                   "profile_url": (GOOD_URLS, BAD_URLS), "note": TEXTS}
PENDING_EXTRA = ["message", "url", "x", "Name", ""]


def _cell(draw: st.DrawFn, pool: tuple[list[str], list[str]] | None) -> str:
    roll = draw(st.integers(0, 15))
    if pool is None or roll == 0:
        return draw(cell)
    return draw(st.sampled_from(pool[1] if roll == 1 else pool[0]))


@st.composite
def csv_bytes(draw: st.DrawFn, columns: dict[str, list[str]], extra: list[str]) -> bytes:
    """A CSV that is often well-formed enough to import, with hostile cells, line ends and encodings."""
    if draw(st.integers(0, 7)):
        header = draw(st.permutations(list(columns)))
        if draw(st.integers(0, 7)) == 0:
            header = header[1:]
        header += draw(st.lists(st.sampled_from(extra), max_size=2, unique=True))
    else:
        header = draw(st.lists(st.sampled_from(list(columns) + extra), max_size=9))
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        width = len(header) + draw(st.sampled_from([0, 0, 0, -1, 1]))
        rows.append([_cell(draw, columns.get(h)) for h in (header + [""])[: max(width, 0)]])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"])),
                        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL] * 4 + [csv.QUOTE_ALL, csv.QUOTE_NONE])),
                        escapechar="\\")
    for row in [header, *rows]:
        try:
            writer.writerow(row)
        except csv.Error:
            out.write(",".join(row) + "\n")
    text = out.getvalue()
    if draw(st.integers(0, 5)) == 0:  # a hostile edit: cut, or insert a stray quote, a NUL or a BOM
        pos = draw(st.integers(0, len(text)))
        text = draw(st.sampled_from([text[:pos], text[:pos] + '"' + text[pos:], text[:pos] + "\x00" + text[pos:],
                                     text[:pos] + "\ufeff" + text[pos:]]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 9)) == 0:  # one random byte changed
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        data = data[:pos] + bytes([draw(st.integers(0, 255))]) + data[pos + 1:]
    return data


json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=15),
                        st.sampled_from(DATES + URLS))
json_value = st.recursive(json_scalar, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                          max_leaves=8)
json_object = st.dictionaries(st.sampled_from(list(PENDING_COLUMNS) + PENDING_EXTRA) | st.text(max_size=6), json_value, max_size=7)
good_object = st.fixed_dictionaries(
    {"name": st.text(min_size=1, max_size=20), "sent_at": st.sampled_from(DATES)},
    optional={"note": st.text(max_size=40) | st.none(), "headline": st.text(max_size=20),
              "profile_url": st.sampled_from(URLS)},
)
json_line = st.one_of(
    good_object.map(lambda o: json.dumps(o)),
    good_object.map(lambda o: json.dumps(o, ensure_ascii=False)),
    json_object.map(json.dumps),
    json_value.map(json.dumps),
    st.text(max_size=30),
    st.sampled_from(['{"name": "A", "sent_at": "2026-01-01", "note": "\\ud83d"}', '{"name": "\\u0000"}', "[" * 3000,
                     '{"name": "A", "sent_at": "2026-01-01", "n": ' + "9" * 5000 + "}", "{", "[]", "null", "\ufeff{}"]),
)


@st.composite
def jsonl_bytes(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(json_line, max_size=6))
    text = draw(st.sampled_from(["\n", "\r\n", "\n\n"])).join(lines)
    if draw(st.booleans()):
        text = "[" + ",\n".join(lines) + "]" if draw(st.booleans()) else text + "\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="replace")


# -- importers ------------------------------------------------------------------------------------


@IMPORT_SETTINGS
@given(data=st.one_of(csv_bytes(INVITATION_COLUMNS, INVITATION_EXTRA), st.binary(max_size=400), st.text(max_size=300).map(str.encode)))
def test_invitations_csv_imports_or_raises_input_error(base_db: Path, data: bytes) -> None:
    import_or_input_error(base_db, "export/Invitations.csv", data)


@IMPORT_SETTINGS
@given(data=st.one_of(csv_bytes(PENDING_COLUMNS, PENDING_EXTRA), st.binary(max_size=400), st.text(max_size=300).map(str.encode)))
def test_pending_csv_imports_or_raises_input_error(base_db: Path, data: bytes) -> None:
    import_or_input_error(base_db, "pending.csv", data)


@IMPORT_SETTINGS
@given(data=st.one_of(jsonl_bytes(), st.binary(max_size=300)), suffix=st.sampled_from([".jsonl", ".json", ".ndjson"]))
def test_json_lines_import_or_raise_input_error(base_db: Path, data: bytes, suffix: str) -> None:
    import_or_input_error(base_db, "pending" + suffix, data)


@IMPORT_SETTINGS
@given(objects=st.lists(good_object, min_size=1, max_size=5))
def test_well_formed_json_lines_store_every_valid_row(base_db: Path, objects: list[dict]) -> None:
    """A JSON Lines file of well-formed objects imports unless one row has a bad value (a date,
    a URL): then it is all or nothing."""
    data = "\n".join(json.dumps(o) for o in objects).encode()
    import_or_input_error(base_db, "pending.jsonl", data)


# -- the note normaliser ------------------------------------------------------------------------------

any_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=200)  # surrogates too
GREETINGS = ["Bonjour Camille, ", "Hi Sarah 👋 ", "Hola María! ", "Dear Dr. Smith, ", "Marco, ", "", "👋👋 "]
SIGNOFFS = ["", " Best regards, Tom", " Cordialement\nMarc", " - Anna", " Merci ! 🙏", " Saludos, Ana López"]
note_like = st.builds(lambda g, body, s: g + body + s, st.sampled_from(GREETINGS), any_text, st.sampled_from(SIGNOFFS))


@NOTE_SETTINGS
@given(text=st.one_of(any_text, note_like))
def test_fold_keeps_the_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@NOTE_SETTINGS
@given(text=st.one_of(any_text, note_like))
def test_normalize_never_raises_and_its_core_holds_no_emoji(text: str) -> None:
    note = normalize(text)
    assert 0 <= note.start <= note.end <= len(note.original) == len(note.folded)
    assert not any(is_emoji(c) for c in note.core)
    assert note.core == note.core.strip()
    assert note.words == note.core.split()
