"""The tender as an OCDS 1.1 release package (planning and tender stage).

Other systems (TenderNed-like platforms, monitoring dashboards, the national benchmark)
read procurement data as OCDS. The release carries the core fields (title, value, CPV
items, procurement method, award criteria, periods) and three extensions:
- lots: `tender.lots`. The award criteria breakdown only has a place on a lot, so a
  tender that is not split is published as one lot covering the whole contract, the way
  eForms always has at least one lot.
- awardCriteriaBreakdown: per lot the criteria with type price/cost/quality and weights.
- sustainability: per MVOI theme its goal (`ocds_goal` in ambitions/themes.toml) and
  the strategies used (requirements, award criteria, contract clauses, selection, and
  nationalGPPCriteria when criteria come from the national-style catalogue).
Plan texts are JSON strings; nothing in them is interpreted.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from mvi_tui.core.catalogue import Catalogue
from mvi_tui.core.enums import AwardMethod, ContractType, CriterionType, Procedure, Theme
from mvi_tui.core.plan import Plan, Procurement, Tender
from mvi_tui.core.resolve import ResolvedCriterion
from mvi_tui.export.document import document_lang
from mvi_tui.export.facts import TenderFacts, gather
from mvi_tui.export.formatting import add_months
from mvi_tui.export.texts import PROCEDURE_NAMES, Say

EXTENSIONS = {
    "lots": "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
    "awardCriteriaBreakdown": "https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteria_extension/master/extension.json",
    "sustainability": "https://raw.githubusercontent.com/open-contracting-extensions/ocds_sustainability_extension/master/extension.json",
}
OCID_PREFIX = "ocds-mvitui"
"""Replace with the publisher's registered OCID prefix before publishing."""

METHODS: dict[Procedure, str] = {
    Procedure.OPEN: "open",
    Procedure.NATIONAL_OPEN: "open",
    Procedure.RESTRICTED: "selective",
    Procedure.COMPETITIVE_DIALOGUE: "selective",
    Procedure.NEGOTIATED_WITH_CALL: "selective",
    Procedure.INNOVATION_PARTNERSHIP: "selective",
    Procedure.MULTIPLE_QUOTE: "limited",
    Procedure.NEGOTIATED_WITHOUT_CALL: "limited",
    Procedure.SINGLE_QUOTE: "direct",
}
CATEGORIES: dict[ContractType, str] = {
    ContractType.WORKS: "works",
    ContractType.SUPPLIES: "goods",
    ContractType.SERVICES: "services",
    ContractType.SOCIAL_SERVICES: "services",
}
STRATEGIES: dict[CriterionType, str] = {
    CriterionType.EIS: "technicalSpecifications",
    CriterionType.GUNNINGSCRITERIUM: "awardCriteria",
    CriterionType.CONTRACTBEPALING: "contractPerformanceConditions",
    CriterionType.GESCHIKTHEIDSEIS: "selectionCriteria",
    CriterionType.SELECTIECRITERIUM: "selectionCriteria",
}
NAMES = {
    "price": ("Prijs", "Price"),
    "cost": ("Levenscycluskosten", "Life-cycle cost"),
    "value_based": (
        "Gunnen op waarde: de kwaliteitswaarde in euro's wordt van de inschrijfprijs afgetrokken; de laagste fictieve prijs wint. De gewichten verdelen de kwaliteitswaarde.",
        "Value-based award: the quality value in euros is deducted from the bid price; the lowest fictive price wins. The weights divide the quality value.",
    ),
    "ratio": (
        "Prijs-kwaliteitverhouding: de gewogen kwaliteitsscore gedeeld door de inschrijfprijs; de hoogste verhouding wint.",
        "Price-quality ratio: the weighted quality score divided by the bid price; the highest ratio wins.",
    ),
    "details": {
        AwardMethod.WEIGHTED_POINTS: (
            "Beste prijs-kwaliteitverhouding, gewogen punten (prijs {price}%, kwaliteit {quality}%).",
            "Best price-quality ratio, weighted points (price {price}%, quality {quality}%).",
        ),
        AwardMethod.VALUE_BASED: (
            "Beste prijs-kwaliteitverhouding, gunnen op waarde.",
            "Best price-quality ratio, value-based award (gunnen op waarde).",
        ),
        AwardMethod.PRICE_QUALITY_RATIO: (
            "Beste prijs-kwaliteitverhouding, prijs-kwaliteitverhouding.",
            "Best price-quality ratio, quality score per euro.",
        ),
        AwardMethod.LOWEST_COST: (
            "Laagste kosten op basis van levenscycluskosten.",
            "Lowest cost on the basis of life-cycle cost.",
        ),
        AwardMethod.LOWEST_PRICE: ("Laagste prijs.", "Lowest price."),
    },
    "ladder": (
        " CO2-Prestatieladder: fictieve korting per niveau ({discounts}%).",
        " CO2 Performance Ladder: fictive discount per level ({discounts}%).",
    ),
    "whole": (
        "Hele opdracht (niet in percelen verdeeld)",
        "Whole contract (not divided into lots)",
    ),
    "national": (
        "Criteria uit de MVI-criteriacatalogus van mvi-tui (versie {version}), naar het model van de nationale MVI-criteria.",
        "Criteria from the mvi-tui MVI criteria catalogue (version {version}), modelled on the national MVI criteria.",
    ),
}
SINGLE_LOT = "LOT-0001"


