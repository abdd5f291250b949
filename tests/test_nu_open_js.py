"""Runs the JavaScript tests of nu-open.js and cross-checks the script against Python."""

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from wegwijzer.records import hours

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "overrides" / "assets" / "javascripts" / "nu-open.js"


def _node() -> str:
    node = shutil.which("node")
    assert node, "node (20 of nieuwer) is nodig voor de tests van nu-open.js"
    return node


# The machine's own zone must not matter: the script always computes in Europe/Amsterdam.
@pytest.mark.parametrize(
    "zone", ["Europe/Amsterdam", "UTC", "America/New_York", "Pacific/Kiritimati"]
)
def test_node_tests_pass(zone):
    result = subprocess.run(
        [_node(), "--test", "tests/js/"],
        cwd=ROOT,
        env={**os.environ, "TZ": zone},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


CROSS_CHECK = """
const { status } = require(process.argv[1]);
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const cases = JSON.parse(input);
  const out = cases.map(([rooster, instants]) => instants.map((ms) => status(rooster, ms).open));
  process.stdout.write(JSON.stringify(out));
});
"""

TEXTS = [
    "Mo-Fr 08:30-17:00; PH off",
    "Mo-Fr 08:30-12:00,13:00-17:00; We 08:30-12:00; Sa 10:00-12:00; Su,PH off",
    "Fr-Sa 22:00-02:00; PH off",
    "Sa 22:00-04:00",  # crosses both DST switches (29 March and 25 October 2026 are Sundays)
    "Mo-Fr 08:30-17:00; 2026 Dec 24,2026 Dec 31 08:30-12:00; PH off",
    "Mo-Su 07:00-23:00; Dec 25 off",
    "24/7",
    "Mo-Fr 09:00-17:00; 2026 Dec 21-2027 Jan 3 off; PH 10:00-12:00",  # a range, holiday hours
]

WINDOWS = [  # (first UTC instant, days)
    (dt.datetime(2026, 1, 9, tzinfo=dt.UTC), 6),
    (dt.datetime(2026, 3, 27, tzinfo=dt.UTC), 5),  # winter -> summer time
    (dt.datetime(2026, 4, 25, tzinfo=dt.UTC), 4),  # Koningsdag
    (dt.datetime(2026, 7, 10, tzinfo=dt.UTC), 4),
    (dt.datetime(2026, 10, 23, tzinfo=dt.UTC), 5),  # summer -> winter time
    (dt.datetime(2026, 12, 23, tzinfo=dt.UTC), 11),  # Kerst, Oud en Nieuw
    (dt.datetime(2027, 4, 26, tzinfo=dt.UTC), 3),  # Koningsdag 2027
]


def _instants() -> list[dt.datetime]:
    moments = []
    for first, days in WINDOWS:
        moment = first
        while moment < first + dt.timedelta(days=days):
            moments.append(moment)
            moment += dt.timedelta(minutes=29)
    return moments


def test_javascript_agrees_with_python():
    """nu-open.js on schedule() says open exactly when hours.is_open() does."""
    moments = _instants()
    millis = [int(moment.timestamp() * 1000) for moment in moments]
    cases = [[hours.schedule(text, dt.date(2026, 1, 1), days=600), millis] for text in TEXTS]
    result = subprocess.run(
        [_node(), "-e", CROSS_CHECK, str(SCRIPT)],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    answers = json.loads(result.stdout)
    for text, opens in zip(TEXTS, answers, strict=True):
        for moment, js_open in zip(moments, opens, strict=True):
            assert js_open == hours.is_open(text, moment), (text, moment.isoformat())


HOLIDAYS = """
const { feestdag } = require(process.argv[1]);
const [first, last] = [Date.UTC(2024, 0, 1), Date.UTC(2041, 0, 1)].map((ms) => ms / 86400000);
const days = [];
for (let day = first; day < last; day++) {
  if (feestdag(day)) days.push(new Date(day * 86400000).toISOString().slice(0, 10));
}
process.stdout.write(JSON.stringify(days));
"""


def test_javascript_knows_the_public_holidays_of_python():
    """Schedules do not list the public holidays: nu-open.js must know the same days."""
    result = subprocess.run(
        [_node(), "-e", HOLIDAYS, str(SCRIPT)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    first = dt.date(2024, 1, 1)
    expected = hours._public_holidays(first, (dt.date(2041, 1, 1) - first).days)
    assert json.loads(result.stdout) == sorted(day.isoformat() for day in expected)
    assert len(expected) == 17 * 9
