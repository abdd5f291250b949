"""Opening hours: validate, describe in Dutch, and prepare the "nu open" schedule.

Reads: one OpenStreetMap ``opening_hours`` string from a location record, for example
``Mo-Fr 08:30-17:00; PH off``. It is evaluated with opening-hours-py for the Netherlands
(``PH`` = Dutch public holidays: nieuwjaarsdag, Pasen, Koningsdag, Hemelvaart, Pinksteren,
Kerstmis) in Dutch local time (Europe/Amsterdam wall-clock time). Surrounding whitespace is
ignored.

Emits:

- ``check(text)``: ``None`` or one Dutch message for the editor (never a parser trace);
- ``describe(text)``: Dutch rows ``(days, hours)`` for display;
- ``schedule(text, start)``: a small JSON-serialisable schedule (weekly pattern, the hours on
  public holidays, and the dates in the coming period that differ from both). A static page
  is read days after the build, so the build cannot say "nu open";
  ``overrides/assets/javascripts/nu-open.js`` decides in the browser from this schedule.
  ``schedule_json`` and ``nu_open_span`` give the same schedule as compact JSON and as
  ready-to-use, escaped HTML;
- ``is_open(text, when)``: the same question answered in Python (used to cross-check the JS).

Shape of ``schedule()`` (only ``week`` is always there)::

    {"week": [[["08:30", "17:00"]], [...], [...], [...], [...], [], []],
     "feestdagen": [],
     "van": "2026-01-05", "tot": "2027-02-09",
     "uitzonderingen": {"2026-07-20/2026-08-28": [], "2026-12-24": [["08:30", "12:00"]]}}

``week`` holds seven lists (maandag .. zondag) of ``[open, close]`` pairs in ``HH:MM``;
``close`` may be ``"24:00"``. An overnight range is split at midnight: Friday 22:00-02:00 is
``["22:00", "24:00"]`` on Friday and ``["00:00", "02:00"]`` on Saturday. ``feestdagen`` (only
when the public holidays differ from the week) holds the hours on every Dutch public holiday;
nu-open.js knows those days itself (Easter rule), so no page lists them one by one.
``uitzonderingen`` (with ``van`` and ``tot``, only when there are any) maps every other date in
``[van, tot)`` whose hours differ to its own list (``[]`` = closed all day); consecutive days
with the same hours are one key ``"first/last"`` (both inclusive). After ``tot`` the weekly
pattern and the public holidays apply.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections import Counter
from functools import lru_cache

from opening_hours import OpeningHours, State

__all__ = [
    "COUNTRY",
    "EXAMPLE",
    "TIMEZONE",
    "check",
    "describe",
    "is_open",
    "nu_open_span",
    "schedule",
    "schedule_json",
]

COUNTRY = "NL"
TIMEZONE = "Europe/Amsterdam"
EXAMPLE = "Mo-Fr 08:30-17:00; PH off"

DAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_DAY_CODES = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}
_DAY_MINUTES = 24 * 60

Interval = tuple[int, int]  # minutes since local midnight, end exclusive


# --------------------------------------------------------------------------- parsing


_HOLIDAYS = OpeningHours("PH open", country=COUNTRY)


def _parse(text: str) -> OpeningHours:
    """Parse for the Netherlands; raise ValueError with the editor message if invalid."""
    message = _syntax_message(text)
    if message:
        raise ValueError(message)
    return OpeningHours(text.strip(), country=COUNTRY)


def _shown(text: str) -> str:
    shown = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ")
    return shown if len(shown) <= 80 else shown[:79] + "…"


def _without_comments(text: str) -> str:
    return re.sub(r'"[^"]*"', " ", text)


_HINTS = (
    (
        re.compile(r"(?i)(?<![a-z])(ma|di|wo|do|vr|za|zo)(?![a-z])"),
        "gebruik de Engelse afkortingen voor dagen: Mo Tu We Th Fr Sa Su",
    ),
    (re.compile(r"\d\.\d\d"), "schrijf tijden met een dubbele punt, zoals 08:30"),
    (re.compile(r"(?i)(?<![a-z])(tot|t/m|uur)(?![a-z])"), "schrijf een tijdvak als 08:30-17:00"),
    (
        re.compile(r"(?<![\d:])\d{1,2}\s*-|-\s*\d{1,2}(?![\d:])"),
        "schrijf tijden altijd met uren en minuten, zoals 08:30-17:00",
    ),
    (re.compile(r"(?i)(mo|tu|we|th|fr|sa|su|ph)\s*:"), "zet geen dubbele punt achter de dagen"),
    (re.compile(r"[\r\n]"), "zet alles op één regel en scheid regels met een puntkomma"),
)


def _syntax_message(text: str) -> str | None:
    if not isinstance(text, str) or not text.strip():
        return (
            "de openingstijden zijn leeg; vul ze in OpenStreetMap-notatie in, "
            f'bijvoorbeeld "{EXAMPLE}"'
        )
    try:
        OpeningHours(text.strip(), country=COUNTRY)
    except Exception:  # the Rust parser raises ParserError with a multi-line trace
        bare = _without_comments(text)
        hint = next((h for pattern, h in _HINTS if pattern.search(bare)), None)
        middle = f": {hint}" if hint else ""
        return (
            f'"{_shown(text)}" is geen geldige openingstijd in OpenStreetMap-notatie{middle}; '
            f'voorbeeld: "{EXAMPLE}"'
        )
    return None


def check(text: str) -> str | None:
    """Return None when ``text`` is a usable opening_hours string, else one Dutch message.

    Beyond the OSM syntax it rejects two things that would make "nu open" silently wrong:
    ``SH`` (Dutch school holidays differ per region and are not known to the library) and a
    ``PH`` rule that is followed by a weekday rule (the later rule overrides the holidays, so
    King's Day would show as open).
    """
    message = _syntax_message(text)
    if message:
        return message
    bare = _without_comments(text)
    if re.search(r"(?i)(?<![a-z])SH(?![a-z])", bare):
        return (
            f'"{_shown(text)}": schoolvakanties (SH) worden niet ondersteund, want ze '
            "verschillen per regio; noteer de data, bijvoorbeeld "
            '"Mo-Fr 08:30-17:00; 2026 Jul 18-2026 Aug 30 off; PH off"'
        )
    rules = _simple_rules(text.strip()) or []
    with_ph = [index for index, (days, _, _) in enumerate(rules) if days and "PH" in days]
    if with_ph and with_ph[-1] < len(rules) - 1:  # a later rule without PH overrides it
        return (
            f'"{_shown(text)}": zet de feestdagen (PH) als laatste regel, anders '
            "gelden ze niet op de dagen die erna komen; voorbeeld: "
            f'"{EXAMPLE}"'
        )
    return None


# --------------------------------------------------------------------------- evaluation


def _minutes(moment: dt.datetime) -> int:
    return moment.hour * 60 + moment.minute


def _merge(intervals: list[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _daily(oh: OpeningHours, start: dt.date, days: int) -> list[list[Interval]]:
    """Open intervals of each day in [start, start+days), clipped at local midnight."""
    begin = dt.datetime.combine(start, dt.time())
    end = begin + dt.timedelta(days=days)
    per_day: list[list[Interval]] = [[] for _ in range(days)]
    for low, high, state, _comment in oh.intervals(begin, end):
        if state != State.OPEN:
            continue
        low = max(low, begin)
        high = end if high is None else min(high, end)
        while low < high:
            index = (low.date() - start).days
            midnight = dt.datetime.combine(low.date() + dt.timedelta(days=1), dt.time())
            upto = min(high, midnight)
            close = _DAY_MINUTES if upto == midnight else _minutes(upto)
            per_day[index].append((_minutes(low), close))
            low = upto
    return [_merge(day) for day in per_day]


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _pairs(intervals: list[Interval]) -> list[list[str]]:
    return [[_hhmm(low), _hhmm(high)] for low, high in intervals]


@lru_cache(maxsize=8)
def _public_holidays(start: dt.date, days: int) -> frozenset[dt.date]:
    """The Dutch public holidays (``PH``) in [start, start+days), as the library knows them.

    nu-open.js computes the same days itself (``feestdag``), so a schedule need not list them.
    """
    return frozenset(
        date
        for date, intervals in zip(
            (start + dt.timedelta(days=n) for n in range(days)),
            _daily(_HOLIDAYS, start, days),
            strict=True,
        )
        if intervals
    )


def _ranges(
    exceptions: list[tuple[dt.date, list[Interval]]],
    window: list[tuple[dt.date, list[Interval]]],
) -> dict[str, list[list[str]]]:
    """Exceptions by date; days in a row with the same hours as one ``"first/last"`` key
    (both inclusive). A run may pass over days that have those hours anyway (the weekend of
    a summer closure), so three closed weeks are one entry instead of fifteen dates."""
    differs = dict(exceptions)
    out: dict[str, list[list[str]]] = {}
    run: list = []  # [first exception, last exception, hours]
    for date, intervals in window:
        if run and intervals != run[2]:
            _close(run, out)
            run = []
        if date in differs:
            if run:
                run[1] = date
            else:
                run = [date, date, intervals]
    if run:
        _close(run, out)
    return out


def _close(run: list, out: dict[str, list[list[str]]]) -> None:
    first, last, intervals = run
    key = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
    out[key] = _pairs(intervals)


def schedule(text: str, start: dt.date, days: int = 400) -> dict:
    """Weekly pattern, public-holiday hours and the other exceptions in [start, start+days).

    Raises ValueError (with the Dutch editor message) when ``text`` is not valid.
    """
    if days < 1:
        raise ValueError("days moet minstens 1 zijn")
    oh = _parse(text)
    span = max(days, 14)  # every weekday is sampled at least twice
    per_day = _daily(oh, start, span)
    holidays = _public_holidays(start, span)
    dates = [start + dt.timedelta(days=offset) for offset in range(span)]
    counters: list[Counter[tuple[Interval, ...]]] = [Counter() for _ in range(7)]
    for date, intervals in zip(dates, per_day, strict=True):
        if date not in holidays:
            counters[date.weekday()][tuple(intervals)] += 1
    for date, intervals in zip(dates, per_day, strict=True):
        if not counters[date.weekday()]:  # a short window whose only such day is a holiday
            counters[date.weekday()][tuple(intervals)] += 1
    # most_common keeps first-seen order on ties, so the result is deterministic
    week = [list(counter.most_common(1)[0][0]) for counter in counters]
    on_holidays = Counter(
        tuple(intervals)
        for date, intervals in zip(dates[:days], per_day, strict=False)
        if date in holidays
    )
    window = list(zip(dates[:days], per_day, strict=False))

    def differing(holiday_hours: list[Interval] | None) -> list[tuple[dt.date, list[Interval]]]:
        def expected(date: dt.date) -> list[Interval]:
            if holiday_hours is not None and date in holidays:
                return holiday_hours
            return week[date.weekday()]

        return [(date, intervals) for date, intervals in window if intervals != expected(date)]

    holiday_hours = None
    exceptions = differing(None)
    if on_holidays:
        # "feestdagen" only when it says something: fewer dates to list than without it
        candidate = list(on_holidays.most_common(1)[0][0])
        with_holidays = differing(candidate)
        if len(with_holidays) < len(exceptions):
            holiday_hours, exceptions = candidate, with_holidays
    rooster: dict = {"week": [_pairs(intervals) for intervals in week]}
    if holiday_hours is not None:
        rooster["feestdagen"] = _pairs(holiday_hours)
    if exceptions:
        rooster["van"] = start.isoformat()
        rooster["tot"] = (start + dt.timedelta(days=days)).isoformat()
        rooster["uitzonderingen"] = _ranges(exceptions, window)
    return rooster


def schedule_json(text: str, start: dt.date, days: int = 400) -> str:
    """``schedule()`` as compact JSON with sorted keys (deterministic, ASCII only)."""
    return json.dumps(schedule(text, start, days), separators=(",", ":"), sort_keys=True)


def nu_open_span(text: str, start: dt.date, days: int = 400) -> str:
    """The element nu-open.js fills in: ``<span class="nu-open" data-rooster="…" hidden>``.

    ``hidden`` keeps it invisible without JavaScript; the script removes it.
    """
    rooster = html.escape(schedule_json(text, start, days), quote=True)
    return f'<span class="nu-open" data-rooster="{rooster}" hidden></span>'


def _amsterdam_wall_clock(when: dt.datetime) -> dt.datetime:
    """Naive Europe/Amsterdam wall-clock time for ``when`` (naive input is taken as such)."""
    if when.tzinfo is None:
        return when
    try:
        from zoneinfo import ZoneInfo

        return when.astimezone(ZoneInfo(TIMEZONE)).replace(tzinfo=None)
    except Exception:  # no tz database on this machine: use the EU rule (CET/CEST)
        return _eu_rule_wall_clock(when)


def _eu_rule_wall_clock(when: dt.datetime) -> dt.datetime:
    utc = when.astimezone(dt.UTC).replace(tzinfo=None)

    def last_sunday(month: int) -> dt.datetime:
        day = dt.datetime(utc.year, month, 31, 1, 0)  # switch at 01:00 UTC
        return day - dt.timedelta(days=(day.weekday() + 1) % 7)

    summer = last_sunday(3) <= utc < last_sunday(10)
    return utc + dt.timedelta(hours=2 if summer else 1)


def is_open(text: str, when: dt.datetime) -> bool:
    """Is the place open at ``when``? Aware datetimes are converted to Dutch time."""
    return _parse(text).is_open(_amsterdam_wall_clock(when))


# --------------------------------------------------------------------------- description

_DAY = r"(?:mo|tu|we|th|fr|sa|su)"
_DAY_ITEM = rf"(?:{_DAY}(?:\s*-\s*{_DAY})?|ph)"
_SELECTOR = re.compile(
    rf"(?i)^(?P<days>{_DAY_ITEM}(?:\s*,\s*{_DAY_ITEM})*)(?=\s|$)\s*(?P<rest>.*)$"
)
_TIME = r"(\d{1,2}):(\d{2})"
_RANGE = re.compile(rf"^{_TIME}\s*-\s*{_TIME}$")
_COMMENT = re.compile(r'\s*"([^"]*)"\s*$')

# A rule: (selected days or None for "every day", intervals (end may pass 24:00), comment)
Rule = tuple[frozenset | None, tuple[Interval, ...], str]


def _split_rules(text: str) -> list[str] | None:
    rules, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            rules.append("".join(current))
            current = []
        else:
            current.append(char)
    rules.append("".join(current))
    return None if quoted else [rule.strip() for rule in rules if rule.strip()]


def _days(selector: str) -> frozenset:
    selected: set = set()
    for item in re.split(r"\s*,\s*", selector.lower()):
        if item == "ph":
            selected.add("PH")
            continue
        first, _, last = (part.strip() for part in item.partition("-"))
        low = _DAY_CODES[first]
        high = _DAY_CODES[last] if last else low
        day = low
        while True:  # Sa-Mo wraps around the week
            selected.add(day)
            if day == high:
                break
            day = (day + 1) % 7
    return frozenset(selected)


def _times(rest: str) -> tuple[Interval, ...] | None:
    rest = re.sub(r"(?i)\s+open$", "", rest)
    intervals = []
    for part in re.split(r"\s*,\s*", rest):
        match = _RANGE.match(part)
        if not match:
            return None
        h1, m1, h2, m2 = (int(group) for group in match.groups())
        low, high = h1 * 60 + m1, h2 * 60 + m2
        if low >= _DAY_MINUTES or m1 > 59 or m2 > 59 or high > 48 * 60 or high == low:
            return None
        if high < low:
            high += _DAY_MINUTES  # overnight: 22:00-02:00
        intervals.append((low, high))
    return tuple(intervals)


def _simple_rules(text: str) -> list[Rule] | None:
    """Rules made only of weekdays, PH, time ranges, off/open and a comment; else None."""
    if "||" in text:
        return None
    parts = _split_rules(text)
    if not parts:
        return None
    rules: list[Rule] = []
    for part in parts:
        comment = ""
        match = _COMMENT.search(part)
        if match:
            comment = match.group(1).strip()
            part = part[: match.start()].strip()
        if '"' in part:
            return None
        days = None
        selector = _SELECTOR.match(part)
        if selector:
            days = _days(selector.group("days"))
            part = selector.group("rest").strip()
        word = part.lower()
        if word in ("off", "closed"):
            intervals: tuple[Interval, ...] | None = ()
        elif (word == "24/7") if days is None else (word in ("", "open")):
            intervals = ((0, _DAY_MINUTES),)  # "24/7", or days without hours: all day
        else:
            intervals = _times(part)
        if intervals is None:
            return None
        rules.append((days, intervals, comment))
    return rules


def _table(rules: list[Rule]) -> dict | None:
    """Per key (0..6 and "PH"): (rule index, intervals, comment); None if not simple."""
    table: dict = {}
    for index, (days, intervals, comment) in enumerate(rules):
        keys = range(7) if days is None else days
        for key in keys:
            table[key] = (index, intervals, comment)
        if days is None:
            table.pop("PH", None)  # a rule for every day also overrides the holidays
    if "PH" in table and any(table.get(day, (-1,))[0] > table["PH"][0] for day in range(7)):
        return None  # PH placed before weekday rules: not describable as one row
    for day in range(7):
        index, intervals, _comment = table.get(day, (-1, (), ""))
        overnight = any(high > _DAY_MINUTES for _low, high in intervals)
        if overnight and table.get((day + 1) % 7, (-1,))[0] > index:
            return None  # the next day's later rule cuts the night short: say it literally
    return table


def _expected_day(table: dict, weekday: int, holiday: bool) -> list[Interval]:
    def entry(day: int, is_holiday: bool) -> tuple:
        if is_holiday and "PH" in table:
            return table["PH"]
        return table.get(day, (-1, (), ""))

    own_index, own, _ = entry(weekday, holiday)
    prev_index, prev, _ = entry((weekday - 1) % 7, False)
    result = [(low, min(high, _DAY_MINUTES)) for low, high in own]
    if prev_index >= own_index:  # a later rule for this day overrides the overnight part
        result += [(0, high - _DAY_MINUTES) for _low, high in prev if high > _DAY_MINUTES]
    return _merge(result)


_REFERENCE_WEEK = dt.date(2025, 6, 16)  # Monday; no public holiday that week or the day before
_CHRISTMAS_YEARS = range(2022, 2030)  # 25 December falls on every weekday in these years


def _agrees(oh: OpeningHours, table: dict) -> bool:
    """Does the simple table say exactly what the library computes?"""
    if _daily(oh, _REFERENCE_WEEK, 7) != [_expected_day(table, d, False) for d in range(7)]:
        return False
    if "PH" in table:
        for year in _CHRISTMAS_YEARS:
            christmas = dt.date(year, 12, 25)
            if _daily(oh, christmas, 1)[0] != _expected_day(table, christmas.weekday(), True):
                return False
    return True


def _label(days: list[int]) -> str:
    if len(days) == 7:
        return "elke dag"
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    items: list[str] = []
    for run in runs:
        if len(run) >= 3:
            items.append(f"{DAY_NAMES[run[0]]} t/m {DAY_NAMES[run[-1]]}")
        else:
            items.extend(DAY_NAMES[day] for day in run)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def _hours_text(intervals: tuple[Interval, ...], comment: str, every_day: bool) -> str:
    if not intervals:
        text = "gesloten"
    elif intervals == ((0, _DAY_MINUTES),):
        text = "dag en nacht open" if every_day else "hele dag open"
    else:
        text = ", ".join(
            f"{_hhmm(low)}–{_hhmm(high if high <= _DAY_MINUTES else high - _DAY_MINUTES)}"
            for low, high in intervals
        )
    return f"{text} ({comment})" if comment else text


def describe(text: str) -> list[tuple[str, str]]:
    """Dutch rows for display, e.g. ``[("maandag t/m vrijdag", "08:30–17:00"), ...]``.

    Falls back to ``[("openingstijden", text)]`` for anything it cannot say simply (and
    checks its own reading against the library, so a row is never wrong).
    """
    text = text.strip() if isinstance(text, str) else ""
    fallback = [("openingstijden", text)]
    try:
        oh = _parse(text)
    except ValueError:
        return fallback
    rules = _simple_rules(text)
    table = _table(rules) if rules else None
    if table is None or not _agrees(oh, table):
        return fallback
    groups: dict[tuple, list[int]] = {}
    for day in range(7):
        _index, intervals, comment = table.get(day, (-1, (), ""))
        groups.setdefault((intervals, comment), []).append(day)
    # open days in week order, then the closed days, then the holidays
    ordered = sorted(groups.items(), key=lambda group: (not group[0][0], group[1][0]))
    rows = [
        (_label(days), _hours_text(intervals, comment, len(days) == 7))
        for (intervals, comment), days in ordered
    ]
    if "PH" in table:
        _index, intervals, comment = table["PH"]
        rows.append(("feestdagen", _hours_text(intervals, comment, False)))
    return rows
