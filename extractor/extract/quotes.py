"""Attributed quotes: dash-led paragraphs ("– ..., säger NAME, ROLE för ORG."), quotation
marks ('"...," says NAME, ROLE at ORG.'), a quote followed by a name line, "according to".

Written by hand: attribution in releases follows a few fixed shapes that rules catch
precisely; the NER spans only confirm who is a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.extract import Context, register
from extractor.extract.emails import is_webmail
from extractor.extract.names import (
    BODY_HEADS,
    NOT_NAME_WORDS,
    OFFICE_TITLES,
    PERSON_NAME,
    candidate_names,
    issuer,
    looks_like_person,
    spelled_out,
    strip_name,
)
from extractor.extract.offices import DEFINITE_BODY, coordinated_body, office_body
from extractor.extract.roles import (
    BACK_REFERENCE_WORD,
    BOARD,
    CLUB_FORMS_AFTER,
    DEFINITE_KIND_FIRST,
    GENERIC_BODY_WORDS,
    INSTITUTION_NAME,
    LEGAL_FORM,
    MORE_LEGAL_FORMS,
    ORG_WORDS,
    OWN_BODY_WORDS,
    PREPOSITION,
    PREPOSITION_WORDS,
    Affiliation,
    body_of_kind,
    court_at,
    indefinite_title,
    is_remit,
    is_role_word,
    is_title,
    looks_like_org,
    owns_title,
    parse_affiliation,
    registered_of_definite,
    role_case,
)
from extractor.extract.words import FORMS_OF_ADDRESS, followed_by, has_word, word_starts
from extractor.gazetteers import known_place, listed_organisation
from extractor.records import Contact, Quote

VERBS = (
    r"säger|sa|sade|berättar|förklarar|menar|konstaterar|fortsätter|avslutar|understryker|tillägger|"
    r"betonar|poängterar|framhåller|skriver|sier|seier|uttaler|fortel|forteller|kommenterer|"
    r"understreker|legger\s+til|påpeker|avslutter|fortsetter|seier|meiner|mener|says|said|explains|"
    r"explained|adds|added|notes|noted|continues|continued|comments|commented|states|stated|concludes|told|tells|"
    r"kommenterar|kommenterade|kommenterte|tilføyer|legg\s+til|forklarer|forklarte|forklarar|forklara|"
    r"påpekar|understrekar|konstaterer|konstaterte|konstaterar|fremhever|framhever|framhevar|opplyser|upplyser|"
    r"presiserer|poengterer|fortalte|berättade|svarar|svarer|bekräftar|bekräftade|bekrefter|bekreftar|confirms|"
    r"confirmed"
)
PRONOUNS = r"han|hon|hun|ho|he|she|they|de|dei|vi"
_DASH_LINE = re.compile(r"^\s*[–—-]\s*(?=\S)")
_INLINE_DASH = re.compile(r"(?<=\S):[ \t]+(?P<dash>[–—])[ \t]+(?=[A-ZÅÄÖÆØ«\"])")
_END_MARK = re.compile(r"(?i)^\s*[–—-]+\s*(?:ends?|slut|slutt|#+)\s*[–—-]*\s*$")  # "-ENDS-": release furniture
_ATTRIBUTION = re.compile(
    rf"(?:[,.!?…]\s*|\s)(?P<verb>{VERBS})\s+(?P<who>(?:{PRONOUNS})\b|[^\s,.]+(?:\s+[^\s,.]+){{0,3}})",
    re.IGNORECASE,
)
# a quotation closed on its line, or one that opens a paragraph's last sentence and goes on in the next
# paragraph (English style: no closing mark until the quotation ends)
_QUOTED = re.compile(r"[\"“”«»„](?P<q>[^\"“”«»„\n]{12,}?)(?:[\"“”«»]|$)")
# British releases often quote in single marks ('We are overwhelmed,' said …); the apostrophes inside
# ("people's") do not close a quotation, which ends at a mark before a space or punctuation.
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(]))['‘](?P<q>[^\n]{30,}?)(?:['’](?=[,.!?;:]?(?:\s|$))|$)")


def _quotations(line: str, patterns: list[re.Pattern[str]]) -> list[re.Match[str]]:
    """Quotations in double marks (and, in English, single ones) in order, none inside another."""
    found: list[re.Match[str]] = []
    for pattern in patterns:
        found += [m for m in pattern.finditer(line)
                  if not any(f.start() < m.end() and m.start() < f.end() for f in found)]
    return sorted(found, key=lambda m: m.start())


_AFTER_QUOTE = re.compile(
    rf"^\s*,?\s*(?:(?P<verb>{VERBS})\s+(?P<who1>[^\n]+)|(?P<who2>[^\n]{{3,80}}?)\s+(?P<verb2>{VERBS})\b(?P<rest2>[^\n]*))",
    re.IGNORECASE,
)
# "I ett uttalande skriver förbundsordföranden Rasmus Vikner: ”…”": the verb first, then the speaker and a colon.
_VERB_FIRST_LEAD = re.compile(rf"\b(?i:{VERBS})\s+(?P<who>[A-ZÅÄÖÆØ][^.!?\n\"“”«»]{{2,140}}?)\s*:\s*$")
# "Marcus Oyelaran, partner at Liffey Bay Ventures, said the company combined "…"", "X, …, described the
# results as "…"": the speaker opens the sentence whose verb of saying comes before the quotation.
_REPORTED_LEAD = re.compile(
    rf"(?:^|[.!?]\s+)(?P<who>[A-ZÅÄÖÆØ][^.!?\"“”«»]{{2,200}}?)\s+(?i:{VERBS}|described|describes|called|calls|beskriver|"
    r"beskrev)"
    r"\s+[^.!?\"“”«»]*$"
)
_ACCORDING = re.compile(r"(?i)\b(?:according to|enligt|ifølge|ifølgje)\s+(?P<who>[^\n]+)")
_SENTENCE_END = re.compile(
    r"(?<!\b[A-ZÅÄÖ])(?<!\bt\.ex)(?<!\bbl\.a)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)"
    r"(?<!\bProf)(?<!\bCapt)(?<!\bSt)(?<!\bCoun)[.!?](?=\s|$)|:\s*$|:(?=\s)"  # "said Gov. Tolliver-Banks"
)


def _clause(text: str) -> str:
    """The attribution up to the end of its sentence, without the outlet it was said to ("… i Arktis Air til NTB")."""
    match = _SENTENCE_END.search(text)
    clause = text[: match.start()] if match else text
    return _TOLD_OUTLET.sub("", clause)


# "sier daglig leder X i Arktis Air til NTB", "säger X till TT": the news agency or paper spoken to
_TOLD_OUTLET = re.compile(
    r"\s(?:til|till)\s(?:[A-ZÅÄÖÆØ]{2,5}|TV\s?[24]|Avisa\s[A-ZÅÄÖÆØ][\w-]*|"
    r"[A-ZÅÄÖÆØ][\w-]*(?:avisen|bladet|posten|tidningen|tidende|\s(?:Dagblad|Tidende|Avis|Næringsliv|Nyheter)))"
    r"\s*[.!?]?\s*$")


_ADDRESS_AT_END = re.compile(rf"\b{FORMS_OF_ADDRESS}\.?\s*$")
_REGISTERED_NAME = re.compile(
    # opens with the capital and looks behind it: `re` skips to capitals (see numbers.DIGITS); bounded words
    rf"[A-ZÅÄÖÆØ](?<![\w-][A-ZÅÄÖÆØ])[\w&-]*(?:[ \t](?:[A-ZÅÄÖÆØ][\w&-]*|&)){{0,4}},?[ \t]{LEGAL_FORM}(?![\w/])"
)
_STAFF_TITLE = re.compile(
    r"(?i)(?:chef|sjef|^vd$|\bceo\b|\bcfo\b|\bcto\b|\bcoo\b|direktör|direktør|director|manager|\bhead\b|"
    r"ledare|leder|leiar|ansvarig|ansvarlig|chief|officer|president|^chair\b|^ordförande$|^styreleder$|"
    # the board's chair and a university's head: the sender's too ("styrelseordförande", "Board Chair", "rektor")
    r"^styrelseordförande$|^styreleiar$|^board chair$|^chair of the board\b|^rektor$|^rector$|^vice-chancellor$|"
    r"^provost$|"
    r"inspektør|inspektör|politimeister|politimester|polismästare|kommissarie)"  # police ranks: the district's
)
# "klinikksjef for psykisk helsevern og rus", "Chair of the Board of Directors": a unit or organ of the sender,
# not another body ("leder i Vefsn Idrettsråd")
_OWN_UNIT = re.compile(
    rf"(?i:{PREPOSITION.pattern})(?:the\s+)?(?:[a-zåäöæø][\w-]*|Board|Directors|\s)+$")
# "… seier styreleiar Ola Vik i båtlaget": the speaker's own body, named before, not the sender
_BACK_REFERENCE = re.compile(rf"{PREPOSITION.pattern}(?:the\s+)?{BACK_REFERENCE_WORD}\b", re.IGNORECASE)
# "Keystone Airflow, Inc.", "Amberline Offshore Wind sp. z o.o."; not past the end of a line
_LEGAL_SUFFIX_AFTER = re.compile(rf",?[ \t\u00a0](?:{LEGAL_FORM}|{MORE_LEGAL_FORMS})(?![\w/])")
_NAME_THEN_SUFFIX = re.compile(rf"(?:[ \t](?:[A-ZÅÄÖÆØ][\w-]*|&)){{1,3}},?[ \t](?:{LEGAL_FORM}|SA)(?![\w/])")
# "Catawba Precision" for "Catawba Precision Holdings, Inc.": a group's name without its last word and legal form
_HOLDING_THEN_SUFFIX = re.compile(rf"[ \t](?:Holdings?|Group|Corporation|Company|International|Industries),?[ \t]"
                                  rf"(?:{LEGAL_FORM})(?![\w/])")


def complete_name(name: str | None, text: str) -> str | None:
    """ "Nordlys Battery" -> "Nordlys Battery ASA" when the release writes the full name; "LLF" ->
    "Lager- och Logistikförbundet" when it writes "Lager- och Logistikförbundet (LLF)"."""
    full = _complete_name(name, text)
    if full and _SENTENCE_STOP.search(full):
        full = full[:-1]  # "Nordkyst Seafood ASA.": the sentence's full stop, no part of the legal form
    return full


def _body_of_place(place: str | None, text: str) -> str | None:
    """ "Västerbottens län", "Åkerbo", "Polisens region Mitt" read as a body: the one body of that place the
    release names ("Länsstyrelsen i Västerbottens län", "Åkerbo kommun", "Polisregion Mitt")."""
    if not place:
        return None
    police = re.fullmatch(r"(?i)polisens\s+region\s+(\w+)", place)
    if police:
        return f"Polisregion {police.group(1)}"
    by_kind = body_of_kind(place, text)
    if by_kind:  # "Fylkeskommunen": the one county council the release names ("Innlandet fylkeskommune")
        return by_kind
    if not (known_place(place) and not looks_like_org(place)) and not re.fullmatch(r"\w+s län", place):
        return None
    bodies = {m.group(0) for m in re.finditer(
        rf"(?<![\w-])(?:(?:Länsstyrelsen|Statsforvaltaren) i {re.escape(place)}|Region {re.escape(place)}|"
        rf"{re.escape(place)} (?:kommun|kommune|Municipality|County Council|fylkeskommune))(?![\w-])", text)}
    if not bodies:
        return coordinated_body(place, text)  # "Ørsta og Volda kommunar"
    return bodies.pop() if len(bodies) == 1 else None


_FORM_BEFORE = re.compile(r"(?<![\w-])(?:[A-ZÅÄÖ][a-zåäö]+[ \t])?(?:AB|Ab|P/F|Sp/f|SIA|UAB|AAS|OÜ)[ \t]$")


def _form_first(name: str, text: str) -> str | None:
    """ "P/F Sundalaks" for "Sundalaks": the name with its legal form written first, where the release writes it so."""
    for at in word_starts(text, name):
        end = at + len(name)
        form = _FORM_BEFORE.search(text, max(0, at - 30), at)
        if form and not (end < len(text) and (text[end].isalnum() or text[end] == "-")):
            return text[form.start() : end]
    return None


def _with_constant_first_word(full: str, text: str) -> str:
    """ "Vårdkedjan Apotek Norden AB (publ)" each time the release writes "Apotek Norden AB": the word always
    before it is the name's first."""
    before = {re.search(r"(\S*)\s*$", text[max(0, at - 40) : at]).group(1) for at in word_starts(text, full)}
    word = before.pop() if len(before) == 1 else ""
    if len(word) > 2 and word[0].isupper() and word[1:].isalpha() and len(word_starts(text, f"{word} {full}")) > 1:
        return f"{word} {full}"
    return full


_CAPITALISED_AFTER = re.compile(r"(?:[ \t][A-Z][\w'’-]*){1,4}")
_BODY_HEAD_LAST = re.compile(r"[ \t](?:University|College|Council|Institute|Authority|Agency|Trust|Foundation|Hospital|"
                             r"Board|Commission|Service|Corporation|Cooperative|Association|Society|Federation)$")


