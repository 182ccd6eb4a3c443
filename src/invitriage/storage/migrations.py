"""Named schema migrations, applied in order and recorded in the ``migrations`` table.

A migration is SQL (statements separated by ``;``) or a function of the connection, for changes that
move data. Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

Migration = str | Callable[[sqlite3.Connection], None]

MIGRATIONS: list[tuple[str, Migration]] = [
    (
        "0001_initial",
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE imports (
            id          INTEGER PRIMARY KEY,
            source      TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            summary     TEXT NOT NULL          -- JSON: files, rows seen, rows new
        );
        CREATE TABLE invitations (
            id           INTEGER PRIMARY KEY,
            direction    TEXT NOT NULL CHECK (direction IN ('INCOMING', 'OUTGOING')),
            person_key   TEXT NOT NULL,
            name_key     TEXT NOT NULL,
            name         TEXT NOT NULL,
            profile_url  TEXT,
            headline     TEXT,
            sent_at      TEXT NOT NULL,          -- ISO 8601, UTC
            note         TEXT NOT NULL DEFAULT '',
            source       TEXT NOT NULL,          -- file and line of first sighting
            raw          TEXT NOT NULL,          -- JSON of the row as imported, never changed
            import_id    INTEGER NOT NULL REFERENCES imports(id),
            status       TEXT NOT NULL DEFAULT 'queued',
            UNIQUE (direction, person_key, sent_at)
        );
        CREATE INDEX invitations_status ON invitations(direction, status);
        CREATE INDEX invitations_name_key ON invitations(name_key);
        CREATE TABLE connections (
            person_key   TEXT PRIMARY KEY,
            name_key     TEXT NOT NULL,
            first_name   TEXT,
            last_name    TEXT,
            profile_url  TEXT,
            email        TEXT,
            company      TEXT,
            position     TEXT,
            connected_on TEXT,                   -- ISO date
            raw          TEXT NOT NULL,
            import_id    INTEGER NOT NULL REFERENCES imports(id)
        );
        CREATE INDEX connections_name_key ON connections(name_key);
        CREATE TABLE messages (
            id              INTEGER PRIMARY KEY,
            row_hash        TEXT NOT NULL UNIQUE,
            conversation_id TEXT,
            from_name       TEXT,
            sender_key      TEXT,
            recipient_keys  TEXT,                -- JSON list of person keys
            date            TEXT,                -- ISO 8601, UTC
            subject         TEXT,
            content         TEXT,
            folder          TEXT,
            raw             TEXT NOT NULL,
            import_id       INTEGER NOT NULL REFERENCES imports(id)
        );
        CREATE INDEX messages_sender ON messages(sender_key);
        CREATE TABLE owner (
            id         INTEGER PRIMARY KEY CHECK (id = 1),
            first_name TEXT,
            last_name  TEXT,
            headline   TEXT,
            summary    TEXT,
            industry   TEXT,
            location   TEXT,
            raw        TEXT NOT NULL
        );
        CREATE TABLE decisions (
            invitation_id INTEGER PRIMARY KEY REFERENCES invitations(id) ON DELETE CASCADE,
            intent        TEXT NOT NULL,
            action        TEXT NOT NULL,
            lang          TEXT NOT NULL,
            confidence    REAL NOT NULL,
            evidence      TEXT NOT NULL,         -- JSON list of {rule, quote}
            judged_at     TEXT NOT NULL,
            judge_version TEXT NOT NULL
        );
        CREATE INDEX decisions_action ON decisions(action);
        """,
    ),
]

MIGRATIONS.append(
    (
        "0002_overrides_and_benefit",
        """
        CREATE TABLE overrides (
            invitation_id INTEGER PRIMARY KEY REFERENCES invitations(id) ON DELETE CASCADE,
            intent        TEXT,
            action        TEXT,
            created_at    TEXT NOT NULL
        );
        ALTER TABLE decisions ADD COLUMN benefit REAL NOT NULL DEFAULT 0;
        ALTER TABLE decisions ADD COLUMN meet INTEGER NOT NULL DEFAULT 0;
        """,
    )
)

