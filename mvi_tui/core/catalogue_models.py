"""Models of the knowledge base in `ambitions/` (the catalogue).

The catalogue is data, written by people: these models are strict (unknown keys are
errors) so that a typo in a catalogue file is caught by `mvi catalog validate` and the
tests, not discovered by a buyer.
"""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from mvi_tui.core.enums import ContractType, CriterionType, Level, Theme
from mvi_tui.core.text import Text

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
CPV_PATTERN = r"^\d{8}-\d$"


class Strict(BaseModel):
    """Base for catalogue models: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ThemeInfo(Strict):
    """One of the six MVOI themes, with guidance for buyers."""

    id: Theme
    name: Text
    description: Text = Field(description="What the theme covers.")
    guidance: Text = Field(description="When and how to use the theme in a tender.")
    ocds_goal: str = Field(description="OCDS sustainability goal code.")
    eforms: str = Field(description="eForms code (BT-774 green or BT-775 social).")


class LevelInfo(Strict):
    """One of the three ambition levels of the Ambitieweb."""

    level: Level
    name: Text
    description: Text
    guidance: Text = Field(description="When to choose this level.")


class TargetSpec(Strict):
    """A concrete target in a preset."""

    metric: str
    value: float
    year: int
    description: Text


class PresetTheme(Strict):
    """Level and targets that a preset sets for one theme."""

    level: Level
    targets: list[TargetSpec] = []


class Preset(Strict):
    """A ready set of organisation ambitions to start from."""

    id: str = Field(pattern=ID_PATTERN)
    name: Text
    description: Text
    themes: dict[Theme, PresetTheme]


class Cluster(Strict):
    """A cluster of product groups (as in the national criteria tool)."""

    id: str = Field(pattern=ID_PATTERN)
    name: Text
    description: Text


class IsvCategory(Strict):
    """One of the ten risk categories for international social conditions (ISV)."""

    id: str = Field(pattern=ID_PATTERN)
    name: Text


class GppReference(Strict):
    """The EU green public procurement criteria set a product group relates to."""

    name: str
    year: int = Field(ge=2000, le=2100)


class Parameter(Strict):
    """An editable value in a criterion text, written `{name}` in the text."""

    label: Text
    default: float | int | str
    min: float | None = None
    max: float | None = None
    unit: str = ""

    @model_validator(mode="after")
    def _default_in_range(self) -> Parameter:
        if isinstance(self.default, int | float) and not isinstance(self.default, bool):
            if self.min is not None and self.default < self.min:
                raise ValueError(f"default {self.default} is below min {self.min}")
            if self.max is not None and self.default > self.max:
                raise ValueError(f"default {self.default} is above max {self.max}")
        return self


class Criterion(Strict):
    """One MVI criterion, ready to paste into a tender document."""

    id: str = Field(pattern=ID_PATTERN, description="Stable id; never changes once published.")
    group: str = Field(default="", description="Product group id (filled in by the loader).")
    type: CriterionType
    level: Level
    themes: list[Theme] = Field(min_length=1)
    title: Text
    text: Text = Field(description="The text as it stands in the tender document.")
    explanation: Text = Field(description="Why it matters, what it achieves, pitfalls.")
    verification: Text = Field(description="Means of proof (bewijsmiddel).")
    scoring: Text | None = Field(default=None, description="Scoring guide (award criteria).")
    weight_min: float | None = Field(default=None, ge=0, le=100)
    weight_max: float | None = Field(default=None, ge=0, le=100)
    parameters: dict[str, Parameter] = {}
    since: str = Field(default="", description="Catalogue version that added the criterion.")

    @model_validator(mode="after")
    def _consistent(self) -> Criterion:
        if self.type == CriterionType.GUNNINGSCRITERIUM:
            if self.scoring is None:
                raise ValueError("an award criterion needs a scoring guide (scoring.nl/en)")
            if self.weight_min is None or self.weight_max is None:
                raise ValueError("an award criterion needs weight_min and weight_max")
            if self.weight_min > self.weight_max:
                raise ValueError("weight_min is larger than weight_max")
        for lang in ("nl", "en"):
            used = set(PLACEHOLDER.findall(self.text.get(lang)))
            missing = used - set(self.parameters)
            if missing:
                raise ValueError(
                    f"text.{lang} uses {', '.join(sorted(missing))} without a parameter"
                )
        for name in self.parameters:
            for lang in ("nl", "en"):
                if "{" + name + "}" not in self.text.get(lang):
                    raise ValueError(f"parameter {name} is not used in text.{lang}")
        return self

    def is_award(self) -> bool:
        """Award criteria carry weights and scoring guides."""
        return self.type == CriterionType.GUNNINGSCRITERIUM


class ProductGroup(Strict):
    """A product group with what the engine needs: CPV codes, impact, ISV risk."""

    id: str = Field(pattern=ID_PATTERN)
    cluster: str
    name: Text
    description: Text
    contract_types: list[ContractType] = Field(min_length=1)
    cpv_main: str = Field(pattern=CPV_PATTERN)
    cpv_related: list[str] = []
    co2_kg_per_eur: float = Field(ge=0, le=20, description="Estimated kg CO2-eq per euro.")
    co2_basis: Text = Field(description="One line on where the estimate comes from.")
    themes: list[Theme] = Field(min_length=1, description="Main impact themes.")
    isv_risk: str | None = Field(default=None, description="ISV risk category id, if any.")
    eu_gpp: GppReference | None = None
    service_life_years: float | None = Field(default=None, gt=0, le=100)

    @field_validator("cpv_related")
    @classmethod
    def _cpv(cls, values: list[str]) -> list[str]:
        for value in values:
            if not re.match(CPV_PATTERN, value):
                raise ValueError(f"{value!r} is not a CPV code like 39130000-2")
        return values


class CatalogueInfo(Strict):
    """Version and date of the catalogue; a plan records the version it was made with."""

    version: str
    date: date
    title: Text
