"""Re-runs, changed files, broken files, unsupported files."""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlite_utils
from click.testing import CliRunner
from conftest import SEEDS, release_folder

from extractor.cli import cli


def ingest(folder, db):
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.output


def test_rerun_does_no_double_work_and_changed_files_are_replaced(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    db = tmp_path / "x.db"
    assert ingest(folder, db).startswith("5 new, 0 updated, 0 unchanged, 0 failed")
    before = sqlite_utils.Database(db)["mentions"].count
    assert ingest(folder, db).startswith("0 new, 0 updated, 5 unchanged")
    assert sqlite_utils.Database(db)["mentions"].count == before

    changed = next(folder.glob("000_*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8").replace("John Askling", "Jon Asklund"), encoding="utf-8")
    assert ingest(folder, db).startswith("0 new, 1 updated, 4 unchanged")
    database = sqlite_utils.Database(db)
    names = {r["name"] for r in database.query("select name from entities where label='PER'")}
    assert "Jon Asklund" in names and "John Askling" not in names
    assert database["documents"].count == 5


def test_broken_and_unsupported_files_are_recorded_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Acme AB växer\n– Vi är glada, säger Anna Berg, vd för Acme AB.\n",
                                     encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    db = tmp_path / "x.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 new, 0 updated, 0 unchanged, 3 failed, 1 skipped")
    rows = {r["path"].rsplit("/", 1)[1]: r for r in sqlite_utils.Database(db)["documents"].rows}
    assert rows["good.txt"]["status"] == "ok"
    assert rows["empty.txt"]["status"] == "error" and "empty" in rows["empty.txt"]["error"]
    assert "binary" in rows["binary.txt"]["error"]
    assert "PDF" in rows["broken.pdf"]["error"]
    assert "photo.jpg" not in rows


def test_missing_path_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code != 0
    assert "no such file or folder" in result.output


def test_moved_or_copied_files_do_not_duplicate(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    db = tmp_path / "x.db"
    ingest(folder, db)
    database = sqlite_utils.Database(db)
    entities = database["entities"].count
    first = next(folder.glob("000_*.txt"))
    first.rename(folder / "renamed.txt")
    output = ingest(folder, db)
    assert output.startswith("0 new, 0 updated, 4 unchanged, 0 failed, 0 skipped (unsupported), 1 moved")
    assert database["documents"].count == 5
    assert {Path(r["path"]).name for r in database["documents"].rows} >= {"renamed.txt"}
    shutil.copy(folder / "renamed.txt", folder / "copy.txt")
    ingest(folder, db)
    assert database["documents"].count == 6
    assert database["entities"].count == entities  # the copy's people and organisations are the same rows


def test_new_weights_under_the_same_pipeline_name_reprocess(tmp_path):
    import json

    from extractor.nlp.models import BUNDLED_DIR

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "release.txt").write_text("Acme Ltd opens an office in London, said Jane Porter.\n", encoding="utf-8")
    model = tmp_path / "en"
    shutil.copytree(BUNDLED_DIR / "en", model)
    db = tmp_path / "x.db"

    def run() -> str:
        result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--model", f"en={model}"])
        assert result.exit_code == 0, result.output
        return result.output

    assert run().startswith("1 new")
    assert run().startswith("0 new, 0 updated, 1 unchanged")
    meta = json.loads((model / "meta.json").read_text())
    meta["version"] = "9.9.9"  # retrained: same name, new version
    (model / "meta.json").write_text(json.dumps(meta))
    assert run().startswith("0 new, 1 updated")


def test_a_place_read_first_in_capitals_is_named_as_prose_writes_it(tmp_path):
    folder = release_folder(
        tmp_path,
        a="Nordkraft ASA plasserer aksjer\n\nIKKE FOR DISTRIBUSJON I USA, CANADA ELLER JAPAN.\n\nNordkraft ASA har "
          "hentet 200 millioner kroner i en rettet emisjon.\n",
        b="Nordkraft ASA åpner kontor i Canada\n\nNordkraft ASA åpner sitt første kontor i Canada, i Toronto, "
          "etter en sterk vekst i Nord-Amerika.\n")
    ingest(folder, tmp_path / "kb.db")
    db = sqlite_utils.Database(tmp_path / "kb.db")
    names = [row["name"] for row in db.query("select name from entities where label = 'LOC' and key = 'canada'")]
    assert names == ["Canada"]
