from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CONNECTIONS, INVITATIONS_V3, MESSAGES_10, PREAMBLE, PROFILE, write_export

from invitriage import InputError, Store, import_paths

INVITATIONS_V1 = """From,To,Sent At,Message,Direction
Ana Ruiz,Camille Laurent,"3/9/25, 8:43 PM",J'ai lu votre article sur le SEO local,INCOMING
Camille Laurent,Zoe Li,"1/24/25, 6:42 AM",,OUTGOING
"""
INVITATIONS_V2 = """From,To,Sent At,Message,Direction,inviterProfileUrn,inviteeProfileUrn
Ana Ruiz,Camille Laurent,"3/9/25, 8:43 PM",,INCOMING,urn:li:member:1234,urn:li:member:9
Camille Laurent,Zoe Li,"1/24/25, 6:42 AM",,OUTGOING,urn:li:member:9,urn:li:member:77
"""


def incoming(store: Store) -> list[dict]:
    return [dict(r) for r in store.conn.execute(
        "SELECT * FROM invitations WHERE direction = 'INCOMING' ORDER BY sent_at")]


@pytest.mark.parametrize(
    "content, key",
    [
        pytest.param(INVITATIONS_V1, "name:ana ruiz|2025-03-10T03:43:00+00:00", id="era1-no-urls"),
        pytest.param(INVITATIONS_V2, "urn:1234", id="era2-urns"),
        pytest.param(INVITATIONS_V3, "ana-ruiz", id="era3-urls"),
    ],
)
def test_every_header_era_imports(tmp_path, store, content, key):
    path = write_export(tmp_path / "e", {"Invitations.csv": content})
    report = import_paths(store, [path])
    assert report.files[0].kind == "invitations"
    ana = [r for r in incoming(store) if r["name"] == "Ana Ruiz"][0]
    assert ana["person_key"] == key
    assert ana["sent_at"] == "2025-03-10T03:43:00+00:00"  # 8:43 PM Pacific (PDT) = 03:43 UTC
    assert store.count("invitations") - store.incoming_count() == 1  # one outgoing


def test_folder_and_zip_give_the_same_result(tmp_path, basic_export):
    files = {p.name: p.read_bytes() for p in basic_export.iterdir() if p.is_file()}
    zipped = write_export(tmp_path / "archive", files, as_zip=True)
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        import_paths(a, [basic_export])
        import_paths(b, [zipped])
        q = "SELECT person_key, sent_at, note, status FROM invitations ORDER BY person_key"
        assert [tuple(r) for r in a.conn.execute(q)] == [tuple(r) for r in b.conn.execute(q)]
        assert a.count("connections") == b.count("connections") == 3
        assert a.count("messages") == b.count("messages") == 2


def test_other_files_are_listed_as_ignored(store, basic_export):
    report = import_paths(store, [basic_export])
    ignored = sorted(Path(p).name for p in report.ignored)
    assert ignored == ["Job Applications.csv", "Skills.csv"]


def test_already_connected_inviters_are_not_queued(store, basic_export):
    import_paths(store, [basic_export])
    status = {r["name"]: r["status"] for r in incoming(store)}
    assert status == {"Ana Ruiz": "queued", "Ben Ode": "already_connected", "Hélène Girard": "queued"}


def test_percent_encoded_slug_is_decoded_and_lowered(store, basic_export):
    import_paths(store, [basic_export])
    keys = {r["person_key"] for r in incoming(store)}
    assert "hélène-girard-83b1" in keys


def test_bare_profile_url_falls_back_to_name_and_date(tmp_path, store):
    content = INVITATIONS_V3.replace("https://www.linkedin.com/in/ana-ruiz", "https://www.linkedin.com/in")
    import_paths(store, [write_export(tmp_path / "e", {"Invitations.csv": content})])
    ana = [r for r in incoming(store) if r["name"] == "Ana Ruiz"][0]
    assert ana["person_key"] == "name:ana ruiz|2025-03-10T03:43:00+00:00"


