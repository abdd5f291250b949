"""Opening hours and phone hours in HSDS terms: the weekly pattern as (byday, opens_at,
closes_at) rows and a plain-Dutch description; shared by `hsds` (locations) and
`hsds_contact` (phone lines).
"""

from __future__ import annotations

from functools import lru_cache

from ..records import hours

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# The explanation (Dutch time, holidays only in this text) is said once, in the data package's
# description of schedules.csv: repeated on every row it was 11 MB at national scale.
HOURS_NOTE = "opening_hours (OpenStreetMap): {text}"
NOTES_EXPLAINED = (
    "notes bevat de openingstijden zoals de redactie ze schreef, in de syntaxis van "
    "OpenStreetMap (opening_hours), in Nederlandse tijd (Europe/Amsterdam); feestdagen en "
    "uitzonderingen staan alleen daarin."
)


@lru_cache(maxsize=4096)
def week(text: str, today) -> tuple[tuple[str, str, str], ...]:
    """(byday, opens_at, closes_at) per distinct opening interval of the weekly pattern."""
    pattern = hours.schedule(text, today)["week"]
    days: dict[tuple[str, str], list[str]] = {}
    for index, pairs in enumerate(pattern):
        for opens, closes in pairs:
            days.setdefault((opens, closes), []).append(DAYS[index])
    rows = sorted(days.items(), key=lambda item: (DAYS.index(item[1][0]), item[0]))
    return tuple(
        (",".join(codes), f"{opens}:00", "23:59:59" if closes == "24:00" else f"{closes}:00")
        for (opens, closes), codes in rows
    )


@lru_cache(maxsize=4096)
def describe(text: str) -> str:
    return "; ".join(f"{days}: {when}" for days, when in hours.describe(text))