# A sports club's abbreviated kind: "IL Vågslid" for "Idrettslaget Vågslid"
_CLUB_FORMS = {
    "IL": ("Idrettslaget", "Idrettslag", "Idrottslaget"),
    "IF": ("Idrottsföreningen", "Idrettsforeningen", "Idrottsförening"),
    "IK": ("Idrottsklubben", "Idrettsklubben", "Idrottsklubb"),
    "SK": ("Sportsklubben", "Skiklubben"),
}


_KIND_FIRST = rf"(?<![\w-])[A-ZÅÄÖÆØ]\w*(?:{'|'.join(DEFINITE_KIND_FIRST)})[ \t]"  # "Skogsägarföreningen "


def _complete_name(name: str | None, text: str) -> str | None:
    if not name:
        return name
    name = re.sub(r"[ \t](?:ved|på|vid|at)[ \t][a-zåäöæø]+(?:et|en|a|n)$", "", name)  # "Fellesforbundet ved verftet"
    court = court_at(name, text)
    if court:  # "Mark- och miljödomstolen": at the court the release names ("… vid Östersunds tingsrätt")
        return court
    brf = re.fullmatch(r"(?:Brf|BRF|HSB Brf)\.?\s+(.+)", name)
    if brf and has_word(text, f"Bostadsrättsföreningen {brf.group(1)}"):
        return f"Bostadsrättsföreningen {brf.group(1)}"  # "Brf Björkhagen": the housing cooperative's name
    club = re.fullmatch(r"(IL|IF|IK|SK)\s+(.+)", name)
    for long in _CLUB_FORMS.get(club.group(1), ()) if club else ():
        if has_word(text, f"{long} {club.group(2)}"):
            return f"{long} {club.group(2)}"  # "IL Vågslid", where the release also writes "Idrettslaget Vågslid"
    club = re.fullmatch(r"(.+)\s+(\S+)", name)
    for long in CLUB_FORMS_AFTER.get(club.group(2), ()) if club else ():
        if has_word(text, f"{club.group(1)} {long}"):
            return f"{club.group(1)} {long}"  # "Vikøy IL", where the release also writes "Vikøy Idrettslag"
    if re.fullmatch(r"[A-ZÅÄÖÆØ]{2,5}|[A-Z]{1,3}&[A-Z]{1,3}", name) or (f"({name})" in text and re.fullmatch(
            r"[A-ZÅÄÖÆØ][a-zåäöæø]?[A-ZÅÄÖÆØ][A-ZÅÄÖÆØa-zåäöæø]{0,3}|[A-ZÅÄÖÆØ]{2,5} [A-ZÅÄÖÆØ][a-zåäöæø]+", name)):
        return spelled_out(name, text) or name  # "förbundsordförande i LLF", "rektor ved HiNF": spelled out
    prefixed = _form_first(name, text) if not name.startswith(("AB ", "P/F ", "SIA ")) else None
    if prefixed:  # "AB Svartåhem", "Fastighets AB Vättersnäs", "P/F Sundalaks", "SIA Kurzemes Graudu Termināls"
        return prefixed
    fuller = re.search(rf"(?<![\w-])([A-ZÅÄÖ][a-zåäö]+)[ \t]{re.escape(name)}(?![\w-])", text) if name.startswith(
        ("AB ", "Ab ")) else None
    if fuller and fuller.group(1).casefold() not in NOT_NAME_WORDS:
        return fuller.group(0)  # "AB Vättersnäs" of "Fastighets AB Vättersnäs"
    match = followed_by(text, name, _LEGAL_SUFFIX_AFTER)
    if match:
        full = text[match.start() - len(name) : match.end()]
        if full.endswith(" Ltd.") and re.match(r"\s*$|\s*\n|\s+[A-ZÅÄÖÆØ\"“]", text[match.end() : match.end() + 3]):
            full = full[:-1]  # "… led by Calder Glassworks Ltd.\n": the sentence's full stop
        return _with_constant_first_word(full, text)
    if re.search(r"\b(?:Inc|Corp|Co)$", name) and has_word(text, f"{name}."):
        return f"{name}."  # "Bluecrest Electrolysis Inc" read off a line: the release writes "Inc."
    about = _about_opening(text) if " " not in name else None
    about = about and re.match(rf"{re.escape(name)}s?\s", about.group(2)) and about.group(1) == name and about
    if about:  # "Om Sydkusten\nSydkustens Ömsesidiga Försäkringsbolag är …", not the "Sydkusten Liv AB" it owns;
        # "Om Mälarhem\n\nMälarhem Försäkring AB är …", not the "Stiftelsen Mälarhem" that owns it
        return about.group(2)
    for prefix in _BODY_PREFIXES if not _BANK_OR_FIRM.search(name) else ():  # "Mjøsnatt" -> "Stiftelsen Mjøsnatt",
        # but "Västerbottens Sparbank" is the bank, not "Stiftelsen Västerbottens Sparbank" that owns it
        if not name.startswith(prefix) and has_word(text, f"{prefix} {name}"):
            return f"{prefix} {name}"
    for prefix in _LOCAL_GOVERNMENT:  # "Mayor of Port Hawkesbury", where the release writes "Town of Port Hawkesbury"
        if has_word(text, f"{prefix} {name}"):
            return f"{prefix} {name}"
    longer = _registered_form(name, text)
    if longer:
        return longer
    bracketed = _FULL_BEFORE_SHORT.search(text[: text.find(f"({name})")]) if f"({name})" in text and (
        " " in name) else None
    if bracketed:  # "Konsumentföreningen Ljusnan ekonomisk förening (Konsum Ljusnan)": the full name before
        return bracketed.group(1)
    match = followed_by(text, name, _HOLDING_THEN_SUFFIX) if " " in name else None
    if match:
        return text[match.start() - len(name) : match.end()]
    fuller = {name + more.group(0) for at in word_starts(text, name) if (
        more := _CAPITALISED_AFTER.match(text, at + len(name))) and _BODY_HEAD_LAST.search(more.group(0))} if (
        " " in name and name[:1].isupper() and not (looks_like_org(name) or re.search(
            r"\s(?:County|Port|Health)$", name))) else set()
    if len(fuller) == 1:  # "Hywel Dda's director of public health": the one "Hywel Dda University Health Board"
        return fuller.pop()
    if " " not in name:
        kind = body_of_kind(name, text)
        if kind:  # "Regionen", "Kommunen": the one region or municipality the release names in full
            return kind
        # "Länsstyrelsen" after "Länsstyrelsen i Värmlands län": the body the release first named in full
        full = next((m.group(0) for m in INSTITUTION_NAME.finditer(text) if m.group(0).startswith(f"{name} ")), None)
        if full:
            return full
        # "Bergmans" in a contact line, "Bergmans Järn & Fritid AB (publ)" in the release: a one-word
        # short name stands for the registered name that starts with it.
        match = followed_by(text, name, _NAME_THEN_SUFFIX)
        if match:
            return text[match.start() - len(name) : match.end()]
        definite = registered_of_definite(name, text)  # "Gardsmeieriet": "Valdres Gardsmeieri SA"
        if definite:
            return definite
        kind_first = re.search(rf"{_KIND_FIRST}{re.escape(name)}(?![\w-])", text)
        if kind_first and not known_place(name):  # "Nordanskogs styrelseordförande" after "Skogsägarföreningen
            # Nordanskog"; but "Volda" is the municipality, not "Sparebankstiftinga Volda"
            return kind_first.group(0)
    return name


@lru_cache(maxsize=8)  # asked for each short name of the same release
def _about_opening(text: str) -> re.Match[str] | None:
    return _ABOUT_OPENS.search(text)


# The section about a body, and the name its first sentence opens with
_ABOUT_OPENS = re.compile(
    r"^(?:Om|About|Fakta om|Kort om)[ \t]+(\S+)[ \t]*:?[ \t]*\n\s*"
    r"([A-ZÅÄÖÆØ][\w&-]*(?:[ \t][A-ZÅÄÖÆØ][\w&-]*){1,5})[ \t]+(?:är|er|is|was|var|har|has)\s", re.M)
_ACCORDING_OPENING = re.compile(r"(?:Enligt|Ifølge|Ifølgje|According to)\s+(?=[A-ZÅÄÖÆØ])")
# A registered name right before a bracketed short form of it, from the start of its line or sentence.
_FULL_BEFORE_SHORT = re.compile(
    rf"(?:^|\n|[.!?:]\s)\s*([A-ZÅÄÖÆØ][\w&-]*(?:[ \t][\w&-]+){{0,6}}[ \t](?:{LEGAL_FORM}|{MORE_LEGAL_FORMS}))[ \t]$")
_BANK_OR_FIRM = re.compile(rf"(?:\s(?:{LEGAL_FORM})|(?i:bank|banken))$")
_SENTENCE_STOP = re.compile(r"\s(?:AS|ASA|AB|Oy|Oyj|plc|PLC|A/S|ApS|GmbH|HF|RHF|IKS|SF|AG|BV|NV|LLP|LLC|KF)\.$")
_BODY_PREFIXES = ("Stiftelsen", "Stiftinga", "Föreningen", "Foreningen", "Bostadsrättsföreningen")
_LOCAL_GOVERNMENT = ("Town of", "City of", "Borough of", "County of", "Municipality of", "District of", "Village of",
                     "Township of")
# What a registered name ends with after the short form a release also uses: "Wyvern Valley Hospitals NHS
# Foundation Trust", "Ravensworth Rovers Football Club", "Pennine Hearth Housing Association Limited".
_NAME_END = re.compile(
    rf"(?<![\w-])(?:{LEGAL_FORM}|{MORE_LEGAL_FORMS}|Trust|Club|Association|Limited|Idrettslag|Idrottsförening|"
    r"Idrottsklubb|Football Club|Foundation|Society|Partnership|Council|Company|Corporation|"
    r"[\w-]*(?:förbund|förbundet|forbund|forbundet|förening|föreningen|forening|foreningen))\.?$"
)


_WHOLE_BODY_HEADS = frozenset(ORG_WORDS | {"nation"})  # a name ending so is whole: "… First Nation and Y" is two


def _registered_form(name: str, text: str) -> str | None:
    """The longest name the release writes that starts with ``name`` and goes on, in capitals, to a legal
    form or a body's head word ("Salish Passage" -> "Salish Passage Ferries Inc.")."""
    if (" " not in name and not name[:1].isupper()) or _NAME_END.search(name):
        return None  # "Nordkyst Power ASA" is registered already
    if listed_organisation(name):
        return None  # "the Environment Agency and Calderdale … Council": a listed body is named in full already
    best = None
    # "Passagerarrederierna" -> "Passagerarrederiernas Arbetsgivareförbund": the genitive is part of the name
    forms = [name] if name.endswith("s") else [name, f"{name}s"]
    for form, at in ((f, at) for f in forms for at in word_starts(text, f)):
        tail = re.match(r"(?:[ \t](?:[A-ZÅÄÖÆØ][\w&'’.-]*|of|and|&)){1,5}", text[at + len(form) : at + len(form) + 90])
        if not tail:
            continue
        words = tail.group(0).split()
        if words[0] in {"and", "&"} and " " in name and name.split()[-1].casefold() in _WHOLE_BODY_HEADS:
            continue  # "Moostoos Creek First Nation and Athabasca Power Corporation": two bodies
        if words and words[-1].endswith(".") and not re.search(r"(?:Inc|Corp|Co|\.[A-Z])\.$", words[-1]):
            words[-1] = words[-1][:-1]  # "… Engineering Ltd." ending a sentence: the full stop is the sentence's
        for n in range(len(words), 0, -1):
            candidate = f"{form} {' '.join(words[:n])}"
            if _NAME_END.search(candidate) and words[n - 1] not in {"of", "and", "&"}:
                if best is None or len(candidate) > len(best):
                    best = candidate
                break
    return best


class _Speakers:
    """People already named in the document, to expand "Svensén" to "Bernt Svensén"."""

    def __init__(self, context: Context) -> None:
        self.text = context.text
        # without a form of address: "Wiśniewski said" is Tomasz Wiśniewski, not "Dr Tomasz Wiśniewski"
        self.known = [_given_prefix(context.text[max(0, e.start - 12) : e.start]) + strip_name(e.text)
                      for e in context.entities if e.label == "PER" and " " in e.text.strip()]  # "Lars-" + "Erik …"
        self.known += [c.name for c in context.result.contacts if c.name]
        # organisations: NER's, and every name the release writes with a legal form ("Slaneyside
        # Regeneration DAC"), so "Managing Director of Slaneyside Regeneration" finds its body
        self.orgs = {e.text for e in context.entities if e.label == "ORG"}
        registered = {m.group(0) for m in _REGISTERED_NAME.finditer(context.text)}
        # and their short forms: "Tidewater Bay Ferries Chief Executive Officer X" after "Tidewater Bay Ferries LLC"
        self.orgs |= registered | {short for r in registered if " " in (short := _LEGAL_SUFFIX_AFTER.split(r)[0])}

    def add(self, name: str) -> None:
        self.known.append(name)

    def surname(self, word: str) -> str | None:
        """The person named before whose surname ``word`` is ("Holmøy": Martin Holmøy), if any."""
        return next((full for full in reversed(self.known) if len(full.split()) > 1 and full.split()[-1] == word
                     and not looks_like_org(full)), None)

    def resolve(self, name: str) -> str:
        if " " in name and not name.split()[0].islower():
            # "sier Bøe Hjelvik": a double surname of "Lise Bøe Hjelvik" named before
            longer = [full for full in self.known if full.endswith(f" {name}") and not _titled(full, name)]
            return longer[-1] if longer else name
        # a surname first ("Lundqvist" is Per-Olof Lundqvist, not "Lundqvist Optronik", his firm the model read as
        # a person), then a first name
        known = [full for full in reversed(self.known) if full.split() and not looks_like_org(full)]
        for full in known:
            if full.split()[-1] == name or full.endswith(f" {name}"):
                return full
        for full in known:
            if full.split()[0] == name:
                return full
        # "says van Dijkhuizen" where NER missed "Joost van Dijkhuizen": the first name written before it
        for match in re.finditer(rf"(?<![\w-])([A-ZÅÄÖÆØÉ][a-zåäöæøéü]+)\s{re.escape(name)}(?![\w-])", self.text):
            if match.group(1).casefold() not in NOT_NAME_WORDS and not is_role_word(match.group(1)):
                return f"{match.group(1)} {name}"
        return name


