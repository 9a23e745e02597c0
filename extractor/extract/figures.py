"""Figures: percentages, money, counts and physical quantities with normalised values.

"6,35 miljoner kronor" -> 6350000 SEK; "ca 165 millioner kroner" -> 165000000 NOK approx;
"fler än 500 nya regionala jobb" -> 500 count, more_than. Dates, years, phone numbers,
postal codes, organisation numbers and file names are not figures.
"""

from __future__ import annotations

import re

from extractor.extract import Context, register
from extractor.extract.names import LABEL_WORDS
from extractor.extract.numbers import APPROX_WORDS, DIGITS, NUMBER_WORDS, parse_number
from extractor.extract.words import word_starts
from extractor.records import Figure

MULTIPLIERS = {
    "tusen": 1e3, "thousand": 1e3, "k": 1e3, "miljon": 1e6, "miljoner": 1e6, "million": 1e6, "millions": 1e6,
    "millioner": 1e6, "millionar": 1e6, "mill": 1e6, "mill.": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mio": 1e6,
    "miljard": 1e9, "miljarder": 1e9, "milliard": 1e9, "milliarder": 1e9, "milliardar": 1e9, "mrd": 1e9,
    "mrd.": 1e9, "md": 1e9, "mdr": 1e9, "billion": 1e9, "billions": 1e9, "bn": 1e9,
    # Indian releases: "₹1,482.6 crore", "4.6 lakh stock options"
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# ISO codes written before or after an amount: "CAD 42 million", "KES 1.1 billion", "12 000 ISK"
ISO_CODES = ("CAD", "AUD", "NZD", "SGD", "HKD", "CHF", "JPY", "CNY", "ISK", "PLN", "ZAR", "KES", "TZS", "UGX", "NGN",
             "BRL", "MXN")
CURRENCIES = {
    "sek": "SEK", "nok": "NOK", "dkk": "DKK", "eur": "EUR", "euro": "EUR", "euros": "EUR", "€": "EUR",
    "usd": "USD", "dollar": "USD", "dollars": "USD", "$": "USD", "us-dollar": "USD", "gbp": "GBP", "pund": "GBP",
    "pounds": "GBP", "£": "GBP", "sterling": "GBP", "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR",
    "rupees": "INR",
    **{code.casefold(): code for code in ISO_CODES},
}
# Abbreviations that carry their own multiplier: MSEK, mnkr, mdkr, MNOK, MEUR, tkr.
COMBINED = {
    "msek": ("SEK", 1e6), "mkr": ("SEK", 1e6), "mnkr": ("SEK", 1e6), "mdkr": ("SEK", 1e9), "mdsek": ("SEK", 1e9),
    "miljardkronor": ("SEK", 1e9), "tkr": ("SEK", 1e3), "ksek": ("SEK", 1e3), "mnok": ("NOK", 1e6),
    "mrdnok": ("NOK", 1e9), "meur": ("EUR", 1e6), "m€": ("EUR", 1e6), "musd": ("USD", 1e6), "mdkk": ("DKK", 1e6),
    "tsek": ("SEK", 1e3), "tnok": ("NOK", 1e3), "knok": ("NOK", 1e3), "teur": ("EUR", 1e3), "keur": ("EUR", 1e3),
    "tdkk": ("DKK", 1e3),
}
KRONA = {"sv": "SEK", "no": "NOK", "da": "DKK"}
PERCENT = {"%", "procent", "prosent", "percent", "pct", "pct.", "prosentpoeng"}
PER_MILLE = {"promille", "‰"}
PHYSICAL = {
    "mw": "MW", "gw": "GW", "kw": "kW", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "kwh": "kWh", "mwp": "MWp",
    "kwp": "kWp", "gwp": "GWp", "mg": "mg", "milligram": "mg", "milligrams": "mg",
    "ml/d": "Ml/d", "ml/day": "Ml/d", "mld": "Ml/d",  # megalitres a day (a water works')
    "gbq": "GBq", "mbq": "MBq", "teu": "TEU", "teus": "TEU",
    "kv": "kV", "ton": "ton", "tons": "ton", "tonnes": "ton", "tonne": "ton", "tonn": "ton", "tonnes.": "ton",
    "kton": "kton", "g/t": "g/t",  # ore grade: grams per tonne
    "lpa": "l",  # a distillery's litres of pure alcohol
    "m3fub": "m3fub", "m³fub": "m3fub", "m3sk": "m3sk", "m³sk": "m3sk",  # timber: solid cubic metres under bark
    "gl": "GL", "gigalitres": "GL", "gigalitre": "GL", "gigaliters": "GL",  # a reservoir's store
    "km": "km", "kilometer": "km", "kilometres": "km", "kilometers": "km", "m2": "m2", "m²": "m2", "kvm": "m2",
    "kvadratmeter": "m2", "sqm": "m2", "hektar": "ha", "hectares": "ha", "hectare": "ha", "ha": "ha",
    "liter": "l", "litres": "l",
    "mil": "mil", "meter": "m", "metres": "m", "meters": "m", "mva": "MVA", "gram": "g", "g": "g", "kilo": "kg",
    "kg": "kg", "kilogram": "kg", "kilometrane": "km", "km/t": "km/h", "km/h": "km/h", "m³/s": "m3/s", "m3/s": "m3/s",
    "kilometerne": "km", "kilometrarna": "km", "m/s": "m/s", "millimeter": "mm", "mm": "mm", "millimetres": "mm",
    "millimeters": "mm", "centimeter": "cm", "cm": "cm", "centimetres": "cm", "metre": "m", "kilometre": "km",
    "kubikmeter": "m3", "kubikmetre": "m3", "kubikkmeter": "m3", "kubikkmetre": "m3", "dekar": "daa", "daa": "daa",
    "m3": "m3", "m³": "m3", "milliliter": "ml", "millilitres": "ml", "km2": "km2", "km²": "km2",
    "kvadratkilometer": "km2", "kvadratkilometre": "km2", "kvadratkilometrar": "km2",
    "ml": "ml",
    "kilowatt": "kW", "kilowatts": "kW", "megawatt": "MW", "megawatts": "MW", "gigawatt": "GW", "gigawatts": "GW",
    "kilowattimmar": "kWh", "kilowattimer": "kWh", "megawattimmar": "MWh", "megawattimer": "MWh",
    "gigawattimmar": "GWh", "gigawattimer": "GWh", "terawattimmar": "TWh", "terawattimer": "TWh",
    # imperial, in American and British releases: "an 80-foot tower", "within 150 miles", "a 54-acre site"
    "foot": "ft", "feet": "ft", "ft": "ft", "mile": "mi", "miles": "mi", "acre": "acre", "acres": "acre",
    # gold and silver: "142,000 ounces", "2.1 million oz"
    "ounce": "oz", "ounces": "oz", "oz": "oz",
    "gallon": "gal", "gallons": "gal", "bar": "bar",  # "3.6 million gallons", hydrogen "at 700 bar"
    # written out in English, and a cell's charge: "50 kilograms", "160 watt-hours", "a 12 Ah battery"
    "kilograms": "kg", "kilogrammes": "kg", "kilogramme": "kg", "grams": "g", "grammes": "g", "litre": "l",
    "liters": "l", "litre.": "l", "watt-hours": "Wh", "kilowatt-hours": "kWh", "megawatt-hours": "MWh",
    "gigawatt-hours": "GWh", "terawatt-hours": "TWh", "watt-hour": "Wh", "kilowatt-hour": "kWh",
    "megawatt-hour": "MWh", "gigawatt-hour": "GWh", "wh": "Wh", "ah": "Ah", "ampere-hours": "Ah",
    "ampere-hour": "Ah", "tesla": "T", "w": "W", "watt": "W", "watts": "W",
}
_SQUARE_FEET = {"feet", "foot", "ft", "ft."}
QUALIFIERS = [
    (r"fler än|flera än|mer än|över|mer enn|flere enn|more than|over|above|in excess of|minst|minimum|at least|"
     r"drøyt|drygt|upwards of", "more_than"),
    (r"färre än|mindre än|under|upp till|högst|maximalt|færre enn|mindre enn|opp til|inntil|less than|"
     r"fewer than|up to|below|at most|within", "less_than"),
]
APPROX = r"cirka|ca\.?|c:a|ungefär|omkring|om lag|runt|kring|nästan|närmare|nära|uppemot|rundt|nesten|nærmere|drygt|" \
         r"drøyt|omtrent|about|around|approximately|approx\.?|roughly|nearly|almost|some|close to"
TIME_UNITS = {
    "år", "åren", "året", "års", "månad", "månader", "månaders", "vecka", "veckor", "veckors", "dag", "dagar",
    "dagars", "timme", "timmar", "timmars", "minuter", "sekunder", "gånger", "gång", "dager", "døgn", "uker",
    "måneder", "timer", "ganger", "gonger", "veker", "year", "years", "month", "months", "week", "weeks",
    "day", "days", "hour", "hours", "minutes", "seconds", "times", "decades", "decennier", "tiår", "kvartal", "gang",
    "gong",
    "dygn", "dygnet", "nätter", "netter", "nights", "helger", "weekends", "timers", "dagers", "ukers", "måneders",
    "minutters", "døgns", "vekers", "minuters", "dagene", "dagane", "dagarna", "ukene", "vekene", "veckorna",
    "månedene", "månadene", "månaderna", "årene", "timene", "timane", "timmarna", "minutter", "minuttar",
    "minutt", "sekund", "uke", "veke", "måned", "time", "minut", "timar", "åra", "åras",  # Nynorsk: "tolv timar"
}
_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,3}(?:,\d{3})+")
MONTHS = {
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
    "december", "januar", "februar", "mai", "desember", "january", "february", "march", "may", "june", "july",
    "august", "october", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec",
    "des",
}
# Words after a number that show it is not a count of things.
NOT_COUNT_NOUNS = TIME_UNITS | MONTHS | {
    "grader", "grad", "degrees", "degree", "minusgrader", "plusgrader",  # temperatures are no counts
    "och", "og", "and", "eller", "or", "av", "of", "i", "in", "på", "on", "till", "til", "to", "för", "for", "från",
    "fra", "frå", "from", "med", "with", "som", "at", "att", "är", "er", "is", "var", "was", "har", "has", "have",
    "kan", "can", "ska", "skal", "will", "vid", "ved", "by", "per", "st", "stycken", "styck", "the",
    "a", "an", "mot", "om", "about", "plats", "plass", "place", "rum", "nr", "kl", "km/h", "än", "enn",
    "than", "procentenheter", "prosentpoeng", "points", "timmar", "gången", "gangen", "time", "den", "det", "de",
    "dei", "these", "those", "this", "that", "denna", "dette", "sina", "sine", "våra", "våre", "our", "their",
    "are", "were", "been", "ett", "varje", "hver", "kvar", "every", "each",
    # verbs: "boligverdi på 2,1 millioner går skatten ned"
    "går", "gick", "gikk", "gjekk", "blir", "ble", "blei", "blev", "kommer", "kjem", "ger", "gir", "gav", "ga",
    "får", "fick", "fikk", "ligger", "står", "stod", "sto", "vil", "ville", "kunne", "kunde", "må", "måste",
    "skulle", "would", "goes", "went", "hade", "hadde", "ingick", "ingår", "inngår", "inngikk", "ingen", "inga",
}
# The word just before a number that shows it is a reference, not a figure ("nr 5", "kl. 9", "fas 2").
# A unit right after a number: "den 6,3 kilometer lange tunnelen" is no date ("den 6 mars").
_UNIT_NEXT = re.compile(r"\s(?:" + "|".join(sorted((re.escape(u) for u in PHYSICAL), key=len, reverse=True))
                        + r"|%|procent|prosent|kronor|kroner|euro)(?![\w/²³])", re.IGNORECASE)
