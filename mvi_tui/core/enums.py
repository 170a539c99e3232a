"""The closed vocabularies of the domain (see shared/domain/MVI.md).

They are string enums so that plan files and JSON stay readable, and so a typo in a
plan file is reported with the list of allowed values instead of being accepted.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Lang(StrEnum):
    """A language of the interface or of a generated document."""

    NL = "nl"
    EN = "en"


class Theme(StrEnum):
    """The six themes of the Manifest MVOI 2022-2025."""

    KLIMAAT = "klimaat"
    CIRCULAIR = "circulair"
    MILIEU = "milieu"
    ISV = "isv"
    SROI = "sroi"
    INCLUSIE = "inclusie"


class Level(IntEnum):
    """Ambition level as in the Ambitieweb: 1 basis, 2 significant, 3 ambitieus."""

    BASIS = 1
    SIGNIFICANT = 2
    AMBITIEUS = 3

    @property
    def key(self) -> str:
        """The word used in plan files."""
        return self.name.lower()


class CriterionType(StrEnum):
    """The five criterion types of the Dutch criteria tool."""

    GESCHIKTHEIDSEIS = "geschiktheidseis"
    SELECTIECRITERIUM = "selectiecriterium"
    EIS = "eis"
    GUNNINGSCRITERIUM = "gunningscriterium"
    CONTRACTBEPALING = "contractbepaling"


class ContractType(StrEnum):
    """Kind of contract, which decides the EU threshold that applies."""

    WORKS = "works"
    SUPPLIES = "supplies"
    SERVICES = "services"
    SOCIAL_SERVICES = "social-services"


class OrgKind(StrEnum):
    """Kind of contracting authority; rijk is central government, the others sub-central."""

    GEMEENTE = "gemeente"
    PROVINCIE = "provincie"
    WATERSCHAP = "waterschap"
    RIJK = "rijk"
    OTHER = "other"


class AwardMethod(StrEnum):
    """How the winning bid is chosen (Aanbestedingswet 2.114)."""

    WEIGHTED_POINTS = "weighted-points"
    VALUE_BASED = "value-based"
    PRICE_QUALITY_RATIO = "price-quality-ratio"
    LOWEST_COST = "lowest-cost"
    LOWEST_PRICE = "lowest-price"


# The award methods' names in running text, one table for the engine's messages, the
# command line and the reports (`numfmt.bi(AWARD_METHOD_NAMES, method)` gives a Text).
AWARD_METHOD_NAMES: dict[str, dict[str, str]] = {
    AwardMethod.WEIGHTED_POINTS: {"nl": "gewogen punten", "en": "weighted points"},
    AwardMethod.VALUE_BASED: {"nl": "gunnen op waarde", "en": "value-based award"},
    AwardMethod.PRICE_QUALITY_RATIO: {
        "nl": "prijs-kwaliteitverhouding",
        "en": "price-quality ratio",
    },
    AwardMethod.LOWEST_COST: {
        "nl": "laagste kosten (levenscyclus)",
        "en": "lowest cost (life cycle)",
    },
    AwardMethod.LOWEST_PRICE: {"nl": "laagste prijs", "en": "lowest price"},
}


class PriceFormula(StrEnum):
    """How a bid price is turned into points."""

    RELATIVE_LOWEST = "relative-lowest"
    LINEAR_CEILING = "linear-ceiling"


class ScaleKind(StrEnum):
    """Scoring scale for quality sub-criteria."""

    ZERO_TEN = "0-10"
    PROGRESSIVE = "progressive"
    CUSTOM = "custom"


class Procedure(StrEnum):
    """Procurement procedures of the Aanbestedingswet 2012 and the national bands."""

    OPEN = "open"
    RESTRICTED = "restricted"
    COMPETITIVE_DIALOGUE = "competitive-dialogue"
    NEGOTIATED_WITH_CALL = "negotiated-with-call"
    INNOVATION_PARTNERSHIP = "innovation-partnership"
    NEGOTIATED_WITHOUT_CALL = "negotiated-without-call"
    NATIONAL_OPEN = "national-open"
    MULTIPLE_QUOTE = "multiple-quote"
    SINGLE_QUOTE = "single-quote"


class TargetMetric(StrEnum):
    """What an organisation's target measures, so the report can compute progress."""

    PROCUREMENT_SHARE = "procurement-share"  # % of procurements with MVI criteria
    SPEND_SHARE = "spend-share"  # % of spend with criteria on this theme
    LEVEL_SHARE = "level-share"  # % of procurements at significant or ambitious level
    AWARD_SHARE = "award-share"  # % of spend with an award criterion on this theme
    CIRCULAR_SHARE = "circular-share"  # % of spend with circular criteria
    CO2_REDUCTION = "co2-reduction"  # % CO2-eq reduction against the organisation's baseline
    ISV_COVERAGE = "isv-coverage"  # % of ISV-risk procurements above threshold with ISV
    SROI_PERCENT = "sroi-percent"  # % of contract value spent on social return
    CUSTOM = "custom"  # tracked by hand; described in words