_REPORTED = re.compile(
    rf"(?:^|[.!?][\"”»’]?\s+)(?P<who>[A-ZÅÄÖÆØ][^.!?\"“”«»]{{2,140}}?)\s+(?i:{VERBS})\s+(?!(?i:{PRONOUNS})\b)"
)


def _reported_speaker(context: Context, before: str, offset: int, speakers: _Speakers):
    """The last person given reported speech before a quote: 'Margaret Sowerby, chair of the
    Friends, said volunteers had ... "Every jar added up," she said.'"""
    found = None
    for match in _REPORTED.finditer(before):
        who = match.group("who")
        parts = who.split(", ")
        if len(parts) > 2 and parts[-1][:1].islower() and parts[-1].split()[0] not in _AFFILIATION_OPENING and not (
                is_role_word(parts[-1].split()[0])):
            who = ", ".join(parts[:-1])  # "…, Jonas Ekdahl, välkomnar beskedet men understryker": a verb, no title
        found = _speaker(context, who, offset + match.start("who"), speakers, None) or found
    return found


def _paragraph_before(lines: list[str], starts: list[int], index: int) -> tuple[str, int] | None:
    """The paragraph just above line ``index``, if it is narrative (not itself a quote)."""
    previous = next((j for j in range(index - 1, max(-1, index - 3), -1) if lines[j].strip()), None)
    if previous is None or _DASH_LINE.match(lines[previous]):
        return None
    return lines[previous], starts[previous]


def _only_person(context: Context, before: str, offset: int, speakers: _Speakers):
    """The one person a narrative paragraph names, before "– …, säger hon": 'Hälso- och
    sjukvårdsdirektör Sara Öhlund Mattsson beklagar att Hammerdal återigen drabbas.'"""
    people = [e for e in context.entities
              if e.label == "PER" and offset <= e.start < offset + len(before) and " " in e.text.strip() and (
                  complete_name(strip_name(e.text), context.text) == strip_name(e.text))]  # not "Hallingdal
    # Vasskraft" of "Hallingdal Vasskraft AS", a body the model took for a person
    if len({speakers.resolve(strip_name(e.text)) for e in people}) != 1:
        return None
    name = speakers.resolve(strip_name(people[0].text))
    return (name, *_apposition(context, before, people[0].start - offset, offset, name, speakers))


# Where an apposition ends and its sentence goes on: "…, clinical lead for the hub and said the …".
_VERB_AFTER = re.compile(
    r"\s(?:and|og|och|men|but)\s+(?:said|says|told|called|er|är|is|was|har|has|sa|sier|säger)\b|"
    r"(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<!\b[A-Z])\.\s",  # not "the St. Clair County Commission", "John A. Smith"
    re.IGNORECASE,
)


def _titles_before(prefix: str) -> str | None:
    """The title words of what precedes a name, in their base form and with the "og"/"and" between two of them:
    "Vd" -> "vd", "Projektledaren" -> "projektledare", "Prosjektleder og seniorforsker" as written."""
    words = prefix.split()
    found: list[str] = []
    for i, word in enumerate(words):
        title = word if is_role_word(word) else indefinite_title(word)
        if title:
            found.append(title)
        elif found and word.casefold() in {"og", "och", "and", "&"} and i + 1 < len(words) and (
                is_role_word(words[i + 1]) or indefinite_title(words[i + 1])):
            found.append(word)
    return " ".join(found) or None


def _title_before(text: str, at: int, bodies: set[str]) -> tuple[str | None, str | None]:
    """A title set off before the name at ``at``, and the body it names: "The Chair of the Board of Directors,
    Lars …", "Verksamhetschefen vid Norrlands universitetssjukhus, Johan Lindmark, …"; "Its managing director,
    Daniel Okafor, …": the body the sentence before opens with, if it is one of ``bodies``."""
    before = re.sub(rf"(?:{FORMS_OF_ADDRESS}\.?\s+)+$", "", text[max(0, at - 120) : at])  # "…, Hon. Dr. Grace …"
    if not before.endswith(", "):
        return None, None
    segment = re.split(r"[.!?\n]\s*", before[:-2])[-1].strip()
    owner = _POSSESSIVE.match(segment)
    segment = re.sub(r"^(?:The|the|Den|Det|Vår|Our)\s+", "", segment[owner.end() :] if owner else segment)
    words = segment.split()
    if not owner and len(words) > 1:
        # a sentence that ends with the title: "… i samråd med smittskyddsläkaren i Region Västernorrland, Karin Wedin"
        tail = next((i for i in range(len(words) - 1, max(0, len(words) - 6), -1) if is_title(words[i]) and words[
            i - 1].casefold() in {"med", "with", "och", "og", "and", "av", "by", "från", "fra", "frå", "from"} and all(
            w[:1].isupper() or w.casefold() in PREPOSITION_WORDS for w in words[i + 1 :])), None)
        if tail is not None:
            segment, words = " ".join(words[tail:]), words[tail:]
            title = indefinite_title(words[0])
            if title:  # "smittskyddsläkaren": "smittskyddsläkare"
                segment = " ".join([title, *words[1:]])
    # "Kommunstyrelsens ordförande i Östersunds kommun, Lena Wiklander (S), …": a board's title, too
    # "IF Metalls klubbordförande på Vänertek, Jenny Marklund, …": a body's genitive of up to three words first
    if not 1 <= len(words) <= 8 or not (is_title(words[0]) or (
            len(words) > 1 and words[0].endswith("s") and is_title(words[1])) or any(
            words[i].endswith("s") and any(is_title(w) for w in words[i + 1 : i + 4]) and all(
                w[:1].isupper() for w in words[: i + 1])  # "Emergency Recovery Victoria's Hume regional director"
            for i in range(1, min(3, len(words) - 1)))):
        return None, None
    found = parse_affiliation(segment)
    if owner:
        chunk = text[max(0, at - 600) : at - len(before) + before.rfind(segment)].strip()
        previous = re.split(r"(?<=[.!?])\s+|\s*\n\s*", chunk)
        sentence = previous[-2] if len(previous) > 1 else ""
        subject = _HEADLINE_NAME.match(sentence)
        if subject and subject.group(0) in bodies:
            return found.role, subject.group(0)
        # "The project was also welcomed by the Jura Development Trust. Its chair, …": the one body it names
        named = {b for b in bodies if has_word(sentence, b)}
        named = {b for b in named if not any(b != o and b in o for o in named)}
        return found.role, named.pop() if len(named) == 1 else None
    place = re.search(r"\s(?:i|på)\s([A-ZÅÄÖÆØ][\w-]+)$", segment)
    if found.role and not found.organization and place and known_place(place.group(1)):
        return f"{found.role} i {place.group(1)}", None  # "… i Söderhamn": whose office, for office_body
    return found.role, found.organization if found.role else None


_POSSESSIVE = re.compile(r"(?:Its|Their|Dess|Deras)\s+")
_POSSESSIVE_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:Its|Their|Dess|Deras)\s+[^.,;:!?\n]{1,60},\s+$")
_APPOINTED_BEFORE = re.compile(
    r"(?i)\b(?:utse[rt]t?|utsett|utnämn\w*|rekryter\w*|anställ\w*|ansatt|tilsatt|tilsett|appoint\w*|name[sd]?|hires?|"
    r"hired)\s+$"
)
_APPOINTED_AS = re.compile(
    r"\s+(?:till|som|as|to)\s+(?:(?:ny|nya|nytt|new|its|their|the)\s+)*([^.,;:\n–—()]{2,80})"
)
_APPOINTMENT_END = re.compile(r"\s+(?:från|fra|frå|from|med|with|efter|etter|after|den|on|by|och|og|and)\s.*$")


def _appointed(text: str, at: int, name: str) -> str | None:
    """The post a release appoints the speaker to: "Styrelsen har utsett Karin Berg till ny vd och
    koncernchef", "has appointed Jane Doe as its new Chief Financial Officer"."""
    if not _APPOINTED_BEFORE.search(text[max(0, at - 30) : at]):
        return None
    match = _APPOINTED_AS.match(text, at + len(name))
    if not match:
        return None
    post = match.group(1)
    # "vd och koncernchef" keeps its "och": cut at a joining word only where no title follows it
    cut = _APPOINTMENT_END.search(post)
    if cut and not any(is_role_word(w) for w in post[cut.start() :].split()[1:2]):
        post = post[: cut.start()]
    words = post.split()
    if not words or not is_role_word(words[0]):
        return None
    return parse_affiliation(post).role


# A relative clause that gives a title: "som har vært", "som är", "who has been", "who is".
_RELATIVE_ROLE = re.compile(
    r"\s*(?:som|who)\s+(?:(?:har|has|have)\s+(?:vært|varit|vore|been)|er|är|is|was|var|blir|blev|ble|became|"
    r"serves as|served as|"
    r"works as|fungerar som|fungerer som|arbetar som|jobbar som|jobber som|arbeider som)\s+(?=[a-zåäöæø])")
_SINCE = re.compile(r"\s(?:siden|sedan|sidan|since|fra|från|frå|from|og|och|and|in|i)\s+(?:\d|[a-zåäöæø])|[.;]")


def _apposition(context: Context, text: str, at: int, offset: int, name: str, speakers: _Speakers):
    """(role, organisation) an apposition after the name at ``at`` gives: "Arne Tangen Vestby, leder i
    Landsforeningen for slitasjegikt (LFS), er positiv"; (None, None) for a verb or anything unsure."""
    line = text[at : at + 300].split("\n")[0]
    head, _, rest = line.partition(",") if line.startswith(name) else (line, "", "")
    kept = []
    relative = _RELATIVE_ROLE.match(rest)
    if relative:  # "Geir Magne Tennfjord, som har vært konsernsjef i Kystlink siden 2013 og går av …"
        rest = " " + _SINCE.split(rest[relative.end() :], maxsplit=1)[0]
    for segment in rest.split(","):  # the apposition's segments, up to where the sentence goes on
        hometown = _HOMETOWN.search(segment)
        segment = segment[: hometown.start()] if hometown else segment  # "a teacher from Mullingar, Co. Westmeath"
        words = segment.split()
        if not words or words[0] in {"whose", "who", "whom", "which"} or not (
                is_role_word(words[0]) or words[0][:1].isupper() or words[0].casefold() in {
                "the", "i", "ved", "vid", "på", "hos", "of", "at", "for", "för"} or (
                # "a warning coordination meteorologist with NWS Wichita"
                words[0] in {"a", "an"} and any(is_role_word(w) for w in words[1:5])) or (
                len(words) > 1 and words[0].islower() and is_role_word(words[1]))):  # "investment director at …"
            break
        kept.append(_VERB_AFTER.split(segment, maxsplit=1)[0])
        if hometown or _VERB_AFTER.search(segment) or re.search(r"[.!?]\s", segment):
            break
    clause = ",".join([head, *kept]) if rest else line
    found = _speaker(context, clause, offset + at, speakers, None) if kept else None
    if not found or found[0] != name:
        return None, None
    words = found[1].split() if found[1] else []
    role = found[1] if words and (all(is_role_word(w) or w.islower() for w in words[:1]) or all(  # or a title in
        w[:1].isupper() or w in {"of", "for", "and", "&"} for w in words)) and any(  # capitals: "Cabinet Member for …"
        is_role_word(w) for w in words) else None
    read_as_body = any(e.label == "ORG" and e.text == found[2] for e in context.entities) and not known_place(found[2])
    organization = found[2] if found[2] and (looks_like_org(found[2]) or listed_organisation(found[2]) or complete_name(
        found[2], text) != found[2] or read_as_body) else None
    # a body by its head word or of the list, one the release also names with its legal form, or one the model read
    return role, organization


