"""Contacts: one record per person (or switchboard) with every phone and e-mail.

Contact blocks are line-oriented ("Malin Forsgren, konsult 2050" / "Telefon: ..." /
"E-post: ..."), and inline contacts put the phone right after the name in running text,
so each phone and e-mail is given to the nearest person named before it on its line,
else to the person whose name line came just above, else to a contact without a name
(a switchboard or press office) of the organisation named just above.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from extractor.extract import Context, register
from extractor.extract.emails import WEBMAIL, find_emails
from extractor.extract.names import (
    ABOUT_HEADING,
    ABOUT_WORDS,
    LABEL_WORDS,
    candidate_names,
    issuer,
    looks_like_person,
    spelled_out,
    strip_name,
    without_wire_label,
)
from extractor.extract.phones import ORG_NUMBER, find_phones_in_release
from extractor.extract.roles import (
    CLAUSE_VERBS,
    DEFINITE_KIND_FIRST,
    LEGAL_AT_END,
    LEGAL_FORM,
    MORE_LEGAL_FORMS,
    PARTY_ABBREVIATIONS,
    PREPOSITION_WORDS,
    indefinite_title,
    is_role_word,
    is_title,
    looks_like_org,
    parse_affiliation,
    role_case,
    service_and_body,
)
from extractor.extract.words import WEEKDAYS, folded, followed_by, has_word
from extractor.gazetteers import known_place
from extractor.records import Contact

_LABELS = re.compile(
    r"(?i)(?<![\w-])(?:telefon(?:nummer)?|tel|tfn|tlf|phone|mobil(?:e|telefon)?|mob|cell|direkt(?:nummer)?|"
    r"direct|e-?post(?:adress)?|e-?mail|email|mail|fax|[tme])\s*[.:]?(?=\s|$|\d|\+)"
)
_SWITCHBOARD = re.compile(
    r"(?i)\b(växel(?:n)?|sentralbord(?:et)?|switchboard|presstjänst(?:en)?|pressjour(?:en)?|presstelefon(?:en)?|"
    r"pressevakt(?:en|a)?|mediavakt(?:en|a)?|medievakt(?:en|a)?|press office|press desk|presseavdelingen|"
    r"kundtjänst(?:en)?|kundeservice|"
    r"kundsenter|kundesenter|kundservice|reception(?:en)?|resepsjon(?:en)?|information(?:sdisken)?|"
    r"servicecenter|kontaktcenter|vakttelefon|helpline|hotline|havnevakt(?:en)?|hamnvakt(?:en)?|døgnvakt(?:en)?|"
    r"\w{3,}kontor(?:et)?)\b"  # "Hamnkontoret", "Eiendomsskattekontoret"
)
_MAX_LINES_FROM_NAME = 4


@dataclass
class _Draft:
    name: str | None
    role: str | None
    organization: str | None
    start: int
    end: int
    line: int
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)

    def add(self, kind: str, value: str, end: int, line: int) -> None:
        target = self.phones if kind == "phone" else self.emails
        if value not in target:
            target.append(value)
        self.end = max(self.end, end)
        self.line = line


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


_LABEL_BEFORE_COLON = re.compile(r"^\s*([^:,\d@]{2,60}):\s")
_COLUMN_GAP = re.compile(r"\S(?:\t+| {3,})(?=\S)")


def _cell_before(line: str, name_offset: int) -> str | None:
    """The table cell before a person's name, on a line laid out in columns: "Sjukhusdirektör      Helena …"."""
    if len(_COLUMN_GAP.findall(line)) < 2:
        return None
    cells = [c.strip() for c in re.split(r"\t+| {3,}", line[:name_offset]) if c.strip()]
    return cells[-1] if cells else None


_RUN_ON = re.compile(r";\s+")  # "…; regionens presstjänst, 090-…": lower case too


def _split_run_on(lines: list[tuple[int, str]], items: list[tuple[int, int, str, str]]) -> list[tuple[int, str]]:
    """A wire service's contact paragraph, one person after another on one line, split at the semicolons
    between them: "Louise Holm, Head of Communications, +45 76 12 40 88; Nathan Boudreau, ..., 902-555-0143"."""
    out = []
    for start, line in lines:
        cuts = list(_RUN_ON.finditer(line))
        parts = list(zip([0, *(m.end() for m in cuts)], [*(m.start() for m in cuts), len(line)], strict=True))
        # only where each part holds a phone or an e-mail of its own
        if len(parts) == 1 or not all(any(start + a <= i[0] < start + b for i in items) for a, b in parts):
            out.append((start, line))
        else:
            out.extend((start + a, line[a:b]) for a, b in parts)
    return out


def _named_above_role(text: str, start: int, end: int, line: str, match: re.Match[str]) -> bool:
    """A name alone on its line above a line that opens with a title ("Linnea Sandström" /
    "kommunikationsansvarig, Norrskenshem AB", "Per-Olof Rask" / "Ordförande, Norrlandsstiftelsen …"): a person,
    whatever the model made of the surname."""
    if line.strip() != match.group(0).strip():
        return False
    below = text[end:].lstrip(" \t").removeprefix("\n").split("\n", 1)[0].split()
    return bool(below) and (below[0][:1].islower() or below[0].endswith(",")) and is_role_word(below[0].rstrip(",:"))


def _person_names(context: Context, start: int, line: str) -> list[tuple[int, int, str]]:
    """Person names on a line, as absolute (start, end, name); NER's ORG/LOC spans veto."""
    names = []
    for match in candidate_names(line):
        s, e = start + match.start(), start + match.end()
        spans = [x for x in context.entities if x.start < e and s < x.end]
        if spans and not any(x.label == "PER" for x in spans) and not _titled(line[match.end() :]) and not (
                _named_above_role(context.text, s, e, line, match) and all(x.start > s for x in spans)) and not (
                # "Ulrika Sandström Öhman" alone on a line: a person where the model read the name so before
                match.group(0) == line.strip() and any(
                    x.label == "PER" and x.text == match.group(0) for x in context.entities)):
            continue
        if _SWITCHBOARD.match(match.group(0)) or _SWITCHBOARD.match(line[match.end() :].lstrip(" ,:–-(")) or (
                _SWITCHBOARD.fullmatch(match.group(0).split()[-1])):  # "Scottish Water Customer Helpline: …"
            continue  # "Presstjänst Tekniska Verken: 013-20 80 00", "Castlegate Recycling press office: …"
        name = strip_name(match.group(0)).strip()
        if looks_like_org(name) or _LEGAL_AFTER.match(line, match.end()):
            continue  # "Vestkyst Ferjer AS, sentralbord: …": a firm's name, however NER reads it
        if service_and_body(name)[1] is None:
            continue  # "Customer Service", "Media Relations": a desk, no one's name
        if _registered_elsewhere(name, context.text):
            continue  # "Elbwerk Energie" over "Press office": the short form of "Elbwerk Energie GmbH"
        if match.group(0).endswith(name):
            s = e - len(name)  # where the name begins, after a title the match took in ("Prosjektleiar Arnfinn …")
        names.append((s, e, name))
    if len(_COLUMN_GAP.findall(line)) >= 2:
        # a table ("Roll   Namn   Telefon"): a person's name fills its cell; "Verksamhetschef, Op-centrum Köping" is
        # a title and a unit
        names = [n for n in names if re.search(r"(?:^|\t| {3})\s*$", line[: n[0] - start])
                 and re.match(r"\s*(?:$|\t| {3})", line[n[1] - start :])]
    if len(names) >= 2 and line[names[0][1] - start : names[0][1] - start + 1] == ":":
        names = names[1:]  # "Föreståndare Lignocell: professor Mikael Norberg Olofsson": a label, then the person
    prefix = _line_prefix(line, names[1][0] - start) if len(names) >= 2 else None
    if prefix and (not line[: names[0][0] - start].strip() or names[0][2] in prefix):
        names = names[1:]  # "Kvist Data: Line Bech Kjær, head of marketing": the prefix names her organisation
    return names


