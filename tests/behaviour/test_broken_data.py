"""A damaged data file fails loudly, with a DataError naming the file and the place.

The shipped files are valid (see test_data_integrity.py). Here each test damages a
copy of the data folder, points the data layer at it, and asks a question through
the public API, as a user of a damaged install would.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import threading
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import regional_migration as rm
from regional_migration._core import resources as _resources
from regional_migration._countries import index as _country_index
from regional_migration._countries import schemes as _schemes
from regional_migration._countries.lookup import display_name
from regional_migration._dataset import registry as _registry
from regional_migration._dataset.instruments import INSTRUMENTS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

SHIPPED = Path(str(resources.files("regional_migration").joinpath("data")))
SOURCES = json.loads((SHIPPED / "processes.json").read_bytes())["sources"]
DEEP = b'{"names": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Path]:
    """A copy of the data folder that the data layer reads instead, with empty caches.

    Without the digests an installed wheel holds, so that every file is validated
    unless a test records digests.
    """
    package = tmp_path / "regional_migration"
    shutil.copytree(SHIPPED, package / "data")
    (package / "data" / _resources.DIGESTS_FILE).unlink(missing_ok=True)
    with _resources.reading(package / "data"):
        yield package / "data"


def _edit(folder: Path, name: str, change: Callable[[Any], object]) -> None:
    path = folder / name
    document = json.loads(path.read_bytes())
    change(document)
    path.write_text(json.dumps(document), "utf-8")


def _ask_processes() -> object:
    return rm.get("CRM")


def _ask_countries() -> object:
    return rm.country_code("Mexique")


def _ask_schemes() -> object:
    return rm.country_code("PA", from_="fips")


ASK = {
    "processes.json": _ask_processes,
    "country_names.json": _ask_countries,
    "country_aliases.json": _ask_countries,
    "country_ambiguities.json": _ask_countries,
    "country_table_names.json": _ask_countries,
    "crosswalk.json": _ask_schemes,
}


def _missing(path: Path) -> None:
    path.unlink()


def _directory(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _not_json(path: Path) -> None:
    path.write_bytes(b"{not json")


def _deep(path: Path) -> None:
    path.write_bytes(DEEP)


def _wrong_type(path: Path) -> None:
    path.write_bytes(b"[]")


@pytest.mark.parametrize("name", sorted(ASK))
@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (_missing, r": cannot be read \(No such file or directory\)$"),
        (_directory, r": cannot be read \((Is a directory|Permission denied)\)$"),
        (_not_json, r": not valid JSON: key must be a string at line 1 column 2$"),
        (_deep, r": not valid JSON: recursion limit exceeded"),
        (_wrong_type, r": Input should be an object$"),
    ],
    ids=["missing", "directory", "not-json", "deep", "wrong-type"],
)
def test_every_file_fails_as_a_data_error(
    data: Path, name: str, damage: Callable[[Path], None], message: str
) -> None:
    damage(data / name)
    with pytest.raises(rm.DataError, match=rf"^data file {name}({message})") as caught:
        ASK[name]()
    assert caught.value.file == name


@pytest.mark.parametrize(
    ("name", "change", "place", "problem"),
    [
        (
            "processes.json",
            lambda d: d["processes"][0].update(founded=5),
            "processes.0.founded",
            "Input should be a valid string",
        ),
        (
            "processes.json",
            lambda d: d["processes"].append(d["processes"][0]),
            "processes",
            "Value error, duplicate entries: ['CMC']",
        ),
        (
            "processes.json",
            lambda d: d["refugee_commissions"].append(d["refugee_commissions"][0]),
            "refugee_commissions",
            "Value error, duplicate entries: ['AD']",
        ),
        (
            "processes.json",
            lambda d: d["processes"][0]["memberships"][0].update(country="ZZ"),
            "processes.0.memberships.0.country",
            "Value error, ZZ is not an ISO 3166-1 alpha-2 code",
        ),
        (
            "processes.json",
            lambda d: d["sources"].append(d["sources"][0]),
            f"sources.{len(SOURCES)}.id",
            f"{SOURCES[0]['id']!r} is listed twice",
        ),
        (
            "processes.json",
            lambda d: d["processes"][2].update(aliases=["Puebla Process"]),
            "processes",
            "'Puebla Process' names both CRM and CSM",
        ),
        (
            "country_table_names.json",
            lambda d: d["names"]["es"].update(ZZ=["Zedlandia"]),
            "names.es.ZZ.[key]",
            "Value error, ZZ is not an ISO 3166-1 alpha-2 code",
        ),
        (
            "processes.json",
            lambda d: d["processes"][0].update(aliases=["Declaration"]),
            "processes",
            "'Declaration' (CMC) is a generic word",
        ),
        (
            "country_names.json",
            lambda d: d["names"]["en"].update(MX=5),
            "names.en.MX",
            "Input should be a valid array",
        ),
        (
            "country_names.json",
            lambda d: d["names"]["en"].update(ZZ=["Zedland"]),
            "names.en.ZZ.[key]",
            "Value error, ZZ is not an ISO 3166-1 alpha-2 code",
        ),
        (
            "country_names.json",
            lambda d: d["names"].pop("pt"),
            "names.pt",
            "Field required",
        ),
        (
            "country_aliases.json",
            lambda d: d["aliases"][0].update(code="ZZ"),
            "aliases.0.code",
            "Value error, ZZ is not an ISO 3166-1 alpha-2 code",
        ),
        (
            "country_ambiguities.json",
            lambda d: d["ambiguities"][0].update(decision="FR"),
            "ambiguities.0",
            "Value error, 'Congo' decides for FR, not a candidate",
        ),
        (
            "country_ambiguities.json",
            lambda d: d["ambiguities"].append({**d["ambiguities"][0], "name": "congo"}),
            "ambiguities",
            "Value error, 'congo' is decided twice",
        ),
    ],
    ids=[
        "wrong-type",
        "duplicate-process",
        "duplicate-commission",
        "unknown-code",
        "duplicate-source",
        "shared-name",
        "table-names-unknown-code",
        "generic-word",
        "names-wrong-type",
        "names-unknown-code",
        "names-missing-language",
        "alias-unknown-code",
        "decision-not-a-candidate",
        "decided-twice",
    ],
)
def test_damaged_content_names_the_place(
    data: Path, name: str, change: Callable[[Any], object], place: str, problem: str
) -> None:
    _edit(data, name, change)
    with pytest.raises(rm.DataError) as caught:
        ASK[name]()
    assert (caught.value.file, caught.value.place, caught.value.problem) == (name, place, problem)
    assert str(caught.value) == f"data file {name}, at {place}: {problem}"


def test_many_problems_are_counted(data: Path) -> None:
    _edit(data, "processes.json", lambda d: d["processes"][0].update(founded=5, kind=5))
    with pytest.raises(rm.DataError, match=r"at processes\.0\.kind: .* \(and 1 more problems\)$"):
        rm.get("CRM")


def test_a_key_that_names_two_instruments_is_refused(data: Path) -> None:
    def clash(document: Any) -> None:
        document["instruments"][0]["aliases"].append("GCM")

    _edit(data, "instruments.json", clash)
    with pytest.raises(rm.DataError, match="'GCM' names both"):
        rm.instruments()


def _record_digests(folder: Path) -> None:
    digests = {f.name: _resources.digest(f.read_bytes()) for f in sorted(folder.glob("*.json"))}
    (folder / _resources.DIGESTS_FILE).write_text(json.dumps(digests), "utf-8")


DATA_SETS: list[Any] = [_registry.PROCESSES, _country_index.NAMES, _country_index.ALIASES]
DATA_SETS += [_country_index.AMBIGUITIES, _country_index.TABLE_NAMES]
DATA_SETS += [INSTRUMENTS, _schemes.CROSSWALK]


@pytest.mark.parametrize("data_set", DATA_SETS, ids=lambda d: d.file)
def test_proven_data_is_built_equal_to_validated_data(
    data: Path, data_set: _resources.DataSet[Any]
) -> None:
    _record_digests(data)
    built = _resources.load(data_set)
    validated = _resources.validate(data_set, (data / data_set.file).read_bytes())
    assert built == validated
    assert built.model_dump() == validated.model_dump()


def test_a_record_built_alone_is_the_one_the_whole_file_holds(data: Path) -> None:
    _record_digests(data)
    alone = rm.get("MIRPS")
    assert "data:processes.json" not in _resources.cache_keys()  # the whole file is not built
    whole = _resources.load(_registry.PROCESSES)
    validated = _resources.validate(_registry.PROCESSES, (data / "processes.json").read_bytes())
    assert whole == validated
    assert [p for p in whole.processes if p.id == "MIRPS"] == [alone]
    assert next(p for p in whole.processes if p.id == "MIRPS") is alone
    assert next(p for p in rm.processes() if p.id == "MIRPS") is alone
    # rm.sources() holds the instruments' sources too
    assert set(validated.sources) <= set(rm.sources())
    table = _resources._open(_registry.PROCESSES).tables["sources"]
    assert len(table) == len(validated.sources)


@pytest.mark.parametrize("proven", [True, False], ids=["proven", "validated"])
def test_a_glance_gives_the_fields_of_the_built_records(data: Path, *, proven: bool) -> None:
    if proven:
        _record_digests(data)
    names = ("id", "aliases", "name", "acronym", "founded", "sources")
    seen = _resources.glance(_registry.PROCESSES, "processes", names)
    built = _resources.load(_registry.PROCESSES).processes
    assert seen == tuple({name: getattr(p, name) for name in names} for p in built)
    assert any(entry["acronym"] is None for entry in seen)  # a default, not in the file


@pytest.mark.parametrize("proven", [True, False], ids=["proven", "validated"])
def test_only_a_list_of_records_is_read_record_by_record(data: Path, *, proven: bool) -> None:
    if proven:
        _record_digests(data)
    for key in ("data_version", "schema_version"):
        with pytest.raises(TypeError, match=f"processes.json: '{key}' is not a list of records"):
            _resources.record(_registry.PROCESSES, key, 0)
        with pytest.raises(TypeError, match=f"'{key}' is not a list of records"):
            _resources.glance(_registry.PROCESSES, key, ("id",))
    version = _resources.part(_registry.PROCESSES, "data_version")
    assert isinstance(version, date)
    assert version.isoformat() == rm.DATA_VERSION


def test_a_file_that_does_not_match_its_digest_is_validated(data: Path) -> None:
    _record_digests(data)
    _edit(data, "processes.json", lambda d: d["processes"][0].update(founded=5))
    with pytest.raises(rm.DataError, match=r"at processes\.0\.founded"):
        rm.get("CRM")


@pytest.mark.parametrize("recorded", [b"{not json", b"[]", b'{"processes.json": 5}'])
def test_unreadable_digests_mean_validation(data: Path, recorded: bytes) -> None:
    (data / _resources.DIGESTS_FILE).write_bytes(recorded)
    _edit(data, "processes.json", lambda d: d["processes"][0].update(founded=5))
    with pytest.raises(rm.DataError, match=r"at processes\.0\.founded"):
        rm.get("CRM")


def test_a_table_of_the_wrong_type_names_it(data: Path) -> None:
    _edit(data, "processes.json", lambda d: d.update(sources=5))
    with pytest.raises(rm.DataError) as caught:
        rm.get("CRM")
    assert (
        str(caught.value) == "data file processes.json, at sources: Input should be a valid tuple"
    )


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork with a thread running
@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
@pytest.mark.usefixtures("data")  # an empty cache: the child must take the lock
def test_a_fork_while_another_thread_loads_does_not_deadlock() -> None:
    held, release = threading.Event(), threading.Event()

    def hold_the_lock() -> None:
        with _resources.lock():
            held.set()
            release.wait()

    thread = threading.Thread(target=hold_the_lock)
    thread.start()
    held.wait()
    threading.Timer(0.2, release.set).start()  # the fork waits for the load to end
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through its exit status
        signal.alarm(30)  # a deadlocked child dies instead of hanging the suite
        try:
            os._exit(0 if rm.get("CRM").id == "CRM" else 1)
        except BaseException:  # noqa: BLE001 - the child must never return into pytest
            os._exit(2)
    release.set()
    thread.join()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


# One seam for every cache: `clear`, and `reading` another folder.


def _renamed(tmp_path: Path) -> Path:
    """A copy of the data folder in which Bolivia's English name is another."""
    folder = tmp_path / "renamed"
    shutil.copytree(SHIPPED, folder)
    (folder / _resources.DIGESTS_FILE).unlink(missing_ok=True)
    _edit(folder, "country_names.json", lambda d: d["names"]["en"].update(BO=["Bolivia (R)"]))
    return folder


