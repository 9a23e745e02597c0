"""E-mail addresses, including the obfuscated forms releases use ("namn[at]firma.se")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email

_LOCAL = r"[A-Za-z0-9._%+\-\u00C0-\u017F]+"
_DOMAIN = r"(?:[A-Za-z0-9\-\u00C0-\u017F]+(?:\.|\s*[\[(]\s*(?:dot|punkt)\s*[\])]\s*))+[A-Za-z]{2,}"
_AT = r"(?:@|\s*[\[(]\s*(?:at|snabel-?a|alfakrøll)\s*[\])]\s*)"
EMAIL = re.compile(rf"(?<![\w.@-])(?P<local>{_LOCAL}){_AT}(?P<domain>{_DOMAIN})(?![\w@-])", re.IGNORECASE)
_DOT = re.compile(r"\s*[\[(]\s*(?:dot|punkt)\s*[\])]\s*", re.IGNORECASE)


@dataclass(frozen=True)
class EmailMatch:
    start: int
    end: int
    address: str


def find_emails(text: str) -> list[EmailMatch]:
    found = []
    for match in EMAIL.finditer(text):
        domain = _DOT.sub(".", match.group("domain"))
        candidate = f"{match.group('local')}@{domain}".strip(".")
        try:
            # Syntax only: no DNS look-up, nothing leaves the machine.
            checked = validate_email(candidate, check_deliverability=False)
        except EmailNotValidError:
            continue
        found.append(EmailMatch(match.start(), match.end(), checked.normalized.lower()))
    return found
