"""Work done in a second process while this one goes on: a large export's rows, a large backlog's notes.

Reading a CSV row and shaping it for the store (dates, keys, the raw row's JSON) takes about as long as SQLite's
insert of it, and one waited for the other. For a large file, :class:`rows_in_child` forks: the child reads and
shapes the rows and sends them in batches through a pipe (``marshal``: plain tuples of str, int and None), the
parent inserts each batch while the child reads the next. The parent alone touches the database; the child
leaves by ``os._exit``, running no exit handler and flushing nothing this process buffered.

What the child raises is raised in the parent, where the rows stop, as if read here: an :class:`InputError`
names the same file, line and problem, and the import's transaction is rolled back as usual. Where forking is
not safe or not possible (not Linux, other threads running, ``INVITRIAGE_NO_FORK=1``, a small file), or the fork
fails, the rows are read in this process. Triage uses the same pipe for the languages and the rules' hits of a
backlog's notes (:mod:`invitriage.triage`): worked out in a child while this process encodes them.
"""

from __future__ import annotations

import marshal
import os
import struct
import sys
from collections.abc import Callable, Iterator
from typing import Any

from invitriage.errors import StoreError

#: Files smaller than this are read in this process: below it the fork and the pipe cost what they save.
MIN_BYTES = 1 << 20
#: Rows per message: small at first, so that the parent starts writing soon, then larger.
FIRST_BATCH, BATCH = 250, 1000

_HEAD = struct.Struct("<cQ")
_ROWS, _DONE, _ERROR = b"R", b"D", b"E"


def forking_pays(size: int) -> bool:
    """Read a file of ``size`` bytes in a child? A large file, and :func:`can_fork`."""
    return size >= MIN_BYTES and can_fork()


def can_fork() -> bool:
    """May this process fork a worker? Linux, one thread (a lock another thread holds would stay held in the
    child), and not turned off (``INVITRIAGE_NO_FORK=1``)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork") or os.environ.get("INVITRIAGE_NO_FORK"):
        return False
    import threading

    return threading.active_count() == 1


class rows_in_child:  # noqa: N801 - used as a function: rows_in_child(rows, state) forks and gives the batches
    """The rows of ``rows()``, made in a forked child (forked here, at once), as batches: lists of rows, in order.
    Once they are done, :attr:`state` holds what ``state()`` gave in the child (marshal-able: the reader's counts
    and findings). ``progress(rows so far)`` is called here, per batch. Iterating raises what ``rows()`` raised
    in the child; :meth:`close` (also on any error here) stops the child if it is still at work, and reaps it."""

    #: what the child's rows stop with when it is stopped before their end (killed, out of memory)
    STOPPED = "the process reading the file stopped before its end: nothing was imported"

    def __init__(self, rows: Callable[[], Iterator[tuple[Any, ...]]], state: Callable[[], Any],
                 progress: Callable[[int], None] | None = None) -> None:
        self.state: Any = None
        self._progress = progress
        self._done = 0
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
        self._pid: int | None = pid
        self._pipe = os.fdopen(read_end, "rb")

    def __iter__(self) -> "rows_in_child":
        return self

    def __next__(self) -> list[tuple[Any, ...]]:
        if self._pid is None:
            raise StopIteration
        try:
            head = self._pipe.read(_HEAD.size)
            kind, size = _HEAD.unpack(head) if len(head) == _HEAD.size else (b"", -1)
            body = self._pipe.read(size) if size >= 0 else b""
            if size < 0 or len(body) < size:
                raise StoreError(self.STOPPED)
            if kind == _ROWS:
                batch: list[tuple[Any, ...]] = marshal.loads(body)
                self._done += len(batch)
                if self._progress is not None:
                    self._progress(self._done)
                return batch
            if kind == _DONE:
                self.state = marshal.loads(body)
                self._reap(stop=False)
                raise StopIteration
            import pickle

            error = pickle.loads(body)
            self._reap(stop=False)
            raise error
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Stop the child if it is still at work (this process stopped reading: an error, an interrupt) and reap it."""
        self._reap(stop=True)

    def _reap(self, stop: bool) -> None:
        pid, self._pid = self._pid, None
        if pid is None:
            return
        self._pipe.close()
        if stop:
            try:
                os.kill(pid, 9)
            except OSError:
                pass
        os.waitpid(pid, 0)

    def __del__(self) -> None:
        if getattr(self, "_pid", None) is not None:
            self.close()


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