def test_every_cache_follows_the_folder_read(tmp_path: Path) -> None:
    folder = _renamed(tmp_path)
    assert display_name("BO") == "Bolivia"  # kept by its own cache, beside the data's
    assert rm.country_code("Bolivia") == "BO"
    crm = rm.get("CRM")
    with _resources.reading(folder) as read:
        assert read is folder
        assert _resources.cache_keys() == ()
        assert display_name("BO") == "Bolivia (R)"
        assert rm.country_code("Bolivia (R)") == "BO"
        assert rm.get("CRM") == crm
        assert rm.get("CRM") is not crm
    assert display_name("BO") == "Bolivia"
    assert rm.country_code("Bolivia") == "BO"
    with pytest.raises(rm.UnknownCountryError):
        rm.country_code("Bolivia (R)")


@pytest.mark.usefixtures("data")
def test_readings_nest(tmp_path: Path) -> None:
    folder = _renamed(tmp_path)
    with _resources.reading(folder):
        assert display_name("BO") == "Bolivia (R)"
    assert _resources.cache_keys() == ()  # back to the data fixture's folder, unread
    assert display_name("BO") == "Bolivia"


def test_clear_caches_reads_the_data_anew() -> None:
    first = rm.get("MIRPS")
    assert rm.country_name("BO", "fr") == "Bolivie"
    rm.clear_caches()
    assert _resources.cache_keys() == ()
    again = rm.get("MIRPS")
    assert again == first
    assert again is not first


