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

from regional_migration._countries import CodeForm, country_code, country_name
from regional_migration._dates import PartialDate, Rule
from regional_migration._models import (
    ActionKind,
    Confidence,
    Discrepancy,
    Document,
    Kind,
    LocalizedNames,
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
from regional_migration._registry import (
    ProcessKey,
    data_version,
    get,
    processes,
    processes_of,
    refugee_commission,
    refugee_commissions,
    sources,
)
from regional_migration._text import Language
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

    from regional_migration._compare import (
        Comparison,
        Metric,
        OverlapMatrix,
        compare,
        overlap,
        overlap_matrix,
    )
    from regional_migration._country_batch import CountryCodes, country_codes
    from regional_migration._datapackage import write_datapackage
    from regional_migration._instrument_registry import instruments, vote, votes
    from regional_migration._instruments import (
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
    from regional_migration._plot import plot_membership_grid, plot_overlap_heatmap
    from regional_migration._profile import CountryProfile, ProfileRow, country_profile
    from regional_migration._table import (
        MembershipRow,
        MembershipTable,
        Panel,
        PanelRow,
        history,
        membership_table,
        panel,
    )
    from regional_migration._timeline import EventKind, Timeline, TimelineEvent, timeline

# The comparison helpers, the instruments and the data package writer load on
# first use: a first question about one process needs none of them, and building
# their models at import would slow every start.
_LAZY = {
    "Acronym": "_instruments",
    "Action": "_instruments",
    "InForceRule": "_instruments",
    "Instrument": "_instruments",
    "InstrumentDiscrepancy": "_instruments",
    "InstrumentKind": "_instruments",
    "NonParty": "_instruments",
    "RecordedVote": "_instruments",
    "Unknown": "_instruments",
    "VoteChoice": "_instruments",
    "VoteTotals": "_instruments",
    "instruments": "_instrument_registry",
    "vote": "_instrument_registry",
    "votes": "_instrument_registry",
    "CountryProfile": "_profile",
    "ProfileRow": "_profile",
    "country_profile": "_profile",
    "Comparison": "_compare",
    "Metric": "_compare",
    "EventKind": "_timeline",
    "OverlapMatrix": "_compare",
    "Timeline": "_timeline",
    "TimelineEvent": "_timeline",
    "compare": "_compare",
    "overlap": "_compare",
    "overlap_matrix": "_compare",
    "timeline": "_timeline",
    "CountryCodes": "_country_batch",
    "country_codes": "_country_batch",
    "MembershipRow": "_table",
    "MembershipTable": "_table",
    "membership_table": "_table",
    "history": "_table",
    "panel": "_table",
    "Panel": "_table",
    "PanelRow": "_table",
    "plot_membership_grid": "_plot",
    "plot_overlap_heatmap": "_plot",
    "write_datapackage": "_datapackage",
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
    "LocalizedNames",
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
            value = getattr(import_module(f"regional_migration.{_LAZY[name]}"), name)
            globals()[name] = value  # later look-ups skip this function
            return value
        if name == "DATA_VERSION":
            return data_version()
        if name == "__version__":
            # Only --version and users ask for the version.
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
