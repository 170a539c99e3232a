"""The benchmark: one composite score per organisation, a ranking and peer groups.

The policy letter asks for a biennial benchmark that shows each government how it does
against the others. A single number invites argument, so the formula is simple, its
weights are printed in every report, and each component is a share the engine already
reports (`mvi_tui.core.coverage`):

    score = sum(w_i * x_i) / sum(w_i), over the components i that apply

    x_i (0-100)  component                                         w_i
    mvi_spend    share of the value with MVI criteria               25
    level        share of procurements at significant/ambitious     20
    award        share of the value with an MVI award criterion     15
    climate      share of the CO2-eq in scope under climate crit.   15
    isv          ISV clause in risk procurements >= threshold       15
    sroi         share of the value where SROI applies that has it  10

A component that cannot apply (no ISV-risk procurement at or above the threshold, no
procurement where social return applies, an empty plan) is left out rather than scored
0 or 100, so an organisation is neither punished nor rewarded for what it does not buy.
Peer groups are the kinds of authority; the median includes the organisation itself.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from mvi_tui.core.coverage import Coverage
from mvi_tui.core.enums import OrgKind

# (component id, weight); the order is the order in the report.
WEIGHTS: tuple[tuple[str, float], ...] = (
    ("mvi_spend", 25.0),
    ("level", 20.0),
    ("award", 15.0),
    ("climate", 15.0),
    ("isv", 15.0),
    ("sroi", 10.0),
)


@dataclass(frozen=True)
class Component:
    """One term of the composite score; `value` is None when it does not apply."""

    id: str
    weight: float
    value: float | None

    @property
    def applicable(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Score:
    """The composite score (0-100) and the components it was made of."""

    value: float
    components: tuple[Component, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "value": self.value,
            "components": [
                {
                    "id": c.id,
                    "weight": c.weight,
                    "value": None if c.value is None else round(c.value, 2),
                    "applicable": c.applicable,
                }
                for c in self.components
            ],
        }


def components(cov: Coverage) -> dict[str, float | None]:
    """The component values of one organisation, straight from its coverage."""
    has_procs = cov.procurements > 0
    return {
        "mvi_spend": cov.share_spend_pct if cov.spend_eur > 0 else None,
        "level": cov.level_share_pct if has_procs else None,
        "award": cov.share_award_pct if cov.spend_eur > 0 else None,
        "climate": cov.co2_covered_pct if cov.co2_in_scope_t > 0 else None,
        "isv": cov.isv_coverage_pct,
        "sroi": cov.sroi_coverage_pct,
    }


def weighted(values: dict[str, float | None]) -> Score:
    """The formula of the module docstring applied to component values."""
    parts = tuple(Component(cid, w, values.get(cid)) for cid, w in WEIGHTS)
    used = [c for c in parts if c.value is not None]
    total_w = sum(c.weight for c in used)
    value = sum(c.weight * (c.value or 0.0) for c in used) / total_w if total_w else 0.0
    return Score(value=round(value, 1), components=parts)


def composite_score(cov: Coverage) -> Score:
    """The composite score of one organisation's coverage."""
    return weighted(components(cov))


@dataclass(frozen=True)
class Ranked:
    """An organisation's place in the overall ranking."""

    rank: int  # 1 = best; equal scores share a rank (1, 2, 2, 4)
    name: str
    kind: OrgKind
    score: float


@dataclass(frozen=True)
class PeerPosition:
    """An organisation against the median of its peer group."""

    group: OrgKind
    size: int
    median: float
    difference: float  # score - median, in points
    rank: int  # within the group, 1 = best


@dataclass
class PeerGroup:
    """The organisations of one kind and their median score."""

    kind: OrgKind
    members: list[str] = field(default_factory=list)
    median: float = 0.0


def rank(entries: list[tuple[str, OrgKind, float]]) -> list[Ranked]:
    """Standard competition ranking, highest score first; ties by name."""
    ordered = sorted(entries, key=lambda e: (-e[2], e[0].casefold()))
    out: list[Ranked] = []
    for i, (name, kind, score) in enumerate(ordered):
        place = out[-1].rank if out and out[-1].score == score else i + 1
        out.append(Ranked(place, name, kind, score))
    return out


def peer_groups(entries: list[tuple[str, OrgKind, float]]) -> dict[OrgKind, PeerGroup]:
    """One group per kind present, in the order of `OrgKind`, with its median score."""
    groups: dict[OrgKind, PeerGroup] = {}
    for kind in OrgKind:
        scores = [(n, s) for n, k, s in entries if k == kind]
        if scores:
            groups[kind] = PeerGroup(
                kind=kind,
                members=[n for n, _ in sorted(scores, key=lambda x: (-x[1], x[0].casefold()))],
                median=round(statistics.median(s for _, s in scores), 1),
            )
    return groups


def peer_position(
    name: str, kind: OrgKind, score: float, entries: list[tuple[str, OrgKind, float]]
) -> PeerPosition:
    """Where one organisation stands in its peer group."""
    peers = [e for e in entries if e[1] == kind]
    median = round(statistics.median(s for _, _, s in peers), 1)
    place = next(r.rank for r in rank(peers) if r.name == name)
    return PeerPosition(
        group=kind,
        size=len(peers),
        median=median,
        difference=round(score - median, 1),
        rank=place,
    )
