"""The one place that reads the package's data files: bytes in, models out.

A data set is one JSON file under ``data/`` and one pydantic model describing it.
Registering one is a single line in the module that answers questions about it::

    PROCESSES = DataSet("processes.json", DataFile, tables={"sources": Source})

`load` reads the file on first use, never at import (from the package's folder, or
through `importlib.resources` when the package is not a folder, as in a zip),
turns it into the model, and caches the result: once per data set, under one lock,
so that threads racing on a first call all get the same object. `cached` keeps an
index built from data sets under the same lock, `regional_migration._core.locking.lock`,
which a fork waits for (see that module), so that a child cannot inherit a half-done load.
`clear` forgets every cached value, those of the modules above included (each
registers what it keeps with `on_clear`), and `reading` points the data layer at
another folder for a while, as a test of a damaged install does.

A question about one record need not build the whole file: `glance` gives a few
fields of every record of a list (enough to index them), `record` builds one record,
and `part` one top-level field. Each object is built once, and `load` assembles the
whole model from those same objects, so a record is the same object however it was
reached.

Every failure, from a missing file to a wrong type deep inside, raises `DataError`
naming the file and the place in it.

How a file is checked (see ``docs/architecture.md`` for the decision): a built wheel
records the SHA-256 digest of each data file it ships in ``data/digests.json``
(written by ``hatch_build.py``), and CI runs the whole suite, which validates those
very bytes, against that wheel. A file whose digest matches is built straight from its
JSON with `pydantic.BaseModel.model_construct`, so that no validator is built at
start-up. Any other file (a source checkout, an edited or damaged install) is validated
in full by the model, and that result is kept.
"""

from __future__ import annotations

import collections.abc
import contextlib
import functools
import gc
import hashlib
import types
from datetime import date
from pathlib import Path
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    Generic,
    NamedTuple,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
)

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import from_json

from regional_migration._core.dates import PartialDate
from regional_migration._core.locking import lock
from regional_migration._core.public import publish
from regional_migration.errors import DataError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping
    from importlib.resources.abc import Traversable

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC: tuple[str, ...] = ("clear_caches",)
TYPES: tuple[str, ...] = ()

__all__ = [
    "DIGESTS_FILE",
    "DataSet",
    "LockedBuild",
    "cache_keys",
    "cached",
    "clear",
    "clear_caches",
    "digest",
    "glance",
    "load",
    "lock",
    "on_clear",
    "part",
    "read_bytes",
    "reading",
    "record",
    "validate",
]

DIGESTS_FILE = "digests.json"
"""The file, next to the data, in which a wheel records the digests of its data files."""

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")

Context = dict[str, "Mapping[str, BaseModel]"]
"""Tables that a data file refers into by id, such as its sources, by table name."""


# A named tuple rather than a dataclass: it is defined at every start, and a named
# tuple costs a fifth of a frozen dataclass to define.
class DataSet(NamedTuple, Generic[M]):
    """One data file and the model that describes it.

    Attributes:
        file: the file's name under ``data/``.
        model: the model of the whole file.
        tables: lists of records that the rest of the file refers to by their ``id``,
            by the key of the list in the file, such as ``{"sources": Source}``. They
            are read first and passed to validation as its context.
    """

    file: str
    model: type[M]
    tables: Mapping[str, type[BaseModel]] = types.MappingProxyType({})


_cache: dict[str, object] = {}


class LockedBuild(BaseModel, defer_build=True):
    """A base for models built on first use (``defer_build``): built under the lock.

    pydantic builds such a model's validator on its first validation or dump, and
    since 2.12 holds a lock of its own meanwhile; a fork taken then would leave the
    child waiting on that lock. Built under this lock, which a fork waits for, the
    build is never copied half done.
    """

    @classmethod
    def model_rebuild(
        cls,
        *,
        force: bool = False,
        raise_errors: bool = True,
        _parent_namespace_depth: int = 2,
        _types_namespace: Any = None,  # noqa: ANN401 - its type differs across pydantic
    ) -> bool | None:
        """Build the model as pydantic does, under the lock."""
        if cls.__pydantic_complete__ and not force:
            return None
        with lock():
            return super().model_rebuild(
                force=force,
                raise_errors=raise_errors,
                _parent_namespace_depth=_parent_namespace_depth + 1,
                _types_namespace=_types_namespace,
            )


