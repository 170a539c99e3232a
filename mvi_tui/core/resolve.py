"""A tender's criteria as they will stand in the document.

Catalogue criteria and the buyer's own criteria are merged into one list of
`ResolvedCriterion`, in one language, with the buyer's text overrides and parameter
values filled in. The exports, the wizard's preview and the report all read this list,
so a criterion reads the same everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mvi_tui.core.catalogue import Catalogue
from mvi_tui.core.catalogue_models import PLACEHOLDER
from mvi_tui.core.enums import CriterionType, Lang, Level, Theme
from mvi_tui.core.numfmt import fmt_compact
from mvi_tui.core.plan import Tender

PLACEHOLDER_MARK = "[[{}]]"
"""How something the buyer must still fill in is shown: `[[...]]`, one recognisable way."""


@dataclass(frozen=True)
class ResolvedCriterion:
    """One criterion of a tender, ready to print."""

    id: str
    type: CriterionType
    level: Level
    themes: tuple[Theme, ...]
    title: str
    text: str
    explanation: str
    verification: str
    scoring: str
    weight: float | None
    weight_range: tuple[float, float] | None
    own: bool
    lot: str = ""
    known: bool = True
    missing: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_award(self) -> bool:
        return self.type == CriterionType.GUNNINGSCRITERIUM


def _format_value(value: float | int | str, lang: Lang | str) -> str:
    """Numbers the Dutch way in Dutch documents (1.000,5), the English way otherwise."""
    if isinstance(value, bool | str):
        return str(value)
    return fmt_compact(value, lang)


def fill(
    text: str, values: dict[str, float | int | str], lang: Lang | str
) -> tuple[str, list[str]]:
    """Fill `{name}` placeholders; unknown ones become visible `[[name]]` marks."""
    missing: list[str] = []

    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in values:
            return _format_value(values[name], lang)
        missing.append(name)
        return PLACEHOLDER_MARK.format(name)

    return PLACEHOLDER.sub(sub, text), missing


def resolve_criteria(
    tender: Tender, catalogue: Catalogue, lang: Lang | str
) -> list[ResolvedCriterion]:
    """Every criterion of the tender in document order: catalogue choices, then own ones."""
    out: list[ResolvedCriterion] = []
    for chosen in tender.criteria:
        crit = catalogue.criteria.get(chosen.id)
        if crit is None:
            # Unknown after a catalogue update: keep it visible rather than dropping it.
            mark = PLACEHOLDER_MARK.format(chosen.id)
            out.append(
                ResolvedCriterion(
                    id=chosen.id,
                    type=CriterionType.EIS,
                    level=Level.BASIS,
                    themes=(),
                    title=mark,
                    text=chosen.text or mark,
                    explanation="",
                    verification=mark,
                    scoring="",
                    weight=chosen.weight,
                    weight_range=None,
                    own=False,
                    lot=chosen.lot,
                    known=False,
                    missing=(chosen.id,),
                )
            )
            continue
        values = {name: spec.default for name, spec in crit.parameters.items()}
        values.update(chosen.parameters)
        text, missing = fill(chosen.text or crit.text.get(lang), values, lang)
        out.append(
            ResolvedCriterion(
                id=crit.id,
                type=crit.type,
                level=crit.level,
                themes=tuple(crit.themes),
                title=crit.title.get(lang),
                text=text,
                explanation=crit.explanation.get(lang),
                verification=crit.verification.get(lang),
                scoring=crit.scoring.get(lang) if crit.scoring else "",
                weight=chosen.weight,
                weight_range=(crit.weight_min, crit.weight_max) if crit.is_award() else None,
                own=False,
                lot=chosen.lot,
                missing=tuple(missing),
            )
        )
    for own in tender.own_criteria:
        out.append(
            ResolvedCriterion(
                id=own.id,
                type=own.type,
                level=own.level,
                themes=tuple(own.themes),
                title=own.title,
                text=own.text,
                explanation="",
                verification=own.verification
                or PLACEHOLDER_MARK.format(
                    "bewijsmiddel" if str(lang) == "nl" else "means of proof"
                ),
                scoring=own.scoring,
                weight=own.weight,
                weight_range=None,
                own=True,
            )
        )
    return out
