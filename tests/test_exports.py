"""Contact exports: CSV columns, formula neutralisation, Excel BOM, vCard, xlsx."""

from __future__ import annotations

import csv
import io

from click.testing import CliRunner
from openpyxl import load_workbook

from extractor.cli import cli

RELEASE = """Acme AB öppnar ny fabrik i Luleå

Acme AB investerar 120 miljoner kronor i en ny fabrik.

– Det här är en stor dag för oss, säger Anna Berg, vd för Acme AB.

För mer information, kontakta:
Anna Berg, vd, Acme AB, 070-123 45 67, anna.berg@acme.se
Per Ek, presschef, @Acme Press, 070-765 43 21, per.ek[at]acme.se
"""


def _db(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "acme.txt").write_text(RELEASE, encoding="utf-8")
    db = tmp_path / "x.db"
    assert CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db)]).exit_code == 0
    return db


def test_contacts_csv(tmp_path):
    db = _db(tmp_path)
    result = CliRunner().invoke(cli, ["export", "contacts", "--db", str(db)])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0].keys())[:6] == ["name", "role", "organization", "phone", "email", "document"]
    by_name = {r["name"]: r for r in rows}
    assert by_name["Anna Berg"]["email"] == "anna.berg@acme.se"
    assert by_name["Per Ek"]["email"] == "per.ek@acme.se"
    # nothing a spreadsheet would run as a formula
    for row in rows:
        for value in row.values():
            assert not value or value[0] not in "=+-@", value
    assert by_name["Anna Berg"]["phone"] == "'+46701234567"
    assert by_name["Per Ek"]["organization"] == "'@Acme Press"


def test_excel_csv_has_bom_and_xlsx_opens(tmp_path):
    db = _db(tmp_path)
    out = tmp_path / "c.csv"
    CliRunner().invoke(cli, ["export", "contacts", "--db", str(db), "--format", "excel", "-o", str(out)])
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    xlsx = tmp_path / "c.xlsx"
    CliRunner().invoke(cli, ["export", "contacts", "--db", str(db), "--format", "xlsx", "-o", str(xlsx)])
    sheet = load_workbook(xlsx).active
    assert [c.value for c in next(sheet.iter_rows())][:3] == ["name", "role", "organization"]
    assert sheet.max_row == 3


def test_vcard(tmp_path):
    db = _db(tmp_path)
    result = CliRunner().invoke(cli, ["export", "contacts", "--db", str(db), "--format", "vcf"])
    cards = result.output.split("BEGIN:VCARD")[1:]
    assert len(cards) == 2
    assert "FN:Anna Berg" in result.output and "TEL;TYPE=WORK,VOICE:+46701234567" in result.output
    assert "EMAIL;TYPE=INTERNET:anna.berg@acme.se" in result.output


def test_json_export_quotes_and_figures(tmp_path):
    db = _db(tmp_path)
    import json

    record = json.loads(CliRunner().invoke(cli, ["export", "json", "--db", str(db)]).output.splitlines()[0])
    assert record["id"] == "acme"
    assert record["language"] == "sv"
    assert {"speaker": "Anna Berg", "role": "vd", "organization": "Acme AB"}.items() <= record["quotes"][0].items()
    assert {"text": "120 miljoner kronor", "value": 120000000.0, "unit": "SEK"} in record["figures"]


def test_json_export_lists_a_repeated_fact_once_and_counts_of_different_things_apart(tmp_path):
    import json

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "senter.txt").write_text(
        "Nytt senter til 742 millioner kroner\n\nSenteret kostet 742 millioner kroner. Det har fire sengeposter "
        "og fire undersøkelsesrom.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    assert CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db)]).exit_code == 0
    record = json.loads(CliRunner().invoke(cli, ["export", "json", "--db", str(db)]).output.splitlines()[0])
    values = sorted((f["value"], f["unit"]) for f in record["figures"])
    assert values == [(4.0, "count"), (4.0, "count"), (742000000.0, "NOK")]


def test_json_export_lists_a_headline_count_once_though_its_words_differ(tmp_path):
    import json

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "konferanse.txt").write_text(
        "Over 300 deltakere ventes til havvindkonferanse i Bodø\n\nArrangøren venter over 300 deltakere og over "
        "300 besøkende på messen.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    assert CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db)]).exit_code == 0
    record = json.loads(CliRunner().invoke(cli, ["export", "json", "--db", str(db)]).output.splitlines()[0])
    assert sorted(f["text"] for f in record["figures"]) == ["Over 300 deltakere ventes", "over 300 besøkende"]