def _introduced_person(context: Context, before: str, offset: int):
    """The person a paragraph opens with, before "he said": 'Trevor Ashby, 71, from Bexley, took part
    in the pilot. "Twice the nurse rang me ...," he said.'"""
    # or with a title first, the subject of a narrative sentence: "Fårägaren Malin Olsson på Lindås gård förlorade …"
    title = _TITLE_OPENING.match(before)
    role = None
    if title:
        word = title.group(1)
        role = word.casefold() if is_role_word(word) else indefinite_title(word)
    match = PERSON_NAME.match(before, title.end() if role else 0)
    if not match or not (role or re.match(r",|\s+(?:is|was|has|had|took|har|hadde|var|är)\b", before[match.end() :])):
        return None
    start, end = offset + match.start(), offset + match.end()
    name = strip_name(match.group(0))
    spans = [e for e in context.entities if e.start < end and start < e.end]
    if any(e.label != "PER" for e in spans) or looks_like_org(name) or not looks_like_person(name):
        return None
    return name, role, None


# A title joined to whose it is: "NKMI-direktør" (a body's acronym), "Volda-ordførar" (a municipality's office)
_PREFIXED_TITLE = re.compile(r"^([A-ZÅÄÖÆØa-zåäöæø][\w]+)-([a-zåäöæø]{3,})$")
_OFFICE_TITLE = re.compile(r"(?:vara)?ordf(?:ø|ö)r(?:ar|er|ande)|kommunedirektør|rådmann")
_TITLE_OPENING = re.compile(r"([A-ZÅÄÖÆØ][a-zåäöæø]+)\s+(?=[A-ZÅÄÖÆØ])")
_TITLES_FIRST = re.compile(rf"(?:(?:{'|'.join(re.escape(t) for t in OFFICE_TITLES)})\s+)+")


# The first part of a hyphenated given name the model left out: "Lars-" of "Lars-Erik Östlund".
_GIVEN_PREFIX = re.compile(r"(?<![\w-])[A-ZÅÄÖÆØ][a-zåäöæø]+-$")


def _given_prefix(before: str) -> str:
    found = _GIVEN_PREFIX.search(before)
    return found.group(0) if found else ""


def _titled(longer: str, name: str) -> bool:
    """Whether what ``longer`` has before ``name`` is a title the model read with it: "Ångerman Kartongs Head of
    Sustainability Per-Erik Strömqvist" is not a longer form of "Per-Erik Strömqvist"."""
    return any(is_title(w) or w in {"of", "for"} for w in longer[: -len(name)].split())


def _named_before(context: Context, name: str, offset: int) -> str:
    """The one longer name of a person the release gives before ``offset`` that ends with ``name``."""
    named = {_given_prefix(context.text[max(0, e.start - 12) : e.start]) + strip_name(e.text)
             for e in context.entities
             if e.label == "PER" and e.start < offset and strip_name(e.text).endswith(f" {name}") and not (
                 _titled(strip_name(e.text), name))}
    if not named and name in context.text[:offset]:  # the model cut the full name short ("Linnea Aronsson")
        named = {strip_name(m.group(0)) for m in candidate_names(context.text[:offset])
                 if strip_name(m.group(0)).endswith(f" {name}")}
    if not named and " " in name:  # "Olof Lundqvist" of "Per-Olof Lundqvist": the model cut at the hyphen
        named = {m.group(0) for m in re.finditer(rf"(?<![\w-])[A-ZÅÄÖÆØ][\w]+-{re.escape(name)}(?![\w-])",
                                                 context.text[:offset])}
    return named.pop() if len(named) == 1 else name


def _speaker(context: Context, who: str, offset: int, speakers: _Speakers, last: Quote | None,
             before: tuple[str, int] | None = None):
    """(name, role, organisation) from an attribution clause, or None. A pronoun ("she said")
    is the person given reported speech just ``before`` the quote, else the last speaker."""
    clause = _clause(who)
    first_word = clause.split()[0].casefold() if clause.split() else ""
    if re.fullmatch(PRONOUNS, first_word, re.IGNORECASE):
        reported = _reported_speaker(context, before[0], before[1], speakers) if before else None
        introduced = _introduced_person(context, before[0], before[1]) if before and not reported else None
        if before and not (reported or introduced):
            introduced = _only_person(context, before[0], before[1], speakers)
        return reported or introduced or ((last.speaker, last.role, last.organization) if last else None)
    names = candidate_names(clause)
    known_orgs = speakers.orgs
    for match in names:
        start, end = offset + match.start(), offset + match.end()
        spans = [x for x in context.entities if x.start < end and start < x.end]
        if looks_like_org(match.group(0)) and ((spans and not any(x.label == "PER" for x in spans)) or any(
                m.start() > match.end() for m in names)):
            continue  # "said Ensay Fire Brigade captain Neville Dwyer": a body the model took for a person
        apposed = next((m for m in names if m.start() == match.end() + 2), None) if clause.startswith(
            ", ", match.end()) else None
        if apposed and not any(x.label == "PER" for x in spans) and any(
                x.label == "PER" and x.start <= offset + apposed.start() < x.end for x in context.entities):
            continue  # "… Manager Parks and Open Space, Tom Vukovic, said": a title's end, then the person
        owned = re.search(r"['’]s[ \t]+(\S+)", match.group(0))
        if owned and is_role_word(owned.group(1)):
            continue  # "The City's Manager Parks and Open Space, Tom Vukovic, said": whose title
        if owns_title(clause, match.end()):
            continue  # "Hylton Freight managing director David Armitage-Kerr said": the body, then its officer
        if re.search(r"(?i)\b(?:i|på|för|vid|hos|ved|for|at|of|in|from|från|fra|frå)\s+$", clause[: match.start()]):
            continue  # "dagleg leiar i Fossheim Kraft, Ivar Kleppe Reite": the organisation, not the speaker
        if re.search(r"['’]s$", match.group(0)) or clause.startswith(("'s ", "’s "), match.end()) or (
                match.group(0).endswith("s") and clause.startswith(("' ", "’ "), match.end())):
            continue  # "The Environment Agency's area flood risk manager, Ruth Kilbride, said", "Wyre and Fylde
            # Hospitals' Chief Executive, Dr Helen Ashworth, said": whose title
        if re.search(r"(?:s|['’]s)$", match.group(0)) and any(
            is_title(w) for w in clause[match.end() :].split()[:3]
        ) and (re.match(r"['’]?\s+[a-zåäöæø]", clause[match.end() :]) or (
                match.group(0).endswith("s") and is_title(clause[match.end() :].split()[0]))):
            continue  # "Vestvik Netts tekniska direktör, X", "Local Energy Scotland's development officer", "Ofoten
            # Metals' chairman, X", "Ångerman Kartongs Head of Sustainability X": whose
        stripped = strip_name(match.group(0))
        name = _named_before(context, speakers.resolve(stripped), offset)  # "Ms. Aronsson Wik": Linnea Aronsson Wik
        after = parse_affiliation(clause[match.end() :], known_orgs)
        # what precedes the name, with the title the name pattern took in ("Vd Henrik Malmsten")
        prefix = clause[: match.start() + (match.group(0).find(stripped) if stripped else 0)]
        prefix = _ADDRESS_AT_END.sub("", prefix)  # "…, Dr Helen Marchetti": "Dr" is neither role nor body
        before = parse_affiliation(prefix, known_orgs) if prefix.strip() else None
        rest = clause[match.end() :].lstrip(" ,")
        if not after.organization and DEFINITE_BODY.match(rest):
            # "Samferdselsdirektør X i fylkeskommunen": the county council the release names
            after = Affiliation(after.role, office_body(after.role or prefix, context.text, rest))
        if before and not after.role and not after.organization:
            return name, before.role, before.organization
        # "Vd Henrik Malmsten", "Projektledaren Linnea Grahn Persson" (the definite title opening a sentence)
        role_before = _titles_before(prefix)
        if role_before and role_before.rstrip(".") in _ADDRESS_ONLY:
            role_before = None  # "Cllr McGloin said": a councillor's form of address; the title given before wins
        organization = after.organization
        if not organization and _GENERIC_OWNER.search(clause[match.end() :]):
            organization = _sender(context)  # "Dr X, the charity's Medical Director": the charity sending the release
        return name, after.role or role_before, organization
    # A surname alone ("säger Svensén") or a name the pattern does not cover.
    titled = _TITLES_FIRST.match(clause)  # "said Governor Marchetti"
    skip = titled.end() if titled else 0
    address = _FORM_OF_ADDRESS.match(clause, skip)  # "Mr Pickering said"
    skip = address.end() if address else skip
    single = re.match(r"(?:(?:van|von|de|af|der|den|du|la|le)\s)?[A-ZÅÄÖÆØÉ][\w'’-]+", clause[skip:])
    if single and not is_role_word(single.group(0)):
        # "Mr Pickering said", after "Graham Pickering, a farmer from near Driffield"
        full = _named_before(context, speakers.resolve(single.group(0)), offset)
        if full != single.group(0) or any(
            e.label == "PER" and e.start <= offset + skip + single.start() < e.end for e in context.entities
        ):
            affiliation = parse_affiliation(clause[skip + single.end() :])
            title = titled.group(0).strip() if titled else None
            if title and title.rstrip(".") in _ADDRESS_ONLY:
                title = None  # "Cr Tulloch said": a councillor's form of address; the title the release gave her wins
            return full, affiliation.role or title, affiliation.organization
    scene = re.match(r"(?:[A-ZÅÄÖÆØ]\w*ing|In|At|During|I|På|Under)\b[^,]*,\s+(?=\S)", clause)
    if scene and not candidate_names(clause[: scene.end()]):
        # "Speaking at the opening, Cllr McGloin said:", "At the launch, Mr Kelly said": the scene, then who
        return _speaker(context, clause[scene.end() :], offset + scene.end(), speakers, last, before)
    return None


# A title owned by the sender, named by what it is: "the charity's Medical Director", "bolagets vd".
_GENERIC_OWNER = re.compile(
    r"(?i)\bthe (?:charity|company|council|trust|organisation|organization|group|firm|bank|university|college|club|"
    r"association|society|agency|authority)['’]s\b|(?<![\w-])(?:bolagets|selskapets|företagets|foretakets|"
    r"organisationens|organisasjonens|stiftelsens|föreningens|foreningens)\b"
)
# A body named by what it is ("Föreningens vd", "Bolaget"): the release's own.
_GENERIC_BODY_WORDS = "|".join(GENERIC_BODY_WORDS)
_GENERIC_BODY = re.compile(rf"(?i)(?:{_GENERIC_BODY_WORDS}|the company|the group|the association|the foundation|"
                           r"(?:the )?(?:authority|council|shire council|trust|charity))s?")
# The registered name that ends a longer line: "… avtales med Mo Industripark AS".
_REGISTERED_TAIL = re.compile(rf"(?<![\w-])[A-ZÅÄÖÆØ][\w&-]*(?:[ \t][A-ZÅÄÖÆØ][\w&-]*){{0,3}}[ \t](?:{LEGAL_FORM})$")
_LOCAL_GOVERNMENT_BODY = re.compile(r"^(?:Region|Landstinget)\s|\s(?:kommun|kommune|fylkeskommune|län)$")
# A title owned by a body named in the genitive: "länsstyrelsens rovdjurshandläggare", "styrelsens ordförande".
_OWNER_IN_ROLE = re.compile(
    rf"(?i)(länsstyrelsen|statsforvaltaren|statsforvalteren|fylkesmannen|{_GENERIC_BODY_WORDS})s\s+(\S.*)")
_NAMED_OWNER_IN_ROLE = re.compile(r"([A-ZÅÄÖÆØ][\w&-]*(?:\s[A-ZÅÄÖÆØ][\w&-]*){0,3})(?:s|'s|’s|:s)\s+(\S.*)")
_FORM_OF_ADDRESS = re.compile(rf"{FORMS_OF_ADDRESS}\.?\s+(?=[A-ZÅÄÖÆØ])")
_HEADLINE_NAME = re.compile(r"[A-ZÅÄÖÆØ][\w&'’-]*(?:[ \t][A-ZÅÄÖÆØ][\w&'’-]*){1,5}")


def _own_for_generic(context: Context, items: list[Contact | Quote] | list[Quote]) -> None:
    """Each organisation given by a generic word ("Föreningen", "the Authority", "Head of Countryside, the
    Authority"): the body the release is from, its sender, else the one body the contacts name."""
    generic = [item for item in items if item.organization and _GENERIC_BODY.fullmatch(item.organization)]
    if not generic:
        return
    named = {c.organization for c in context.result.contacts if c.organization and not _GENERIC_BODY.fullmatch(
        c.organization)}
    own = complete_name(_sender(context) or (next(iter(named)) if len(named) == 1 else None), context.text)
    for item in generic:
        item.organization = own or item.organization


def _sender(context: Context) -> str | None:
    """The release's sender: its "About" section or header, else a name that opens the headline and recurs
    ("Humber Wolds Air Ambulance flies record 1,847 missions")."""
    found = issuer(context.text)
    if found:
        return found
    opening = _HEADLINE_NAME.match(context.text.lstrip())
    if not opening or context.text.count(opening.group(0)) < 3 or known_place(opening.group(0)):
        return None
    begin = len(context.text) - len(context.text.lstrip())
    if any(e.label == "PER" and e.start < begin + opening.end() and begin < e.end for e in context.entities):
        return None
    return opening.group(0)


