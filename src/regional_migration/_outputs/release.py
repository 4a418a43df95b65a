"""The data set in the formats people open, in one versioned zip: `write_release`.

Beside the canonical Frictionless data package (`write_datapackage`), the release
holds a SQLite database (typed, keyed, with views), Stata files with variable and
value labels, CSV files with a UTF-8 byte-order mark for spreadsheets, Parquet files
where pyarrow is installed, a README with the citation and the licence, and the
SHA-256 sum of every file. The same data gives the same bytes.

Why no ``.xlsx``: a CSV file with a byte-order mark opens in Excel with its accents
intact, as in every other spreadsheet, and needs no further dependency; an ``.xlsx``
writer records the time of writing inside the file, so that two releases of the same
data would differ.

Writing is safe: the release is built in a temporary folder beside the target and
moved into place in one step, so that an interruption or a full disk leaves no
half-written zip; a symbolic link as the folder or the zip is refused, and so is an
empty path.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from regional_migration._answers.country_year import PANEL_VALUES, merge_panel
from regional_migration._core.export import csv_text, optional_module
from regional_migration._core.public import publish
from regional_migration._dataset.registry import data_version, processes, votes
from regional_migration._outputs.datapackage import DATA_LICENSE, tables, write_datapackage
from regional_migration.errors import ArgumentTypeError, InvalidArgumentError

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

    from regional_migration._outputs.frictionless import Table

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC: tuple[str, ...] = ("write_release",)
TYPES: tuple[str, ...] = ()

__all__ = ["PANEL_LABELS", "release_name", "write_release"]

_SQL_TYPES: Final = {"string": "TEXT", "integer": "INTEGER", "date": "TEXT"}

PANEL_LABELS: Final = PANEL_VALUES
"""The values of the panel's ``status`` column, in the order of their Stata codes."""


def release_name() -> str:
    """The name of the release, after the data version: ``regional-migration-data-<version>``."""
    return f"regional-migration-data-{data_version()}"


def write_release(folder: str | os.PathLike[str]) -> Path:
    """Write the whole data set in every format into a zip in *folder*; return its path.

    The zip, ``regional-migration-data-<DATA_VERSION>.zip``, holds one folder of the
    same name with:

    - ``datapackage/``: the Frictionless data package (`write_datapackage`);
    - ``regional-migration.sqlite``: every table of the package, typed and keyed,
      with the yearly ``panel`` table and the views ``status_on_day`` (each state's
      status in each process on each day, by the certain-day rule) and
      ``current_members``;
    - ``stata/panel.dta`` and ``stata/memberships.dta``, with variable and value labels;
    - ``spreadsheets/``: every table and the panel as CSV with a UTF-8 byte-order
      mark, which Excel opens with its accents intact;
    - ``parquet/``: every table and the panel as Parquet, when pyarrow is installed;
    - ``README.md`` (contents, citation, licence) and ``SHA256SUMS``.

    The release is built in a temporary folder inside *folder* (made if needed) and
    moved into place in one step; a zip of the same name is replaced.

    Raises:
        InvalidArgumentError: *folder* is empty, or it or the zip is a symbolic link
            or not what it should be (a folder, a file).
        ArgumentTypeError: *folder* is not a path.
        MissingExtraError: pandas is not installed (the ``pandas``
            extra): the Stata files need it.
        OSError: the folder cannot be written; the error names its real path.
    """
    target = _checked_folder(folder)
    pandas = optional_module("pandas", "pandas")
    name = release_name()
    final = target / f"{name}.zip"
    real = os.path.realpath(final)
    if final.is_symlink() or (final.exists() and not final.is_file()):
        raise InvalidArgumentError("release zip", real, "it is a link or not a file: remove it")
    try:
        with tempfile.TemporaryDirectory(dir=target, prefix=f".{name}.") as work:
            content = Path(work, name)
            content.mkdir()
            _write_content(content, pandas)
            built = Path(work, "release.zip")
            _zip(content, built, name)
            built.chmod(_file_mode())
            built.replace(final)  # one step: the old zip or the new one, never half
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror or str(exc), real) from None
    return final


