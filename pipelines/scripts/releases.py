"""Silver NER training data from the project's own gold press releases.

Usage:
    python scripts/releases.py ../tests/gold OUTPUT.spacy --lang sv --gold-lang sv [--repeat 2]
        [--split train|heldout]

Each gold file (``annotations/<id>.json``) lists the people, organisations and places of its
release (``releases/<id>.txt``), each once, in its fullest form. Every occurrence of those names
in the text becomes an entity (PER / ORG / LOC), a genitive -s included where the language writes
it on the word. The gold files do not list short forms, so they are left *missing* rather than
marked as no entity: a capitalised word or acronym that is part of some listed name ("Moran" after
"Declan Moran", "Corrib" after "Corrib Medical Devices Ltd") or of an "ambiguous" item, and every
uncovered all-capitals word. A surname standing alone is a person. Every other word is outside any
entity, so the model also learns from the capitalised words of releases that are not names
(titles, headings, product names the gold files leave out).

No library aligns entity *lists* with text in this way (spaCy's aligners take character offsets),
hence the hand-written matching below.

A fixed fifth of the releases (by a CRC of the id) is held out: ``--split heldout`` writes those,
for measuring NER on releases the model never saw; ``--split train`` writes the rest.
"""

from __future__ import annotations

import argparse
import json
import re
import zlib
from pathlib import Path

import spacy
from spacy.tokens import DocBin, Span

LABELS = (("persons", "PER"), ("organizations", "ORG"), ("locations", "LOC"))


_MUNICIPALITY = re.compile(r"\s(?:kommun|kommune|herad)$")
_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:i|på)\s$")


def held_out(doc_id: str) -> bool:
    return zlib.crc32(doc_id.encode("utf-8")) % 5 == 0


def gold_names(gold: dict) -> list[tuple[str, str]]:
    names: dict[str, str] = {}
    for key, label in LABELS:
        for name in gold.get(key) or []:
            names.setdefault(name, label)
    for group in ("contacts", "quotes"):
        for item in gold.get(group) or []:
            org = item.get("organization")
            if org:
                names.setdefault(org, "ORG")
    return sorted(names.items(), key=lambda kv: -len(kv[0]))


def annotate(nlp, text: str, gold: dict, genitive: bool):
    doc = nlp.make_doc(text)
    names = gold_names(gold)
    taken = [False] * len(doc)
    spans: list[Span] = []
    unsure: list[Span] = []  # left unannotated (missing), neither an entity nor outside one
    suffix = r"(?:s|'s|’s)?" if genitive else ""

    def add(start: int, end: int, label: str, into: list[Span] = spans) -> None:
        span = doc.char_span(start, end, label=label, alignment_mode="strict")
        if span is None or any(taken[span.start : span.end]):
            return
        into.append(span)
        for i in range(span.start, span.end):
            taken[i] = True

    for name, label in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + suffix + r"(?!\w)", text):
            # "ett sågverk i Ljusdals kommun": the gold lists the municipality, but not whether this mention is the
            # body or the place where something is (the gold conventions differ): left unannotated
            site = label == "ORG" and _MUNICIPALITY.search(name) and _LOCATIVE_BEFORE.search(
                text, max(0, m.start() - 4), m.start())
            add(m.start(), m.end(), label, unsure if site else spans)
    # A surname on its own (the person was named in full before)
    surnames = {name.split()[-1] for name, label in names if label == "PER" and " " in name}
    for surname in surnames:
        for m in re.finditer(r"(?<!\w)" + re.escape(surname) + suffix + r"(?!\w)", text):
            add(m.start(), m.end(), "PER")
    # Words of listed names and ambiguous items seen alone may be short forms: missing
    name_words = {w for name, _ in names for w in re.findall(r"\w+", name)}
    for item in gold.get("ambiguous") or []:
        if isinstance(item, str):
            name_words.update(w for w in re.findall(r"\w+", item) if w[:1].isupper())
    missing = [
        Span(doc, i, i + 1)
        for i, tok in enumerate(doc)
        if not taken[i]
        and tok.text[:1].isupper()
        and (tok.text.rstrip("s") in name_words or tok.text in name_words or (tok.is_upper and len(tok) > 1))
    ]
    doc.set_ents(spans, missing=missing + unsure, default="outside")
    return doc


def paragraphs(doc):
    """Split a release into its paragraphs (shorter training examples shuffle better)."""
    start = 0
    for i, tok in enumerate(doc):
        if "\n\n" in tok.text_with_ws:
            if i + 1 > start:
                yield doc[start : i + 1].as_doc()
            start = i + 1
    if start < len(doc):
        yield doc[start:].as_doc()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path, help="folder with annotations/ and releases/")
    ap.add_argument("output", type=Path)
    ap.add_argument("--lang", required=True, help="spaCy language of the tokenizer (sv, nb, en)")
    ap.add_argument("--gold-lang", action="append", required=True, help="gold id prefix to use (sv, no, nn, en)")
    ap.add_argument("--split", choices=["train", "heldout"], default="train")
    ap.add_argument("--repeat", type=int, default=1, help="write the training releases this many times")
    args = ap.parse_args()

    nlp = spacy.blank(args.lang)
    genitive = args.lang != "en"
    db = DocBin(store_user_data=False)
    n_releases = n_ents = 0
    for path in sorted((args.gold_dir / "annotations").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold.get("id") or path.stem
        if doc_id.split("_")[0] not in args.gold_lang:
            continue
        if held_out(doc_id) != (args.split == "heldout"):
            continue
        text_path = args.gold_dir / "releases" / f"{path.stem}.txt"
        if not text_path.exists():
            continue
        doc = annotate(nlp, text_path.read_text(encoding="utf-8"), gold, genitive)
        n_releases += 1
        n_ents += len(doc.ents)
        for part in paragraphs(doc):
            for _ in range(args.repeat if args.split == "train" else 1):
                db.add(part)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(args.output)
    print(f"wrote {args.output}: {n_releases} releases, {len(db)} paragraphs, {n_ents} entities")


if __name__ == "__main__":
    main()