_FORM_AFTER = re.compile(rf",?[ \t](?:{LEGAL_FORM}|{MORE_LEGAL_FORMS}|Company|Corporation)(?![\w/])")


def _registered_elsewhere(name: str, text: str) -> bool:
    """Whether the release writes ``name`` with a legal form after it, as a firm's name."""
    return followed_by(text, name, _FORM_AFTER) is not None


def _titled(rest: str) -> bool:
    """A title after the comma: "Silje Aarvik Moen, Senior Adviser, …" is a person whatever NER says."""
    titled = re.match(r"(?:\s*\([^)]{1,5}\))?,\s*([^,|]{2,60})", rest)  # after a party tag too: "Anna Lind (S), …"
    return bool(titled) and any(is_role_word(w) for w in titled.group(1).split())


# "Kvist Data: Line Bech Kjær", "For further information: Media - Harbo Wind Systems: Louise Holm"
_ADJECTIVE_LABEL = re.compile(r"(?:isk|iskt|ivt|elt|mässigt|messig|messeg)$", re.IGNORECASE)
_PREFIX = re.compile(
    r"(?:^|:)\s*(?:(?:Media|Press|Presse|Investors?|Media contacts?)\s*[-–—]\s*)?([A-ZÅÄÖÆØ][^:,()\d@]{1,60}?):\s*$"
)


def _line_prefix(line: str, name_offset: int) -> str | None:
    """The organisation before a colon that starts a person's line: "Kvist Data: Line Bech Kjær, ..."."""
    match = _PREFIX.search(line[:name_offset])
    if not match:
        return None
    prefix = match.group(1).strip()
    words = prefix.split()
    if words[0].casefold() in PREPOSITION_WORDS or (len(words) == 1 and _ADJECTIVE_LABEL.search(prefix)) or (
            known_place(prefix)):
        return None  # "In Norway: Ingvild Ruud, …", "Politisk: Oddny Kleppe Hauge, …", "Administrativt: …", "Sweden: …"
    if len(words) > 6 or any(w.casefold() in LABEL_WORDS for w in words) or _SWITCHBOARD.search(prefix) or (
        _NOT_AN_ORGANISATION.search(prefix) or is_role_word(words[0])
    ) or not all(_CAPITALISED.match(w) or w in {"&", "og", "och", "and", "of"} for w in words):
        return None
    return prefix


_LABEL_OF_PREVIOUS = re.compile(r"^\s*\([^()\n]{1,30}\)")
_WIRE_HEADING = re.compile(r"(?:Media|Press|Presse|Investors?)\s*[-–—]\s*([A-ZÅÄÖÆØ][^:;,()\d@]{1,60}?):")


def _wire_heading(text: str, at: int) -> str | None:
    """The last "Media - Harbo Wind Systems:" heading earlier on a wire service's contact line."""
    headings = list(_WIRE_HEADING.finditer(text, text.rfind("\n", 0, at) + 1, at))
    return headings[-1].group(1).strip() if headings else None


def _another_block(current: _Draft, lines: list[tuple[int, str]], index: int, lead: str) -> bool:
    """A person's block is over: it gave a phone and an e-mail, a blank line followed, and this line
    names something else before its number ("Spørsmål om egen eiendom: Eiendomsskattekontoret, tlf. …")."""
    if not (current.phones and current.emails) or index - current.line < 2:
        return False
    if any(lines[j][1].strip() for j in range(current.line + 1, index)):
        return False
    return any(w[:1].isupper() and w.strip(":,.").casefold() not in LABEL_WORDS for w in lead.split())


def _another_body(current: _Draft, index: int, lead: str) -> bool:
    """A later line that opens with another body's name before its number is that body's, not the person's
    above: "Sogn Sparebank, kommunikasjonsavdelinga – 57 69 30 00" under the festival's contacts."""
    if current.line == index:
        return False
    first = re.split(r"\s*[,–—:(]\s*", lead.strip(), maxsplit=1)[0]
    return bool(first) and first[:1].isupper() and looks_like_org(first) and (
        first.casefold() != (current.organization or "").casefold()
    )


def _role_before(line: str, name_offset: int) -> str | None:
    """Title words just before a name in running text: "handläggare Sven Risberg", "svarar kommunikationschefen
    Karl-Johan Nyrén" (the title, not its definite form); a party tag between them is not part of it."""
    words = line[:name_offset].split()
    if words and words[-1].strip("()") in PARTY_ABBREVIATIONS and words[-1].startswith("("):
        words.pop()  # "Regionstyrelsens ordförande (M)    Anders Lindqvist Hamrén"
    words = [w.rstrip(":") for w in words]  # "Rektor: Karin Söderlind Ek"
    picked: list[str] = []
    while words and (is_role_word(words[-1]) or (picked and words[-1].casefold() in {"och", "og", "and"}) or (
            picked and picked[0].casefold() in {"och", "og"} and words[-1].endswith("-"))):
        picked.insert(0, words.pop())  # "Klima- og miljøsjef Anders Rud": a suspended compound, one title
    while picked and picked[0].casefold() in {"och", "og", "and"}:
        picked.pop(0)
    # an English title in capitals: "Investor Relations Officer Maria Kvalvik Sørensen"
    while picked and words and len(picked) < 5 and words[-1][:1].isupper() and words[-1].isalpha() and (
        words[-1].casefold() not in LABEL_WORDS
    ) and picked[0][:1].isupper() and not line[:name_offset].rstrip().endswith(","):
        picked.insert(0, words.pop())
    if not picked and words and indefinite_title(words[-1]):
        picked = [indefinite_title(words[-1]) or ""]
    return " ".join(picked) or None


_CAPITAL_NEXT = re.compile(r"[ \t][A-ZÅÄÖÆØ]")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÅÄÖÆØ]")
# What is left of a sentence that only labels the number after it ("Out of hours:", "Mobil:").
_NUMBER_LABEL = re.compile(
    r"(?i)^(?:out of hours|after hours|outside office hours|mobil(?:e|nummer)?|mob|direkt|direct|tel|tlf|tfn|"
    r"telefon)[\s:.]*$"
)


_BODY_OF_LABEL = re.compile(r"^(?:(?:i|på|hos|vid|ved|at|of|for|för|til|till)\s+)?([A-ZÅÄÖÆØ][^:;()\d@]{1,60})$")


