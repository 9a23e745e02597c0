"""Which names of a place list the NER corpora use otherwise: as a person, an organisation or an
everyday word. Run before adding a list; a name reported here goes out of the list (or, for a
municipality, into the ruler's AMBIGUOUS set in ``assemble.py``).

Usage: python scripts/gazetteer_check.py LIST.txt DATA_DIR [DATA_DIR ...] [--min 2]

DATA_DIR is a corpus folder of ../shared/data/ner (``train.tsv``, ``dev.tsv``: a token and its
IOB tag per line). A name of one word is reported when it is part of a PER or an ORG name at
least ``--min`` times and more often than it is a LOC, or write it in lower case at least ``--min`` times
mid-sentence (a common word); a name of several words when it occurs tagged PER or ORG.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path


def read_tokens(folder: Path) -> list[tuple[str, str]]:
    rows = []
    for split in ("train.tsv", "dev.tsv"):
        path = folder / split
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            rows.append((cols[0], cols[-1]) if len(cols) >= 2 else ("", "O"))
    return rows


def spans(rows: list[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """(text, label) of every tagged span."""
    found: Counter[tuple[str, str]] = Counter()
    words: list[str] = []
    label = ""
    for token, tag in [*rows, ("", "O")]:
        if tag.startswith("I-") and words and tag[2:] == label:
            words.append(token)
            continue
        if words:
            found[(" ".join(words), label)] += 1
        words, label = ([token], tag[2:]) if tag[:2] in {"B-", "I-"} else ([], "")
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("names", type=Path)
    ap.add_argument("data", type=Path, nargs="+")
    ap.add_argument("--min", type=int, default=2)
    args = ap.parse_args()
    rows = [row for folder in args.data for row in read_tokens(folder)]
    tagged = spans(rows)
    by_label: dict[str, Counter[str]] = {}
    for (text, label), count in tagged.items():
        by_label.setdefault(label, Counter())[text] += count
    # a tagged token of a person's or body's name ("Holm" of "Anna Holm", "Barcelona" of "FC Barcelona")
    in_names: dict[str, Counter[str]] = {"PER": Counter(), "ORG": Counter()}
    for (text, label), count in tagged.items():
        kind = {"person": "PER", "corporation": "ORG", "group": "ORG"}.get(label, label)
        for word in text.split() if kind in in_names else ():
            in_names[kind][word] += count
    lower: Counter[str] = Counter()
    previous = ""
    for token, tag in rows:
        if tag == "O" and token.islower() and previous not in {"", ".", "!", "?", ":"}:
            lower[token] += 1
        previous = token
    loc = Counter()
    for label in ("LOC", "GPE_LOC", "location"):
        loc.update(by_label.get(label, Counter()))
    for name in Path(args.names).read_text(encoding="utf-8").splitlines():
        name = name.strip()
        if not name or name.startswith("#"):
            continue
        why = []
        if " " in name:
            other = sum(by_label.get(lab, Counter())[name] for lab in ("PER", "ORG", "person", "corporation"))
            if other and other >= loc[name]:
                why.append(f"tagged PER/ORG {other}x, LOC {loc[name]}x")
        else:
            for kind, counts in in_names.items():
                if counts[name] >= args.min and counts[name] > loc[name]:
                    why.append(f"in {kind} names {counts[name]}x, LOC {loc[name]}x")
            if not name.isupper() and lower[name.casefold()] >= args.min:  # "US" is not "us"
                why.append(f"lower-case word {lower[name.casefold()]}x")
        if why:
            print(f"{name}\t{'; '.join(why)}")


if __name__ == "__main__":
    main()
