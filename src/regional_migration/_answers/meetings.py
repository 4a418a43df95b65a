"""Meetings across processes: which met when and where, filtered by process, country, days.

A pure function of the loaded processes; the answer is a tuple of `Meeting` records that
exports itself like every table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from regional_migration._core.dates import as_date
from regional_migration._core.export import Answer
from regional_migration._core.public import publish
from regional_migration._countries.lookup import country_code
from regional_migration._dataset.processes import Meeting, Process
from regional_migration._dataset.registry import ProcessKey, get, processes, provenance
from regional_migration.errors import InvalidArgumentError

if TYPE_CHECKING:
    from datetime import date

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = ("MeetingList", "meetings")
TYPES: tuple[str, ...] = ()

__all__ = ["MEETING_COLUMNS", "MeetingList", "meetings"]

MEETING_COLUMNS = (
    "process",
    "id",
    "number",
    "name",
    "kind",
    "date",
    "earliest",
    "latest",
    "city",
    "country",
    "online",
    "host",
    "opened",
    "closed",
    "documents",
    "attended",
    "sources",
)
"""The columns of an exported `MeetingList`, in order."""


def _record(process: str, meeting: Meeting) -> dict[str, object]:
    return {
        "process": process,
        "id": meeting.id,
        "number": meeting.number,
        "name": meeting.name,
        "kind": meeting.kind,
        "date": str(meeting.date),
        "earliest": meeting.date.earliest.isoformat(),
        "latest": meeting.date.latest.isoformat(),
        "city": meeting.city,
        "country": meeting.country,
        "online": meeting.online,
        "host": meeting.host,
        "opened": meeting.opened,
        "closed": meeting.closed,
        "documents": " | ".join(meeting.documents) or None,
        "attended": " ".join(meeting.attended) or None,
        "sources": " ".join(s.id for s in meeting.sources),
    }


class MeetingList(tuple[tuple[str, Meeting], ...], Answer):
    """Meetings as ``(process id, Meeting)`` pairs in date order, with exports."""

    __slots__ = ()

    columns = MEETING_COLUMNS

    def records(self) -> tuple[dict[str, object], ...]:
        """Every meeting as one flat row of `MEETING_COLUMNS`."""
        return tuple(_record(process, meeting) for process, meeting in self)

    def provenance(self) -> dict[str, str]:
        """The data version; a list of meetings asks about no single day."""
        return provenance("every meeting")

    def _title(self) -> str:
        return f"{len(self)} meetings"

    def __repr__(self) -> str:
        """One line: how many meetings, of which processes."""
        ids = sorted({process for process, _ in self})
        return f"<{len(self)} meetings of {', '.join(ids) or 'no process'}>"


def meetings(
    process: ProcessKey | None = None,
    *,
    country: str | None = None,
    between: tuple[date | str, date | str] | None = None,
) -> MeetingList:
    """The recorded meetings, in date order: of one *process*, or of every process.

    *country* keeps the meetings held in, hosted by or (where a source lists who came)
    attended by that country. *between* is ``(first, last)``, two days inclusive: a
    meeting counts if it may have met within them. Meetings not found in the sources
    are not listed; each process's notes say which are missing.

    Raises:
        UnknownProcessError: *process* names no process.
        InvalidArgumentError: *process* names an instrument, or *between* is reversed.
        UnknownCountryError: *country* names no country.

    Examples:
        >>> [m.name for _, m in meetings("MIRPS", between=("2024-12-01", "2024-12-31"))]
        ['VII Reunión Anual del MIRPS']
        >>> [
        ...     (p, str(m.date))
        ...     for p, m in meetings(country="SV", between=("2025-10-01", "2025-12-31"))
        ... ]
        [('CRM', '2025-10'), ('MIRPS', '2025-11-25')]
    """
    if process is None:
        chosen: tuple[Process, ...] = processes()
    else:
        found = get(process)
        if not isinstance(found, Process):
            raise InvalidArgumentError("process", found.id, "instruments have no meetings")
        chosen = (found,)
    code = None if country is None else country_code(country)
    first = last = None
    if between is not None:
        first, last = as_date(between[0]), as_date(between[1])
        if last < first:
            raise InvalidArgumentError("between", between, "give the first day, then the last")
    picked = [
        (p.id, m)
        for p in chosen
        for m in p.meetings
        if (code is None or code in (m.country, m.host, *m.attended))
        and (first is None or m.date.latest >= first)
        and (last is None or m.date.earliest <= last)
    ]
    picked.sort(key=lambda pair: (pair[1].date, pair[0], pair[1].id))
    return MeetingList(picked)


publish(globals())
