"""The contact list from the ``contacts_export`` view (values already neutralised against
spreadsheet formulas there), as CSV, Excel or vCard."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator

import sqlite_utils

COLUMNS = ["name", "role", "organization", "phone", "email", "document"]


def contact_rows(db: sqlite_utils.Database) -> Iterator[dict]:
    yield from db.query(f"select {', '.join(COLUMNS)} from contacts_export")


def write_csv(db: sqlite_utils.Database, out, bom: bool = False) -> int:
    if bom:
        out.write("\ufeff")  # Excel reads UTF-8 without a BOM as a legacy code page
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    count = 0
    for row in contact_rows(db):
        writer.writerow(row)
        count += 1
    return count


def write_xlsx(db: sqlite_utils.Database, path: str) -> int:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("contacts")
    sheet.append(COLUMNS)
    count = 0
    for row in contact_rows(db):
        sheet.append([row[c] for c in COLUMNS])
        count += 1
    workbook.save(path)
    return count


def _vcard_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def write_vcf(db: sqlite_utils.Database, out) -> int:
    """vCard 3.0, one card per contact with a name (switchboards become ORG-only cards)."""
    count = 0
    for c in db.query("select contacts.*, documents.title as document from contacts "
                      "join documents on documents.id = contacts.document_id order by contacts.name"):
        name = c["name"] or c["organization"] or "Contact"
        parts = name.split()
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_vcard_escape(name)}",
                 f"N:{_vcard_escape(parts[-1])};{_vcard_escape(' '.join(parts[:-1]))};;;" if c["name"] else "N:;;;;"]
        if c["organization"]:
            lines.append(f"ORG:{_vcard_escape(c['organization'])}")
        if c["role"]:
            lines.append(f"TITLE:{_vcard_escape(c['role'])}")
        for phone in json.loads(c["phones"]):
            lines.append(f"TEL;TYPE=WORK,VOICE:{phone}")
        for email in json.loads(c["emails"]):
            lines.append(f"EMAIL;TYPE=INTERNET:{email}")
        if c["document"]:
            lines.append(f"NOTE:{_vcard_escape('From: ' + c['document'])}")
        lines.append("END:VCARD")
        out.write("\r\n".join(lines) + "\r\n")
        count += 1
    return count