def test_profile_urls_of_every_shape_and_rows_without_one_find_the_same_person(tmp_path, store):
    rows = INVITATIONS_V3 + (
        # the same person twice without a profile URL, 13 hours apart: one invitation (the earlier key)
        'Dan Vos,Camille Laurent,"4/2/25, 9:00 AM",,INCOMING,https://www.linkedin.com/in,'
        "https://www.linkedin.com/in/camille-laurent\n"
        'Dan  Vos,Camille Laurent,"4/2/25, 10:00 PM",Hi!,INCOMING,,https://www.linkedin.com/in/camille-laurent\n'
        # a trailing slash, a query, a fragment, capitals, an escape: the slug alone
        'Eva Lund,Camille Laurent,"4/3/25, 9:00 AM",,INCOMING,https://www.linkedin.com/in/Eva-Lund/,'
        "https://www.linkedin.com/in/camille-laurent\n"
        'Eva Lund,Camille Laurent,"4/3/25, 9:01 AM",,INCOMING,https://www.linkedin.com/in/eva-lund?trk=people,'
        "https://www.linkedin.com/in/camille-laurent\n"
        'Eve Nord,Camille Laurent,"4/3/25, 9:02 AM",,INCOMING,https://www.linkedin.com/in/%C3%A8ve#about,'
        "https://www.linkedin.com/in/camille-laurent\n"
    )
    import_paths(store, [write_export(tmp_path / "e", {"Invitations.csv": rows})])
    keys = {r["name"]: r["person_key"] for r in incoming(store)}
    assert keys["Dan Vos"] == "name:dan vos|2025-04-02T16:00:00+00:00"
    assert keys["Eva Lund"] == "eva-lund" and keys["Eve Nord"] == "ève"
    assert store.count("invitations") == 4 + 3
    # a later list of the pending invitations names Dan without a URL a day later: still the same invitation
    pending = tmp_path / "pending.csv"
    pending.write_text("name,headline,profile_url,sent_at,note\nDan Vos,Growth lead,,2025-04-03T08:00:00+00:00,\n",
                       encoding="utf-8")
    import_paths(store, [pending])
    assert store.count("invitations") == 7
    assert [r["headline"] for r in incoming(store) if r["name"] == "Dan Vos"] == ["Growth lead"]


def test_reimport_changes_nothing(store, basic_export):
    first = import_paths(store, [basic_export])
    snapshot = [tuple(r) for r in store.conn.execute("SELECT * FROM invitations ORDER BY id")]
    second = import_paths(store, [basic_export])
    assert first.new > 0
    assert second.new == 0
    assert [tuple(r) for r in store.conn.execute("SELECT * FROM invitations ORDER BY id")] == snapshot


def test_newer_export_adds_only_new_rows(tmp_path, store, basic_export):
    import_paths(store, [basic_export])
    newer = INVITATIONS_V3 + (
        'Dan Vos,Camille Laurent,"4/2/25, 9:00 AM",,INCOMING,https://www.linkedin.com/in/danvos,'
        "https://www.linkedin.com/in/camille-laurent\n"
    )
    report = import_paths(store, [write_export(tmp_path / "newer", {"Invitations.csv": newer})])
    assert report.new == 1
    assert store.count("invitations") == 5


def test_connections_without_preamble_and_without_url(tmp_path, store):
    old = "First Name,Last Name,Email Address,Company,Position,Connected On\nAna,Ruiz,,X,Y,01 Feb 2019\n"
    path = write_export(tmp_path / "e", {"Connections.csv": old, "Invitations.csv": INVITATIONS_V3})
    import_paths(store, [path])
    row = store.conn.execute("SELECT * FROM connections").fetchone()
    assert row["person_key"] == "name:ana ruiz|2019-02-01"  # name + the day they connected
    assert row["connected_on"] == "2019-02-01"
    # Without URLs on the connections side, the name decides.
    assert {r["name"]: r["status"] for r in incoming(store)}["Ana Ruiz"] == "already_connected"


def test_excel_resave_bom_crlf_short_dates_cp1252(tmp_path, store):
    invitations = (
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n"
        "José Núñez,Camille Laurent,09-Mar-25,Très intéressé par votre conférence,INCOMING,"
        "https://www.linkedin.com/in/jose-nunez,https://www.linkedin.com/in/camille-laurent\r\n"
    ).encode("cp1252")
    connections = ("\ufeff" + PREAMBLE + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                   "Zoe,Li,https://www.linkedin.com/in/zoeli,,,,25-Jan-25\n").replace("\n", "\r\n").encode("utf-8")
    path = write_export(tmp_path / "e", {"Invitations.csv": invitations, "Connections.csv": connections})
    import_paths(store, [path])
    row = incoming(store)[0]
    assert row["name"] == "José Núñez"
    assert row["note"] == "Très intéressé par votre conférence"
    assert row["sent_at"] == "2025-03-09T08:00:00+00:00"
    assert store.conn.execute("SELECT connected_on FROM connections").fetchone()[0] == "2025-01-25"