NOT_AFTER = frozenset("""
    nr nummer no kapitel sida sidan side s version fas steg artikel paragraf § punkt vecka v uke kl klockan
    klokka box postbox rum rom agenda scope horizon år året year week page chapter step phase den väg
    länsväg riksväg vei veg road route linje linjen line buss bus kaj kai quay gate plattform dnr saknr ref
    våning etasje floor fv rv fylkesvei fylkesveg riksvei riksveg klokken klokkan rute ruta rutene bussrute
    busslinje routes
""".split())

_WORD = re.compile(r"[^\s,.;:!?()\"“”«»]+")
_WORD_ONLY = re.compile(r"[^\W\d_](?<![\w-].)[^\W\d_]*(?![\w-])")  # letter first, look-behind after: a fast scan
_CLAUSE_BREAK = re.compile(r"[.;:!?,]")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")
_PHONE_GROUP_BEFORE = re.compile(r"(?<![\d,.])0\d{3,}[ \u00a0]$")  # "07700 900 418": the rest of a phone number
_ABBREVIATED = {"mill", "milj", "mrd", "md", "mdr"}


def _word_before(before: str) -> str:
    """The run of letters and digits that ends ``before`` (after a full stop and spaces), lower case."""
    tail = before.rstrip()
    if tail.endswith("."):
        tail = tail[:-1]
    if tail.endswith("§"):
        return "§"
    i = len(tail)
    while i and (tail[i - 1].isalnum() or tail[i - 1] == "_"):
        i -= 1
    return tail[i:].casefold()


def _words_after(text: str, pos: int, count: int = 6) -> list[re.Match[str]]:
    out = []
    for match in _WORD.finditer(text, pos):
        gap = text[pos : match.start()]
        abbreviated = out and gap.rstrip(" ") == "." and out[-1].group(0).casefold() in _ABBREVIATED
        if gap != " " and ("\n" in gap or _CLAUSE_BREAK.search(gap)) and not abbreviated:
            break  # but "86,4 mill. kr" goes on past the abbreviation's full stop
        out.append(match)
        pos = match.end()
        if len(out) == count:
            break
    return out


_QUALIFIER_AT_END = [(re.compile(rf"(?i)(?:^|\s)({pattern})\s*$"), name) for pattern, name in QUALIFIERS]
_APPROX_AT_END = re.compile(rf"(?i)(?:^|\s)({APPROX})\s*$")


def _qualifier(before: str) -> tuple[str | None, bool, int]:
    """(qualifier, approx, how many characters of ``before`` it covers)."""
    qualifier, approx, covered = None, False, 0
    for _ in range(2):
        matched = False
        for pattern, name in _QUALIFIER_AT_END:
            m = pattern.search(before[: len(before) - covered])
            if m:
                qualifier = qualifier or name
                approx = approx or m.group(1).casefold() in {"drygt", "drøyt"}
                covered = len(before) - m.start(1)
                matched = True
                break
        m = _APPROX_AT_END.search(before[: len(before) - covered])
        if m:
            approx = True
            covered = len(before) - m.start(1)
            matched = True
        if not matched:
            break
    return qualifier, approx, covered


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind("\n", 0, start), max(text.rfind(p, 0, start) for p in (". ", "! ", "? ")) + 1)
    right_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 1 if left >= 0 else 0 : right].strip()


