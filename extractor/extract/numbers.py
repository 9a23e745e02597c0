"""Numbers as written in Swedish, Norwegian and English releases.

Digits go through Babel ("14 000", "6,35", "1,200.5"). Babel does not parse number
words, so the few a release uses for counts ("sju länder", "nästan hundra") are a small
table here, per language; "en/ett/one" are left out because they are mostly articles.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, parse_decimal

LOCALES = {"sv": "sv", "no": "nb", "en": "en", "da": "da"}

NUMBER_WORDS: dict[str, dict[str, int]] = {
    "sv": {
        "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
        "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17,
        "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60,
        "sjuttio": 70, "åttio": 80, "nittio": 90, "hundra": 100, "etthundra": 100, "tusen": 1000,
        "ettusen": 1000, "tvåhundra": 200, "trehundra": 300,
    },
    "no": {
        "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10,
        "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17,
        "atten": 18, "nitten": 19, "tjue": 20, "tyve": 20, "tretti": 30, "førti": 40, "femti": 50,
        "seksti": 60, "sytti": 70, "åtti": 80, "nitti": 90, "hundre": 100, "hundrede": 100, "tusen": 1000,
        "tohundre": 200, "trehundre": 300, "én": 1, "éin": 1, "éitt": 1,  # the numeral, written with its accent
    },
    "en": {
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "thousand": 1000, "dozen": 12,
    },
}
# "ett tjugotal företag" (about twenty), "et titall", "dozens of": approximate counts.
APPROX_WORDS: dict[str, dict[str, int]] = {
    "sv": {"tiotal": 10, "tjugotal": 20, "trettiotal": 30, "fyrtiotal": 40, "femtiotal": 50, "sextiotal": 60,
           "sjuttiotal": 70, "åttiotal": 80, "nittiotal": 90, "hundratal": 100, "tusental": 1000, "dussin": 12},
    "no": {"titall": 10, "tjuetall": 20, "tjuetalls": 20, "tretitall": 30, "førtitall": 40, "femtitall": 50,
           "sekstitall": 60, "syttitall": 70, "åttitall": 80, "nittitall": 90, "hundretall": 100, "dusin": 12},
    "en": {},
}

# A number not preceded by a digit or separator, nor by a dash joined to a word or number (a range,
# a date, "COVID-19"); a dash after a space is a minus sign ("-1 %"). The pattern opens with the first digit and
# checks what precedes it right after (``(?<![...]\d)``): a pattern that opens with a digit lets
# ``re`` skip ahead to the next digit, where a leading look-behind is tried at every character
# (five times as slow over a release).
DIGITS = re.compile(
    r"\d(?<![\d.,:/]\d)(?<![\w.,][\-–]\d)"
    r"(?:\d{0,2}(?:[ \u00a0\u202f]\d{3})+|\d{0,2}(?:,\d{3})+(?!\d)|\d{0,2}(?:\.\d{3})+(?![\d,])|\d*)"
    r"(?:[,.]\d+)?(?![\d])"
)


_DECIMAL_COMMA = re.compile(r"\d+(?:,\d+)?")
_DECIMAL_POINT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def parse_number(raw: str, language: str) -> float | None:
    raw = raw.strip().replace("\u00a0", " ").replace("\u202f", " ")  # no-break spaces group thousands too
    if raw.isascii() and raw.isdigit():
        return float(raw)  # most numbers in a release; Babel only for grouped and decimal ones
    locale = LOCALES.get(language, "en")
    if language in {"sv", "no", "da"} and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
        raw = raw.replace(".", "")  # "1.200" is a thousand-grouped 1200 in Scandinavian text
    if language in {"sv", "no", "da"} and re.fullmatch(r"\d+\.\d{1,2}", raw):
        locale = "en"  # "2.5" written with a point
    if language == "en" and re.fullmatch(r"\d{1,3}(?: \d{3})+", raw):
        raw = raw.replace(" ", "")
    # The usual forms by hand, as Babel reads them: "1 228,4" and "12,5" with a decimal comma, "1,508.0" and
    # "2.5" with a point (Babel's locale look-ups were a tenth of the figures step).
    compact = raw.replace(" ", "")
    if locale != "en" and _DECIMAL_COMMA.fullmatch(compact):
        return float(compact.replace(",", "."))
    if locale == "en" and _DECIMAL_POINT.fullmatch(compact):
        return float(compact.replace(",", ""))
    try:
        return float(parse_decimal(raw.replace(" ", "\u00a0"), locale=locale))
    except (NumberFormatError, InvalidOperation, ValueError):
        try:
            return float(Decimal(raw.replace(" ", "").replace(",", ".")))
        except InvalidOperation:
            return None
