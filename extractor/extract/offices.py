"""The local government an elected or municipal office belongs to.

"säger Erik Strandberg (C), andre vice ordförande i kommunstyrelsen", "sier ordfører i Vefsn, Helge
Sandvik", "Regionrådet Maria Lindgren Sjödin (S)": the office names no body, but a release names the
municipality, region or county council it is about ("Gävle kommun", "Region Västernorrland",
"Telemark fylkeskommune"), and that is whom the politician speaks for. Hand-written: no library knows
Scandinavian local-government titles.
"""

from __future__ import annotations

import re
from collections import Counter

from extractor.extract.roles import service_and_body
from extractor.extract.words import LEAD_IN, OPENING_PREPOSITIONS, folded
from extractor.gazetteers import known_place

# Offices of a region or county council, of a municipality, and of either (a committee, a councillor).
_REGION_OFFICE = re.compile(
    r"(?i)regionråd|regionstyrelse|regionfullmäktige|regionala utvecklingsnämnd|regiondirektör|fylkesordfør|"
    r"fylkesvaraordfør|fylkesråd|fylkesting|fylkesutval|fylkesdirektør|fylkeskommunedirektør|landstingsråd|"
    # the Swedish regions' committees: health care and public transport are the regions' tasks
    r"sjukvårdsnämnd|kollektivtrafiknämnd|trafik- och infrastrukturnämnd"
)
_MUNICIPAL_OFFICE = re.compile(
    r"(?i)kommunstyrelse|kommunalråd|kommunråd|oppositionsråd|kommunfullmäktige|(?<![\w-])(?:vara)?ordfør(?:er|ar)|"
    r"kommunestyre|formannskap|kommunedirektør|kommundirektör|kommunchef|stadsdirektör|rådmann|\bmayor\b"
)
_ANY_OFFICE = re.compile(
    r"(?i)nämnd|nemnd|utval|utskott|\bcouncillor\b|\bcllr\b|council leader|leader of the council|cabinet member|"
    r"committee"
)
_REGION_BODY = re.compile(
    r"(?<![\w-])(?:Region [A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+| läns?)?|"
    r"[A-ZÆØÅ][\w-]+(?: og [A-ZÆØÅ][\w-]+)? fylkeskommune|"
    r"[A-Z][\w'’-]+(?: (?:and|&) [A-Z][\w'’-]+)? County Council)(?![\w-])"
)
_MUNICIPAL_BODY = re.compile(
    r"(?<![\w-])(?:[A-ZÅÄÖÆØ][\w-]+(?: [A-ZÅÄÖÆØ][\w-]+)? (?:kommune?s?|herads?)|"  # "Voss herad", "Tierps kommuns"
    # "Wakefield Council", "Argyll and Bute Council", "Orkney Islands Council"
    r"(?:The )?[A-Z][\w'’-]+(?: (?:and|&) [A-Z][\w'’-]+| Islands)? (?:Borough |City |District |Town )?Council|"
    r"(?:Town|City|Municipality|(?:(?:London|Royal) )?Borough) of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?![\w-])"
)
# A body named by its kind alone after the title: "samferdselsdirektør i fylkeskommunen", "rådgiver i kommunen".
_AT = r"(?<![\w-])(?:i|på|ved|hos|vid)\s+"
DEFINITE_REGION = re.compile(rf"(?i){_AT}(?:fylkeskommunen|regionen)(?![\w-])")
DEFINITE_MUNICIPALITY = re.compile(rf"(?i){_AT}(?:kommunen|kommuna)(?![\w-])")
DEFINITE_BODY = re.compile(rf"(?i){_AT}(?:fylkeskommunen|regionen|kommunen|kommuna)(?![\w-])")  # either kind
_OF_PLACE = re.compile(r"^(?:London |Royal )?(?:Town|City|Municipality|Borough) of (.+)$")
_EMAIL_DOMAIN = re.compile(r"@([\w.-]+)")
_NAMED_PLACE = re.compile(r"(?:^|\s)(?:i|in|of)\s+([A-ZÅÄÖÆØ][\w-]+)|^([A-ZÅÄÖÆØ][\w-]+?)s\s")


