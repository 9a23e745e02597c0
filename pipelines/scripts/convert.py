"""Convert the shared IOB2 NER corpora into spaCy DocBin files with one label scheme.

Usage:
    python scripts/convert.py DATA_DIR OUTPUT.spacy --split train --lang sv \
        --corpus swedish-ner-corpus --corpus uner-sv-talbanken [--weight norne-nob=0.5 --weight swedish-ner-corpus=2]

DATA_DIR is the folder holding one sub-folder per corpus (``../shared/data/ner``);
nothing from it is copied into the repository: the DocBin is a build artefact.

Every corpus's labels are mapped onto PER / ORG / LOC (see ``LABEL_MAP`` and
docs/models.md); names of other kinds (products, events, derived words, MISC) become O,
because the UNER corpora leave them untagged and mixing both conventions would teach
the model contradictions.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo

LABEL_MAP = {
    "PER": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE_LOC": "LOC",  # NorNE: a place as a place
    "GPE_ORG": "ORG",  # NorNE: a place acting as an administration or team
    "person": "PER",  # WNUT17
    "location": "LOC",
    "corporation": "ORG",
    "group": "ORG",
}


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        token, tag = line.split("\t")
        current.append((token.replace("\u00ad", ""), tag))
    if current:
        sentences.append(current)
    return sentences


def map_tags(tags: list[str]) -> list[str]:
    """Map IOB2 tags onto the project's labels; unmapped entities become O."""
    out = []
    for tag in tags:
        if tag == "O":
            out.append("O")
            continue
        prefix, label = tag.split("-", 1)
        mapped = LABEL_MAP.get(label)
        out.append(f"{prefix}-{mapped}" if mapped else "O")
    # An I- after an O (its B- was dropped) cannot happen: B and I share a label.
    return out


def sentences_to_docs(nlp, sentences, per_doc: int) -> list[Doc]:
    docs = []
    for i in range(0, len(sentences), per_doc):
        group = sentences[i : i + per_doc]
        words = [tok for sent in group for tok, _ in sent]
        tags = [t for sent in group for t in map_tags([tag for _, tag in sent])]
        sent_starts = [j == 0 for sent in group for j in range(len(sent))]
        doc = Doc(nlp.vocab, words=words, sent_starts=sent_starts)
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
        docs.append(doc)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("output", type=Path)
    ap.add_argument("--split", choices=["train", "dev"], required=True)
    ap.add_argument("--lang", required=True)
    ap.add_argument("--corpus", action="append", required=True, help="corpus folder name; repeat")
    ap.add_argument(
        "--weight",
        action="append",
        default=[],
        help="CORPUS=FACTOR: keep this fraction of a corpus's sentences, or repeat it (2 = twice; train only)",
    )
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    weights = {k: float(v) for k, v in (w.split("=") for w in args.weight)}
    nlp = spacy.blank(args.lang)
    rng = random.Random(args.seed)
    db = DocBin(store_user_data=False)
    total = 0
    for name in args.corpus:
        path = args.data_dir / name / f"{args.split}.tsv"
        sentences = read_sentences(path)
        if name in weights:  # a fraction keeps part of a corpus; above 1 repeats it (oversampling)
            rng.shuffle(sentences)
            whole, part = divmod(weights[name], 1)
            sentences = sentences * int(whole) + sentences[: int(len(sentences) * part)]
        for doc in sentences_to_docs(nlp, sentences, args.per_doc):
            db.add(doc)
            total += len(doc.ents)
        print(f"{name}/{args.split}: {len(sentences)} sentences")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(args.output)
    print(f"wrote {args.output}: {len(db)} docs, {total} entities")


if __name__ == "__main__":
    main()
