"""The hand-written searches that replaced per-name regular expressions (for speed) find
exactly what the expressions found, on random text and on the awkward cases."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.extract.emails import find_emails
from extractor.extract.numbers import DIGITS
from extractor.extract.words import followed_by, has_word, word_starts

# Few distinct characters, so that words recur, touch, overlap and meet hyphens and digits.
ALPHABET = st.sampled_from(list("abAB -_1.,\nåÖ"))
TEXT = st.text(alphabet=ALPHABET, max_size=60)
WORD = st.text(alphabet=ALPHABET, min_size=1, max_size=4)


def regex_starts(text: str, word: str, hyphen: bool) -> list[int]:
    edge = r"[\w-]" if hyphen else r"[\w]"
    return [m.start() for m in re.finditer(rf"(?<!{edge}){re.escape(word)}(?!{edge})", text)]


@settings(max_examples=400, deadline=None)
@given(text=TEXT, word=WORD, hyphen=st.booleans())
def test_word_search_matches_the_regular_expression(text, word, hyphen):
    expected = regex_starts(text, word, hyphen)
    assert word_starts(text, word, hyphen) == expected
    assert has_word(text, word, hyphen) == bool(expected)


@settings(max_examples=300, deadline=None)
@given(text=TEXT, word=WORD)
def test_followed_by_matches_the_regular_expression(text, word):
    after = re.compile(r"\s[Ab]+(?![\w/])")
    expected = re.search(rf"(?<![\w-]){re.escape(word)}{after.pattern}", text)
    found = followed_by(text, word, after)
    assert (found and (found.start() - len(word), found.end())) == (expected and expected.span())


def test_word_search_cases():
    text = "Ale kommun, Ale-bygden, Alebo och ALE; Ale"
    assert word_starts(text, "Ale") == [0, 39]
    assert word_starts(text, "Ale", hyphen=False) == [0, 12, 39]
    assert not has_word("Aalto-universitetet", "universitetet")
    assert has_word("Aalto-universitetet", "universitetet", hyphen=False)
    assert word_starts("", "x") == [] and word_starts("abc", "") == []


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("12 ,.:-/–\u00a0ab")), max_size=40))
def test_number_pattern_matches_its_plain_form(text):
    # The plain form of DIGITS: a look-behind first, tried at every character.
    plain = re.compile(
        r"(?<![\d.,:/])(?<![\w.,][\-–])"  # a dash after a space or at the start is a minus sign
        r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d,])|\d+)"
        r"(?:[,.]\d+)?(?![\d])"
    )
    assert [m.span() for m in DIGITS.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_emails_on_several_lines_and_written_out():
    text = (
        "Kontakt: Anna Berg, anna.berg@solvik.se\n"
        "Per Holm, per.holm [at] solvik [punkt] se, och info@solvik.se\n"
        "Ingen adress här: 14 @ 3\n"
    )
    assert [e.address for e in find_emails(text)] == ["anna.berg@solvik.se", "per.holm@solvik.se", "info@solvik.se"]
