"""The overview map's province files in a compact form, which the browser unpacks on loading.

Reads a FeatureCollection of `wegwijzer.blocks.map.collection` (every popup and list field of a
location) and emits the same collection with what repeats said once:

- the hours in words (`openingstijden_tekst`, a phone line's `bereikbaar_tekst`) are a key
  into the collection's `uren` ({key: rows}), as the schedules already are into `roosters`;
- `soort_label` and `gemeente_naam` are in `soorten` ({kind: label}) and `gemeenten`
  ({CBS code: name});
- a service is `[id, name]` and the provider's page is not written out when the URL is
  `adressen` with the id filled in (`{id}`; always, for the slugs the schema allows);
- fields no map reads are left out: the raw `openingstijden` and `bereikbaar` (the map shows
  the words and computes "nu open" from `roosters`), `laatst_gecontroleerd`, `id` in the
  properties (the feature's `id` says it), and values that are null or false (kaart.js reads
  a missing field as such); coordinates have 5 decimals (about 1 metre).

`browser/kaart/20-laden.js` (`uitpakken`) puts every field back before any other map code
sees the feature, so the rest of kaart.js reads the shape of `collection`. Why: the national
set's 12 province files were 15.5 MB, two thirds of it these repeats.
"""

from __future__ import annotations

from ..urls import PROVIDERS, SERVICES

ADDRESSES = {"aanbieder": f"{PROVIDERS}/{{id}}/", "dienst": f"{SERVICES}/{{id}}/"}
# What no map reads (kaart.js: 25-telefoon, 30-markers, 50-lijst, 60-filters).
UNUSED = ("id", "openingstijden", "laatst_gecontroleerd")


def _url(kind: str, record_id: str) -> str:
    return ADDRESSES[kind].replace("{id}", record_id)


def _said(value) -> bool:
    return value is not None and value is not False


class _Packer:
    def __init__(self) -> None:
        self.hours: dict[str, list] = {}
        self.keys: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self.municipalities: dict[str, str] = {}

    def hours_key(self, rows: list) -> str:
        text = repr(rows)
        if text not in self.keys:
            self.keys[text] = f"u{len(self.keys) + 1}"
            self.hours[self.keys[text]] = rows
        return self.keys[text]

    def properties(self, props: dict) -> dict:
        out = {k: v for k, v in props.items() if k not in UNUSED and _said(v)}
        out["openingstijden_tekst"] = self.hours_key(props.get("openingstijden_tekst") or [])
        if props.get("soort") and props.get("soort_label") is not None:
            self.kinds[props["soort"]] = props["soort_label"]
            del out["soort_label"]
        if props.get("gemeente") and props.get("gemeente_naam") is not None:
            self.municipalities[props["gemeente"]] = props["gemeente_naam"]
            del out["gemeente_naam"]
        if props.get("aanbieder") and props.get("aanbieder_url") == _url(
            "aanbieder", props["aanbieder"]
        ):
            del out["aanbieder_url"]
        out["diensten"] = [
            [d["id"], d["naam"]]
            if d.get("url") == _url("dienst", d["id"])
            else [d["id"], d["naam"], d.get("url")]
            for d in props.get("diensten") or []
        ]
        out["telefoonlijnen"] = [
            {
                **{
                    k: v
                    for k, v in line.items()
                    if k not in ("bereikbaar", "bereikbaar_tekst") and _said(v)
                },
                "bereikbaar_tekst": self.hours_key(line.get("bereikbaar_tekst") or []),
            }
            for line in props.get("telefoonlijnen") or []
        ]
        return out


def province_file(collection: dict) -> dict:
    """The compact form of this FeatureCollection (see the module docstring)."""
    packer = _Packer()
    features = []
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        features.append(
            {
                "type": "Feature",
                "id": feature["id"],
                "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
                "properties": packer.properties(feature["properties"]),
            }
        )
    return {
        "type": "FeatureCollection",
        "roosters": collection.get("roosters") or {},
        "uren": packer.hours,
        "soorten": dict(sorted(packer.kinds.items())),
        "gemeenten": dict(sorted(packer.municipalities.items())),
        "adressen": ADDRESSES,
        "features": features,
    }
