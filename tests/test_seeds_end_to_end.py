"""The CLI end to end on the shared seed releases, scored with the shared scorer."""

from __future__ import annotations

from conftest import SEED_GOLD, read_jsonl, score


def test_export_has_the_scorer_shape(seeds_jsonl):
    records = read_jsonl(seeds_jsonl)
    assert len(records) == 5
    for record in records:
        assert {"id", "path", "language", "title", "persons", "organizations", "locations", "contacts", "figures",
                "quotes"} <= record.keys()
        for contact in record["contacts"]:
            assert {"name", "role", "organization", "phones", "emails"} <= contact.keys()
            assert all(phone.startswith("+") for phone in contact["phones"])
        for figure in record["figures"]:
            assert {"text", "value", "unit"} <= figure.keys()
        for quote in record["quotes"]:
            assert {"speaker", "role", "organization", "text"} <= quote.keys()


def test_seed_scores(seeds_jsonl):
    scores = score(SEED_GOLD, seeds_jsonl)
    print(scores["_table"])
    assert scores["language"] == 1.0
    assert scores["contacts"] == 1.0
    for field in ("contact.name", "contact.phones", "contact.emails", "contact.organization", "contact.role"):
        assert scores[field] == 1.0, field
    assert scores["figures"] >= 0.9
    assert scores["quotes"] >= 0.9
    assert scores["overall"] >= 0.90
