"""The schema that every migration of :mod:`~invitriage.storage.migrations` makes on an empty file, in the
order SQLite keeps it: a new database is made from it in one step (:meth:`Store._migrate`). Written by
scripts/make_schema.py; tests/test_store.py checks it against the migrations. Do not edit."""

MIGRATION_NAMES = (
    '0001_initial',
    '0002_overrides_and_benefit',
    '0003_drafts_and_reply_status',
    '0004_postpone',
    '0005_corrections_and_personal_model',
    '0006_one_person_one_invitation',
    '0007_connection_keys',
    '0008_outreach',
    '0009_saved_pages',
    '0010_embeddings',
    '0011_lighter_indexes',
)

STATEMENTS = (
    'CREATE TABLE meta (\n            key   TEXT PRIMARY KEY,\n            value TEXT\n        )',
    'CREATE TABLE imports (\n            id          INTEGER PRIMARY KEY,\n            source      TEXT NOT NULL,\n            imported_at TEXT NOT NULL,\n            summary     TEXT NOT NULL          -- JSON: files, rows seen, rows new\n        )',
    'CREATE TABLE connections (\n            person_key   TEXT PRIMARY KEY,\n            name_key     TEXT NOT NULL,\n            first_name   TEXT,\n            last_name    TEXT,\n            profile_url  TEXT,\n            email        TEXT,\n            company      TEXT,\n            position     TEXT,\n            connected_on TEXT,                   -- ISO date\n            raw          TEXT NOT NULL,\n            import_id    INTEGER NOT NULL REFERENCES imports(id)\n        )',
    'CREATE INDEX connections_name_key ON connections(name_key)',
    'CREATE TABLE messages (\n            id              INTEGER PRIMARY KEY,\n            row_hash        TEXT NOT NULL UNIQUE,\n            conversation_id TEXT,\n            from_name       TEXT,\n            sender_key      TEXT,\n            recipient_keys  TEXT,                -- JSON list of person keys\n            date            TEXT,                -- ISO 8601, UTC\n            subject         TEXT,\n            content         TEXT,\n            folder          TEXT,\n            raw             TEXT NOT NULL,\n            import_id       INTEGER NOT NULL REFERENCES imports(id)\n        )',
    'CREATE INDEX messages_sender ON messages(sender_key)',
    'CREATE TABLE owner (\n            id         INTEGER PRIMARY KEY CHECK (id = 1),\n            first_name TEXT,\n            last_name  TEXT,\n            headline   TEXT,\n            summary    TEXT,\n            industry   TEXT,\n            location   TEXT,\n            raw        TEXT NOT NULL\n        )',
    'CREATE TABLE decisions (\n            invitation_id INTEGER PRIMARY KEY REFERENCES invitations(id) ON DELETE CASCADE,\n            intent        TEXT NOT NULL,\n            action        TEXT NOT NULL,\n            lang          TEXT NOT NULL,\n            confidence    REAL NOT NULL,\n            evidence      TEXT NOT NULL,         -- JSON list of {rule, quote}\n            judged_at     TEXT NOT NULL,\n            judge_version TEXT NOT NULL\n        , benefit REAL NOT NULL DEFAULT 0, meet INTEGER NOT NULL DEFAULT 0)',
    'CREATE INDEX decisions_action ON decisions(action)',
    'CREATE TABLE overrides (\n            invitation_id INTEGER PRIMARY KEY REFERENCES invitations(id) ON DELETE CASCADE,\n            intent        TEXT,\n            action        TEXT,\n            created_at    TEXT NOT NULL\n        )',
    'CREATE TABLE drafts (\n            invitation_id INTEGER PRIMARY KEY REFERENCES invitations(id) ON DELETE CASCADE,\n            text          TEXT NOT NULL,\n            lang          TEXT NOT NULL,\n            template      TEXT NOT NULL,\n            edited        INTEGER NOT NULL DEFAULT 0,   -- 1 once the owner changed it: never regenerated\n            updated_at    TEXT NOT NULL\n        , problem TEXT)',
    'CREATE INDEX messages_date ON messages(date)',
    "CREATE TABLE corrections (\n            id            INTEGER PRIMARY KEY,\n            invitation_id INTEGER REFERENCES invitations(id) ON DELETE CASCADE,\n            person_key    TEXT NOT NULL,\n            note          TEXT NOT NULL,\n            headline      TEXT,\n            lang          TEXT,\n            intent        TEXT NOT NULL,           -- the owner's (or the machine's, if only the action changed)\n            action        TEXT NOT NULL,\n            machine_intent TEXT,\n            machine_action TEXT,\n            created_at    TEXT NOT NULL,\n            undone_at     TEXT                     -- set when the owner undoes it: learn forgets it\n        )",
    'CREATE INDEX corrections_invitation ON corrections(invitation_id)',
    'CREATE TABLE personal_model (\n            id            INTEGER PRIMARY KEY CHECK (id = 1),\n            params        TEXT NOT NULL,           -- JSON: plain parameters, never a pickle\n            learned_actions TEXT NOT NULL,         -- JSON: intent -> action learned from corrections\n            corrections   INTEGER NOT NULL,\n            trained_at    TEXT NOT NULL,\n            report        TEXT NOT NULL            -- JSON: before/after scores and the decisions that changed\n        )',
    'CREATE TABLE message_recipients (\n        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,\n        person_key TEXT NOT NULL,\n        PRIMARY KEY (message_id, person_key)) WITHOUT ROWID',
    'CREATE INDEX message_recipients_person ON message_recipients(person_key)',
    "CREATE TABLE outreach (\n            person_key   TEXT PRIMARY KEY,           -- a connection's key\n            state        TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'contacted', 'skipped')),\n            suggested_on TEXT NOT NULL,              -- ISO date it was first suggested\n            contacted_at TEXT,                       -- when you wrote (marked, or seen in messages.csv)\n            reason       TEXT NOT NULL DEFAULT '',\n            draft        TEXT,\n            draft_edited INTEGER NOT NULL DEFAULT 0, -- 1 once you changed it: never regenerated\n            updated_at   TEXT NOT NULL\n        )",
    'CREATE TABLE embeddings (               -- a cache: sentence embeddings of notes and headlines, so a\n            key    TEXT PRIMARY KEY,            -- re-triage or learn does not encode them again. key: digest of\n            vector BLOB NOT NULL                -- the encoder and the text. vector: 512 float16\n        ) WITHOUT ROWID',
    'CREATE TABLE "invitations" (\n            id           INTEGER PRIMARY KEY,\n            direction    TEXT NOT NULL CHECK (direction IN (\'INCOMING\', \'OUTGOING\')),\n            person_key   TEXT NOT NULL,\n            name_key     TEXT NOT NULL,\n            name         TEXT NOT NULL,\n            profile_url  TEXT,\n            headline     TEXT,\n            sent_at      TEXT NOT NULL,          -- ISO 8601, UTC\n            note         TEXT NOT NULL DEFAULT \'\',\n            source       TEXT NOT NULL,          -- file and line of first sighting\n            raw          TEXT NOT NULL,          -- JSON of the row as imported, never changed\n            import_id    INTEGER NOT NULL REFERENCES imports(id),\n            status       TEXT NOT NULL DEFAULT \'queued\', replied_at TEXT, answered_at TEXT, postponed_until TEXT, mutual INTEGER, date_precision TEXT, message_url TEXT, invitation_urn TEXT, page_seen_at TEXT, page_rank INTEGER\n        )',
    'CREATE INDEX invitations_status ON invitations(direction, status)',
    'CREATE INDEX invitations_name_key ON invitations(name_key)',
    'CREATE UNIQUE INDEX invitations_person ON invitations(direction, person_key)',
)
