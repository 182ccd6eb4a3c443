"""Rows read in a second process while this one writes them: a large export's import on two cores.

Reading a CSV row and shaping it for the store (dates, keys, the raw row's JSON) takes about as long as SQLite's
insert of it, and one waited for the other. For a large file, :func:`rows_in_child` forks: the child reads and
shapes the rows and sends them in batches through a pipe (``marshal``: plain tuples of str, int and None), the
parent inserts each batch while the child reads the next. The parent alone touches the database; the child
leaves by ``os._exit``, running no exit handler and flushing nothing this process buffered.

What the child raises is raised in the parent, where the rows stop, as if read here: an :class:`InputError`
names the same file, line and problem, and the import's transaction is rolled back as usual. Where forking is
not safe or not possible (not Linux, other threads running, ``INVITRIAGE_NO_FORK=1``, a small file), or the fork
fails, the rows are read in this process.
"""

from __future__ import annotations

import marshal
import os
import struct
import sys
from collections.abc import Callable, Generator, Iterator
from typing import Any

from invitriage.errors import StoreError

#: Files smaller than this are read in this process: below it the fork and the pipe cost what they save.
MIN_BYTES = 1 << 20
#: Rows per message: small at first, so that the parent starts writing soon, then larger.
FIRST_BATCH, BATCH = 250, 1000

_HEAD = struct.Struct("<cQ")
_ROWS, _DONE, _ERROR = b"R", b"D", b"E"


def forking_pays(size: int) -> bool:
    """Read a file of ``size`` bytes in a child? Linux, one thread, a large file, not turned off."""
    if size < MIN_BYTES or not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if os.environ.get("INVITRIAGE_NO_FORK"):
        return False
    import threading

    return threading.active_count() == 1


def rows_in_child(rows: Callable[[], Iterator[tuple[Any, ...]]], state: Callable[[], Any],
                  progress: Callable[[int], None] | None = None) -> Generator[list[tuple[Any, ...]], None, Any]:
    """The rows of ``rows()``, made in a forked child, as batches (lists of rows); the generator returns what
    ``state()`` gives in the child once its rows are done (marshal-able: the reader's counts and findings).
    ``progress(rows so far)`` is called here, per batch. Raises what ``rows()`` raised in the child."""
    read_end, write_end = os.pipe()
    _widen(write_end)
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        raise
    if pid == 0:  # pragma: no cover - the child: its lines run in another process, which coverage does not follow
        os.close(read_end)
        _child(write_end, rows, state)
    os.close(write_end)
    finished = False
    try:
        with os.fdopen(read_end, "rb") as pipe:
            done = 0
            while True:
                head = pipe.read(_HEAD.size)
                if len(head) < _HEAD.size:
                    raise StoreError("the process reading the file stopped before its end: nothing was imported")
                kind, size = _HEAD.unpack(head)
                body = pipe.read(size)
                if len(body) < size:
                    raise StoreError("the process reading the file stopped before its end: nothing was imported")
                if kind == _ROWS:
                    batch = marshal.loads(body)
                    done += len(batch)
                    if progress is not None:
                        progress(done)
                    yield batch
                elif kind == _DONE:
                    finished = True
                    return marshal.loads(body)
                else:
                    import pickle

                    finished = True
                    raise pickle.loads(body)
    finally:
        if not finished:  # the parent stopped reading (an error here, an interrupt): the child is stopped too
            try:
                os.kill(pid, 9)
            except OSError:
                pass
        os.waitpid(pid, 0)


def _widen(pipe: int) -> None:
    """A pipe as wide as the system lets anyone make it (up to 1 MB, not 64 KB): the child writes a batch or two
    ahead while the parent inserts, instead of waiting for each read."""
    try:
        import fcntl

        with open("/proc/sys/fs/pipe-max-size") as f:
            widest = int(f.read())
        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, min(widest, 1 << 20))
    except (OSError, ValueError, AttributeError, ImportError):  # another kernel, a smaller limit: the default pipe
        pass


def _child(out: int, rows: Callable[[], Iterator[tuple[Any, ...]]], state: Callable[[], Any]) -> None:  # pragma: no cover
    code = 0
    try:
        with os.fdopen(out, "wb") as pipe:
            def send(kind: bytes, body: bytes) -> None:
                pipe.write(_HEAD.pack(kind, len(body)))
                pipe.write(body)
                pipe.flush()

            try:
                batch: list[tuple[Any, ...]] = []
                size = FIRST_BATCH
                for row in rows():
                    batch.append(row)
                    if len(batch) >= size:
                        send(_ROWS, marshal.dumps(batch))
                        batch, size = [], BATCH
                if batch:
                    send(_ROWS, marshal.dumps(batch))
                send(_DONE, marshal.dumps(state()))
            except BaseException as exc:  # noqa: BLE001 - raised again in the parent, whatever it is
                import pickle

                try:
                    body = pickle.dumps(exc)
                except Exception:  # noqa: BLE001 - an exception that cannot travel: its text does
                    body = pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}"))
                send(_ERROR, body)
    except BaseException:  # noqa: BLE001 - the parent is gone (a broken pipe): nothing left to tell
        code = 1
    finally:
        os._exit(code)
