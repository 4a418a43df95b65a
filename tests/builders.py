"""Small records built through the real models, for tests that need made-up data."""

from __future__ import annotations

from typing import Any

from regional_migration import Process

SOURCE: dict[str, str] = {
    "id": "example",
    "url": "https://example.org/page",
    "title": "Example page",
    "publisher": "Example",
    "seen": "2026-11",
}
# The columns of a membership table's exports, in order, as docs/compare.md lists them.
COLUMNS = (
    "country",
    "alpha3",
    "numeric",
    "name",
    "process",
    "status",
    "since",
    "until",
    "since_earliest",
    "since_latest",
    "until_earliest",
    "until_latest",
    "certainty",
)
NAME: dict[str, str] = {"en": "Test", "es": "Prueba", "fr": "Essai", "pt": "Teste"}


def membership(country: str = "MX", since: str = "2000", **changes: Any) -> dict[str, Any]:
    """A membership record as the data file holds it, with one source."""
    record: dict[str, Any] = {
        "country": country,
        "status": "member",
        "since": since,
        "confidence": "high",
        "sources": [SOURCE],
    }
    record.update(changes)
    return record


def process(*memberships: dict[str, Any], **changes: Any) -> Process:
    """A process validated by the real model; *changes* override any field."""
    record: dict[str, Any] = {
        "id": "TEST",
        "name": NAME,
        "kind": "declaration",
        "founded": "2000-01-01",
        "founding": "Adopted at a test meeting.",
        "memberships": list(memberships),
        "sources": [SOURCE],
    }
    record.update(changes)
    return Process.model_validate(record)
