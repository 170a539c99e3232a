"""Procedure advice: threshold, fitting procedures, obligations, time limits, timetable.

One function, `advise`, answers the buyer's first questions about a procurement: is it
European, which procedures fit (best first, each with its reason), what must or should
be in it (EU notice, UEA/ESPD or Eigen Verklaring, standstill, ISV, social return), and
how long it takes at least. `advise_procurement` asks the same for a procurement in a
plan, with the organisation's own value bands. Every figure comes from the reference
tables; every text is bilingual.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from mvi_tui.core import reference
from mvi_tui.core.catalogue import Catalogue
from mvi_tui.core.catalogue_models import ProductGroup
from mvi_tui.core.enums import (
    AWARD_METHOD_NAMES,
    AwardMethod,
    ContractType,
    Lang,
    OrgKind,
    Procedure,
)
from mvi_tui.core.numfmt import Eur, Pct, bi
from mvi_tui.core.plan import Plan, Procurement, Timetable, ValueBand
from mvi_tui.core.text import Text
from mvi_tui.core.thresholds import Threshold, threshold_for

MESSAGES = {
    "above": {
        "nl": "De geraamde waarde van {value} ligt op of boven de EU-drempel van {threshold}: een Europese procedure is verplicht.",
        "en": "The estimated value of {value} is at or above the EU threshold of {threshold}: an EU procedure is required.",
    },
    "above_social": {
        "nl": "Sociale en andere specifieke diensten vanaf {threshold} vallen onder het verlichte regime: u kondigt Europees aan en richt de procedure zelf in, binnen de beginselen van gelijke behandeling en transparantie.",
        "en": "Social and other specific services from {threshold} fall under the light regime: you publish an EU notice and design the procedure yourself, within the principles of equal treatment and transparency.",
    },
    "band": {
        "nl": "Onder de EU-drempel van {threshold}. Volgens {table} past deze procedure tot {limit}.",
        "en": "Below the EU threshold of {threshold}. According to {table} this procedure fits up to {limit}.",
    },
    "band_fallback": {
        "nl": "Onder de EU-drempel van {threshold}, maar boven de hoogste waardegrens in {table}: een openbare nationale aankondiging ligt voor de hand.",
        "en": "Below the EU threshold of {threshold}, but above the highest value band in {table}: a public national notice is the natural choice.",
    },
    "table_own": {"nl": "uw eigen waardegrenzen", "en": "your own value bands"},
    "table_default": {
        "nl": "de standaardtabel (een voorbeeld; stel uw eigen grenzen in)",
        "en": "the default table (an example; set your own bands)",
    },
    "limit_threshold": {"nl": "de EU-drempel", "en": "the EU threshold"},
    "heavier": {
        "nl": "Een zwaardere procedure mag altijd en geeft meer concurrentie, tegen meer lasten voor u en de inschrijvers.",
        "en": "A heavier procedure is always allowed and brings more competition, at more cost to you and the bidders.",
    },
    "provisional": {
        "nl": "Let op: de datum {on} valt buiten de drempeltabel; het bedrag van periode {period} is gebruikt. Controleer de actuele drempel.",
        "en": "Note: the date {on} is outside the threshold table; the amount of period {period} is used. Check the current threshold.",
    },
    "near": {
        "nl": "De waarde ligt dicht onder de drempel: tel alle opties, verlengingen en gelijksoortige opdrachten mee; opknippen om onder de drempel te blijven mag niet.",
        "en": "The value is just below the threshold: count all options, extensions and similar contracts; splitting to stay below the threshold is not allowed.",
    },
    "eu-notice": {
        "nl": "Kondig de opdracht aan via TenderNed; de aankondiging gaat ook naar het Publicatieblad van de EU.",
        "en": "Announce the contract on TenderNed; the notice also goes to the EU Official Journal.",
    },
    "eu-notice_reason": {
        "nl": "Verplicht voor opdrachten vanaf de EU-drempel.",
        "en": "Required for contracts from the EU threshold.",
    },
    "national-notice": {
        "nl": "Kondig de opdracht aan via TenderNed.",
        "en": "Announce the contract on TenderNed.",
    },
    "national-notice_reason": {
        "nl": "Een nationale openbare procedure begint met een openbare aankondiging.",
        "en": "A national open procedure starts with a public notice.",
    },
    "espd": {
        "nl": "Vraag het Uniform Europees Aanbestedingsdocument (UEA) voor uitsluitingsgronden en geschiktheid.",
        "en": "Ask for the European Single Procurement Document (ESPD, UEA) for exclusion grounds and suitability.",
    },
    "espd_reason": {
        "nl": "Bij Europese procedures is het UEA het standaardformulier.",
        "en": "In EU procedures the ESPD is the standard form.",
    },
    "eigen-verklaring": {
        "nl": "Vraag de Eigen Verklaring voor uitsluitingsgronden en geschiktheid.",
        "en": "Ask for the Eigen Verklaring (self-declaration) for exclusion grounds and suitability.",
    },
    "eigen-verklaring_reason": {
        "nl": "Het nationale standaardformulier; in een nationale openbare procedure verplicht, bij een meervoudig onderhandse procedure aan te raden.",
        "en": "The national standard form; required in a national open procedure, advisable in a multiple-quote procedure.",
    },
    "standstill": {
        "nl": "Houd een opschortende termijn aan tussen het voornemen tot gunning en het sluiten van het contract.",
        "en": "Keep a standstill period between the intended award decision and signing the contract.",
    },
    "standstill_reason_eu": {
        "nl": "Verplicht bij Europese procedures, zodat afgewezen inschrijvers de beslissing kunnen laten toetsen.",
        "en": "Required in EU procedures, so that unsuccessful bidders can have the decision reviewed.",
    },
    "standstill_reason_national": {
        "nl": "Niet verplicht onder de drempel, maar het geeft inschrijvers de kans bezwaar te maken voordat het contract vastligt.",
        "en": "Not required below the threshold, but it gives bidders a chance to object before the contract is fixed.",
    },
    "award-bpkv": {
        "nl": "Gun op de beste prijs-kwaliteitverhouding en maak de weging van de criteria bekend in de aanbestedingsstukken.",
        "en": "Award on the best price-quality ratio and publish the weighting of the criteria in the tender documents.",
    },
    "award-bpkv_reason": {
        "nl": "Beste prijs-kwaliteitverhouding is de hoofdregel; laagste prijs of laagste kosten mag alleen met een motivering.",
        "en": "Best price-quality ratio is the main rule; lowest price or lowest cost only with a stated reason.",
    },
    "motivate-award": {
        "nl": "Motiveer in de aanbestedingsstukken waarom u op {method} gunt in plaats van op de beste prijs-kwaliteitverhouding.",
        "en": "State in the tender documents why you award on {method} instead of the best price-quality ratio.",
    },
    "motivate-award_reason": {
        "nl": "De wet vraagt een motivering als u afwijkt van de beste prijs-kwaliteitverhouding.",
        "en": "The law asks for a reason when you depart from the best price-quality ratio.",
    },
    "lots": {
        "nl": "Verdeel de opdracht in percelen, of motiveer waarom niet.",
        "en": "Split the contract into lots, or state why not.",
    },
    "lots_reason": {
        "nl": "Percelen maken de opdracht toegankelijker voor het mkb; niet splitsen vraagt een motivering.",
        "en": "Lots make the contract more accessible to SMEs; not splitting needs a stated reason.",
    },
    "isv": {
        "nl": "Neem de internationale sociale voorwaarden (ISV) op als contractvoorwaarde: risicoanalyse, plan van aanpak en rapportage over due diligence in de keten.",
        "en": "Include the international social conditions (ISV) as a contract condition: risk analysis, plan of approach and reporting on due diligence in the supply chain.",
    },
    "isv_reason_rijk": {
        "nl": "{group} valt in de ISV-risicocategorie {category}; voor het Rijk zijn de ISV verplicht vanaf de EU-drempel.",
        "en": "{group} is in the ISV risk category {category}; for central government the ISV are mandatory from the EU threshold.",
    },
    "isv_reason_other": {
        "nl": "{group} valt in de ISV-risicocategorie {category}; het Rijk past de ISV verplicht toe vanaf de EU-drempel en raadt andere overheden hetzelfde aan.",
        "en": "{group} is in the ISV risk category {category}; central government applies the ISV from the EU threshold and advises other authorities to do the same.",
    },
    "sroi": {
        "nl": "Neem social return op: besteed ongeveer {pct} van de opdrachtwaarde ({amount}) aan werk voor mensen met een afstand tot de arbeidsmarkt.",
        "en": "Include social return: spend about {pct} of the contract value ({amount}) on work for people distant from the labour market.",
    },
    "sroi_reason": {
        "nl": "Social return geldt bij werken en diensten vanaf {min_value} met een looptijd van ten minste {months} maanden.",
        "en": "Social return applies to works and services from {min_value} with a term of at least {months} months.",
    },
    "sroi_reason_months_unknown": {
        "nl": "Social return geldt bij werken en diensten vanaf {min_value} met een looptijd van ten minste {months} maanden; de looptijd is niet opgegeven.",
        "en": "Social return applies to works and services from {min_value} with a term of at least {months} months; the term was not given.",
    },
}


@dataclass(frozen=True)
class ProcedureOption:
    """A procedure that fits, with the reason in both languages."""

    code: Procedure
    name: Text
    reason: Text


@dataclass(frozen=True)
class Obligation:
    """Something the tender must (`mandatory`) or should contain."""

    code: str  # "isv", "sroi", "eu-notice", "espd", "standstill", "motivate-award", ...
    text: Text
    reason: Text
    mandatory: bool


@dataclass(frozen=True)
class TimeLimit:
    """A minimum time limit in calendar days; `legal` False means common practice."""

    code: str
    days: int
    text: Text
    legal: bool = True


@dataclass
class Advice:
    """What the engine advises for one procurement."""

    threshold_eur: float
    above_threshold: bool
    period: str
    procedures: list[ProcedureOption]  # fitting procedures, best first
    obligations: list[Obligation]
    time_limits: list[TimeLimit]
    threshold: Threshold | None = None
    kind: OrgKind = OrgKind.GEMEENTE
    contract: ContractType = ContractType.SERVICES
    value_eur: float = 0.0
    on: date | None = None
    timetable: Timetable | None = None
    notes: list[Text] = field(default_factory=list)

    @property
    def procedure(self) -> Procedure:
        """The advised procedure (the first that fits)."""
        return self.procedures[0].code

    def obligation(self, code: str) -> Obligation | None:
        """The obligation with `code`, if it applies."""
        return next((o for o in self.obligations if o.code == code), None)

    def to_json(self, lang: Lang | str = Lang.EN) -> dict[str, Any]:
        """Plain data for `--json` and the exports; texts in `lang`."""
        tt = self.timetable.model_dump(mode="json") if self.timetable else {}
        return {
            "kind": str(self.kind),
            "contract": str(self.contract),
            "value_eur": self.value_eur,
            "date": self.on.isoformat() if self.on else None,
            "threshold_eur": self.threshold_eur,
            "above_threshold": self.above_threshold,
            "period": self.period,
            "central": self.threshold.central if self.threshold else None,
            "provisional": self.threshold.provisional if self.threshold else False,
            "procedures": [str(p.code) for p in self.procedures],
            "procedure_details": [
                {"code": str(p.code), "name": p.name.get(lang), "reason": p.reason.get(lang)}
                for p in self.procedures
            ],
            "obligations": [
                {
                    "code": o.code,
                    "mandatory": o.mandatory,
                    "text": o.text.get(lang),
                    "reason": o.reason.get(lang),
                }
                for o in self.obligations
            ],
            "time_limits": [
                {"code": t.code, "days": t.days, "legal": t.legal, "text": t.text.get(lang)}
                for t in self.time_limits
            ],
            "timetable": tt,
            "notes": [n.get(lang) for n in self.notes],
        }


# Procedures ---------------------------------------------------------------------------


def band_for(
    contract: ContractType,
    value_eur: float,
    bands: list[ValueBand] | None = None,
    catalogue: Catalogue | None = None,
) -> tuple[Procedure, float | None, bool, bool]:
    """The national band for a value below the threshold.

    Returns (procedure, upper bound of the band or None for "up to the threshold",
    whether the organisation's own bands were used, whether it is the fallback).
    """
    table = reference.value_bands(catalogue)
    own = [b for b in bands or () if b.contract_type == contract]
    rows: list[tuple[float | None, Procedure]]
    if own:
        rows = [(b.max_eur, b.procedure) for b in own]
    else:
        rows = [(r.max_eur, r.procedure) for r in table.band if r.contract_type == contract]
    rows.sort(key=lambda r: float("inf") if r[0] is None else r[0])
    for max_eur, procedure in rows:
        if max_eur is None or value_eur < max_eur:
            return procedure, max_eur, bool(own), False
    return table.fallback, None, bool(own), True


def _option(code: Procedure, context: Text, catalogue: Catalogue | None) -> ProcedureOption:
    info = reference.procedures(catalogue).get(code)
    reason = Text(nl=f"{context.nl} {info.when.nl}", en=f"{context.en} {info.when.en}")
    return ProcedureOption(code=code, name=info.name, reason=reason)


def _above_options(
    contract: ContractType,
    value_eur: float,
    threshold: float,
    innovation: bool,
    catalogue: Catalogue | None,
) -> list[ProcedureOption]:
    if contract == ContractType.SOCIAL_SERVICES:
        context = bi(MESSAGES, "above_social", threshold=Eur(threshold))
        codes = [Procedure.OPEN, Procedure.RESTRICTED, Procedure.NEGOTIATED_WITH_CALL]
    else:
        context = bi(MESSAGES, "above", threshold=Eur(threshold), value=Eur(value_eur))
        codes = [Procedure.OPEN, Procedure.RESTRICTED]
        if innovation:
            codes += [
                Procedure.COMPETITIVE_DIALOGUE,
                Procedure.INNOVATION_PARTNERSHIP,
                Procedure.NEGOTIATED_WITH_CALL,
            ]
        else:
            codes += [Procedure.NEGOTIATED_WITH_CALL, Procedure.COMPETITIVE_DIALOGUE]
    first = _option(codes[0], context, catalogue)
    table = reference.procedures(catalogue)
    return [first] + [
        ProcedureOption(code=c, name=table.get(c).name, reason=table.get(c).when) for c in codes[1:]
    ]


def _below_options(
    contract: ContractType,
    value_eur: float,
    threshold: float,
    bands: list[ValueBand] | None,
    catalogue: Catalogue | None,
) -> list[ProcedureOption]:
    procedure, max_eur, own, fallback = band_for(contract, value_eur, bands, catalogue)
    table_name = bi(MESSAGES, "table_own" if own else "table_default")
    if fallback:
        context = bi(MESSAGES, "band_fallback", threshold=Eur(threshold), table=table_name)
    else:
        limit: object = Eur(max_eur) if max_eur is not None else bi(MESSAGES, "limit_threshold")
        context = bi(MESSAGES, "band", threshold=Eur(threshold), table=table_name, limit=limit)
    options = [_option(procedure, context, catalogue)]
    table = reference.procedures(catalogue)
    rank = table.get(procedure).rank
    heavier = bi(MESSAGES, "heavier")
    for info in sorted(table.procedure, key=lambda p: p.rank):
        if not info.eu and info.rank > rank:
            options.append(_option(info.code, heavier, catalogue))
    return options


# Obligations --------------------------------------------------------------------------


def _ob(code: str, mandatory: bool, reason_key: str | None = None, **fields: object) -> Obligation:
    return Obligation(
        code=code,
        text=bi(MESSAGES, code, **fields),
        reason=bi(MESSAGES, reason_key or f"{code}_reason", **fields),
        mandatory=mandatory,
    )


def _procedure_obligations(
    contract: ContractType, above: bool, first: Procedure
) -> list[Obligation]:
    """Notice, exclusion form, award rule, lots and standstill."""
    social = contract == ContractType.SOCIAL_SERVICES
    if above:
        return [
            _ob("eu-notice", True),
            _ob("espd", not social),
            _ob("award-bpkv", not social),
            _ob("lots", not social),
            _ob("standstill", not social, "standstill_reason_eu"),
        ]
    out: list[Obligation] = []
    if first == Procedure.NATIONAL_OPEN:
        out += [_ob("national-notice", True), _ob("eigen-verklaring", True), _ob("lots", True)]
    elif first == Procedure.MULTIPLE_QUOTE:
        out.append(_ob("eigen-verklaring", False))
    if first in (Procedure.NATIONAL_OPEN, Procedure.MULTIPLE_QUOTE):
        out.append(_ob("standstill", False, "standstill_reason_national"))
    return out


def _isv_obligation(
    kind: OrgKind, group: ProductGroup | None, above: bool, catalogue: Catalogue | None
) -> list[Obligation]:
    if group is None or group.isv_risk is None or not above:
        return []
    category: object = group.isv_risk
    if catalogue is not None and group.isv_risk in catalogue.isv_categories:
        category = catalogue.isv_categories[group.isv_risk].name
    rijk = kind == OrgKind.RIJK
    key = "isv_reason_rijk" if rijk else "isv_reason_other"
    return [_ob("isv", rijk, key, group=group.name, category=category)]


def sroi_applies(
    contract: ContractType,
    value_eur: float,
    months: int | None,
    catalogue: Catalogue | None = None,
) -> bool:
    """Social return applies (an unknown term counts as long enough: better to ask)."""
    rule = reference.sroi(catalogue).rule
    if contract not in rule.contract_types or value_eur < rule.min_value_eur:
        return False
    return months is None or months >= rule.min_months


def _sroi_obligation(
    kind: OrgKind,
    contract: ContractType,
    value_eur: float,
    months: int | None,
    catalogue: Catalogue | None,
) -> list[Obligation]:
    if not sroi_applies(contract, value_eur, months, catalogue):
        return []
    rule = reference.sroi(catalogue).rule
    fields = {
        "pct": Pct(rule.default_pct),
        "amount": Eur(value_eur * rule.default_pct / 100),
        "min_value": Eur(rule.min_value_eur),
        "months": rule.min_months,
    }
    key = "sroi_reason" if months is not None else "sroi_reason_months_unknown"
    return [_ob("sroi", kind == OrgKind.RIJK, key, **fields)]


# Time limits and timetable ------------------------------------------------------------


def time_limits_for(procedure: Procedure, catalogue: Catalogue | None = None) -> list[TimeLimit]:
    """The minimum time limits of `procedure`, texts filled in."""
    rows = reference.time_limits(catalogue).for_procedure(procedure)
    return [
        TimeLimit(
            code=r.code,
            days=r.days,
            legal=r.legal,
            text=Text(nl=r.text.nl.format(days=r.days), en=r.text.en.format(days=r.days)),
        )
        for r in rows
    ]


def _forward(day: date) -> date:
    """Move a deadline that falls in a weekend to the Monday after (never shorter)."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _backward(day: date) -> date:
    """Move an answer date that falls in a weekend to the Friday before (never later)."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def draft_timetable(
    procedure: Procedure,
    publication: date,
    *,
    above_threshold: bool = True,
    catalogue: Catalogue | None = None,
) -> Timetable:
    """Key dates from the minimum time limits, counted from the publication date.

    Deadlines that fall in a weekend move to the next Monday, answers to the Friday
    before, so the draft never undercuts a minimum. `above_threshold` is kept for callers
    that want to show whether the limits are statutory; the procedure decides the limits.
    """
    table = reference.time_limits(catalogue)

    def days(code: str) -> int:
        return table.days(procedure, code) or 0

    invitation = publication
    requests = table.days(procedure, "requests")
    if requests is not None:
        invitation = _forward(publication + timedelta(days=requests + days("selection")))
    submission_days = days("submission")
    if table.timetable.apply_electronic_reduction:
        submission_days -= days("electronic-reduction")
    submission = _forward(invitation + timedelta(days=submission_days))
    nvi = _backward(submission - timedelta(days=days("nvi")))
    nvi = max(nvi, invitation)
    questions = _backward(nvi - timedelta(days=days("questions")))
    questions = min(max(questions, invitation + timedelta(days=1)), nvi)
    award = _forward(submission + timedelta(days=days("evaluation")))
    standstill = table.days(procedure, "standstill")
    standstill_end = award + timedelta(days=standstill) if standstill is not None else None
    start = _forward((standstill_end or award) + timedelta(days=1))
    return Timetable(
        publication=publication,
        questions_deadline=questions,
        nvi=nvi,
        submission_deadline=submission,
        award_intended=award,
        standstill_end=standstill_end,
        contract_start=start,
    )


# Advice -------------------------------------------------------------------------------


def _group(group: ProductGroup | str | None, catalogue: Catalogue | None) -> ProductGroup | None:
    if group is None or isinstance(group, ProductGroup):
        return group
    from mvi_tui.core.catalogue import default_catalogue

    cat = catalogue or default_catalogue()
    if group not in cat.groups:
        hint = ", ".join(cat.suggest_group(group))
        raise KeyError(
            f"unknown product group {group}" + (f" (did you mean {hint}?)" if hint else "")
        )
    return cat.groups[group]


def advise(
    kind: OrgKind | str,
    contract: ContractType | str,
    value_eur: float,
    *,
    group: ProductGroup | str | None = None,
    on: date | None = None,
    months: int | None = None,
    bands: list[ValueBand] | None = None,
    innovation: bool = False,
    catalogue: Catalogue | None = None,
) -> Advice:
    """The advice for a contract of `value_eur` (whole term with options, excl. VAT).

    `on` is the publication date (default today): it picks the threshold period and
    starts the draft timetable. `group` (an id or a ProductGroup) adds ISV; `months` is
    the term for social return; `bands` are the organisation's own value bands;
    `innovation` puts the procedures that leave room for innovation first after the
    open and restricted ones. Raises KeyError for an unknown group id.
    """
    kind, contract = OrgKind(kind), ContractType(contract)
    on = on or date.today()
    pg = _group(group, catalogue)
    threshold = threshold_for(kind, contract, on, catalogue)
    above = threshold.applies_to(value_eur)
    if above:
        options = _above_options(contract, value_eur, threshold.amount_eur, innovation, catalogue)
    else:
        options = _below_options(contract, value_eur, threshold.amount_eur, bands, catalogue)
    first = options[0].code
    obligations = _procedure_obligations(contract, above, first)
    obligations += _isv_obligation(kind, pg, above, catalogue)
    obligations += _sroi_obligation(kind, contract, value_eur, months, catalogue)
    notes: list[Text] = []
    if threshold.provisional:
        notes.append(bi(MESSAGES, "provisional", on=on.isoformat(), period=threshold.period))
    if not above and value_eur >= 0.9 * threshold.amount_eur:
        notes.append(bi(MESSAGES, "near"))
    return Advice(
        threshold_eur=threshold.amount_eur,
        above_threshold=above,
        period=threshold.period,
        procedures=options,
        obligations=obligations,
        time_limits=time_limits_for(first, catalogue),
        threshold=threshold,
        kind=kind,
        contract=contract,
        value_eur=value_eur,
        on=on,
        timetable=draft_timetable(first, on, above_threshold=above, catalogue=catalogue),
        notes=notes,
    )


def procurement_months(proc: Procurement) -> int:
    """The whole possible term: base term plus options (as the value counts options)."""
    return proc.duration_months + proc.options_months


def reference_date(proc: Procurement, on: date | None = None) -> date:
    """The date that picks the threshold period for a planned procurement.

    An explicit date wins, then the tender's planned publication, then the planned
    contract start (publication comes a little earlier, in the same period as a rule),
    then today.
    """
    tender = proc.tender
    return on or (tender.timetable.publication if tender else None) or proc.start or date.today()


def advise_procurement(
    plan: Plan,
    proc: Procurement,
    catalogue: Catalogue | None = None,
    on: date | None = None,
) -> Advice:
    """The advice for a procurement of a plan, with the organisation's own bands.

    The threshold period follows `reference_date`; the time limits and the draft
    timetable are those of the tender's chosen procedure (else the advised one) and start
    at the tender's planned publication, else `on`, else today. A high need for innovation
    (4 or 5) or the ambitious level brings the innovation-friendly procedures forward; a
    lowest-price or lowest-cost award adds the duty to motivate it.
    """
    from mvi_tui.core.catalogue import default_catalogue

    cat = catalogue or default_catalogue()
    tender = proc.tender
    innovation = proc.influence.innovation_need >= 4 or (proc.level is not None and proc.level >= 3)
    advice = advise(
        plan.organisation.kind,
        proc.contract_type,
        proc.value_eur,
        group=cat.groups.get(proc.product_group),
        on=reference_date(proc, on),
        months=procurement_months(proc),
        bands=plan.organisation.value_bands,
        innovation=innovation,
        catalogue=cat,
    )
    publication = (tender.timetable.publication if tender else None) or on or date.today()
    # The time limits and the timetable follow the procedure the buyer chose, if any, and
    # start at the publication (`advise` drafted them for its first procedure and date).
    used = (tender.procedure if tender else None) or advice.procedure
    if used != advice.procedure:
        advice.time_limits = time_limits_for(used, cat)
    if used != advice.procedure or publication != advice.on:
        advice.timetable = draft_timetable(
            used, publication, above_threshold=advice.above_threshold, catalogue=cat
        )
    if tender and tender.award.method in (AwardMethod.LOWEST_PRICE, AwardMethod.LOWEST_COST):
        method = bi(AWARD_METHOD_NAMES, tender.award.method)
        advice.obligations.append(_ob("motivate-award", True, method=method))
    return advice
