"""Write the raw text of the shared corpora's *train* splits as JSONL for `spacy pretrain`.

Usage:
    python scripts/raw_text.py DATA_DIR corpus/en/raw.jsonl --corpus uner-en-ewt --corpus wikigold ...

Only train.tsv files are read (never a dev split); labels are ignored. Tokens are joined
with single spaces, as scripts/convert.py does for the NER DocBins, and sentences are
grouped a few at a time into one JSONL line {"text": ...}.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def read_sentences(path: Path) -> list[list[str]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append(line.split("\t")[0].replace("\u00ad", ""))
    if cur:
        sents.append(cur)
    return sents


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("output", type=Path)
    ap.add_argument("--corpus", action="append", required=True)
    ap.add_argument("--per-doc", type=int, default=5)
    args = ap.parse_args()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    n_docs = n_words = 0
    with args.output.open("w", encoding="utf-8") as out:
        for name in args.corpus:
            sents = read_sentences(args.data_dir / name / "train.tsv")
            for i in range(0, len(sents), args.per_doc):
                words = [w for s in sents[i : i + args.per_doc] for w in s]
                out.write(json.dumps({"text": " ".join(words)}, ensure_ascii=False) + "\n")
                n_docs += 1
                n_words += len(words)
    print(f"wrote {args.output}: {n_docs} docs, {n_words} words")


if __name__ == "__main__":
    main()
