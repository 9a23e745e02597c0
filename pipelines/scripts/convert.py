"""Convert the shared IOB2 NER corpora into spaCy DocBin files with one label scheme.

Usage:
    python scripts/convert.py DATA_DIR OUTPUT.spacy --split train --lang sv \
        --corpus swedish-ner-corpus --corpus uner-sv-talbanken [--weight norne-nob=0.5 --weight swedish-ner-corpus=2]
        [--replace swedish-ner-corpus=2]

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


def mentions(sentence: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, label) token ranges of a sentence's mapped entities."""
    tags = map_tags([tag for _, tag in sentence])
    found: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-"):
            found.append((i, i + 1, tag[2:]))
        elif tag.startswith("I-") and found and found[-1][1] == i:
            found[-1] = (found[-1][0], i + 1, found[-1][2])
    return found


def replace_mentions(
    sentence: list[tuple[str, str]], pool: dict[str, list[list[str]]], rng: random.Random, p: float = 0.5
) -> list[tuple[str, str]]:
    """Mention replacement (Dai and Adel, 2020): each entity, with probability ``p``, becomes
    another mention of the same label from the training data, so the model sees each context
    with more names and leans less on the names it has memorised."""
    out: list[tuple[str, str]] = []
    last = 0
    for start, end, label in mentions(sentence):
        out.extend(sentence[last:start])
        if rng.random() < p and pool.get(label):
            words = rng.choice(pool[label])
        else:
            words = [tok for tok, _ in sentence[start:end]]
        out.extend((w, ("B-" if j == 0 else "I-") + label) for j, w in enumerate(words))
        last = end
    out.extend(sentence[last:])
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
    ap.add_argument(
        "--replace",
        action="append",
        default=[],
        help="CORPUS=K: add K copies of a corpus's sentences with their names swapped for other names of the "
        "same label from all the corpora given (mention replacement; train only)",
    )
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    weights = {k: float(v) for k, v in (w.split("=") for w in args.weight)}
    replace = {k: int(v) for k, v in (w.split("=") for w in args.replace)}
    nlp = spacy.blank(args.lang)
    rng = random.Random(args.seed)
    db = DocBin(store_user_data=False)
    total = 0
    read = {name: read_sentences(args.data_dir / name / f"{args.split}.tsv") for name in args.corpus}
    pool: dict[str, list[list[str]]] = {}
    for sentences in read.values():
        for sentence in sentences:
            for start, end, label in mentions(sentence):
                pool.setdefault(label, []).append([tok for tok, _ in sentence[start:end]])
    for name in args.corpus:
        sentences = read[name]
        if name in weights:  # a fraction keeps part of a corpus; above 1 repeats it (oversampling)
            rng.shuffle(sentences)
            whole, part = divmod(weights[name], 1)
            sentences = sentences * int(whole) + sentences[: int(len(sentences) * part)]
        if args.split == "train" and name in replace:
            named = [s for s in sentences if mentions(s)]
            sentences = sentences + [replace_mentions(s, pool, rng) for _ in range(replace[name]) for s in named]
        for doc in sentences_to_docs(nlp, sentences, args.per_doc):
            db.add(doc)
            total += len(doc.ents)
        print(f"{name}/{args.split}: {len(sentences)} sentences")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(args.output)
    print(f"wrote {args.output}: {len(db)} docs, {total} entities")


if __name__ == "__main__":
    main()