MIGRATIONS.append(
    (
        "0003_drafts_and_reply_status",
        """
        CREATE TABLE drafts (
            invitation_id INTEGER PRIMARY KEY REFERENCES invitations(id) ON DELETE CASCADE,
            text          TEXT NOT NULL,
            lang          TEXT NOT NULL,
            template      TEXT NOT NULL,
            edited        INTEGER NOT NULL DEFAULT 0,   -- 1 once the owner changed it: never regenerated
            updated_at    TEXT NOT NULL
        );
        ALTER TABLE invitations ADD COLUMN replied_at TEXT;
        ALTER TABLE invitations ADD COLUMN answered_at TEXT;
        CREATE INDEX messages_date ON messages(date);
        """,
    )
)

MIGRATIONS.append(
    (
        "0004_postpone",
        """
        ALTER TABLE invitations ADD COLUMN postponed_until TEXT;   -- ISO date: not in a weekly batch before it
        """,
    )
)

MIGRATIONS.append(
    (
        "0005_corrections_and_personal_model",
        """
        CREATE TABLE corrections (
            id            INTEGER PRIMARY KEY,
            invitation_id INTEGER REFERENCES invitations(id) ON DELETE CASCADE,
            person_key    TEXT NOT NULL,
            note          TEXT NOT NULL,
            headline      TEXT,
            lang          TEXT,
            intent        TEXT NOT NULL,           -- the owner's (or the machine's, if only the action changed)
            action        TEXT NOT NULL,
            machine_intent TEXT,
            machine_action TEXT,
            created_at    TEXT NOT NULL,
            undone_at     TEXT                     -- set when the owner undoes it: learn forgets it
        );
        CREATE INDEX corrections_invitation ON corrections(invitation_id);
        CREATE TABLE personal_model (
            id            INTEGER PRIMARY KEY CHECK (id = 1),
            params        TEXT NOT NULL,           -- JSON: plain parameters, never a pickle
            learned_actions TEXT NOT NULL,         -- JSON: intent -> action learned from corrections
            corrections   INTEGER NOT NULL,
            trained_at    TEXT NOT NULL,
            report        TEXT NOT NULL            -- JSON: before/after scores and the decisions that changed
        );
        """,
    )
)


