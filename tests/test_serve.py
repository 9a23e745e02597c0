"""`extractor serve` answers over HTTP: tables, canned queries, streamed CSV."""

from __future__ import annotations

import csv
import io
import json
import time

import pytest
from conftest import get, serving

QUERIES = ["contacts_by_organization", "people_quoted", "organizations_by_releases", "people_and_roles",
           "release_knowledge",
           "figures_by_unit", "organizations_together", "releases_per_language"]


@pytest.fixture(scope="module")
def server(seeds_db):
    with serving(seeds_db) as base:
        yield base


def test_tables_and_metadata(server):
    data = json.loads(get(server + ".json"))
    tables = {t["name"] for t in data["tables"]}
    assert {"documents", "entities", "mentions", "contacts", "figures", "quotes", "affiliations"} <= tables
    assert {v["name"] for v in data["views"]} >= {"contacts_export"}
    home = get(server.rsplit("/", 1)[0] + "/").decode()
    assert "Press releases knowledge base" in home


def test_canned_queries(server):
    for name in QUERIES:
        url = f"{server}/{name}.json?_shape=array&organization=2050&unit=&id=1"
        rows = json.loads(get(url))
        assert isinstance(rows, list), name
    release = json.loads(get(f"{server}/release_knowledge.json?_shape=array&id=1"))
    assert {"entity", "contact", "quote"} <= {r["kind"] for r in release}
    quoted = json.loads(get(f"{server}/people_quoted.json?_shape=array"))
    assert "Bernt Svensén" in {r["speaker"] for r in quoted}


def test_contacts_export_csv_streams_all_rows(server):
    body = get(f"{server}/contacts_export.csv?_stream=on&_size=max").decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == 5
    assert {"name", "role", "organization", "phone", "email", "document"} <= rows[0].keys()


def test_stopping_serve_stops_the_server(seeds_db):
    with serving(seeds_db) as base:
        assert get(base + ".json")
    # nothing is left listening (Datasette used to outlive `extractor serve`); a loaded machine may take a
    # moment to close the socket, a server that outlived serve would still answer after ten seconds
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            get(base + ".json")
        except OSError:
            break
        time.sleep(0.2)
    with pytest.raises(OSError):
        get(base + ".json")
