"""Record in each built wheel the SHA-256 digest of every data file it ships.

At run time, a data file whose digest matches is built from its JSON without
validation (see ``src/regional_migration/_resources.py``); CI runs the whole suite,
which validates those same bytes, against the wheel. An editable install records
nothing, so a source checkout validates its data on every start.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

DATA = Path("src", "regional_migration", "data")
TARGET = "regional_migration/data/digests.json"


class DataDigests(BuildHookInterface):  # type: ignore[type-arg]
    """Write ``data/digests.json`` into the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Add the digests file to a standard wheel; leave editable wheels alone."""
        if self.target_name != "wheel" or version == "editable":
            return
        digests = {
            file.name: hashlib.sha256(file.read_bytes()).hexdigest()
            for file in sorted(Path(self.root, DATA).glob("*.json"))
            if not file.name.endswith(".schema.json")
        }
        folder = Path(tempfile.mkdtemp(prefix="regional-migration-digests-"))
        written = folder / "digests.json"
        written.write_text(json.dumps(digests, indent=2, sort_keys=True) + "\n", "utf-8")
        build_data["force_include"][str(written)] = TARGET