@pytest.mark.parametrize("collecting", [True, False])
def test_a_first_load_leaves_the_garbage_collector_as_it_was(collecting: bool) -> None:
    rm.clear_caches()
    if not collecting:
        gc.disable()
    try:
        assert sorted(rm.get("MIRPS").members) == ["BZ", "CR", "GT", "HN", "MX", "PA", "SV"]
        assert gc.isenabled() is collecting
    finally:
        gc.enable()


def _cited(value: object) -> set[str]:
    """The ids of the sources that a record's JSON cites, at any depth."""
    if isinstance(value, dict):
        found = set(value.get("sources", ()))
        for inner in value.values():
            found |= _cited(inner)
        return found
    if isinstance(value, list):
        return set().union(*(_cited(inner) for inner in value))
    return set()


def test_a_first_instrument_question_builds_that_instrument_alone(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _record_digests(data)
    built: dict[type, list[str]] = {}
    models: tuple[Any, ...] = (rm.Process, rm.Instrument, rm.Source)
    for model in models:
        real = model.model_construct.__func__

        def spy(cls: Any, /, *args: Any, real: Any = real, **fields: Any) -> Any:
            made = real(cls, *args, **fields)
            built.setdefault(cls, []).append(made.id)
            return made

        monkeypatch.setattr(model, "model_construct", classmethod(spy))
    found = rm.get("1951 Convention")
    assert found.id == "REFUGEE-CONVENTION-1951"
    assert built[rm.Instrument] == [found.id]  # one instrument built, of every one listed
    assert rm.Process not in built
    entry = next(
        i
        for i in json.loads((data / "instruments.json").read_bytes())["instruments"]
        if i["id"] == found.id
    )
    assert set(built[rm.Source]) == _cited(entry)  # and the sources it cites, no other
    assert len(built[rm.Source]) == len(_cited(entry))
    assert "data:instruments.json" not in _resources.cache_keys()
    assert rm.get("REFUGEE-CONVENTION-1951") is found  # built once
    assert len(built[rm.Instrument]) == 1
    assert next(i for i in rm.instruments() if i.id == found.id) is found
    assert len(built[rm.Instrument]) == len(rm.instruments()) > 1  # the spy sees each one


def test_a_package_that_is_not_a_folder_is_read_through_importlib_resources(
    tmp_path: Path,
) -> None:
    folder = _resources._data_folder(tmp_path)  # no data folder there, as in a zip
    assert not isinstance(folder, Path) or folder != tmp_path / "data"
    shipped = (SHIPPED / "processes.json").read_bytes()
    assert folder.joinpath("processes.json").read_bytes() == shipped
    with _resources.reading(folder):
        assert rm.get("MIRPS").id == "MIRPS"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork with a thread running
@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_the_child_of_a_fork_takes_a_new_lock() -> None:
    before = _resources.lock()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through its exit status
        os._exit(0 if _resources.lock() is not before else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert _resources.lock() is before