def _switchboard_line(prefix: str, known_orgs: set[str], text: str) -> tuple[str, str | None] | None:
    """A line that opens with a switchboard's or press office's label, and the body it names if it names one:
    "Pressevakt i Skyss: " -> ("pressevakt", "Skyss"), "Vestkyst Ferjer AS, sentralbord: " -> ("sentralbord",
    "Vestkyst Ferjer AS"), "Växel: " -> ("växel", None); only a body NER or its legal form vouches for (not
    "Hemsas pressjour", "Sandviken, växel") or the release names elsewhere ("Skyss har gjennomført …")."""
    label = _SWITCHBOARD.search(prefix)
    if not label or not _LABELS.sub(" ", prefix).strip(" ,:;()–—·•|"):
        return None
    rest = (prefix[: label.start()] + " " + prefix[label.end() :]).strip(" ,:;()–—·•|\t")
    body = _BODY_OF_LABEL.match(re.sub(r"\s+", " ", _LABELS.sub(" ", rest)).strip(" ,:;()–—·•|"))
    name = body.group(1).strip() if body else ""
    if name.endswith("s") and " " in name and (name[:-1] in known_orgs or looks_like_org(name[:-1])):
        name = name[:-1]  # "Piteå kommuns pressjour": the municipality's
    genitive = name.endswith("s") and (has_word(text, name[:-1]) or _COMMON_GENITIVE.match(name) is not None)
    vouched = bool(name) and not genitive and (name in known_orgs or looks_like_org(name) or text.count(name) >= 2)
    return label.group(1).lower(), name if vouched and not _NOT_AN_ORGANISATION.search(name) else None


_PRESS_LABEL = re.compile(r"(?i)\s*(presse|press|media|medier|pressekontakt|presskontakt|press office)\s*:")


def _role_label(prefix: str) -> str | None:
    """A title that labels the number after it on a line of its own: "Vakthavende brannmester (døgnbemannet): "."""
    label = re.sub(r"\([^()]*\)", " ", _LABELS.sub(" ", prefix)).strip(" ,:;–—·•|\t")
    words = label.split()
    if not 1 <= len(words) <= 4 or not any(is_title(w) for w in words) or any(w[:1].isupper() for w in words[1:]):
        return None
    return label.lower()


def _switchboard_label(text: str, line: str, line_start: int, item_start: int, item_end: int) -> str | None:
    """The label nearest the number: "(växel)" right after it, else the closest one before it."""
    after = _SWITCHBOARD.match(text[item_end : item_end + 20].lstrip(" (:–-"))
    if after:
        return after.group(1).lower()
    labels = list(_SWITCHBOARD.finditer(line[: item_start - line_start]))
    return labels[-1].group(1).lower() if labels else None


_CAPITALISED = re.compile(r"[A-ZÅÄÖÆØÉ][\w&.\-/]*$")
_NOT_AN_ORGANISATION = re.compile(
    r"(?i)\b(?:information|informasjon|questions|frågor|spørsmål|media|medier|press|presse|quick)\b")
_HEADER_ORG = re.compile(
    r"^\s*(?:For|För|Fra|Från|Frå|On behalf of|Kontakt|Contact)\s+(?:the\s+)?([A-ZÅÄÖÆØ][^:]{1,80}?):?\s*$"
)  # "For the Office of the Governor:"


def _widen(line: str, start: int, end: int) -> str:
    """An organisation span grown over the capitalised words around it on its line: NER often
    drops a word of a long name ("Kestrel" of "Kestrel Offshore Energy press office")."""
    words_before = line[:start].split()
    words_after = line[end:].split()
    name = line[start:end]
    for word in reversed(words_before[-3:]):
        if not _CAPITALISED.match(word) or word.casefold() in LABEL_WORDS or is_role_word(word) or word[-1] in ",:;.":
            break
        name = f"{word} {name}"
    for word in words_after[:3]:
        clean = word.rstrip(",.;:")
        if not _CAPITALISED.match(clean) or clean.casefold() in LABEL_WORDS or is_role_word(clean):
            break
        name = f"{name} {clean}"
        if clean != word:
            break
    return name


_NOT_A_NAME = {"se", "no", "dk", "fi", "is", "eu", "com", "org", "net", "co", "uk", "de", "info", "nu", "io", "www",
               "mail", "epost", "press", "kommune", "kommun", "gov", "ac", "nhs", "edu", "scot", "wales", "cymru",
               "london", "irish", "ie", "us", "ca", "au", "nz"} | WEBMAIL  # country and city top-level domains


_LEGAL_WORD = re.compile(rf"(?:{LEGAL_FORM}|{MORE_LEGAL_FORMS})")
_LEGAL_AFTER = re.compile(rf"[ \t\u00a0]+(?:{LEGAL_FORM})(?![\w/])")


def _folded_forms(name: str) -> set[str]:
    """"Hearth & Home Trust" is hearthhometrust, hearthandhometrust or hearthoghometrust in an address;
    "Ytre Helgeland Havn IKS" also yhhavn, "Humber Wolds Air Ambulance" hwairambulance (the first words'
    initials, then the other words), "Kanza Regional Water Authority" kanzawater (a word left out)."""
    forms = {folded(name.replace("&", word)) for word in (" ", "and", "og", "och")}
    words = [w for w in name.split() if not _LEGAL_WORD.fullmatch(w)]
    if len(words) >= 3 and all(w[:1].isupper() for w in words):
        forms |= {folded("".join(w[0] for w in words[:k]) + "".join(words[k:])) for k in range(1, len(words))}
        # one descriptive word left out: "Kanza Regional Water Authority" is kanzawater
        forms |= {folded("".join(words[:k] + words[k + 1 :])) for k in range(1, len(words))}
    return forms



_NAME_IN_TEXT = re.compile(
    r"[A-ZÅÄÖÆØ](?<![\w-].)[\w-]+(?:[ \t](?:[A-ZÅÄÖÆØ][\w-]*(?!/)|och|og|&))*"  # not the "A" of "A/S"
    rf"(?:[ \t](?:kommun|kommune|universitet|högskola|SF|{LEGAL_FORM}))?(?![\w-])"  # within a line
)


def _first_word_cut(label: str, name: str) -> bool:
    """A domain spelling a name with its first word cut short: saskenergyauthority for "Saskatchewan Energy
    Authority"."""
    words = [folded(w) for w in name.split()]
    rest = "".join(words[1:])
    head = label[: len(label) - len(rest)]
    return len(words) > 1 and len(head) >= 3 and label.endswith(rest) and words[0].startswith(head)


def _domain_labels(emails: list[str]) -> list[str]:
    """The folded parts of the addresses' domains that may spell a name (not "se", "com", "www")."""
    return [folded(x) for e in emails for x in e.rsplit("@", 1)[-1].casefold().split(".") if x not in _NOT_A_NAME]