_MISSING = object()


def cached(key: str, build: Callable[[], T]) -> T:
    """Return the value cached under *key*, building it once, under the data lock.

    The cyclic garbage collector waits meanwhile (see `_collector_paused`).
    """
    found = _cache.get(key, _MISSING)
    if found is _MISSING:
        with lock(), _collector_paused():
            found = _cache.get(key, _MISSING)
            if found is _MISSING:  # another thread may have built it meanwhile
                found = build()
                _cache[key] = found
    return cast("T", found)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector from running inside the block.

    A first load makes tens of thousands of objects (a parsed file, its records), none
    of them garbage; each few hundred would start a collection, which walks every
    object the process holds, pydantic's included: about a millisecond of a first
    answer. The collector runs again as usual after the block. Left alone where it was
    already off (a caller's choice, or an enclosing build's).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


_forgetters: list[Callable[[], None]] = []


def on_clear(forget: Callable[[], None]) -> Callable[[], None]:
    """Have `clear` call *forget*, which empties a cache kept outside this module.

    A module above keeps such a cache only where a plain dictionary or
    `functools.lru_cache` answers faster than `cached`; it registers it here once, at
    import, so that one `clear` still forgets everything.
    """
    _forgetters.append(forget)
    return forget


def clear() -> None:
    """Forget every cached value: the data sets, the indexes, and every side cache.

    The next question reads the files again. Objects already handed out stay valid.
    """
    with lock():
        _cache.clear()
        _plans.clear()
        _partial_date.cache_clear()
        for forget in _forgetters:
            forget()


def clear_caches() -> None:
    """Forget everything read and built so far; the next question reads the data again.

    Answers and records already handed out stay valid. Useful to free memory in a
    long-running process, or to read the data anew after the installed files changed.

    Examples:
        >>> import regional_migration as rm
        >>> first = rm.get("MIRPS")
        >>> rm.clear_caches()
        >>> rm.get("MIRPS") == first, rm.get("MIRPS") is first
        (True, False)
    """
    clear()


def cache_keys() -> tuple[str, ...]:
    """The keys of what `cached` holds now, sorted: what has been read and built."""
    return tuple(sorted(_cache))


_reading: list[Traversable] = []


@contextlib.contextmanager
def reading(folder: Traversable) -> Iterator[Traversable]:
    """Read the data files from *folder* instead of the package's, inside the block.

    Every cache is cleared on entry and on exit, so that nothing read from one folder
    answers for the other.

    Examples:
        >>> import regional_migration as rm
        >>> with reading(_data_folder(_PACKAGE)):
        ...     rm.get("MIRPS").id
        'MIRPS'
    """
    with lock():
        clear()
        _reading.append(folder)
    try:
        yield folder
    finally:
        with lock():
            _reading.pop()
            clear()


def load(data_set: DataSet[M]) -> M:
    """The data set's model, read and checked on the first call, then cached.

    Raises:
        DataError: the file is missing, unreadable, not JSON, or does not match the
            model; the error names the file and the place.
    """

    def build() -> M:
        opened = _open(data_set)
        if opened.model is not None:
            return cast("M", opened.model)
        fields = {key: part(data_set, key) for key in opened.json}
        return data_set.model.model_construct(None, **fields)

    return cached(f"data:{data_set.file}", build)


def part(data_set: DataSet[M], key: str) -> object:
    """The value of the top-level field *key* of the data set's file, built once.

    A list of records is built record by record, through `record`.

    Raises:
        DataError: as `load`.
    """
    opened = _open(data_set)
    if opened.model is not None:
        return getattr(opened.model, key)

    def build() -> object:
        if key in opened.tables:
            return tuple(opened.tables[key].values())
        if _record_model(data_set, key) is not None:
            entries = cast("list[object]", opened.json[key])
            return tuple(record(data_set, key, position) for position in range(len(entries)))
        kind = data_set.model.model_fields[key].annotation
        return _convert(kind, opened.json[key], opened.tables)

    return cached(f"part:{data_set.file}:{key}", build)


