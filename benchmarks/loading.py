"""Loading grows with the data no faster than linearly.

``processes.json`` is copied into a temporary folder as shipped, doubled and
quadrupled (each process repeated under a new id and new names), and every data set
of the package is loaded from each copy in a fresh cache: validated in full, as a
source checkout does, and built from proven JSON, as a wheel does. Each figure is the
median time of one load; the ratios divide the doubled and quadrupled loads by the
shipped one, so linear growth reads 2 and 4.

Run: ``python benchmarks/loading.py [--rounds N]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from _shipped import PACKAGE

import regional_migration as rm
from regional_migration._core import resources as _resources
from regional_migration._countries import index as _country_index
from regional_migration._dataset import registry as _registry

SCALES = (1, 2, 4)
DATA_SETS = (
    _registry.PROCESSES,
    _country_index.NAMES,
    _country_index.ALIASES,
    _country_index.AMBIGUITIES,
)


def _scaled(document: dict[str, Any], times: int) -> dict[str, Any]:
    """*document* with each process repeated *times* times under new ids and names."""
    copies = [document["processes"]]
    for n in range(2, times + 1):
        renamed = json.loads(json.dumps(document["processes"]))
        for process in renamed:
            process["id"] = f"{process['id']}-{n}"
            for field in ("name", "acronym"):
                if process.get(field):
                    process[field] = {k: f"{v} {n}" for k, v in process[field].items()}
            process["aliases"] = [f"{alias} {n}" for alias in process.get("aliases", [])]
        copies.append(renamed)
    scaled = dict(document)
    scaled["processes"] = sorted((p for c in copies for p in c), key=lambda p: p["id"])
    return scaled


def _folder(root: Path, times: int, *, proven: bool) -> Path:
    folder = root / f"x{times}{'-proven' if proven else ''}"
    folder.mkdir()
    for file in (PACKAGE / "data").glob("*.json"):
        if file.name != _resources.DIGESTS_FILE:  # an installed wheel holds its own
            (folder / file.name).write_bytes(file.read_bytes())
    document = json.loads((folder / "processes.json").read_bytes())
    (folder / "processes.json").write_text(json.dumps(_scaled(document, times)), "utf-8")
    if proven:
        digests = {f.name: _resources.digest(f.read_bytes()) for f in folder.glob("*.json")}
        (folder / _resources.DIGESTS_FILE).write_text(json.dumps(digests), "utf-8")
    return folder


def _load_all(folder: Path) -> float:
    """Seconds to load every data set from *folder*, with empty caches."""
    with _resources.reading(folder):
        start = time.perf_counter()
        for data_set in DATA_SETS:
            _resources.load(data_set)  # type: ignore[misc]
        rm.processes()  # and the index of keys
        return time.perf_counter() - start


def main(rounds: int = 15) -> dict[str, float]:
    """Load each scaled copy *rounds* times, both ways, and return the figures."""
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as root:
        for proven in (False, True):
            way = "built" if proven else "validated"
            folders = {n: _folder(Path(root), n, proven=proven) for n in SCALES}
            _load_all(folders[1])  # build the validators once, as any first load does
            for n, folder in folders.items():
                times = [_load_all(folder) for _ in range(rounds)]
                figures[f"{way}_x{n}_ms"] = statistics.median(times) * 1000
            for n in SCALES[1:]:
                figures[f"{way}_x{n}_ratio"] = figures[f"{way}_x{n}_ms"] / figures[f"{way}_x1_ms"]
    return figures


def report(figures: dict[str, float]) -> str:
    """Format the figures as lines of text."""
    return "\n".join(
        f"{way:>9}: x1 {figures[f'{way}_x1_ms']:.1f} ms, "
        f"x2 {figures[f'{way}_x2_ms']:.1f} ms (ratio {figures[f'{way}_x2_ratio']:.2f}), "
        f"x4 {figures[f'{way}_x4_ms']:.1f} ms (ratio {figures[f'{way}_x4_ratio']:.2f}); "
        "linear is 2 and 4"
        for way in ("validated", "built")
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    print(report(main(parser.parse_args().rounds)))
