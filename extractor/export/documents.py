"""One JSON object per document, the shape ``../shared/tools/score_extraction.py`` reads.

``id`` is the file stem (what the gold files are named by); ``document_id`` is the row id.
Figures are distinct facts: the same value and unit stated twice is listed once (counts once per
thing counted: "fire sengeposter" and "fire undersøkelsesrom" are two). Quotes
are one entry per speaker, with every statement of that speaker joined in ``text``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from extractor.extract.numbers import APPROX_WORDS, NUMBER_WORDS

LABEL_KEYS = {"PER": "persons", "ORG": "organizations", "LOC": "locations"}


def document_records(db: sqlite_utils.Database) -> Iterator[dict]:
    for doc in db.query("select * from documents where status = 'ok' order by path"):
        record = {
            "id": Path(doc["path"]).stem, "document_id": doc["id"], "path": doc["path"],
            "language": doc["language"], "language_variant": doc["language_variant"],
            "language_probability": doc["language_probability"], "title": doc["title"],
            "published": doc["published"], "persons": [], "organizations": [], "locations": [],
        }
        for row in db.query(
            "select entities.label, entities.name, min(mentions.start) as first from mentions "
            "join entities on entities.id = mentions.entity_id where mentions.document_id = ? "
            "group by entities.id order by first", [doc["id"]]
        ):
            record[LABEL_KEYS[row["label"]]].append(row["name"])
        record["contacts"] = [
            {"name": c["name"], "role": c["role"], "organization": c["organization"],
             "phones": json.loads(c["phones"]), "emails": json.loads(c["emails"])}
            for c in db.query("select * from contacts where document_id = ? order by start", [doc["id"]])
        ]
        figures, seen = [], []
        for f in db.query("select * from figures where document_id = ? order by start", [doc["id"]]):
            key = _figure_key(f)
            if any(_same_figure(key, other) for other in seen):
                continue
            seen.append(key)
            figure = {"text": f["text"], "value": f["value"], "unit": f["unit"]}
            if f["qualifier"]:
                figure["qualifier"] = f["qualifier"]
            if f["approx"]:
                figure["approx"] = True
            figures.append(figure)
        record["figures"] = figures
        quotes: dict[str, dict] = {}
        for q in db.query("select * from quotes where document_id = ? order by start", [doc["id"]]):
            merged = quotes.setdefault(q["speaker"], {"speaker": q["speaker"], "role": None, "organization": None,
                                                       "text": ""})
            merged["role"] = merged["role"] or q["role"]
            merged["organization"] = merged["organization"] or q["organization"]
            merged["text"] = (merged["text"] + "\n" + q["text"]).strip()
        record["quotes"] = list(quotes.values())
        yield record


def write_jsonl(db: sqlite_utils.Database, out) -> int:
    count = 0
    for record in document_records(db):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


_NUMBER_WORDS = {w for table in (*NUMBER_WORDS.values(), *APPROX_WORDS.values()) for w in table}


def _figure_key(figure: dict) -> tuple:
    """Value, unit and, for a count, the stems of the words it counts."""
    if figure["unit"] != "count":
        return figure["value"], figure["unit"], frozenset()
    words = re.findall(r"\d+|[^\W\d_]+", figure["text"].casefold())
    numbers = [i for i, w in enumerate(words) if w[0].isdigit() or w in _NUMBER_WORDS]
    # the words after the number (not "over", "cirka"), else those before it ("Bruksforbud: 312")
    counted = (words[numbers[-1] + 1 :] or words[: numbers[0]]) if numbers else words
    return figure["value"], figure["unit"], frozenset(w[:5] for w in counted if len(w) >= 3)


def _same_figure(key: tuple, other: tuple) -> bool:
    """One figure a release repeats (headline, lead, quote) is listed once ("Over 300 deltakere ventes", "over
    300 deltakere"); two counts of the same size but of different things ("fire sengeposter", "fire
    undersøkelsesrom") are two: counts are the same where they share a word, or neither names a thing."""
    if key[:2] != other[:2]:
        return False
    return key[1] != "count" or key[2] == other[2] or bool(key[2] & other[2])
