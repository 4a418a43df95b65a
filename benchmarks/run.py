"""Run every benchmark in this folder and print each figure beside its baseline.

Every module here (other than this one) has ``main()``, which returns a dict of
figures, and may have ``report(figures)``, which formats them. Each figure comes
with a baseline measured in the same run, and the ratio between them, so that the
numbers mean the same on a fast or a slow machine. Nothing here passes or fails:
the figures are for reading.

Run: ``python benchmarks/run.py [--quick]``; ``--quick`` takes fewer samples, for CI.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import platform
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import ModuleType

HERE = Path(__file__).resolve().parent

# How many samples each kind of ``main`` takes, quick and full.
SAMPLES = {"runs": (11, 21), "rounds": (5, 15)}


def modules() -> list[ModuleType]:
    """Every benchmark module in this folder, by file name."""
    found = []
    for path in sorted(HERE.glob("*.py")):
        if path.name == Path(__file__).name or path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"benchmarks.{path.stem}", path)
        if spec is None or spec.loader is None:  # pragma: no cover - a .py file always loads
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if callable(getattr(module, "main", None)):
            found.append(module)
    return found


def run(module: ModuleType, *, quick: bool) -> dict[str, float]:
    """Call the module's ``main`` with the sample size its signature asks for."""
    parameters = inspect.signature(module.main).parameters
    arguments: dict[str, Any] = {}
    if "quick" in parameters:
        arguments["quick"] = quick
    for name, (few, many) in SAMPLES.items():
        if name in parameters:
            arguments[name] = few if quick else many
    figures: dict[str, float] = module.main(**arguments)
    return figures


def plain_report(figures: dict[str, float]) -> str:
    """Every figure on a line, for modules without a ``report`` of their own."""
    return "\n".join(f"{name}: {value:.4g}" for name, value in figures.items())


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark and print its figures; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer samples, for CI")
    args = parser.parse_args(argv)
    print(
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}"
        f"{' (quick)' if args.quick else ''}"
    )
    ratios: list[tuple[str, float]] = []
    started = time.perf_counter()
    for module in modules():
        name = module.__name__.rsplit(".", 1)[-1]
        summary = (module.__doc__ or name).strip().splitlines()[0]
        print(f"\n== {name}: {summary}")
        figures = run(module, quick=args.quick)
        report = getattr(module, "report", plain_report)
        print(report(figures))
        ratios += [(f"{name}.{key}", value) for key, value in figures.items() if "ratio" in key]
    print("\n== every ratio to its baseline, measured in this run")
    width = max(len(key) for key, _ in ratios)
    for key, value in ratios:
        print(f"{key.ljust(width)}  {value:6.2f}")
    print(f"\n({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
