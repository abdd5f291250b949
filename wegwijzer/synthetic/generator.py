"""The generator: the stages in order, one random source, no other state.

Reads the sizes, seed, reference date and theme ids (given to `State`). Emits the
record files, `{repository path: text}`: municipalities, then providers, their counts,
locations and services, then the provider files and municipality pages (`Files`); and
on request the handbook pages. Every draw comes from one `random.Random(seed)` in a
fixed order, so the same arguments give the same files.
"""

from __future__ import annotations

from .files import Files
from .locations import Locations
from .municipalities import Municipalities
from .providers import Providers
from .services import Services


class Generator(Municipalities, Providers, Locations, Services, Files):
    def run(self) -> dict[str, str]:
        self._used_muni_slugs = set()
        self.municipalities()
        self.provider_plan()
        self.counts()
        self.locations()
        self.services()
        files = self.provider_files()
        files.update(self.municipality_files())
        return files
