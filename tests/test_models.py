"""The bundled pipelines: listed by `extractor models --json`, loadable, and finding entities."""

from __future__ import annotations

import json

import pytest
import spacy
from click.testing import CliRunner

from extractor.cli import cli

SENTENCES = {
    "sv": ("Anna Lindqvist är vd för Volvo Cars i Göteborg.", {("Anna Lindqvist", "PER"), ("Göteborg", "LOC")}),
    "no": ("Statsminister Jonas Gahr Støre besøkte Equinor i Stavanger.", {("Jonas Gahr Støre", "PER"),
                                                                            ("Stavanger", "LOC")}),
    "en": ("Satya Nadella said Microsoft will open an office in London.", {("Satya Nadella", "PER"),
                                                                           ("London", "LOC")}),
}
LABELS = {"PER": "PER", "PERSON": "PER", "PRS": "PER", "LOC": "LOC", "GPE": "LOC", "GPE_LOC": "LOC"}


def models_json():
    result = CliRunner().invoke(cli, ["models", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_models_json_shape():
    rows = models_json()
    assert {r["language"] for r in rows} == {"sv", "no", "en"}
    for row in rows:
        assert {"language", "name", "source", "path"} <= row.keys()
        assert row["source"] in {"bundled", "installed", "user"}


@pytest.mark.parametrize("language", ["sv", "no", "en"])
def test_pipeline_loads_from_path_and_finds_obvious_entities(language):
    row = next(r for r in models_json() if r["language"] == language and r["selected"])
    nlp = spacy.load(row["path"] or row["name"])
    text, expected = SENTENCES[language]
    found = {(e.text, LABELS.get(e.label_, e.label_)) for e in nlp(text).ents}
    assert expected <= found, found