def record(data_set: DataSet[M], key: str, position: int) -> BaseModel:
    """Record *position* of the list *key* of the data set's file, built once.

    Raises:
        DataError: as `load`.
        TypeError: *key* is not a list of records.
    """

    def build() -> BaseModel:
        model = _listed_model(data_set, key)
        opened = _open(data_set)
        if opened.model is not None:
            return cast("BaseModel", getattr(opened.model, key)[position])
        entries = cast("list[object]", opened.json[key])
        return cast("BaseModel", _convert(model, entries[position], opened.tables))

    # After the first call the cache answers alone: every `get` of a process comes here.
    return cached(f"record:{data_set.file}:{key}:{position}", build)


def glance(data_set: DataSet[M], key: str, names: tuple[str, ...]) -> tuple[dict[str, object], ...]:
    """The fields *names* of every record of the list *key*, without building the records.

    Enough to index a list (by ids and names) before any of its records is asked for.

    Raises:
        DataError: as `load`.
        TypeError: *key* is not a list of records.
    """
    model = _listed_model(data_set, key)
    opened = _open(data_set)
    if opened.model is not None:
        records = cast("tuple[BaseModel, ...]", getattr(opened.model, key))
        return tuple({name: getattr(r, name) for name in names} for r in records)
    fields = model.model_fields
    plan = {name: _converter(fields[name].annotation) for name in names}
    entries = cast("list[dict[str, object]]", opened.json[key])
    with lock():  # a field may refer into a table, whose records are built under the lock
        return tuple(
            {
                name: convert(entry[name], opened.tables)
                if name in entry
                else fields[name].get_default(call_default_factory=True)
                for name, convert in plan.items()
            }
            for entry in entries
        )


def _record_model(data_set: DataSet[M], key: str) -> type[BaseModel] | None:
    """The model of the records of the top-level field *key*, if it is a list of them."""
    kind = data_set.model.model_fields[key].annotation  # pydantic keeps Annotated's extras apart
    if get_origin(kind) is not tuple:
        return None
    item = get_args(kind)[0]
    return item if isinstance(item, type) and issubclass(item, BaseModel) else None


def _listed_model(data_set: DataSet[M], key: str) -> type[BaseModel]:
    """The model of the records of the top-level field *key*, which must list records.

    Raises:
        TypeError: *key* is not a list of records: a mistake in the calling code.
    """
    model = _record_model(data_set, key)
    if model is None:
        raise TypeError(f"{data_set.file}: {key!r} is not a list of records")
    return model


# The package's folder: this module's folder is one of its subfolders.
_PACKAGE = Path(__file__).parent.parent


def _folder() -> Traversable:
    """The package's data folder, wherever the package is (a folder, a zip, a wheel).

    Inside `reading`, the folder it was given.
    """
    if _reading:
        return _reading[-1]
    return _data_folder(_PACKAGE)


def _data_folder(package: Path) -> Traversable:
    """The ``data`` folder of the package installed at *package*.

    Where the package is a folder on disk, as pip installs a wheel, it is read
    directly; `importlib.resources` (which imports tempfile, shutil, zipfile and the
    compression modules, several milliseconds of a first answer) serves any other
    place, such as a zip.
    """
    folder = package / "data"
    if folder.is_dir():
        return folder
    import importlib.resources  # noqa: PLC0415 - cost: importlib.resources, for a zip

    return importlib.resources.files("regional_migration").joinpath("data")


def read_bytes(file: str) -> bytes:
    """The bytes of the data file *file*.

    Raises:
        DataError: the file is missing, is a directory, or cannot be read.
    """
    try:
        return _folder().joinpath(file).read_bytes()
    except OSError as exc:
        problem = exc.strerror or type(exc).__name__
        raise DataError(file, "", f"cannot be read ({problem})") from None


