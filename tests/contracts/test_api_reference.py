"""The API reference shows every model's fields, typed with names a user can import.

The reference is built by mkdocstrings from what griffe reads of the source, with the
extensions listed in mkdocs.yml; this loads the package the same way and checks what
the pages will show, without building the whole site.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from project_scripts import load_script
from pydantic import BaseModel

import regional_migration as rm

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[2]

# What an annotation may name besides the package's public names: built-in, standard
# library and optional-dependency types that a user knows or can import.
_BUILTIN = frozenset(
    {
        *("None", "bool", "dict", "float", "frozenset", "int", "object", "str", "tuple"),
        *("Any", "Iterable", "Mapping", "Self", "date", "Path", "os.PathLike"),
        *("pd.DataFrame", "pd.Series", "Figure", "Axes"),
    }
)
_LITERAL = re.compile(r"Literal\[[^\]]*\]")


def test_the_site_uses_the_same_extensions() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "- griffe_pydantic:\n                  schema: false\n" in config
    assert "- scripts/griffe_public_types.py:PublicTypes\n" in config


def _reference() -> Any:
    griffe = pytest.importorskip("griffe")
    pytest.importorskip("griffe_pydantic")
    extensions = griffe.load_extensions(
        {"griffe_pydantic": {"schema": False}},
        f"{ROOT / 'scripts' / 'griffe_public_types.py'}:PublicTypes",
    )
    return griffe.load(
        "regional_migration", search_paths=[str(ROOT / "src")], extensions=extensions
    )


def _public_models() -> Iterator[str]:
    for name in sorted(rm.__all__):
        value = getattr(rm, name)
        # An earlier name kept as an alias is shown as its class, under the class's name.
        if isinstance(value, type) and issubclass(value, BaseModel) and value.__name__ == name:
            yield name


def unknown_names(annotation: str) -> list[str]:
    """The names in *annotation* that a user cannot import or does not know."""
    names = re.findall(r"[A-Za-z_][\w.]*", _LITERAL.sub("", annotation))
    return [n for n in names if n not in _BUILTIN and n not in rm.__all__]


def test_unknown_names_spots_private_types() -> None:
    assert unknown_names("tuple[Source, ...] | None") == []
    assert unknown_names("Literal['member', 'observer']") == []
    assert unknown_names("Annotated[str, StringConstraints(max_length=1)]") == [
        "Annotated",
        "StringConstraints",
        "max_length",
    ]
    assert unknown_names("Text | _Frozen") == ["Text", "_Frozen"]


def test_every_model_shows_every_field_with_a_public_type() -> None:
    package = _reference()
    models = list(_public_models())
    assert {"Membership", "Organization", "Presidency", "Document"} <= set(models)
    problems = []
    for name in models:
        shown = package[name]
        for field in getattr(rm, name).model_fields:
            attribute = shown.members.get(field)
            if attribute is None or attribute.annotation is None:
                problems.append(f"{name}.{field}: not shown")
            elif bad := unknown_names(str(attribute.annotation)):
                problems.append(f"{name}.{field}: {attribute.annotation} names {bad}")
        if bases := [str(base) for base in shown.bases if unknown_names(str(base))]:
            # Hidden by show_bases: false in mkdocs.yml, but say so if that changes.
            assert "show_bases: false" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), bases
    assert not problems, "\n".join(problems)


def test_the_reference_lists_the_fields_pydantic_has() -> None:
    # griffe_pydantic lists a model's fields under it; an inherited ``__slots__``
    # listed there, with no type, stopped the site from building.
    package = _reference()
    problems = []
    for name in _public_models():
        listed = package[name].final_target.extra["griffe_pydantic"]["fields"]()
        if sorted(listed) != sorted(getattr(rm, name).model_fields):
            problems.append(f"{name}: {sorted(set(listed) ^ set(getattr(rm, name).model_fields))}")
    assert not problems, "\n".join(problems)


def test_every_record_field_shows_its_description() -> None:
    # The records of the data files carry each field's meaning on the field
    # (``Field(description=...)``); the reference shows it under the field.
    package = _reference()
    records = [
        name for name in _public_models() if package[name].final_target.path.startswith(_DATASET)
    ]
    assert {"Process", "Membership", "Instrument", "RecordedVote", "VoteTotals"} <= set(records)
    problems = []
    for name in records:
        shown = package[name]
        for field, info in getattr(rm, name).model_fields.items():
            docstring = shown.members[field].docstring
            if docstring is None or docstring.value != info.description:
                problems.append(f"{name}.{field}")
    assert not problems, "\n".join(problems)


_DATASET = "regional_migration._dataset."


def _signatures(package: Any) -> Iterator[tuple[str, str]]:  # griffe objects
    """``(where, annotation)`` of every parameter and return of the public functions."""
    for name in sorted(rm.__all__):
        shown = package[name]
        functions = [shown] if shown.is_function else []
        if shown.is_class:
            functions += [f for n, f in shown.functions.items() if not n.startswith("_")]
        for function in functions:
            for parameter in function.parameters:
                if parameter.annotation is not None:
                    yield f"{function.path}({parameter.name})", str(parameter.annotation)
            if function.returns is not None:
                yield f"{function.path} returns", str(function.returns)


def test_every_public_signature_names_public_types() -> None:
    found = list(_signatures(_reference()))
    assert len(found) >= 40
    problems = [f"{where}: {text}" for where, text in found if unknown_names(text)]
    assert not problems, "\n".join(problems)


def test_private_aliases_are_written_out() -> None:
    package = _reference()
    models = package["_dataset.processes"]
    plain = load_script("griffe_public_types").plain
    public = frozenset(rm.__all__)
    assert plain("Sources | None", models, public) == "tuple[Source, ...] | None"
    assert plain("tuple[Text, ...]", models, public) == "tuple[str, ...]"
    assert plain("Status | NotAName", models, public) == "Status | NotAName"
    assert plain("Kind", models, frozenset()).startswith("Literal['regional_consultative_process'")
