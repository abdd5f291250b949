"""Tests for wegwijzer.records.hours: check, describe, schedule and is_open."""

import datetime as dt
import json

import pytest

from wegwijzer.records import hours

OFFICE = "Mo-Fr 08:30-17:00; PH off"
UTC = dt.UTC


# ------------------------------------------------------------------------------- check


@pytest.mark.parametrize(
    "text",
    [
        OFFICE,
        "Mo-Fr 08:30-12:00,13:00-17:00; PH off",
        "Mo-Fr 09:00-17:00; Sa 10:00-12:00; Su,PH off",
        "Fr 22:00-02:00",
        "24/7",
        "Mo-Fr 08:30-17:00; 2026 Dec 24 08:30-12:00; PH off",
        'Mo-Fr 09:00-12:00 "op afspraak"',
        "Mo-Fr 08:30-17:00;PH off",
        "  Mo-Fr 08:30-17:00  ",
        "off",
    ],
)
def test_check_accepts(text):
    assert hours.check(text) is None


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Mo-Fr 8:30-17", "uren en minuten"),
        ("ma-vr 08:30-17:00", "Mo Tu We Th Fr Sa Su"),
        ("Mo-Fr 08.30-17.00", "dubbele punt"),
        ("Mo-Fr: 08:30-17:00", "geen dubbele punt achter de dagen"),
        ("Mo-Fr 08:30 tot 17:00", "08:30-17:00"),
        ("Mo-Fr 08:30-17:00\nSa 10:00-12:00", "één regel"),
        ("maandag t/m vrijdag", ""),
        ("foo", ""),
        ("Mo-Fr 08:30-17:00;", ""),
    ],
)
def test_check_rejects_with_one_plain_dutch_message(text, hint):
    message = hours.check(text)
    assert message is not None
    assert message.startswith('"')
    assert "is geen geldige openingstijd in OpenStreetMap-notatie" in message
    assert message.endswith('voorbeeld: "Mo-Fr 08:30-17:00; PH off"')
    assert hint in message
    assert "\n" not in message and "-->" not in message and "^" not in message


def test_check_message_example_from_the_brief():
    assert hours.check("foo") == (
        '"foo" is geen geldige openingstijd in OpenStreetMap-notatie; '
        'voorbeeld: "Mo-Fr 08:30-17:00; PH off"'
    )


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_check_rejects_empty(text):
    message = hours.check(text)
    assert message is not None and "leeg" in message


def test_check_rejects_school_holidays_and_ph_before_weekdays():
    assert "schoolvakanties" in hours.check("Mo-Fr 08:30-17:00; SH off")
    # valid OSM, but the weekday rule overrides PH: Koningsdag would show as open
    assert "laatste regel" in hours.check("PH off; Mo-Fr 08:30-17:00")
    assert hours.check("Mo-Fr 08:30-17:00; PH off; Su,PH off") is None


def test_check_shortens_long_input():
    message = hours.check("x" * 500)
    assert len(message) < 250


# ------------------------------------------------------------------------------- describe


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            OFFICE,
            [
                ("maandag t/m vrijdag", "08:30–17:00"),
                ("zaterdag en zondag", "gesloten"),
                ("feestdagen", "gesloten"),
            ],
        ),
        (
            "Mo-Fr 08:30-12:00,13:00-17:00",
            [
                ("maandag t/m vrijdag", "08:30–12:00, 13:00–17:00"),
                ("zaterdag en zondag", "gesloten"),
            ],
        ),
        (
            "Mo-Fr 09:00-17:00; We 09:00-12:00; Sa 10:00-12:00; Su,PH off",
            [
                ("maandag, dinsdag, donderdag en vrijdag", "09:00–17:00"),
                ("woensdag", "09:00–12:00"),
                ("zaterdag", "10:00–12:00"),
                ("zondag", "gesloten"),
                ("feestdagen", "gesloten"),
            ],
        ),
        (
            "Fr 22:00-02:00",
            [("vrijdag", "22:00–02:00"), ("maandag t/m donderdag, zaterdag en zondag", "gesloten")],
        ),
        ("24/7", [("elke dag", "dag en nacht open")]),
        (
            "Mo-Su 08:00-20:00; PH 10:00-14:00",
            [("elke dag", "08:00–20:00"), ("feestdagen", "10:00–14:00")],
        ),
        ("off", [("elke dag", "gesloten")]),
        (
            'Mo,We 09:00-12:00 "op afspraak"',
            [
                ("maandag en woensdag", "09:00–12:00 (op afspraak)"),
                ("dinsdag en donderdag t/m zondag", "gesloten"),
            ],
        ),
    ],
)
def test_describe(text, rows):
    assert hours.describe(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Mo-Fr 08:30-17:00; 2026 Dec 24 08:30-12:00; PH off",  # specific date
        'Mo-Fr 08:30-17:00 || "op afspraak"',  # fallback rule
        "Mo 22:00-02:00; Tu 10:00-12:00",  # Tuesday's rule cuts Monday night at midnight
        "Mo-Fr 08:30-17:00 unknown",
        "sunrise-sunset",
        "Mo-Fr 8:30-17",  # invalid: shown as written
    ],
)
def test_describe_falls_back_to_the_text(text):
    assert hours.describe(text) == [("openingstijden", text)]