# A paragraph that ends by announcing the quote below it: "Chief executive Siobhán Mulroy says:",
# "Styreleiar Astrid Fure Heggdal i Næringsforeininga Indre Nordfjord seier det slik:".
_LEAD_LINE = re.compile(
    rf"(?:^|[.!?]\s+)(?P<who>[^.!?\n]{{3,220}}?)\s+(?:{VERBS})"
    r"(?:\s+(?:det|detta|dette|så|slik|sånn|här|it|this|that))*\s*:\s*$",
    re.IGNORECASE,
)


_HOMETOWN = re.compile(r"\s+from\s+(?=[A-Z])")  # a person's home town: neither title nor body
_NAME_SET_OFF = re.compile(rf"{PERSON_NAME.pattern}(?:,|[ \t]*:?$)")  # "…, bekräftar Mikael Brandt, vd för …:"
_ATTRIBUTED_TO = re.compile(r"(?i)(?:comments?|quotes?|remarks?)\s+(?:attributed|attributable)\s+to\s+(?=[A-Z])")
_AFFILIATION_OPENING = frozenset(PREPOSITION_WORDS) | {"the"}  # "…, leiar i …", "…, the Cathaoirleach of …"


def _lead_before(context: Context, lines: list[str], starts: list[int], index: int, speakers: _Speakers):
    """The speaker announced at the end of the paragraph before line ``index``, if it has one."""
    previous = next((j for j in range(index - 1, max(-1, index - 3), -1) if lines[j].strip()), None)
    if previous is None:
        return None
    line = lines[previous].rstrip()
    return _announced(context, line, starts[previous], speakers) if line.endswith(":") else None


def _announced(context: Context, line: str, line_start: int, speakers: _Speakers):
    """The speaker a text ending with a colon announces: "Chief executive Siobhán Mulroy says:", "…, Councillor
    Gareth Ollerenshaw, welcomed the scheme:"."""
    tail = max(0, len(line) - 300)  # the announcing sentence ends the paragraph; a long one is not read whole
    lead = _LEAD_LINE.search(line, tail)
    if not lead:
        # a line that opens with the person and ends with a colon, with no verb of saying or none at all:
        # "Rovdjurshandläggare Erik Sandelin på Länsstyrelsen:", "Eirik Lyngstad, Head of Network på
        # Trønderfly, har länge haft ögonen på sträckan:", "Administrerende direktør i Helse Nord RHF, Geir
        # Arne Karlsen Moe, deltok på åpningen:"
        # the paragraph's last sentence: "Vikna Fôr produserer … i Rørvik. Administrerende direktør Øyvind Lauvsnes:"
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÆØ])", line)
        skipped = len(line) - len(sentences[-1])
        if len(sentences) > 1 and sentences[-1].split()[0].casefold() in _PRONOUNS:
            # "Jakob Riis, partner at X, joins the board. He believes the timing is right:", "… Han peker på
            # billettprisene som en viktig nøkkel:": the person the paragraph named last
            return _pronoun_speaker(context, line[:skipped], line_start, speakers)
        line = sentences[-1]
        attributed = _ATTRIBUTED_TO.match(line)  # "Comments attributed to Energy Minister Rhys Callaghan:"
        if attributed:
            skipped += attributed.end()
            line = line[attributed.end() :]
        verb_first = _VERB_FIRST_LEAD.search(line)
        opening = line[: verb_first.start()] if verb_first else ""
        if verb_first and ((len(opening.split()) <= 4 and "," not in opening) or (opening.endswith(", ") and (
                _NAME_SET_OFF.match(line, verb_first.start("who"))))):
            # "I ett pressmeddelande skriver Vänerteks vd Lars-Erik Strandh:": the subject after the verb; also
            # after what is said: "Intresset … har ökat snabbt, bekräftar Mikael Brandt, vd för Geoterm Mälardalen:"
            skipped += verb_first.start("who")
            line = line[verb_first.start("who") :]
        words = line.split()
        # the title may follow its committee: "Hälso- och sjukvårdsnämndens ordförande Lennart Öberg (S) välkomnar …:"
        if len(line) > 200 or not words or not (any(is_title(w) or is_role_word(w) for w in words[:6]) or (
                PERSON_NAME.match(line)) or speakers.surname(words[0])):  # "Holmøy selv sier han …:"
            return None  # "Mark- och exploateringschefen Jonas Berglund Nyström förklarar varför …:"
        kept = []
        for segment in line[:-1].split(","):
            first = segment.split()[:1]
            if kept and first and first[0][:1].islower() and not is_role_word(first[0]) and (
                first[0] not in _AFFILIATION_OPENING
            ) and not re.match(r"\s*\S+\s+[A-ZÅÄÖÆØ]", segment):  # but "litteraturkritikern Elin Markström"
                break  # the verb phrase: "har länge haft ögonen på sträckan"
            kept.append(segment)
        clause = ",".join(kept)
        names = candidate_names(clause)
        if not names:  # a surname alone: "Holmøy selv sier han gleder seg til å komme i gang:"
            return _speaker(context, words[0], line_start + skipped, speakers, None) if (
                speakers.surname(words[0])) else None
        # the verb right after the name: "Ordfører Hege Kristine Somby (Ap) sier det har vært …" (an apposition
        # set off by commas was read above)
        # (not after a body's genitive: "South Norfolk Council's cabinet member for housing, Councillor X")
        first = next((n for n in names if not re.search(r"['’]s?$", n.group(0))), names[0])
        own = clause[first.end() :].split(",", 1)[0]
        for word in re.finditer(r"\S+", own):
            bare = word.group(0).strip(",.;:()")
            if bare[:1].islower() and bare not in _AFFILIATION_OPENING and bare not in {"og", "och", "and"} and not (
                is_role_word(bare) or looks_like_org(bare)
            ):
                clause = clause[: first.end() + word.start()].rstrip(" ,")
                break
        return _speaker(context, clause, line_start + skipped, speakers, None)
    if lead.group("who").casefold() in _PRONOUNS:  # "… Johan Lindmark, ser resultaten som … Han säger:"
        return _pronoun_speaker(context, line[: lead.start("who")], line_start, speakers)
    who = re.split(r",\s+(?:whose|who|whom|which)\s", lead.group("who"), maxsplit=1)[0]  # "…, whose grandfather …,"
    return _speaker(context, who, line_start + lead.start("who"), speakers, None)


def _pronoun_lead(context: Context, lines: list[str], starts: list[int], index: int, speakers: _Speakers, who: str):
    """A pronoun's person where the paragraph above announces the quote: "Kvarken Capitals partner Per-Olof Ranta
    ser stor potential i bolaget:" / "– …, säger han." is Ranta's, whoever spoke before."""
    if who.split()[:1] and who.split()[0].casefold() in _PRONOUNS:
        return _lead_before(context, lines, starts, index, speakers)
    return None


def _titled_person_above(context: Context, lines: list[str], starts: list[int], index: int, speakers: _Speakers):
    """An unattributed quote under a paragraph that introduces one person by title ("Stiftelsens ordförande Gunnar
    Lövgren ser anslaget som …."): that person's words."""
    previous = next((j for j in range(index - 1, max(-1, index - 3), -1) if lines[j].strip()), None)
    if previous is None or not lines[previous].rstrip().endswith("."):
        return None
    offset, line = starts[previous], lines[previous]
    people = {e.text for e in context.entities if e.label == "PER" and offset <= e.start < offset + len(line) and not (
        e.text.endswith("s") and owns_title(context.text, e.end))}  # not "Botnia Linjers" of "… trafikchef X"
    if len(people) != 1:
        return None
    name = people.pop()
    at = line.find(name)
    before = line[max(0, at - 40) : at].split()
    if at < 0 or not before or not (is_role_word(before[-1]) or indefinite_title(before[-1])):
        return None  # only a person the paragraph gives a title ("ordförande X", "Chief Executive X")
    return _speaker(context, name, offset + at, speakers, None)


def _pronoun_speaker(context: Context, before: str, offset: int, speakers: _Speakers):
    """The person a pronoun announcing a quote stands for: the last one named before it in the paragraph."""
    people = [m for m in candidate_names(before) if any(  # "Seksjonssjef Eirik Sæbø": the name in it
        e.label == "PER" and e.start < offset + m.end() and offset + m.start() < e.end for e in context.entities) or (
        _titled_name(context, m.group(0)))]
    if not people:
        return None
    found = people[-1]
    body = DEFINITE_BODY.match(before[found.end() :].lstrip(" ,"))
    # "Samferdselsdirektør X i fylkeskommunen": the title and whose it is; else the name alone
    who = f"{found.group(0)} {body.group(0)}" if body else strip_name(found.group(0))
    return _speaker(context, who, offset + found.start(), speakers, None)


def _titled_name(context: Context, found: str) -> bool:
    """A person by a title before a full name, or a person of the contact block, where the model saw no one:
    "Samferdselsdirektør Ingunn Brekke Flø i fylkeskommunen …", "Trafikdirektör Per-Olof Sandström på …"."""
    name = strip_name(found)
    if not looks_like_person(name) or " " not in name or looks_like_org(name):
        return False
    return name != found.strip() or any(c.name == name for c in context.result.contacts)


# A council's own officer, or a councillor by the form of address: the council the release names is theirs.
_COUNCIL_OWNER = re.compile(r"(?i)^()(?:the\s+)?council['’]s\s+")
_OF_THE_COUNCILS = re.compile(r"(?i)^(.+?)\s+of\s+the\s+council['’]s\b")
# "chief executive of the trust", "head of research at the university": a body the release names in full
_OF_THE_KIND = re.compile(
    r"(?i)^(.+?)\s+(?:of|at)\s+the\s+(trust|council|company|university|authority|charity|foundation|hospital|college|"
    r"association|society|agency|partnership|academy|museum|port|utility|cooperative|co-operative|board|commission)$")


_NAME_PART = r"[A-ZÅÄÖÆØ][\w'’&-]*"


def _bodies_of_kind(kind: str, text: str) -> set[str]:
    """The bodies whose names end in ``kind`` ("Council", "Trust") the release names: "Hawke's Bay Regional
    Council", "Wrekin and Severn Hospitals NHS Trust" (not "The Council", nor an "About" heading's opener)."""
    found = {_NOT_OF_A_NAME.sub("", m.group(0)) for m in re.finditer(
        rf"(?<![\w-])(?:(?:St|Mt)\.[ \t])?{_NAME_PART}(?:[ \t](?:(?:and|of|for|&)[ \t])?{_NAME_PART}){{0,4}}[ \t]"
        rf"{re.escape(kind)}(?![\w-])",  # (and "St. Kieran's University Hospital")
        text)}
    # (not "Department of Education" for "Education Minister": a joining word never right before the kind)
    found.discard(kind)
    return found


# A title whose body is named by its kind: "The regional council's chair", "head of immunisation at the health
# board", "chair of the Chesterfield-based Derbyshire Cycle Forum", "WPW Board Chair".
_KIND_WORDS = (r"council|board|trust|company|authority|agency|university|college|cooperative|co-operative|corporation|"
               r"hospital|society|association|charity|foundation|federation|zoo|museum|port|district")
_KIND_OWNS_TITLE = re.compile(rf"(?i)^(?:the\s+)?(?P<kind>(?:[a-z]+\s)?(?:{_KIND_WORDS}))['’]s\s+(?P<title>\S.*)$")
_TITLE_AT_KIND = re.compile(
    rf"^(?P<title>\S.*?)\s+(?:at|of|with|for)\s+the\s+(?P<kind>(?:[a-z]+\s)?(?:{_KIND_WORDS}))$")
_TITLE_OF_BASED = re.compile(r"^(?P<title>\S.*?)\s+(?:at|of|with|for)\s+the\s+[A-Z][\w-]*-based\s+(?P<body>[A-Z].*)$")
_ACRONYM_THEN_TITLE = re.compile(r"^(?P<acronym>[A-ZÅÄÖÆØ]{2,6})\s+(?P<title>[A-Z][a-z].*)$")


def _own_kind_in_role(quote: Quote, text: str) -> None:
    role = quote.role or ""
    match = _KIND_OWNS_TITLE.match(role) or _TITLE_AT_KIND.match(role)
    if match and is_title(match.group("title").split()[0]) and not role.endswith(" of the board"):
        # (but "chairman of the board" is one title)
        kind = match.group("kind")
        body = _one_body_of_kind(kind, text) or (_one_body_of_kind(kind.split()[-1], text) if " " in kind else None)
        quote.role = match.group("title")
        if body and quote.organization in {None, body}:
            quote.organization = body
        return
    match = _TITLE_OF_BASED.match(role)
    if match and is_title(match.group("title").split()[0]) and not quote.organization:
        quote.role, quote.organization = match.group("title"), complete_name(match.group("body"), text)
        return
    match = _ACRONYM_THEN_TITLE.match(role)
    if match and is_title(match.group("title").split()[-1]) and f"({match.group('acronym')})" in text:
        full = complete_name(match.group("acronym"), text)  # "WPW Board Chair", after "Western Plains Water (WPW)"
        if full != match.group("acronym") and quote.organization in {None, full, match.group("acronym")}:
            quote.role, quote.organization = match.group("title"), full