def _unit_after(words: list[re.Match[str]], language: str):
    """(unit, multiplier, words used) for the words after a number; a unit joined to the number by a hyphen
    counts as one word ("a $212-million investment", "the 32,500-square-metre plant", "a 100-metre section")."""
    lowered = [w.group(0).casefold() for w in words]
    if words and (words[0].group(0) in {"G", "Gs"} or (words[0].group(0) == "W" and words[0].string[
            words[0].start() - 1].isdigit())):
        return None  # "a 3G pitch", "5G coverage": a generation, not grams; "Dublin 6W", a postal district
    if lowered and lowered[0].startswith("-") and len(lowered[0]) > 1:
        parts = lowered[0][1:].split("-")
        info = _unit_of(parts + lowered[1:], language)
        if not info or info[2] < len(parts) or info[0] == "count":
            return None  # "a 40-strong team", "a 12-month contract", "Form 10-K filed"
        return info[0], info[1], info[2] - len(parts) + 1
    return _unit_of(lowered, language)


_MEGALITRES = {"megalitres", "megaliters", "megalitre", "megaliter", "ml"}
_A_DAY = re.compile(r"(?:\(?ml\)? )?(?:of (?:[\w-]+ ){0,3})?(?:a|per|each) day\b")
_KRONA_WORDS = {"kr", "kr.", "kronor", "kroner", "kronar", "öre", "øre", "danska", "danske", "svenska", "svenske",
                "norska", "norske"}


def _unit_of(lowered: list[str], language: str):
    if not lowered:
        return None
    first = lowered[0]
    if first in COMBINED:
        unit, mult = COMBINED[first]
        return unit, mult, 1
    if first in PERCENT or (first == "per" and len(lowered) > 1 and lowered[1] == "cent"):
        return "percent", 1.0, 2 if first == "per" else 1
    if first in PER_MILLE:
        return "percent", 0.1, 1  # "3,0 promille": a tax rate, kept as the share it is (0.3 percent)
    mult, used = 1.0, 0
    if first == "m" and (len(lowered) == 1 or lowered[1] not in CURRENCIES and lowered[1] not in _KRONA_WORDS):
        return "m", 1.0, 1  # "14 m at 4.2 g/t", "an 80 m mast": metres; "14 m kronor" is money
    if first in MULTIPLIERS and (first not in {"m", "k", "md"} or len(lowered) > 1):
        mult, used = MULTIPLIERS[first], 1
    rest = lowered[used:]
    if rest:
        word = rest[0]
        if word in {"öre", "øre"}:  # "27,6 öre per kWh": hundredths of a krona
            return KRONA.get(language, "SEK"), mult * 0.01, used + 1
        if word in {"kr", "kr.", "kronor", "kroner", "kronar"}:
            currency = KRONA.get(language) or ("NOK" if word.startswith("kroner") else "SEK")
            if len(rest) > 1 and rest[1] in {"danska", "danske"}:
                currency = "DKK"
            return currency, mult, used + 1
        if word in {"danska", "danske", "svenska", "svenske", "norska", "norske"} and len(rest) > 1 and rest[1] in {
            "kronor", "kroner"}:
            return {"d": "DKK", "s": "SEK", "n": "NOK"}[word[0]], mult, used + 2
        if word in CURRENCIES:
            return CURRENCIES[word], mult, used + 1
        if word in {"kilometer", "km"} and rest[1:3] in (["i", "timmen"], ["i", "timen"], ["i", "timen."]):
            return "km/h", mult, used + 3  # "60 kilometer i timmen"
        if word in {"meter", "metre", "metres", "meters", "m"} and [w.rstrip(".,") for w in rest[1:3]] in (
                ["per", "sekund"], ["i", "sekundet"], ["per", "second"], ["a", "second"]):
            return "m/s", mult, used + 3  # "byvindar på 33 meter per sekund"
        if PHYSICAL.get(word) == "m3" and [w.rstrip(".,") for w in rest[1:3]] in (
                ["per", "sekund"], ["i", "sekundet"], ["per", "second"], ["a", "second"]):
            return "m3/s", mult, used + 3  # "4,2 kubikmeter per sekund"
        daily = _A_DAY.match(" ".join(rest[1:8])) if word in _MEGALITRES else None
        if daily:  # "18 megalitres (ML) of mine-affected water a day", "4 ML a day"
            return "Ml/d", mult, used + 2 + daily.group(0).count(" ")
        if word in _MEGALITRES and word != "ml":
            return "l", mult * 1e6, used + 1  # "around 70 megalitres": litres, as other volumes
        if word == "square" and len(rest) > 1 and rest[1].rstrip(".,;") in {"miles", "mile"}:
            return "mi2", mult, used + 2  # "more than 8,100 square miles"
        if word in {"liter", "litre", "litres", "liters", "l"} and [w.rstrip(".,") for w in rest[1:3]] in (
                ["i", "sekundet"], ["i", "sekunden"], ["per", "sekund"], ["per", "second"], ["a", "second"]):
            return "l/s", mult, used + 3  # "450 liter i sekundet"
        if word == "percentage" and len(rest) > 1 and rest[1].rstrip(".,;") in {"point", "points"}:
            return "percent", mult, used + 2  # "0.4 percentage point": a change in a share
        if word in {"square", "sq", "sq."} and len(rest) > 1 and rest[1] in _SQUARE_FEET:
            return "sq ft", mult, used + 2  # "38,000-square-foot", "120,000 sq ft"
        if word in {"nautical", "nautiske", "nautisk"} and len(rest) > 1 and rest[1] in {"miles", "mile", "mil"}:
            return "nmi", mult, used + 2
        if word in PHYSICAL:
            return PHYSICAL[word], mult, used + 1
        if "/" in word and word.split("/", 1)[0] in PHYSICAL and word.split("/", 1)[1][:1].isdigit():
            return PHYSICAL[word.split("/", 1)[0]], mult, used + 1  # "10 MW/40 MWh": the next figure after the slash
        if "-" in word and word.split("-", 1)[0] in PHYSICAL:
            return PHYSICAL[word.split("-", 1)[0]], mult, used + 1  # "en 132 kV-ledning", "et 5 MW-anlegg"
        if word.startswith("lane-") and word[5:] in PHYSICAL:
            return PHYSICAL[word[5:]], mult, used + 1  # "2,450 lane-kilometres"
        if "/" in word and word.split("/", 1)[0] in {"öre", "øre", "kr", "kronor", "kroner"}:
            return _unit_of([word.split("/", 1)[0]], language)  # "41,3 øre/kWh": a price, in kroner
        if word == "metric" and len(rest) > 1 and rest[1] in PHYSICAL:
            return PHYSICAL[rest[1]], mult, used + 2  # "11,000 metric tons"
        if word == "square" and len(rest) > 1 and rest[1] in {"metres", "meters", "metre", "meter"}:
            return "m2", mult, used + 2
        if word == "square" and len(rest) > 1 and rest[1] in {"kilometres", "kilometers", "kilometre", "kilometer",
                                                             "km"}:
            return "km2", mult, used + 2  # "6,200 square kilometres"
        if word == "cubic" and len(rest) > 1 and rest[1] in {"metres", "meters", "metre", "meter"}:
            return "m3", mult, used + 2
    if used:
        return "count", mult, used
    return None


