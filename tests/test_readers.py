"""Formats and encodings through `extractor ingest`: what users see in the database."""

from __future__ import annotations

import json

import docx
import sqlite_utils
from click.testing import CliRunner

from extractor.cli import cli

BODY = ("Acme AB bygger ny fabrik i Luleå\n\nAcme AB investerar 120 miljoner kronor i Luleå.\n\n"
        "– Det är en stor dag, säger Anna Berg, vd för Acme AB.\n\n"
        "Kontakt: Anna Berg, vd, Acme AB, 070-123 45 67, anna.berg@acme.se\n")


def ingest(folder, tmp_path):
    db = tmp_path / "r.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    database = sqlite_utils.Database(db)
    return {r["path"].rsplit("/", 1)[1]: r for r in database["documents"].rows}, database


def test_encodings(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "utf8.txt").write_text(BODY, encoding="utf-8")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + BODY.replace("Luleå", "Umeå").encode("utf-8"))
    (folder / "utf16.txt").write_text(BODY.replace("Luleå", "Kiruna"), encoding="utf-16")
    (folder / "cp1252.txt").write_bytes(BODY.replace("Luleå", "Skövde").encode("cp1252"))
    (folder / "nul.txt").write_bytes(BODY.replace("Luleå", "Piteå").encode("utf-8").replace(b"\n\n", b"\n\x00\n", 1))
    rows, _ = ingest(folder, tmp_path)
    assert all(r["status"] == "ok" for r in rows.values()), rows
    assert "Luleå" in rows["utf8.txt"]["text"] and not rows["bom.txt"]["text"].startswith("\ufeff")
    assert "Umeå" in rows["bom.txt"]["text"]
    assert "Kiruna" in rows["utf16.txt"]["text"]
    assert "Skövde" in rows["cp1252.txt"]["text"]
    assert "\x00" not in rows["nul.txt"]["text"] and "Piteå" in rows["nul.txt"]["text"]


def test_html_eml_docx(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")[1:])
    (folder / "page.html").write_text(
        "<html><head><title>Acme bygger i Luleå</title><script>var x = 1;</script></head><body>"
        "<nav>Hem › Press</nav><article><h1>Acme AB bygger ny fabrik i Luleå</h1>" + paragraphs +
        "</article><footer>Cookies</footer></body></html>", encoding="utf-8")
    (folder / "mail.eml").write_text(
        "From: Anna Berg <anna.berg@acme.se>\nTo: news@example.se\nSubject: Acme bygger i Luleå\n"
        "Date: Mon, 3 Mar 2025 09:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n" + BODY, encoding="utf-8")
    document = docx.Document()
    document.core_properties.title = "Acme bygger i Luleå (Word)"
    for paragraph in BODY.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(folder / "release.docx")
    rows, database = ingest(folder, tmp_path)
    assert rows["page.html"]["title"] == "Acme AB bygger ny fabrik i Luleå"  # the headline
    assert "var x" not in rows["page.html"]["text"]
    assert rows["mail.eml"]["title"] == "Acme bygger i Luleå"
    assert rows["mail.eml"]["published"].startswith("2025-03-03")
    assert rows["release.docx"]["title"] == "Acme bygger i Luleå (Word)"
    for name in ("page.html", "mail.eml", "release.docx"):
        contacts = list(database.query("select * from contacts where document_id = ?", [rows[name]["id"]]))
        anna = [c for c in contacts if c["name"] == "Anna Berg"]
        assert anna and json.loads(anna[0]["phones"]) == ["+46701234567"], name


def test_html_entities_left_in_a_text_file_are_decoded(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "residue.txt").write_text(
        "Hem &rsaquo; Nyheter\n\nScenfesten får stöd\n\nKulturrådet ger festivalen 600&nbsp;000 kronor.\n",
        encoding="utf-8")
    rows, database = ingest(folder, tmp_path)
    text = rows["residue.txt"]["text"]
    assert "&nbsp;" not in text and "600\u00a0000 kronor" in text and "›" in text
    assert [r["value"] for r in database["figures"].rows] == [600000]