def _one_body_of_kind(kind: str, text: str) -> str | None:
    """The one body whose name ends in ``kind`` ("trust": "… NHS Trust"; "regional council": "… Regional Council")
    the release names, if it names one."""
    found = _bodies_of_kind(" ".join(w.capitalize() for w in kind.split()), text)  # ("Co-operative")
    return found.pop() if len(found) == 1 else None


_COUNCILLOR_BEFORE = re.compile(r"\b(Cllr|Cr|Coun|Councillor)\.?[ \t]+$")
_ADDRESS_ONLY = {"Cr", "Cllr", "Coun"}  # a councillor's forms of address, no title: the title given elsewhere wins
_PRONOUNS = frozenset({"han", "hon", "hun", "ho", "he", "she"})


def _name_line(context: Context, line: str, offset: int):
    """ "Janne Koivisto, vd, Environmental Consulting Hyötyvisio Ltd" on the line after a quote."""
    line = re.sub(rf"^\s*{FORMS_OF_ADDRESS}\.?\s+", "", line)
    match = PERSON_NAME.match(line.strip(" –—-"))
    if not match or len(line) > 160 or re.search(r"[.!?]\s+\S|[\"“”«»]", line.rstrip()):
        return None  # a paragraph of prose, or one with a quote of its own ("Cllr X, who …, warned …. \"…\"")
    names = candidate_names(line)
    if not names:
        return None
    first = names[0]
    rest = line[first.end() :]
    if rest.strip() and rest.lstrip()[:1] not in {",", "–", "-", "—", "("}:
        return None
    if line[: first.start()].strip(" –—-") or looks_like_org(first.group(0)) or re.match(
            r"(?:About|Om|ABOUT|OM)\s", line.strip(" –—-")):
        return None  # "About Cordell Analytics": a heading, not the name signing the quote above
    if not rest.strip() and strip_name(first.group(0)) not in {e.text for e in context.entities if e.label == "PER"}:
        return None  # a heading ("The Energy Quay"), not a name signing the quote above
    affiliation = parse_affiliation(rest.strip(" ()"), {e.text for e in context.entities if e.label == "ORG"})
    return strip_name(first.group(0)), affiliation.role, affiliation.organization


# A signed comment: a section headed as the head's ("Vd har ordet", "CEO comment", "Konsernsjefens kommentar")
# whose paragraphs end in the signer's name line ("Sofia Hägglund, vd och koncernchef"): all of it their words.
_SIGNED_HEADING = re.compile(
    r"(?i)^\s*(?=.{0,60}$)(?=.*\b(?:vd|ceo|chief executive|president|chair\w*|konsernsjef\w*|koncernchef\w*|"
    r"ordförande\w*|styreleder\w*|styreleiar\w*|rektor\w*|direktør\w*|direktör\w*|managing director|"
    r"daglig leder\w*|dagleg leiar\w*)\b)(?=.*\b(?:har ordet|kommentar\w*|kommenterar|comments?|commentary|"
    r"letter|message|word from)\b)[^.!?\d@]+$")


def _signed_comments(context: Context, lines: list[str], starts: list[int], quotes: list[Quote]) -> None:
    for index, line in enumerate(lines):
        if not _SIGNED_HEADING.match(line):
            continue
        prose = [j for j in range(index + 1, min(len(lines), index + 16)) if lines[j].strip()]
        for j in prose[1:]:
            if _SIGNED_HEADING.match(lines[j]) or re.search(r"@|(?:\d[\s-]?){8}", lines[j]):
                break  # another section, or a contact block
            found = _name_line(context, lines[j], 0)
            if found and found[1] and len(lines[j]) < 120:
                first = prose[0]
                if not any(q.speaker == found[0] and starts[index] <= q.start < starts[j] for q in quotes):
                    quotes.append(Quote(found[0], found[1], found[2], lines[first].strip(), starts[first],
                                        starts[first] + len(lines[first])))
                break


@register("quotes", order=20)
def extract_quotes(context: Context) -> None:
    text = context.text
    speakers = _Speakers(context)
    quotes: list[Quote] = []
    last: Quote | None = None
    last_line = -10
    offset = 0
    patterns = [_QUOTED, _SINGLE_QUOTED] if context.language == "en" else [_QUOTED]
    lines, starts = [], []
    for line in text.split("\n"):
        # "Assisterande statsforvaltar Håkon Brekke grunngjev avgjerda slik: – Vi har …": the announcing sentence
        # and the dash quotation on one line, read as two
        inline = _INLINE_DASH.search(line) if lines and ("–" in line or "—" in line) else None  # not the title's
        if inline and not _DASH_LINE.match(line) and not _QUOTED.search(line, 0, inline.start()):
            lines += [line[: inline.start() + 1], line[inline.start("dash") :]]
            starts += [offset, offset + inline.start("dash")]
        else:
            lines.append(line)
            starts.append(offset)
        offset += len(line) + 1
    for index, line in enumerate(lines):
        start = starts[index]
        if not line.strip():
            continue
        dash = _DASH_LINE.match(line) if not _END_MARK.match(line) else None
        if dash:
            body_start = start + dash.end()
            body = line[dash.end() :]
            found = attribution = None
            # The attribution is the last "säger NAME" that names someone ("fortsätter vi" inside
            # the statement does not).
            for attribution in reversed(list(_ATTRIBUTION.finditer(body))):
                who_offset = body_start + attribution.start("who")
                # "Kvarken Capitals partner Per-Olof Ranta ser stor potential i bolaget:" / "– …, säger han."
                found = _pronoun_lead(context, lines, starts, index, speakers, attribution.group("who")) or _speaker(
                    context, attribution.group("who") + body[attribution.end("who") :], who_offset, speakers, last,
                    before=_paragraph_before(lines, starts, index))
                if found:
                    break
            if found:
                statement = body[: attribution.start()].strip(" ,")
                quote = Quote(found[0], found[1], found[2], statement, start, start + len(line))
            elif (lead := _lead_before(context, lines, starts, index, speakers)) is not None:
                quote = Quote(lead[0], lead[1], lead[2], body.strip(), start, start + len(line))
            elif last and index - last_line <= 2:
                quote = Quote(last.speaker, last.role, last.organization, body.strip(), start, start + len(line))
            elif (introduced := _titled_person_above(context, lines, starts, index, speakers)) is not None:
                quote = Quote(*introduced, body.strip(), start, start + len(line))
            else:
                continue
            quotes.append(quote)
            speakers.add(quote.speaker)
            last, last_line = quote, index
            continue
        for match in _quotations(line, patterns):
            statement = match.group("q").strip(" ,")
            after = line[match.end() :]
            found = None
            follow = _AFTER_QUOTE.match(after)
            if follow and follow.group("who2") and re.match(r"\s+(?:that|att|at)\b", follow.group("rest2") or ""):
                follow = None  # "… deaths." after the quotation: 'Chief executive X added that the …', a new sentence
            if follow:
                who = follow.group("who1") or follow.group("who2")
                who_start = start + match.end() + follow.start("who1" if follow.group("who1") else "who2")
                if follow.group("who2") and follow.group("verb2").casefold() not in {"told", "tells"}:
                    who = who + (follow.group("rest2") or "")  # "told Nordic Health Tech Review": the audience
                # a pronoun is the person of the reported speech before the quote: on its line, else the paragraph
                # above when the quote opens its line ("X sier at …" / "«…», sier hun")
                context_before = (line[: match.start()], start) if line[: match.start()].strip() else (
                    _paragraph_before(lines, starts, index) or (line[: match.start()], start))
                found = (None if line[: match.start()].strip() else _pronoun_lead(
                    context, lines, starts, index, speakers, who)) or _speaker(
                    context, who, who_start, speakers, last, before=context_before)
            if not found and not line[: match.start()].strip():
                # announced by the paragraph above ("…, said:"): that speaker, before any name below
                found = _lead_before(context, lines, starts, index, speakers)
            if not found and not after.strip(" ,.") and index + 1 < len(lines):
                nxt = next((j for j in range(index + 1, min(len(lines), index + 3)) if lines[j].strip()), None)
                if nxt is not None:
                    found = _name_line(context, lines[nxt], 0)
            if not found:
                lead = re.search(rf"(?P<who>[^.!?\n]{{3,160}}?)\s+(?:{VERBS})\s*:?\s*$", line[: match.start()], re.I)
                lead = lead or _VERB_FIRST_LEAD.search(line[: match.start()]) or _REPORTED_LEAD.search(
                    line[: match.start()])
                pronoun = re.search(r"(?:^|,\s*)(\w+)$", lead.group("who")) if lead else None
                if pronoun and pronoun.group(1).casefold() in _PRONOUNS:
                    # "X said the investment was overdue. In a statement, she said: "…"": the person before
                    found = _speaker(context, pronoun.group(1), start + lead.start("who") + pronoun.start(1), speakers,
                                     last, before=(line[: lead.start("who")], start))
                elif lead:
                    found = _speaker(context, lead.group("who"), start + lead.start("who"), speakers, last)
            if not found and line[: match.start()].rstrip().endswith(":"):
                # "…, Councillor Gareth Ollerenshaw, welcomed the scheme: "…"": announced on its own line
                found = _announced(context, line[: match.start()].rstrip(), start, speakers)
            if not found and not line[: match.start()].strip():
                found = _lead_before(context, lines, starts, index, speakers)
            if found:
                quote = Quote(found[0], found[1], found[2], statement, start + match.start(), start + match.end())
                quotes.append(quote)
                speakers.add(quote.speaker)
                last, last_line = quote, index
        for match in _ACCORDING.finditer(line):
            first = match.group("who").split()[0] if match.group("who").split() else ""
            if not (first[:1].isupper() or is_role_word(first)):
                continue  # "according to a study published in ..."
            if not is_role_word(first) and not re.match(r"\S+\s+[A-ZÅÄÖÆØ]", match.group("who")):
                continue  # "enligt Bovira minskar …": a body's claim, not a person's words
            if match.group("who").startswith("Statistics "):
                continue  # "according to Statistics Estonia", "Statistics Norway": an agency's figures
            found = _speaker(context, match.group("who"), start + match.start("who"), speakers, None)
            if found and not any(q.speaker == found[0] and q.start >= start for q in quotes):
                sentence_start = max(line.rfind(". ", 0, match.start()) + 2, 0)
                statement = line[sentence_start : match.start()].strip(" ,")
                quoted = _QUOTED.search(line, match.start("who"))
                if len(statement) <= 12 and quoted and ". " not in line[match.start("who") : quoted.start()]:
                    statement = quoted.group("q")  # 'According to X, CEO of Y, the decision "puts …"'
                if len(statement) > 12:
                    quote = Quote(found[0], found[1], found[2], statement, start + sentence_start, start + match.end())
                    quotes.append(quote)
                    last, last_line = quote, index
    _signed_comments(context, lines, starts, quotes)
    for quote in quotes:
        prefixed = _PREFIXED_TITLE.match(quote.role or "")
        prefix, title = prefixed.groups() if prefixed else ("", "")
        if prefix.isupper() and len(prefix) <= 6 and (not quote.organization or complete_name(
                prefix, text) == complete_name(quote.organization, text)):
            # "NKMI-direktør Henrik Solbakken Aune", "LO-leder X": the title, of the body the acronym names
            quote.role, quote.organization = title, prefix
        elif prefix and _OFFICE_TITLE.fullmatch(title) and known_place(prefix.capitalize()):
            # "Volda-ordførar", "Solund-ordførar": the mayor of that municipality; the role keeps the place
            # ("ordførar i Solund") where the release names no body of it
            quote.role = f"{title} i {prefix.capitalize()}"
            body = office_body(quote.role, text)
            if body:
                quote.role, quote.organization = title, quote.organization or complete_name(body, text)
        quote.organization = complete_name(quote.organization, text)
        quote.role = role_case(quote.role, context.language)
    for contact in context.result.contacts:
        contact.organization = complete_name(contact.organization, text)
    _own_for_generic(context, [*context.result.contacts, *quotes])
    context.result.quotes.extend(quotes)
    _as_quoted(context.result.contacts, quotes)
    # One e-mail domain, one organisation: sara.uhlin@rtsiljan.se works where henrik.nissas@rtsiljan.se does.
    by_domain: dict[str, set[str]] = {}
    for contact in context.result.contacts:
        for email in contact.emails if contact.organization else []:
            by_domain.setdefault(email.rsplit("@", 1)[-1].casefold(), set()).add(contact.organization)
    for contact in context.result.contacts:
        domains = {e.rsplit("@", 1)[-1].casefold() for e in contact.emails if not is_webmail(e)}
        found = set().union(*(by_domain.get(d, set()) for d in domains)) if domains else set()
        if not contact.organization and len(found) == 1:
            contact.organization = next(iter(found))
    # A person in the contact block with neither organisation nor address ("Forbundsleder Mona Lise
    # Hagen Berg, tlf. ...") speaks for the organisation all the others name, if they name only one.
    named = {c.organization for c in context.result.contacts if c.organization}  # a press office's too
    for contact in context.result.contacts:
        if contact.name and not contact.organization and not contact.emails and len(named) == 1:
            contact.organization = next(iter(named))
    # A politician or municipal officer ("regionråd", "ordfører i Vefsn") speaks for the municipality,
    # region or county council the release names.
    for contact in context.result.contacts:
        if contact.name and not contact.organization:
            contact.organization = complete_name(office_body(contact.role, text), text)
    # Anyone else in the contact block with no body of their own speaks for the sender, unless others in
    # the block name another body (a contractor's "Om X" under the county's contacts).
    sender = complete_name(issuer(text), text)
    others = {c.organization for c in context.result.contacts if c.name and c.organization} - {sender}
    for contact in context.result.contacts:
        if contact.name and not contact.organization and sender and not others:
            contact.organization = sender
    _complete_quotes(context, quotes, speakers)


