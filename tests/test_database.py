"""What the knowledge base holds after an ingest: tables, keys, offsets, search."""

from __future__ import annotations

import sqlite_utils


def test_tables_view_and_foreign_keys(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    assert {"documents", "entities", "mentions", "contacts", "figures", "quotes", "affiliations"} <= set(
        db.table_names())
    assert "contacts_export" in db.view_names()
    fks = {(fk.column, fk.other_table) for fk in db["mentions"].foreign_keys}
    assert fks == {("document_id", "documents"), ("entity_id", "entities")}
    assert db.execute("pragma foreign_key_check").fetchall() == []


def test_documents_rows(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    rows = list(db["documents"].rows)
    assert len(rows) == 5
    for row in rows:
        assert row["status"] == "ok" and row["error"] is None
        assert len(row["sha256"]) == 64
        assert row["language"] in {"sv", "no"}
        assert 0.5 < row["language_probability"] <= 1.0
        assert row["pipeline_version"]


def test_every_item_points_into_its_text(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    texts = {row["id"]: row["text"] for row in db["documents"].rows}
    for mention in db["mentions"].rows:
        assert texts[mention["document_id"]][mention["start"]:mention["end"]] == mention["text"]
    for table in ("figures", "quotes", "contacts"):
        for row in db[table].rows:
            assert 0 <= row["start"] < row["end"] <= len(texts[row["document_id"]])
    for figure in db["figures"].rows:
        assert texts[figure["document_id"]][figure["start"]:figure["end"]] == figure["text"]


def test_entities_are_merged_with_counts(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    rows = list(db.query("select * from entities where label = 'LOC' and name = 'Östergötland'"))
    assert len(rows) == 1
    assert rows[0]["document_count"] >= 2
    assert rows[0]["mention_count"] >= rows[0]["document_count"]
    persons = {r["name"] for r in db.query("select name from entities where label = 'PER'")}
    assert {"John Askling", "Malin Forsgren", "Bernt Svensén", "Torbjørn Røe Isaksen"} <= persons


def test_full_text_search(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    hits = list(db["documents"].search("miljöteknikkluster"))
    assert [h["title"] for h in hits] == ["Cleantech Östergötland växlar upp"]
    # a part of a compound finds the compound ("teknikkluster" in "miljöteknikkluster")
    assert [h["title"] for h in db["documents"].search("teknikkluster")] == ["Cleantech Östergötland växlar upp"]
    assert {h["name"] for h in db["entities"].search("stergötland")} >= {"Östergötland", "Cleantech Östergötland"}


def test_a_name_with_and_without_a_sentences_full_stop_is_one_entity(tmp_path):
    from conftest import release_folder, run_cli

    folder = release_folder(tmp_path, release=(
        "Stromness Tidal Ltd wins a grant.\n\nThe funding goes to Stromness Tidal Ltd.\n\n"
        "Contact: Anna Flett, Stromness Tidal Ltd, +44 1856 555 012\n"))
    db_path = tmp_path / "x.db"
    run_cli("ingest", str(folder), "--db", str(db_path), "--language", "en")
    names = [row["name"] for row in sqlite_utils.Database(db_path)["entities"].rows_where("label = 'ORG'")]
    assert [n for n in names if n.startswith("Stromness Tidal")] == ["Stromness Tidal Ltd"]
