"""Phone numbers found and normalised to E.164 with ``phonenumbers``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

# Organisation numbers (556677-8899, 23 21 00-0040, org.nr 987 654 321) are never phones.
ORG_NUMBER = re.compile(
    r"(?=[\dOoCc])"  # every form starts so: lets the scan skip other characters fast (twice as fast)
    r"(?:\b\d{6}-\d{4}\b|\b\d{2} \d{2} \d{2}-\d{4}\b|"
    r"(?i:org(?:anisations?)?\.?\s*-?\s*n(?:umme)?r\.?|organisasjonsnummer|organisationsnummer)[:\s]*[\d\s-]{9,14}|"
    r"(?i:cvr)(?:[\s.-]*(?i:nr|no|nummer)\.?)?[:\s]*\d{2}\s?\d{2}\s?\d{2}\s?\d{2}\b)"  # Danish "CVR no. 27 84 16 53"
)
_PHONE_CUE = re.compile(
    r"(?i)\b(?:tel|tfn|tlf|telefon|phone|mobil|mobile|mob|cell|direkt|direct|växel|sentralbord|ring|call|fax)\b"
    r"|(?:^|\s)[TMP]\s*[:.]"
)
_GROUPED_AMOUNT = re.compile(r"^\d{1,3}(?: \d{3})+$")

# phonenumbers compiles its metadata patterns on every call and relies on re's cache of 512
# patterns, which a batch's many regions and our own patterns overflow: keep its compiled
# patterns instead (half a millisecond a release of recompiling, found with a profiler).
phonenumbers.enable_pattern_cache()


@dataclass(frozen=True)
class PhoneMatch:
    start: int
    end: int
    raw: str
    e164: str


def normalise_phone(raw: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


# A phone number is a run of at least seven digits on one line; the matcher is slow (it parses
# and validates every number-like run, years and amounts included), so only such runs, with a
# few characters of context, go to it.
_DIGIT_RUN = re.compile(r"\+?\(?\d[\d \u00a0().\-–/]{5,}\d")
_CONTEXT = 3


def _candidates(text: str) -> list[tuple[int, str]]:
    out = []
    for match in _DIGIT_RUN.finditer(text):
        run = match.group(0)
        if _GROUPED_AMOUNT.match(run) and not _PHONE_CUE.search(text[max(0, match.start() - 30) : match.start()]):
            continue  # "14 000 000": an amount (dropped below anyway), spare the matcher
        if sum(ch.isdigit() for ch in run) >= 7:
            start = max(0, match.start() - _CONTEXT)
            out.append((start, text[start : match.end() + _CONTEXT]))
    return out


def find_phones(text: str, region: str, org_numbers: list[tuple[int, int]] | None = None,
                windows: list[tuple[int, str]] | None = None) -> list[PhoneMatch]:
    """Phones in ``text``; ``org_numbers``: the organisation numbers' spans, if the caller has them;
    ``windows``: the digit runs to read (all of the text's, by default)."""
    blocked = org_numbers  # else looked for once a phone is found
    found = []
    matches = (
        (offset + start, offset + end, raw, e164)
        for offset, window in (_candidates(text) if windows is None else windows)
        for start, end, raw, e164 in _match_window(window, region)
    )
    for start, end, raw, e164 in matches:
        if blocked is None:
            blocked = [(m.start(), m.end()) for m in ORG_NUMBER.finditer(text)]
        if any(s < end and start < e for s, e in blocked):
            continue
        before = text[max(0, start - 30) : start]
        # "14 000 000" is an amount unless something says it is a phone.
        if _GROUPED_AMOUNT.match(raw) and not _PHONE_CUE.search(before):
            continue
        found.append(PhoneMatch(start, end, raw, e164))
    return found


def find_phones_in_release(text: str, region: str,
                           org_numbers: list[tuple[int, int]] | None = None) -> list[PhoneMatch]:
    """Phones in ``text``, national numbers read as the release's language says (SE for Swedish, GB for
    English) and, where the release also gives numbers with another country code, as that country's: an
    English release from Gothenburg writes "Tel: +46 31 712 44 08" and "Mobile: 070-641 27 93"."""
    windows = _candidates(text)
    domains = _domain_regions(text)
    country = next(iter(domains)) if len(domains) == 1 else None
    if region == "GB" and country not in {None, "GB"} and _mailed_at(text, country):
        region = country  # an English release from New Zealand: "0800 736 455 | media@nrc.govt.nz"
    found = find_phones(text, region, org_numbers, windows)
    others = {_region_of(p.e164) for p in found} - {region, "ZZ", "001"}
    # only national-format runs nothing was read from can be another country's
    unread = [(offset, window) for offset, window in windows
              if not re.match(r"\D*(?:\+|00)", window)
              and not any(offset <= p.start < offset + len(window) for p in found)]
    if region != "US" and any(_NANP.search(window) for _, window in unread):
        others.add("US")  # "902-555-0143", "(212) 555-0143": a North American number, whatever the language
    if unread:  # an Australian release in English gives "M: 0491 570 156" and an e-mail at a .org.au domain
        others |= domains - {region}
    for offset, window in unread if len(others) > 1 else []:
        # a Dutch firm's release gives its Swedish plant manager's "0512-29 40 70 / johan@firm.se": where the
        # release names several countries, a number is first the country's whose address is on its line
        line_start, line_end = text.rfind("\n", 0, offset) + 1, text.find("\n", offset + len(window))
        own = _domain_regions(text[line_start : len(text) if line_end < 0 else line_end]) & others
        if len(own) == 1:
            extra = [p for p in find_phones(text, own.pop(), org_numbers, [(offset, window)])
                     if not any(q.start < p.end and p.start < q.end for q in found)]
            found = sorted(found + extra, key=lambda p: p.start)
    for other in sorted(others) if unread else []:
        extra = [p for p in find_phones(text, other, org_numbers, unread)
                 if not any(q.start < p.end and p.start < q.end for q in found)]
        found = sorted(found + extra, key=lambda p: p.start)
    return sorted(found + _labelled(text, region, windows, found, org_numbers), key=lambda p: p.start)


# "Mobile: 07700 900412", "+44 (0)7700 900988": a number the release labels as a phone, or writes with its
# country code, in a range phonenumbers does not know as assigned (new ranges, numbers reserved for fiction):
# still the number the release gives, if its length is possible.
_LABEL_RIGHT_BEFORE = re.compile(r"(?i)(?:\b(?:tel|tfn|tlf|telefon|phone|mobil|mobile|mob|cell|direkt|direct|on|"
                                 r"call|ring|ringer|på|hours)\b|"  # "Out of hours: 07700 900417"
                                 r"(?:^|\s)[TM])\.?\s*:?\s*$")


def _labelled(text: str, region: str, windows: list[tuple[int, str]], found: list[PhoneMatch],
              org_numbers: list[tuple[int, int]] | None) -> list[PhoneMatch]:
    extra = []
    for offset, window in windows:  # the runs of seven digits or more, with a little context
        match = _DIGIT_RUN.search(window)
        if not match:
            continue
        start, end = offset + match.start(), offset + match.end()
        if any(p.start < end and start < p.end for p in found) or any(
                s < end and start < e for s, e in org_numbers or []):
            continue
        international = match.group(0).startswith("+")
        if not international and not _LABEL_RIGHT_BEFORE.search(text[max(0, start - 12) : start]):
            continue
        try:
            number = phonenumbers.parse(re.sub(r"\(0\)", "", match.group(0)), region)
        except phonenumbers.NumberParseException:
            continue
        region_of_code = phonenumbers.region_code_for_country_code(number.country_code)
        if phonenumbers.is_possible_number(number) and region_of_code != "ZZ":
            extra.append(PhoneMatch(start, end, match.group(0), phonenumbers.format_number(number,
                                                                                          PhoneNumberFormat.E164)))
    return extra


# The North American form: area code, exchange, then four digits after a hyphen or full stop (UK numbers
# group with spaces: "020 7946 0958").
_NANP = re.compile(r"(?<![\d+])\(?[2-9]\d{2}\)?[ .-][2-9]\d{2}[.-]\d{4}(?!\d)")


# Country-code domains of the release's e-mail and web addresses; not those sold as generic names (.io, .ai).
_COUNTRY_DOMAIN = re.compile(r"(?:@|\bwww\.)[\w.-]+\.([a-z]{2})\b(?![.@-]?\w)")
_GENERIC_DOMAINS = {"io", "ai", "co", "me", "tv", "fm", "ly", "to", "cc", "ws", "gg", "sh", "eu", "ac", "la", "so"}


def _domain_regions(text: str) -> set[str]:
    found = set()
    for match in _COUNTRY_DOMAIN.finditer(text):
        code = match.group(1)
        if code not in _GENERIC_DOMAINS:
            code = "GB" if code == "uk" else code.upper()
            if code in phonenumbers.SUPPORTED_REGIONS:
                found.add(code)
    return found


def _mailed_at(text: str, region: str) -> bool:
    """An e-mail address of the release is at ``region``'s country domain, not only a web address."""
    return re.search(rf"@[\w.-]+\.{region.lower()}\b", text) is not None


@lru_cache(maxsize=1024)
def _region_of(e164: str) -> str:
    return phonenumbers.region_code_for_country_code(phonenumbers.parse(e164).country_code)


@lru_cache(maxsize=4096)
def _match_window(window: str, region: str) -> tuple[tuple[int, int, str, str], ...]:
    """The phones in one window; cached, because a sender's numbers recur in release after release."""
    return tuple(
        (m.start, m.end, m.raw_string, phonenumbers.format_number(m.number, PhoneNumberFormat.E164))
        for m in PhoneNumberMatcher(window, region, leniency=Leniency.VALID)
    )
