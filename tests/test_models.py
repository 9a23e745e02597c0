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


def test_an_installed_official_pipeline_is_chosen_unless_the_bundled_one_is_asked_for(tmp_path, monkeypatch):
    # a stand-in for an installed en_core_web_sm: an importable package holding a pipeline folder
    package = tmp_path / "en_core_web_sm"
    (package / "en_core_web_sm-3.8.0").mkdir(parents=True)
    spacy.blank("en").to_disk(package / "en_core_web_sm-3.8.0")
    (package / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    selected = {r["language"]: r for r in models_json() if r["selected"]}
    assert (selected["en"]["name"], selected["en"]["source"]) == ("en_core_web_sm", "installed")
    result = CliRunner().invoke(cli, ["models", "--json", "--model", "en=bundled"])
    assert result.exit_code == 0, result.output
    chosen = next(r for r in json.loads(result.output) if r["language"] == "en" and r["selected"])
    assert chosen["source"] == "bundled" and chosen["path"].endswith("models/en")