# ------------------------------------------------------------------------------- schedule


def test_schedule_office_hours_closes_on_dutch_public_holidays():
    rooster = hours.schedule(OFFICE, dt.date(2026, 11, 1))
    # the public holidays are not listed: nu-open.js knows them; only their hours are given
    assert rooster == {"week": [[["08:30", "17:00"]]] * 5 + [[], []], "feestdagen": []}
    assert len(hours.schedule_json(OFFICE, dt.date(2026, 11, 1))) < 140  # was 300 with the dates


def test_public_holidays_are_the_dutch_ones():
    days = hours._public_holidays(dt.date(2026, 11, 1), 400)
    assert sorted(day.isoformat() for day in days) == [
        "2026-12-25",  # Eerste Kerstdag
        "2026-12-26",
        "2027-01-01",  # Nieuwjaarsdag
        "2027-03-28",  # Pasen
        "2027-03-29",
        "2027-04-27",  # Koningsdag
        "2027-05-06",  # Hemelvaartsdag
        "2027-05-16",  # Pinksteren
        "2027-05-17",
    ]  # Goede Vrijdag and 5 May are no PH


def test_schedule_is_deterministic_compact_json():
    text = "Mo-Fr 08:30-17:00; 2026 Dec 24 08:30-12:00; PH off"
    first = hours.schedule_json(text, dt.date(2026, 1, 1))
    assert first == hours.schedule_json(text, dt.date(2026, 1, 1))
    assert " " not in first
    assert list(json.loads(first)) == ["feestdagen", "tot", "uitzonderingen", "van", "week"]
    assert json.loads(first) == hours.schedule(text, dt.date(2026, 1, 1))
    assert json.loads(first)["van"] == "2026-01-01"
    assert json.loads(first)["tot"] == "2027-02-05"  # 400 days, exclusive


def test_schedule_overnight_is_split_at_midnight():
    rooster = hours.schedule("Fr 22:00-02:00", dt.date(2026, 1, 1), days=60)
    assert rooster == {"week": [[], [], [], [], [["22:00", "24:00"]], [["00:00", "02:00"]], []]}


def test_schedule_specific_dates_and_holidays():
    text = "Mo-Fr 08:30-17:00; 2026 Dec 24,2026 Dec 31 08:30-12:00; PH off"
    rooster = hours.schedule(text, dt.date(2026, 12, 1), days=40)
    assert rooster["feestdagen"] == []
    assert rooster["uitzonderingen"] == {
        "2026-12-24": [["08:30", "12:00"]],
        "2026-12-31": [["08:30", "12:00"]],
    }


def test_schedule_a_closure_is_one_range():
    """Closed three weeks in summer: one entry (over the weekends), not fifteen dates."""
    text = "Mo-Fr 09:00-17:00; 2027 Jul 17-2027 Aug 8 off; PH off"
    rooster = hours.schedule(text, dt.date(2027, 6, 1), days=120)
    assert rooster["uitzonderingen"] == {"2027-07-19/2027-08-06": []}


def test_schedule_holidays_only_when_they_differ():
    # no PH rule: the holidays follow the week, so no "feestdagen"
    assert "feestdagen" not in hours.schedule("Mo-Su 10:00-16:00", dt.date(2026, 1, 1))
    rooster = hours.schedule("Mo-Fr 09:00-17:00; PH 10:00-12:00", dt.date(2026, 1, 1))
    assert rooster["feestdagen"] == [["10:00", "12:00"]]
    assert "uitzonderingen" not in rooster


def test_schedule_24_7_and_two_ranges():
    assert hours.schedule("24/7", dt.date(2026, 1, 1), 30)["week"] == [[["00:00", "24:00"]]] * 7
    rooster = hours.schedule("Mo 08:30-12:00,13:00-17:00", dt.date(2026, 1, 1), 30)
    assert rooster["week"][0] == [["08:30", "12:00"], ["13:00", "17:00"]]


def test_schedule_rejects_invalid_text():
    with pytest.raises(ValueError, match="geen geldige openingstijd"):
        hours.schedule("Mo-Fr 8:30-17", dt.date(2026, 1, 1))


