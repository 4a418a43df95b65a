"""regional_migration: how the states of the Americas cooperate on migration.

A typed, sourced, time-aware data set of the intergovernmental migration and refugee
protection processes of the Americas, keyed by ISO 3166-1 codes.

Examples:
    >>> import regional_migration as rm
    >>> sorted(rm.get("MIRPS").members)
    ['BZ', 'CR', 'GT', 'HN', 'MX', 'PA', 'SV']
"""

from __future__ import annotations

from regional_migration._compare import (
    Comparison,
    OverlapMatrix,
    TimelineEvent,
    compare,
    overlap,
    overlap_matrix,
    timeline,
)
from regional_migration._countries import country_code, country_name
from regional_migration._dates import PartialDate
from regional_migration._models import (
    Confidence,
    Discrepancy,
    Document,
    Kind,
    LocalizedText,
    Membership,
    Organization,
    Presidency,
    Process,
    RefugeeCommission,
    Secretariat,
    Source,
    Status,
    WorkingGroup,
)
from regional_migration._plot import plot_membership_grid, plot_overlap_heatmap
from regional_migration._registry import (
    get,
    processes,
    processes_of,
    refugee_commission,
    refugee_commissions,
)
from regional_migration._table import MembershipRow, MembershipTable, membership_table
from regional_migration.errors import (
    AmbiguousCountryError,
    DataError,
    InvalidDateError,
    MissingExtraError,
    RegionalMigrationError,
    UnknownCountryError,
    UnknownProcessError,
    UnsupportedLanguageError,
)

__all__ = [
    "DATA_VERSION",
    "AmbiguousCountryError",
    "Comparison",
    "Confidence",
    "DataError",
    "Discrepancy",
    "Document",
    "InvalidDateError",
    "Kind",
    "LocalizedText",
    "Membership",
    "MembershipRow",
    "MembershipTable",
    "MissingExtraError",
    "Organization",
    "OverlapMatrix",
    "PartialDate",
    "Presidency",
    "Process",
    "RefugeeCommission",
    "RegionalMigrationError",
    "Secretariat",
    "Source",
    "Status",
    "TimelineEvent",
    "UnknownCountryError",
    "UnknownProcessError",
    "UnsupportedLanguageError",
    "WorkingGroup",
    "__version__",
    "compare",
    "country_code",
    "country_name",
    "get",
    "membership_table",
    "overlap",
    "overlap_matrix",
    "plot_membership_grid",
    "plot_overlap_heatmap",
    "processes",
    "processes_of",
    "refugee_commission",
    "refugee_commissions",
    "timeline",
]


def __getattr__(name: str) -> str:
    """Compute ``DATA_VERSION`` and ``__version__`` on first access, not at import."""
    if name == "DATA_VERSION":
        from regional_migration._registry import data_version  # noqa: PLC0415

        return data_version()
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

        try:
            return version("regional-migration")
        except PackageNotFoundError:  # pragma: no cover - only when run from a bare tree
            return "0+unknown"
    raise AttributeError(f"module 'regional_migration' has no attribute {name!r}")


def __dir__() -> list[str]:
    """List the public names only."""
    return list(__all__)