# "en svarprosent på 75", "svarsfrekvensen på 64": a number the word before says is a percentage
_SHARE_OF = re.compile(r"(?i)\w(?:prosent|procent|prosenten|procenten|frekvens|frekvensen)\s+(?:på|of)\s+$")
_PLURAL_COUNT = re.compile(r"\w{3}(?:er|ar|or|s)$")  # "butikker", "tilsette", "jobs": a plural the number counts
_ADJECTIVE = re.compile(r"(?:a|e|iga|ige|ska|ske|al|ale|ala)$")
_CONJUNCTIONS = {"och", "og", "and"}
_NUMBER_WORDS_ANY = {w for table in NUMBER_WORDS.values() for w in table}
_YEAR_WORDS = {"år", "året", "year"}
_TAL = re.compile(r"-tall?s?(?![\w-])")
_DEFINITE_PLURAL = re.compile(r"(?:arna|erna|orna|ane|ene)$")
_DEFINITE_PLURAL_NOUN = re.compile(r"\w{3}(?:arna|erna|orna|ane|ene|na)$")
# "seks av ti", "6 of 10", "one in four": a proportion, not a count of ten ("11 av 16 prøver" is one)
_FRACTION_BEFORE = re.compile(
    rf"(?i)(?<![\w-])(?:\d+|{'|'.join(sorted(_NUMBER_WORDS_ANY, key=len, reverse=True))})\s+"
    r"(?P<by>av|of|ut av|på|in)\s+$"
)


# "42 og 38 millioner kroner", "fra 6,1 til 7,2 prosent": the first number shares the second's unit.
_COORDINATED_NUMBER = re.compile(r"\s+(?:och|og|and|eller|or|till|til|tel|to|respektive|(?P<against>mot|mod|against))"
                                 r"\s+(?=\d)")  # "65 respektive 35 procent"
# "varav 168 är deltidsbrandmän", "of which 40 are new": a part of a whole named before.
_OF_WHICH = re.compile(r"(?i)(?:^|\s)(?:varav|hvorav|herav|derav|of which|of whom)\s+$")
# "Antalet bränder i byggnad sjönk till 96": the number counts what the sentence is about.
_NUMBER_OF = re.compile(r"(?i)\b(?:antalet|antallet|talet på|the number of)\s")
_AFTER_STATED_COUNT = {"vid", "ved", "at", "mot", "against", "från", "fra", "frå", "jämfört", "sammenlignet",
                       "compared", "i", "in", "til", "till", "to"}
# "…, mot 1 657 året før", "jämfört med 2 936 ett år tidigare", "from 11 to 25 people": the number compared with
# a count before it, or the start of a range of counts.
_AGAINST = re.compile(
    r"(?i)(?:^|\s)(?:mot|mod|jämfört med|jamfört med|sammenlignet med|samanlikna med|compared with|compared to|"
    r"against|versus|vs\.?)\s+$"
)
_RANGE_JOIN = re.compile(r"\s+(?:till|til|to)\s+")
_RANGE_START = re.compile(r"(?i)(?:^|\s)(?:from|fra|från|frå|mellan|mellom|between)\s+$")
# A fact line "Trafikkulykker: 212", "• Automatic alarms: 689 (641 false)": a label, a colon, a number.
_FACT_LINE = re.compile(r"[ \t]*[•·*▪–-]?[ \t]*(?P<label>[A-ZÅÄÖÆØ][^:\n\d]{2,60}):[ \t]*")  # from the line's start
_NOT_FACT_LABELS = {
    "dato", "date", "datum", "tid", "time", "kl", "klokken", "klockan", "år", "year", "uke", "vecka", "week", "nr",
    "nummer", "no", "number", "sak", "saksnummer", "ärende", "diarienummer", "dnr", "ref", "referanse", "referens",
    "versjon", "version", "side", "sida", "page", "postnummer", "postnr", "org.nr", "orgnr", "organisasjonsnummer",
    "organisationsnummer", "ean", "gtin", "isbn", "issn", "artikelnummer", "artikkelnummer", "batch", "lot",
}
# "2 146 (1 987)", "SEK 183.2 m (166.1)": last year's figure in brackets after this year's.
_COMPARATIVE = re.compile(r"\s*\((?:[-–−]?\d[\d\s.,\u00a0]*%?)\)")


def _past_comparative(text: str, end: int, size: int) -> str:
    """The ``size`` characters after a number, past a comparison figure in brackets."""
    bracket = _COMPARATIVE.match(text, end)
    start = bracket.end() if bracket else end
    return text[start : start + size]
_GENITIVE = re.compile(r"(?:\w{2}(?:ets|ens|ins|nas|nes|ans)|['’]s)$")
_NAMED_COMPOUND = re.compile(r"[A-ZÅÄÖÆØ][a-zåäöæøé]+-[a-zåäöæø]{3,}")
_ACRONYM_COMPOUND = re.compile(r"[A-ZÅÄÖÆØ0-9]{2,6}-[^\W\d_]*[a-zåäöæø]")


def _shared_unit(text: str, end: int, language: str) -> tuple[str, float] | None:
    """The unit and multiplier a bare number shares with the number coordinated after it."""
    link = _COORDINATED_NUMBER.match(text, end)
    second = link and DIGITS.match(text, link.end())
    if not second:
        return None
    words = _words_after(text, second.end())
    info = _unit_after(words, language)
    if not info and link.group("against") and _count_words(words, 0):
        return "count", 1.0  # "25 mot 16 stemmer": both sides of a vote are counts
    if not info or info[0] == "count":
        return None
    return info[0], info[1]


def _minus_before(text: str, start: int) -> bool:
    """A minus sign right before the digits, after a space or bracket ("-1%", "(−0,4 %)"); not a range."""
    return start > 0 and text[start - 1] in "-−–" and (start == 1 or text[start - 2] in " \t\n(")


def _money_before(context: Context, start: int) -> str | None:
    """The currency of the nearest amount of money before ``start`` in the same paragraph or the one before
    ("… gjev 900 000 kroner.\n\nResten kjem frå Luster kommune (6,8 millionar)")."""
    for figure in reversed(context.result.figures):
        if figure.start >= start:
            continue
        if start - figure.end > 300 or context.text.count("\n\n", figure.end, start) > 1:
            return None
        if _is_currency(figure.unit):
            return figure.unit
    return None


def _same_amount_after(text: str, end: int, value: float, language: str) -> str | None:
    """The currency of the same amount written out in money soon after: a headline's "deler ut nesten 1,9
    millionar" is the lead's "1 865 000 kroner"."""
    for match in DIGITS.finditer(text, end, min(len(text), end + 1500)):
        info = _unit_after(_words_after(text, match.end()), language)
        number = parse_number(match.group(0), language) if info else None
        if info and number and _is_currency(info[0]) and abs(number * info[1] - value) <= 0.06 * value:
            return info[0]
    return None


def _is_currency(unit: str) -> bool:
    return unit in CURRENCIES.values() or unit in DOLLARS.values() or unit in KRONA.values()


