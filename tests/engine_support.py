"""A small, fixed catalogue and plan builders for the engine tests.

The shipped catalogue grows while the product is built; the engine tests use their own
three product groups so a catalogue edit never changes an expected number. The reference
tables are the shipped ones (they are what the tests check).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from mvi_tui.core.catalogue import Catalogue, builtin_root
from mvi_tui.core.catalogue_models import (
    CatalogueInfo,
    Criterion,
    IsvCategory,
    Parameter,
    ProductGroup,
)
from mvi_tui.core.enums import ContractType, CriterionType, Level, Theme
from mvi_tui.core.plan import (
    Ambitions,
    AwardModel,
    ChosenCriterion,
    Organisation,
    OwnCriterion,
    Plan,
    Procurement,
    Tender,
    ThemeAmbition,
)
from mvi_tui.core.text import Text


def t(text: str) -> Text:
    return Text(nl=f"{text} (nl)", en=text)


def crit(cid: str, ctype: str, level: int, themes: list[str], **extra: Any) -> Criterion:
    """A criterion with filler texts; award criteria get a scoring guide and weights."""
    data: dict[str, Any] = {
        "id": cid,
        "group": cid.rsplit("-", 1)[0],
        "type": ctype,
        "level": level,
        "themes": themes,
        "title": t(f"Title {cid}"),
        "text": t(f"Text {cid}"),
        "explanation": t("Why"),
        "verification": t("Proof"),
    }
    if ctype == "gunningscriterium":
        data.update(scoring=t("0-10"), weight_min=10, weight_max=30)
    data.update(extra)
    return Criterion.model_validate(data)


def group(
    gid: str, contract: str, themes: list[str], co2: float, isv: str | None = None
) -> ProductGroup:
    return ProductGroup(
        id=gid,
        cluster="test",
        name=t(f"Group {gid}"),
        description=t("Description"),
        contract_types=[ContractType(contract)],
        cpv_main="39130000-2",
        co2_kg_per_eur=co2,
        co2_basis=t("Estimate"),
        themes=[Theme(x) for x in themes],
        isv_risk=isv,
    )


def mini_catalogue() -> Catalogue:
    """Groups kleding (ISV risk, supplies), groen (services) and weg (works)."""
    groups = {
        "kleding": group("kleding", "supplies", ["isv", "circulair"], 0.7, "bedrijfskleding"),
        "groen": group("groen", "services", ["klimaat", "milieu", "sroi"], 0.2),
        "weg": group("weg", "works", ["klimaat", "circulair"], 0.6),
    }
    pct = Parameter(label=t("Share"), default=5, min=1, max=10, unit="%")
    criteria = [
        crit("kleding-01", "eis", 1, ["circulair"]),
        crit("kleding-02", "gunningscriterium", 2, ["circulair"]),
        crit("kleding-03", "contractbepaling", 1, ["isv"]),
        crit("groen-01", "eis", 1, ["klimaat"]),
        crit("groen-02", "gunningscriterium", 2, ["klimaat"]),
        crit(
            "groen-03",
            "contractbepaling",
            1,
            ["sroi"],
            text=Text(nl="Besteed {pct}% aan social return.", en="Spend {pct}% on social return."),
            parameters={"pct": pct},
        ),
        crit("groen-04", "gunningscriterium", 3, ["milieu"]),
        crit("weg-01", "eis", 1, ["circulair"]),
        crit("weg-02", "gunningscriterium", 2, ["klimaat"]),
    ]
    by_group: dict[str, list[Criterion]] = {}
    for c in criteria:
        by_group.setdefault(c.group, []).append(c)
    return Catalogue(
        root=builtin_root(),
        info=CatalogueInfo(version="test", date=date(2026, 1, 1), title=t("Test")),
        themes={},
        levels={},
        presets={},
        clusters={},
        isv_categories={"bedrijfskleding": IsvCategory(id="bedrijfskleding", name=t("Workwear"))},
        groups=groups,
        criteria={c.id: c for c in criteria},
        by_group=by_group,
    )


def own_award(
    cid: str, weight: float | None, themes: tuple[str, ...] = (), scoring: str = "0-10"
) -> OwnCriterion:
    return OwnCriterion(
        id=cid,
        type=CriterionType.GUNNINGSCRITERIUM,
        title=f"Own {cid}",
        text="Text",
        themes=[Theme(x) for x in themes],
        scoring=scoring,
        weight=weight,
    )


def tender(
    criteria: dict[str, float | None] | None = None,
    own: list[OwnCriterion] | None = None,
    **award: Any,
) -> Tender:
    """A tender with catalogue criteria {id: weight} and an award model."""
    chosen = [ChosenCriterion(id=k, weight=v) for k, v in (criteria or {}).items()]
    return Tender(criteria=chosen, own_criteria=own or [], award=AwardModel(**award))


def procurement(
    pid: str = "p1",
    group_id: str = "groen",
    contract: str = "services",
    value: float = 500_000,
    months: int = 24,
    tender_: Tender | None = None,
    **extra: Any,
) -> Procurement:
    return Procurement(
        id=pid,
        title=f"Procurement {pid}",
        product_group=group_id,
        contract_type=ContractType(contract),
        value_eur=value,
        duration_months=months,
        tender=tender_,
        **extra,
    )


def plan(
    procs: list[Procurement],
    kind: str = "gemeente",
    levels: dict[str, int] | None = None,
    targets: dict[str, list[dict[str, Any]]] | None = None,
) -> Plan:
    """A plan with ambitions {theme: level} and targets {theme: [target dicts]}."""
    themes = {}
    for theme, level in (levels or {}).items():
        themes[Theme(theme)] = ThemeAmbition(
            level=Level(level), targets=(targets or {}).get(theme, [])
        )
    return Plan(
        organisation=Organisation(name="Test", kind=kind),
        ambitions=Ambitions(themes=themes),
        procurements=procs,
    )
