"""regional_migration: how the states of the Americas cooperate on migration.

A typed, sourced, time-aware data set of the intergovernmental migration and refugee
protection processes of the Americas, keyed by ISO 3166-1 codes.

Examples:
    >>> import regional_migration as rm
    >>> sorted(rm.get("MIRPS").members)
    ['BZ', 'CR', 'GT', 'HN', 'MX', 'PA', 'SV']
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from regional_migration._core.dates import PartialDate, Rule
from regional_migration._core.locking import lock
from regional_migration._core.text import Language
from regional_migration._countries.lookup import CodeForm, country_code, country_name
from regional_migration._dataset.models import (
    ActionKind,
    Confidence,
    Discrepancy,
    Document,
    Kind,
    LocalizedText,
    Membership,
    Organization,
    PendingEvent,
    Presidency,
    Process,
    Processes,
    RefugeeCommission,
    RefugeeCommissions,
    Secretariat,
    Source,
    Status,
    WorkingGroup,
)
from regional_migration._dataset.registry import (
    ProcessKey,
    data_version,
    get,
    processes,
    processes_of,
    refugee_commission,
    refugee_commissions,
    sources,
)
from regional_migration.errors import (
    AmbiguousCountryError,
    ArgumentTypeError,
    DataError,
    Hint,
    InvalidArgumentError,
    InvalidDateError,
    MissingExtraError,
    NotInResultError,
    RegionalMigrationError,
    UnknownCountryError,
    UnknownProcessError,
    UnknownVoteError,
    UnsupportedLanguageError,
)

if TYPE_CHECKING:
    DATA_VERSION: str
    __version__: str

    from regional_migration._answers.compare import (
        Comparison,
        Metric,
        OverlapMatrix,
        compare,
        overlap,
        overlap_matrix,
    )
    from regional_migration._answers.profile import CountryProfile, ProfileRow, country_profile
    from regional_migration._answers.tables import (
        MembershipRow,
        MembershipTable,
        Panel,
        PanelRow,
        history,
        membership_table,
        panel,
    )
    from regional_migration._answers.timeline import EventKind, Timeline, TimelineEvent, timeline
    from regional_migration._countries.batch import CountryCodes, country_codes
    from regional_migration._dataset.instrument_registry import instruments, vote, votes
    from regional_migration._dataset.instruments import (
        Acronym,
        Action,
        InForceRule,
        Instrument,
        InstrumentDiscrepancy,
        InstrumentKind,
        NonParty,
        RecordedVote,
        Unknown,
        VoteChoice,
        VoteTotals,
    )
    from regional_migration._outputs.datapackage import write_datapackage
    from regional_migration._outputs.plot import plot_membership_grid, plot_overlap_heatmap

# The comparison helpers, the instruments and the data package writer load on
# first use: a first question about one process needs none of them, and building
# their models at import would slow every start.
_LAZY = {
    "Acronym": "_dataset.instruments",
    "Action": "_dataset.instruments",
    "InForceRule": "_dataset.instruments",
    "Instrument": "_dataset.instruments",
    "InstrumentDiscrepancy": "_dataset.instruments",
    "InstrumentKind": "_dataset.instruments",
    "NonParty": "_dataset.instruments",
    "RecordedVote": "_dataset.instruments",
    "Unknown": "_dataset.instruments",
    "VoteChoice": "_dataset.instruments",
    "VoteTotals": "_dataset.instruments",
    "instruments": "_dataset.instrument_registry",
    "vote": "_dataset.instrument_registry",
    "votes": "_dataset.instrument_registry",
    "CountryProfile": "_answers.profile",
    "ProfileRow": "_answers.profile",
    "country_profile": "_answers.profile",
    "Comparison": "_answers.compare",
    "Metric": "_answers.compare",
    "EventKind": "_answers.timeline",
    "OverlapMatrix": "_answers.compare",
    "Timeline": "_answers.timeline",
    "TimelineEvent": "_answers.timeline",
    "compare": "_answers.compare",
    "overlap": "_answers.compare",
    "overlap_matrix": "_answers.compare",
    "timeline": "_answers.timeline",
    "CountryCodes": "_countries.batch",
    "country_codes": "_countries.batch",
    "MembershipRow": "_answers.tables",
    "MembershipTable": "_answers.tables",
    "membership_table": "_answers.tables",
    "history": "_answers.tables",
    "panel": "_answers.tables",
    "Panel": "_answers.tables",
    "PanelRow": "_answers.tables",
    "plot_membership_grid": "_outputs.plot",
    "plot_overlap_heatmap": "_outputs.plot",
    "write_datapackage": "_outputs.datapackage",
}

__all__ = [
    "DATA_VERSION",
    "Acronym",
    "Action",
    "ActionKind",
    "AmbiguousCountryError",
    "ArgumentTypeError",
    "CodeForm",
    "Comparison",
    "Confidence",
    "CountryCodes",
    "CountryProfile",
    "DataError",
    "Discrepancy",
    "Document",
    "EventKind",
    "Hint",
    "InForceRule",
    "Instrument",
    "InstrumentDiscrepancy",
    "InstrumentKind",
    "InvalidArgumentError",
    "InvalidDateError",
    "Kind",
    "Language",
    "LocalizedText",
    "Membership",
    "MembershipRow",
    "MembershipTable",
    "Metric",
    "MissingExtraError",
    "NonParty",
    "NotInResultError",
    "Organization",
    "OverlapMatrix",
    "Panel",
    "PanelRow",
    "PartialDate",
    "PendingEvent",
    "Presidency",
    "Process",
    "ProcessKey",
    "Processes",
    "ProfileRow",
    "RecordedVote",
    "RefugeeCommission",
    "RefugeeCommissions",
    "RegionalMigrationError",
    "Rule",
    "Secretariat",
    "Source",
    "Status",
    "Timeline",
    "TimelineEvent",
    "Unknown",
    "UnknownCountryError",
    "UnknownProcessError",
    "UnknownVoteError",
    "UnsupportedLanguageError",
    "VoteChoice",
    "VoteTotals",
    "WorkingGroup",
    "__version__",
    "compare",
    "country_code",
    "country_codes",
    "country_name",
    "country_profile",
    "get",
    "history",
    "instruments",
    "membership_table",
    "overlap",
    "overlap_matrix",
    "panel",
    "plot_membership_grid",
    "plot_overlap_heatmap",
    "processes",
    "processes_of",
    "refugee_commission",
    "refugee_commissions",
    "sources",
    "timeline",
    "vote",
    "votes",
    "write_datapackage",
]


# Hidden from type checkers, which would otherwise accept any attribute of the package
# (a typo such as rm.DATA_VERSON) as this function's result.
if not TYPE_CHECKING:  # pragma: no branch - type checkers read the other way

    def __getattr__(name: str) -> object:
        """Load the comparison helpers, ``DATA_VERSION`` and ``__version__`` on first use."""
        if name in _LAZY:
            with lock():  # an import under way must not be copied into a forked child
                module = import_module(f"regional_migration.{_LAZY[name]}")
            value = getattr(module, name)
            globals()[name] = value  # later look-ups skip this function
            return value
        if name == "DATA_VERSION":
            return data_version()
        if name == "__version__":
            # Only --version and users ask for the version.
            with lock():
                from importlib.metadata import (  # noqa: PLC0415 - cost: importlib.metadata's import
                    PackageNotFoundError,
                    version,
                )

            try:
                return version("regional-migration")
            except PackageNotFoundError:  # pragma: no cover - only when run from a bare tree
                return "0+unknown"
        raise AttributeError(f"module 'regional_migration' has no attribute {name!r}")


def __dir__() -> list[str]:
    """List the public names only."""
    return list(__all__)
