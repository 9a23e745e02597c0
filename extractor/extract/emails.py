"""E-mail addresses, including the obfuscated forms releases use ("namn[at]firma.se")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from email_validator import EmailNotValidError, validate_email

_LOCAL = r"[A-Za-z0-9._%+\-\u00C0-\u017F]+"
_DOMAIN = r"(?:[A-Za-z0-9\-\u00C0-\u017F]+(?:\.|\s*[\[(]\s*(?:dot|punkt)\s*[\])]\s*))+[A-Za-z]{2,}"
_AT = r"(?:@|\s*[\[(]\s*(?:at|snabel-?a|alfakrøll)\s*[\])]\s*)"
EMAIL = re.compile(rf"(?<![\w.@-])(?P<local>{_LOCAL}){_AT}(?P<domain>{_DOMAIN})(?![\w@-])", re.IGNORECASE)
_DOT = re.compile(r"\s*[\[(]\s*(?:dot|punkt)\s*[\])]\s*", re.IGNORECASE)
# Mail providers anyone can use: their domain names no organisation and ties no two people together.
WEBMAIL = frozenset({"gmail", "hotmail", "outlook", "yahoo", "icloud", "live", "online", "telia", "proton",
                     "protonmail", "gmx", "aol"})


def is_webmail(address: str) -> bool:
    return address.rsplit("@", 1)[-1].split(".", 1)[0].casefold() in WEBMAIL


@dataclass(frozen=True)
class EmailMatch:
    start: int
    end: int
    address: str


# An "@" or a written-out one: the lines that hold one are the only ones scanned with EMAIL,
# whose look-behind start is otherwise tried at every character of the release.
_AT_HINT = re.compile(r"@|[\[(]\s*(?:at|snabel-?a|alfakrøll)\s*[\])]", re.IGNORECASE)


def _lines_with_at(text: str) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    for hint in _AT_HINT.finditer(text):
        if lines and hint.start() < lines[-1][1]:
            continue  # a second "@" on the same line
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.end())
        lines.append((start, len(text) if end == -1 else end))
    return lines


@lru_cache(maxsize=4096)
def _normalised(candidate: str) -> str | None:
    """The address in normal form, or None if it is not one; cached: a sender's addresses recur."""
    try:
        # Syntax only: no DNS look-up, nothing leaves the machine.
        return validate_email(candidate, check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        return None


def find_emails(text: str) -> list[EmailMatch]:
    found = []
    for start, end in _lines_with_at(text):
        for match in EMAIL.finditer(text, start, end):
            domain = _DOT.sub(".", match.group("domain"))
            address = _normalised(f"{match.group('local')}@{domain}".strip("."))
            if address:
                found.append(EmailMatch(match.start(), match.end(), address))
    return found