def digest(raw: bytes) -> str:
    """The SHA-256 digest of *raw*, in hexadecimal, as ``data/digests.json`` records it."""
    return hashlib.sha256(raw).hexdigest()


def _proven() -> Mapping[str, str]:
    """The digests recorded when the wheel was built; empty in a source checkout."""

    def read() -> Mapping[str, str]:
        try:
            recorded = from_json(_folder().joinpath(DIGESTS_FILE).read_bytes())
        except (OSError, ValueError):
            return types.MappingProxyType({})
        if not isinstance(recorded, dict):
            return types.MappingProxyType({})
        return types.MappingProxyType(
            {k: v for k, v in recorded.items() if isinstance(k, str) and isinstance(v, str)}
        )

    return cached("digests", read)


class _Opened:
    """A data file known to be valid, as its JSON or as the model it was validated into.

    A file proven by its digest is kept as its JSON, from which records are built on
    demand, with its tables (see `DataSet.tables`) as lazily built mappings; any other
    file is validated whole, and ``model`` holds the result. A plain class with slots:
    defined at every start, it costs a fraction of a named tuple, and only this module
    makes one.
    """

    __slots__ = ("json", "model", "tables")

    def __init__(
        self, json: Mapping[str, object], tables: Context, model: BaseModel | None
    ) -> None:
        self.json = json
        self.tables = tables
        self.model = model


def _open(data_set: DataSet[M]) -> _Opened:
    """The data set's file, read and proven valid once (see the module's docstring)."""

    def build() -> _Opened:
        raw = read_bytes(data_set.file)
        if _proven().get(data_set.file) != digest(raw):
            return _Opened({}, {}, validate(data_set, raw))
        parsed = cast("dict[str, object]", from_json(raw))  # an object: proven by its digest
        tables: Context = {
            key: _Table(model, cast("list[dict[str, object]]", parsed[key]))
            for key, model in data_set.tables.items()
        }
        return _Opened(parsed, tables, None)

    return cached(f"file:{data_set.file}", build)


class _Table(collections.abc.Mapping[str, BaseModel]):
    """The records of a table of a proven file by id, each built when first looked up.

    Only the data layer builds them, always under its lock.
    """

    def __init__(self, model: type[BaseModel], entries: list[dict[str, object]]) -> None:
        self._model = model
        self._entries = {cast("str", entry["id"]): entry for entry in entries}
        self._built: dict[str, BaseModel] = {}

    def __getitem__(self, key: str) -> BaseModel:
        found = self._built.get(key)
        if found is None:
            found = cast("BaseModel", _convert(self._model, self._entries[key], {}))
            self._built[key] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


def _id(record: BaseModel) -> str:
    """The ``id`` of a record of a table (`DataSet.tables` lists models that have one)."""
    return str(getattr(record, "id"))  # noqa: B009 - typed as any model


def validate(data_set: DataSet[M], raw: bytes) -> M:
    """Parse and validate *raw* as the data set's file, whatever its digest.

    Raises:
        DataError: *raw* is not JSON (or nests too deeply), or does not match the model.
    """
    try:
        parsed = from_json(raw)
    except ValueError as exc:
        raise DataError(data_set.file, "", f"not valid JSON: {exc}") from None
    context: Context = {}
    for key, model in data_set.tables.items() if isinstance(parsed, dict) else ():
        try:
            adapter = TypeAdapter(tuple[model, ...])  # type: ignore[valid-type]
            records = adapter.validate_python(parsed.get(key))
        except ValidationError as exc:
            raise _data_error(data_set.file, exc, key) from None
        table: dict[str, BaseModel] = {}
        for position, record in enumerate(records):
            record_id = _id(record)
            if record_id in table:
                place = f"{key}.{position}.id"
                raise DataError(data_set.file, place, f"{record_id!r} is listed twice")
            table[record_id] = record
        context[key] = types.MappingProxyType(table)
    try:
        # Validated as JSON, as the file is, so that errors speak of JSON types.
        return data_set.model.model_validate_json(raw, context=context)
    except ValidationError as exc:
        raise _data_error(data_set.file, exc) from None


