"""The coaching report: what a consultant and a buyer decided, noted and left open.

An expert-pool consultant walks the wizard beside a buyer (often through `mvi serve`)
and leaves notes per step. At the end the buyer keeps a short report: the decisions of
each step (organisation, ambitions, the ranked procurement plan with the engine's
advice, the chosen criteria and award weights per tender), the consultant's notes beside
them, and the findings of `mvi_tui.core.rules.check_plan` that are still open. It
follows the wizard's steps so the notes stand next to the choices they are about.

The report is built once as plain blocks (the same neutral blocks as the tender
document, `mvi_tui.export.docmodel`) and rendered to Markdown and Word, in Dutch or
English (the plan's language by default). Plan texts are escaped for Markdown and go
into Word as plain runs, never as markup. This module never imports Textual: the batch
export, the wizard and a server can all call it.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from mvi_tui import __version__
from mvi_tui.core.catalogue import Catalogue, default_catalogue
from mvi_tui.core.enums import (
    AWARD_METHOD_NAMES,
    AwardMethod,
    CriterionType,
    Level,
    ScaleKind,
    Theme,
)
from mvi_tui.core.plan import Plan, Procurement
from mvi_tui.export.docmodel import Bullets, Paragraph, Table
from mvi_tui.export.escape import md_cell, md_escape, md_inline, md_item, xml_safe
from mvi_tui.export.formatting import long_date, money, number, percent
from mvi_tui.export.texts import ORG_KINDS, PROCEDURE_NAMES, TYPE_NAMES

FORMATS = ("md", "docx")
EXTENSIONS = {"md": ".coaching.md", "docx": ".coaching.docx"}
MIME = {
    "md": "text/markdown",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
TABLE_STYLE = "Light Grid Accent 1"
SEVERITY_ORDER = ("error", "warning", "info")

# (Dutch, English); `{name}` fields are filled with values formatted for the language.
TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Coachingsverslag", "Coaching report"),
    "subtitle": ("{org}, {date}", "{org}, {date}"),
    "intro": (
        "Dit verslag vat de coachingssessie samen: de keuzes per stap van de wizard, de notities van de consultant en de punten die nog openstaan. Bewaar het bij het plan{source}.",
        "This report sums up the coaching session: the choices made at each step of the wizard, the consultant's notes and the points still open. Keep it with the plan{source}.",
    ),
    "source": (" ({name})", " ({name})"),
    "note": ("Notitie van de consultant", "Consultant's note"),
    "tender_note": ("Notitie bij deze aanbesteding", "Note on this tender"),
    "theme_note": ("Toelichting {theme}", "Note on {theme}"),
    # organisation
    "s_org": ("Organisatie", "Organisation"),
    "name": ("Naam", "Name"),
    "kind": ("Soort", "Kind"),
    "spend": ("Inkoopuitgaven per jaar", "Yearly procurement spend"),
    "doclang": ("Taal van de documenten", "Language of the documents"),
    "lang_nl": ("Nederlands", "Dutch"),
    "lang_en": ("Engels", "English"),
    "baseline": ("CO2-nulmeting", "CO2 baseline"),
    "tonnes": ("{n} ton CO2-eq", "{n} tonnes CO2-eq"),
    "unnamed": ("(naam nog niet ingevuld)", "(name not filled in yet)"),
    # ambitions
    "s_amb": ("Ambities", "Ambitions"),
    "preset": (
        "Vertrokken van de ambitieset '{name}'.",
        "Started from the set of ambitions '{name}'.",
    ),
    "theme": ("Thema", "Theme"),
    "level": ("Niveau", "Level"),
    "targets": ("Doelen", "Targets"),
    "target": ("{value} in {year}", "{value} by {year}"),
    "no_amb": ("Nog geen ambities vastgelegd.", "No ambitions set yet."),
    "no_amb_for": (
        "Geen ambitie voor: {themes}.",
        "No ambition for: {themes}.",
    ),
    # plan
    "s_plan": ("Inkoopplan", "Procurement plan"),
    "plan_intro": (
        "De inkopen op volgorde van prioriteit (impact x invloed x timing), met het niveau dat de tool voorstelt en het gekozen niveau.",
        "The procurements in order of priority (impact x influence x timing), with the level the tool proposes and the level chosen.",
    ),
    "procurement": ("Inkoop", "Procurement"),
    "value": ("Waarde", "Value"),
    "priority": ("Prioriteit", "Priority"),
    "proposed": ("Voorgesteld", "Proposed"),
    "chosen": ("Gekozen", "Chosen"),
    "advice": ("Procedure-advies", "Advised procedure"),
    "eu": ("boven EU-drempel", "above EU threshold"),
    "not_chosen": ("(voorstel)", "(proposal)"),
    "no_procs": ("Nog geen inkopen in het plan.", "No procurements in the plan yet."),
    # criteria
    "s_crit": ("Criteria", "Criteria"),
    "no_tenders": (
        "Nog geen aanbesteding uitgewerkt.",
        "No tender drafted yet.",
    ),
    "tender_line": (
        "Niveau: {level}; procedure: {procedure}.",
        "Level: {level}; procedure: {procedure}.",
    ),
    "advised": ("{name} (advies)", "{name} (advised)"),
    "no_level": ("nog niet bepaald", "not set yet"),
    "id": ("Id", "Id"),
    "criterion": ("Criterium", "Criterion"),
    "type": ("Soort", "Type"),
    "weight": ("Weging", "Weight"),
    "own": ("eigen criterium", "own criterion"),
    "unknown_crit": ("(niet in de catalogus)", "(not in the catalogue)"),
    "no_criteria": ("Nog geen criteria gekozen.", "No criteria chosen yet."),
    # award
    "s_award": ("Gunning", "Award"),
    "method": ("Methode", "Method"),
    "price_weight": ("Weging prijs", "Price weight"),
    "quality_value": ("Waarde van de kwaliteit", "Value of quality"),
    "scale": ("Beoordelingsschaal", "Scoring scale"),
    "ladder": ("CO2-Prestatieladder", "CO2 Performance Ladder"),
    "ladder_on": (
        "versie {version}, fictieve korting {discounts}",
        "version {version}, fictive discount {discounts}",
    ),
    "ladder_off": ("niet gebruikt", "not used"),
    "motivation": ("Motivering", "Reason"),
    "price": ("Prijs", "Price"),
    "total": ("Totaal", "Total"),
    "no_quality": (
        "Geen kwaliteitscriteria met een weging.",
        "No quality criteria with a weight.",
    ),
    # open points
    "s_open": ("Openstaande punten", "Open points"),
    "open_intro": (
        "Wat de regels van de tool nog vragen, per inkoop; fouten eerst.",
        "What the tool's rules still ask for, per procurement; errors first.",
    ),
    "severity": ("Ernst", "Severity"),
    "finding": ("Bevinding", "Finding"),
    "action": ("Wat te doen", "What to do"),
    "sev_error": ("fout", "error"),
    "sev_warning": ("waarschuwing", "warning"),
    "sev_info": ("info", "info"),
    "no_open": ("Geen openstaande punten.", "No open points."),
    "open_count": (
        "{errors} fout(en), {warnings} waarschuwing(en), {infos} opmerking(en).",
        "{errors} error(s), {warnings} warning(s), {infos} remark(s).",
    ),
    "footer": (
        "Opgesteld met mvi-tui {version} op {date}; criteriacatalogus {catalogue}.",
        "Prepared with mvi-tui {version} on {date}; criteria catalogue {catalogue}.",
    ),
}

SCALE_NAMES: dict[ScaleKind, tuple[str, str]] = {
    ScaleKind.ZERO_TEN: ("0-10", "0-10"),
    ScaleKind.PROGRESSIVE: (
        "progressief (0/25/60/100% en -50%)",
        "progressive (0/25/60/100% and -50%)",
    ),
    ScaleKind.CUSTOM: ("eigen schaal", "custom scale"),
}


@dataclass(slots=True)
class Note:
    """A consultant's note, printed apart from the decisions (a quote, in italics)."""

    label: str
    text: str