@pytest.mark.parametrize(
    "header, extra",
    [
        pytest.param("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER", "", id="9-columns"),
        pytest.param("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT", "x", id="draft-column"),
        pytest.param("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT", "x", id="attachments-draft"),
    ],
)
def test_messages_column_variants(tmp_path, store, header, extra):
    cols = header.split(",")
    values = {"CONVERSATION ID": "c1", "FROM": "Zoe Li", "SENDER PROFILE URL": "https://www.linkedin.com/in/zoeli",
              "TO": "Camille Laurent", "RECIPIENT PROFILE URLS": "https://www.linkedin.com/in/camille-laurent",
              "DATE": "2025-01-26 10:00:00 UTC", "CONTENT": "Bonjour", "FOLDER": "INBOX", "IS MESSAGE DRAFT": "No"}
    line = ",".join(values.get(c, "") for c in cols)
    import_paths(store, [write_export(tmp_path / "e", {"messages.csv": f"{header}\n{line}\n"})])
    row = store.conn.execute("SELECT * FROM messages").fetchone()
    assert (row["sender_key"], row["date"], row["content"]) == ("zoeli", "2025-01-26T10:00:00+00:00", "Bonjour")


def test_profile_sets_the_owner(store, basic_export):
    import_paths(store, [basic_export])
    owner = store.owner()
    assert owner["first_name"] == "Camille" and owner["headline"] == "Consultante en marketing digital"
    assert store.get_meta("owner_profile_url") == "https://www.linkedin.com/in/camille-laurent"


PENDING_CSV = """name,headline,profile_url,sent_at,note
Léa Martin,Étudiante en marketing digital,https://www.linkedin.com/in/lea-martin,2026-09-03T14:12:00-07:00,
Tom Baker,,https://www.linkedin.com/in/tombaker,"9/4/26, 9:00 AM",Hi Camille - I read your article on local SEO
"""


def test_pending_csv_with_headlines(tmp_path, store):
    path = tmp_path / "pending.csv"
    path.write_text(PENDING_CSV, encoding="utf-8")
    report = import_paths(store, [path])
    assert report.files[0].kind == "pending" and report.new == 2
    rows = {r["name"]: r for r in incoming(store)}
    assert rows["Léa Martin"]["headline"] == "Étudiante en marketing digital"
    assert rows["Léa Martin"]["sent_at"] == "2026-09-03T21:12:00+00:00"
    assert rows["Tom Baker"]["note"].startswith("Hi Camille")


