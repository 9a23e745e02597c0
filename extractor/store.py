"""The SQLite knowledge base, written with sqlite-utils.

One transaction per batch of documents (each document's old rows replaced, one insert
per table, entity counts updated once), so an interrupted run leaves every document
either fully stored or not at all.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from extractor.records import Extraction, SourceDocument

CHILD_TABLES = ("mentions", "contacts", "figures", "quotes", "affiliations")

CONTACTS_EXPORT_SQL = """
select
  {name} as name, {role} as role, {organization} as organization,
  {phone} as phone, {email} as email, {document} as document, contacts.document_id as document_id
from contacts join documents on documents.id = contacts.document_id
order by contacts.organization, contacts.name
"""


def _neutralised(expr: str) -> str:
    # A spreadsheet runs a cell that starts with = + - @ as a formula: prefix a quote.
    return f"case when substr({expr}, 1, 1) in ('=', '+', '-', '@') then '''' || {expr} else {expr} end"


def open_db(path: str) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    db.execute("pragma journal_mode=wal")
    db.execute("pragma synchronous=normal")  # WAL stays consistent after a crash; commits skip an fsync each
    db.execute("pragma foreign_keys=on")
    db.execute("pragma busy_timeout=30000")
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    if "documents" in db.table_names():
        return
    db["documents"].create(
        {
            "id": int, "path": str, "sha256": str, "size": int, "title": str, "language": str,
            "language_variant": str, "language_probability": float, "published": str, "text": str,
            "status": str, "error": str, "pipeline_version": str, "model": str, "word_count": int,
            "ingested_at": str,
        },
        pk="id",
        not_null={"path", "status"},
    )
    db["documents"].create_index(["path"], unique=True)
    db["documents"].create_index(["sha256"])
    db["entities"].create(
        {"id": int, "label": str, "name": str, "key": str, "aliases": str, "document_count": int,
         "mention_count": int},
        pk="id",
    )
    db["entities"].create_index(["label", "key"], unique=True)
    db["mentions"].create(
        {"id": int, "document_id": int, "entity_id": int, "start": int, "end": int, "text": str, "source": str},
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("entity_id", "entities", "id")],
    )
    db["contacts"].create(
        {"id": int, "document_id": int, "name": str, "role": str, "organization": str, "phones": str,
         "emails": str, "person_id": int, "organization_id": int, "start": int, "end": int},
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("person_id", "entities", "id"),
                      ("organization_id", "entities", "id")],
    )
    db["figures"].create(
        {"id": int, "document_id": int, "text": str, "value": float, "unit": str, "qualifier": str,
         "approx": int, "sentence": str, "start": int, "end": int},
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["quotes"].create(
        {"id": int, "document_id": int, "speaker": str, "role": str, "organization": str, "text": str,
         "speaker_id": int, "organization_id": int, "start": int, "end": int},
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("speaker_id", "entities", "id"),
                      ("organization_id", "entities", "id")],
    )
    db["affiliations"].create(
        {"id": int, "person_id": int, "organization_id": int, "role": str, "document_id": int, "source": str},
        pk="id",
        foreign_keys=[("person_id", "entities", "id"), ("organization_id", "entities", "id"),
                      ("document_id", "documents", "id")],
    )
    for table in CHILD_TABLES:
        db[table].create_index(["document_id"])
    db["mentions"].create_index(["entity_id"])
    # Trigram tokenizer: Scandinavian compounds are one word, so "gasprod" must find
    # "Vätgasproduktionen"; trigram matches any substring of three characters or more.
    db["documents"].enable_fts(["title", "text"], create_triggers=True, tokenize="trigram")
    db["entities"].enable_fts(["name", "aliases"], create_triggers=True, tokenize="trigram")
    document = "coalesce(documents.title, documents.path)"
    db.create_view(
        "contacts_export",
        CONTACTS_EXPORT_SQL.format(
            name=_neutralised("contacts.name"),
            role=_neutralised("contacts.role"),
            organization=_neutralised("contacts.organization"),
            phone=_neutralised("(select group_concat(value, '; ') from json_each(contacts.phones))"),
            email=_neutralised("(select group_concat(value, '; ') from json_each(contacts.emails))"),
            document=_neutralised(document),
        ),
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _entity_key(name: str) -> str:
    # "Baltic Grid Partners Ltd." at a sentence's end is the "Baltic Grid Partners Ltd" of the contact line
    return " ".join(name.casefold().split()).rstrip(".")


def _shouted(label: str, name: str) -> bool:
    """A name in capitals that prose would not write so: a place ("CANADA") or several words ("NORDKRAFT AS");
    one word of another label may be an acronym ("SINTEF")."""
    return name.isupper() and len(name) > 3 and (label == "LOC" or " " in name)


class Store:
    """Writes documents and their extractions; one instance per run (a single writer)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._entity_ids: dict[tuple[str, str], int] = {}
        self._aliases: dict[int, tuple[str, list[str]]] = {}
        self._names: dict[int, str] = {}

    def known(self, path: str) -> dict | None:
        rows = list(self.db.query(
            "select id, sha256, pipeline_version, status from documents where path = ?", [path]))
        return rows[0] if rows else None

    def moved_from(self, sha256: str, version: str) -> dict | None:
        """A stored document with this content whose file is gone: the file was moved or renamed."""
        for row in self.db.query(
            "select id, path from documents where sha256 = ? and pipeline_version = ? and status = 'ok'",
            [sha256, version],
        ):
            if not Path(row["path"]).exists():
                return row
        return None

    def move(self, document_id: int, path: str) -> None:
        with self.db.atomic():
            self.db["documents"].update(document_id, {"path": path, "ingested_at": _now()})

    def entity_id(self, label: str, name: str, alias: str | None = None) -> int:
        key = (label, _entity_key(name))
        entity_id = self._entity_ids.get(key)
        if entity_id is None:
            rows = list(self.db.query("select id, name from entities where label = ? and key = ?", key))
            if rows:
                entity_id = rows[0]["id"]
                self._names[entity_id] = rows[0]["name"]
            else:
                entity_id = self._insert_rows("entities", [
                    {"label": label, "name": name, "key": key[1], "aliases": "[]", "document_count": 0,
                     "mention_count": 0}
                ])
                self._names[entity_id] = name
            self._entity_ids[key] = entity_id
        if _shouted(label, self._names[entity_id]) and not _shouted(label, name):
            # "CANADA" of a dateline read first: the entity is named as prose writes it ("Canada")
            self._names[entity_id] = name
            self.db.execute("update entities set name = ? where id = ?", [name, entity_id])
            if entity_id in self._aliases:
                self._aliases[entity_id] = (name, self._aliases[entity_id][1])
        if alias:
            if entity_id not in self._aliases:
                row = self.db["entities"].get(entity_id)
                self._aliases[entity_id] = (row["name"], json.loads(row["aliases"] or "[]"))
            name, aliases = self._aliases[entity_id]
            if alias not in aliases and alias != name:
                aliases.append(alias)
                self.db.execute("update entities set aliases = ? where id = ?",
                                [json.dumps(aliases, ensure_ascii=False), entity_id])
        return entity_id

    def _clear(self, document_id: int) -> set[int]:
        affected = {r["entity_id"] for r in self.db.query(
            "select distinct entity_id from mentions where document_id = ?", [document_id])}
        for table in CHILD_TABLES:
            self.db.execute(f"delete from {table} where document_id = ?", [document_id])
        return affected

    def _document_row(self, source: SourceDocument, sha256: str, size: int, version: str) -> dict:
        return {
            "path": source.path, "sha256": sha256, "size": size, "title": source.title,
            "published": source.published, "text": source.text, "pipeline_version": version,
            "word_count": len(source.text.split()), "ingested_at": _now(),
        }

    def save_many(self, items: list[tuple[SourceDocument, str, int, str, Extraction]]) -> list[int]:
        """Store analysed documents in one transaction, one multi-row insert per table.

        Each document's old rows are replaced; entity counts are recounted once for the batch.
        New documents go in with one multi-row insert too (a row at a time, sqlite-utils looks the
        table up again for each: half of the writing time), their ids read back by path.
        """
        rows: dict[str, list[dict]] = {table: [] for table in CHILD_TABLES}
        affected: set[int] = set()
        with self.db.atomic():
            ids: dict[str, int] = {}
            new_rows = []
            for source, sha256, size, version, extraction in items:
                row = self._analysed_row(source, sha256, size, version, extraction)
                existing = self.known(row["path"])
                if existing:
                    affected |= self._clear(existing["id"])
                    self.db["documents"].update(existing["id"], row)
                    ids[row["path"]] = existing["id"]
                else:
                    new_rows.append(row)
            if new_rows:
                self._insert_rows("documents", new_rows)
                paths = [row["path"] for row in new_rows]
                marks = ",".join("?" * len(paths))
                ids.update((r["path"], r["id"]) for r in self.db.query(
                    f"select id, path from documents where path in ({marks})", paths))
            for source, _, _, _, extraction in items:
                self._child_rows(ids[source.path], extraction, rows, affected)
            for table in CHILD_TABLES:
                self._insert_rows(table, rows[table])
            self._recount(affected)
        return [ids[source.path] for source, *_ in items]

    def _insert_rows(self, table: str, rows: list[dict]) -> int | None:
        """Insert rows of one shape into a table the schema made; a single row's id.

        By hand rather than with sqlite-utils' ``insert_all``: the tables exist with their columns
        (``ensure_schema``), and its per-value checks and per-call table look-ups were a third of
        the ingest's writing time.
        """
        if not rows:
            return None
        columns = list(rows[0])
        names = ", ".join(f"[{c}]" for c in columns)
        marks = ", ".join("?" * len(columns))
        sql = f"insert into [{table}] ({names}) values ({marks})"
        if len(rows) == 1:
            return self.db.conn.execute(sql, [rows[0][c] for c in columns]).lastrowid
        self.db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])
        return None

    def _analysed_row(self, source: SourceDocument, sha256: str, size: int, version: str,
                      extraction: Extraction) -> dict:
        row = self._document_row(source, sha256, size, version)
        row.update(
            language=extraction.language, language_variant=extraction.language_variant,
            language_probability=extraction.language_probability, model=extraction.model,
            status="ok", error=None,
        )
        return row

    def _child_rows(self, document_id: int, extraction: Extraction, rows: dict[str, list[dict]],
                    affected: set[int]) -> None:
        for m in extraction.mentions:
            entity = self.entity_id(m.label, m.name, m.text if m.text != m.name else None)
            affected.add(entity)
            rows["mentions"].append({"document_id": document_id, "entity_id": entity, "start": m.start,
                                     "end": m.end, "text": m.text, "source": m.source})
        affiliations = []
        for c in extraction.contacts:
            person = self.entity_id("PER", c.name) if c.name else None
            org = self.entity_id("ORG", c.organization) if c.organization else None
            rows["contacts"].append({"document_id": document_id, "name": c.name, "role": c.role,
                                     "organization": c.organization, "phones": json.dumps(c.phones),
                                     "emails": json.dumps(c.emails), "person_id": person,
                                     "organization_id": org, "start": c.start, "end": c.end})
            if person and (org or c.role):
                affiliations.append({"person_id": person, "organization_id": org, "role": c.role,
                                     "document_id": document_id, "source": "contact"})
        for q in extraction.quotes:
            person = self.entity_id("PER", q.speaker)
            org = self.entity_id("ORG", q.organization) if q.organization else None
            rows["quotes"].append({"document_id": document_id, "speaker": q.speaker, "role": q.role,
                                   "organization": q.organization, "text": q.text, "speaker_id": person,
                                   "organization_id": org, "start": q.start, "end": q.end})
            if org or q.role:
                affiliations.append({"person_id": person, "organization_id": org, "role": q.role,
                                     "document_id": document_id, "source": "quote"})
        rows["figures"].extend(
            {"document_id": document_id, "text": f.text, "value": f.value, "unit": f.unit,
             "qualifier": f.qualifier, "approx": int(f.approx), "sentence": f.sentence,
             "start": f.start, "end": f.end}
            for f in extraction.figures
        )
        unique = {(a["person_id"], a["organization_id"], a["role"]): a for a in affiliations}
        rows["affiliations"].extend(unique.values())

    def save_error(self, path: str, sha256: str | None, size: int | None, version: str, error: str) -> int:
        with self.db.atomic():
            row = {"path": path, "sha256": sha256, "size": size, "status": "error", "error": error,
                   "pipeline_version": version, "ingested_at": _now()}
            existing = self.known(path)
            if existing:
                affected = self._clear(existing["id"])
                self.db["documents"].update(existing["id"], row)
                self._recount(affected)
                return existing["id"]
            return self.db["documents"].insert(row).last_pk

    def _recount(self, entity_ids: set[int]) -> None:
        if not entity_ids:
            return
        marks = ",".join("?" * len(entity_ids))
        self.db.execute(
            "update entities set mention_count = (select count(*) from mentions where entity_id = entities.id), "
            "document_count = (select count(distinct document_id) from mentions where entity_id = entities.id) "
            f"where id in ({marks})",
            list(entity_ids),
        )

    def prune_entities(self) -> int:
        """Drop entities nothing refers to any more (after documents changed)."""
        with self.db.atomic():
            cursor = self.db.execute(
                "delete from entities where id not in (select entity_id from mentions) "
                "and id not in (select person_id from contacts where person_id is not null) "
                "and id not in (select organization_id from contacts where organization_id is not null) "
                "and id not in (select speaker_id from quotes) "
                "and id not in (select organization_id from quotes where organization_id is not null) "
                "and id not in (select person_id from affiliations) "
                "and id not in (select organization_id from affiliations where organization_id is not null)"
            )
        self._entity_ids.clear()
        self._aliases.clear()
        return cursor.rowcount