def _one_person_one_invitation(conn: sqlite3.Connection) -> None:
    """Exact person keys everywhere, and one invitation per person and direction.

    - ``message_recipients``: one row per (message, recipient key), decoded from the JSON list, so purge
      and the reply-status refresh compare keys exactly (no LIKE on escaped JSON, no wildcards).
    - Invitations of the same person seen with different date precision (an export's exact time, a
      pending list's day, an Excel re-save) were stored twice: they merge into one, keeping the row the
      owner worked on (override, edited draft, sent), the earliest date and any headline or note.
    - ``drafts.problem``: why a reply has no draft (a broken template), instead of stopping triage.
    """
    conn.execute("""CREATE TABLE message_recipients (
        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        person_key TEXT NOT NULL,
        PRIMARY KEY (message_id, person_key)) WITHOUT ROWID""")
    conn.execute("CREATE INDEX message_recipients_person ON message_recipients(person_key)")
    conn.execute("""INSERT OR IGNORE INTO message_recipients (message_id, person_key)
                    SELECT m.id, j.value FROM messages m, json_each(m.recipient_keys) j
                    WHERE json_valid(m.recipient_keys) AND j.type = 'text'""")
    conn.execute("ALTER TABLE drafts ADD COLUMN problem TEXT")
    ranked = """
        SELECT i.id, i.direction, i.person_key,
               row_number() OVER (PARTITION BY i.direction, i.person_key ORDER BY
                   (o.invitation_id IS NOT NULL) + coalesce(dr.edited, 0)
                   + (i.status IN ('sent', 'answered', 'accepted')) DESC, i.sent_at, i.id) AS rank
        FROM invitations i LEFT JOIN overrides o ON o.invitation_id = i.id
        LEFT JOIN drafts dr ON dr.invitation_id = i.id"""
    conn.execute(f"CREATE TEMP TABLE _ranked AS {ranked}")
    conn.execute("""UPDATE invitations SET
        headline = coalesce(nullif(headline, ''), (SELECT d.headline FROM invitations d JOIN _ranked r ON r.id = d.id
            WHERE r.rank > 1 AND d.direction = invitations.direction AND d.person_key = invitations.person_key
              AND coalesce(d.headline, '') != '' ORDER BY d.sent_at DESC LIMIT 1)),
        note = CASE WHEN note != '' THEN note ELSE coalesce((SELECT d.note FROM invitations d JOIN _ranked r ON r.id = d.id
            WHERE r.rank > 1 AND d.direction = invitations.direction AND d.person_key = invitations.person_key
              AND d.note != '' ORDER BY d.sent_at LIMIT 1), '') END,
        sent_at = (SELECT min(d.sent_at) FROM invitations d
            WHERE d.direction = invitations.direction AND d.person_key = invitations.person_key)
        WHERE id IN (SELECT id FROM _ranked WHERE rank = 1)
          AND (direction, person_key) IN (SELECT direction, person_key FROM _ranked WHERE rank > 1)""")
    for table in ("corrections",):
        conn.execute(f"""UPDATE {table} SET invitation_id = (SELECT k.id FROM _ranked k JOIN _ranked r
            ON r.direction = k.direction AND r.person_key = k.person_key WHERE r.id = {table}.invitation_id AND k.rank = 1)
            WHERE invitation_id IN (SELECT id FROM _ranked WHERE rank > 1)""")
    conn.execute("DELETE FROM invitations WHERE id IN (SELECT id FROM _ranked WHERE rank > 1)")
    conn.execute("DROP TABLE _ranked")
    conn.execute("CREATE UNIQUE INDEX invitations_person ON invitations(direction, person_key)")


MIGRATIONS.append(("0006_one_person_one_invitation", _one_person_one_invitation))


def _connection_keys(conn: sqlite3.Connection) -> None:
    """Connections without a URL were keyed by name alone (same-name people merged) and hidden ones by
    file line (duplicated by every newer export): re-key them as the importer now does."""
    from invitriage.people import connection_key

    rows = conn.execute(
        """SELECT rowid, import_id, first_name, last_name, connected_on, company, position FROM connections
           WHERE person_key LIKE 'name:%' OR person_key LIKE 'hidden:%' ORDER BY rowid""").fetchall()
    per_import: dict[int, dict[str, int]] = {}
    for rowid, import_id, first, last, day, company, position in rows:
        name = f"{first or ''} {last or ''}".strip()
        # Ranks count within the export a row came from: a later export's copies get the same keys.
        new = connection_key(name, day, company or "", position or "", per_import.setdefault(import_id, {}))
        conn.execute("UPDATE OR IGNORE connections SET person_key = ? WHERE rowid = ?", (new, rowid))
    conn.execute("DELETE FROM connections WHERE person_key LIKE 'hidden:%:%:%'")  # duplicates left behind


MIGRATIONS.append(("0007_connection_keys", _connection_keys))

MIGRATIONS.append(
    (
        "0008_outreach",
        """
        CREATE TABLE outreach (
            person_key   TEXT PRIMARY KEY,           -- a connection's key
            state        TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'contacted', 'skipped')),
            suggested_on TEXT NOT NULL,              -- ISO date it was first suggested
            contacted_at TEXT,                       -- when you wrote (marked, or seen in messages.csv)
            reason       TEXT NOT NULL DEFAULT '',
            draft        TEXT,
            draft_edited INTEGER NOT NULL DEFAULT 0, -- 1 once you changed it: never regenerated
            updated_at   TEXT NOT NULL
        );
        CREATE INDEX message_recipients_message ON message_recipients(message_id);
        """,
    )
)

