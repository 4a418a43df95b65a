"""The parts of the records and the aliases that annotations name.

``import regional_migration as rm`` gives the verbs, the main answers and the
errors; this module gathers the smaller types a program names in its annotations
(``Membership``, ``Source``, ``Status``, ``Rule``...). They are also served at the
top of the package during the 0.x series.

Written by ``scripts/generate_face.py`` from the ``TYPES`` tuple of each module.
"""

from __future__ import annotations

from regional_migration._answers.compare import Metric
from regional_migration._answers.country_year import PanelForm
from regional_migration._answers.profile import ProfileRow
from regional_migration._answers.tables import MembershipRow, PanelRow
from regional_migration._answers.timeline import EventKind, TimelineEvent
from regional_migration._core.dates import Rule
from regional_migration._core.text import Language
from regional_migration._countries.lookup import CodeForm, Column, Scheme
from regional_migration._dataset.instruments import (
    Acronym,
    Action,
    InForceRule,
    InstrumentDiscrepancy,
    InstrumentKind,
    NonParty,
    Unknown,
    UnsettledPosition,
)
from regional_migration._dataset.processes import (
    KINDS,
    Discrepancy,
    Document,
    Kind,
    Meeting,
    MeetingKind,
    Organization,
    PendingEvent,
    Presidency,
    Secretariat,
    WorkingGroup,
)
from regional_migration._dataset.records import (
    ActionKind,
    Confidence,
    LocalizedNames,
    LocalizedText,
    Membership,
    SourceKind,
    Status,
)
from regional_migration._dataset.registry import Arrangement, ProcessKey
from regional_migration._dataset.votes import VoteChoice, VoteTotals
from regional_migration._outputs.map import MapMode, MapRow

__all__ = [
    "KINDS",
    "Acronym",
    "Action",
    "ActionKind",
    "Arrangement",
    "CodeForm",
    "Column",
    "Confidence",
    "Discrepancy",
    "Document",
    "EventKind",
    "InForceRule",
    "InstrumentDiscrepancy",
    "InstrumentKind",
    "Kind",
    "Language",
    "LocalizedNames",
    "LocalizedText",
    "MapMode",
    "MapRow",
    "Meeting",
    "MeetingKind",
    "Membership",
    "MembershipRow",
    "Metric",
    "NonParty",
    "Organization",
    "PanelForm",
    "PanelRow",
    "PendingEvent",
    "Presidency",
    "ProcessKey",
    "ProfileRow",
    "Rule",
    "Scheme",
    "Secretariat",
    "SourceKind",
    "Status",
    "TimelineEvent",
    "Unknown",
    "UnsettledPosition",
    "VoteChoice",
    "VoteTotals",
    "WorkingGroup",
]