_GENITIVE_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖÆØ][\w-]+s)[ \t]$")  # "Sandvikens " before a title
_ROLE_THEN_BODY = re.compile(
    r"\s(?:of|at|for|i|ved|vid|på|hos)\s+(?:the\s+)?([A-ZÅÄÖÆØ][\w&'’.-]*(?:\s+(?:[A-ZÅÄÖÆØ][\w&'’.-]*|of|and|for|"
    r"og|och|&))*?)(?:\s+\([A-ZÅÄÖÆØ]{2,8}\))?$")


# "Jonas Pettersson är logistikchef på Bottenvikens Rederi AB, som …", "Anne Karin Dyrøy er daglig leder i
# Visit Bergen", "Carla Whitmore is the regional economist for …": a sentence that says who the speaker is.
_COPULA = re.compile(r"\s+(?:är|er|is|was|var|blir|has been|har vært|har varit|har vore)\s+(?:the\s+)?(?=[a-zåäöæø])")
# "Amara Okonjo, a final-year law student, was elected President of …", "Anna Berg har utsetts till ny vd för …",
# "Kari Vik er tilsett som dagleg leiar i …": an appointment says who the speaker now is
_APPOINTED = re.compile(
    r"(?:,[^,.\n]{3,80},)?\s+(?:(?:was|has been|is|had been)\s+(?:elected|appointed|named|re-elected)(?:\s+as)?|"
    r"(?:har\s+)?(?:valts|utsetts|utsågs|valdes|utses|väljs|anställts|rekryterats)\s+(?:till|som)|"
    r"(?:er|ble|blei|har\s+blitt|har\s+vorte)\s+(?:valt|valgt|vald|ansatt|tilsett|utnevnt|utnemnd|konstituert)"
    r"\s+(?:til|som)|(?:tillträder|tiltrer|tiltrår|börjar|begynner|byrjar)\s+som|(?:takes\s+up\s+the\s+post|"
    r"starts|joins)\s+as)\s+(?:(?:the\s+)?new\s+|the\s+|ny\s+|nye\s+|nytt\s+)?(?=[A-Za-zåäöæøÅÄÖÆØ])")


# "Norrskydds vd Johan Kjellberg säger att …", "Redgum's exploration manager Ben Okafor": the body in the
# genitive, then the title, right before the name.
_OWNER_TITLE_BEFORE = re.compile(
    rf"(?<![\w-])([A-ZÅÄÖÆØ][\w&-]+(?:[ \t][A-ZÅÄÖÆØ][\w&-]+){{0,3}}|the[ \t](?i:{'|'.join(OWN_BODY_WORDS)}))"
    r"(?:s|'s|’s|:s)[ \t]+"
    r"((?:[a-zåäöæø-]+[ \t]){0,3}[a-zåäöæø-]+|(?:(?:[A-Z][a-z-]+|of|and|for)[ \t]){0,8}[A-Z][a-z-]+),?[ \t]+"
    rf"(?:{FORMS_OF_ADDRESS}\.?[ \t]+)?$")  # "Utsira Flytevind's project director, Thomas …",
# "Elbwerk Energie's Chief Commercial Officer, Dr. Matthias Brenneke-Lorenz, said"


# "Beredskapsleder Mari Eide Johansen ledet arbeidet …", "Dagleg leiar Arne Steinsland i Hardanger Settefisk seier
# at …": a title opening the sentence, right before the name, and perhaps the body after it.
_TITLE_OPENING_BEFORE = re.compile(  # also English capitals: "Chief Executive Officer Ragnhild Sæverud said …"
    # (six words if capitalised but for "of", "for", "and": "Minister for Transport and Main Roads Brendan Faulkner")
    # (or after a phrase set off: "At the graduate level, Provost Daniel Reyes pointed to …")
    r"(?:^|[.!?,]\s+|\n\s*)([A-ZÅÄÖÆØ][a-zåäöæø]+(?:-[A-Za-zåäöæø]+)*(?:-(?=[ \t]))?"  # "Hälso- och …"
    r"(?:(?:[ \t](?:[a-zåäöæø-]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)){0,2}?|(?:[ \t](?:of|for|and|&|[A-Z][a-z]+)){3,5}))"
    rf"[ \t]+(?:{FORMS_OF_ADDRESS}\.?[ \t]+)?$")  # "Vice-Chancellor Professor", "Mayor Cr"
_REMIT_LIST_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)((?:Minister|Cabinet Secretary|Secretary|Commissioner|Director)[ \t](?:for|of)"
    r"[ \t][A-Z][\w-]*(?:,[ \t][A-Z][\w-]*)*),[ \t]$")
# "SA Water Chief Executive David Ringwood said": a body the release names again, then the title, then the name
_BODY_TITLE_BEFORE = re.compile(  # also "Lakeshore President and CEO Dr. Marcus Bellamy"
    rf"(?:^|[.!?]\s+|\n\s*)((?:(?:[A-Z][\w&-]*|of|for|and)[ \t]){{2,8}})(?:(?:{FORMS_OF_ADDRESS})\.?[ \t]+)?$")
_NOT_OF_A_NAME = re.compile(r"^(?:(?:The|This|Our|Den|Det|About|Om)[ \t])+")  # "About Hawke's Bay Regional Council"
_COMMA_AFTER_NAME = re.compile(r"(?:[ \t]+\([A-ZÅÄÖÆØ][A-Za-zÅÄÖÆØåäöæø]{0,3}\))?,")
_BODY_AFTER_NAME = re.compile(
    # "Reeve Dale Kowalchuk of the Municipality of Swan Valley West", "i Kristiansund og Nordmøre Havn"
    # (past the unit: "Seksjonsleder X ved trafikkseksjonen i Øst politidistrikt")
    r"[ \t]+(?:i|ved|hos|på|vid|at|of)[ \t]+(?:the[ \t]+|[a-zåäöæø]{4,}(?:en|et|a)[ \t]+(?:i|ved|hos|på|vid)[ \t]+)?"
    r"([A-ZÅÄÖÆØ][\w&-]*(?:[ \t](?:[A-ZÅÄÖÆØ][\w&-]*|AS|ASA|AB|"
    r"of(?=[ \t][A-Z])|(?:og|och|and)(?=[ \t][A-ZÅÄÖÆØ][\w&-]*[ \t][A-ZÅÄÖÆØ])))*"
    r"(?:[ \t](?:kommune?|fylkeskommune|herad|politidistrikt|sykehus|tingsrätt|tingrett|universitet)(?![\w-]))?)")


def _title_opening(text: str, at: int, name: str) -> tuple[str | None, str | None]:
    found = _TITLE_OPENING_BEFORE.search(text, max(0, at - 60), at)
    listed = _REMIT_LIST_BEFORE.search(text, max(0, found.start(1) - 80), found.start(1)) if found and text[
        found.start(1) - 2 : found.start(1)] == ", " else None
    if listed:  # "Minister for Climate, Environment and Water Susan Marchetti": the title begins before the comma
        return f"{listed.group(1)}, {found.group(1)}", None
    words = found.group(1).split() if found else [""]
    # the title's head last ("Beredskapsleder"), or before "of" ("Director of Services", "Minister for Energy and
    # Renewables")
    remit = next((i for i, w in enumerate(words) if w in {"of", "for"}), len(words))
    head = words[remit - 1] if remit > 0 and (len(words) <= 3 or is_title(words[0])) else ""  # not "Ångerman
    # Kartongs Head of Sustainability": a long title opens with its head
    if not found or not is_title(head) or " " not in name:  # "Dean Whitworth": a name; "Zoologiska chefen" a title
        return None, None
    body = _BODY_AFTER_NAME.match(text, at + len(name))
    organization = body.group(1) if body and not known_place(body.group(1)) else None
    title = found.group(1)
    kind = title.split()[0]
    if not organization and len(title.split()) > 1 and not is_title(kind) and kind[1:].islower():
        # "Council chair Tania Whatuira", "Collective spokesperson X": of the one body of that kind the release names
        bodies = _bodies_of_kind(kind, text)
        sender = issuer(text) if len(bodies) > 1 and kind in OWN_BODY_WORDS else None
        organization = bodies.pop() if len(bodies) == 1 else sender if sender in bodies else None
    if not organization and " " not in title:
        # "Sheriff Tom Brannigan said": of the one "… Sheriff's Office" the release names
        offices = {m.group(0).removeprefix("The ") for m in re.finditer(
            rf"(?<![\w-])(?:[A-Z][\w-]+ ){{1,4}}{re.escape(title)}['’]s (?:Office|Department)", text)}
        organization = offices.pop() if len(offices) == 1 else None
    if " " not in title and not is_role_word(title):
        title = indefinite_title(title) or title  # "Mjölkbonden Erik Alm": a "mjölkbonde"
    # "Beredskapsleder" opening a sentence is "beredskapsleder"; "Chief Executive Officer" stays as written
    return (title if any(w[:1].isupper() for w in title.split()[1:]) else title.lower()), complete_name(
        organization, text)


def _owner_and_title_before(text: str, at: int, name: str) -> tuple[str | None, str | None]:
    found = _OWNER_TITLE_BEFORE.search(text, max(0, at - 80), at)
    # the title's head: its last word, or the one before "of the board" ("chairman of the board")
    head = re.sub(r"\s+of\s+the\s+\w+$", "", found.group(2)).split()[-1] if found else ""
    if found and not is_role_word(head) and " of " in found.group(2):
        head = found.group(2).split(" of ")[0].split()[-1]  # "Executive Vice President of Sales and …"
    if found and not is_role_word(head) and found.group(1).startswith("the ") and found.group(2).islower():
        # "the council's group manager asset management, Chris Dunstan": the title's head inside it
        head = next((w for w in found.group(2).split() if is_role_word(w)), "")
    if not found or not is_role_word(head) or known_place(found.group(1)):
        return None, None
    owner, title = found.group(1), found.group(2)
    if text[found.end(1)] == "s" and title[:1].isupper():
        # no genitive before an English title: "Murraylands Water Chief Executive X" is the body, then the title;
        # "Roads Manager Kyle Pettersen" a title of two words
        words = f"{owner}s {title}".split()
        first = next(i for i, w in enumerate(words) if is_role_word(w) or i == len(words) - 1)
        owner, title = " ".join(words[:first]), " ".join(words[first:])
        if " " not in owner and not looks_like_org(owner):
            return f"{owner} {title}", None
    if owner in {"It", "Their", "His", "Her", "Our", "Your"}:
        return None, None  # "Its general manager, X": whose, the sentence before says
    # "The Council's Strategic Director of Leisure", "Församlingens organist Erik Nyberg": the body the release is
    # from, or the one of the kind it names
    if re.sub(r"^[Tt]he ", "", owner).capitalize() in OWN_BODY_WORDS or _GENERIC_BODY.fullmatch(owner):
        owner = body_of_kind(owner, text) or issuer(text)
    return title, complete_name(owner, text)


def _introduced_as(text: str, at: int, name: str) -> tuple[str | None, str | None]:
    copula = _APPOINTED.match(text, at + len(name)) or _COPULA.match(text, at + len(name))
    if not copula:
        return None, None
    # up to the sentence's end, a comma, or what follows the title ("… Students' Union with 2,904 votes")
    clause = re.split(r"[.;:!?\n]|,\s|\s(?:with|med|från|fra|from|after|efter|etter)\s",
                      text[copula.end() : copula.end() + 200], maxsplit=1)[0]
    words = clause.split()
    # the title's head among its first words: "vd", "project director", "senior project manager"
    if not words or not any(is_role_word(w) for w in words[:3]):
        return None, None
    found = parse_affiliation(clause)
    if not found.role or not any(is_role_word(w) for w in found.role.split()[:3]):
        return None, None
    organization = found.organization
    if organization and not (organization[:1].isupper() or looks_like_org(organization)):
        organization = None
    # "blir ny rektor för Högskolan i Halland": the title, not that it is new nor the word before the body
    role = re.sub(r"\s+(?:för|for|på|i|vid|ved|at|of)$", "", re.sub(r"^(?:ny|nye|nytt|new)\s+", "", found.role))
    return role, complete_name(organization, text)


def _body_and_title_before(text: str, at: int, name: str) -> tuple[str | None, str | None]:
    found = _BODY_TITLE_BEFORE.search(text, max(0, at - 80), at)
    words = found.group(1).split() if found else []
    # the title from its first role word ("Chief"), ending in one ("Executive"); the body before it
    first = next((i for i, w in enumerate(words) if i and w[:1].isupper() and is_role_word(w)), None)
    if first is None or not is_role_word(words[-1]) or words[0] in {"The", "A", "An", "Our", "This", "Its"}:
        return None, None
    owner = " ".join(words[:first])
    if known_place(owner) or text.count(owner) < 2 or owner.split()[-1] in {"of", "for"}:
        return None, None  # a place's mayor, or no body the release names again
    return " ".join(words[first:]), complete_name(owner, text)


