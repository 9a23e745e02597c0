"""Ingestion that survives: killed runs, a reader during a write, vanished and unreadable
files, book-length texts, web-page boilerplate, and the same folder giving the same database."""

from __future__ import annotations

import email.message
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest
import sqlite_utils
from click.testing import CliRunner
from conftest import ROOT, SEEDS, get, serving
from fpdf import FPDF

from extractor.cli import cli
from extractor.ingest import ingest

EXTRACTOR = [sys.executable, "-m", "extractor.cli"]


def make_corpus(folder: Path, count: int) -> Path:
    """``count`` different releases built from the project's sample and gold releases."""
    folder.mkdir(parents=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold" / "releases").glob("*.txt"))]
    for i in range(count):
        body = texts[i % len(texts)]
        (folder / f"release-{i:04d}.txt").write_text(f"{body}\n\nArkivnummer PX{i:05d}\n", encoding="utf-8")
    return folder


def cli_ok(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def consistency(db: Path) -> None:
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert connection.execute("pragma foreign_key_check").fetchall() == []
    finally:
        connection.close()


def knowledge(db: Path) -> dict:
    """What a user would see, independent of row ids and timestamps."""
    database = sqlite_utils.Database(db)
    return {
        "documents": sorted(
            (Path(r["path"]).name, r["sha256"], r["status"], r["language"], r["language_variant"],
             r["language_probability"], r["model"])
            for r in database["documents"].rows
        ),
        "entities": sorted((r["name"], r["label"], r["mention_count"]) for r in database["entities"].rows),
        "mentions": database["mentions"].count,
        "contacts": sorted(
            (r["name"] or "", r["phones"], r["emails"]) for r in database["contacts"].rows
        ),
        "figures": database["figures"].count,
        "quotes": database["quotes"].count,
    }


def document_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return connection.execute("select count(*) from documents").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def processes_writing(db: Path) -> list[int]:
    """Processes whose command line names ``db`` (the ingest and the workers it forked)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if str(db).encode() in (proc / "cmdline").read_bytes() and (proc / "stat").read_text().split()[2] != "Z":
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def test_killed_ingest_leaves_a_consistent_database_and_a_rerun_completes_it(tmp_path):
    folder = make_corpus(tmp_path / "in", 160)
    reference = tmp_path / "reference.db"
    cli_ok("ingest", str(folder), "--db", str(reference))
    expected = knowledge(reference)
    assert len(expected["documents"]) == 160

    db = tmp_path / "killed.db"
    rng = random.Random(7)
    kills = 0
    for _ in range(3):
        before = document_count(db)
        process = subprocess.Popen([*EXTRACTOR, "ingest", str(folder), "--db", str(db)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while document_count(db) <= before and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rng.uniform(0, 0.3))  # somewhere inside the writes of a batch, or the next analysis
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(30)
        consistency(db)
    assert kills >= 2, "the ingest finished before it could be killed: make the corpus larger"
    deadline = time.monotonic() + 10
    while processes_writing(db) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not processes_writing(db), "worker processes outlived the killed ingest"

    output = cli_ok("ingest", str(folder), "--db", str(db))
    consistency(db)
    assert knowledge(db) == expected, output
    # and once more: nothing left to do
    assert cli_ok("ingest", str(folder), "--db", str(db)).startswith("0 new, 0 updated, 160 unchanged")


def test_datasette_reads_while_an_ingest_writes(tmp_path):
    folder = make_corpus(tmp_path / "in", 80)
    db = tmp_path / "live.db"
    first = tmp_path / "first"
    first.mkdir()
    shutil.copy(next(folder.glob("*.txt")), first / "first.txt")
    cli_ok("ingest", str(first), "--db", str(db))
    with serving(db) as base:
        process = subprocess.Popen([*EXTRACTOR, "ingest", str(folder), "--db", str(db)],
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        counts = []
        while process.poll() is None:
            body = get(base + ".json?sql=select+count(*)+as+n+from+documents&_shape=array")
            counts.append(int(body.decode().split(":")[1].strip(" }]\n")))
            get(base + "/entities.json?_size=5")  # a table page with facets, while rows change
            time.sleep(0.1)
        assert process.wait() == 0, process.stdout.read().decode()
        final = int(get(base + ".json?sql=select+count(*)+as+n+from+documents&_shape=array").decode()
                    .split(":")[1].strip(" }]\n"))
    assert counts == sorted(counts), "a reader saw documents disappear"
    assert len(set(counts)) >= 2, f"no read happened during the write: {counts}"
    assert final == 81


def test_a_file_that_vanishes_mid_run_is_recorded(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-empty.txt").write_bytes(b"")
    doomed = folder / "b-vanishes.txt"
    doomed.write_text("Acme AB växer i Luleå.\n", encoding="utf-8")
    (folder / "c-stays.txt").write_text("Acme AB växer i Umeå.\n", encoding="utf-8")

    def progress(_: int) -> None:  # called after the empty file failed: the next one disappears
        doomed.unlink(missing_ok=True)

    db = tmp_path / "v.db"
    summary = ingest([folder], db=str(db), progress=progress)
    assert summary.new == 1
    failed = dict((Path(p).name, e) for p, e in summary.failed)
    assert set(failed) == {"a-empty.txt", "b-vanishes.txt"}
    assert "No such file" in failed["b-vanishes.txt"]
    rows = {Path(r["path"]).name: r for r in sqlite_utils.Database(db)["documents"].rows}
    assert rows["b-vanishes.txt"]["status"] == "error" and "No such file" in rows["b-vanishes.txt"]["error"]
    assert rows["c-stays.txt"]["status"] == "ok"


def test_an_unreadable_file_is_recorded_and_retried_when_readable(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "open.txt").write_text("Acme AB växer i Luleå.\n", encoding="utf-8")
    secret = folder / "secret.txt"
    secret.write_text("Beta AB växer i Umeå.\n", encoding="utf-8")
    secret.chmod(0)
    db = tmp_path / "p.db"
    command = [*EXTRACTOR, "ingest", str(folder), "--db", str(db)]
    if os.geteuid() == 0:  # root reads anything: drop the capabilities that let it
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: cannot make a file unreadable")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *command]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("1 new, 0 updated, 0 unchanged, 1 failed")
    assert "secret.txt: Permission denied" in run.stderr
    row = next(r for r in sqlite_utils.Database(db)["documents"].rows if r["path"].endswith("secret.txt"))
    assert row["status"] == "error" and "Permission denied" in row["error"]

    secret.chmod(0o644)
    assert cli_ok("ingest", str(folder), "--db", str(db), "--retry-failed").startswith("0 new, 1 updated, 1 unchanged")
    row = next(r for r in sqlite_utils.Database(db)["documents"].rows if r["path"].endswith("secret.txt"))
    assert row["status"] == "ok" and "Beta AB" in row["text"]


def test_a_50_mb_text_is_refused_clearly_and_a_long_text_is_read_in_full(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    sentence = "Acme AB bygger en ny fabrik i Luleå och anställer fler medarbetare under året. "
    (folder / "huge.txt").write_text(sentence * (50_000_000 // len(sentence)), encoding="utf-8")
    filler = "\n\n".join(f"Stycke {i}. " + sentence * 4 for i in range(500))  # ~170 kB: many NER pieces
    long_text = ("Vasakronan bygger i Kiruna.\n\n" + filler + "\n\n– Vi är redo, säger Zlatan Korhonen, "
                 "vd för Norrskensbolaget AB.\n\nKontakt: Zlatan Korhonen, 070-111 22 33\n")
    (folder / "long.txt").write_text(long_text, encoding="utf-8")
    db = tmp_path / "l.db"
    output = cli_ok("ingest", str(folder), "--db", str(db))
    assert output.startswith("1 new, 0 updated, 0 unchanged, 1 failed")
    database = sqlite_utils.Database(db)
    rows = {Path(r["path"]).name: r for r in database["documents"].rows}
    assert rows["huge.txt"]["status"] == "error"
    assert "over the 10 MB limit" in rows["huge.txt"]["error"] and "--max-text-mb" in rows["huge.txt"]["error"]
    stored = rows["long.txt"]["text"]
    assert len(stored) == len(long_text.strip()) or len(stored) == len(long_text)
    late = list(database.query(
        "select e.name, m.start from mentions m join entities e on e.id = m.entity_id where e.label = 'PER'"))
    assert any(r["name"] == "Zlatan Korhonen" and r["start"] > 150_000 for r in late)
    for row in database.query("select m.start, m.end, m.text from mentions m"):
        assert stored[row["start"]:row["end"]] == row["text"]
    contact = database["contacts"].rows_where("name = ?", ["Zlatan Korhonen"])
    assert next(contact)["phones"] == '["+46701112233"]'


PAGE = """<html><head><title>Acme AB bygger fabrik i Luleå</title></head><body>
<nav><a href="/">Start</a> <a href="/om">Om Nordbanken Group</a> <a href="/k">Kontakt</a></nav>
<div class="cookie">Vi använder cookies. Läs mer hos Datainspektionen.</div>
<article><h1>Acme AB bygger ny fabrik i Luleå</h1>
<p>Acme AB investerar 120 miljoner kronor i en ny fabrik i Luleå. Byggstarten sker i vår och fabriken
ska ge 200 arbetstillfällen.</p>
<p>– Det är en stor dag för oss och för hela regionen, säger Anna Berg, vd för Acme AB.</p>
</article>
<footer><p>För mer information, kontakta: Anna Berg, vd, Acme AB, 070-123 45 67, anna.berg@acme.se</p>
<p>Följ Skanska Sverige på Facebook. © Mediabolaget Nordic Press 2026</p></footer>
</body></html>"""


def test_web_page_names_come_from_the_article_and_contacts_from_the_whole_page(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    db = tmp_path / "h.db"
    cli_ok("ingest", str(folder), "--db", str(db))
    database = sqlite_utils.Database(db)
    names = {r["name"] for r in database["entities"].rows}
    assert {"Acme AB", "Anna Berg", "Luleå"} <= names
    assert not any(word in name for name in names for word in ("Nordbanken", "Mediabolaget", "Skanska", "Start"))
    contacts = list(database["contacts"].rows)
    assert [(c["name"], c["role"], c["organization"], c["phones"], c["emails"]) for c in contacts] == [
        ("Anna Berg", "vd", "Acme AB", '["+46701234567"]', '["anna.berg@acme.se"]')
    ]
    document = next(database["documents"].rows)
    assert "Mediabolaget" in document["text"]  # stored in full: provenance points into the whole page


def all_formats(folder: Path) -> None:
    folder.mkdir()
    releases = sorted((ROOT / "corpus").glob("*.txt"))
    shutil.copy(releases[0], folder / "release.txt")
    (folder / "notes.md").write_text("# Notis\n\n" + releases[1].read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    message = email.message.EmailMessage()
    message["From"] = "Presstjänst <press@acme.se>"
    message["Subject"] = "Acme AB bygger fabrik i Luleå"
    message["Date"] = "Mon, 02 Mar 2026 09:00:00 +0100"
    message.set_content(releases[2].read_text(encoding="utf-8"))
    (folder / "mail.eml").write_bytes(bytes(message))
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, next(SEEDS.glob("*.txt")).read_text(encoding="utf-8").encode("latin-1", "replace")
                   .decode("latin-1"))
    pdf.output(str(folder / "release.pdf"))
    document = docx.Document()
    for paragraph in releases[3].read_text(encoding="utf-8").split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(str(folder / "release.docx"))
    (folder / "cp1252.txt").write_bytes(releases[4].read_text(encoding="utf-8").encode("cp1252", "replace"))
    (folder / "utf16.txt").write_text(releases[5].read_text(encoding="utf-8"), encoding="utf-16")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "truncated.pdf").write_bytes((folder / "release.pdf").read_bytes()[:300])
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")


def test_a_folder_of_every_kind_gives_the_same_database_twice(tmp_path):
    folder = tmp_path / "in"
    all_formats(folder)
    outputs, dumps = [], []
    for name in ("one.db", "two.db"):
        db = tmp_path / name
        outputs.append(cli_ok("ingest", str(folder), "--db", str(db)))
        database = sqlite_utils.Database(db)
        dump = {}
        for table in database.table_names():
            if table.startswith(("documents_fts", "entities_fts")) or table.startswith("_"):
                continue
            dump[table] = [{k: v for k, v in row.items() if k != "ingested_at"} for row in database[table].rows]
        dumps.append(dump)
        exported = tmp_path / f"{name}.jsonl"
        cli_ok("export", "json", "--db", str(db), "-o", str(exported))
    assert outputs[0].startswith("8 new, 0 updated, 0 unchanged, 3 failed, 1 skipped")
    assert outputs[0].split(" in ")[0] == outputs[1].split(" in ")[0]
    assert dumps[0] == dumps[1]
    assert (tmp_path / "one.db.jsonl").read_text(encoding="utf-8") == (tmp_path / "two.db.jsonl").read_text(
        encoding="utf-8")
    documents = {Path(r["path"]).name: r for r in dumps[0]["documents"]}
    assert documents["mail.eml"]["title"] == "Acme AB bygger fabrik i Luleå"
    assert documents["release.pdf"]["status"] == "ok" and documents["release.pdf"]["word_count"] > 100
    assert documents["truncated.pdf"]["status"] == "error"
