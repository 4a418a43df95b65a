"""A country's profile: its processes, the instruments that bind it, its refugee commission.

A pure question over the processes and instruments: one country in, one immutable
answer out, on any day. The answer turns itself into rows; the HTML and pandas
renderers take those rows and are imported on use.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import BaseModel

from regional_migration._core.dates import PartialDate, Rule, as_optional_date, check_rule
from regional_migration._core.export import Answer, FrameShape
from regional_migration._core.public import publish
from regional_migration._core.text import Language, check_language
from regional_migration._countries.lookup import country_code, display_name, iso_codes
from regional_migration._dataset.instruments import Instrument
from regional_migration._dataset.processes import RefugeeCommission
from regional_migration._dataset.records import ActionKind, Status
from regional_migration._dataset.registry import (
    instruments,
    processes,
    provenance,
    refugee_commission,
    refugee_commissions,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from regional_migration._dataset.registry import Arrangement

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = (
    "CountryProfile",
    "country_profile",
)
TYPES: tuple[str, ...] = ("ProfileRow",)

__all__ = ["COLUMNS", "CountryProfile", "ProfileRow", "country_profile"]

COLUMNS = ("kind", "id", "name", "status", "since", "until", "began_by")
"""The columns of a profile's rows, in order."""


class ProfileRow(BaseModel, frozen=True, extra="forbid"):
    """A country's status in one process or instrument.

    Attributes:
        kind: ``"process"`` or ``"instrument"``.
        id: the process or instrument id.
        name: its name (for an instrument, its short name) in the profile's language.
        status: the status, such as ``"member"`` (a state party, for a treaty) or
            ``"signatory"``.
        since: when the status began.
        until: when it ended; ``None`` while it lasts.
        began_by: for an instrument, the act that began it (a ratification...).
    """

    kind: Literal["process", "instrument"]
    id: str
    name: str
    status: Status
    since: PartialDate
    until: PartialDate | None = None
    began_by: ActionKind | None = None

    def record(self) -> dict[str, str | None]:
        """The row as flat text, one entry per column of `COLUMNS`."""
        return {
            "kind": self.kind,
            "id": self.id,
            "name": self.name,
            "status": self.status,
            "since": str(self.since),
            "until": None if self.until is None else str(self.until),
            "began_by": self.began_by,
        }


