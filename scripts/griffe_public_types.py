"""Show fields in the API reference with the types a user reads.

The models annotate their fields with private type aliases that carry validation
rules (``Text`` is a ``str`` of 1 to 2,000 characters, ``Sources`` a non-empty tuple
of ``Source``). A reader of the reference needs what a field holds, and cannot import
those aliases, so this griffe extension, listed in ``mkdocs.yml``, writes each alias
that the package does not export as the type it stands for, without the validation
rules of ``Annotated[...]``.
"""

from __future__ import annotations

import ast
import re
from typing import Any

import griffe

_NAME = re.compile(r"\b[A-Za-z_]\w*\b")
_ANNOTATED = frozenset({"typing.Annotated", "typing_extensions.Annotated"})


def _aliased(scope: griffe.Module, name: str) -> tuple[griffe.Expr, griffe.Module] | None:
    """The value of the type alias *name* in *scope* and the module defining it, if any."""
    member = scope.members.get(name)
    try:
        target = member.final_target if isinstance(member, griffe.Alias) else member
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    if not isinstance(target, griffe.Attribute):
        return None
    value = target.value
    if isinstance(value, griffe.ExprSubscript) and value.canonical_path in _ANNOTATED:
        inner = value.slice
        value = inner.elements[0] if isinstance(inner, griffe.ExprTuple) else inner
    if not isinstance(value, griffe.ExprSubscript | griffe.ExprName | griffe.ExprBinOp):
        return None
    return value, target.module


def plain(annotation: str, scope: griffe.Module, public: frozenset[str]) -> str:
    """*annotation* with every alias that is not in *public* written out, recursively."""

    def expand(match: re.Match[str]) -> str:
        name = match[0]
        found = None if name in public else _aliased(scope, name)
        if found is None:
            return name
        value, module = found
        return plain(str(value), module, public)

    return _NAME.sub(expand, annotation)


class PublicTypes(griffe.Extension):
    """Rewrite the annotations of the package's functions and class attributes."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:  # noqa: ARG002, ANN401
        """Rewrite the annotations once the package is loaded."""
        public = frozenset(str(name) for name in pkg.exports or ())
        for module in _modules(pkg):
            functions = list(module.functions.values())
            for cls in module.classes.values():
                _not_fields(cls)
                functions.extend(cls.functions.values())
                for attribute in cls.attributes.values():
                    attribute.annotation = _plain(attribute.annotation, module, cls, public)
            for function in functions:
                function.returns = _plain(function.returns, module, function, public)
                for parameter in function.parameters:
                    parameter.annotation = _plain(parameter.annotation, module, function, public)


def _not_fields(cls: griffe.Class) -> None:
    """Unmark what griffe_pydantic takes for a field and pydantic does not.

    pydantic never makes a field of a name that starts with an underscore; a mixin's
    ``__slots__``, inherited by a model, is otherwise listed as a field with no type.
    """
    for name, member in cls.all_members.items():
        if name.startswith("_") and "pydantic-field" in member.labels:
            member.labels.discard("pydantic-field")


def _modules(package: griffe.Module) -> list[griffe.Module]:
    """Every module of *package*, those inside its folders included."""
    found = []
    for module in package.modules.values():
        if module.is_alias:  # a module imported here, found again at its own place
            continue
        found.append(module)
        found.extend(_modules(module))
    return found


def _plain(
    annotation: str | griffe.Expr | None,
    module: griffe.Module,
    parent: griffe.Object,
    public: frozenset[str],
) -> str | griffe.Expr | None:
    """*annotation* with private aliases written out, resolved from *parent*'s scope."""
    if annotation is None:
        return None
    text = str(annotation)
    new = plain(text, module, public)
    if new == text:
        return annotation
    scope = parent if isinstance(parent, griffe.Class) else module
    return griffe.safe_get_annotation(ast.parse(new, mode="eval").body, scope)