Block = Paragraph | Bullets | Table | Note


@dataclass
class Section:
    """A heading (level 1: a wizard step, level 2: a tender) and its blocks."""

    heading: str
    level: int
    blocks: list[Block] = field(default_factory=list)


@dataclass
class CoachingReport:
    """The whole report in one language, plain text only; renderers escape it."""

    lang: str
    title: str
    subtitle: str
    intro: str
    organisation: str
    created: date
    sections: list[Section]
    footer: str


class _Say:
    """The report's texts in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.idx = 1 if lang == "en" else 0

    def __call__(self, key: str, /, **fields: object) -> str:
        text = TEXTS[key][self.idx]
        return text.format(**fields) if fields else text

    def pick(self, pair: tuple[str, str]) -> str:
        return pair[self.idx]


class _Builder:
    """Turns a plan and the engine's answers into the report's sections."""

    def __init__(self, plan: Plan, catalogue: Catalogue, lang: str, today: date) -> None:
        self.plan, self.cat, self.lang, self.today = plan, catalogue, lang, today
        self.say = _Say(lang)
        self.sections: list[Section] = []

    # small helpers ------------------------------------------------------------------

    def section(self, key: str, level: int = 1, heading: str | None = None) -> Section:
        sec = Section(heading or self.say(key), level)
        self.sections.append(sec)
        return sec

    def note(self, sec: Section, text: str, key: str = "note", **fields: object) -> None:
        if text.strip():
            sec.blocks.append(Note(self.say(key, **fields), text.strip()))

    def level_name(self, level: Level | None) -> str:
        if level is None:
            return self.say("no_level")
        info = self.cat.levels.get(Level(level))
        return info.name.get(self.lang) if info else str(int(level))

    def theme_name(self, theme: Theme) -> str:
        info = self.cat.themes.get(theme)
        return info.name.get(self.lang) if info else str(theme)

    def weight(self, value: float | None) -> str:
        return percent(value, self.lang) if value is not None else "-"

    # the steps -------------------------------------------------------------------------

    def build(self) -> list[Section]:
        self.organisation()
        self.ambitions()
        self.procurement_plan()
        self.criteria()
        self.award()
        self.open_points()
        return self.sections

    def organisation(self) -> None:
        say, org = self.say, self.plan.organisation
        sec = self.section("s_org")
        items = [
            f"{say('name')}: {org.name or say('unnamed')}",
            f"{say('kind')}: {say.pick(ORG_KINDS[org.kind])}",
            f"{say('spend')}: {money(org.yearly_spend_eur, self.lang)}",
            f"{say('doclang')}: {say('lang_' + str(org.language))}",
        ]
        if org.co2_baseline_t is not None:
            tonnes = say("tonnes", n=number(org.co2_baseline_t, self.lang))
            items.append(f"{say('baseline')}: {tonnes}")
        sec.blocks.append(Bullets(items))
        self.note(sec, self.plan.notes.organisation)

    def ambitions(self) -> None:
        say, amb = self.say, self.plan.ambitions
        sec = self.section("s_amb")
        if amb.preset:
            preset = self.cat.presets.get(amb.preset)
            name = preset.name.get(self.lang) if preset else amb.preset
            sec.blocks.append(Paragraph(say("preset", name=name)))
        if not amb.themes:
            sec.blocks.append(Paragraph(say("no_amb")))
        else:
            rows = []
            for theme in Theme:
                ambition = amb.themes.get(theme)
                if ambition is None:
                    continue
                targets = "; ".join(
                    t.description or say("target", value=percent(t.value, self.lang), year=t.year)
                    for t in ambition.targets
                )
                rows.append([self.theme_name(theme), self.level_name(ambition.level), targets])
            sec.blocks.append(Table([say("theme"), say("level"), say("targets")], rows))
            missing = [self.theme_name(t) for t in Theme if t not in amb.themes]
            if missing:
                sec.blocks.append(Paragraph(say("no_amb_for", themes=", ".join(missing))))
        for theme in Theme:
            ambition = amb.themes.get(theme)
            if ambition is not None:
                self.note(sec, ambition.note, "theme_note", theme=self.theme_name(theme))
        self.note(sec, self.plan.notes.ambitions)

    def procurement_plan(self) -> None:
        from mvi_tui.core.priorities import prioritise

        say = self.say
        sec = self.section("s_plan")
        rows = prioritise(self.plan, self.cat, self.today) if self.plan.procurements else []
        if not rows:
            sec.blocks.append(Paragraph(say("no_procs")))
        else:
            sec.blocks.append(Paragraph(say("plan_intro")))
            table = []
            for row in rows:
                proc = self.plan.procurement(row.procurement_id)
                chosen = self.level_name(proc.level) if proc and proc.level else say("not_chosen")
                advice = say.pick(PROCEDURE_NAMES[row.advised_procedure])
                if row.above_threshold:
                    advice += f" ({say('eu')})"
                table.append(
                    [
                        row.title,
                        money(row.value_eur, self.lang),
                        number(round(row.priority), self.lang),
                        self.level_name(row.proposed_level),
                        chosen,
                        advice,
                    ]
                )
            header = [
                say("procurement"),
                say("value"),
                say("priority"),
                say("proposed"),
                say("chosen"),
                say("advice"),
            ]
            sec.blocks.append(Table(header, table, numeric=[False, True, True]))
        self.note(sec, self.plan.notes.plan)

    def criteria(self) -> None:
        from mvi_tui.core.coverage import tender_level

        say = self.say
        sec = self.section("s_crit")
        tenders = self.plan.tenders()
        if not tenders:
            sec.blocks.append(Paragraph(say("no_tenders")))
        self.note(sec, self.plan.notes.criteria)
        for proc in tenders:
            tender = proc.tender
            assert tender is not None
            sub = self.section("", 2, proc.title)
            sub.blocks.append(
                Paragraph(
                    say(
                        "tender_line",
                        level=self.level_name(tender_level(proc, self.cat)),
                        procedure=self.procedure(proc),
                    )
                )
            )
            rows = []
            for chosen in tender.criteria:
                crit = self.cat.criteria.get(chosen.id)
                if crit is None:
                    rows.append(
                        [chosen.id, say("unknown_crit"), "", "", self.weight(chosen.weight)]
                    )
                    continue
                rows.append(
                    [
                        crit.id,
                        crit.title.get(self.lang),
                        say.pick(TYPE_NAMES[crit.type]),
                        self.level_name(crit.level),
                        self.weight(chosen.weight) if crit.is_award() else "",
                    ]
                )
            for own in tender.own_criteria:
                award = own.type == CriterionType.GUNNINGSCRITERIUM
                rows.append(
                    [
                        own.id,
                        f"{own.title} ({say('own')})",
                        say.pick(TYPE_NAMES[own.type]),
                        self.level_name(own.level),
                        self.weight(own.weight) if award else "",
                    ]
                )
            if rows:
                header = [say("id"), say("criterion"), say("type"), say("level"), say("weight")]
                sub.blocks.append(Table(header, rows, numeric=[False, False, False, False, True]))
            else:
                sub.blocks.append(Paragraph(say("no_criteria")))
            self.note(sub, tender.notes, "tender_note")

    def procedure(self, proc: Procurement) -> str:
        from mvi_tui.core.advice import advise_procurement

        tender = proc.tender
        if tender is not None and tender.procedure is not None:
            return self.say.pick(PROCEDURE_NAMES[tender.procedure])
        advice = advise_procurement(self.plan, proc, self.cat, self.today)
        if not advice.procedures:
            return self.say("no_level")
        name = self.say.pick(PROCEDURE_NAMES[advice.procedures[0].code])
        return self.say("advised", name=name)

    def award(self) -> None:
        from mvi_tui.core.award import award_items

        say, lang = self.say, self.lang
        sec = self.section("s_award")
        tenders = self.plan.tenders()
        if not tenders:
            sec.blocks.append(Paragraph(say("no_tenders")))
        self.note(sec, self.plan.notes.award)
        for proc in tenders:
            tender = proc.tender
            assert tender is not None
            model = tender.award
            sub = self.section("", 2, proc.title)
            items = [f"{say('method')}: {AWARD_METHOD_NAMES[model.method][lang]}"]
            priced = model.method not in (AwardMethod.LOWEST_PRICE, AwardMethod.LOWEST_COST)
            if priced:
                items.append(f"{say('price_weight')}: {percent(model.price_weight, lang)}")
                items.append(f"{say('scale')}: {say.pick(SCALE_NAMES[model.scale])}")
            if model.method == AwardMethod.VALUE_BASED and model.quality_value_eur is not None:
                items.append(f"{say('quality_value')}: {money(model.quality_value_eur, lang)}")
            ladder = model.co2_ladder
            if ladder.enabled:
                count = 3 if ladder.version == "4.0" else 5
                discounts = " / ".join(percent(d, lang) for d in ladder.discounts_pct[:count])
                state = say("ladder_on", version=ladder.version, discounts=discounts)
            else:
                state = say("ladder_off")
            items.append(f"{say('ladder')}: {state}")
            if model.motivation.strip():
                items.append(f"{say('motivation')}: {model.motivation.strip()}")
            sub.blocks.append(Bullets(items))
            if priced:
                quality = award_items(tender, self.cat, lang)
                if quality:
                    rows = [[say("price"), percent(model.price_weight, lang)]]
                    rows += [[f"{q.id} {q.title}", percent(q.weight, lang)] for q in quality]
                    total = model.price_weight + sum(q.weight for q in quality)
                    sub.blocks.append(
                        Table(
                            [say("criterion"), say("weight")],
                            rows,
                            numeric=[False, True],
                            total=[say("total"), percent(total, lang)],
                        )
                    )
                else:
                    sub.blocks.append(Paragraph(say("no_quality")))

    def open_points(self) -> None:
        from mvi_tui.core.rules import check_plan

        say = self.say
        sec = self.section("s_open")
        found = check_plan(self.plan, self.cat, self.today) if self.plan.procurements else []
        if not found:
            sec.blocks.append(Paragraph(say("no_open")))
        else:
            counts = {s: sum(1 for w in found if w.severity == s) for s in SEVERITY_ORDER}
            sec.blocks.append(Paragraph(say("open_intro")))
            sec.blocks.append(
                Paragraph(
                    say(
                        "open_count",
                        errors=counts["error"],
                        warnings=counts["warning"],
                        infos=counts["info"],
                    )
                )
            )
            titles = {p.id: p.title for p in self.plan.procurements}
            rows = [
                [
                    titles.get(w.procurement_id, w.procurement_id),
                    say(f"sev_{w.severity}") if f"sev_{w.severity}" in TEXTS else w.severity,
                    w.message.get(self.lang),
                    w.action.get(self.lang),
                ]
                for w in found
            ]
            header = [say("procurement"), say("severity"), say("finding"), say("action")]
            sec.blocks.append(Table(header, rows))
        self.note(sec, self.plan.notes.export)


def report_lang(plan: Plan, lang: str | None) -> str:
    """The report language: the one asked for, else the plan's (its organisation's)."""
    chosen = str(lang) if lang else str(plan.organisation.language)
    return chosen if chosen in ("nl", "en") else "nl"


def build_coaching_report(
    plan: Plan,
    catalogue: Catalogue | None = None,
    lang: str | None = None,
    *,
    today: date | None = None,
    source: str = "",
) -> CoachingReport:
    """The coaching report of `plan` in `lang` (default: the plan's language).

    `source` is the plan's file name, printed so the buyer knows which plan it belongs
    to; `today` dates the report and fixes the engine's reference date (thresholds).
    """
    cat = catalogue or default_catalogue()
    doc_lang = report_lang(plan, lang)
    day = today or date.today()
    say = _Say(doc_lang)
    org = plan.organisation.name or say("unnamed")
    sections = _Builder(plan, cat, doc_lang, day).build()
    return CoachingReport(
        lang=doc_lang,
        title=say("title"),
        subtitle=say("subtitle", org=org, date=long_date(day, doc_lang)),
        intro=say("intro", source=say("source", name=source) if source else ""),
        organisation=plan.organisation.name,
        created=day,
        sections=sections,
        footer=say(
            "footer", version=__version__, date=long_date(day, doc_lang), catalogue=cat.version
        ),
    )


# Markdown ------------------------------------------------------------------------------


def _md_table(t: Table) -> list[str]:
    cols = len(t.header)
    lines = [
        "| " + " | ".join(md_cell(h) for h in t.header) + " |",
        "|" + "|".join("---:" if t.aligned(c) else "---" for c in range(cols)) + "|",
    ]
    rows = [*t.rows, *([t.total] if t.total else [])]
    for i, row in enumerate(rows):
        cells = [md_cell(row[c] if c < len(row) else "") for c in range(cols)]
        if t.total and i == len(rows) - 1:
            cells = [f"**{c}**" if str(c) else "" for c in cells]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return lines


def _md_blocks(blocks: Iterable[Block]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Note):
            body = md_escape(b.text).split("\n")
            out.append(f"> **{md_inline(b.label)}:** {body[0]}")
            out.extend(f"> {line}" if line else ">" for line in body[1:])
        elif isinstance(b, Paragraph):
            out.append(md_escape(b.text))
        elif isinstance(b, Bullets):
            out.extend(f"- {md_item(item)}" for item in b.items)
        elif isinstance(b, Table):
            out.extend(_md_table(b))
        out.append("")
    return out


def render_markdown(report: CoachingReport) -> str:
    """The report as CommonMark (GitHub tables); every plan text escaped."""
    lines = [f"# {md_inline(report.title)}", "", f"*{md_inline(report.subtitle)}*", ""]
    lines += [md_escape(report.intro), ""]
    for sec in report.sections:
        lines += [f"{'#' * (sec.level + 1)} {md_inline(sec.heading)}", ""]
        lines += _md_blocks(sec.blocks)
    lines += ["---", "", f"*{md_inline(report.footer)}*", ""]
    return "\n".join(lines)


# Word ---------------------------------------------------------------------------------


def _docx_table(document, t: Table) -> None:  # noqa: ANN001 - docx.Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement

    rows = [t.header, *t.rows, *([t.total] if t.total else [])]
    table = document.add_table(rows=len(rows), cols=len(t.header))
    try:
        table.style = TABLE_STYLE
    except KeyError:  # a template without that style: keep Word's default grid
        table.style = "Table Grid"
    header_pr = table.rows[0]._tr.get_or_add_trPr()
    header_pr.append(OxmlElement("w:tblHeader"))  # repeat the header row on each page
    for r, values in enumerate(rows):
        bold = r == 0 or (t.total is not None and r == len(rows) - 1)
        for c, cell in enumerate(table.rows[r].cells):
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(xml_safe(str(values[c]) if c < len(values) else ""))
            run.bold = bold or None
            if t.aligned(c) and r > 0:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph()


def render_docx(report: CoachingReport) -> bytes:
    """The report as a .docx: Word's Title and Heading styles, real tables, plain runs."""
    import docx

    from mvi_tui.export.render_docx import template_bytes

    document = docx.Document(io.BytesIO(template_bytes()))
    document.add_paragraph(xml_safe(report.title), style="Title")
    document.add_paragraph(xml_safe(report.subtitle), style="Subtitle")
    document.add_paragraph(xml_safe(report.intro))
    for sec in report.sections:
        document.add_heading(xml_safe(sec.heading), level=sec.level)
        for block in sec.blocks:
            if isinstance(block, Note):
                paragraph = document.add_paragraph()
                paragraph.paragraph_format.left_indent = docx.shared.Cm(0.5)
                paragraph.add_run(xml_safe(block.label) + ": ").bold = True
                paragraph.add_run(xml_safe(block.text)).italic = True
            elif isinstance(block, Paragraph):
                document.add_paragraph(xml_safe(block.text))
            elif isinstance(block, Bullets):
                for item in block.items:
                    document.add_paragraph(xml_safe(item), style="List Bullet")
            elif isinstance(block, Table):
                _docx_table(document, block)
    document.add_paragraph(xml_safe(report.footer)).runs[0].italic = True
    props = document.core_properties
    created = datetime.combine(report.created, time(12, 0))
    props.title = xml_safe(f"{report.title}: {report.organisation}".rstrip(": "))
    props.author = xml_safe(report.organisation)
    props.subject = xml_safe(report.title)
    props.keywords = "MVI; coaching"
    props.language = report.lang
    props.created = props.modified = created
    props.last_modified_by = f"mvi-tui {__version__}"
    props.revision = 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# Files --------------------------------------------------------------------------------


def render_coaching(report: CoachingReport, fmt: str) -> bytes:
    """The report in `fmt` (md or docx) as bytes."""
    if fmt == "md":
        return render_markdown(report).encode("utf-8")
    if fmt == "docx":
        return render_docx(report)
    raise ValueError(f"unknown coaching report format {fmt!r}; choose from {', '.join(FORMATS)}")


def coaching_file_name(stem: str, fmt: str) -> str:
    """`<stem>.coaching.md`: never equal to a tender file (`<stem>--<id>.md`) or the plan."""
    from mvi_tui.export.naming import safe_part

    return safe_part(stem, stem=True) + EXTENSIONS[fmt]


def coaching_outputs(
    plan: Plan,
    stem: str,
    lang: str | None = None,
    catalogue: Catalogue | None = None,
    *,
    formats: Sequence[str] = FORMATS,
    today: date | None = None,
    source: str = "",
) -> list[tuple[str, bytes]]:
    """(file name, bytes) per format, for a caller that writes or delivers them itself.

    The batch export writes these with its own safe writer; the wizard in a browser
    hands them to `mvi_tui.tui.web.deliver_file`.
    """
    report = build_coaching_report(plan, catalogue, lang, today=today, source=source)
    return [(coaching_file_name(stem, f), render_coaching(report, f)) for f in formats]


def write_coaching_report(
    plan: Plan,
    out_dir: str | os.PathLike[str],
    stem: str,
    lang: str | None = None,
    *,
    catalogue: Catalogue | None = None,
    formats: Sequence[str] = FORMATS,
    today: date | None = None,
    source: str = "",
) -> list[Path]:
    """Write the report as `<stem>.coaching.md` and `.docx` into `out_dir`; the paths.

    Files are written atomically and always inside `out_dir`, whatever the stem.
    """
    from mvi_tui.core.atomic import atomic_write_bytes
    from mvi_tui.export.naming import inside

    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in coaching_outputs(
        plan, stem, lang, catalogue, formats=formats, today=today, source=source
    ):
        target = inside(folder, name)
        atomic_write_bytes(target, data)
        written.append(target)
    return written
