"""Our own gold releases (tests/gold), scored with the shared scorer like the seeds."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli, score

GOLD = Path(__file__).resolve().parent / "gold"


def test_own_gold_releases(tmp_path):
    db, out = tmp_path / "gold.db", tmp_path / "gold.jsonl"
    run_cli("ingest", str(GOLD / "releases"), "--db", str(db))
    run_cli("export", "json", "--db", str(db), "-o", str(out))
    scores = score(GOLD / "annotations", out)
    print(scores["_table"])
    assert scores["language"] == 1.0
    assert scores["contacts"] >= 0.9
    assert scores["figures"] >= 0.9
    assert scores["quotes"] >= 0.9
    assert scores["overall"] >= 0.95
