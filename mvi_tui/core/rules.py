"""Rules that warn where a tender falls short of the law, policy or its own ambitions.

Each finding says what is wrong (`message`), why it matters (`reason`) and what to do
(`action`), in Dutch and English, so the wizard can show it beside the field and the
report can list it. Severity: "error" blocks the export step (the tender would be
unlawful or cannot be scored), "warning" is a shortfall against policy or ambitions,
"info" a suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mvi_tui.core import reference
from mvi_tui.core.advice import band_for, reference_date
from mvi_tui.core.award import award_items
from mvi_tui.core.catalogue import Catalogue, default_catalogue
from mvi_tui.core.catalogue_models import ProductGroup
from mvi_tui.core.coverage import (
    CriterionUse,
    has_isv_clause,
    has_sroi,
    isv_risk_above,
    sroi_applies_to,
    tender_criteria,
    themes_by_kind,
)
from mvi_tui.core.enums import (
    AWARD_METHOD_NAMES,
    AwardMethod,
    CriterionType,
    Level,
    OrgKind,
    PriceFormula,
    ScaleKind,
    Theme,
)
from mvi_tui.core.numfmt import Eur, Pct, bi
from mvi_tui.core.plan import Plan, Procurement, Tender
from mvi_tui.core.text import Text
from mvi_tui.core.thresholds import threshold_for

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
WEIGHTED_METHODS = (
    AwardMethod.WEIGHTED_POINTS,
    AwardMethod.VALUE_BASED,
    AwardMethod.PRICE_QUALITY_RATIO,
)
MOTIVATED_METHODS = (AwardMethod.LOWEST_PRICE, AwardMethod.LOWEST_COST)

MESSAGES = {
    "isv-missing": {
        "nl": "Geen ISV-contractvoorwaarde, terwijl {group} in een ISV-risicocategorie valt en de waarde de EU-drempel haalt.",
        "en": "No ISV contract condition, while {group} is in an ISV risk category and the value reaches the EU threshold.",
    },
    "isv-missing_reason_rijk": {
        "nl": "Voor het Rijk zijn de internationale sociale voorwaarden in de tien risicocategorieën verplicht vanaf de EU-drempel.",
        "en": "For central government the international social conditions are mandatory in the ten risk categories from the EU threshold.",
    },
    "isv-missing_reason": {
        "nl": "In risicocategorieën is de kans op misstanden in de keten groot; het Rijk past de ISV daarom verplicht toe en raadt andere overheden hetzelfde aan.",
        "en": "In risk categories abuses in the supply chain are likely; central government therefore applies the ISV and advises other authorities to do the same.",
    },
    "isv-missing_action": {
        "nl": "Kies de ISV-contractbepaling van deze productgroep (type contractbepaling, thema ISV).",
        "en": "Choose the ISV contract clause of this product group (type contractbepaling, theme ISV).",
    },
    "sroi-missing": {
        "nl": "Geen social-returncriterium, terwijl de opdracht {value} waard is en {months} maanden loopt.",
        "en": "No social return criterion, while the contract is worth {value} and runs {months} months.",
    },
    "sroi-missing_reason": {
        "nl": "Social return geldt bij werken en diensten vanaf {min_value} met een looptijd van ten minste {min_months} maanden.",
        "en": "Social return applies to works and services from {min_value} with a term of at least {min_months} months.",
    },
    "sroi-missing_action": {
        "nl": "Neem een social-returnbepaling op, bijvoorbeeld {pct} van de opdrachtwaarde.",
        "en": "Add a social return clause, for example {pct} of the contract value.",
    },
    "theme-uncovered": {
        "nl": "Het thema {theme} staat in de ambities van de organisatie, maar deze aanbesteding heeft er geen criterium voor.",
        "en": "The theme {theme} is in the organisation's ambitions, but this tender has no criterion for it.",
    },
    "theme-uncovered_reason": {
        "nl": "De productgroep {group} heeft impact op {theme}; zonder criterium blijft die impact buiten beeld.",
        "en": "The product group {group} has an impact on {theme}; without a criterion that impact is left out.",
    },
    "theme-uncovered_action": {
        "nl": "Kies een criterium voor {theme} uit de catalogus (filter op thema), of leg uit waarom niet.",
        "en": "Choose a criterion for {theme} from the catalogue (filter by theme), or explain why not.",
    },
    "below-default-level": {
        "nl": "Gekozen niveau {level} ligt onder het standaardniveau {default} van de organisatie voor de thema's van deze productgroep.",
        "en": "The chosen level {level} is below the organisation's default level {default} for the themes of this product group.",
    },
    "below-default-level_reason": {
        "nl": "De ambities van de organisatie vragen voor {themes} ten minste niveau {default}.",
        "en": "The organisation's ambitions ask at least level {default} for {themes}.",
    },
    "below-default-level_action": {
        "nl": "Kies niveau {default} of hoger, of leg in de notities uit waarom deze opdracht lager uitkomt.",
        "en": "Choose level {default} or higher, or explain in the notes why this contract stays lower.",
    },
    "criteria-below-level": {
        "nl": "De gekozen criteria halen niveau {have}; het doel voor deze aanbesteding is niveau {want}.",
        "en": "The criteria chosen reach level {have}; the aim for this tender is level {want}.",
    },
    "criteria-below-level_reason": {
        "nl": "Een aanbesteding telt mee op het niveau van haar criteria, niet op het gekozen niveau.",
        "en": "A tender counts at the level of its criteria, not at the level chosen.",
    },
    "criteria-below-level_action": {
        "nl": "Voeg een criterium op niveau {want} toe (filter op niveau in de catalogus).",
        "en": "Add a criterion at level {want} (filter by level in the catalogue).",
    },
    "no-mvi-criteria": {
        "nl": "Deze aanbesteding heeft nog geen MVI-criteria.",
        "en": "This tender has no MVI criteria yet.",
    },
    "no-mvi-criteria_reason": {
        "nl": "Zonder criteria telt de aanbesteding niet mee als maatschappelijk verantwoord inkopen.",
        "en": "Without criteria the tender does not count as socially responsible procurement.",
    },
    "no-mvi-criteria_action": {
        "nl": "Kies criteria uit de catalogus voor deze productgroep.",
        "en": "Choose criteria from the catalogue for this product group.",
    },
    "weights-not-100": {
        "nl": "Prijs ({price}) en gunningscriteria ({quality}) wegen samen {total}, niet 100%.",
        "en": "Price ({price}) and award criteria ({quality}) weigh {total} together, not 100%.",
    },
    "weights-not-100_reason": {
        "nl": "De wegingen moeten in de aanbestedingsstukken staan en samen het geheel vormen; anders is de beoordeling niet na te rekenen.",
        "en": "The weights must be in the tender documents and make up the whole; otherwise the evaluation cannot be checked.",
    },
    "weights-not-100_action": {
        "nl": "Pas de prijsweging of de wegingen van de gunningscriteria aan tot het totaal 100% is.",
        "en": "Adjust the price weight or the award criteria weights until the total is 100%.",
    },
    "award-weight-missing": {
        "nl": "Gunningscriterium {id} heeft geen weging; het telt nu als 0%.",
        "en": "Award criterion {id} has no weight; it counts as 0% now.",
    },
    "award-weight-missing_reason": {
        "nl": "Een gunningscriterium zonder weging beloont niets.",
        "en": "An award criterion without a weight rewards nothing.",
    },
    "award-weight-missing_action": {
        "nl": "Geef een weging, bijvoorbeeld binnen de voorgestelde bandbreedte van de catalogus.",
        "en": "Give it a weight, for instance within the catalogue's suggested range.",
    },
    "award-weight-range": {
        "nl": "Gunningscriterium {id} weegt {weight}; de catalogus stelt {low} tot {high} voor.",
        "en": "Award criterion {id} weighs {weight}; the catalogue suggests {low} to {high}.",
    },
    "award-weight-range_reason": {
        "nl": "Een te lage weging maakt het criterium onbeslissend; een te hoge laat de rest wegvallen.",
        "en": "Too low a weight makes the criterion irrelevant; too high a weight drowns out the rest.",
    },
    "award-weight-range_action": {
        "nl": "Overweeg een weging binnen de voorgestelde bandbreedte, of leg de keuze uit.",
        "en": "Consider a weight within the suggested range, or explain the choice.",
    },
    "theme-only-minimum": {
        "nl": "Het thema {theme} staat alleen in eisen; de catalogus heeft voor deze productgroep ook een gunningscriterium ({ids}).",
        "en": "The theme {theme} appears only in requirements; the catalogue also has an award criterion for this product group ({ids}).",
    },
    "theme-only-minimum_reason": {
        "nl": "Een eis sluit slechte aanbiedingen uit; een gunningscriterium beloont wie verder gaat en trekt de markt omhoog.",
        "en": "A requirement excludes poor offers; an award criterion rewards those who go further and pulls the market up.",
    },
    "theme-only-minimum_action": {
        "nl": "Overweeg het gunningscriterium toe te voegen met een passende weging.",
        "en": "Consider adding the award criterion with a suitable weight.",
    },
    "motivation-missing": {
        "nl": "Gunning op {method} zonder motivering.",
        "en": "Award on {method} without a stated reason.",
    },
    "motivation-missing_reason": {
        "nl": "De beste prijs-kwaliteitverhouding is de hoofdregel; wie op laagste prijs of laagste kosten gunt, moet dat motiveren in de aanbestedingsstukken.",
        "en": "Best price-quality ratio is the main rule; awarding on lowest price or lowest cost must be justified in the tender documents.",
    },
    "motivation-missing_action": {
        "nl": "Schrijf de motivering in het gunningsmodel, of kies de beste prijs-kwaliteitverhouding.",
        "en": "Write the reason in the award model, or choose the best price-quality ratio.",
    },
    "award-criteria-unused": {
        "nl": "Er zijn gunningscriteria gekozen, maar bij {method} tellen ze niet mee.",
        "en": "Award criteria are chosen, but they do not count under {method}.",
    },
    "award-criteria-unused_reason": {
        "nl": "Laagste prijs en laagste kosten kijken alleen naar geld.",
        "en": "Lowest price and lowest cost only look at money.",
    },
    "award-criteria-unused_action": {
        "nl": "Kies een methode met kwaliteit (gewogen punten, gunnen op waarde) of zet de criteria om in eisen.",
        "en": "Choose a method with quality (weighted points, value-based) or turn the criteria into requirements.",
    },
    "award-scale-missing": {
        "nl": "De eigen beoordelingsschaal heeft geen stappen.",
        "en": "The custom scoring scale has no steps.",
    },
    "award-scale-missing_reason": {
        "nl": "Zonder schaal kan de commissie geen score omzetten in punten of waarde.",
        "en": "Without a scale the committee cannot turn a score into points or value.",
    },
    "award-scale-missing_action": {
        "nl": "Voeg stappen toe (score, aandeel van het maximum, omschrijving) of kies de 0-10- of progressieve schaal.",
        "en": "Add steps (score, share of the maximum, label) or choose the 0-10 or progressive scale.",
    },
    "award-scoring-missing": {
        "nl": "Eigen gunningscriterium {id} heeft geen beoordelingskader.",
        "en": "Own award criterion {id} has no scoring guide.",
    },
    "award-scoring-missing_reason": {
        "nl": "Inschrijvers moeten vooraf weten wat welke score oplevert; anders is de beoordeling niet transparant.",
        "en": "Bidders must know beforehand what earns which score; otherwise the evaluation is not transparent.",
    },
    "award-scoring-missing_action": {
        "nl": "Beschrijf per score wat een inschrijving moet bieden.",
        "en": "Describe per score what a bid must offer.",
    },
    "quality-value-missing": {
        "nl": "Gunnen op waarde zonder kwaliteitswaarde in euro's.",
        "en": "Value-based award without a quality value in euros.",
    },
    "quality-value-missing_reason": {
        "nl": "De kwaliteitswaarde bepaalt hoeveel euro een perfecte score van de prijs aftrekt; zonder waarde telt alleen de prijs.",
        "en": "The quality value decides how many euros a perfect score takes off the price; without it only the price counts.",
    },
    "quality-value-missing_action": {
        "nl": "Stel de kwaliteitswaarde in, bijvoorbeeld als percentage van de geraamde waarde.",
        "en": "Set the quality value, for example as a percentage of the estimated value.",
    },
    "ceiling-missing": {
        "nl": "De lineaire prijsformule heeft een plafondprijs nodig.",
        "en": "The linear price formula needs a ceiling price.",
    },
    "ceiling-missing_reason": {
        "nl": "Tussen de laagste prijs en het plafond lopen de prijspunten lineair af; zonder plafond krijgt alleen de laagste prijs punten.",
        "en": "Price points fall linearly between the lowest price and the ceiling; without a ceiling only the lowest price earns points.",
    },
    "ceiling-missing_action": {
        "nl": "Stel een plafondprijs in, of kies de formule ten opzichte van de laagste prijs.",
        "en": "Set a ceiling price, or choose the formula relative to the lowest price.",
    },
    "ladder-discounts": {
        "nl": "CO2-Prestatieladder {version} kent {levels} niveaus, maar er zijn {count} kortingen ingesteld.",
        "en": "CO2 Performance Ladder {version} has {levels} levels, but {count} discounts are set.",
    },
    "ladder-discounts_reason": {
        "nl": "Elk niveau (of elke trede) heeft precies één fictieve korting nodig; bij ladder 4.0 kiest u die zelf.",
        "en": "Each level (or trede) needs exactly one fictive discount; with ladder 4.0 you choose them yourself.",
    },
    "ladder-discounts_action": {
        "nl": "Stel {levels} kortingen in, oplopend per niveau.",
        "en": "Set {levels} discounts, rising per level.",
    },
    "lcc-missing": {
        "nl": "Gunnen op laagste kosten zonder eigen levensduurparameters; de standaardwaarden worden gebruikt.",
        "en": "Lowest-cost award without own life-cycle parameters; the defaults are used.",
    },
    "lcc-missing_reason": {
        "nl": "Looptijd, discontovoet, energieprijs en CO2-prijs bepalen de uitkomst en horen in de aanbestedingsstukken.",
        "en": "Period, discount rate, energy price and CO2 price decide the outcome and belong in the tender documents.",
    },
    "lcc-missing_action": {
        "nl": "Leg de levensduurparameters vast in het gunningsmodel.",
        "en": "Set the life-cycle parameters in the award model.",
    },
    "procedure-not-allowed": {
        "nl": "De gekozen procedure {procedure} is een nationale procedure, maar de waarde ligt op of boven de EU-drempel van {threshold}.",
        "en": "The chosen procedure {procedure} is a national procedure, but the value is at or above the EU threshold of {threshold}.",
    },
    "procedure-not-allowed_reason": {
        "nl": "Vanaf de EU-drempel is een Europese procedure verplicht.",
        "en": "From the EU threshold an EU procedure is required.",
    },
    "procedure-not-allowed_action": {
        "nl": "Kies een Europese procedure (openbaar of niet-openbaar).",
        "en": "Choose an EU procedure (open or restricted).",
    },
    "procedure-lighter": {
        "nl": "De gekozen procedure {procedure} is lichter dan de waardegrenzen aangeven ({advised}).",
        "en": "The chosen procedure {procedure} is lighter than the value bands indicate ({advised}).",
    },
    "procedure-lighter_reason": {
        "nl": "De Gids Proportionaliteit werkt met pas toe of leg uit: een lichtere procedure vraagt een motivering.",
        "en": "The Gids Proportionaliteit works on comply or explain: a lighter procedure needs a reason.",
    },
    "procedure-lighter_action": {
        "nl": "Schrijf bij de procedure waarom een lichtere procedure hier past, of kies {advised}.",
        "en": "State with the procedure why a lighter procedure fits here, or choose {advised}.",
    },
    "isv-applies": {
        "nl": "Deze inkoop valt in een ISV-risicocategorie en haalt de EU-drempel: neem straks de ISV op.",
        "en": "This procurement is in an ISV risk category and reaches the EU threshold: include the ISV when drafting.",
    },
    "isv-applies_action": {
        "nl": "Kies bij het opstellen de ISV-contractbepaling.",
        "en": "Choose the ISV contract clause when drafting.",
    },
    "sroi-applies": {
        "nl": "Social return is van toepassing op deze inkoop.",
        "en": "Social return applies to this procurement.",
    },
    "sroi-applies_action": {
        "nl": "Neem bij het opstellen een social-returnbepaling op.",
        "en": "Add a social return clause when drafting.",
    },
}


@dataclass(frozen=True)
class RuleWarning:
    """One finding of a rule, with what, why and what to do."""

    code: str  # isv-missing, sroi-missing, theme-uncovered, below-default-level, ...
    severity: str  # "error" (blocks export step), "warning", "info"
    procurement_id: str
    message: Text
    reason: Text
    action: Text
    path: str = ""  # plan field to focus, relative to the procurement (e.g. tender.award)

    def to_json(self, lang: str = "en") -> dict[str, str]:
        return {
            "code": self.code,
            "severity": self.severity,
            "procurement_id": self.procurement_id,
            "path": self.path,
            "message": self.message.get(lang),
            "reason": self.reason.get(lang),
            "action": self.action.get(lang),
        }


def _warn(
    code: str,
    severity: str,
    proc: Procurement,
    path: str = "",
    reason_key: str | None = None,
    **fields: object,
) -> RuleWarning:
    return RuleWarning(
        code=code,
        severity=severity,
        procurement_id=proc.id,
        message=bi(MESSAGES, code, **fields),
        reason=bi(MESSAGES, reason_key or f"{code}_reason", **fields),
        action=bi(MESSAGES, f"{code}_action", **fields),
        path=path,
    )


def _theme_name(theme: Theme, catalogue: Catalogue) -> Text:
    info = catalogue.themes.get(theme)
    return info.name if info else Text(nl=str(theme), en=str(theme))


def _group_name(group: ProductGroup | None, proc: Procurement) -> Text:
    return group.name if group else Text(nl=proc.product_group, en=proc.product_group)


def default_level(plan: Plan, group: ProductGroup | None) -> tuple[Level | None, list[Theme]]:
    """The organisation's default level for the group's main themes: the highest of them."""
    if group is None:
        return None, []
    themes = [t for t in group.themes if t in plan.ambitions.themes]
    if not themes:
        return None, []
    return max(Level(plan.ambitions.themes[t].level) for t in themes), themes


# Rules on the procurement (plan step) -------------------------------------------------


def _obligation_rules(
    plan: Plan,
    proc: Procurement,
    crits: list[CriterionUse],
    group: ProductGroup | None,
    catalogue: Catalogue,
    on: date | None,
) -> list[RuleWarning]:
    out: list[RuleWarning] = []
    rijk = plan.organisation.kind == OrgKind.RIJK
    drafting = proc.tender is not None
    if isv_risk_above(plan, proc, catalogue, on) and not has_isv_clause(crits):
        if drafting:
            key = "isv-missing_reason_rijk" if rijk else "isv-missing_reason"
            sev = "error" if rijk else "warning"
            out.append(
                _warn(
                    "isv-missing", sev, proc, "tender.criteria", key, group=_group_name(group, proc)
                )
            )
        else:
            out.append(_warn("isv-applies", "info", proc, "", "isv-missing_reason"))
    if sroi_applies_to(proc, catalogue) and not has_sroi(crits):
        rule = reference.sroi(catalogue).rule
        fields = {
            "value": Eur(proc.value_eur),
            "months": proc.duration_months + proc.options_months,
            "min_value": Eur(rule.min_value_eur),
            "min_months": rule.min_months,
            "pct": Pct(rule.default_pct),
        }
        if drafting:
            out.append(_warn("sroi-missing", "warning", proc, "tender.criteria", **fields))
        else:
            out.append(_warn("sroi-applies", "info", proc, "", "sroi-missing_reason", **fields))
    return out


def _level_rules(
    plan: Plan,
    proc: Procurement,
    crits: list[CriterionUse],
    group: ProductGroup | None,
    catalogue: Catalogue,
) -> list[RuleWarning]:
    out: list[RuleWarning] = []
    default, themes = default_level(plan, group)
    names = ", ".join(_theme_name(t, catalogue).nl for t in themes)
    names_en = ", ".join(_theme_name(t, catalogue).en for t in themes)
    theme_text = Text(nl=names or "-", en=names_en or "-")
    if default is not None and proc.level is not None and proc.level < default:
        out.append(
            _warn(
                "below-default-level",
                "warning",
                proc,
                "level",
                level=int(proc.level),
                default=int(default),
                themes=theme_text,
            )
        )
    if proc.tender is None:
        return out
    if not crits:
        out.append(_warn("no-mvi-criteria", "warning", proc, "tender.criteria"))
        return out
    want = max(proc.level or Level.BASIS, default or Level.BASIS)
    have = max(c.level for c in crits)
    if have < want:
        out.append(
            _warn(
                "criteria-below-level",
                "warning",
                proc,
                "tender.criteria",
                have=int(have),
                want=int(want),
            )
        )
    return out


def _theme_rules(
    plan: Plan,
    proc: Procurement,
    crits: list[CriterionUse],
    group: ProductGroup | None,
    catalogue: Catalogue,
    skip: set[Theme],
) -> list[RuleWarning]:
    if proc.tender is None or group is None:
        return []
    out: list[RuleWarning] = []
    req, award = themes_by_kind(crits)
    for theme in plan.ambitions.themes:
        if theme in group.themes and theme not in req | award and theme not in skip:
            out.append(
                _warn(
                    "theme-uncovered",
                    "warning",
                    proc,
                    "tender.criteria",
                    theme=_theme_name(theme, catalogue),
                    group=group.name,
                )
            )
    if proc.tender.award.method in MOTIVATED_METHODS:
        return out
    for theme in sorted(req - award):
        ids = [
            c.id
            for c in catalogue.criteria_for(group.id)
            if c.type == CriterionType.GUNNINGSCRITERIUM and theme in c.themes
        ]
        if ids:
            out.append(
                _warn(
                    "theme-only-minimum",
                    "info",
                    proc,
                    "tender.criteria",
                    theme=_theme_name(theme, catalogue),
                    ids=", ".join(ids),
                )
            )
    return out


# Rules on the award model -------------------------------------------------------------


def _method_name(method: AwardMethod) -> Text:
    return bi(AWARD_METHOD_NAMES, method)


def _weight_rules(proc: Procurement, tender: Tender, catalogue: Catalogue) -> list[RuleWarning]:
    award = tender.award
    items = award_items(tender, catalogue, "en")
    out: list[RuleWarning] = []
    if award.method in MOTIVATED_METHODS:
        if items:
            out.append(
                _warn(
                    "award-criteria-unused",
                    "info",
                    proc,
                    "tender.award.method",
                    method=_method_name(award.method),
                )
            )
        return out
    quality = sum(i.weight for i in items)
    total = award.price_weight + quality
    if abs(total - 100) > 0.01:
        out.append(
            _warn(
                "weights-not-100",
                "error",
                proc,
                "tender.award.price_weight",
                price=Pct(award.price_weight),
                quality=Pct(quality),
                total=Pct(total),
            )
        )
    for item in items:
        if not item.weight_set:
            out.append(
                _warn("award-weight-missing", "warning", proc, "tender.criteria", id=item.id)
            )
            continue
        crit = catalogue.criteria.get(item.id)
        if item.own or crit is None or crit.weight_min is None or crit.weight_max is None:
            continue
        if not crit.weight_min <= item.weight <= crit.weight_max:
            out.append(
                _warn(
                    "award-weight-range",
                    "info",
                    proc,
                    "tender.criteria",
                    id=item.id,
                    weight=Pct(item.weight),
                    low=Pct(crit.weight_min),
                    high=Pct(crit.weight_max),
                )
            )
    for own in tender.own_criteria:
        if own.type == CriterionType.GUNNINGSCRITERIUM and not own.scoring.strip():
            out.append(
                _warn("award-scoring-missing", "warning", proc, "tender.own_criteria", id=own.id)
            )
    return out


def _award_rules(proc: Procurement, catalogue: Catalogue) -> list[RuleWarning]:
    tender = proc.tender
    if tender is None:
        return []
    award = tender.award
    out = _weight_rules(proc, tender, catalogue)
    if award.method in MOTIVATED_METHODS and not award.motivation.strip():
        out.append(
            _warn(
                "motivation-missing",
                "error",
                proc,
                "tender.award.motivation",
                method=_method_name(award.method),
            )
        )
    if award.method in MOTIVATED_METHODS:
        if award.method == AwardMethod.LOWEST_COST and award.lcc is None:
            out.append(_warn("lcc-missing", "info", proc, "tender.award.lcc"))
    else:
        if award.scale == ScaleKind.CUSTOM and not award.custom_scale:
            out.append(_warn("award-scale-missing", "error", proc, "tender.award.custom_scale"))
        if award.method == AwardMethod.VALUE_BASED and not award.quality_value_eur:
            out.append(
                _warn("quality-value-missing", "error", proc, "tender.award.quality_value_eur")
            )
        if (
            award.method == AwardMethod.WEIGHTED_POINTS
            and award.price_formula == PriceFormula.LINEAR_CEILING
            and award.ceiling_price_eur is None
        ):
            out.append(_warn("ceiling-missing", "error", proc, "tender.award.ceiling_price_eur"))
    ladder = award.co2_ladder
    versions = reference.award(catalogue).ladder
    if ladder.enabled and ladder.version in versions:
        levels = versions[ladder.version].levels
        if len(ladder.discounts_pct) != levels:
            out.append(
                _warn(
                    "ladder-discounts",
                    "warning",
                    proc,
                    "tender.award.co2_ladder.discounts_pct",
                    version=ladder.version,
                    levels=levels,
                    count=len(ladder.discounts_pct),
                )
            )
    return out


def _procedure_rules(
    plan: Plan, proc: Procurement, catalogue: Catalogue, on: date | None
) -> list[RuleWarning]:
    tender = proc.tender
    if tender is None or tender.procedure is None:
        return []
    when = reference_date(proc, on)
    threshold = threshold_for(plan.organisation.kind, proc.contract_type, when, catalogue)
    table = reference.procedures(catalogue)
    chosen = table.get(tender.procedure)
    if threshold.applies_to(proc.value_eur):
        if not chosen.eu:
            return [
                _warn(
                    "procedure-not-allowed",
                    "error",
                    proc,
                    "tender.procedure",
                    procedure=chosen.name,
                    threshold=Eur(threshold.amount_eur),
                )
            ]
        return []
    advised, _, _, _ = band_for(
        proc.contract_type, proc.value_eur, plan.organisation.value_bands, catalogue
    )
    if chosen.rank < table.get(advised).rank and not tender.procedure_reason.strip():
        return [
            _warn(
                "procedure-lighter",
                "warning",
                proc,
                "tender.procedure_reason",
                procedure=chosen.name,
                advised=table.get(advised).name,
            )
        ]
    return []


# Entry points -------------------------------------------------------------------------


def _sorted(warnings: list[RuleWarning]) -> list[RuleWarning]:
    return sorted(warnings, key=lambda w: SEVERITY_ORDER.get(w.severity, 9))


def check_procurement(
    plan: Plan,
    proc: Procurement,
    catalogue: Catalogue | None = None,
    on: date | None = None,
) -> list[RuleWarning]:
    """Every finding for one procurement, errors first.

    Without a tender draft only the plan-level findings are given (level below the
    default, ISV and social return that will apply); with a draft also the criteria,
    award model and procedure are checked.
    """
    cat = catalogue or default_catalogue()
    group = cat.groups.get(proc.product_group)
    crits = tender_criteria(proc, cat)
    found = _obligation_rules(plan, proc, crits, group, cat, on)
    skip = {Theme.ISV for w in found if w.code == "isv-missing"}
    skip |= {Theme.SROI for w in found if w.code == "sroi-missing"}
    found += _level_rules(plan, proc, crits, group, cat)
    found += _theme_rules(plan, proc, crits, group, cat, skip)
    found += _award_rules(proc, cat)
    found += _procedure_rules(plan, proc, cat, on)
    return _sorted(found)


def check_plan(
    plan: Plan, catalogue: Catalogue | None = None, on: date | None = None
) -> list[RuleWarning]:
    """Every finding for every procurement of the plan, errors first, plan order within."""
    cat = catalogue or default_catalogue()
    found: list[RuleWarning] = []
    for proc in plan.procurements:
        found += check_procurement(plan, proc, cat, on)
    return _sorted(found)