def _checked_folder(folder: object) -> Path:
    """*folder* as a path, made if needed: never empty, never a symbolic link."""
    if not isinstance(folder, str | os.PathLike):
        got = type(folder).__name__
        raise ArgumentTypeError(f"give the release folder as a path or text, not {got}")
    text = os.fspath(folder)
    if not isinstance(text, str) or not text.strip() or "\0" in text:
        raise InvalidArgumentError("release folder", text, "give the path of a folder")
    path = Path(text)
    real = os.path.realpath(path)
    if path.is_symlink():
        raise InvalidArgumentError(
            "release folder", text, f"it is a symbolic link (to {real}); give the real folder"
        )
    if path.exists() and not path.is_dir():
        raise InvalidArgumentError("release folder", text, f"{real} is not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror or str(exc), real) from None
    return path


def _file_mode() -> int:
    """The mode a new file gets under the current umask (a temporary one gets 0600)."""
    umask = os.umask(0)  # read the umask: the only way is to set it
    os.umask(umask)
    return 0o666 & ~umask


def _write_content(content: Path, pandas: Any) -> None:  # noqa: ANN401 - the pandas module
    """Every file of the release into the folder *content*."""
    all_tables = tables()
    panel = _panel_rows()
    write_datapackage(content / "datapackage")
    _write_sqlite(content / "regional-migration.sqlite", all_tables, panel)
    stata = content / "stata"
    stata.mkdir()
    _write_stata(stata, all_tables, panel, pandas)
    sheets = content / "spreadsheets"
    sheets.mkdir()
    for table in all_tables:
        (sheets / table.path).write_text("\ufeff" + table.csv(), encoding="utf-8", newline="")
    panel_csv = csv_text(list(PANEL_COLUMNS), panel)
    (sheets / "panel.csv").write_text("\ufeff" + panel_csv, encoding="utf-8", newline="")
    parquet = _parquet_engine()
    if parquet:
        _write_parquet(content / "parquet", all_tables, panel, pandas)
    _write_readme(content, parquet=parquet)
    _write_sums(content)


def _parquet_engine() -> bool:
    """Whether pyarrow, which writes Parquet, is installed."""
    try:
        optional_module("pyarrow", "parquet")
    except ImportError:
        return False
    return True


# The columns of the yearly panel, with their meaning (Stata's variable labels).
PANEL_COLUMNS: Final = {
    "iso2c": "ISO 3166-1 alpha-2 code",
    "iso3c": "ISO 3166-1 alpha-3 code",
    "iso3n": "ISO 3166-1 numeric code",
    "year": "Year (status on 31 December)",
    "process": "Process id (processes.id)",
    "status": "Status on 31 December (certain-day rule; none, unknown, not founded)",
}


def _panel_rows() -> list[dict[str, Any]]:
    """`merge_panel` from the first founding to the year of the data version, as rows."""
    first = min(p.founded.earliest.year for p in processes())
    last = date.fromisoformat(data_version()).year
    frame = merge_panel(range(first, last + 1))
    return [
        {
            "iso2c": row.iso2c,
            "iso3c": row.iso3c,
            "iso3n": int(row.iso3n),
            "year": int(row.year),
            "process": row.process,
            "status": str(row.status),
        }
        for row in frame.itertuples()
    ]


def _write_sqlite(path: Path, all_tables: Sequence[Table], panel: list[dict[str, Any]]) -> None:
    """Every table, typed and keyed, the panel, and the views, into a new database."""
    connection = sqlite3.connect(path)
    try:
        # The tables refer to one another in both directions (the countries table,
        # last, is referred to by the others): keys are checked once all are in.
        for table in all_tables:
            connection.execute(_create_table(table))
            names = [c.name for c in table.columns]
            marks = ", ".join("?" for _ in names)
            connection.executemany(
                f'INSERT INTO "{table.name}" VALUES ({marks})',  # noqa: S608 - our own names
                [tuple(_cell(row.get(n)) for n in names) for row in table.rows],
            )
        statuses = ", ".join(f"'{s}'" for s in PANEL_LABELS)
        connection.execute(
            "CREATE TABLE panel (iso2c TEXT NOT NULL, iso3c TEXT NOT NULL, "
            "iso3n INTEGER NOT NULL, year INTEGER NOT NULL, "
            "process TEXT NOT NULL REFERENCES processes(id), "
            f"status TEXT NOT NULL CHECK (status IN ({statuses})), "
            "PRIMARY KEY (iso2c, year, process))"
        )
        connection.executemany(
            "INSERT INTO panel VALUES (:iso2c, :iso3c, :iso3n, :year, :process, :status)",
            panel,
        )
        for view in _views():
            connection.execute(view)
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken:  # pragma: no cover - the data package's own keys hold
            raise AssertionError(f"rows break a foreign key: {broken[:3]}")
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()


def _cell(value: object) -> object:
    """A row's value as SQLite stores it: booleans are 0 and 1."""
    return int(value) if isinstance(value, bool) else value


def _create_table(table: Table) -> str:
    """The ``CREATE TABLE`` statement of *table*, with its types, keys and checks."""
    lines = []
    for column in table.columns:
        line = f'"{column.name}" {_SQL_TYPES[column.type]}'
        if column.required:
            line += " NOT NULL"
        closed = column.values  # noqa: PD011 - a Column's allowed values, not pandas
        if closed:
            allowed = ", ".join("'" + v.replace("'", "''") + "'" for v in closed)
            line += f' CHECK ("{column.name}" IN ({allowed}))'
        lines.append(line)
    keys = ", ".join(f'"{c}"' for c in table.primary_key)
    lines.append(f"PRIMARY KEY ({keys})")
    for key in table.foreign_keys:
        mine = ", ".join(f'"{c}"' for c in key.columns)
        theirs = ", ".join(f'"{c}"' for c in key.table_columns)
        lines.append(f'FOREIGN KEY ({mine}) REFERENCES "{key.table}" ({theirs})')
    return f'CREATE TABLE "{table.name}" (\n  ' + ",\n  ".join(lines) + "\n)"


_STATUS_ON_DAY: Final = (
    "CREATE VIEW status_on_day AS\n"
    "WITH RECURSIVE days(day) AS (\n"
    "  SELECT min(founded_earliest) FROM processes\n"
    "  UNION ALL SELECT date(day, '+1 day') FROM days WHERE day < LAST_DAY\n"
    ")\n"
    "SELECT days.day AS day, m.process, m.country, m.status\n"
    "FROM days JOIN memberships AS m JOIN processes AS p ON p.id = m.process\n"
    "WHERE p.founded_latest <= days.day AND m.since_latest <= days.day\n"
    "  AND (m.until_earliest IS NULL OR m.until_earliest > days.day)"
)


def _views() -> tuple[str, ...]:
    """The database's views, over its own tables.

    ``status_on_day`` applies the certain-day rule: a period counts on a day that
    it certainly covers (its start's latest day is on or before it, and its end's
    earliest day, if any, after it), and only once the process was certainly founded.
    Its days run from the first founding to the data version: ask for one, as in
    ``SELECT * FROM status_on_day WHERE day = '2020-06-30'``.
    """
    last = data_version()
    status_on_day = _STATUS_ON_DAY.replace("LAST_DAY", f"'{last}'")
    current_members = (
        "CREATE VIEW current_members AS\n"
        "SELECT process, country, status, since FROM memberships WHERE until IS NULL"
    )
    return (status_on_day, current_members)


def _write_stata(
    folder: Path,
    all_tables: Sequence[Table],
    panel: list[dict[str, Any]],
    pandas: Any,  # noqa: ANN401 - the pandas module
) -> None:
    """The panel and the memberships as Stata 14+ files with variable and value labels."""
    processes_seen = sorted({row["process"] for row in panel})
    frame = pandas.DataFrame(panel, columns=list(PANEL_COLUMNS))
    frame["process"] = pandas.Categorical(frame["process"], categories=processes_seen)
    frame["status"] = pandas.Categorical(frame["status"], categories=list(PANEL_LABELS))
    frame["iso3n"] = frame["iso3n"].astype("int16")
    frame["year"] = frame["year"].astype("int16")
    _to_stata(frame, folder / "panel.dta", PANEL_COLUMNS, "Yearly panel: status on 31 December")
    memberships = next(t for t in all_tables if t.name == "memberships")
    keep = [c for c in memberships.columns if c.name not in {"sources", "note"}]
    frame = pandas.DataFrame(
        [{c.name: row.get(c.name) for c in keep} for row in memberships.rows],
        columns=[c.name for c in keep],
    )
    for column in keep:
        closed = column.values  # noqa: PD011 - a Column's allowed values, not pandas
        if closed:  # a closed set of words: value labels
            frame[column.name] = pandas.Categorical(frame[column.name], categories=closed)
        else:  # Stata writes text, never Python's None
            frame[column.name] = frame[column.name].fillna("").astype(str)
    frame["process"] = pandas.Categorical(frame["process"], categories=processes_seen)
    labels = {c.name: c.description for c in keep}
    _to_stata(frame, folder / "memberships.dta", labels, "Membership periods")


def _to_stata(frame: pd.DataFrame, path: Path, labels: dict[str, str], title: str) -> None:
    """Write *frame* as a Stata 14+ file, its labels cut to Stata's 80 characters."""
    frame.to_stata(
        path,
        write_index=False,
        version=118,
        data_label=f"regional_migration {data_version()}: {title}"[:80],
        variable_labels={k: v[:80] for k, v in labels.items()},
        time_stamp=_stamp(),
    )


def _stamp() -> datetime:
    """The data version's day, as Stata files record the time they were written."""
    return datetime.combine(date.fromisoformat(data_version()), datetime.min.time())


def _write_parquet(
    folder: Path,
    all_tables: Sequence[Table],
    panel: list[dict[str, Any]],
    pandas: Any,  # noqa: ANN401 - the pandas module
) -> None:
    """Every table and the panel as Parquet, with integer and text columns typed."""
    folder.mkdir()
    for table in all_tables:
        frame = pandas.DataFrame(list(table.rows), columns=[c.name for c in table.columns])
        for column in table.columns:
            kind = "Int64" if column.type == "integer" else "string"
            frame[column.name] = frame[column.name].astype(kind)
        frame.to_parquet(folder / f"{table.name}.parquet", index=False)
    frame = pandas.DataFrame(panel, columns=list(PANEL_COLUMNS))
    frame.to_parquet(folder / "panel.parquet", index=False)


def _write_readme(content: Path, *, parquet: bool) -> None:
    """The release's README: what each file is, how to cite it, its licence."""
    version = data_version()
    year = version[:4]
    listing = "\n".join(
        f"- `{path}` ({size:,} bytes)" for path, size in _sizes(content) if path != "README.md"
    )
    parquet_note = (
        "- `parquet/`: every table and the panel as Parquet."
        if parquet
        else "- (No Parquet files: pyarrow was not installed when this release was written.)"
    )
    partial = ", ".join(v.resolution for v in votes() if v.roll == "partial") or "none"
    text = f"""# Migration and refugee cooperation among the states of the Americas

Data version {version}: the day the data was last checked against its sources.

The intergovernmental migration and refugee protection processes of the Americas,
their members over time, the national refugee commissions, the treaties and
declarations their members are bound by, and the recorded votes on the global
compacts, each fact with its sources.

A recorded vote's roll (`votes.roll`) is complete, when `state_votes` gives the vote
of every state in scope, or partial, when it gives only the states a source names:
the vote of every other state in scope is then not on record (not known, which is not
the same as not voting). Partial rolls in this version: {partial}.

## Contents

- `datapackage/`: the canonical form, a Frictionless data package (CSV files and
  `datapackage.json`, which gives each column's type and meaning and the keys that
  join the tables).
- `regional-migration.sqlite`: the same tables in one SQLite database, typed and
  keyed, with the yearly `panel` table and the views `status_on_day` (by the
  certain-day rule: `SELECT * FROM status_on_day WHERE day = '2020-06-30'`) and
  `current_members`.
- `stata/panel.dta`: one row per state, year and process, with the status on
  31 December (`none` when not a member, `unknown` when the sources' dates leave it
  open, `not founded` before the process existed), and `stata/memberships.dta`: one
  row per membership period; both with variable and value labels.
- `spreadsheets/`: every table and the panel (`panel.csv`) as CSV with a UTF-8
  byte-order mark, for Excel and other spreadsheets.
{parquet_note}
- `SHA256SUMS`: the SHA-256 sum of every file (`sha256sum -c SHA256SUMS`).

Files:

{listing}

## Citation

regional_migration maintainers ({year}). regional_migration data set: migration and
refugee cooperation among the states of the Americas. Data version {version}.

Give the data version you used.

## Licence

The data set is under the {DATA_LICENSE["title"]} licence ({DATA_LICENSE["name"]},
{DATA_LICENSE["path"]}): share and adapt it, giving credit as above. The country
names taken from the Unicode CLDR keep the Unicode License v3.
"""  # noqa: S608 - a README that shows a query, not one
    (content / "README.md").write_text(text, encoding="utf-8", newline="")


def _files(content: Path) -> list[Path]:
    """Every file under *content*, sorted by its path inside it."""
    return sorted((p for p in content.rglob("*") if p.is_file()), key=lambda p: p.as_posix())


def _sizes(content: Path) -> Iterable[tuple[str, int]]:
    """Each file's path inside *content* and its size in bytes."""
    for path in _files(content):
        yield path.relative_to(content).as_posix(), path.stat().st_size


def _write_sums(content: Path) -> None:
    """``SHA256SUMS``: the sum of every other file, as ``sha256sum -c`` reads it."""
    lines = [
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(content).as_posix()}"
        for path in _files(content)
    ]
    (content / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")


def _zip(content: Path, path: Path, name: str) -> None:
    """Zip *content* into *path* under the folder *name*, the same bytes for the same files."""
    stamp = (*date.fromisoformat(data_version()).timetuple()[:3], 0, 0, 0)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for file in _files(content):
            info = zipfile.ZipInfo(f"{name}/{file.relative_to(content).as_posix()}", stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, file.read_bytes())


publish(globals())