class CountryProfile(Answer, BaseModel, frozen=True, extra="forbid"):
    """Where one country stands, now or on a past day.

    It exports its rows, processes first, like every answer (`to_csv`, `to_json`,
    `to_pandas`); the JSON object adds the codes, the unknown positions and the
    refugee commission.

    Attributes:
        country: the ISO 3166-1 alpha-2 code.
        alpha3: the alpha-3 code.
        numeric: the numeric code, as three digits.
        name: the country's name in the profile's language.
        on: the day described, or ``None`` for the current data.
        lang: the language of the names.
        processes: its status in each process it belongs to, sorted by id.
        instruments: the instruments that bind it, and those it has signed only,
            sorted by id.
        unknown: the ids of the instruments on which the sources did not settle its
            position (see `Instrument.known`), sorted.
        refugee_commission: who decides on asylum in it (its body, or that it has
            none); ``None`` only for a state outside what the data covers.
        commission_covered: whether the data covers the country's asylum authority:
            when it does not, a missing one is "not covered", never "none".
        rule: how the day was compared with loosely known dates.
        possible: on a past day under the ``"certain"`` rule, the ids of the processes
            and instruments in which the country may have held a status that the
            rule leaves out (its dates are known only to an interval), sorted.
    """

    country: str
    alpha3: str
    numeric: str
    name: str
    on: date | None = None
    lang: Language = "en"
    processes: tuple[ProfileRow, ...]
    instruments: tuple[ProfileRow, ...]
    unknown: tuple[str, ...] = ()
    refugee_commission: RefugeeCommission | None = None
    commission_covered: bool = True
    rule: Rule = "certain"
    possible: tuple[str, ...] = ()

    frame_shape: ClassVar[FrameShape] = FrameShape(text=True)

    @property
    def bound_by(self) -> tuple[str, ...]:
        """The ids of the instruments that bind the country (its ``member`` rows)."""
        return tuple(row.id for row in self.instruments if row.status == "member")

    @property
    def signed_only(self) -> tuple[str, ...]:
        """The ids of the treaties the country has signed and is not bound by."""
        return tuple(row.id for row in self.instruments if row.status == "signatory")

    def __repr__(self) -> str:
        """One line: the country, its processes, the instruments binding it."""
        when = "" if self.on is None else f" on {self.on.isoformat()}"
        commission = self.refugee_commission
        body = "not covered" if commission is None else commission.label
        return (
            f"<CountryProfile {self.country} {self.name}{when}: "
            f"{len(self.processes)} processes ({', '.join(r.id for r in self.processes)}); "
            f"bound by {len(self.bound_by)} instruments, signatory of {len(self.signed_only)}; "
            f"refugee commission: {body}>"
        )

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of `records`: ``country``, then `COLUMNS`."""
        return ("country", *COLUMNS)

    def records(self) -> tuple[dict[str, str | None], ...]:
        """Every row (processes first, then instruments) as flat text, with the country."""
        rows = (*self.processes, *self.instruments)
        return tuple({"country": self.country, **row.record()} for row in rows)

    def provenance(self) -> dict[str, str]:
        """The data version, the day asked about and the country, as text."""
        return provenance(
            "current" if self.on is None else self.on.isoformat(), country=self.country
        )

    def _summary(self) -> dict[str, object]:
        commission = self.refugee_commission
        return {
            "alpha3": self.alpha3,
            "numeric": self.numeric,
            "name": self.name,
            "unknown": list(self.unknown),
            "possible": list(self.possible),
            "refugee_commission": None
            if commission is None
            else commission.model_dump(mode="json", include={"acronym", "name", "established"}),
        }

    def _title(self) -> str:
        return f"{self.name} ({self.country}): processes and instruments"

    def _lines(self) -> tuple[str, ...]:
        commission = self.refugee_commission
        body = "not covered" if commission is None else _commission_text(commission)
        if commission is None and not self.commission_covered:
            body = "not covered by the data, which covers " + ", ".join(
                sorted(refugee_commissions().coverage)
            )
        unknown = ", ".join(self.unknown)
        said = (f"position not known from the sources: {unknown}",) if unknown else ()
        return (*said, f"refugee commission: {body}")


def _commission_text(commission: RefugeeCommission) -> str:
    parts = [p for p in (commission.acronym, commission.name) if p]
    return " - ".join(parts) or commission.label


def _rows(
    bodies: Iterable[Arrangement], code: str, day: date | None, lang: str, rule: Rule
) -> tuple[ProfileRow, ...]:
    rows: list[ProfileRow] = []
    for body in bodies:
        kind: Literal["process", "instrument"] = "process"
        name = body.name
        if isinstance(body, Instrument):
            kind, name = "instrument", body.short_name
        rows.extend(
            ProfileRow(
                kind=kind,
                id=body.id,
                name=name.get(lang),
                status=period.status,
                since=period.since,
                until=period.until,
                began_by=period.began_by,
            )
            for period in body.memberships_on(day, rule=rule)
            if period.country == code
        )
    return tuple(rows)


def country_profile(
    country: str, *, on: date | str | None = None, lang: str = "en", rule: Rule = "certain"
) -> CountryProfile:
    """Where *country* stands: its processes, the instruments binding it, its commission.

    Args:
        country: the country, as `country_code` accepts it (a code or a name in
            English, Spanish, French or Portuguese).
        on: a past day, as a `datetime.date` or ``"YYYY-MM-DD"``; by default the
            current data.
        lang: the language of the names: ``"en"``, ``"es"``, ``"fr"`` or ``"pt"``.
        rule: ``"certain"`` (the default) or ``"possible"``: how *on* is compared with
            dates known only as bounds; under ``"certain"``, `CountryProfile.possible`
            names where a status may have been left out.

    Raises:
        UnknownCountryError: *country* names no country.
        InvalidDateError: *on* is not a date.

    Examples:
        >>> profile = country_profile("Brasil")
        >>> [row.id for row in profile.processes]
        ['CSM', 'EU-CELAC-MD', 'FEM', 'FIBEMYD', 'LAD', 'QUITO', 'RIAM']
        >>> "REFUGEE-CONVENTION-1951" in profile.bound_by
        True
        >>> [row.began_by for row in profile.instruments if row.id == "GLOBAL-COMPACT-MIGRATION"]
        ['return']
        >>> country_profile("Uruguay").unknown[:2]
        ('CARTAGENA-DECLARATION-1984', 'CHILE-DECLARATION-2024')
    """
    code = country_code(country)
    day = as_optional_date(on)
    language = check_language(lang)
    alpha3, numeric = iso_codes(code)
    chosen = check_rule(rule)
    bodies = (*processes(), *instruments())
    possible = sorted(
        body.id
        for body in bodies
        if any(m.country == code for m in body.left_out_on(day, rule=chosen))
    )
    return CountryProfile(
        country=code,
        alpha3=alpha3,
        numeric=numeric,
        name=display_name(code, language),
        on=day,
        lang=language,
        processes=_rows(processes(), code, day, language, chosen),
        instruments=_rows(instruments(), code, day, language, chosen),
        unknown=tuple(i.id for i in instruments() if code in i.unknown),
        refugee_commission=refugee_commission(code),
        commission_covered=code in refugee_commissions().coverage,
        rule=chosen,
        possible=tuple(possible),
    )


publish(globals())