def _stated_count(text: str, start: int, end: int) -> bool:
    """A bare number the sentence says is the number of something ("Antalet anställda var 64 vid årets slut")."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    head = text[sentence_start:start]
    last_number = max((m.end() for m in DIGITS.finditer(head)), default=0)
    if not _NUMBER_OF.search(head, last_number):
        return False
    after = _past_comparative(text, end, 30)
    if re.match(r"\s*(?:[.,;:)]|$)", after):
        return True
    next_word = after.split(None, 1)[0].casefold() if after.strip() else ""
    return next_word in _AFTER_STATED_COUNT


def _compared_count(context: Context, start: int, end: int, before: str) -> bool:
    text = context.text
    previous = context.result.figures[-1] if context.result.figures else None
    if previous and previous.unit == "count" and _RANGE_JOIN.fullmatch(text, previous.end, start) and (
            _RANGE_START.search(text, max(0, previous.start - 12), previous.start)):
        return True  # "fall frå 142 til 117": the end of a range of counts
    if _RANGE_START.search(before):
        link = _COORDINATED_NUMBER.match(text, end)
        second = link and DIGITS.match(text, link.end())
        return bool(second and _count_words(_words_after(text, second.end()), 0))
    if not _AGAINST.search(before):
        return False
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    earlier = [f for f in context.result.figures if sentence_start <= f.start and f.end <= start]
    if earlier:
        return earlier[-1].unit == "count"
    return any(not re.fullmatch(r"(?:18|19|20)\d\d", m.group(0)) and not context.is_claimed(m.start(), m.end())
               for m in DIGITS.finditer(text, sentence_start, start))


def _elliptical_count(context: Context, start: int, end: int) -> bool:
    """A bare number closing the sentence, in a clause after a count, counts the same things: "omkring 60
    utbildningsplatser per år, medan branschen behöver minst 250."."""
    text = context.text
    if not re.match(r"[.;!](?:\s+[A-ZÅÄÖÆØ\-–«\"”]|\s*$)", text[end : end + 4]):
        return False  # the sentence ends there (not "åpner 25. april")
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    earlier = [f for f in context.result.figures if sentence_start <= f.start and f.end <= start]
    return bool(earlier) and earlier[-1].unit == "count" and "," in text[earlier[-1].end : start]


# A table laid out with spaces, tabs or pipes (Markdown, as releases copied from the web have them): a label, then
# numbers in columns ("  varav mopeder      742      690", "| EBITDA (₹ crore) | 287.1 | 239.5 | 19.9% |").
# Read cell by cell: one pattern for the whole row backtracks exponentially over the spaces it may split.
_COLUMNS = re.compile(r"[ \t]*\|[ \t]*|\t+| {2,}")
_TABLE_ROW_CHARS = 400
_ROW_LABEL = re.compile(r"[^\W\d_][^\d:|]{1,60}")
# a number, or a change column's "+14.8%", "90 bps"
_CELL_NUMBER = re.compile(r"[+]?\d[\d\u00a0 ,.]*(?:%|[ \t]?[a-z]{1,4})?")


def _table_row(text: str, start: int, end: int) -> str | None:
    """The label of the table row whose cell the number is, if it is one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > _TABLE_ROW_CHARS:
        return None  # a table's row is a short line; reading a long one cell by cell would be quadratic
    before, after = text[line_start:start], text[end:line_end]
    cell_start = before.rstrip("-−")
    if not (cell_start.endswith(("\t", "  ")) or cell_start.rstrip(" ").endswith("|")) or (
            after.strip() and not _COLUMNS.match(after)):
        return None
    cells = [c for c in _COLUMNS.split(before.rstrip("-−").strip()) if c]
    rest = [c for c in _COLUMNS.split(after.strip()) if c]
    numbers = cells[1:] + rest
    if cells and _ROW_LABEL.fullmatch(cells[0]) and all(_CELL_NUMBER.fullmatch(c.lstrip("-−")) for c in numbers):
        return cells[0]
    return None


# The unit a row's label gives its cells: "Nettoomsättning, MSEK", "Organisk tillväxt, %", "Revenue (EUR m)".
_LABEL_UNIT = re.compile(r"(?:,[ \t]*|\()([^,()]{1,12}?)\)?[ \t]*$")


def _row_unit(text: str, start: int, end: int, language: str) -> tuple[str, float] | None:
    label = _table_row(text, start, end)
    found = label and _LABEL_UNIT.search(label)
    if not found:
        # the unit of the whole table, in its header's first cell: "| SEK m | Q3 2025 | Q3 2024 |"
        return _money_unit(_header_cell(text, start)) if label else None
    words = found.group(1).casefold().split()
    return _money_unit(found.group(1)) or _physical_unit(words, language)


def _header_cell(text: str, start: int) -> str:
    """The first cell of the first row of the table the number at ``start`` is in."""
    line_start = text.rfind("\n", 0, start) + 1
    header = ""
    for _ in range(40):  # a table's rows, up to its first
        if line_start <= 0:
            break
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start : line_start - 1]
        if not (above.count("|") >= 2 or "\t" in above):
            break
        if not re.fullmatch(r"[\s|:-]*", above):  # not the "|---|---|" rule under the header
            header = above
        line_start = above_start
    cells = [c for c in _COLUMNS.split(header.strip()) if c]
    return re.sub(r"\s*\([^)]*\)", "", cells[0]) if cells else ""  # "NOK million (unless stated)"


def _money_unit(cell: str) -> tuple[str, float] | None:
    """ "SEK m", "EUR million", "US$ million", "₹ crore", "MSEK", a lone "₹": the currency and multiplier."""
    words = cell.casefold().split()
    if len(words) == 1 and words[0] in COMBINED:
        return COMBINED[words[0]]
    currency = CURRENCIES.get(words[0]) or DOLLARS.get(words[0]) if words else None
    if currency and len(words) == 2 and words[1] in MULTIPLIERS:
        return currency, MULTIPLIERS[words[1]]  # "EUR m", "SEK m", "US$ million", "₹ crore"
    if currency and len(words) == 1:
        return currency, 1.0  # "Diluted EPS (₹)"
    return None


def _physical_unit(words: list[str], language: str) -> tuple[str, float] | None:
    info = _unit_of(words, language)
    if not info or info[0] == "count" or info[2] != len(words):
        return None
    return info[0], info[1]


def _bracketed_unit(context: Context, start: int, end: int) -> tuple[str, float] | None:
    """The unit of a figure whose comparison follows it bare in brackets: "412,6 MSEK (378,5)", "11,4 procent
    (9,3)", "Sjuksköterskeprogrammet: 684 (512)": the previous year's value, as reports write it ("tredje
    kvartalet 2027 inom parentes")."""
    text = context.text
    opening = start - 1 - (start > 0 and text[start - 1] in "-−")
    if opening < 1 or text[opening] != "(" or not text.startswith(")", end):
        return None
    previous = context.result.figures[-1] if context.result.figures else None
    if not previous or text[previous.end : opening].strip():
        return None
    number = DIGITS.search(previous.text)
    shown = number and parse_number(number.group(0), context.language)
    return previous.unit, (abs(previous.value) / shown if shown else 1.0)


def _fact_line(text: str, start: int) -> re.Match[str] | None:
    return _FACT_LINE.fullmatch(text, text.rfind("\n", 0, start) + 1, start)


def _fact_value(text: str, label: re.Match[str], end: int) -> bool:
    """The number ends its fact line, perhaps with a note in brackets; the label is not a date or a reference."""
    words = label.group("label").casefold().split()
    if len(re.sub(r"\D", "", text[label.end() : end])) > 7:
        return False  # "EAN: 7350087412036": a code, not a count
    if not words or words[-1].strip(".") in _NOT_FACT_LABELS or " ".join(words) in LABEL_WORDS:
        return False
    return re.match(r"[ \t]*(?:\([^)\n]*\))?[ \t]*(?:[,;][^\n]*)?(?:\n|$)", text[end:]) is not None