def _spells(name: str, labels: list[str]) -> bool:
    """Whether a word of the name is written in a domain: "politidistrikt" in politiet.no, "Tyneside" in
    tynesidesu.org.uk (an acronym's letters do not count)."""
    words = [w for w in (folded(x) for x in re.findall(r"\w+", name)) if len(w) >= 4]
    return any(w in label or label in w or len(os.path.commonprefix([w, label])) >= 5 for w in words
               for label in labels if len(label) >= 4)


def _named_after_kind(label: str, name: str) -> bool:
    """A domain spelling the name a body's kind introduces: kvarnstenen.se for "Brf Kvarnstenen" or
    "Bostadsrättsföreningen Kvarnstenen"."""
    words = name.split()
    return len(words) == 2 and len(label) >= 5 and folded(words[1]) == label and (
        words[0].casefold() in {"brf", "borettslaget"} or words[0].casefold().endswith(DEFINITE_KIND_FIRST))


def _organisation_by_domain(emails: list[str], candidates: list[str], text: str) -> str | None:
    """The organisation an address belongs to, by its domain: press@bergslagensstal.se is
    Bergslagens Stålverk AB's, gunnhild@raundalsfestivalen.no Raundalsfestivalen's. Among the
    names written in the release that fit, the most frequent (then the longest) wins; a bare
    place name ("Eskilstuna") is not an organisation."""
    # ("The X" opening a sentence is X)
    names = {" ".join(c.split()).removeprefix("The ") for c in candidates} | {
        m.group(0).rstrip(" &").removeprefix("The ") for m in _NAME_IN_TEXT.finditer(text)}
    forms_of = {name: _folded_forms(name) for name in names
                if len(folded(name)) >= 4 and not known_place(name) and name.casefold() not in LABEL_WORDS
                and name[:1].isupper()  # not "regionen", a common noun the model read as a body
                and not (name.endswith("s") and known_place(name[:-1]))  # "Mariestads": the town's, not a body
                and not (name.endswith("s") and name[:-1] in names)}  # "Region Västerbottens": the genitive
    best: tuple[int, int, int, str] | None = None
    for email in emails:
        for label in _domain_labels([email]):
            if len(label) < 4:
                # thomas@ysf.no: "Yrkessjåførenes Fagforbund (YSF)", a name the release abbreviates so
                spelled = spelled_out(label, text)
                if spelled:
                    return spelled
                continue
            for name, forms in forms_of.items():
                covered = [min(len(f), len(label)) for f in forms if f.startswith(label) or label.startswith(f)]
                if not covered and (_first_word_cut(label, name) or _named_after_kind(label, name)):
                    covered = [len(label) - 1]  # below a name spelled whole
                if covered:
                    # the name that spells more of the domain first ("viskadalenstextil": Viskadalens
                    # Textilmuseum, not Viskadalen), then the most frequent, then the longest
                    score = (max(covered), text.count(name), len(name), name)
                    best = max(best, score) if best else score
    if not best:
        return None
    found = best[-1]
    if found.endswith("s") and " " in found and folded(found[:-1]) in _domain_labels(emails):
        return found[:-1]  # "Region Västerbottens senaste uppföljning", press@regionvasterbotten.se
    # "vanerstrand": "Räddningstjänsten Vänerstrand", where the release never writes "Vänerstrand" alone
    longer = [n for n in names if n.endswith(f" {found}") and text.count(n) == text.count(found)]
    if longer:
        return max(longer, key=len)
    # "jostedal.fhs.no": "Jostedal folkehøgskule", the one body named by the valley, not "Jostedal" itself; but
    # a firm named by it and another word ("Sydkusten Liv AB") is a subsidiary of the body "Sydkusten", not it
    bodies = {n for n in names if n.startswith(f"{found} ") and looks_like_org(n) and len(
        rest := n[len(found) + 1 :].split()) <= 2 and not {"och", "og", "and", "&"} & set(rest) and found not in (
        " ".join(rest)) and not (len(rest) > 1 and LEGAL_AT_END.search(n))} if not looks_like_org(found) else set()
    shortest = min(bodies, key=len) if bodies else None  # "Jostedal folkehøgskule", not "… folkehøgskule startar"
    return shortest if shortest and all(b.startswith(shortest) for b in bodies) else found


def _body_line_above(lines: list[tuple[int, str]], index: int, known_orgs: set[str]) -> str | None:
    """A body's name alone on the line right above a person's: "Groenvaart Energy B.V." over "Marloes de
    Wit-Jansen, Head of Corporate Communications"."""
    above = lines[index - 1][1].strip() if index > 0 else ""
    label = re.match(r"(.+?)\s[–—-]\s", above)  # "Media contacts – Nordkyst Seafood ASA"
    if label and all(w.casefold() in LABEL_WORDS | {"media", "contacts", "contact", "press"}
                     for w in label.group(1).split()):
        above = above[label.end() :]
    if above and len(above) <= 80 and not re.search(r"[\d@:]", above) and above[:1].isupper() and (
            looks_like_org(above) or above in known_orgs) and above.casefold() not in LABEL_WORDS and not (
            _SWITCHBOARD.search(above)):
        return above
    return None


def _header_organisation(lines: list[tuple[int, str]], position: int, text: str) -> str | None:
    """The organisation of a block header just above a person: "For Nordhavn Cables A/S:"."""
    index = next((i for i, (start, line) in enumerate(lines) if start <= position <= start + len(line)), None)
    if index is None:
        return None
    for back in range(index - 1, max(-1, index - 3), -1):
        above = lines[back][1].strip()
        if not above:
            continue
        match = _HEADER_ORG.match(above)
        if match and not _SWITCHBOARD.search(match.group(1)) and (
            looks_like_org(match.group(1)) or len(match.group(1).split()) <= 5
        ) and not _NOT_AN_ORGANISATION.search(match.group(1)):
            return match.group(1).strip()
        return None
    return None


def _header_label(lines: list[tuple[int, str]], index: int) -> str | None:
    """A press office's label on the line above its numbers ("Kestrel Offshore Energy press office")."""
    for back in range(index - 1, max(-1, index - 3), -1):
        above = lines[back][1].strip()
        if not above:
            continue
        labels = list(_SWITCHBOARD.finditer(above))
        if labels and not re.search(r"\d", above):
            return labels[-1].group(1).lower()
        if re.search(r"[\d@]", above):
            return None
        service = service_and_body(above[:-1])[0] if above.endswith(":") else None
        if service and service == above[:-1].strip():
            return service  # "Investor relations:" on its own
        cells = _cells(above)[1:]  # "Communications Office, Kilkenny County Council"
        if cells and service_and_body(cells[0])[0] == cells[0]:
            return cells[0]
        service, body = service_and_body(above) if len(above.split()) <= 6 else (None, None)
        return service if service and body else None  # "HVHA Communications Team"
    return None


_COMMON_GENITIVE = re.compile(r"^[A-ZÅÄÖÆØ][a-zåäöæø]{3,}(?:ens|ets|nas|nes)$")
_ABOUT_WORD = re.compile(f"^{ABOUT_WORDS}")
# The number of a webcast's or conference call's line is nobody's contact ("Dial-in: +46 8 465 004 50").
_DIAL_IN = re.compile(
    r"(?i)(?:dial[- ]?in|call[- ]in|conference call|telefonkonferens|telefonkonferanse|inringningsnummer|"
    r"innringingsnummer)[^.\n]{0,25}$"
)