def _day(rooster: dict, date: dt.date) -> list:
    """The hours of `date` as nu-open.js reads them (exception, then holiday, then week)."""
    key = date.isoformat()
    for name, pairs in rooster.get("uitzonderingen", {}).items():
        first, _, last = name.partition("/")
        if first <= key <= (last or first):
            return pairs
    if "feestdagen" in rooster and date in hours._public_holidays(date, 1):
        return rooster["feestdagen"]
    return rooster["week"][date.weekday()]


@pytest.mark.parametrize(
    "text",
    [
        OFFICE,
        "Mo-Fr 09:00-17:00; 2026 Apr 1-2026 Apr 10 off; PH 10:00-12:00",
        "Fr-Sa 22:00-04:00; PH off",
        "Mo-Fr 08:30-12:00,13:00-17:00; We off",
        "24/7",
    ],
)
def test_schedule_agrees_with_the_library(text):
    """Every 20 minutes over two months (with DST and holidays): schedule == is_open."""
    start = dt.date(2026, 3, 1)
    rooster = hours.schedule(text, start, days=70)
    for offset in range(70):
        date = start + dt.timedelta(days=offset)
        pairs = _day(rooster, date)
        for minute in range(0, 24 * 60, 20):
            moment = dt.datetime.combine(date, dt.time(minute // 60, minute % 60))
            expected = any(low <= moment.strftime("%H:%M") < high for low, high in pairs)
            assert hours.is_open(text, moment) == expected, (text, moment)


def test_nu_open_span_escapes_the_json():
    span = hours.nu_open_span(OFFICE, dt.date(2026, 1, 1), days=30)
    assert span.startswith('<span class="nu-open" data-rooster="{&quot;feestdagen&quot;:')
    assert span.endswith('" hidden></span>')
    assert span.count('"') == 4  # class and data-rooster: every quote in the JSON is escaped


# ------------------------------------------------------------------------------- is_open


def test_is_open_normal_weekday_and_after_closing():
    assert hours.is_open(OFFICE, dt.datetime(2026, 1, 12, 10, 0))  # Monday
    assert not hours.is_open(OFFICE, dt.datetime(2026, 1, 12, 17, 0))
    assert not hours.is_open(OFFICE, dt.datetime(2026, 1, 12, 8, 29))
    assert not hours.is_open(OFFICE, dt.datetime(2026, 1, 10, 12, 0))  # Saturday


def test_is_open_overnight():
    assert hours.is_open("Fr 22:00-02:00", dt.datetime(2026, 1, 9, 23, 0))  # Friday
    assert hours.is_open("Fr 22:00-02:00", dt.datetime(2026, 1, 10, 1, 0))  # Saturday 01:00
    assert not hours.is_open("Fr 22:00-02:00", dt.datetime(2026, 1, 10, 2, 0))


def test_is_open_public_holiday():
    assert not hours.is_open(OFFICE, dt.datetime(2027, 4, 27, 10, 0))  # Koningsdag
    assert not hours.is_open(OFFICE, dt.datetime(2026, 12, 25, 10, 0))  # Kerstmis
    assert hours.is_open(OFFICE, dt.datetime(2026, 12, 24, 10, 0))
    assert hours.is_open("Mo-Fr 08:30-17:00", dt.datetime(2027, 4, 27, 10, 0))  # no PH rule


def test_is_open_converts_aware_times_to_amsterdam():
    # winter: 07:45 UTC = 08:45 CET; 16:30 UTC = 17:30 CET
    assert hours.is_open(OFFICE, dt.datetime(2026, 1, 12, 7, 45, tzinfo=UTC))
    assert not hours.is_open(OFFICE, dt.datetime(2026, 1, 12, 16, 30, tzinfo=UTC))
    # summer: 06:45 UTC = 08:45 CEST; 15:30 UTC = 17:30 CEST
    assert hours.is_open(OFFICE, dt.datetime(2026, 7, 13, 6, 45, tzinfo=UTC))
    assert not hours.is_open(OFFICE, dt.datetime(2026, 7, 13, 15, 30, tzinfo=UTC))


def test_eu_rule_fallback_matches_the_tz_database():
    import zoneinfo

    amsterdam = zoneinfo.ZoneInfo("Europe/Amsterdam")  # Debian's tzdata: present in CI too
    moment = dt.datetime(2025, 1, 1, 0, 30, tzinfo=UTC)
    while moment.year < 2028:
        expected = moment.astimezone(amsterdam).replace(tzinfo=None)
        assert hours._eu_rule_wall_clock(moment) == expected, moment
        moment += dt.timedelta(hours=5, minutes=7)
    # around the switches themselves
    for utc in ["2026-03-29T00:59", "2026-03-29T01:00", "2026-10-25T00:59", "2026-10-25T01:00"]:
        moment = dt.datetime.fromisoformat(utc).replace(tzinfo=UTC)
        expected = moment.astimezone(amsterdam).replace(tzinfo=None)
        assert hours._eu_rule_wall_clock(moment) == expected