def _slug(text: str) -> str:
    """A stable identifier part: lower case letters, digits and hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "x"


def _datetime(day: date) -> str:
    """Dates in OCDS are date-times; a deadline counts to noon Dutch time, kept simple in UTC."""
    return datetime.combine(day, time(12, 0), tzinfo=UTC).isoformat()


def _number(value: float) -> float | int:
    """Whole numbers as integers (450000, not 450000.0), others rounded to cents."""
    value = round(float(value), 4)
    return int(value) if value.is_integer() else value


def _value(amount: float) -> dict[str, Any]:
    return {"amount": _number(round(float(amount), 2)), "currency": "EUR"}


def _weight(number: float) -> dict[str, Any]:
    return {"number": _number(number), "weight": "percentageExact"}


def _criteria_for_lot(
    lot_id: str | None, tender: Tender, criteria: list[ResolvedCriterion], pick: Say
) -> dict[str, Any]:
    """The awardCriteria object (breakdown extension) for one lot (None: the whole tender)."""
    award = tender.award
    method = award.method
    out: list[dict[str, Any]] = []
    if method == AwardMethod.LOWEST_PRICE:
        out.append({"type": "price", "name": pick.pick(NAMES["price"]), "numbers": [_weight(100)]})
    elif method == AwardMethod.LOWEST_COST:
        out.append({"type": "cost", "name": pick.pick(NAMES["cost"]), "numbers": [_weight(100)]})
    else:
        if method != AwardMethod.PRICE_QUALITY_RATIO:
            out.append(
                {
                    "type": "price",
                    "name": pick.pick(NAMES["price"]),
                    "numbers": [_weight(award.price_weight)],
                }
            )
        for c in criteria:
            if not c.is_award or (c.lot and lot_id is not None and c.lot != lot_id):
                continue
            item: dict[str, Any] = {"type": "quality", "name": c.title or c.id}
            description = c.text.strip()
            if description:
                item["description"] = description
            if c.weight is not None:
                item["numbers"] = [_weight(c.weight)]
            out.append(item)
    result: dict[str, Any] = {"criteria": out}
    if method == AwardMethod.VALUE_BASED:
        result["weightingDescription"] = pick.pick(NAMES["value_based"])
    elif method == AwardMethod.PRICE_QUALITY_RATIO:
        result["weightingDescription"] = pick.pick(NAMES["ratio"])
    return result


def _sustainability(
    criteria: list[ResolvedCriterion], catalogue: Catalogue, pick: Say
) -> list[dict[str, Any]]:
    """One entry per theme used: its OCDS goal and the strategies that pursue it."""
    strategies: dict[Theme, set[str]] = {}
    national: dict[Theme, bool] = {}
    for c in criteria:
        for theme in c.themes:
            strategies.setdefault(theme, set()).add(STRATEGIES[c.type])
            if not c.own and c.known:
                national[theme] = True
    out = []
    for theme in Theme:
        if theme not in strategies:
            continue
        info = catalogue.themes.get(theme)
        goal = info.ocds_goal if info else None
        if not goal:
            continue
        used = sorted(strategies[theme])
        if national.get(theme):
            used.append("nationalGPPCriteria")
        entry: dict[str, Any] = {"goal": goal, "strategies": used}
        if info is not None:
            entry["description"] = info.name.get(pick.lang)
        out.append(entry)
    return out


def build_release_package(
    plan: Plan,
    proc: Procurement,
    catalogue: Catalogue,
    lang: str | None = None,
    *,
    facts: TenderFacts | None = None,
    today: date | None = None,
    source: str = "",
) -> dict[str, Any]:
    """The OCDS release package of one tender; `source` (the plan's stem) makes ids unique."""
    lang = document_lang(plan, lang)
    pick = Say(lang)
    facts = facts or gather(plan, proc, catalogue, lang)
    today = today or date.today()
    tender = proc.tender or Tender()
    criteria = facts.criteria
    group = catalogue.groups.get(proc.product_group)
    org = plan.organisation.name.strip()
    org_id = f"mvitui-org-{_slug(org or source or 'organisation')}"
    ocid = (
        f"{OCID_PREFIX}-{_slug(source)}-{_slug(proc.id)}"
        if source
        else f"{OCID_PREFIX}-{_slug(proc.id)}"
    )
    published = datetime.combine(today, time(12, 0), tzinfo=UTC).isoformat()

    items: list[dict[str, Any]] = []
    if group is not None:
        item: dict[str, Any] = {
            "id": "1",
            "description": proc.title,
            "classification": {
                "scheme": "CPV",
                "id": group.cpv_main.split("-")[0],
                "description": group.name.get(lang),
            },
        }
        if group.cpv_related:
            item["additionalClassifications"] = [
                {"scheme": "CPV", "id": code.split("-")[0]} for code in group.cpv_related
            ]
        items.append(item)

    t: dict[str, Any] = {
        "id": f"{proc.id}-tender",
        "title": proc.title,
        "status": "planned",
        "procuringEntity": {"id": org_id, "name": org or org_id},
        "value": _value(proc.value_eur),
        "mainProcurementCategory": CATEGORIES[proc.contract_type],
    }
    if proc.description.strip():
        t["description"] = proc.description.strip()
    if items:
        t["items"] = items
    if facts.procedure is not None:
        t["procurementMethod"] = METHODS[facts.procedure]
        t["procurementMethodDetails"] = pick.pick(PROCEDURE_NAMES[facts.procedure])
    if facts.procedure_reason:
        t["procurementMethodRationale"] = facts.procedure_reason
    method = tender.award.method
    if method == AwardMethod.LOWEST_PRICE:
        t["awardCriteria"] = "priceOnly"
    elif method == AwardMethod.LOWEST_COST:
        t["awardCriteria"] = "costOnly"
    elif method == AwardMethod.WEIGHTED_POINTS and tender.award.price_weight == 0:
        t["awardCriteria"] = "qualityOnly"
    else:
        t["awardCriteria"] = "ratedCriteria"
    details = pick.pick(NAMES["details"][method]).format(
        price=f"{tender.award.price_weight:g}", quality=f"{100 - tender.award.price_weight:g}"
    )
    if tender.award.co2_ladder.enabled and tender.award.co2_ladder.discounts_pct:
        discounts = "/".join(f"{d:g}" for d in tender.award.co2_ladder.discounts_pct)
        details += pick.pick(NAMES["ladder"]).format(discounts=discounts)
    t["awardCriteriaDetails"] = details
    t["submissionMethod"] = ["electronicSubmission"]

    tt = facts.timetable
    if tt.get("publication") and tt.get("submission_deadline"):
        t["tenderPeriod"] = {
            "startDate": _datetime(tt["publication"]),
            "endDate": _datetime(tt["submission_deadline"]),
        }
    if tt.get("publication") and tt.get("questions_deadline"):
        t["enquiryPeriod"] = {
            "startDate": _datetime(tt["publication"]),
            "endDate": _datetime(tt["questions_deadline"]),
        }
    if tt.get("submission_deadline") and tt.get("award_intended"):
        t["awardPeriod"] = {
            "startDate": _datetime(tt["submission_deadline"]),
            "endDate": _datetime(tt["award_intended"]),
        }
    start = proc.start or tt.get("contract_start")
    period: dict[str, Any] = {"durationInDays": (proc.duration_months * 365) // 12}
    if start:
        end = add_months(start, proc.duration_months) - timedelta(days=1)
        last = add_months(start, proc.duration_months + proc.options_months) - timedelta(days=1)
        period = {
            "startDate": _datetime(start),
            "endDate": _datetime(end),
            "maxExtentDate": _datetime(last),
            "durationInDays": (end - start).days + 1,
        }
    t["contractPeriod"] = period

    if proc.lots:
        lots = []
        for lot in proc.lots:
            entry: dict[str, Any] = {"id": lot.id, "title": lot.title, "status": "planned"}
            if lot.value_eur:
                entry["value"] = _value(lot.value_eur)
            entry["awardCriteria"] = _criteria_for_lot(lot.id, tender, criteria, pick)
            lots.append(entry)
        t["lots"] = lots
    else:
        t["lots"] = [
            {
                "id": SINGLE_LOT,
                "title": proc.title,
                "description": pick.pick(NAMES["whole"]),
                "status": "planned",
                "value": _value(proc.value_eur),
                "awardCriteria": _criteria_for_lot(None, tender, criteria, pick),
            }
        ]
        for item in items:
            item["relatedLot"] = SINGLE_LOT
    goals = _sustainability(criteria, catalogue, pick)
    t["hasSustainability"] = bool(goals)
    if goals:
        t["sustainability"] = goals

    planning: dict[str, Any] = {
        "budget": {"amount": _value(proc.value_eur), "description": proc.title},
    }
    rationale = [pick.pick(NAMES["national"]).format(version=catalogue.version)] if criteria else []
    if tender.lots_reason.strip():
        rationale.insert(0, tender.lots_reason.strip())
    if rationale:
        planning["rationale"] = " ".join(rationale)

    release = {
        "ocid": ocid,
        "id": f"{ocid}-{today.isoformat()}",
        "date": published,
        "tag": ["planning", "tender"],
        "initiationType": "tender",
        "language": lang,
        "parties": [{"id": org_id, "name": org or org_id, "roles": ["buyer", "procuringEntity"]}],
        "buyer": {"id": org_id, "name": org or org_id},
        "planning": planning,
        "tender": t,
    }
    return {
        "uri": f"urn:mvi-tui:{_slug(source or 'plan')}:{_slug(proc.id)}",
        "version": "1.1",
        "extensions": list(EXTENSIONS.values()),
        "publishedDate": published,
        "publisher": {"name": org or "mvi-tui"},
        "releases": [release],
    }


def render_ocds(package: dict[str, Any], *, indent: int | None = None) -> bytes:
    """The package as UTF-8 JSON; compact by default (indenting makes json 10x slower)."""
    separators = (",", ":") if indent is None else None
    text = json.dumps(package, ensure_ascii=False, indent=indent, separators=separators)
    return (text + "\n").encode("utf-8")
