"""Where a format's boilerplate-free main text sits inside the full text we store.

Web pages are stored with their full visible text, because boilerplate removal drops
the contact block, and every offset in the database points into that text. NER should
still see only the article, so that menus, cookie banners and footers do not become
organisations. trafilatura gives the article as separate text; this module finds its
lines in the full text and returns those character ranges. No library maps one text
onto the other, and both come from the same markup, so a forward search line by line
is enough.
"""

from __future__ import annotations

MIN_COVERAGE = 0.6  # below this share of the main text found, NER reads the whole text


def main_regions(text: str, main_text: str | None) -> list[tuple[int, int]] | None:
    """Character ranges of ``text`` that hold ``main_text``; None means "use all of it"."""
    if not main_text:
        return None
    lines = [" ".join(line.split()) for line in main_text.splitlines()]
    lines = [line for line in lines if line]
    wanted = sum(len(line) for line in lines)
    if not wanted:
        return None
    regions: list[tuple[int, int]] = []
    found = 0
    cursor = 0
    for line in lines:
        at = text.find(line, cursor)
        if at == -1:
            at = text.find(line)  # trafilatura may reorder (a lead above its heading)
        if at == -1:
            continue
        end = at + len(line)
        found += len(line)
        cursor = end
        if regions and at >= regions[-1][0] and not text[regions[-1][1]:at].strip():
            regions[-1] = (regions[-1][0], max(end, regions[-1][1]))  # adjacent lines: one region
        else:
            regions.append((at, end))
    if found < MIN_COVERAGE * wanted:
        return None
    regions.sort()
    merged: list[tuple[int, int]] = []
    for start, end in regions:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