def _is_prose(line: str) -> bool:
    """A paragraph of running text, not a line of a contact block."""
    return len(line) > 100 and bool(re.search(r"[.!?]\s+[A-ZÅÄÖÆØ]|[.!?]$", line))


def _organisation_below(lines: list[tuple[int, str]], index: int) -> str | None:
    """The organisation on the line under a contact block ("Sørvest Energiklynge, Lagerveien 21, ...")."""
    for _start, line in lines[index + 1 : index + 4]:
        stripped = line.strip()
        if not stripped:
            continue
        if _is_prose(stripped) or _LABELS.match(stripped):
            return None
        first = stripped.split(",")[0].strip()
        words = first.split()
        capitalised = all(_CAPITALISED.match(w) or w in {"&", "og", "och", "and", "of"} for w in words)
        if 1 <= len(words) <= 5 and not re.search(r"\d|@", first) and (looks_like_org(first) or capitalised) and (
            "," in stripped and not is_role_word(words[0])  # "Kommunikasjonsrådgiver, Sykehuset …" is a title
        ):
            return first
    return None


_OFFICE_WORD = re.compile(r"(?i)(?:huvud|hoved|hovud)kontor\b|head office\b")


# A desk named by its body's genitive and a common noun: "Statsforvalterens rovviltvakt", "Vasskraftens driftssentral".
_OWNED_SERVICE = re.compile(r"^([A-ZÅÄÖÆØ][\w-]+s)\s+[a-zåäöæø][\w-]*$")


def _organisation_above(context: Context, lines: list[tuple[int, str]], index: int) -> str | None:
    for back in range(index, max(-1, index - 10), -1):
        start, line = lines[back]
        stripped = line.strip()
        if not stripped or ORG_NUMBER.search(stripped):
            continue
        if back < index and _is_prose(stripped):
            # the block ends where the release's running text is: its names are not the office's; but
            # the paragraph under "Om Helse Sunnhordland HF" is that body's, and so is the number after it
            about = next((m for _, above in lines[max(0, back - 2) : back]
                          if (m := ABOUT_HEADING.match(above.strip()))), None)
            if about and looks_like_org(about.group(1)):
                return about.group(1)
            break
        spans = context.entities_in(start, start + len(line), "ORG")
        orgs = [_widen(line, o.start - start, o.end - start) for o in spans]
        before_items = re.split(r"[:\d+(]", stripped, maxsplit=1)[0].strip(" ,–-")
        if "," in before_items:  # "Mattias Wiklander, regionchef Norr, Bovira Bostad AB": the body is the last part
            parts = [p.strip() for p in before_items.split(",")]
            # but "Sogn Sparebank, kommunikasjonsavdelinga": the body, then its department
            body_first = not parts[-1][:1].isupper() and looks_like_org(parts[0]) and not _OFFICE_WORD.match(parts[0])
            before_items = parts[0] if body_first else parts[-1]
        if before_items and looks_like_org(before_items) and len(before_items) < 80:
            orgs.append(before_items)
        owned = _OWNED_SERVICE.match(before_items) if back == index else None
        if owned and re.search(rf"(?<![\w-]){re.escape(owned.group(1)[:-1])}(?![\w-])", context.text):
            orgs.append(owned.group(1))  # "Statsforvalterens rovviltvakt: 61 26 60 90": the body the text names
        named = _SWITCHBOARD.sub("", before_items).strip(" ,:;–-")
        if named != before_items and named[:1].isupper() and named.casefold() not in LABEL_WORDS and len(
                named.split()) <= 6 and all(
            _CAPITALISED.match(w) or w in {"&", "og", "och", "and", "of"} or looks_like_org(w.removesuffix("s"))
            for w in named.split()  # "Piteå kommuns pressjour"
        ):
            orgs.insert(0, named)  # "Kestrel Offshore Energy press office": the name with its label removed
        for org in orgs:
            org = _SWITCHBOARD.sub("", org).strip(" ,:;")
            if org.endswith(":s"):
                org = org[:-2]
            elif org.endswith("s") and (re.search(rf"{re.escape(org[:-1])}(?!s)\b", context.text) or (
                org[:1].isupper() and org.split()[-1][:1].islower() and looks_like_org(org[:-1])
            )):
                org = org[:-1]  # "Region Skånes presstjänst" -> Region Skåne; "Piteå kommuns pressjour"
            if _COMMON_GENITIVE.match(org):
                return None  # "Regionens presstjänst": the body the release is about, found from the domain
            if len(org) > 2 and "@" not in org:  # not "C" of a party tag "(C)" NER took for a body
                return org
    return _organisation_below(lines, index)


def _not_a_sentence(name: str | None) -> str | None:
    """None for a clause the model read as a name ("Applicants with questions about the fund can call"); a name
    without the preposition the model took in ("i Agder politidistrikt")."""
    if name and sum(w[:1].islower() for w in name.split()) >= 3 and not CLAUSE_VERBS.isdisjoint(name.split()):
        return None
    return re.sub(r"^(?:i|ved|på|vid|hos|in|at)\s+(?=[A-ZÅÄÖÆØ])", "", name) if name else name



def _parent_body(unit: str, bodies: set[str], text: str, within: bool) -> str | None:
    """The body a unit belongs to, where the release writes them together: "Tønsberg kommune – Vann og
    avløp"; for a switchboard (``within``) also "Servicetorget i Tønsberg kommune". The unit is a common noun
    phrase, no name of a body itself (not "Hallens Snickerifabrik i Åre kommun")."""
    words = unit.split()
    if looks_like_org(unit) or unit in bodies or not unit[:1].isupper() or any(w[:1].isupper() for w in words[1:]):
        return None
    after = r"|(?<![\w-]){unit}\s+(?:i|hos|ved|på|vid|in|at)\s+{body}" if within else ""
    for body in sorted(bodies, key=len, reverse=True):
        pattern = (r"{body}[ \t]*[–—-][ \t]*{unit}(?![\w-])" + after).format(
            body=re.escape(body), unit=re.escape(unit))
        if re.search(pattern, text):
            return body
    return None


# A line's own label before its number: "Biljettkassan:", "Rangaunu Seafoods office:" (not "Mobil:", not a name).
_OWN_LABEL = re.compile(r"^\s*([A-ZÅÄÖÆØ][^:\d@]{2,50}?)\s*:\s*$")


def _desk_line(prefix: str, kind: str, person: _Draft) -> bool:
    """A line under a person's that is a desk's, not theirs: a service names it ("Kommunikasjonsavdelingen:
    presse@…", "Prairie Sky Renewables Media Relations, media@…"), or it gives another address after some
    label when the person has one ("Skagerrak Infrastructure Partners: press@…")."""
    labelled = _OWN_LABEL.match(prefix)
    prefix = re.sub(r"\s*\([^()]*\)", "", prefix).strip(" \t:–—-,;|")  # "Trafikksentralen (open heile døgnet)"
    return bool(prefix) and (any(service_and_body(cell)[0] is not None for cell in _cells(prefix)) or (
        kind == "email" and bool(person.emails)) or (
        # "Biljettkassan: 0480-…", "Rangaunu Seafoods office: 09 …" under a person with a number: another line's
        kind == "phone" and bool(person.phones) and labelled is not None and not _HOURS.search(prefix)
        and _LABELS.sub(" ", labelled.group(1)).strip(" .") != "" and not looks_like_person(labelled.group(1))))