def _base(body: str) -> str:
    """Without the genitive: "Region Gävleborgs" -> "Region Gävleborg", "Borough of Lewisham's" -> "… Lewisham"."""
    if body.endswith(("'s", "’s")):
        return body[:-2]
    return body[:-1] if body.endswith("s") and not body.endswith(("ss", " län")) and " " in body else body


# Besides prepositions and lead-ins, words that open a sentence before a one-word municipality
_OPENERS = OPENING_PREPOSITIONS | LEAD_IN | frozenset(
    "og och men av mot både også även blant bland da nå nu her här der där alle alla".split())


def _bodies(pattern: re.Pattern[str], text: str) -> Counter[str]:
    # "Sentralbord Stranda kommune: 70 26 30 00": the switchboard's body; "For Vang kommune er …": Vang kommune
    return Counter(_without_opener(_base(service_and_body(m.group(0))[1] or m.group(0)))
                   for m in pattern.finditer(text))


def _without_opener(body: str) -> str:
    first, _, rest = body.partition(" ")
    return rest if rest and first.casefold() in _OPENERS else body


def coordinated_body(place: str, text: str) -> str | None:
    """ "Volda kommune" for ``place`` "Volda" where the release names it only in a coordination: "Ørsta og Volda
    kommunar", "Torsby och Arvika kommuner" (the municipality, in the language the conjunction is of)."""
    other = r"[A-ZÅÄÖÆØ][\w-]+s?"
    name = rf"{re.escape(place)}s?"
    match = re.search(rf"(?<![\w-])(?:{name}(?:,\s{other})*\s(?:og|och)\s{other}|{other}(?:,\s{other})*\s(?:og|och)\s"
                      rf"{name})\s(kommuner|kommunar)(?![\w-])", text)
    if not match:
        return None
    swedish = " och " in match.group(0) and match.group(1) == "kommuner"
    return f"{place} {'kommun' if swedish else 'kommune'}"


def office_body(role: str | None, text: str, attribution: str = "") -> str | None:
    """The municipality, region or county council whose office ``role`` is, as ``text`` names it, or None
    when the role is no such office or the text does not single out one body. ``attribution``: the words
    around the name, which may say where the office is when the role does not ("sier ordfører i Vefsn")."""
    if not role and not attribution:
        return None
    role = role or ""
    if _REGION_OFFICE.search(role) or DEFINITE_REGION.search(f"{role} {attribution}"):
        bodies = _bodies(_REGION_BODY, text)
    elif _MUNICIPAL_OFFICE.search(role) or DEFINITE_MUNICIPALITY.search(f"{role} {attribution}"):
        bodies = _bodies(_MUNICIPAL_BODY, text)
    elif _ANY_OFFICE.search(role):
        bodies = _bodies(_REGION_BODY, text) + _bodies(_MUNICIPAL_BODY, text)
    else:
        return None
    # "ordfører i Vefsn", "Härnösands kommunstyrelseordförande": the office says where
    place = next((m.group(1) or m.group(2) for m in _NAMED_PLACE.finditer(f"{role} {attribution}")), None)
    if not bodies:
        return coordinated_body(place, text) if place and known_place(place) else None
    if place:
        named = [b for b in bodies if b.split()[0].rstrip("s") == place.rstrip("s") or place in b.split()]
        if len(named) == 1:
            return named[0]
        if not named and known_place(place):
            # "ordførar i Solund" where the release names only Hyllestad kommune: not Hyllestad's; but "ordførar i
            # Volda" where it names "Ørsta og Volda kommunar"
            return coordinated_body(place, text)
    ranked = bodies.most_common()
    if len(ranked) == 1:
        return ranked[0][0]
    places = {_OF_PLACE.sub(r"\1", b).removesuffix(" Council") for b in bodies}
    if len(places) == 1:  # "the London Borough of Lewisham" and "Lewisham Council": one body, by its formal name
        return max(bodies, key=len)
    # several bodies: the one whose name the release's e-mail addresses spell (press@regionvasterbotten.se)
    domains = " ".join(_EMAIL_DOMAIN.findall(text)).casefold()
    spelled = [b for b in bodies if folded(b) in domains]
    if len(spelled) == 1:
        return spelled[0]
    # several bodies: the one the release is about, named far more often than any other
    (first, count), (_, runner_up) = ranked[0], ranked[1]
    return first if count >= 3 and count >= 2 * runner_up else None
