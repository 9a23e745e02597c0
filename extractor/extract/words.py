"""Whole-word search for a literal name in a text, and names folded to compare them with web addresses.

Written by hand: the regular expression for it, ``(?<![\\w-])NAME(?![\\w-])``, is a new
pattern for every name of every release, and ``re``'s cache (512 patterns) cannot hold
them, so each search compiled its pattern again: that cost more than the search itself.
``str.find`` with the same boundary test gives the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Forms of address, never part of a name or a title: "Dr Rajan Mistry", "Prof. Anna Berg", "Cr Bronwyn Tulloch".
FORMS_OF_ADDRESS = (r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Dir|Doc|Docent|Cllr|Cr|Coun|Councillor|"
                    r"Honourable|Hon|Elder)")  # "Elder Joseph Whitehorse": a First Nation's elder

# Days of the week, casefolded (Swedish, Bokmål, Nynorsk, English): a dateline's or opening hours' word, no name
WEEKDAYS = frozenset("""måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag tysdag
    laurdag sundag monday tuesday wednesday thursday friday saturday sunday""".split())


def _is_word_char(char: str, hyphen: bool) -> bool:
    # What ``\w`` matches in a str pattern: alphanumerics (str.isalnum) and the underscore.
    return char.isalnum() or char == "_" or (hyphen and char == "-")


def _standalone(text: str, word: str, hyphen: bool) -> Iterator[int]:
    size = len(word)
    at = text.find(word) if word else -1
    while at != -1:
        end = at + size
        if (at == 0 or not _is_word_char(text[at - 1], hyphen)) and (
            end == len(text) or not _is_word_char(text[end], hyphen)
        ):
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def word_starts(text: str, word: str, hyphen: bool = True) -> list[int]:
    """Start offsets of ``word`` where it stands alone: no word character (nor, with
    ``hyphen``, a hyphen) right before or after it. Non-overlapping, left to right, as
    ``re.finditer`` would give them."""
    return list(_standalone(text, word, hyphen))


def has_word(text: str, word: str, hyphen: bool = True) -> bool:
    """Whether ``word`` stands alone somewhere in ``text`` (see ``word_starts``)."""
    return next(_standalone(text, word, hyphen), None) is not None


def followed_by(text: str, word: str, pattern: re.Pattern[str], hyphen: bool = True) -> re.Match[str] | None:
    """The first place ``word`` starts a word (no word character, nor with ``hyphen`` a hyphen,
    right before it) and ``pattern`` matches right after it: the match of ``pattern`` there."""
    if not word:
        return None
    at = text.find(word)
    while at != -1:
        if at == 0 or not _is_word_char(text[at - 1], hyphen):
            match = pattern.match(text, at + len(word))
            if match:
                return match
        at = text.find(word, at + 1)
    return None


_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "é": "e", "ü": "u", "á": "a"})


def folded(name: str) -> str:
    """A name as an e-mail or web address spells it: "Region Västerbotten" -> "regionvasterbotten"."""
    return re.sub(r"[^a-z0-9]", "", name.casefold().translate(_FOLD))


# Words that open a sentence before a name: prepositions ("Med Lövåsverket …", "For Vang kommune er …") and
# lead-ins ("Ifølge Landbruksdirektoratet", "Enligt Boverket").
OPENING_PREPOSITIONS = frozenset("med för i på vid ved hos till til från fra frå efter etter under om".split())
LEAD_IN = frozenset({"enligt", "ifølge", "ifølgje", "för", "for", "från", "fra", "frå", "till", "til", "hos", "om",
                     "när", "når", "då", "sedan", "since", "when", "after", "efter", "etter", "innan", "before",
                     "genom", "gjennom", "through"})
