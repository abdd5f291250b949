"""Files: the generated records as repository files, `{path: text}`.

Reads everything the stages built and the tables (provider descriptions, extra
sentences, lists, phone lines with office hours and 24/7 crisis lines). Emits `providers/<slug>.yaml` per provider (the schema
line, then the organisation with its locations and services),
`gemeenten/<slug>.yaml` per municipality (the schema line, then its routes) with
`content/gemeenten/<slug>.md` (a short text) and, from the real handbook pages, copies whose `[[references]]` point at
synthetic records.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from .routes import Routes
from .tables import CRISIS_KINDS, EXTRA_SENTENCES, LISTS, PROVIDER_TEXTS
from .yamlwriter import dump

SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/provider.schema.json"
GEMEENTE_SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/gemeente.schema.json"
# A record reference in the handbook: [[provider]] or [[provider/service]], maybe |label.
_REFERENCE = re.compile(
    r"\[\[([a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?(?:\|[^\[\]\n]*)?)\]\]"
)


class Files(Routes):
    def provider_files(self) -> dict[str, str]:
        files = {}
        bron = (
            f"Synthetische gegevens (wegwijzer.synthetic, seed {self.seed}): namen, adressen, "
            "coördinaten en telefoonnummers zijn verzonnen."
        )
        rng = self.rng
        for p in self.providers:
            text = PROVIDER_TEXTS[p.kind].format(
                naam=p.name, plaats=p.home.name, regio=self._region_short(p.region)
            )
            if rng.random() < 0.6:
                text += " " + rng.choice(EXTRA_SENTENCES)
            if rng.random() < 0.25:
                text += "\n\nWat wij doen:\n\n" + "\n".join(
                    f"- {item};" for item in rng.choice(LISTS)
                )
            if rng.random() < 0.2:
                text += f"\n\nMeer informatie staat op [onze website](https://www.{p.domain}.nl)."
            data: dict[str, Any] = {
                "naam": p.name,
                "soort": p.kind,
                "omschrijving": text,
                "website": f"https://www.{p.domain}.nl",
            }
            if rng.random() < 0.8:
                data["email"] = f"info@{p.domain}.nl"
            lines = [self._phone_line(p.phone, "aanbieder")]
            if rng.random() < CRISIS_KINDS.get(p.kind, 0.0):
                lines.append(self._crisis_line(p.home.province))
            data["telefoonlijnen"] = lines
            data["laatst_gecontroleerd"] = self._review_date()
            data["voorbeelddata"] = True
            data["bron"] = bron
            if p.locations:
                data["locaties"] = p.locations
            if p.services:
                data["diensten"] = p.services
            files[f"providers/{p.slug}.yaml"] = SCHEMA_LINE + "\n" + dump(data, spaced=True)
        return files

    def municipality_files(self) -> dict[str, str]:
        files = {}
        bron = f"Synthetische gegevens (wegwijzer.synthetic, seed {self.seed})."
        for muni in sorted(self.munis, key=lambda m: m.slug):
            data: dict[str, Any] = {
                "naam": muni.name,
                "cbs_code": muni.code,
                "provincie": muni.province,
                "jeugdregio": region_id(muni.region),
                "postcodes": [f"{lo}" if lo == hi else f"{lo}-{hi}" for lo, hi in muni.ranges],
                "laatst_gecontroleerd": self._review_date(),
                "voorbeelddata": True,
                "bron": bron,
            }
            routes = self._routes(muni)
            if routes:
                data["routes"] = routes
            body = (
                f"Op deze pagina staat hoe ouders, jongeren en professionals in {muni.name} de "
                f"weg vinden naar hulp bij opgroeien en opvoeden. {muni.name} hoort bij de "
                f"jeugdregio {muni.region} in de provincie {muni.province}.\n\n"
                "Twijfelt u waar u moet beginnen? Bel dan het CJG: samen zoeken we uit wat "
                "past.\n"
            )
            files[f"gemeenten/{muni.slug}.yaml"] = GEMEENTE_SCHEMA_LINE + "\n" + dump(data)
            files[f"content/gemeenten/{muni.slug}.md"] = body
        regions = [
            {
                "id": region_id(name),
                "naam": name,
                "gemeenten": [{"code": m.code, "naam": m.name} for m in members],
            }
            for name, members in self.regions.items()
        ]
        files["taxonomie/jeugdregios.yaml"] = (
            "# yaml-language-server: $schema=../schemas/regios.schema.json\n"
            + dump({"jeugdregios": regions})
        )
        return files

    def handbook(self, sources: dict[str, str]) -> dict[str, str]:
        """The repository's handbook pages with every `[[reference]]` pointing at a synthetic
        record of the same shape: a provider for `[[aanbieder]]`, a current service for
        `[[aanbieder/id]]` (a label after `|` is kept). Without records, the label stays."""
        providers = [p.slug for p in self.providers]
        services = [
            f"{p.slug}/{svc['id']}"
            for p in self.providers
            for svc in p.services
            if not ({"status", "geldig_tot"} & set(svc))
            and svc.get("geldig_vanaf", dt.date.min) <= self.today
        ]
        chosen: dict[str, str | None] = {}

        def replace(match: re.Match) -> str:
            ref, bar, label = match.group(1).partition("|")
            ref = ref.strip()
            if ref not in chosen:
                pool = services if "/" in ref else providers
                chosen[ref] = pool[(len(chosen) * 7919) % len(pool)] if pool else None
            target = chosen[ref]
            if target is None:
                return label.strip() or ref
            return f"[[{target}{bar}{label}]]"

        return {path: _REFERENCE.sub(replace, text) for path, text in sorted(sources.items())}


def region_id(name: str) -> str:
    """The id of a synthetic region in taxonomie/jeugdregios.yaml."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
