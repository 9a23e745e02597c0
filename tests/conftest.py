from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SEED_GOLD = SHARED / "gold" / "seeds"
SCORER = SHARED / "tools" / "score_extraction.py"


def run_cli(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def release_folder(tmp_path: Path, **releases: str) -> Path:
    """A folder "in" of text releases, one file per keyword: release_folder(tmp_path, a="Title\n\nBody")."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in releases.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def score(gold_dir: Path, pred: Path) -> dict[str, float]:
    """Run the shared scorer; return F1 per field plus accuracies, parsed from its table."""
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold_dir), "--pred", str(pred)],
                         capture_output=True, text=True, check=True).stdout
    scores: dict[str, float] = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 7 and parts[0] in {"persons", "organizations", "locations", "contacts", "figures", "quotes"}:
            scores[parts[0]] = float(parts[3])
        elif "accuracy" in parts:
            ok, n = parts[2].split("/")
            scores[parts[0]] = int(ok) / int(n)
        elif line.startswith("overall"):
            scores["overall"] = float(line.rsplit("F1=", 1)[1])
    scores["_table"] = out  # type: ignore[assignment]
    return scores


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    run_cli("ingest", str(SEEDS), "--db", str(db))
    return db


@pytest.fixture(scope="session")
def seeds_jsonl(seeds_db, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "seeds.jsonl"
    run_cli("export", "json", "--db", str(seeds_db), "-o", str(out))
    return out


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:  # a shared, loaded CI machine
        return response.read()


@contextlib.contextmanager
def serving(db: Path) -> Iterator[str]:
    """`extractor serve` on a free port; yields the database's base URL."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "extractor.cli", "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                get(base + "/-/versions.json")
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("extractor serve did not start")
        yield base + "/" + db.stem
    finally:
        process.terminate()
        process.wait(10)