def test_pending_jsonl(tmp_path, store):
    path = tmp_path / "pending.jsonl"
    lines = [{"name": "Léa Martin", "headline": "Étudiante", "profile_url": "https://www.linkedin.com/in/lea-martin",
              "sent_at": "2026-09-03T14:12:00-07:00"},
             {"name": "Tom Baker", "sent_at": "2026-09-04", "note": "Hello"}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    assert import_paths(store, [path]).new == 2


def test_pending_list_adds_headline_to_the_same_export_invitation(tmp_path, store, basic_export):
    import_paths(store, [basic_export])
    path = tmp_path / "pending.csv"
    path.write_text("name,headline,profile_url,sent_at,note\nAna Ruiz,Founder at Ruiz Studio,"
                    "https://www.linkedin.com/in/ana-ruiz,2025-03-09T20:43:00-07:00,\n", encoding="utf-8")
    report = import_paths(store, [path])
    assert report.new == 0
    assert [r["headline"] for r in incoming(store) if r["name"] == "Ana Ruiz"] == ["Founder at Ruiz Studio"]


@pytest.mark.parametrize(
    "files, expected",
    [
        pytest.param({"Invitations.csv": "From,To,Message\nA,B,C\n"}, "Invitations.csv:1: missing column(s) 'direction', 'sent at'", id="missing-columns"),
        pytest.param({"Invitations.csv": INVITATIONS_V3.replace('"3/8/25, 8:43 AM"', "yesterday")}, "Invitations.csv:3: Sent At", id="bad-date"),
        pytest.param({"Invitations.csv": INVITATIONS_V3.replace(",INCOMING,https://www.linkedin.com/in/benode", ",SIDEWAYS,https://www.linkedin.com/in/benode")}, "Invitations.csv:3: Direction", id="bad-direction"),
        pytest.param({"Invitations.csv": b"\x00\x01\x02binary"}, "NUL", id="binary"),
        pytest.param({"Invitations.csv": ""}, "empty", id="empty"),
        pytest.param({"Connections.csv": CONNECTIONS.replace("10 Mar 2025", "someday")}, "Connections.csv:5: Connected On", id="bad-connected-on"),
    ],
)
def test_bad_files_raise_input_error_naming_file_and_line(tmp_path, store, files, expected):
    path = write_export(tmp_path / "e", files)
    with pytest.raises(InputError) as exc:
        import_paths(store, [path])
    assert expected in str(exc.value)


def test_failed_import_leaves_the_database_exactly_as_before(tmp_path, store, basic_export):
    import_paths(store, [basic_export])

    def dump() -> list:
        return [tuple(r) for t in ("invitations", "connections", "messages", "imports", "owner")
                for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY 1")]

    before = dump()
    good = INVITATIONS_V3 + 'Dan Vos,Camille Laurent,"4/2/25, 9:00 AM",,INCOMING,https://www.linkedin.com/in/danvos,x\n'
    bad = good + 'Eve,Camille Laurent,"not a date",,INCOMING,https://www.linkedin.com/in/eve,x\n'
    with pytest.raises(InputError):
        import_paths(store, [write_export(tmp_path / "bad", {"Invitations.csv": bad, "Connections.csv": CONNECTIONS})])
    assert dump() == before


def test_unreadable_zip(tmp_path, store):
    path = tmp_path / "export.zip"
    path.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(InputError, match="not a readable ZIP archive"):
        import_paths(store, [path])


def test_export_folder_without_export_files(tmp_path, store):
    path = write_export(tmp_path / "e", {"Skills.csv": "Name\nSEO\n"})
    with pytest.raises(InputError, match="no LinkedIn export files"):
        import_paths(store, [path])


def test_raw_rows_are_kept_unchanged(store, basic_export):
    import_paths(store, [basic_export])
    raw = json.loads(store.conn.execute("SELECT raw FROM invitations WHERE name = 'Ana Ruiz'").fetchone()[0])
    assert raw["sent at"] == "3/9/25, 8:43 PM"
    assert raw["message"].startswith("Hola Camille")


def test_profile_fixture_is_used(store, tmp_path):
    # Profile.csv alone is a valid (tiny) export.
    import_paths(store, [write_export(tmp_path / "e", {"Profile.csv": PROFILE})])
    assert store.owner()["last_name"] == "Laurent"


def test_messages_fixture_counts(store, tmp_path):
    import_paths(store, [write_export(tmp_path / "e", {"messages.csv": MESSAGES_10})])
    assert store.count("messages") == 2


def test_messages_2026_shape_every_field_quoted_and_line_breaks_in_content(tmp_path, store):
    text = ('"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS",'
            '"DATE","SUBJECT","CONTENT","FOLDER"\n'
            '"c1","","Zoe Li","https://www.linkedin.com/in/zoeli","Camille Laurent",'
            '"https://www.linkedin.com/in/camille-laurent","2026-03-02 09:00:00 UTC","","Bonjour Camille,\n'
            'merci !\nZoe","INBOX"\n')
    import_paths(store, [write_export(tmp_path / "e", {"messages.csv": text})])
    row = store.conn.execute("SELECT content, sender_key FROM messages").fetchone()
    assert row["content"] == "Bonjour Camille,\nmerci !\nZoe" and row["sender_key"] == "zoeli"


def test_a_stray_cp1252_byte_spoils_only_its_own_cell_and_a_clean_import_repairs_mojibake(tmp_path, store):
    header = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
    good = ("Hélène Girard,Camille Laurent,\"3/9/25, 8:43 PM\",Très bien,INCOMING,"
            "https://www.linkedin.com/in/helene-g,https://www.linkedin.com/in/camille-laurent\n")
    stray = ("Tom Baker,Camille Laurent,\"3/10/25, 8:43 PM\",XCAFE,INCOMING,"
             "https://www.linkedin.com/in/tom-b,https://www.linkedin.com/in/camille-laurent\n")
    data = (header + good + stray).encode("utf-8").replace(b"XCAFE", b"caf\xe9")
    import_paths(store, [write_export(tmp_path / "a", {"Invitations.csv": data})])
    rows = {r["name"]: r for r in incoming(store)}
    assert rows["Hélène Girard"]["note"] == "Très bien"  # not HÃ©lÃ¨ne: the rest of the file stays UTF-8
    assert rows["Tom Baker"]["note"] == "café"
    # A database that an older version filled with mojibake is repaired by a clean import of the same rows.
    store.conn.execute("UPDATE invitations SET name = 'HÃ©lÃ¨ne Girard', note = 'TrÃ¨s bien' WHERE person_key = 'helene-g'")
    import_paths(store, [write_export(tmp_path / "b", {"Invitations.csv": header + good})])
    fixed = {r["person_key"]: r for r in incoming(store)}["helene-g"]
    assert (fixed["name"], fixed["note"]) == ("Hélène Girard", "Très bien")


def test_one_person_is_one_invitation_whatever_the_date_precision(tmp_path, store):
    header = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
    export = header + ("Ana Ruiz,Camille Laurent,\"3/9/25, 8:43 PM\",,INCOMING,https://www.linkedin.com/in/ana-ruiz,"
                       "https://www.linkedin.com/in/camille-laurent\n"
                       "Old Era,Camille Laurent,\"3/9/25, 8:43 PM\",,INCOMING,,\n")
    import_paths(store, [write_export(tmp_path / "a", {"Invitations.csv": export})])
    # The same export re-saved by Excel (day precision), and a pending list dated by hand.
    resaved = export.replace('"3/9/25, 8:43 PM"', "09-Mar-25")
    pending = tmp_path / "pending.csv"
    pending.write_text("name,headline,profile_url,sent_at\n"
                       "Ana Ruiz,Growth lead,https://linkedin.com/in/Ana-Ruiz/?trk=x,2025-03-09\n", encoding="utf-8")
    import_paths(store, [write_export(tmp_path / "b", {"Invitations.csv": resaved}), pending])
    rows = incoming(store)
    assert sorted(r["name"] for r in rows) == ["Ana Ruiz", "Old Era"]
    ana = next(r for r in rows if r["name"] == "Ana Ruiz")
    assert ana["headline"] == "Growth lead" and ana["sent_at"] == "2025-03-10T03:43:00+00:00"


EXPORT_2018_CONNECTIONS = """First Name,Last Name,Email Address,Company,Position,Connected On
Jan,Smit,,Acme,CEO,"1/8/18, 6:14 PM"
Jan,Smit,,Nordwind,Engineer,"3/2/17, 9:00 AM"
,,,,,"3/2/17, 9:00 AM"
,,,,,"3/2/17, 9:00 AM"
Eva,Kuip,,Bakkerij Kuip,Owner,"5/5/16, 10:10 AM"
"""
EXPORT_2018_MESSAGES = """From,To,Date,Subject,Content,Direction,Folder
Camille Laurent,Jan Smit,"10/16/18, 8:36 AM",Hello,Bonjour Jan,OUTGOING,INBOX
Eva Kuip,Camille Laurent,"10/17/18, 9:00 AM",Re,Merci !,INCOMING,INBOX
"""
EXPORT_2018_INVITATIONS = """From,To,Sent At,Message,Direction
Pia Berg,Camille Laurent,"10/1/18, 8:00 AM",We met at the Utrecht SEO meetup,INCOMING
"""
PROFILE_2018 = "First Name,Last Name,Headline\nCamille,Laurent,Consultante\n"


def test_a_2018_export_imports_keeps_same_name_people_apart_and_counts_people_messaged_by_name(tmp_path, store):
    from invitriage.report.figures import compute_figures

    files = {"Connections.csv": EXPORT_2018_CONNECTIONS, "Messages.csv": EXPORT_2018_MESSAGES,
             "Invitations.csv": EXPORT_2018_INVITATIONS, "Profile.csv": PROFILE_2018}
    import_paths(store, [write_export(tmp_path / "a", files)])
    keys = sorted(r[0] for r in store.conn.execute("SELECT person_key FROM connections"))
    assert keys == ["hidden:2017-03-02#1", "hidden:2017-03-02#2", "name:eva kuip|2016-05-05",
                    "name:jan smit|2017-03-02", "name:jan smit|2018-01-08"]  # two Jan Smits, two hidden people
    assert store.count("messages") == 2
    # A newer export of the same people adds nobody (hidden connections included).
    newer = {**files, "Connections.csv": EXPORT_2018_CONNECTIONS.replace("Acme,CEO", "Acme,Chair")}
    import_paths(store, [write_export(tmp_path / "b", newer)])
    assert store.count("connections") == 5
    figures = compute_figures(store)
    assert figures.messaged_connections == 3  # both Jan Smits (by name) and Eva Kuip, though no URL anywhere


def test_skip_leaves_out_a_damaged_optional_file_and_the_error_says_how(tmp_path, store):
    damaged = "CONVERSATION ID,FROM,DATE\nc1,Zoe,not a date\n"  # no CONTENT column
    export = write_export(tmp_path / "e", {"Invitations.csv": INVITATIONS_V3, "messages.csv": damaged})
    with pytest.raises(InputError) as info:
        import_paths(store, [export])
    assert "missing column(s) 'content'" in str(info.value) and "--skip messages.csv" in str(info.value)
    assert store.count("invitations") == 0
    report = import_paths(store, [export], skip=["messages.csv"])
    assert store.count("invitations") == 4 and store.count("messages") == 0
    assert [f.kind for f in report.files if f.display.endswith("messages.csv")] == ["skipped"]


def test_a_slug_read_without_the_expression_is_the_one_profile_slug_finds():
    from invitriage.ingest.exports import _plain_slug
    from invitriage.people import profile_slug

    urls = ["https://www.linkedin.com/in/ana-ruiz", "https://www.linkedin.com/in/Ana-Ruiz/", "https://www.linkedin.com/in/",
            "https://www.linkedin.com/in/h%C3%A9l%C3%A8ne-83b1", "https://www.linkedin.com/in/x?trk=a",
            "https://www.linkedin.com/in/y#about", "https://www.linkedin.com/in/ spaced ", "https://linkedin.com/in/z",
            "http://www.linkedin.com/in/w", "https://www.linkedin.com/in/%20", "https://www.linkedin.com/in/ÉVA", ""]
    read = 0
    for url in urls:
        plain = _plain_slug(url.strip())
        if plain is not None:
            read += 1
            assert plain == (profile_slug(url) or ""), url
    assert read == 5  # the plain shape; the others are left to profile_slug


def test_a_rows_raw_text_is_its_json_whatever_its_cells_and_header_hold():
    """The raw row of an export is written without an encoder call per row: it must be the encoder's text."""
    import itertools
    import json

    from invitriage.ingest.exports import _raw_cells

    pieces = ["", "Ana", 'say "hi"', "back\\slash", "line\nbreak", "\x00", "100%", "%s", "{}", "no\xa0break", "🚀",
              "Hélène", "\u2028"]
    headers = [["from", "to", "message"], ["a%s", "b\"c", "é"], ["from", "", "message"]]
    for header in headers:
        raw = _raw_cells(header)
        for cells in itertools.product(pieces[:7], pieces[5:], pieces[::2]):
            expected = json.dumps({h: c for h, c in zip(header, cells) if h}, ensure_ascii=False)
            assert raw(list(cells)) == expected, (header, cells)


def test_an_imports_report_is_kept_file_by_file_and_compares_by_value(store, basic_export):
    """The report's classes are plain classes (no dataclasses at an import's start): the imports table still keeps
    every file's report with its fields in order, and two reports of the same files are equal, shown by their fields."""
    from invitriage.ingest.sources import FileReport, ImportReport

    report = import_paths(store, [basic_export])
    kept = json.loads(store.conn.execute("SELECT summary FROM imports").fetchone()[0])["files"]
    assert [list(f) for f in kept] == [["display", "kind", "rows", "new", "notes", "page_count", "slugs"]] * len(report.files)
    assert [f["kind"] for f in kept] == [f.kind for f in report.files] and "invitations" in [f["kind"] for f in kept]
    again = ImportReport([FileReport(**f) for f in kept])
    assert again == report and again != ImportReport() and FileReport("a", "b") != ImportReport()
    assert repr(again.files[0]).startswith("FileReport(display=") and "kind=" in repr(again.files[0])
    with pytest.raises(TypeError):
        hash(again)  # mutable values: unhashable, as they were as dataclasses
