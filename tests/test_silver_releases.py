"""Silver NER data from our gold releases (`pipelines/scripts/releases.py`): what it marks and what it leaves open."""

from __future__ import annotations

import json
import subprocess
import sys
import zlib
from pathlib import Path

import spacy
from spacy.tokens import DocBin

SCRIPT = Path(__file__).resolve().parents[1] / "pipelines" / "scripts" / "releases.py"


def test_a_municipality_named_as_a_site_is_left_unannotated(tmp_path):
    (tmp_path / "releases").mkdir()
    (tmp_path / "annotations").mkdir()
    # (an id whose CRC puts it in the training four fifths)
    doc_id = next(f"sv_{i}" for i in range(100) if zlib.crc32(f"sv_{i}".encode()) % 5)
    text = ("Nytt sågverk\n\nLjusnan Timber AB bygger ett sågverk i Ljusdals kommun. Ljusdals kommun har beviljat "
            "bygglov, säger Anna Berg.\n")
    (tmp_path / "releases" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    gold = {"id": doc_id, "language": "sv", "persons": ["Anna Berg"],
            "organizations": ["Ljusnan Timber AB", "Ljusdals kommun"], "locations": []}
    (tmp_path / "annotations" / f"{doc_id}.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "silver.spacy"
    done = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path), str(out), "--lang", "sv", "--gold-lang", "sv"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("sv").vocab))
    ents = [(e.text, e.label_) for d in docs for e in d.ents]
    assert ("Ljusdals kommun", "ORG") in ents and ("Ljusnan Timber AB", "ORG") in ents and ("Anna Berg", "PER") in ents
    site = next(d for d in docs if "sågverk i Ljusdals" in d.text)
    at = site.text.index("i Ljusdals kommun") + 2
    tokens = [t for t in site if at <= t.idx < at + len("Ljusdals kommun")]
    assert tokens and all(t.ent_iob_ == "" for t in tokens)  # missing: neither the body nor "no entity"
    acting = next(d for d in docs if "Ljusdals kommun har" in d.text)
    assert [(e.text, e.label_) for e in acting.ents if e.text == "Ljusdals kommun"] == [("Ljusdals kommun", "ORG")]