def _data_error(file: str, exc: ValidationError, *within: str) -> DataError:
    """The first problem pydantic found, where it found it, and how many more."""
    problems = exc.errors(include_url=False)
    places = list(dict.fromkeys(_place((*within, *problem["loc"])) for problem in problems))
    problem = problems[0]["msg"]
    if len(places) > 1:
        problem += f" (and {len(places) - 1} more problems)"
    return DataError(file, places[0], problem)


def _place(loc: tuple[int | str, ...]) -> str:
    """A location as the file's keys and positions, without pydantic's schema tags.

    Tags name the branch of a union that failed, such as ``literal['refuse']``.
    """
    return ".".join(
        str(part)
        for part in loc
        if not (isinstance(part, str) and "[" in part and not part.startswith("["))
    )


def _convert(kind: object, value: object, context: Context) -> object:
    """Turn the JSON *value*, proven valid, into the Python value of type *kind*."""
    return _converter(kind)(value, context)


def _converter(kind: object) -> Callable[[object, Context], object]:  # noqa: PLR0911
    """A function that turns JSON proven valid into the Python value of type *kind*.

    It gives what validation would give: models (built with ``model_construct``),
    tuples, `datetime.date` and `PartialDate` values, and ids looked up in the
    context's tables. A test checks that the result equals the validated one.
    """
    origin = get_origin(kind)
    if origin is Annotated:
        return _converter(get_args(kind)[0])
    if origin in (Union, types.UnionType):
        return _union_converter(kind)
    if origin is tuple:
        item = _converter(get_args(kind)[0])
        return lambda value, context: tuple(
            item(element, context) for element in cast("list[object]", value)
        )
    if origin is dict:
        key, item = (_converter(arg) for arg in get_args(kind))
        return lambda value, context: {
            key(k, context): item(element, context)
            for k, element in cast("dict[str, object]", value).items()
        }
    if origin is collections.abc.Mapping:  # read-only, as the model's validator makes it
        as_dict = _converter(dict[get_args(kind)])  # type: ignore[misc]
        return lambda value, context: types.MappingProxyType(
            dict(sorted(cast("dict[str, object]", as_dict(value, context)).items()))
        )
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return _model_converter(kind)
    if kind is PartialDate:
        return lambda value, _: _partial_date(cast("str", value))
    if kind is date:
        return lambda value, _: date.fromisoformat(cast("str", value))
    return _as_is  # text, numbers and literal words


def _union_converter(kind: object) -> Callable[[object, Context], object]:
    """Convert the member of the union *kind* that is not ``None``."""
    chosen = [_converter(arg) for arg in get_args(kind) if arg is not type(None)]
    if len(chosen) > 1:  # a choice between text kinds, such as a code or "refuse"
        if any(convert is not _as_is for convert in chosen):  # pragma: no cover
            raise AssertionError(f"no rule to build {kind!r} from proven data")
        return _as_is
    inner = chosen[0]
    return lambda value, context: None if value is None else inner(value, context)


# The same few hundred dates recur across a file (the days sources were read, the
# starts of memberships); a partial date is immutable, so one object serves each text.
_partial_date = functools.lru_cache(maxsize=4096)(PartialDate)


def _as_is(value: object, _context: Context) -> object:
    """Text, numbers and literal words: as JSON has them."""
    return value


_plans: dict[type[BaseModel], dict[str, Callable[[object, Context], object]]] = {}


def _model_converter(model: type[BaseModel]) -> Callable[[object, Context], object]:
    """Build *model* from a JSON object, or look it up by id in the context's tables."""

    def build(value: object, context: Context) -> object:
        if isinstance(value, str):
            return next(t[value] for t in context.values() if isinstance(t.get(value), model))
        plan = _plans.get(model)
        if plan is None:  # planned on first use, once per model
            fields = model.model_fields
            plan = _plans[model] = {name: _converter(f.annotation) for name, f in fields.items()}
        items = cast("dict[str, object]", value).items()
        return model.model_construct(None, **{name: plan[name](v, context) for name, v in items})

    return build


publish(globals())