# A contact table's field label and its value: "Stilling<TAB>Kommunikasjonssjef", "Company: Acme Ltd"
_ROLE_FIELDS = ("stilling", "tittel", "titel", "title", "role", "roll", "rolle", "befattning", "position", "funksjon")
_BODY_FIELDS = ("selskap", "firma", "bedrift", "company", "organisation", "organization", "organisasjon", "företag",
                "arbeidsgiver", "arbetsgivare")
_FIELD = re.compile(rf"(?i)({'|'.join(_ROLE_FIELDS + _BODY_FIELDS)})(?:\t+|\s*:\s*)(\S.*)")


def _sentence_address(prefix: str, kind: str, value: str, person: _Draft) -> bool:
    """An address a sentence of its own gives under a person's block, not theirs: "Housing applicants with
    questions can email housingplan@…", "Spørsmål frå media kan også sendast til post@…"."""
    words = prefix.split()
    if kind != "email" or len(words) < 5 or sum(w[:1].islower() for w in words) * 2 < len(words):
        return False
    local = folded(value.split("@")[0])
    return not any(len(part) > 2 and folded(part) in local for part in (person.name or "").split())


def _cells(prefix: str) -> list[str]:
    """A line's label and its comma-separated cells: "India: Corporate Communications, Sarvatra Infosystems
    Limited" -> the whole, "Corporate Communications", "Sarvatra Infosystems Limited"."""
    cells = [c.strip(" \t") for c in re.split(r"[,:;|]", prefix)]
    return [prefix] + [c for c in cells if c and c != prefix] if len(cells) > 1 else [prefix]


_OPENING_DAYS = WEEKDAYS | {"vardagar", "hverdager", "weekdays", "weekends", "helger"}


def _desk_cell(prefix: str) -> str | None:
    """The part of a desk's line that names its service: the last cell that does ("Media enquiries: Group
    Communications", "India: Corporate Communications, Sarvatra Infosystems Limited"), else the whole line;
    none in a sentence ("For media enquiries, please contact the communications team on …")."""
    if len(prefix.split()) > 12:
        return None
    served = [c for c in _cells(prefix) if len(c.split()) <= 6 and service_and_body(c)[0] and not (
        c.casefold().startswith(("for ", "för ")))]  # not "For media enquiries, please contact …"
    return served[-1] if served else None


_HOURS = re.compile(r"(?i)\b(?:out[- ]of[- ]hours|after[- ]hours|outside office hours|evenings?|weekends?|nights?|"
                    r"kvällstid|kveldstid|helg|helger|helgene|dygnet runt|døgnet rundt|utanför kontorstid|"
                    r"utenfor kontortid|utanfor kontortid)\b")


def _desk_body(prefix: str, known_orgs: set[str], text: str) -> str | None:
    """The body a desk's line names beside its service: "Passenger enquiries: Orkney Ferries booking office",
    "India: Corporate Communications, Sarvatra Infosystems Limited"."""
    prefix = _LABELS.sub(" ", prefix.strip(" \t:–—-,;|")).strip(" \t:–—-,;|")
    cell = _desk_cell(prefix) if prefix else None
    if not cell:
        return None
    body = service_and_body(cell)[1]
    if not body:  # the service alone: a cell beside it that names a body
        body = next((c for c in _cells(prefix)[1:] if c[:1].isupper() and not any(
            service_and_body(w)[0] for w in c.split()) and (c in known_orgs or looks_like_org(c))), None)
    if not body:
        return None
    body = body.split(":")[-1].strip(" \t,;|")
    return body if body and (body in known_orgs or looks_like_org(body) or text.count(body) >= 2) else None


def _desk_label(prefix: str, known_orgs: set[str]) -> str | None:
    """The label of a desk's line, as written: "Investor relations: ir@…", "Billettservice: 62 51 30 00", "Media
    enquiries: press@…"; a service after its body's name ("Prairie Sky Renewables Media Relations, …")."""
    prefix = _LABELS.sub(" ", prefix.strip(" \t:–—-,;|")).strip(" \t:–—-,;|")  # not "Tel:", "Tlf.:", "Mobil"
    prefix = (_desk_cell(prefix) if len(_cells(prefix)) > 1 else None) or prefix  # "India: Corporate Communications"
    service, body = service_and_body(prefix) if prefix else (None, None)
    if service and body:  # "Prairie Sky Renewables Media Relations", "Kommunikasjonsavdelingen i Elverum kommune"
        return service if " " in service else service.lower()
    if service:
        return prefix  # "Customer Service: (03) 5585 9200"
    words = prefix.split()
    if words and words[0].casefold().rstrip(":") in _OPENING_DAYS:
        return None  # "Lördag 10–14: 0293-…": opening hours
    if not 1 <= len(words) <= 4 or re.search(r"[\d@]", prefix) or prefix in known_orgs or looks_like_org(prefix) or (
            any(w[:1].isupper() for w in words[1:])):
        return None  # a body's name ("Skagerrak Infrastructure Partners: press@…"), or no label
    return prefix


# "Båda nås via Region Västerbottens presstjänst, tel. 090-…", "Both can be reached on …": a number or address shared
# by the people listed just above, not a desk of its own
_SHARED = re.compile(
    r"(?i)^\s*(?:båda|bägge|alla|samtliga|begge|båe|alle|both|all)\b(?:\s+(?:två|tre|to|tvo|two|three))?"
    r"(?:\s+[\w-]+){0,3}?\s+(?:nås|nåes|når|treffes|treffast|kontaktas|kontaktes|kontaktast|reached|contacted)\b"
)
_HANDED_TO = re.compile(
    r"(?i)\b(?:hanteras av|sköts av|besvaras av|håndteres av|handteras av|besvares av|handled by|answered by|"
    r"arranged by|coordinated by|samordnas av|koordineres av)\b"
)
_SHARED_REACH = 8  # lines above the shared line the people may be on


def _sharers(drafts: list[_Draft], index: int) -> list[_Draft]:
    """The people listed just above a shared number's line: the trailing run of named drafts."""
    run: list[_Draft] = []
    for draft in reversed(drafts):
        if not draft.name or index - draft.line > _SHARED_REACH:
            break
        run.append(draft)
    return run[::-1] if len(run) > 1 else []