MIGRATIONS.append(
    (
        "0009_saved_pages",
        """
        ALTER TABLE invitations ADD COLUMN mutual INTEGER;          -- mutual connections, from a saved page
        ALTER TABLE invitations ADD COLUMN date_precision TEXT;     -- NULL (exact), day, week, month, year, unknown
        ALTER TABLE invitations ADD COLUMN message_url TEXT;        -- the card's Message link (reply without accepting)
        ALTER TABLE invitations ADD COLUMN invitation_urn TEXT;     -- urn:li:fsd_invitation:<id>
        ALTER TABLE invitations ADD COLUMN page_seen_at TEXT;       -- save time of the newest page that showed it
        ALTER TABLE invitations ADD COLUMN page_rank INTEGER;       -- its place on that page (1: top, newest)
        """,
    )
)

MIGRATIONS.append(
    (
        "0010_embeddings",
        """
        CREATE TABLE embeddings (               -- a cache: sentence embeddings of notes and headlines, so a
            key    TEXT PRIMARY KEY,            -- re-triage or learn does not encode them again. key: digest of
            vector BLOB NOT NULL                -- the encoder and the text. vector: 512 float16
        ) WITHOUT ROWID;
        """,
    )
)


def _lighter_indexes(conn: sqlite3.Connection) -> None:
    """Drop indexes another index already implies: every insert paid for them (~30 % of an import).

    - ``UNIQUE (direction, person_key, sent_at)`` on invitations: ``invitations_person`` makes
      ``(direction, person_key)`` unique, so the triple is unique too. A table constraint cannot be
      dropped: the table is rebuilt as SQLite documents (new table, copy, drop, rename, indexes).
      Four tables reference invitations with ``ON DELETE CASCADE``, and ``PRAGMA foreign_keys`` cannot
      be switched off inside the transaction a migration runs in, so dropping the old table would
      delete their rows: they are copied aside first and put back, all in the same transaction.
    - ``message_recipients_message``: the primary key ``(message_id, person_key)`` already starts
      with ``message_id``.
    """
    conn.execute("DROP INDEX IF EXISTS message_recipients_message")
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'invitations'").fetchone()[0]
    lighter = re.sub(r",\s*UNIQUE\s*\(\s*direction\s*,\s*person_key\s*,\s*sent_at\s*\)", "", sql, count=1)
    if lighter == sql:
        return
    indexes = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'invitations' AND sql IS NOT NULL")]
    children = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                if any(r[2] == "invitations" for r in conn.execute(f'PRAGMA foreign_key_list("{t}")'))]
    for child in children:
        conn.execute(f'CREATE TEMP TABLE "_keep_{child}" AS SELECT * FROM main."{child}"')
    columns = ", ".join(f'"{r[1]}"' for r in conn.execute("PRAGMA table_info(invitations)"))
    conn.execute(re.sub(r"^CREATE TABLE\s+\"?invitations\"?", "CREATE TABLE _invitations_new", lighter, count=1))
    conn.execute(f"INSERT INTO _invitations_new ({columns}) SELECT {columns} FROM invitations")
    conn.execute("DROP TABLE invitations")  # with foreign keys on, this empties the children (kept above)
    conn.execute("ALTER TABLE _invitations_new RENAME TO invitations")
    for index in indexes:
        conn.execute(index)
    for child in children:
        conn.execute(f'DELETE FROM main."{child}"')  # with foreign keys off, the rows are still there
        conn.execute(f'INSERT INTO main."{child}" SELECT * FROM temp."_keep_{child}"')
        conn.execute(f'DROP TABLE temp."_keep_{child}"')
    broken = [r for child in children for r in conn.execute(f'PRAGMA foreign_key_check("{child}")')]
    if broken:
        raise sqlite3.IntegrityError(f"rebuilding invitations broke {len(broken)} references, e.g. {tuple(broken[0])}")


MIGRATIONS.append(("0011_lighter_indexes", _lighter_indexes))
