"""`pipelines/scripts/convert.py`: the shared IOB2 corpora to DocBin, on tiny corpora written here (fast)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

PIPELINES = Path(__file__).resolve().parents[1] / "pipelines"


def step(*args: str | Path) -> None:
    result = subprocess.run([sys.executable, *map(str, args)], cwd=PIPELINES, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mention_replacement_adds_copies_with_other_names_of_the_same_label(tmp_path):
    """`convert.py --replace`: mention replacement for training data augmentation."""
    data = tmp_path / "data" / "tiny"
    data.mkdir(parents=True)
    (data / "train.tsv").write_text(
        "Anna\tB-PER\nBerg\tI-PER\nworks\tO\nat\tO\nAcme\tB-ORG\nin\tO\nOslo\tB-LOC\n.\tO\n\n"
        "Lars\tB-PER\nvisited\tO\nBergen\tB-LOC\nfor\tO\nNordic\tB-ORG\nPower\tI-ORG\n.\tO\n\n"
        "Nothing\tO\nhere\tO\n.\tO\n",
        encoding="utf-8",
    )
    out = tmp_path / "train.spacy"
    step("scripts/convert.py", tmp_path / "data", out, "--split", "train", "--lang", "en", "--corpus", "tiny",
         "--replace", "tiny=3", "--per-doc", "1")
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("en").vocab))
    assert len(docs) == 3 + 3 * 2  # the sentences, and three copies of the two with names
    names = {label: {e.text for d in docs for e in d.ents if e.label_ == label} for label in ("PER", "ORG", "LOC")}
    assert names == {"PER": {"Anna Berg", "Lars"}, "ORG": {"Acme", "Nordic Power"}, "LOC": {"Oslo", "Bergen"}}
    contexts = {" ".join(t.text for t in d if not t.ent_type_) for d in docs}
    assert contexts == {"works at in .", "visited for .", "Nothing here ."}
