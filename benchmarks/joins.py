"""Joining millions of made-up events to the memberships, as users of event data do.

The events are a table of (country, day) pairs over the countries the data names and
the years since 1990, seeded so that every run joins the same table. Each figure is
a wall time in seconds, with a baseline measured in the same run: a plain pandas
merge of the same events on the country alone, against a table of one row per
country. A ratio near 1 means the join costs what any merge of that size costs.

- ``pandas_certain``: merge on the country, then the certain-day filter (the
  recipe of docs/recipes.md);
- ``pandas_year``: merge on the country and the year with the yearly panel;
- ``duckdb_certain`` and ``duckdb_year``: the same in DuckDB, when it is installed;
- ``polars_certain`` (``join_where``, the recipe of docs/recipes.md) and ``polars_year``:
  the same in Polars, when it is installed.

Run: ``python benchmarks/joins.py [--quick]``
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd  # type: ignore[import-untyped, unused-ignore]

import regional_migration as rm

if TYPE_CHECKING:
    from collections.abc import Callable


def _events(count: int) -> pd.DataFrame:
    """*count* made-up events: a country the data names and a day since 1990."""
    countries = sorted({m.country for p in rm.processes() for m in p.memberships})
    generator = np.random.default_rng(2026)
    start = np.datetime64("1990-01-01")
    days = start + generator.integers(0, 36 * 365, size=count).astype("timedelta64[D]")
    frame = pd.DataFrame(
        {
            "event": np.arange(count),
            "country": pd.Categorical(
                generator.choice(countries, size=count), categories=countries
            ).astype(str),
            "day": days.astype("datetime64[ns]"),
        }
    )
    frame["year"] = frame["day"].dt.year
    return frame


def _periods() -> pd.DataFrame:
    """Every membership period with its bounds and its process's founding."""
    periods = rm.history().to_pandas()[
        ["country", "process", "status", "since_latest", "until_earliest"]
    ]
    founded = pd.DataFrame(
        {
            "process": [p.id for p in rm.processes()],
            "founded_latest": [pd.Timestamp(p.founded.latest) for p in rm.processes()],
        }
    )
    periods = periods.merge(founded, on="process")
    for column in ("country", "process", "status"):
        periods[column] = periods[column].astype(str)
    for column in ("since_latest", "until_earliest", "founded_latest"):
        periods[column] = periods[column].astype("datetime64[ns]")
    return periods


def _polars_joins(
    events: pd.DataFrame, periods: pd.DataFrame, panel: pd.DataFrame
) -> dict[str, Callable[[], int]]:
    """The joins in Polars, or none when it is not installed."""
    try:
        import polars as pl  # noqa: PLC0415 - optional: a test and benchmark extra
    except ImportError:  # pragma: no cover - the test extra installs it
        return {}
    events_pl = pl.from_pandas(events)
    bounds = pl.from_pandas(periods).rename({"country": "member"})
    panel_pl = pl.from_pandas(panel).with_columns(pl.col("year").cast(events_pl["year"].dtype))

    def polars_certain() -> int:
        kept = events_pl.join_where(
            bounds,
            pl.col("country") == pl.col("member"),
            pl.col("since_latest") <= pl.col("day"),
            pl.col("founded_latest") <= pl.col("day"),
        ).filter(pl.col("until_earliest").is_null() | (pl.col("until_earliest") > pl.col("day")))
        return int(kept.height)

    def polars_year() -> int:
        return int(events_pl.join(panel_pl, on=["country", "year"]).height)

    return {"polars_certain": polars_certain, "polars_year": polars_year}


def _timed(call: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    rows = call()
    return time.perf_counter() - start, rows


def main(*, quick: bool = False) -> dict[str, float]:
    """Time each join; return seconds, row counts and ratios to the baseline."""
    count = 200_000 if quick else 3_000_000
    events = _events(count)
    periods = _periods()
    panel = rm.panel(range(1990, 2027)).to_pandas()[["country", "process", "year", "status"]]
    panel["country"] = panel["country"].astype(str)
    countries = pd.DataFrame({"country": sorted(set(events["country"]))})
    countries["code"] = countries["country"].str.lower()

    def baseline() -> int:
        return len(events.merge(countries, on="country"))

    def pandas_certain() -> int:
        pairs = events.merge(periods, on="country")
        kept = pairs[
            (pairs["founded_latest"] <= pairs["day"])
            & (pairs["since_latest"] <= pairs["day"])
            & (pairs["until_earliest"].isna() | (pairs["until_earliest"] > pairs["day"]))
        ]
        return len(kept)

    def pandas_year() -> int:
        return len(events.merge(panel, on=["country", "year"]))

    figures: dict[str, float] = {"events": float(count)}
    timed: dict[str, Callable[[], int]] = {
        "baseline": baseline,
        "pandas_certain": pandas_certain,
        "pandas_year": pandas_year,
    }
    duckdb: Any = None
    try:
        import duckdb  # noqa: PLC0415 - optional: a test and benchmark extra
    except ImportError:  # pragma: no cover - the test extra installs it
        duckdb = None
    if duckdb is not None:
        connection = duckdb.connect()
        connection.register("events", events)
        connection.register("periods", periods)
        connection.register("panel", panel)

        def duckdb_certain() -> int:
            found = connection.execute(
                "SELECT count(*) FROM events AS e JOIN periods AS p"
                " ON p.country = e.country AND p.since_latest <= e.day"
                " AND p.founded_latest <= e.day"
                " AND (p.until_earliest IS NULL OR p.until_earliest > e.day)"
            ).fetchone()
            return int(found[0])

        def duckdb_year() -> int:
            found = connection.execute(
                "SELECT count(*) FROM events AS e JOIN panel AS p"
                " ON p.country = e.country AND p.year = e.year"
            ).fetchone()
            return int(found[0])

        timed |= {"duckdb_certain": duckdb_certain, "duckdb_year": duckdb_year}
    timed |= _polars_joins(events, periods, panel)
    for name, call in timed.items():
        seconds, rows = _timed(call)
        figures[f"{name}_s"] = seconds
        figures[f"{name}_rows"] = float(rows)
    for name in timed:
        figures[f"{name}_ratio"] = figures[f"{name}_s"] / figures["baseline_s"]
    return figures


def report(figures: dict[str, float]) -> str:
    """The figures as lines of text."""
    names = [key.removesuffix("_s") for key in figures if key.endswith("_s")]
    lines = [f"{int(figures['events']):,} events"]
    lines.extend(
        f"{name:15} {figures[f'{name}_s']:8.3f} s  {int(figures[f'{name}_rows']):>12,} rows  "
        f"{figures[f'{name}_ratio']:6.2f}x the baseline"
        for name in names
    )
    if "duckdb_certain_s" not in figures:  # pragma: no cover - the test extra installs it
        lines.append("DuckDB is not installed: its joins were not timed")
    if "polars_certain_s" not in figures:  # pragma: no cover - the test extra installs it
        lines.append("Polars is not installed: its joins were not timed")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(main(quick="--quick" in sys.argv)))
