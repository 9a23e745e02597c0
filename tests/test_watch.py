"""`extractor watch FOLDER` ingests files dropped into the folder while it runs."""

from __future__ import annotations

import subprocess
import sys
import time

import sqlite_utils


def wait_for(predicate, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.3)
    return False


def titles(db):
    if not db.exists():
        return set()
    try:
        return {r["title"] for r in sqlite_utils.Database(db).query("select title from documents")}
    except Exception:  # noqa: BLE001 - the schema may not exist yet
        return set()


def test_watch_ingests_new_and_changed_files(tmp_path):
    folder, db = tmp_path / "inbox", tmp_path / "w.db"
    folder.mkdir()
    (folder / "first.txt").write_text("Första nyheten\nAcme AB växer i Umeå.\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "extractor.cli", "watch", str(folder), "--db", str(db)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        assert wait_for(lambda: "Första nyheten" in titles(db))
        (folder / "second.txt").write_text("Andra nyheten\nBeta AB flyttar till Luleå.\n", encoding="utf-8")
        assert wait_for(lambda: "Andra nyheten" in titles(db))
        (folder / "second.txt").write_text("Andra nyheten, rättad\nBeta AB flyttar till Piteå.\n", encoding="utf-8")
        assert wait_for(lambda: "Andra nyheten, rättad" in titles(db))
        assert sqlite_utils.Database(db)["documents"].count == 2
    finally:
        process.terminate()
        process.wait(10)