# Prepositions, conjunctions and verbs that end a counted noun phrase.
_FUNCTION_WORDS = frozenset("""
    etter efter after siden sedan since i in på on at av of til till to for för fra från frå from med with mot
    against om about per som that which who er är is var was ble blev blei har has had
""".split())


# Things a number joined by a hyphen counts in English ("a 120-seat theatre"); not "a 40-strong team", "a 12-month
# contract" or "a two-bedroom flat" (the flats are what is counted)
_HYPHEN_COUNT_NOUNS = frozenset("""
    bed seat room lane place chair turbine station court bay space home berth pitch classroom cot pump charger
""".split())
_SPELLED_HYPHEN_COUNT = re.compile(rf"(?<![\w-])([^\W\d_]+)-(?:{'|'.join(sorted(_HYPHEN_COUNT_NOUNS))})(?![\w-])",
                                   re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-ZÅÄÖÆØ][a-zåäöæøé]+(?:-[A-Za-zåäöæø]+)?")


def _named_modifiers(words: list[re.Match[str]], at: int) -> int:
    """How many capitalised words at ``at`` qualify a plural noun after them ("Norwegian households", "First
    Nations communities"): one or two, then lower-case words up to a plural noun."""
    k = 0
    while k < 2 and at + k < len(words) and _NAME_WORD.fullmatch(words[at + k].group(0)):
        k += 1
    for match in words[at + k : at + k + 2]:
        low = match.group(0)
        if not low.isalpha() or not low.islower() or low in _FUNCTION_WORDS or low in NOT_COUNT_NOUNS:
            return 0
        if _PLURAL_COUNT.search(low):
            return k
    return 0


def _count_words(words: list[re.Match[str]], start_index: int) -> int:
    """How many words after a number form the counted noun phrase: adjectives ("nya regionala"),
    compounds ("marknads- och"), then one noun ("jobb")."""
    n = 0
    for match in words[start_index : start_index + 5]:
        word = match.group(0)
        low = word.casefold()
        if n and low in _FUNCTION_WORDS:
            break  # "22 nye medarbeidere siden nyttår", "3 920 TEU etter at …": the phrase has ended
        continues = n and (words[start_index + n - 1].group(0).endswith("-") or _ADJECTIVE.search(
            words[start_index + n - 1].group(0).casefold()))
        if n and low in _NUMBER_WORDS_ANY and words[start_index + n - 1].group(0).casefold() in _CONJUNCTIONS:
            break  # "74 tilsette og fire ferjer": a second figure
        if low in _CONJUNCTIONS and continues:
            n += 1
            continue
        acronym = word.isupper() and 2 <= len(word) <= 5 and start_index + n + 1 < len(words) and words[
            start_index + n + 1].group(0).islower()
        if acronym:  # "22 NHS hospitals": an acronym qualifies the noun that follows
            n += 1
            continue
        if _ACRONYM_COMPOUND.fullmatch(word) or (_NAMED_COMPOUND.fullmatch(word) and (
                _PLURAL_COUNT.search(word) or _DEFINITE_PLURAL.search(word))):
            # "158 IVPA-larm", "12 EU-prosjekt", "to Pelton-turbiner", "dei seks Valdres-kommunane": a noun
            n += 1
            break
        if word[0].isupper() and (named := _named_modifiers(words, start_index + n)):
            n += named  # "six Irish hospitals", "about 5,600 Alberta homes", "42 City-owned parking lots"
            continue
        if not word[0].isalpha() or word[0].isupper() or low.strip("-") in NOT_COUNT_NOUNS:
            break
        n += 1
        if not (word.endswith("-") or _ADJECTIVE.search(low)) or (len(low) > 6 and _DEFINITE_PLURAL.search(low)):
            break  # the noun ends the phrase ("to kommunane": a definite plural, not an adjective in -e)
    while n and words[start_index + n - 1].group(0).casefold() in _CONJUNCTIONS:
        n -= 1
    return n


# A currency written before the amount: "€2.5 million", "NOK 300 millioner", "MSEK 12", "kr 150 000"
_PREFIX_CURRENCY = re.compile(
    r"(€|(?<![\w$])(?:US|C|CA|A|AU|NZ|S|HK)?\$|£|₹|\b(?:SEK|NOK|DKK|EUR|USD|GBP|MSEK|MNOK|MEUR|TSEK|TNOK|INR|"
    rf"{'|'.join(ISO_CODES)})\b|(?<![\w-])kr\.?|(?<![\w-])Rs\.?|(?<![\w.-])R)\s?$")
# "10 MW/40 MWh": the second figure, after a unit and a slash (the pattern opens with the slash, which `re` finds
# fast; a look-behind first is tried at every character, forty times as slow over a release)
_AFTER_SLASH = re.compile(r"/(\d+(?:[.,]\d+)?)(?=[ \t]?[A-Za-z])")
_UNIT_BEFORE_SLASH = re.compile(r"\d[ \t]([A-Za-z]{1,4})$")


def _pounds_weigh(text: str) -> bool:
    """Pounds are weight where the release gives no British money and is American ("$", "U.S.")."""
    return not _BRITISH_MONEY.search(text) and _AMERICAN.search(text) is not None


_BRITISH_MONEY = re.compile(r"£|\bGBP\b|\bsterling\b|\bpence\b|"
                            r"\b(?:UK|United Kingdom|Britain|England|Scotland|Wales)\b")
_AMERICAN = re.compile(r"\$|\bUSD\b|\bU\.S\.|\bUnited States\b")
# "R1.1 billion", "R400 million": the rand, in a release from South Africa (elsewhere "R400" is a road)
_SOUTH_AFRICAN = re.compile(r"\bSouth Africa|\bJSE\b|\bZAR\b|\brand\b|[@.][\w-]+\.(?:co|org|gov)\.za\b")
DOLLARS = {"us$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD", "s$": "SGD",
           "hk$": "HKD"}
