"""Every text of `mvi report`, in Dutch and English, kept apart from the arithmetic.

The text, Markdown, HTML and JSON outputs all take their words from here, so a reader
sees the same label for the same figure in every format. Fields in `{braces}` are filled
with values that are already formatted for the language.
"""

from __future__ import annotations

from mvi_tui.core.enums import Lang, OrgKind, TargetMetric
from mvi_tui.core.i18n import tr

MESSAGES: dict[str, dict[str, str]] = {
    # --- report frame ----------------------------------------------------------------
    "title": {"nl": "MVI-monitor en benchmark", "en": "MVI monitor and benchmark"},
    "subtitle": {
        "nl": "{date} · catalogusversie {version} · {orgs} organisatie(s) uit {files} planbestand(en)",
        "en": "{date} · catalogue version {version} · {orgs} organisation(s) from {files} plan file(s)",
    },
    "basis": {
        "nl": "Bedragen zijn de geraamde waarde over de hele looptijd inclusief opties. Een inkoop telt als 'met MVI-criteria' zodra de aanbesteding ten minste één criterium heeft; het niveau is het hoogste niveau van die criteria. CO2-eq is geschat met de uitgavenmethode: waarde x kg CO2-eq per euro van de productgroep.",
        "en": "Amounts are the estimated value over the whole term including options. A procurement counts as 'with MVI criteria' once its tender has at least one criterion; its level is the highest level of those criteria. CO2-eq is estimated with the spend-based method: value x kg CO2-eq per euro of the product group.",
    },
    "problems": {
        "nl": "Plannen die niet gelezen konden worden",
        "en": "Plans that could not be read",
    },
    "warnings": {"nl": "Waarschuwingen", "en": "Warnings"},
    "no_orgs": {
        "nl": "Geen plannen om over te rapporteren.",
        "en": "No plans to report on.",
    },
    "overview": {"nl": "Overzicht", "en": "Overview"},
    "org_heading": {"nl": "{name} ({kind})", "en": "{name} ({kind})"},
    "files": {"nl": "Planbestanden: {files}", "en": "Plan files: {files}"},
    "unnamed": {"nl": "(naamloos: {file})", "en": "(unnamed: {file})"},
    # --- key figures -----------------------------------------------------------------
    "key_figures": {"nl": "Kerncijfers", "en": "Key figures"},
    "col_indicator": {"nl": "Indicator", "en": "Indicator"},
    "col_value": {"nl": "Waarde", "en": "Value"},
    "col_share": {"nl": "Aandeel", "en": "Share"},
    "col_reference": {"nl": "Doel", "en": "Target"},
    "k_procurements": {"nl": "Inkopen in het plan", "en": "Procurements in the plan"},
    "k_spend": {"nl": "Geraamde waarde", "en": "Estimated value"},
    "k_count": {
        "nl": "Inkopen met MVI-criteria (aantal)",
        "en": "Procurements with MVI criteria (count)",
    },
    "k_value": {
        "nl": "Waarde met MVI-criteria",
        "en": "Value with MVI criteria",
    },
    "k_level": {
        "nl": "Op significant of ambitieus niveau (aantal)",
        "en": "At significant or ambitious level (count)",
    },
    "k_award": {
        "nl": "Waarde met een MVI-gunningscriterium",
        "en": "Value with an MVI award criterion",
    },
    "k_circular": {"nl": "Circulair (waarde)", "en": "Circular (value)"},
    "k_isv": {
        "nl": "ISV bij risicocategorieën vanaf de drempel",
        "en": "ISV in risk categories at or above the threshold",
    },
    "k_sroi": {
        "nl": "Social return waar die geldt (waarde)",
        "en": "Social return where it applies (value)",
    },
    "k_co2": {
        "nl": "CO2-eq onder klimaatcriteria",
        "en": "CO2-eq under climate criteria",
    },
    "of": {"nl": "{part} van {whole}", "en": "{part} of {whole}"},
    "not_applicable": {"nl": "niet van toepassing", "en": "not applicable"},
    "rijk_level": {"nl": "Rijk ≥ {pct}", "en": "Rijk ≥ {pct}"},
    "target_by": {"nl": "{pct} in {year}", "en": "{pct} by {year}"},
    "no_target": {"nl": "geen doel", "en": "no target"},
    "sroi_detail": {
        "nl": "{covered} van {applicable} inkopen; geschat {estimated} ({pct} van de waarde)",
        "en": "{covered} of {applicable} procurements; estimated {estimated} ({pct} of the value)",
    },
    "sroi_target": {
        "nl": "{pct} van de waarde in {year}",
        "en": "{pct} of the value by {year}",
    },
    "co2_detail": {
        "nl": "{covered} van {total} t CO2-eq in de plannen",
        "en": "{covered} of {total} t CO2-eq in the plans",
    },
    "tonnes": {"nl": "{value} t", "en": "{value} t"},
    # --- themes ----------------------------------------------------------------------
    "themes": {
        "nl": "Thema's: waarde gedekt door eisen en door gunningscriteria",
        "en": "Themes: value covered by requirements and by award criteria",
    },
    "col_theme": {"nl": "Thema", "en": "Theme"},
    "col_requirements": {"nl": "Eisen", "en": "Requirements"},
    "col_award": {"nl": "Gunning", "en": "Award"},
    "col_any": {"nl": "Totaal", "en": "Any"},
    "col_target": {"nl": "Doel", "en": "Target"},
    "themes_note": {
        "nl": "Eisen omvat minimumeisen, geschiktheidseisen, selectiecriteria en contractbepalingen. Gemiddeld over de zes thema's dekken gunningscriteria {award} van de waarde en eisen {req}.",
        "en": "Requirements include minimum requirements, suitability requirements, selection criteria and contract clauses. Averaged over the six themes, award criteria cover {award} of the value and requirements {req}.",
    },
    "themes_no_award": {
        "nl": "Zonder gunningscriterium: {themes}.",
        "en": "Never an award criterion: {themes}.",
    },
    "themes_rarely": {
        "nl": "Thema's worden hier vooral als eis gebruikt, zelden als gunningscriterium.",
        "en": "Themes are used mostly as requirements here, rarely as award criteria.",
    },
    "themes_often": {
        "nl": "Dit plan zet thema's ook vaak in als gunningscriterium; landelijk is dat zelden zo.",
        "en": "This plan also uses themes as award criteria often; nationally that is rare.",
    },
    "target_award": {"nl": "gunning {pct}", "en": "award {pct}"},
    # --- targets ---------------------------------------------------------------------
    "targets": {
        "nl": "Voortgang op de doelen en wat het gat sluit",
        "en": "Progress on the targets and what closes the gap",
    },
    "no_targets": {
        "nl": "De ambities van deze organisatie hebben geen meetbare doelen.",
        "en": "This organisation's ambitions have no measurable targets.",
    },
    "col_goal": {"nl": "Doel", "en": "Target"},
    "col_now": {"nl": "Nu", "en": "Now"},
    "col_status": {"nl": "Stand", "en": "Status"},
    "col_close": {"nl": "Wat het gat sluit", "en": "What closes the gap"},
    "status_met": {"nl": "✓ gehaald", "en": "✓ met"},
    "status_gap": {"nl": "✗ nog {gap}", "en": "✗ {gap} to go"},
    "status_unmeasured": {"nl": "– niet te meten", "en": "– not measurable"},
    "close_none": {"nl": "–", "en": "–"},
    "close_open": {
        "nl": "ook dan blijft een gat",
        "en": "a gap remains even then",
    },
    "close_more": {"nl": "en {n} andere", "en": "and {n} more"},
    "proc_ref": {"nl": "{title} ({value}, {co2} t)", "en": "{title} ({value}, {co2} t)"},
    # --- gaps ------------------------------------------------------------------------
    "gaps": {
        "nl": "Inkopen met de meeste impact zonder MVI-criteria",
        "en": "Highest-impact procurements without MVI criteria",
    },
    "no_gaps": {
        "nl": "Elke inkoop in het plan heeft MVI-criteria.",
        "en": "Every procurement in the plan has MVI criteria.",
    },
    "no_procurements": {
        "nl": "Het plan heeft nog geen inkopen.",
        "en": "The plan has no procurements yet.",
    },
    "col_procurement": {"nl": "Inkoop", "en": "Procurement"},
    "col_group": {"nl": "Productgroep", "en": "Product group"},
    "col_co2": {"nl": "CO2-eq (t)", "en": "CO2-eq (t)"},
    "col_file": {"nl": "Bestand", "en": "File"},
    # --- benchmark -------------------------------------------------------------------
    "benchmark": {"nl": "Benchmark", "en": "Benchmark"},
    "score_line": {
        "nl": "Samengestelde score {score} van 100.",
        "en": "Composite score {score} out of 100.",
    },
    "peer_line": {
        "nl": "Plaats {rank} van {size} bij de {group}; mediaan {median}, {diff}.",
        "en": "Rank {rank} of {size} among {group}; median {median}, {diff}.",
    },
    "diff_above": {"nl": "{d} punten erboven", "en": "{d} points above"},
    "diff_below": {"nl": "{d} punten eronder", "en": "{d} points below"},
    "diff_equal": {"nl": "gelijk aan de mediaan", "en": "equal to the median"},
    "formula_title": {"nl": "Hoe de score is berekend", "en": "How the score is computed"},
    "formula": {
        "nl": "Score = ({terms}) / (som van de gewichten van de onderdelen die van toepassing zijn). Elk onderdeel is een percentage van 0 tot 100; een onderdeel dat niet van toepassing is (geen ISV-risicocategorie vanaf de drempel, geen inkoop waar social return geldt) telt niet mee, zodat zijn gewicht naar rato over de andere onderdelen gaat.",
        "en": "Score = ({terms}) / (sum of the weights of the components that apply). Each component is a percentage from 0 to 100; a component that does not apply (no ISV risk category at or above the threshold, no procurement where social return applies) is left out, so its weight goes to the other components in proportion.",
    },
    "peers_note": {
        "nl": "Vergelijkingsgroepen naar soort organisatie; de mediaan is die van alle leden van de groep, de organisatie zelf inbegrepen.",
        "en": "Peer groups by kind of organisation; the median is that of all members of the group, the organisation itself included.",
    },
    "ranking": {"nl": "Rangorde", "en": "Ranking"},
    "peer_groups": {"nl": "Vergelijkingsgroepen", "en": "Peer groups"},
    "col_rank": {"nl": "#", "en": "#"},
    "col_org": {"nl": "Organisatie", "en": "Organisation"},
    "col_kind": {"nl": "Soort", "en": "Kind"},
    "col_score": {"nl": "Score", "en": "Score"},
    "col_vs_median": {"nl": "t.o.v. mediaan", "en": "vs median"},
    "col_peer_group": {"nl": "Groep", "en": "Group"},
    "col_members": {"nl": "Leden", "en": "Members"},
    "col_median": {"nl": "Mediaan", "en": "Median"},
    "c_mvi_spend": {"nl": "MVI-waarde", "en": "MVI value"},
    "c_level": {"nl": "Niveau", "en": "Level"},
    "c_award": {"nl": "Gunning", "en": "Award"},
    "c_climate": {"nl": "Klimaat", "en": "Climate"},
    "c_isv": {"nl": "ISV", "en": "ISV"},
    "c_sroi": {"nl": "Social return", "en": "Social return"},
    "cd_mvi_spend": {
        "nl": "aandeel van de waarde met MVI-criteria",
        "en": "share of the value with MVI criteria",
    },
    "cd_level": {
        "nl": "aandeel inkopen op significant of ambitieus niveau",
        "en": "share of procurements at significant or ambitious level",
    },
    "cd_award": {
        "nl": "aandeel van de waarde met een MVI-gunningscriterium",
        "en": "share of the value with an MVI award criterion",
    },
    "cd_climate": {
        "nl": "aandeel van de geschatte CO2-eq onder klimaatcriteria",
        "en": "share of the estimated CO2-eq under climate criteria",
    },
    "cd_isv": {
        "nl": "aandeel ISV-risico-inkopen vanaf de drempel met ISV-contractbepaling",
        "en": "share of ISV-risk procurements at or above the threshold with an ISV clause",
    },
    "cd_sroi": {
        "nl": "aandeel van de waarde waar social return geldt die het ook vraagt",
        "en": "share of the value where social return applies that asks for it",
    },
    # --- charts ----------------------------------------------------------------------
    "chart_themes": {
        "nl": "Dekking per thema (aandeel van de waarde) tegen de doelen",
        "en": "Coverage per theme (share of the value) against the targets",
    },
    "chart_ranking": {
        "nl": "Samengestelde score per organisatie",
        "en": "Composite score per organisation",
    },
    "legend_any": {"nl": "met criteria op het thema", "en": "with criteria on the theme"},
    "legend_award": {"nl": "waarvan gunningscriterium", "en": "of which award criterion"},
    "legend_target": {"nl": "doel", "en": "target"},
    "legend_median": {"nl": "mediaan van de groep", "en": "median of the group"},
    "legend_award_target": {"nl": "doel gunning", "en": "award target"},
    "short_award": {"nl": "gunning", "en": "award"},
    "short_target": {"nl": "doel", "en": "target"},
    "chart_target": {"nl": "doel {pct}", "en": "target {pct}"},
}