@register("contacts", order=10)
def extract_contacts(context: Context) -> None:
    text = context.text
    org_numbers = [(m.start(), m.end()) for m in ORG_NUMBER.finditer(text)]
    phones = find_phones_in_release(text, context.region, org_numbers)
    emails = find_emails(text)
    context.claimed.extend((p.start, p.end) for p in phones)
    context.claimed.extend((e.start, e.end) for e in emails)
    context.claimed.extend(org_numbers)
    items = sorted(
        [(p.start, p.end, "phone", p.e164) for p in phones if not _DIAL_IN.search(text[max(0, p.start - 40) : p.start])]
        + [(e.start, e.end, "email", e.address) for e in emails]
    )
    # not "Sätralyftet, AB" from "projektchef för Sätralyftet, AB Gävlehus": that legal form opens the next name
    known_orgs = {e.text for e in context.entities if e.label == "ORG" and not (
        LEGAL_AT_END.search(e.text) and _CAPITAL_NEXT.match(text, e.end))}

    drafts: list[_Draft] = []
    by_name: dict[str, _Draft] = {}
    current: _Draft | None = None
    nameless: _Draft | None = None
    lines = _split_run_on(_lines(text), items)
    cursor = 0
    for index, (start, line) in enumerate(lines):
        end = start + len(line)
        on_line = []
        while cursor < len(items) and items[cursor][0] < end + 1:
            if items[cursor][0] >= start:
                on_line.append(items[cursor])
            cursor += 1
        names = _person_names(context, start, line)
        if not on_line:
            stripped = line.strip()
            if names and current and current.name and current.role and not current.organization and not (
                    current.phones or current.emails) and index - current.line == 1 and current.start < lines[
                    current.line][0] and names[0][2] == stripped and text[lines[index - 1][0] : start].count("\n") == 1:
                # "Annika Strömberg" / "Vd" / "Cleantech Småland" / phone: the line under the title is the body,
                # however the model reads it
                current.organization = stripped
                current.line = index
                continue
            # the name first on its line, or after its title only ("Kommunikasjonssjef Hilde Marie Tveit")
            title = None
            if names:
                found = text[names[0][0] : names[0][1]]  # may hold the title: "Kommunikasjonssjef Hilde Marie Tveit"
                at = names[0][0] - start + (len(found) - len(names[0][2]) if found.endswith(names[0][2]) else 0)
                title = _role_before(line, at)
                title = title if title == line[:at].strip() else None
            labelled = _PRESS_LABEL.match(line)  # "Pressekontakt: Ola Mundal Berge, marknadsansvarleg"
            if names and (names[0][0] - start <= 12 or title or (labelled and names[0][0] - start <= labelled.end() + 1)
                          ) and len(stripped) <= 160:
                s, e, name = names[0]
                rest = text[e:end]
                if not rest.strip() or rest.lstrip()[:1] in {",", "–", "-", "(", "—", "|"}:
                    affiliation = parse_affiliation(rest.strip(" ()"), known_orgs)
                    current = by_name.get(name.casefold()) or _Draft(
                        name, affiliation.role or title,
                        affiliation.organization or _body_line_above(lines, index, known_orgs), s, e, index
                    )
                    current.line = index
                    nameless = None
                    continue
            if current and stripped and index - current.line == 1 and len(stripped) <= 100 and not (
                current.phones or current.emails
            ):
                # "Anna Berg" / "Presschef, Acme AB" on the next line; or a table's "Stilling<TAB>Kommunikasjonssjef"
                field = _FIELD.match(stripped)
                if field and field.group(1).casefold() in _ROLE_FIELDS:
                    # "Tittel: Administrerende direktør, Romsdal Fjordtrafikk AS"
                    affiliation = parse_affiliation(field.group(2).strip(), known_orgs)
                    current.role = current.role or affiliation.role or field.group(2).strip()
                    current.organization = current.organization or affiliation.organization
                elif field:
                    current.organization = current.organization or field.group(2).strip()
                else:
                    affiliation = parse_affiliation(stripped, known_orgs)
                    current.role = current.role or affiliation.role
                    current.organization = current.organization or affiliation.organization
                current.line = index
            elif stripped:
                current = None  # any other line ends the person's block ("Acme AB" above a switchboard)
            continue
        sharers = _sharers(drafts, index) if not names and _SHARED.match(line) else []
        if sharers:
            for _, item_end, kind, value in on_line:
                for draft in sharers:
                    draft.add(kind, value, item_end, draft.line)
            current = None
            continue
        previous_end = start
        desk_first = False  # the line's first item went to a desk ("TMR Media: (07) 3066 7248 | media@…"): so does
        # the rest of the line
        for item_start, item_end, kind, value in on_line:
            # The person of an item is the first name after the previous item in the same sentence:
            # "Olle Karlsson, ordförande, Sjuhärads Gårdsgas, 0321-14 07 22" -> Olle Karlsson.
            before = [n for n in names if n[1] <= item_start and not _SENTENCE_BREAK.search(text[n[1] : item_start])]
            fresh = [n for n in before if n[0] >= previous_end]
            if fresh:
                # "Intervjuförfrågningar till ordföranden X hanteras av kommunikatör Y, 0709-…": Y's number
                handed = [n for n, m in zip(fresh[1:], fresh, strict=False) if _HANDED_TO.search(text[m[1] : n[0]])]
                before = handed[-1:] or fresh[:1]
            elif previous_end > start:
                before = []  # "Olle Karlsson, ..., 0321-14 07 22, olle (at) gardsgas.se": same owner as before
            gap = text[max(previous_end, current.end if current else start) : item_start]
            # "08-762 55 10 (växel) eller direkt på 070-…": the label in brackets is the first number's
            gap = _LABEL_OF_PREVIOUS.sub("", gap)
            previous_end = item_end
            breaks = list(_SENTENCE_BREAK.finditer(text[current.end : item_start])) if current else []
            if current and current.line == index and breaks and not _NUMBER_LABEL.match(
                text[current.end + breaks[-1].end() - 1 : item_start]
            ):  # but "... 020 3318 4726. Out of hours: 07842 615903" labels the same person's number
                current = None  # "... 073-098 12 77. Ludvika Vatten AB:s kundtjänst nås på 0771-23 80 40"
            if before:
                s, e, name = before[-1]
                owner = by_name.get(name.casefold())
                if owner is None:
                    following = [i[0] for i in on_line if i[0] >= e]
                    between = _LABELS.sub(" ", text[e : following[0] if following else end])
                    between = between.strip(" ,:;()–—·•|")
                    if between.casefold() in PREPOSITION_WORDS or between.casefold() in {"on", "or", "via", "eller"}:
                        between = ""  # "svarar kommunikationschefen Karl-Johan Nyrén på 08-762 55 10"
                    affiliation = parse_affiliation(between, known_orgs)
                    cell = _cell_before(line, s - start)
                    titled = _LABEL_BEFORE_COLON.match(line[: s - start])  # "Föreståndare Lignocell: professor X"
                    if titled and not is_title(titled.group(1).split()[0]):
                        titled = None
                    cell = cell or (titled.group(1) if titled else None)
                    in_cell = parse_affiliation(cell, known_orgs) if cell else affiliation
                    role = affiliation.role or in_cell.role or _role_before(line, s - start)
                    organization = affiliation.organization or in_cell.organization or _line_prefix(
                        line, s - start) or _wire_heading(text, s) or (
                        _body_line_above(lines, index, known_orgs) if s - start <= 2 else None)
                    owner = _Draft(name, role, organization, s, e, index)
                    if current and current.name and current.name.casefold() == name.casefold():
                        owner = current
                current = owner
            elif current and current.name and index - current.line <= _MAX_LINES_FROM_NAME and not desk_first and not (
                # a switchboard label between the person's last item and this one ("växel 08-...");
                # "För mer information, kontakta: Anna Berg, ..." before the person does not count
                _SWITCHBOARD.search(gap if current.line == index else line)
                or _SWITCHBOARD.match(text[item_end : item_end + 20].lstrip(" (:–-"))
                or _another_block(current, lines, index, text[start : on_line[0][0]])
                or _another_body(current, index, text[start : on_line[0][0]])
                or (current.line != index and not names and _role_label(text[start : on_line[0][0]]))
                or (current.line != index and _PRESS_LABEL.match(line) is not None)  # "Presse: presse@…"
                or (current.line != index and _desk_line(text[start : on_line[0][0]], kind, current))
                or (current.line != index and _sentence_address(text[start:item_start], kind, value, current))
            ):
                owner = current
            else:
                first = item_start == on_line[0][0]
                own = _switchboard_line(text[start:item_start], known_orgs, text) if first else None
                # a line with a body or a desk's label of its own ("Customer service center: 1-800-…" under
                # "Investor relations:" and its number)
                desk = first and not names and not _HOURS.search(text[start:item_start]) and (  # "Out of hours: 07…"
                    _desk_label(text[start:item_start], known_orgs) is not None or (
                    nameless is not None and _sentence_address(text[start:item_start], kind, value, nameless)))
                if nameless is None or index - nameless.line > 2 or nameless.end < item_start - 80 or (
                        ((own and own[1]) or desk) and nameless.line != index):
                    label = _switchboard_label(text, line, start, item_start, item_end) or _header_label(
                        lines, index) or (None if names else _role_label(text[start : on_line[0][0]])) or (
                        press.group(1).lower() if (press := _PRESS_LABEL.match(line)) else None) or (
                        None if names else _desk_label(text[start : on_line[0][0]], known_orgs))
                    nameless = _Draft(
                        None, label,
                        (own[1] if own else None) or (_desk_body(text[start:item_start], known_orgs, text) if first
                                                      else None) or _not_a_sentence(
                            _organisation_above(context, lines, index)),
                        item_start, item_end, index,
                    )
                owner = nameless
                desk_first = desk_first or (first and current is not None and current.line != index)
            owner.add(kind, value, item_end, index)
            if owner.name:
                if owner.name.casefold() not in by_name:
                    by_name[owner.name.casefold()] = owner
                    drafts.append(owner)
            elif owner not in drafts:
                drafts.append(owner)
    candidates = [e.text for e in context.entities if e.label == "ORG"] + [d.organization for d in drafts
                                                                            if d.organization]
    for draft in drafts:
        if draft.name and not draft.organization:
            draft.organization = _header_organisation(lines, draft.start, text)
        if not draft.organization and draft.emails:
            draft.organization = _organisation_by_domain(draft.emails, candidates, text)
        elif not draft.name and draft.emails:
            # "Pressekontakt: kommunikasjon@hvl.no" under a dean's line: the address says whose office it is; so
            # does "mejla styrelsen på styrelsen@kvarnstenen.se" under another firm's contact line
            above, labels = draft.organization or "", _domain_labels(draft.emails)
            named = looks_like_org(above)
            by_domain = _organisation_by_domain(draft.emails, candidates, text) if not (
                named and _spells(above, labels)) else None  # (the body above written in the domain: kept)
            if by_domain and (not named or _spells(by_domain, labels) or len(above.split()) == 1):
                draft.organization = by_domain
    sender = issuer(text)
    for draft in drafts:
        if not draft.name and not draft.organization:
            draft.organization = sender  # a switchboard or press office the release names no body for: the sender's
    # A desk just under another contact is that contact's body's: "Hamnkontoret (dygnet runt): 0173-46 20 00" under
    # the managing director's block, "Customer service center: 1-800-…" under "Investor relations" and its number. A
    # desk named by its service alone keeps the neighbour's body for the service step below, after the sender's.
    above: dict[int, str] = {}
    for before, draft in zip(drafts, drafts[1:], strict=False):
        if before.organization and not draft.name and 0 < draft.line - before.line <= 3:
            above[id(draft)] = before.organization
            draft.organization = draft.organization or before.organization
    # (a body the model read as a place counts by its head word: "Tønsberg kommune – Vann og avløp")
    bodies = {e.text for e in context.entities if " " in e.text and looks_like_org(e.text) and (
        e.label == "ORG" or (e.label == "LOC" and e.text.split()[-1] in {"kommune", "kommun", "fylkeskommune"}))}
    for draft in drafts:
        parent = draft.organization and _parent_body(draft.organization, bodies, text, within=not draft.name)
        if parent:  # "Byggeleder, Vann og avløp" under "Tønsberg kommune – Vann og avløp": the unit's body
            if not draft.name and not draft.role:
                draft.role = draft.organization  # "Servicetorget i Tønsberg kommune"
            draft.organization = parent
    for draft in drafts:
        service, body = service_and_body(draft.organization) if draft.organization else (None, None)
        if service and body:
            # "Kommunikasjonsavdelingen i Elverum kommune", "Calderdale Council Press Office": the body's, and the
            # service is the role
            draft.organization = body
            draft.role = draft.role or (service.lower() if context.language != "en" else service)
        elif service:
            # "Investor Relations: Signe Kjær Vestergaard, …, ir@holmsgaard.dk", "Kundesenteret: 62 88 14 00":
            # a service of the body the address, the block's header or the release's sender names
            draft.organization = (_header_organisation(lines, draft.start, text) or _organisation_by_domain(
                draft.emails, [c for c in candidates if service_and_body(c)[1]], text) or (
                None if draft.emails else sender) or above.get(id(draft)))
            joined = re.search(rf"{re.escape(service)}\s+(?:(?:and|og|och|&)\s+)?{re.escape(draft.role)}", text,
                               re.IGNORECASE) if draft.role else None
            # "Media and Communications Manager", "Community Liaison Manager"
            draft.role = joined.group(0) if joined else draft.role or service
        if draft.organization and re.search(r"\d[\d\s-]{5,}", draft.organization):
            draft.organization = None  # "Mobile: 070-641 27 93", a number line no phone was read from
        if draft.organization and (field := _FIELD.fullmatch(draft.organization)):
            draft.organization = field.group(2).strip()  # "Selskap<TAB>Malangen Havbruk AS", a table's row above
        if draft.organization:
            draft.organization = _ABOUT_WORD.sub("", draft.organization) or None  # "Om Dellenbygdens Energi"
        draft.organization = without_wire_label(draft.organization) if draft.organization else None
        if draft.organization:
            # "SUNNHORDLAND NETT AS – DRIFTSMELDING NR.": a body's name, then the notice's heading
            draft.organization = re.split(r"\s[–—]\s(?=[A-ZÅÄÖÆØ\s.]+$)", draft.organization)[0]
        context.result.contacts.append(
            Contact(draft.name, role_case(draft.role, context.language), draft.organization, draft.phones,
                    draft.emails, draft.start, draft.end)
        )
