"""Plans and schema helpers for the export tests.

The plans are built from the models with real catalogue criteria (office furniture,
the first product group in the catalogue), so the tests do not depend on which
examples exist; `hostile_plan` carries markup and template syntax in every text a
user can type. The OCDS validator applies the extensions as JSON Merge Patches over
the release schema and resolves the package schema's `$ref` locally.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from mvi_tui.core.plan import (
    Ambitions,
    AwardModel,
    ChosenCriterion,
    Co2Ladder,
    Lot,
    Notes,
    Organisation,
    OwnCriterion,
    Plan,
    Procurement,
    Target,
    Tender,
    ThemeAmbition,
    Timetable,
)
from tests.conftest import SHARED

OCDS = SHARED / "ocds"
EXTENSIONS = ("lots", "awardCriteriaBreakdown", "sustainability")
HOSTILE = "<script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(1)) **b** # h"


def furniture_plan(**tender_changes: Any) -> Plan:
    """A municipality buying office furniture: a requirement, an award criterion, a clause."""
    tender = Tender(
        procedure="open",
        criteria=[
            ChosenCriterion(id="kantoormeubilair-01", parameters={"aandeel_pct": 80}),
            ChosenCriterion(id="kantoormeubilair-02", weight=25),
            ChosenCriterion(id="kantoormeubilair-03"),
        ],
        own_criteria=[
            OwnCriterion(
                id="eigen-1",
                type="gunningscriterium",
                title="Plan van aanpak levering",
                text="Beschrijf hoe u levert en monteert.",
                scoring="10 punten: overtuigend.",
                weight=35,
            )
        ],
        award=AwardModel(price_weight=40, co2_ladder=Co2Ladder(enabled=True)),
        timetable=Timetable(publication=date(2027, 1, 11)),
    )
    for key, value in tender_changes.items():
        setattr(tender, key, value)
    return Plan(
        organisation=Organisation(name="Gemeente Voorbeeld", kind="gemeente", language="nl"),
        ambitions=Ambitions(
            themes={
                "circulair": ThemeAmbition(
                    level="significant",
                    targets=[
                        Target(
                            metric="circular-share",
                            value=10,
                            year=2027,
                            description="10% circulair",
                        )
                    ],
                    note="Minder grondstoffen.",
                ),
                "klimaat": ThemeAmbition(level="significant"),
            }
        ),
        procurements=[
            Procurement(
                id="meubilair-2027",
                title="Kantoormeubilair stadhuis",
                product_group="kantoormeubilair",
                contract_type="supplies",
                value_eur=450_000,
                start=date(2027, 6, 1),
                duration_months=48,
                options_months=24,
                description="Levering en montage van werkplekken.",
                tender=tender,
            )
        ],
    )


def lots_plan() -> Plan:
    """The furniture plan split into two lots, one criterion per lot."""
    plan = furniture_plan()
    proc = plan.procurements[0]
    proc.lots = [
        Lot(id="stoelen", title="Werkstoelen", value_eur=200_000),
        Lot(id="bureaus", title="Bureaus", value_eur=250_000),
    ]
    tender = proc.tender
    assert tender is not None
    tender.criteria = [
        ChosenCriterion(id="kantoormeubilair-01"),
        ChosenCriterion(id="kantoormeubilair-02", weight=20, lot="stoelen"),
        ChosenCriterion(id="kantoormeubilair-02", weight=30, lot="bureaus"),
    ]
    tender.lots_reason = "Stoelen en bureaus komen uit verschillende markten."
    return plan


def hostile_plan() -> Plan:
    """Markup, template syntax and control characters in every free text."""
    plan = furniture_plan()
    plan.organisation.name = f"Gemeente {HOSTILE}"
    plan.notes = Notes(criteria=HOSTILE, print_in_export=True)
    proc = plan.procurements[0]
    proc.title = f"Meubilair {HOSTILE}"
    proc.description = f"{HOSTILE}\n\n1. lijst\n- item\n    code\n<img src=x onerror=alert(1)>"
    tender = proc.tender
    assert tender is not None
    tender.procedure_reason = HOSTILE
    tender.lots_reason = HOSTILE
    tender.bonus_malus = HOSTILE
    tender.notes = HOSTILE + "\x07"
    tender.criteria[0].text = f"Eigen tekst {HOSTILE} {{aandeel_pct}}"
    own = tender.own_criteria[0]
    own.title = f"Titel {HOSTILE}"
    own.text = f"Tekst {HOSTILE}"
    own.verification = f"Bewijs {HOSTILE}"
    own.scoring = f"Score {HOSTILE}"
    return plan


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 JSON Merge Patch."""
    if not isinstance(patch, dict):
        return patch
    out = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key), value)
    return out


@cache
def ocds_validator():  # noqa: ANN201 - jsonschema.Draft4Validator
    """A validator for release packages with the three extensions, resolved locally."""
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    release = json.loads((OCDS / "1.1" / "release-schema.json").read_text("utf-8"))
    for name in EXTENSIONS:
        patch = json.loads((OCDS / "extensions" / name / "release-schema.json").read_text("utf-8"))
        release = merge_patch(release, patch)
    package = json.loads((OCDS / "1.1" / "release-package-schema.json").read_text("utf-8"))
    registry = Registry().with_resource(
        release["id"], Resource.from_contents(release, default_specification=DRAFT4)
    )
    return jsonschema.Draft4Validator(
        package, registry=registry, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )


def ocds_errors(data: Any) -> list[str]:
    """Every schema error of a release package, as `path: message`."""
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
        for e in ocds_validator().iter_errors(data)
    ]


def codes(path: Path) -> set[str]:
    """The codes of an OCDS codelist CSV."""
    lines = path.read_text("utf-8").splitlines()[1:]
    return {line.split(",", 1)[0] for line in lines if line}
