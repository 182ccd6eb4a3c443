"""The shipped intent model's arrays kept per machine: the same model as the shipped JSON, rebuilt when damaged."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import numpy as np

from invitriage.judge import model as m


def _shipped() -> tuple[Path, m.IntentModel]:
    ref = resources.files("invitriage").joinpath("model", m.MODEL_FILE)
    return Path(str(ref)), m.IntentModel.from_json(json.loads(ref.read_text("utf-8")))


def _same(a: m.IntentModel, b: m.IntentModel) -> None:
    assert a.classes_ == b.classes_ and a.temperature_ == b.temperature_ and a.meta == b.meta
    assert a.coef_.dtype == b.coef_.dtype and np.array_equal(a.coef_, b.coef_)
    assert np.array_equal(a.intercept_, b.intercept_)
    assert (a.ngram_coef_ is None) == (b.ngram_coef_ is None)
    if a.ngram_coef_ is not None:
        assert np.array_equal(a.ngram_coef_, b.ngram_coef_)


def test_the_kept_copy_is_the_shipped_model_and_a_damaged_one_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("INVITRIAGE_NO_MODEL_CACHE", raising=False)
    source, shipped = _shipped()
    path = m._kept_path(source)
    assert path is not None and str(path).startswith(str(tmp_path)) and not path.exists()
    m.load_model.cache_clear()
    try:
        _same(m.load_model(), shipped)  # first load: read from JSON, kept
        assert path.exists()
        kept = m._kept_model(path)
        assert kept is not None
        _same(kept, shipped)
        x = np.random.default_rng(0).normal(size=(3, shipped.coef_.shape[1])).astype(np.float32)
        assert np.array_equal(kept.coef_ @ x.T, shipped.coef_ @ x.T)
        path.write_bytes(b"PK\x03\x04 not a zip")
        assert m._kept_model(path) is None
        m.load_model.cache_clear()
        _same(m.load_model(), shipped)  # read from JSON again, and kept again
        assert m._kept_model(path) is not None
    finally:
        m.load_model.cache_clear()


def test_turned_off_nothing_is_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("INVITRIAGE_NO_MODEL_CACHE", "1")
    assert m._kept_path(_shipped()[0]) is None
