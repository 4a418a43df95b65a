"""Timelines: the dated events of a process or instrument, from its membership periods.

A pure function of one process or instrument: its founding (or adoption), then every
country joining, changing status, being suspended or leaving, in date order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import BaseModel

from regional_migration._core.dates import PartialDate
from regional_migration._core.export import Answer, FrameShape, View
from regional_migration._core.public import publish
from regional_migration._dataset.processes import Process
from regional_migration._dataset.records import ActionKind, Membership, Status
from regional_migration._dataset.registry import ProcessKey, get, provenance

if TYPE_CHECKING:
    from datetime import date

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = (
    "Timeline",
    "timeline",
)
TYPES: tuple[str, ...] = (
    "EventKind",
    "TimelineEvent",
)

__all__ = ["TIMELINE_COLUMNS", "EventKind", "Timeline", "TimelineEvent", "timeline"]

TIMELINE_COLUMNS = (
    "process",
    "date",
    "earliest",
    "latest",
    "kind",
    "country",
    "status",
    "previous",
)
"""The columns of an exported `Timeline`, in order."""


EventKind = Literal["founded", "adopted", "joined", "status_changed", "suspended", "left"]
"""What happened in a `TimelineEvent`."""

_KIND_ORDER: dict[str, int] = {
    "founded": 0,
    "adopted": 0,
    "left": 1,
    "suspended": 2,
    "status_changed": 3,
    "joined": 4,
}


class TimelineEvent(BaseModel, frozen=True, extra="forbid"):
    """One dated change: a founding or adoption, or a country's status changing.

    Attributes:
        process: the process or instrument id.
        date: when it happened, as precisely as the sources say.
        kind: ``"founded"`` (a process), ``"adopted"`` (an instrument), ``"joined"``,
            ``"status_changed"``, ``"suspended"`` or ``"left"``.
        country: the country concerned; ``None`` for the founding.
        status: the status from this event on; ``None`` for the founding and for
            leaving.
        previous: the status before this event, if the country had one.
        by: for an instrument, the state's act behind the event (a ratification, a
            withdrawal...).
    """

    process: str
    date: PartialDate
    kind: EventKind
    country: str | None = None
    status: Status | None = None
    previous: Status | None = None
    by: ActionKind | None = None

    def __repr__(self) -> str:
        """One line: process, date, what happened, to whom."""
        who = "" if self.country is None else f" {self.country}"
        change = "" if self.status is None else f" -> {self.status}"
        return f"<TimelineEvent {self.process} {self.date}: {self.kind}{who}{change}>"

    def __str__(self) -> str:
        """The same line as `repr`."""
        return repr(self)

    def record(self) -> dict[str, str | None]:
        """The event as flat text, one entry per column of `TIMELINE_COLUMNS`."""
        return {
            "process": self.process,
            "date": str(self.date),
            "earliest": self.date.earliest.isoformat(),
            "latest": self.date.latest.isoformat(),
            "kind": self.kind,
            "country": self.country,
            "status": self.status,
            "previous": self.previous,
        }


class Timeline(Answer, tuple[TimelineEvent, ...]):
    """The events of a process: a tuple that exports itself and shows as a table.

    It follows the export protocol of every answer: `to_csv`, `to_json` and
    `to_pandas` carry its provenance (the data version), and ``earliest`` and
    ``latest`` become dates in pandas.
    """

    __slots__ = ()

    frame_shape: ClassVar[FrameShape] = FrameShape(text=True, dates=("earliest", "latest"))

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of `records`: `TIMELINE_COLUMNS`."""
        return TIMELINE_COLUMNS

    def records(self) -> tuple[dict[str, str | None], ...]:
        """Every event as flat text (see `TimelineEvent.record`)."""
        return tuple(event.record() for event in self)

    def provenance(self) -> dict[str, str]:
        """The data version, and ``on``: every event."""
        return provenance("every event")

    @property
    def processes(self) -> tuple[str, ...]:
        """The ids of the processes or instruments whose events these are, sorted."""
        return tuple(sorted({event.process for event in self}))

    def __repr__(self) -> str:
        """One line: the count of events and the process."""
        return f"<Timeline of {', '.join(self.processes) or 'nothing'}: {len(self)} events>"

    def _title(self) -> str:
        return f"Events of {', '.join(self.processes) or 'nothing'}"

    def _view(self) -> View:
        shown = ("date", "kind", "country", "status", "previous")
        return View(shown, [[r[c] for c in shown] for r in self.records()])


def _follows(before: Membership, after: Membership | None) -> bool:
    """Whether *after* takes over from *before* for the same country with no gap."""
    return after is not None and before.country == after.country and before.until == after.since


def _event_order(event: TimelineEvent) -> tuple[date, date, str, int]:
    when = event.date
    return (when.earliest, when.latest, event.country or "", _KIND_ORDER[event.kind])


def timeline(process: ProcessKey) -> Timeline:
    """The dated events of *process*, earliest first.

    A country *joins* when its first period starts. When a period follows another
    without a gap, the change is *suspended* (to the suspended status) or
    *status_changed* (any other change of status). A period that ends with no other
    following on the same day means the country *left*; a later period then counts
    as joining again. A status that began before the process was founded (as in a
    forum of an older bloc) counts from the founding; periods over by then are left
    out. Events are sorted by their earliest possible day, then country.

    The result is a tuple with `Timeline.to_pandas`, `Timeline.to_csv` and
    `Timeline.to_json`.

    Examples:
        >>> timeline("MIRPS")[0].kind
        'founded'
        >>> [(e.kind, str(e.date)) for e in timeline("MIRPS") if e.country == "SV"]
        [('joined', '2019-07-01/2019-07-26')]
        >>> [(e.kind, str(e.date), e.by) for e in timeline("GCM") if e.country == "BR"]
        [('joined', '2018-12-10', 'adoption'), ('left', '2019-01-08', 'withdrawal'), \
('joined', '2023-01-05', 'return')]
    """
    found = get(process)
    if isinstance(found, Process):
        start, first = (
            found.founded,
            TimelineEvent(process=found.id, date=found.founded, kind="founded"),
        )
    else:
        start, first = (
            found.adopted,
            TimelineEvent(process=found.id, date=found.adopted, kind="adopted"),
        )
    events = [first]
    periods = tuple(
        m for m in found.memberships if m.until is None or m.until.latest > start.earliest
    )
    # Each period with its neighbours; slicing after padding keeps the three the same
    # length even when no period is left.
    for before, record, after in zip(
        (None, *periods)[:-1], periods, (*periods, None)[1:], strict=True
    ):
        kind: EventKind = "joined"
        was: Status | None = None
        since = record.since
        if since.latest < start.earliest:
            since = start
        elif before is not None and _follows(before, record):
            kind = "suspended" if record.status == "suspended" else "status_changed"
            was = before.status
        events.append(
            TimelineEvent(
                process=found.id,
                date=since,
                kind=kind,
                country=record.country,
                status=record.status,
                previous=was,
                by=record.began_by,
            )
        )
        if record.until is not None and not _follows(record, after):
            events.append(
                TimelineEvent(
                    process=found.id,
                    date=record.until,
                    kind="left",
                    country=record.country,
                    previous=record.status,
                    by=record.ended_by,
                )
            )
    return Timeline(sorted(events, key=_event_order))


publish(globals())