METRICS: dict[TargetMetric, dict[str, str]] = {
    TargetMetric.PROCUREMENT_SHARE: {
        "nl": "inkopen met criteria op dit thema",
        "en": "procurements with criteria on this theme",
    },
    TargetMetric.SPEND_SHARE: {
        "nl": "waarde met criteria op dit thema",
        "en": "value with criteria on this theme",
    },
    TargetMetric.LEVEL_SHARE: {
        "nl": "inkopen op significant of ambitieus niveau",
        "en": "procurements at significant or ambitious level",
    },
    TargetMetric.AWARD_SHARE: {
        "nl": "waarde met een gunningscriterium op dit thema",
        "en": "value with an award criterion on this theme",
    },
    TargetMetric.CIRCULAR_SHARE: {"nl": "circulaire waarde", "en": "circular value"},
    TargetMetric.CO2_REDUCTION: {"nl": "CO2-reductie", "en": "CO2 reduction"},
    TargetMetric.ISV_COVERAGE: {
        "nl": "ISV-dekking risicocategorieën",
        "en": "ISV coverage of risk categories",
    },
    TargetMetric.SROI_PERCENT: {
        "nl": "social return (% van de opdrachtwaarde)",
        "en": "social return (% of contract value)",
    },
    TargetMetric.CUSTOM: {"nl": "eigen doel", "en": "own target"},
}

