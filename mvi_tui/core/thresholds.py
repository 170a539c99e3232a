"""EU thresholds: which amount applies to an authority, a contract type and a date.

The amounts change every two years, so they come from `reference/thresholds.toml`; the
period is picked by the (publication) date. A date outside every period in the table
takes the nearest period and is flagged `provisional`, so the user is told to check the
amount instead of getting a silently outdated one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mvi_tui.core import reference
from mvi_tui.core.catalogue import Catalogue
from mvi_tui.core.enums import ContractType, OrgKind
from mvi_tui.core.reference import ThresholdPeriod


@dataclass(frozen=True)
class Threshold:
    """The EU threshold that applies, and where it comes from."""

    amount_eur: float  # EU threshold excl. VAT
    period: str  # "2026-2027"
    central: bool  # rijk = central; gemeente/provincie/waterschap/other = sub-central
    regulation: str = ""
    provisional: bool = False  # the date lies outside every period of the table

    def applies_to(self, value_eur: float) -> bool:
        """EU rules apply from the threshold amount itself (at or above)."""
        return value_eur >= self.amount_eur


def is_central(kind: OrgKind | str) -> bool:
    """Only central government (rijk) uses the lower central thresholds."""
    return OrgKind(kind) == OrgKind.RIJK


def period_for(on: date, catalogue: Catalogue | None = None) -> tuple[ThresholdPeriod, bool]:
    """The threshold period covering `on`, or the nearest one and True (provisional)."""
    periods = sorted(reference.thresholds(catalogue).period, key=lambda p: p.from_)
    for period in periods:
        if period.from_ <= on <= period.until:
            return period, False
    if on < periods[0].from_:
        return periods[0], True
    return periods[-1], True


def threshold_for(
    kind: OrgKind | str,
    contract: ContractType | str,
    on: date | None = None,
    catalogue: Catalogue | None = None,
) -> Threshold:
    """The EU threshold for this authority and contract type on date `on` (default today)."""
    period, provisional = period_for(on or date.today(), catalogue)
    central = is_central(kind)
    amounts = period.central if central else period.sub_central
    return Threshold(
        amount_eur=amounts[ContractType(contract)],
        period=period.id,
        central=central,
        regulation=period.regulation,
        provisional=provisional,
    )
