"""Public objects name the package's face, ``regional_migration``, as their module.

Each private module that holds part of the public API lists it in two tuples,
``PUBLIC`` (verbs and answers) and ``TYPES`` (the record parts and aliases that
annotations name, also served by ``regional_migration.types``), and calls
:func:`publish` last, so that reprs, pickles and the documentation name the path
users import from, never a private module: moving a module then breaks no stored
pickle. Only classes and functions carry a module; type aliases are left as they are.
"""

from __future__ import annotations

from types import FunctionType
from typing import Any

FACE = "regional_migration"


def publish(namespace: dict[str, Any]) -> None:
    """Set ``__module__`` to the face on every class and function the module exports."""
    for name in (*namespace["PUBLIC"], *namespace["TYPES"]):
        value = namespace[name]
        if isinstance(value, type | FunctionType):
            value.__module__ = FACE