# "Næringssjef i Vågan kommune Ingvild Sæterhaug mener …": a title and its body opening the sentence, then the name
_TITLE_OF_BODY_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)([A-ZÅÄÖÆØ][a-zåäöæø-]+)[ \t]+(?:i|ved|hos|på|vid|för)[ \t]+"
    r"([A-ZÅÄÖÆØ][\w&-]*(?:[ \t](?:[A-ZÅÄÖÆØ][\w&-]*|kommune?|fylkeskommune|herad|universitet)){0,4})[ \t]+$")


def _title_of_body_before(text: str, at: int, name: str) -> tuple[str | None, str | None]:
    found = _TITLE_OF_BODY_BEFORE.search(text, max(0, at - 80), at)
    if not found or not is_title(found.group(1)) or " " not in name:
        return None, None
    body = found.group(2)
    if known_place(body) or not (looks_like_org(body) or listed_organisation(body) or text.count(body) >= 2):
        return None, None
    return found.group(1).lower(), complete_name(body, text)


# What else a release says of a speaker at one place it names them, most certain first: (role, organisation).
_SAID_OF_SPEAKER = (_introduced_as, _owner_and_title_before, _title_opening, _body_and_title_before,
                    _title_of_body_before)


def _as_quoted(contacts: list[Contact], quotes: list[Quote]) -> None:
    """A contact block often gives only "Petra Magnusson, vd": the person's quote says for whom; and where the
    block names a committee ("Socialnämnden"), the quote's municipality and fuller title win."""
    for contact in contacts:
        said = next((q for q in quotes if contact.name and q.speaker == contact.name), None)
        if not said:
            continue
        if not contact.organization or (BOARD.search(contact.organization) and said.organization):
            contact.organization = said.organization
            if said.role and contact.role and contact.role in said.role:
                contact.role = said.role  # "socialnämndens ordförande", where the block said "ordförande"
        contact.role = contact.role or said.role


def _complete_quotes(context: Context, quotes: list[Quote], speakers: _Speakers) -> None:
    """Give quotes the role and organisation their attribution left out, from what else the
    release says of the speaker, most certain first."""
    text = context.text
    # A quote without a role or organisation takes its speaker's: from the speaker's other quotes
    # ("…, Wahlund Berg continues."), else from the speaker's contact.
    for index, quote in enumerate(quotes):
        known = [q for q in quotes[:index] + quotes[index + 1 :] if q.speaker == quote.speaker]
        known += [c for c in context.result.contacts if c.name == quote.speaker]
        if not quote.role:
            quote.role = next((k.role for k in known if k.role), None)
        if not quote.organization:
            quote.organization = next((k.organization for k in known if k.organization), None)
    # "– …, sier Vestby": the title the release gave the speaker where it first named them in full,
    # after the name ("Arne Tangen Vestby, leder i …, er positiv") or before it ("The Chair of the
    # Board of Directors, Lars Kjærsgaard Holm, presented …").
    for quote in quotes:
        if not quote.role and not quote.organization:
            for at in word_starts(text, quote.speaker):
                if _COMMA_AFTER_NAME.match(text, at + len(quote.speaker)):  # also "Fredrik Hallberg (M), …"
                    quote.role, quote.organization = _apposition(context, text, at, 0, quote.speaker, speakers)
                    quote.organization = complete_name(quote.organization, text)
                if not quote.role:
                    role, organization = _title_before(text, at, {e.text for e in context.entities if e.label == "ORG"})
                    quote.role = role_case(role, context.language)
                    quote.organization = quote.organization or complete_name(organization, text)
                    quote.role = quote.role or _appointed(text, at, quote.speaker)
                for said_of in _SAID_OF_SPEAKER if not quote.role else ():
                    quote.role, quote.organization = said_of(text, at, quote.speaker)
                    if quote.role:
                        break
                if quote.role:
                    break
    for quote in quotes:
        # "Veterinær Sigrid Hanssen Aune i Akvavet Nord AS skal …", "Council chair Tania Kereama said …": the same
        # title, with its body
        if not quote.role or quote.organization:
            continue
        for at in word_starts(text, quote.speaker):
            # "Councillor Raj Bhandari, Cabinet Member for Environment at Herefordshire Council, welcomed …": the
            # apposition's title and body over the form of address
            role, organization = _apposition(context, text, at, 0, quote.speaker, speakers) if _COMMA_AFTER_NAME.match(
                text, at + len(quote.speaker)) else (None, None)
            if role and organization:
                quote.role, quote.organization = role, complete_name(organization, text)
                break
            generic = _GENERIC_OWNER.match(text, at + len(quote.speaker) + 2) if text.startswith(
                ", the ", at + len(quote.speaker)) else None
            quote.organization = _one_body_of_kind(generic.group(0)[4:-2], text) if generic else None
            if quote.organization:  # "Morag Drummond, the council's Policy Lead for …": the one council named (the
                break  # sender, below, if none or several)
            if _POSSESSIVE_BEFORE.search(text, max(0, at - 80), at):  # "Its chair, Calum Buie, said": whose,
                # the sentence before says
                quote.organization = complete_name(_title_before(text, at, {
                    e.text for e in context.entities if e.label == "ORG"})[1], text)
                if quote.organization:
                    break
            said = (said_of(text, at, quote.speaker) for said_of in _SAID_OF_SPEAKER)
            quote.organization = next((organization for role, organization in said if organization and role and (
                role.casefold() == quote.role.casefold()) and (looks_like_org(organization) or listed_organisation(
                    organization) or organization in speakers.orgs)), None)  # a body, not "i Dagali", a place
            if quote.organization:
                break
    # A role that ends with the body ("Clinical Director of Aberdeenshire Health and Social Care Partnership",
    # "president of the Canso Waterfront Development Society"), where the attribution gave no organisation apart.
    bodies = {e.text for e in context.entities if e.label == "ORG"}
    for quote in quotes:
        body = _ROLE_THEN_BODY.search(quote.role or "") if not quote.organization else None
        words = body.group(1).split() if body else []
        if body and not is_remit(body.group(1)) and (looks_like_org(body.group(1)) or body.group(1) in bodies or (
                len(words) >= 2 and words[-1].casefold() in BODY_HEADS)):
            quote.organization = complete_name(body.group(1), text)
    for quote in quotes:
        of_kind = _OF_THE_KIND.match(quote.role or "") if not quote.organization else None
        body = _one_body_of_kind(of_kind.group(2), text) if of_kind else None
        if body:  # "chief executive of the trust": of the one "… Trust" the release names
            quote.role, quote.organization = of_kind.group(1), complete_name(body, text)
    # Staff quoted by title alone ("säger kvalitetschef Maria Nykvist", "says Henrik Olausson, Executive
    # Vice President") speak for the sender: the one the release's "Om X" / "About X" section names, else
    # the one organisation all its contacts name.
    named = {c.organization for c in context.result.contacts if c.name and c.organization}
    sender = issuer(text) or (next(iter(named)) if len(named) == 1 else None)
    for quote in quotes:
        said = text[quote.start : quote.end]
        after_name = said[said.rfind(quote.speaker) + len(quote.speaker) :] if quote.speaker in said else ""
        if sender and not quote.organization and quote.role and _STAFF_TITLE.search(quote.role) and not (
            (PREPOSITION.search(quote.role) and not (_OWN_UNIT.search(quote.role) and not _BACK_REFERENCE.search(
                quote.role))) or _BACK_REFERENCE.match(after_name)
        ):
            quote.organization = complete_name(sender, text)
    for quote in quotes:
        according = _ACCORDING_OPENING.match(quote.organization or "")
        if according:  # "Enligt Liberalernas gruppledare …": the party, without "according to" and the genitive
            body = quote.organization[according.end() :]
            body = body[:-1] if body.endswith("s") and listed_organisation(body[:-1]) else body
            quote.organization = complete_name(body, text)
        owner = _COUNCIL_OWNER.match(quote.role or "") or _OF_THE_COUNCILS.match(quote.role or "")
        if owner:  # "The council's Head of Waste and Street Scene, Daniel Okafor": the council's officer
            rest = quote.role[owner.end() :].strip()
            # "chair of the council's Environment and Transport Committee": the chair of that committee
            quote.role = (f"{owner.group(1)} of the {rest}" if rest else owner.group(1)) if owner.group(1) else rest
            quote.organization = complete_name(office_body("councillor", text), text) or quote.organization
        councillor = next((m for at in word_starts(text, quote.speaker)
                           if (m := _COUNCILLOR_BEFORE.search(text, max(0, at - 14), at))), None)
        if councillor and not quote.role:
            quote.role = councillor.group(1)  # "Cllr Graham Pell, who represents Mablethorpe North, …"
            before = text[max(0, councillor.start() - 20) : councillor.start()]
            title = re.search(r"(?<![\w-])([A-Z][a-z]+)[ \t]+$", before)
            if title and is_role_word(title.group(1)):  # "Kowree Plains Shire Mayor Cr Bronwyn Tulloch": the mayor
                quote.role = title.group(1)
                quote.organization = quote.organization or complete_name(office_body(title.group(1), text), text)
        if quote.organization and BOARD.search(quote.organization) and " " not in quote.organization:
            # "Samhällsbyggnadsnämndens ordförande Per Hedlund": the committee's chair, of the municipality's
            committee, body = quote.organization, office_body("nämnd", text)
            if body:
                quote.organization = complete_name(body, text)
                quote.role = f"{committee.lower()}s {quote.role}" if quote.role else committee.lower()
        if not quote.organization:
            said = text[quote.start : quote.end]
            attribution = said[said.find(quote.text) + len(quote.text) :] if quote.text in said else ""
            office = "councillor" if owner or councillor else quote.role
            titled = f"{quote.role} {quote.speaker}".lower() if quote.role and office == quote.role else None
            at = text.lower().find(titled) if titled else -1
            place = _GENITIVE_BEFORE.search(text, max(0, at - 40), at) if at > 0 else None
            if place and known_place(place.group(1)[:-1]):
                office = f"{place.group(1)} {office}"  # "Sandvikens kommunstyrelseordförande Jonas Hedberg Lund"
            quote.organization = complete_name(office_body(office, text, attribution), text)
    # "Föreningens vd Mattias Lindqvist Borg", "bolagets vd": the body the release is from, by what it is (again for
    # the organisations the steps above gave)
    _own_for_generic(context, quotes)
    for quote in quotes:
        if not quote.organization and any(_GENERIC_OWNER.match(text, at + len(quote.speaker) + 2) for at in word_starts(
                text, quote.speaker) if text.startswith(", the ", at + len(quote.speaker))):
            quote.organization = _sender(context)  # "Daniel Okafor, the company's Director of Wastewater Services"
        owner = _OWNER_IN_ROLE.match(quote.role or "")
        full = complete_name(owner.group(1).capitalize(), text) if owner else None
        if owner and full and " " in full and quote.organization in {None, full}:
            # "länsstyrelsens rovdjurshandläggare": the county board the release names in full, and the title
            quote.organization, quote.role = full, owner.group(2)
        elif owner and _GENERIC_BODY.fullmatch(owner.group(1)) and (
                not quote.organization or _LOCAL_GOVERNMENT_BODY.search(quote.organization)):
            # "Styrelsens ordförande Per-Olof Gustavsson": the sender's board, not a council's chair
            quote.organization = complete_name(issuer(text), text) or quote.organization
    _as_quoted(context.result.contacts, quotes)  # "Jonas Tallberg Ahl (C), regionråd, 070-…": the region's
    for quote in quotes:
        _own_kind_in_role(quote, text)
    for quote in quotes:
        named = _NAMED_OWNER_IN_ROLE.match(quote.role or "")
        if named and quote.organization and quote.organization.startswith(f"{named.group(1)} ") and is_title(
                named.group(2).split()[0]):
            quote.role = named.group(2)  # "Ångerman Kartongs Head of Sustainability": Ångerman Kartong AB's title
    for record in [*quotes, *context.result.contacts]:
        record.organization = complete_name(record.organization, text)  # a short form some step left
        record.organization = _body_of_place(record.organization, text) or record.organization
        registered = _REGISTERED_TAIL.search(record.organization or "")
        prose = [w for w in record.organization[: registered.start()].split() if w[:1].islower() and w not in {
            "og", "och", "and", "i", "for", "för", "of", "&"}] if registered else []
        if len(prose) >= 2:  # a line of prose, not "Selje Tang og Tare AS"
            record.organization = registered.group(0)  # "Omvisning i anlegget avtales med Mo Industripark AS"
    for quote in quotes:
        longer = re.match(r"-[A-ZÅÄÖÆØ][a-zåäöæø]+", text[text.find(quote.speaker) + len(quote.speaker) :]) if (
            quote.speaker in text) else None
        if longer:  # "Rhodri Vaughan" of "Rhodri Vaughan-Hughes": the model cut the surname at its hyphen
            quote.speaker += longer.group(0)
