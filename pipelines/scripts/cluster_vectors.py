"""Static word vectors from the Brown clusters in ``spacy-lookups-data`` (English).

Usage: python scripts/cluster_vectors.py OUTPUT_DIR [--lang en] [--source en] [--names-only] [--width 64]

No pretrained vectors can be installed here, but the ``spacy-lookups-data`` package (on
PyPI, MIT) carries the Brown clusters of spaCy v2's English pipelines: 1,000 word classes
over about 190,000 words, learnt from a large web corpus. Words of one class are used
alike ("Oslo" and "Stockholm" share one), which tells the NER model something about
names it never saw in its small training sets.

Each class becomes one row; a row is the sum of a fixed random vector per prefix of the
class's path in the cluster tree (the low bits of the id are the path from the root), so
classes close in the tree get close vectors. Words map to their class's row, so the table
is small (1,000 rows) and the pipeline's ``StaticVectors`` layer learns the projection.
Needs ``pip install spacy-lookups-data`` (only for these experiments; see docs/models.md).
The output is a spaCy pipeline directory for ``[initialize] vectors``. ``--names-only``
keeps capitalised words only: the English table's classes of names ("Stockholm",
"Ingrid", "Skanska") for a pipeline in another language, without its English common words.
"""

from __future__ import annotations

import argparse
import gzip
import json
from importlib import resources

import numpy
import spacy
from spacy.strings import hash_string
from spacy.vectors import Vectors

PREFIXES = (2, 4, 6, 8, 10, 12, 14, 16)


def path_bits(cluster: int) -> str:
    """The class's path from the root: the id's bits below its leading 1, lowest first."""
    return bin(cluster)[3:][::-1]


def row_vector(bits: str, width: int, seed: int) -> numpy.ndarray:
    vector = numpy.zeros(width, dtype="float32")
    for length in (*PREFIXES, len(bits)):
        if length > len(bits):
            continue
        rng = numpy.random.default_rng([seed, length, int("1" + bits[:length], 2)])
        vector += rng.standard_normal(width).astype("float32")
    return vector / numpy.linalg.norm(vector)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output")
    parser.add_argument("--lang", default="en", help="language of the output pipeline")
    parser.add_argument("--source", default="en", help="language of the cluster table")
    parser.add_argument("--names-only", action="store_true")
    parser.add_argument("--width", type=int, default=64)
    parser.add_argument("--seed", type=int, default=1234)
    args = parser.parse_args()

    data = resources.files("spacy_lookups_data") / "data" / f"{args.source}_lexeme_cluster.json.gz"
    with gzip.open(data.open("rb"), "rt", encoding="utf-8") as handle:
        clusters: dict[str, int] = {
            word: c for word, c in json.load(handle).items() if c and (not args.names_only or word[:1].isupper())
        }
    if not args.names_only:
        # A sentence-initial "Reviews" the table lacks takes the class of "reviews".
        for word, cluster in list(clusters.items()):
            clusters.setdefault(word.title(), cluster)

    ids = sorted(set(clusters.values()))
    rows = {c: i for i, c in enumerate(ids)}
    table = numpy.stack([row_vector(path_bits(c), args.width, args.seed) for c in ids])
    nlp = spacy.blank(args.lang)
    vectors = Vectors(data=table, name=f"{args.source}_brown_clusters")
    for word, cluster in clusters.items():
        vectors.add(hash_string(word), row=rows[cluster])  # by hash: the words need not be stored as strings
    nlp.vocab.vectors = vectors
    nlp.to_disk(args.output)
    print(f"{len(clusters)} words, {len(ids)} classes, width {args.width} -> {args.output}")


if __name__ == "__main__":
    main()
