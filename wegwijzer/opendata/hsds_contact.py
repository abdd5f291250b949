"""HSDS rows for issue 11's contact facts: phone lines, the hours of those lines and regions.

Reads a service's or record's `PhoneLine`s and the catalog's regions; adds `phones`
(one per line, purpose and hours in the description), `schedules` with `service_id`
(when the service answers the phone; HSDS 3.0 has no schedule for a phone) and a
`service_area` per region named in `werkgebied`, through the `_Builder` of `hsds.py`.
"""

from __future__ import annotations

from ..records.model import PhoneLine, Service
from . import ids
from .hsds_hours import HOURS_NOTE, describe, week
from .vocabulary import AREA


def line_hours(text: str | None) -> str:
    if not text:
        return ""
    if text.strip() == "24/7":
        return "Dag en nacht bereikbaar."
    return f"Bereikbaar: {describe(text.strip())}."


def phone_lines(builder, owner: str, owner_id: str, lines: list[PhoneLine]) -> None:
    """One phone per line: its purpose and hours in `description` (HSDS 3.0 has no
    schedule for a phone; the service's schedules carry the hours of its lines)."""
    for line in lines:
        when = line_hours(line.hours)
        parts = [line.purpose, "Crisislijn." if line.crisis else "", when]
        builder.add(
            "phones",
            {
                "id": ids.make("phone", owner, owner_id, line.number),
                f"{owner}_id": owner_id,
                "number": line.number,
                "type": "voice",
                "description": " ".join(p for p in parts if p),
            },
        )


def line_schedules(builder, service: Service, sid: str) -> None:
    """When the service answers the phone: schedules of the lines of `phone_lines_for`."""
    for line in builder.catalog.phone_lines_for(service):
        if not line.hours:
            continue
        text = line.hours.strip()
        shared = {
            "service_id": sid,
            "description": f"Telefonisch bereikbaar op {line.number}: {describe(text)}",
            "notes": HOURS_NOTE.format(text=text),
        }
        for byday, opens, closes in week(text, builder.catalog.today):
            builder.add(
                "schedules",
                {
                    "id": ids.make("schedule", service.id, line.number, byday, opens, closes),
                    **shared,
                    "freq": "WEEKLY",
                    "interval": 1,
                    "wkst": "MO",
                    "byday": byday,
                    "opens_at": opens,
                    "closes_at": closes,
                },
            )


def region_area(builder, service: Service, sid: str, region_id: str) -> None:
    """A region named in werkgebied: one area for the region; its municipalities follow
    as areas of their own (the expansion every output shares)."""
    region = builder.catalog.regions.get(region_id)
    if region is None:
        return
    area_id = ids.make("service_area", service.id, region_id)
    names = ", ".join(region.names.get(code, code) for code in region.municipalities)
    builder.add(
        "service_areas",
        {
            "id": area_id,
            "service_id": sid,
            "name": f"Jeugdregio {region.name}",
            "description": f"Jeugdregio {region.name}: de gemeenten {names}.",
        },
    )
    builder.attribute(AREA, "service_area", area_id, "jeugdregio", region.name)