# A bare "$" is the US dollar, unless the release is Canadian: it says its figures are in Canadian dollars,
# or it has a Canadian dateline ("PORT HAWKESBURY, NS, March 9", "TORONTO, /CNW/") and does not say US dollars.
_CANADIAN_DOLLARS = re.compile(r"\bCanadian dollars?\b|\bCAD\b|(?<![\w$])C\$")
_CANADIAN_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][\w .'’-]{1,40},[ \t]+(?:(?:ON|QC|BC|AB|NS|NB|MB|SK|PE|PEI|NL|Ont\.|Que\.|B\.C\.|Alta\.|"
    r"Man\.|Sask\.|N\.S\.|N\.B\.|P\.E\.I\.|N\.L\.|Nfld\.|Nova Scotia|New Brunswick|Ontario|Quebec|Québec|"
    r"British Columbia|Alberta|Manitoba|Saskatchewan|Prince Edward Island|Newfoundland(?: and Labrador)?)[ \t]*"
    r"[,–—-]|[^\n]{0,30}/CNW/)|[@.][\w-]+\.(?:gov\.[a-z]{2}\.)?ca\b"  # "THUNDER BAY, ON – …", an address at .ca
)
_US_DOLLARS = re.compile(r"\b(?:US|U\.S\.) dollars?\b|\bUSD\b")
# Likewise Australian and New Zealand releases: "NEWCASTLE, NSW, 20 May", "(about US$12 million)", an
# e-mail at a .au domain. A release that marks its US dollars ("US$12 million") writes its own as "$".
_AUSTRALIAN_DOLLARS = re.compile(r"\bAustralian dollars?\b|\bAUD\b|(?<![\w$])AU?\$")
_AUSTRALIAN = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][\w .'’-]{1,40},[ \t]+(?:NSW|N\.S\.W\.|VIC|Vic\.|QLD|Qld|TAS|Tas\.|ACT|"
    r"New South Wales|Victoria|Queensland|Tasmania|Western Australia|South Australia|Northern Territory|"
    r"Australia)[ \t]*,|[@.][\w-]+\.(?:com|org|gov|edu|net|asn)\.au\b"
)
_NZ_DOLLARS = re.compile(r"\bNew Zealand dollars?\b|\bNZD\b|(?<![\w$])NZ\$")
_NEW_ZEALAND = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][\w .'’-]{1,40},[ \t]+New Zealand[ \t]*,|[@.][\w-]+\.(?:co|org|govt|ac|net)\.nz\b")
_MARKED_US_DOLLARS = re.compile(r"(?<![\w$])US\$|\bUSD\s?\d")  # US dollars marked one by one


def _dollar(text: str) -> str:
    if _CANADIAN_DOLLARS.search(text) or (_CANADIAN_DATELINE.search(text) and not _US_DOLLARS.search(text)):
        return "CAD"
    for named, home, currency in ((_AUSTRALIAN_DOLLARS, _AUSTRALIAN, "AUD"), (_NZ_DOLLARS, _NEW_ZEALAND, "NZD")):
        if named.search(text) or (home.search(text) and (
                _MARKED_US_DOLLARS.search(text) or not _US_DOLLARS.search(text))):
            return currency
    return "USD"


@register("figures", order=30)
def extract_figures(context: Context) -> None:
    text, language = context.text, context.language
    candidates: list[tuple[int, int, float, bool]] = []  # start, end, value, spelled
    for match in DIGITS.finditer(text):
        if context.is_claimed(match.start(), match.end()):
            continue  # a phone or an organisation number: spare the parse
        if match.start() and text[match.start() - 1].isalpha() and text[match.end() : match.end() + 1].isalpha():
            continue  # inside a word: "m3fub" (but "arbetar14 000 personer", a space left out, is a number)
        value = parse_number(match.group(0), language)
        if value is not None:
            candidates.append((match.start(), match.end(), value, False))
    for match in _AFTER_SLASH.finditer(text):  # "10 MW/40 MWh": the second figure after the slash
        unit = _UNIT_BEFORE_SLASH.search(text, max(0, match.start() - 7), match.start())
        value = parse_number(match.group(1), language) if unit and unit.group(1).casefold() in PHYSICAL else None
        if value is not None:
            candidates.append((match.start(1), match.end(1), value, False))
    words_table = NUMBER_WORDS.get(language, {})
    approx_table = APPROX_WORDS.get(language, {})
    if words_table or approx_table:
        # The distinct words first (in C), then the places of the few that are number words.
        for word in set(_WORD_ONLY.findall(text)):
            low = word.casefold()
            if low in words_table:
                value = float(words_table[low])
            elif low in approx_table:
                value = -float(approx_table[low])
            else:
                continue
            candidates += [(start, start + len(word), value, True) for start in word_starts(text, word)]
        if language == "en":  # "an eight-lane pool": a number word the hyphen joins to what it counts
            candidates += [(m.start(), m.end(1), float(words_table[m.group(1).casefold()]), True)
                           for m in _SPELLED_HYPHEN_COUNT.finditer(text) if m.group(1).casefold() in words_table]
    seen: set[tuple[int, int]] = set()
    dollar = None
    for start, end, value, spelled in sorted(candidates):
        if context.is_claimed(start, end) or any(s <= start < e for s, e in seen):
            continue
        approx_word = value < 0
        value = abs(value)
        following = text[end : end + 3]
        raw = text[start:end]
        if not spelled and (re.match(r"\.\w|[-–/:]\s?\d|,\d|\.\d|\s?(?:am|pm|a\.m\.|p\.m\.)\b", following
                                     + text[end + 3 : end + 6])):
            continue  # file name, range, date, time ("9am", "7 pm")
        if not spelled and (re.fullmatch(r"0\d+", raw) or _PHONE_GROUP_BEFORE.search(text, max(0, start - 12), start)):
            continue  # "mellan klockan 22 och 04": a leading zero is a time or a code, never an amount
        if not spelled and re.match(r"(?:st|nd|rd|th)\b|er-", text[end : end + 3]):
            continue  # "21st-century": an ordinal; "ei 11er-bane": a kind of pitch
        if not spelled and language != "en" and _CLOCK.fullmatch(raw):
            continue  # "mellom 15.00 og 18.00": a time of day, written with a point in Scandinavian text
        before = text[max(0, start - 40) : start]
        is_year = not spelled and re.fullmatch(r"\d{4}", raw) is not None and 1800 <= value <= 2100
        word_before = _word_before(before) if not before.endswith(("'s ", "’s ")) else ""  # not "s. 12"
        if word_before == "no" and language == "no" and not before.rstrip().endswith("."):
            word_before = ""  # Nynorsk "no" is "now" ("kostar no 76 kroner"); "No. 5" has its full stop
        if word_before in NOT_AFTER and (is_year or word_before not in _YEAR_WORDS) and not (
                word_before == "den" and _UNIT_NEXT.match(text, end)):
            continue  # "år 2030" is a year; "i år 14 sesongarbeidarar" a count; but "den 6,3 kilometer lange tunnelen"
        tokens = before.rsplit(None, 1)
        prev_word = tokens[-1] if tokens else None
        fraction = prev_word and prev_word.casefold() in {"av", "of", "in", "på"} and _FRACTION_BEFORE.search(before)
        if fraction and (value in {10, 100} or fraction.group("by").casefold() == "in"):
            continue  # "seks av ti bussjåfører", "one in four": the ten is a denominator
        if prev_word and prev_word.casefold().strip(".,") in MONTHS and (value <= 31 or is_year):
            continue  # "12 maj", "juli 2025"; but "i juli 94 prosent" is a share
        tal = None if spelled else _TAL.match(text, end)
        if tal:  # "ett 40-tal medarbetare", "et 30-talls bedrifter": about forty
            approx_word, end = True, tal.end()
        # Prefix currency: "€2.5 million", "NOK 300 millioner", "MSEK 12".
        prefix_unit, prefix_mult, prefix_len = None, 1.0, 0
        m = _PREFIX_CURRENCY.search(before)
        if m and m.group(1) == "R" and (language != "en" or not _SOUTH_AFRICAN.search(text) or not re.match(
                r"[ \t]?(?:million|billion|bn|m)\b", text[end : end + 9])):
            m = None
        if m and not spelled:
            key = m.group(1).casefold()
            if key.startswith("kr"):  # "kr 150 000 kvar": the krona of the release's country
                prefix_unit, prefix_mult = KRONA.get(language, "SEK"), 1.0
            elif key == "$":
                dollar = dollar or _dollar(text)
                prefix_unit, prefix_mult = dollar, 1.0
            elif key.endswith("$"):
                prefix_unit, prefix_mult = DOLLARS[key], 1.0
            elif key == "r":
                prefix_unit, prefix_mult = "ZAR", 1.0
            else:
                prefix_unit, prefix_mult = COMBINED.get(key, (CURRENCIES.get(key), 1.0))
            prefix_len = len(before) - m.start(1)
        words = _words_after(text, end)
        if words and words[0].group(0).casefold() in _MEGALITRES:
            words = _words_after(text, end, 9)  # "… megalitres (ML) of mine-affected water a day"
        unit_info = _unit_after(words, language)
        shared = None if prefix_unit or unit_info or spelled or is_year else (
            _shared_unit(text, end, language) or _bracketed_unit(context, start, end)
            or (("percent", 1.0) if _SHARE_OF.search(before) else None)
            or _row_unit(text, start, end, language))
        if prefix_unit:
            mult, used = 1.0, 0
            first = words[0].group(0).casefold() if words else ""
            if first.startswith("-") and first[1:] in MULTIPLIERS and len(first) > 2:
                first = first[1:]  # "$212-million"
            if first in MULTIPLIERS:
                mult, used = MULTIPLIERS[first], 1
            elif re.match(r"(?i)(m|bn|k)\b", text[end : end + 3]):
                suffix = re.match(r"(?i)(m|bn|k)\b", text[end : end + 3]).group(1).casefold()
                mult, used = MULTIPLIERS[suffix], 0
                end += len(suffix)
            unit, value = prefix_unit, value * prefix_mult * mult
            span_start, span_end = start - prefix_len, (words[used - 1].end() if used else end)
        elif unit_info:
            unit, mult, used = unit_info
            value *= mult
            span_end = words[used - 1].end()
            slash = re.search(r"/(?=\d)", words[used - 1].group(0))
            if slash:  # "10 MW/40 MWh": the figure ends at the slash
                span_end = words[used - 1].start() + slash.start()
            if unit == "GBP" and words[used - 1].group(0).casefold() in {"pounds", "pound"} and _pounds_weigh(text):
                unit = "lb"  # "He weighed 132 pounds at birth", in an American release
            if unit == "count":  # "2 miljoner invånare"
                extra = _count_words(words, used)
                money = (_money_before(context, start) or _same_amount_after(text, end, value, language)
                         ) if extra == 0 and mult >= 1e6 else None
                if extra == 0 and not money:
                    continue
                if money:  # "118,4 millioner kroner i 2025, ned fra 131 millioner i år": kroner too
                    unit = money
                else:
                    span_end = words[used + extra - 1].end()
            span_start = start
        elif shared:
            unit, mult = shared
            value *= mult
            span_start, span_end = start, end
        else:
            # a count of things: the number must be followed by a noun phrase
            if is_year or value == 0 or (not spelled and "," in raw and language != "en") or (
                not spelled and "." in raw and language == "en"
            ):
                continue
            if text[end : end + 1] == ")" and not spelled:
                continue  # "(1) subscription rights", "2) new shares": a list's item number
            capitalised_before = prev_word and prev_word[:1].isupper() and prev_word[-1].isalnum()
            possessive = prev_word and prev_word.endswith(("'s", "’s"))  # "Kvarnholm's 1,150 trucks"
            grouped = " " in raw or "\u00a0" in raw  # "Nordlandssykehuset 14 260 MR-undersøkelser": no name's number
            n = _count_words(words, 0)
            if n == 0 and words and words[0].group(0).casefold().lstrip("-") in _HYPHEN_COUNT_NOUNS and (
                    words[0].start() == end and text[end] == "-"):
                n = 1  # "a 620-bed hospital", "an eight-lane pool", "a 14-turbine wind farm": beds, lanes, turbines
            if capitalised_before and not spelled and not possessive and not grouped and not re.search(
                    r"[.!?:\n–—]\s*\S+\s*$", before) and not (n and not is_year and before[-1:].isspace() and (
                        _PLURAL_COUNT.search(words[n - 1].group(0)))):
                continue  # "Fas 2", "Storgatan 12", "Agenda 2030"; but "får Fjordmat 37 butikker"
            part_of_whole = number_only = False
            if n == 0 and len(words) > 1 and words[0].group(0).casefold() in {"av", "of"}:
                # "fire av leilighetene", "over 200 av sjåførene", "40 of the pupils", "28 av meieriets
                # produkter": a part of a whole; "31 av 34 tilfeller": the part, then the whole on its own
                whole = 2 if words[1].group(0).casefold() in {"the", "de", "dei"} and len(words) > 2 else 1
                noun = words[whole].group(0)
                after = words[whole + 1].group(0) if len(words) > whole + 1 else ""
                if noun.casefold() in {"dem", "them", "these", "those", "dessa", "disse"}:
                    n, part_of_whole = 2, True  # "312 av dem fikk bruksforbud": a part of the whole just named
                elif noun.islower() and noun[0].isalpha() and (whole == 2 or _DEFINITE_PLURAL_NOUN.search(noun)):
                    n, part_of_whole = whole + 1, True
                elif after.islower() and after[0].isalpha() and _GENITIVE.search(noun):
                    n, part_of_whole = whole + 2, True
                elif after.islower() and after[0].isalpha() and DIGITS.fullmatch(noun):
                    part_of_whole = number_only = True
            closes = re.match(r"\s*(?:[.,;:)]|$)", _past_comparative(text, end, 2))
            of_which = n == 0 and _OF_WHICH.search(before[: len(before) - _qualifier(before)[2]])
            if number_only or of_which:
                unit, span_start, span_end = "count", start, end
            elif n == 0 and not spelled and (
                (_GROUPED.fullmatch(raw) and closes) or ("," not in raw and "." not in raw and _stated_count(
                    text, start, end))
            ):
                # "Antalet helkunder ökade med drygt 2 300 till 58 400.": a grouped number closing a
                # clause counts what the sentence is about
                unit, span_start, span_end = "count", start, end
            elif n == 0 and not spelled and (_compared_count(context, start, end, before)
                                              or _elliptical_count(context, start, end)):
                unit, span_start, span_end = "count", start, end  # "1 846 ganger i 2026, mot 1 657 året før"
            elif n == 0 and not spelled and (label := _fact_line(text, start)) and _fact_value(
                    text, label, end):
                unit, span_start, span_end = "count", label.start("label"), end  # "Trafikkulykker: 212"
            elif n == 0 and not spelled and _table_row(text, start, end):
                unit, span_start, span_end = "count", start, end  # "Kontrollerade fordon      1 284      1 106"
            elif n == 0:
                continue
            else:
                unit, span_start, span_end = "count", start, words[n - 1].end()
            if spelled and not approx_word and not part_of_whole and words and (
                words[0].group(0).casefold() in NOT_COUNT_NOUNS
            ):
                continue
        if approx_word and (spelled or tal):
            # "ett tjugotal företag"
            span_start = max(text.rfind(" ", 0, start - 1) + 1, 0) if text[max(0, start - 4) : start].strip() in {
                "ett", "et"} else start
        qualifier, approx, covered = _qualifier(text[max(0, span_start - 40) : span_start])
        span_start -= covered
        if unit != "count" and not spelled and span_start == start and _minus_before(text, start):
            value, span_start = -value, span_start - 1  # "currency effects -1%"
        seen.add((span_start, span_end))
        context.result.figures.append(
            Figure(
                text=text[span_start:span_end],
                value=round(value, 6),
                unit=unit,
                start=span_start,
                end=span_end,
                qualifier=qualifier,
                approx=approx or approx_word,
                sentence=_sentence(text, span_start, span_end),
            )
        )