KINDS: dict[OrgKind, dict[str, str]] = {
    OrgKind.GEMEENTE: {"nl": "gemeente", "en": "municipality"},
    OrgKind.PROVINCIE: {"nl": "provincie", "en": "province"},
    OrgKind.WATERSCHAP: {"nl": "waterschap", "en": "water board"},
    OrgKind.RIJK: {"nl": "Rijk", "en": "central government"},
    OrgKind.OTHER: {"nl": "overig", "en": "other"},
}

PEER_GROUPS: dict[OrgKind, dict[str, str]] = {
    OrgKind.GEMEENTE: {"nl": "gemeenten", "en": "municipalities"},
    OrgKind.PROVINCIE: {"nl": "provincies", "en": "provinces"},
    OrgKind.WATERSCHAP: {"nl": "waterschappen", "en": "water boards"},
    OrgKind.RIJK: {"nl": "Rijk", "en": "central government"},
    OrgKind.OTHER: {"nl": "overige organisaties", "en": "other organisations"},
}


def t(key: str, lang: Lang | str, /, **fields: object) -> str:
    """The report text `key` in `lang`."""
    return tr(MESSAGES, key, lang, **fields)


def metric_name(metric: TargetMetric, lang: Lang | str) -> str:
    """What a target measures, in words."""
    return METRICS[metric].get(str(lang)) or METRICS[metric]["en"]


def kind_name(kind: OrgKind, lang: Lang | str) -> str:
    """The kind of organisation, singular."""
    return KINDS[kind].get(str(lang)) or KINDS[kind]["en"]


def peer_group_name(kind: OrgKind, lang: Lang | str) -> str:
    """The peer group of a kind, plural (gemeenten, provincies, ...)."""
    return PEER_GROUPS[kind].get(str(lang)) or PEER_GROUPS[kind]["en"]
