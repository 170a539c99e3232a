"""Build the draft tender specification of one tender as a neutral `TenderDocument`.

The chapters follow the Dutch tender document (see `shared/domain/MVI.md`): introduction,
the contract, the procedure, exclusion grounds, suitability and selection, the programme
of requirements, award, the agreement and the annexes, then the list of what the buyer
must still fill in. The text is written for bidders, not as a dump of the plan: plan
values are woven into fixed paragraphs (`texts.py`), the engine's facts (`facts.py`)
supply the threshold, procedure, obligations and dates, and every gap becomes a visible
`[[...]]` mark that is listed at the end.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from mvi_tui.core.catalogue import Catalogue
from mvi_tui.core.enums import (
    AwardMethod,
    ContractType,
    CriterionType,
    Lang,
    PriceFormula,
    Procedure,
    ScaleKind,
    Theme,
)
from mvi_tui.core.plan import Plan, Procurement, Tender
from mvi_tui.core.resolve import ResolvedCriterion
from mvi_tui.export.docmodel import (
    PLACEHOLDER_RE,
    Block,
    Bullets,
    Chapter,
    Field,
    Paragraph,
    Placeholder,
    Requirement,
    Section,
    Table,
    TenderDocument,
    block_texts,
)
from mvi_tui.export.facts import TenderFacts, gather
from mvi_tui.export.formatting import add_months, long_date, money, number, percent
from mvi_tui.export.texts import (
    CONTRACT_PHRASES,
    DEFINITIONS,
    ORG_KINDS,
    PROCEDURE_NAMES,
    TYPE_NAMES,
    TYPE_PLURALS,
    TYPE_PREFIX,
    Say,
)

EU_PROCEDURES = {
    Procedure.OPEN,
    Procedure.RESTRICTED,
    Procedure.COMPETITIVE_DIALOGUE,
    Procedure.NEGOTIATED_WITH_CALL,
    Procedure.INNOVATION_PARTNERSHIP,
    Procedure.NEGOTIATED_WITHOUT_CALL,
}
SELECTIVE = {
    Procedure.RESTRICTED,
    Procedure.COMPETITIVE_DIALOGUE,
    Procedure.NEGOTIATED_WITH_CALL,
    Procedure.INNOVATION_PARTNERSHIP,
}
QUOTES = {Procedure.MULTIPLE_QUOTE, Procedure.SINGLE_QUOTE, Procedure.NEGOTIATED_WITHOUT_CALL}
BPKV = {AwardMethod.WEIGHTED_POINTS, AwardMethod.VALUE_BASED, AwardMethod.PRICE_QUALITY_RATIO}


def paragraphs(text: str) -> list[str]:
    """A plan text as paragraphs: split on blank lines, lines joined, blanks dropped."""
    out = []
    for chunk in text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n"):
        joined = " ".join(line.strip() for line in chunk.split("\n") if line.strip())
        if joined:
            out.append(joined)
    return out


def _join(items: list[str], say: Say) -> str:
    """`a, b en c` / `a, b and c`."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {say('and')} {items[-1]}"


class _Builder:
    """Holds the inputs while the chapters are written; one per document."""

    def __init__(
        self,
        plan: Plan,
        proc: Procurement,
        catalogue: Catalogue,
        lang: str,
        today: date,
        facts: TenderFacts,
    ) -> None:
        self.plan = plan
        self.proc = proc
        self.tender: Tender = proc.tender or Tender()
        self.cat = catalogue
        self.lang = lang
        self.say = Say(lang)
        self.today = today
        self.facts = facts
        self.group = catalogue.groups.get(proc.product_group)
        self.criteria = facts.criteria
        self.numbers: dict[int, str] = {}
        counters: Counter[CriterionType] = Counter()
        for i, c in enumerate(self.criteria):
            counters[c.type] += 1
            self.numbers[i] = f"{self.say.pick(TYPE_PREFIX[c.type])}{counters[c.type]}"
        self.org = plan.organisation.name.strip() or self.say.ph("ph_org")
        self.award = self.tender.award
        self.has_lots = bool(proc.lots)
        self.lot_titles = {lot.id: lot.title for lot in proc.lots}
        # Section numbers that other chapters refer to, known before those are written.
        self.comm_section = "3.3"
        self.ladder_section = ""

    # --- small helpers -----------------------------------------------------------------
    def of_type(self, kind: CriterionType) -> list[tuple[str, ResolvedCriterion]]:
        """(number, criterion) of one type, in document order."""
        return [(self.numbers[i], c) for i, c in enumerate(self.criteria) if c.type == kind]

    def numbers_for(self, pred) -> list[str]:  # noqa: ANN001 - a predicate on a criterion
        return [self.numbers[i] for i, c in enumerate(self.criteria) if pred(c)]

    def theme_name(self, theme: Theme) -> str:
        info = self.cat.themes.get(theme)
        return info.name.get(self.lang) if info else str(theme)

    def level_name(self, level) -> str:  # noqa: ANN001 - Level
        info = self.cat.levels.get(level)
        return info.name.get(self.lang) if info else str(int(level))

    def lot_label(self, lot_id: str) -> str:
        title = self.lot_titles.get(lot_id)
        return f"{lot_id} ({title})" if title else lot_id

    def date_or_ph(self, value: date | None, ph_key: str = "ph_date") -> str:
        return long_date(value, self.lang) if value else self.say.ph(ph_key)

    @property
    def eu(self) -> bool | None:
        """Whether the EU rules (UEA, standstill) apply: the advice, else the procedure."""
        if self.facts.above_threshold is not None:
            return self.facts.above_threshold
        if self.facts.procedure is not None:
            return self.facts.procedure in EU_PROCEDURES
        return None

    @property
    def channel(self) -> str:
        if self.facts.procedure in QUOTES:
            return self.say("channel_mail")
        return self.say("channel_tenderned")

    @property
    def doc_kind(self) -> str:
        p = self.facts.procedure
        if p in (Procedure.OPEN, Procedure.NATIONAL_OPEN):
            return self.say("kind_descriptive")
        if p in SELECTIVE:
            return self.say("kind_selection")
        if p in QUOTES:
            return self.say("kind_quote")
        return self.say("kind_generic")

    def requirement(
        self, number: str, c: ResolvedCriterion, proof_label: str = "f_proof"
    ) -> Requirement:
        """A criterion as a numbered block with its means of proof and where it applies."""
        say = self.say
        fields: list[Field] = []
        if c.is_award:
            weight = percent(c.weight, self.lang) if c.weight is not None else say.ph("ph_weight")
            fields.append(Field(say("f_weight"), weight))
            if c.scoring:
                fields.append(Field(say("f_scoring"), c.scoring))
        if c.verification:
            fields.append(Field(say(proof_label), c.verification))
        if c.lot:
            fields.append(Field(say("f_lot"), self.lot_label(c.lot)))
        ref = f"{c.id} ({say('f_own')})" if c.own else c.id
        fields.append(Field(say("f_ref"), ref))
        return Requirement(number, c.title, paragraphs(c.text) or [c.text], fields, c.id)

    # --- chapters ----------------------------------------------------------------------
    def chapter_intro(self) -> Chapter:
        say, plan, proc = self.say, self.plan, self.proc
        kind = say.pick(ORG_KINDS[plan.organisation.kind])
        authority = Section(
            "1.1",
            say("s_authority"),
            [
                Paragraph(say("authority", org=self.org, kind=kind)),
                Paragraph(say("contact", channel=self.channel, section=self.comm_section)),
            ],
        )
        background = Section("1.2", say("s_background"))
        background.blocks += [Paragraph(p) for p in paragraphs(proc.description)] or [
            Paragraph(say.ph("ph_background"))
        ]
        if self.group is not None:
            cluster = self.cat.clusters.get(self.group.cluster)
            background.blocks.append(
                Paragraph(
                    say(
                        "group_line",
                        group=self.group.name.get(self.lang),
                        cluster=cluster.name.get(self.lang) if cluster else self.group.cluster,
                        description=self.group.description.get(self.lang),
                    )
                )
            )
        return Chapter(
            "1",
            say("ch_intro"),
            sections=[authority, background, self.section_mvi(), self.section_definitions()],
        )

    def section_mvi(self) -> Section:
        say = self.say
        section = Section("1.3", say("s_mvi"))
        relevant: list[Theme] = []
        for theme in list(self.group.themes if self.group else []) + [
            t for c in self.criteria for t in c.themes
        ]:
            if theme not in relevant:
                relevant.append(theme)
        ambitions = self.plan.ambitions.themes
        rows, notes = [], []
        for theme in Theme:
            if theme not in relevant or theme not in ambitions:
                continue
            amb = ambitions[theme]
            targets = [
                say(
                    "target",
                    text=t.description.strip().rstrip(".") or str(t.metric),
                    value=percent(t.value, self.lang),
                    year=t.year,
                )
                for t in amb.targets
            ]
            rows.append(
                [
                    self.theme_name(theme),
                    self.level_name(amb.level),
                    "; ".join(targets) or say("no_targets"),
                ]
            )
            for note in paragraphs(amb.note):
                notes.append(say("ambition_note", theme=self.theme_name(theme), note=note))
        if rows:
            section.blocks.append(Paragraph(say("mvi_intro", org=self.org)))
            section.blocks.append(
                Table([say("col_theme"), say("col_level"), say("col_targets")], rows)
            )
            section.blocks += [Paragraph(n) for n in notes]
        else:
            section.blocks.append(Paragraph(say("mvi_none", org=self.org)))
        if self.group is not None:
            themes = [self.theme_name(t) for t in self.group.themes]
            section.blocks.append(
                Paragraph(
                    say("why", group=self.group.name.get(self.lang), themes=_join(themes, say))
                )
            )
            if self.facts.impact_t_co2 is not None:
                section.blocks.append(
                    Paragraph(
                        say(
                            "impact",
                            tonnes=number(round(self.facts.impact_t_co2), self.lang),
                            basis=self.group.co2_basis.get(self.lang),
                        )
                    )
                )
        if self.facts.level is not None:
            info = self.cat.levels.get(self.facts.level)
            text = say(
                "level_line",
                level=self.level_name(self.facts.level),
                description=info.description.get(self.lang) if info else "",
            )
            section.blocks.append(Paragraph(text))
        counts = Counter(c.type for c in self.criteria)
        parts = []
        for kind in CriterionType:
            n = counts.get(kind, 0)
            if n:
                name = say.pick(TYPE_PLURALS[kind] if n > 1 else TYPE_NAMES[kind])
                parts.append(f"{n} {name}")
        section.blocks.append(
            Paragraph(
                say("criteria_count", counts=_join(parts, say)) if parts else say("criteria_none")
            )
        )
        return section

    def section_definitions(self) -> Section:
        say = self.say
        rows = [[say.pick(term), say.pick(meaning)] for term, meaning in DEFINITIONS]
        return Section(
            "1.4", say("s_definitions"), [Table([say("col_term"), say("col_meaning")], rows)]
        )

    def chapter_contract(self) -> Chapter:
        say, proc, lang = self.say, self.proc, self.lang
        scope = Section(
            "2.1",
            say("s_scope"),
            [
                Paragraph(
                    say(
                        "scope",
                        title=proc.title,
                        phrase=say.pick(CONTRACT_PHRASES[proc.contract_type]),
                    )
                ),
                Paragraph(say("volumes")),
            ],
        )
        lots = Section("2.2", say("s_lots"))
        reason = paragraphs(self.tender.lots_reason)
        if proc.lots:
            lots.blocks.append(Paragraph(say("lots_yes", n=len(proc.lots))))
            lots.blocks.append(
                Table(
                    [say("col_lot"), say("col_description"), say("col_value")],
                    [
                        [
                            lot.id,
                            lot.title,
                            money(lot.value_eur, lang) if lot.value_eur else "-",
                        ]
                        for lot in proc.lots
                    ],
                    numeric=[False, False, True],
                )
            )
            lots.blocks += [Paragraph(p) for p in reason]
        else:
            lots.blocks.append(Paragraph(say("lots_no")))
            lots.blocks += [Paragraph(p) for p in reason] or [Paragraph(say.ph("ph_lots_reason"))]

        term = Section("2.3", say("s_term"))
        start = proc.start or self.facts.timetable.get("contract_start")
        text = say("term", start=self.date_or_ph(start, "ph_start"), months=proc.duration_months)
        if start:
            end = add_months(start, proc.duration_months) - timedelta(days=1)
            text += " " + say("term_end", end=long_date(end, lang))
        term.blocks.append(Paragraph(text))
        if proc.options_months:
            if start:
                last = add_months(start, proc.duration_months + proc.options_months) - timedelta(
                    days=1
                )
                last_text = long_date(last, lang)
            else:
                last_text = say.ph("ph_date")
            term.blocks.append(Paragraph(say("options", months=proc.options_months, end=last_text)))
        else:
            term.blocks.append(Paragraph(say("options_none")))

        value = Section("2.4", say("s_value"))
        text = say("value", value=money(proc.value_eur, lang))
        if self.facts.threshold_eur is not None:
            key = "threshold_above" if self.facts.above_threshold else "threshold_below"
            text += " " + say(
                key, threshold=money(self.facts.threshold_eur, lang), period=self.facts.period
            )
        else:
            text += " " + say.ph("ph_threshold") + "."
        value.blocks += [Paragraph(text), Paragraph(say("value_indication"))]

        cpv = Section("2.5", say("s_cpv"))
        if self.group is not None:
            rows = [[self.group.cpv_main, say("cpv_main", group=self.group.name.get(lang))]]
            rows += [[code, say("cpv_related")] for code in self.group.cpv_related]
            cpv.blocks += [
                Paragraph(say("cpv_intro")),
                Table([say("col_code"), say("col_role")], rows),
            ]
        return Chapter("2", say("ch_contract"), sections=[scope, lots, term, value, cpv])

    def chapter_procedure(self) -> Chapter:
        say, facts = self.say, self.facts
        choice = Section("3.1", say("s_choice"))
        proc_name = (
            say.pick(PROCEDURE_NAMES[facts.procedure])
            if facts.procedure
            else say.ph("ph_procedure")
        )
        choice.blocks.append(Paragraph(say("procedure", name=proc_name)))
        reason = facts.procedure_reason or say.ph("ph_procedure_reason")
        choice.blocks.append(Paragraph(say("reason", reason=reason)))
        if facts.procedure in SELECTIVE:
            choice.blocks.append(Paragraph(say("selective")))
        elif facts.procedure == Procedure.SINGLE_QUOTE:
            choice.blocks.append(Paragraph(say("single")))
        elif facts.procedure == Procedure.MULTIPLE_QUOTE:
            choice.blocks.append(Paragraph(say("multiple")))
        if facts.procedure is not None and facts.procedure not in EU_PROCEDURES:
            choice.blocks.append(Paragraph(say("gids")))
        sections = [choice]

        tt = facts.timetable
        first = "t_invitation" if facts.procedure in QUOTES else "t_publication"
        steps = [
            (first, "publication"),
            ("t_questions", "questions_deadline"),
            ("t_nvi", "nvi"),
            ("t_submission", "submission_deadline"),
            ("t_award", "award_intended"),
        ]
        if self.eu or tt.get("standstill_end") or facts.duty("standstill"):
            steps.append(("t_standstill", "standstill_end"))
        steps.append(("t_start", "contract_start"))
        rows = [[say(label), self.date_or_ph(tt.get(key))] for label, key in steps]
        timetable = Section(
            f"3.{len(sections) + 1}",
            say("s_timetable"),
            [Table([say("col_step"), say("col_date")], rows), Paragraph(say("timetable_note"))],
        )
        if facts.limits:
            timetable.blocks.append(Paragraph(say("time_limits")))
            timetable.blocks.append(Bullets([t.text for t in facts.limits]))
        sections.append(timetable)
        sections.append(
            Section(
                f"3.{len(sections) + 1}",
                say("s_communication"),
                [
                    Paragraph(say("communication", channel=self.channel)),
                    Paragraph(say("grossmann")),
                    Paragraph(say("submission", channel=self.channel)),
                ],
            )
        )
        sections.append(
            Section(f"3.{len(sections) + 1}", say("s_complaints"), [Paragraph(say("complaints"))])
        )
        return Chapter("3", say("ch_procedure"), sections=sections)

    def chapter_exclusion(self) -> Chapter:
        say = self.say
        eu = self.eu
        if eu is None:
            blocks: list[Block] = [Paragraph(say("excl_unknown"))]
        elif eu:
            blocks = [
                Paragraph(say("excl_eu")),
                Paragraph(say("excl_espd")),
                Paragraph(say("excl_proof")),
            ]
        else:
            blocks = [Paragraph(say("excl_national")), Paragraph(say("excl_national_proof"))]
        return Chapter("4", say("ch_exclusion"), blocks=blocks)

    def chapter_suitability(self) -> Chapter:
        say = self.say
        declaration = say("decl_espd") if self.eu else say("decl_own")
        suit = Section("5.1", say("s_suitability"))
        suit.blocks.append(Paragraph(say("suitability_intro", declaration=declaration)))
        suit.blocks += [
            self.requirement(n, c) for n, c in self.of_type(CriterionType.GESCHIKTHEIDSEIS)
        ]
        suit.blocks.append(Paragraph(say("suitability_other")))
        sections = [suit]
        selection = self.of_type(CriterionType.SELECTIECRITERIUM)
        if selection:
            sections.append(
                Section(
                    "5.2",
                    say("s_selection"),
                    [Paragraph(say("selection_intro"))]
                    + [self.requirement(n, c) for n, c in selection],
                )
            )
        return Chapter("5", say("ch_suitability"), sections=sections)

    def chapter_requirements(self) -> Chapter:
        say = self.say
        reqs = self.of_type(CriterionType.EIS)
        mvi = Section("6.2", say("s_mvi_requirements"))
        mvi.blocks += [self.requirement(n, c) for n, c in reqs] or [Paragraph(say("req_none"))]
        return Chapter(
            "6",
            say("ch_requirements"),
            blocks=[Paragraph(say("req_intro"))],
            sections=[
                Section("6.1", say("s_functional"), [Paragraph(say("functional"))]),
                mvi,
            ],
        )

    def chapter_award(self) -> Chapter:
        say, award, lang = self.say, self.award, self.lang
        method = award.method
        awards = self.of_type(CriterionType.GUNNINGSCRITERIUM)
        sections: list[Section] = []

        def add(title_key: str, blocks: list[Block]) -> Section:
            section = Section(f"7.{len(sections) + 1}", say(title_key), blocks)
            sections.append(section)
            return section

        uses_lcc = method == AwardMethod.LOWEST_COST or award.lcc is not None
        ladder_on = award.co2_ladder.enabled
        # Section numbers are known up front so the method text can point at them.
        order = ["method", "weights", "scale", "subcriteria", "price"]
        if ladder_on:
            order.append("ladder")
        if uses_lcc:
            order.append("lcc")
        order.append("tie")
        number_of = {name: f"7.{i + 1}" for i, name in enumerate(order)}

        blocks: list[Block] = []
        if method == AwardMethod.WEIGHTED_POINTS:
            blocks.append(Paragraph(say("m_weighted", max=number(award.max_points, lang))))
        elif method == AwardMethod.VALUE_BASED:
            blocks.append(Paragraph(say("m_value")))
            if award.quality_value_eur:
                blocks.append(
                    Paragraph(say("m_value_max", value=money(award.quality_value_eur, lang)))
                )
            else:
                blocks.append(Paragraph(say("m_value_ph")))
        elif method == AwardMethod.PRICE_QUALITY_RATIO:
            blocks.append(Paragraph(say("m_ratio")))
        elif method == AwardMethod.LOWEST_COST:
            blocks.append(Paragraph(say("m_cost", section=number_of.get("lcc", "7.7"))))
        else:
            blocks.append(Paragraph(say("m_price")))
        if method not in BPKV:
            motivation = paragraphs(award.motivation)
            if motivation:
                blocks.append(Paragraph(say("motivation", text=motivation[0])))
                blocks += [Paragraph(p) for p in motivation[1:]]
            else:
                blocks.append(Paragraph(say("motivation", text=say.ph("ph_motivation"))))
        add("s_method", blocks)

        # Weights table.
        header = [say("col_criterion"), say("col_number"), say("col_weight")]
        if self.has_lots:
            header.insert(2, say("col_lot"))
        rows: list[list[str]] = []
        total = 0.0
        complete = True
        if method == AwardMethod.LOWEST_PRICE:
            rows.append([say("row_price"), "-", percent(100, lang)])
            total = 100.0
        elif method == AwardMethod.LOWEST_COST:
            rows.append([say("row_cost"), "-", percent(100, lang)])
            total = 100.0
        elif method != AwardMethod.PRICE_QUALITY_RATIO:
            rows.append([say("row_price"), "-", percent(award.price_weight, lang)])
            total += award.price_weight
        if method in BPKV:
            for n, c in awards:
                if c.weight is None:
                    complete = False
                    weight = say.ph("ph_weight")
                else:
                    total += c.weight
                    weight = percent(c.weight, lang)
                rows.append([c.title, n, weight])
        if self.has_lots:
            lot_col = {n: (self.lot_label(c.lot) if c.lot else say("all_lots")) for n, c in awards}
            for row in rows:
                row.insert(2, lot_col.get(row[1], say("all_lots")))
        numeric = [False, False, False, True] if self.has_lots else [False, False, True]
        total_row = [
            say("row_total"),
            "",
            percent(total, lang) if complete else say.ph("ph_weight"),
        ]
        if self.has_lots:
            total_row.insert(2, "")
        add(
            "s_weights",
            [Paragraph(say("weights_intro")), Table(header, rows, numeric, total=total_row)],
        )

        # Scale and committee.
        scale_blocks: list[Block] = []
        score_header = [say("col_score"), say("col_description"), say("col_share")]
        if award.scale == ScaleKind.PROGRESSIVE:
            scale_blocks.append(Paragraph(say("scale_prog")))
            srows = [
                [number(score, lang), label, percent(fraction * 100, lang)]
                for score, label, fraction in self.facts.progressive
            ]
            scale_blocks.append(Table(score_header, srows, [True, False, True]))
        elif award.scale == ScaleKind.CUSTOM and award.custom_scale:
            scale_blocks.append(Paragraph(say("scale_custom")))
            srows = [
                [number(s.score, lang), s.label, percent(s.fraction * 100, lang)]
                for s in award.custom_scale
            ]
            scale_blocks.append(Table(score_header, srows, [True, False, True]))
        else:
            scale_blocks.append(Paragraph(say("scale_010")))
            srows = [[str(s), say(f"sc_{s}"), percent(s * 10, lang)] for s in (10, 8, 6, 4, 2, 0)]
            scale_blocks.append(Table(score_header, srows, [True, False, True]))
        scale_blocks.append(Paragraph(say("committee")))
        add("s_scale", scale_blocks)

        sub_blocks: list[Block] = []
        if awards:
            sub_blocks.append(Paragraph(say("plan_of_approach")))
            sub_blocks += [self.requirement(n, c) for n, c in awards]
        else:
            sub_blocks.append(Paragraph(say("award_none")))
        add("s_subcriteria", sub_blocks)

        price_blocks: list[Block] = [Paragraph(say("price_form"))]
        if method in (AwardMethod.WEIGHTED_POINTS,):
            if award.price_formula == PriceFormula.LINEAR_CEILING:
                ceiling = (
                    money(award.ceiling_price_eur, lang)
                    if award.ceiling_price_eur
                    else say.ph("ph_ceiling")
                )
                price_blocks.append(Paragraph(say("price_linear", ceiling=ceiling)))
            else:
                price_blocks.append(Paragraph(say("price_relative")))
        elif method == AwardMethod.VALUE_BASED:
            ladder = say("price_fictive_ladder") if ladder_on else ""
            price_blocks.append(Paragraph(say("price_fictive", ladder=ladder)))
        elif method == AwardMethod.PRICE_QUALITY_RATIO:
            price_blocks.append(Paragraph(say("price_ratio")))
        add("s_price", price_blocks)

        if ladder_on:
            add("s_ladder", self.ladder_blocks())
        if uses_lcc:
            add("s_lcc", self.lcc_blocks())

        tie = (
            "tie_price"
            if method in (AwardMethod.LOWEST_PRICE, AwardMethod.LOWEST_COST)
            else "tie_quality"
        )
        tie_blocks: list[Block] = [Paragraph(say(tie)), Paragraph(say("decision"))]
        if self.eu or self.facts.duty("standstill"):
            limit = self.facts.limit("standstill")
            days = say("standstill_days", days=limit.days) if limit else ""
            tie_blocks.append(Paragraph(say("standstill", days=days)))
        add("s_tie", tie_blocks)
        self.ladder_section = number_of.get("ladder", "")
        return Chapter("7", say("ch_award"), sections=sections)

    def ladder_blocks(self) -> list[Block]:
        say, lang = self.say, self.lang
        ladder = self.award.co2_ladder
        step = say("step_trede") if ladder.version == "4.0" else say("step_level")
        blocks: list[Block] = [Paragraph(say("ladder", step=step, version=ladder.version))]
        rows = [[str(i + 1), percent(d, lang)] for i, d in enumerate(ladder.discounts_pct)]
        if not rows:  # ladder 4.0 has no default: the buyer sets a discount per trede
            rows = [[str(i + 1), say.ph("ph_discount")] for i in range(3)]
        blocks.append(Table([say("col_ladder"), say("col_discount")], rows, [True, True]))
        if self.facts.ladder_example is not None and self.proc.value_eur > 0:
            level, pct = self.facts.ladder_example
            price = self.proc.value_eur
            blocks.append(
                Paragraph(
                    say(
                        "ladder_example",
                        price=money(price, lang),
                        step=step,
                        level=level,
                        fictive=money(round(price * (1 - pct / 100), 2), lang),
                    )
                )
            )
        blocks.append(Paragraph(say("ladder_proof", step=step)))
        blocks.append(
            Paragraph(
                say("ladder_sanction", step=step, factor=number(ladder.sanction_factor, lang))
            )
        )
        return blocks

    def lcc_blocks(self) -> list[Block]:
        say, lang = self.say, self.lang
        from mvi_tui.core.plan import LccInputs

        lcc = self.award.lcc or LccInputs()
        rows = [
            [say("lcc_years"), say("u_years", n=lcc.years)],
            [say("lcc_rate"), percent(lcc.discount_rate_pct, lang)],
            [say("lcc_energy"), say("u_kwh", value=money(lcc.energy_price_eur_kwh, lang))],
            [say("lcc_change"), percent(lcc.energy_price_change_pct, lang)],
            [say("lcc_co2"), say("u_tonne", value=money(lcc.co2_price_eur_t, lang))],
            [say("lcc_grid"), say("u_grid", value=number(lcc.grid_kg_co2_kwh, lang, 3))],
        ]
        return [
            Paragraph(say("lcc", years=lcc.years)),
            Table([say("col_parameter"), say("col_value")], rows, [False, True]),
        ]

    def chapter_agreement(self) -> Chapter:
        say, proc = self.say, self.proc
        if self.group is not None and self.group.cluster == "ict":
            usual = say("usual_ict")
        elif proc.contract_type == ContractType.WORKS:
            usual = say("usual_works")
        elif proc.contract_type == ContractType.SUPPLIES:
            usual = say("usual_supplies")
        else:
            usual = say("usual_services")
        sections = [
            Section("8.1", say("s_conditions"), [Paragraph(say("conditions", usual=usual))])
        ]

        def add(key: str, blocks: list[Block]) -> None:
            sections.append(Section(f"8.{len(sections) + 1}", say(key), blocks))

        clauses = self.of_type(CriterionType.CONTRACTBEPALING)
        if clauses:
            add(
                "s_clauses",
                [Paragraph(say("clauses_intro"))]
                + [self.requirement(n, c, "f_check") for n, c in clauses],
            )
        else:
            add("s_clauses", [Paragraph(say("clauses_none"))])

        isv_numbers = self.numbers_for(lambda c: Theme.ISV in c.themes and not c.is_award)
        isv_risk = self.group.isv_risk if self.group else None
        if self.facts.duty("isv") or isv_numbers or (isv_risk and self.facts.above_threshold):
            blocks: list[Block] = []
            if isv_risk and isv_risk in self.cat.isv_categories:
                category = self.cat.isv_categories[isv_risk].name.get(self.lang)
                blocks.append(Paragraph(say("isv_category", category=category)))
            blocks += [Paragraph(say("isv")), Paragraph(say("isv_steps"))]
            if isv_numbers:
                blocks.append(Paragraph(say("see_numbers", numbers=_join(isv_numbers, say))))
            add("s_isv", blocks)

        sroi_numbers = self.numbers_for(lambda c: Theme.SROI in c.themes)
        if sroi_numbers:
            add("s_sroi", [Paragraph(say("see_numbers", numbers=_join(sroi_numbers, say)))])
        elif self.facts.duty("sroi"):
            add("s_sroi", [Paragraph(say("sroi"))])

        reported = self.numbers_for(
            lambda c: c.type in (CriterionType.CONTRACTBEPALING, CriterionType.GUNNINGSCRITERIUM)
        )
        nums = say("reporting_numbers", numbers=", ".join(reported)) if reported else ""
        report_blocks: list[Block] = [Paragraph(say("reporting", numbers=nums))]
        if self.of_type(CriterionType.GUNNINGSCRITERIUM):
            report_blocks.append(Paragraph(say("offer_binding")))
        add("s_reporting", report_blocks)

        bonus = [Paragraph(p) for p in paragraphs(self.tender.bonus_malus)] or [
            Paragraph(say("bonus_none"))
        ]
        if self.ladder_section:
            bonus.append(Paragraph(say("bonus_ladder", section=self.ladder_section)))
        add("s_bonus", bonus)
        return Chapter("8", say("ch_agreement"), sections=sections)

    def chapter_annexes(self) -> Chapter:
        say = self.say
        header = [
            say("col_number"),
            say("col_id"),
            say("col_type"),
            say("col_level"),
            say("col_themes"),
        ]
        if self.has_lots:
            header.append(say("col_lot"))
        rows = []
        for i, c in enumerate(self.criteria):
            row = [
                self.numbers[i],
                f"{c.id} ({say('f_own')})" if c.own else c.id,
                say.pick(TYPE_NAMES[c.type]),
                self.level_name(c.level),
                ", ".join(self.theme_name(t) for t in c.themes) or "-",
            ]
            if self.has_lots:
                row.append(c.lot or say("all_lots"))
            rows.append(row)
        annex_a = Section(
            "",
            say("s_annex_criteria"),
            [Paragraph(say("annex_intro", version=self.cat.version))]
            + ([Table(header, rows)] if rows else [Paragraph(say("criteria_none"))]),
        )
        forms = [
            say("form_espd") if self.eu else say("form_own"),
            say("form_bid"),
            say("form_price"),
        ]
        if self.of_type(CriterionType.GUNNINGSCRITERIUM):
            forms.append(say("form_plan"))
        if self.award.method == AwardMethod.LOWEST_COST or self.award.lcc is not None:
            forms.append(say("form_lcc"))
        forms.append(say("form_agreement"))
        annex_b = Section(
            "",
            say("s_annex_forms"),
            [Paragraph(say("forms_intro")), Bullets(forms)],
        )
        sections = [annex_a, annex_b]
        notes = self.plan.notes
        if notes.print_in_export:
            blocks: list[Block] = [Paragraph(say("notes_intro"), note=True)]
            for key in ("organisation", "ambitions", "plan", "criteria", "award", "export"):
                for i, p in enumerate(paragraphs(getattr(notes, key))):
                    blocks.append(Paragraph(f"{say('note_' + key)}: {p}" if i == 0 else p))
            for i, p in enumerate(paragraphs(self.tender.notes)):
                blocks.append(Paragraph(f"{say('note_tender')}: {p}" if i == 0 else p))
            sections.append(Section("", say("s_annex_notes"), blocks))
        return Chapter("9", say("ch_annexes"), sections=sections)

    def chapter_todo(self, chapters: list[Chapter]) -> tuple[Chapter, list[Placeholder]]:
        say = self.say
        found: list[Placeholder] = []
        seen: set[str] = set()
        for chapter in chapters:
            # One search over the chapter's texts joined by newlines, which no
            # placeholder can span: the same matches in the same order, found faster.
            texts: list[str] = []
            for _, _, block in _walk(chapter):
                block_texts(block, texts)
            text = "\n".join(texts)
            for match in PLACEHOLDER_RE.finditer(text):
                item = match.group(1).strip()
                if item not in seen:
                    seen.add(item)
                    found.append(Placeholder(item, chapter.heading))
        blocks: list[Block] = [Paragraph(say("todo_intro"), note=True)]
        if found:
            blocks.append(
                Table(
                    [say("col_number"), say("col_item"), say("col_where")],
                    [[str(i + 1), f"[[{p.text}]]", p.where] for i, p in enumerate(found)],
                    [True, False, False],
                )
            )
        else:
            blocks.append(Paragraph(say("todo_none")))
        sections = []
        duties = [d for d in self.facts.duties if not (d.code == "lots" and self.proc.lots)]
        if duties:
            items = []
            for d in sorted(duties, key=lambda d: not d.mandatory):
                text = d.text if not d.reason else f"{d.text} {d.reason}"
                if not d.mandatory:
                    text += " " + say("obligation_advised")
                items.append(text)
            sections.append(Section("", say("s_obligations"), [Bullets(items)]))
        if self.facts.warnings:
            items = [
                say("warning", message=w.message, action=w.action).strip()
                for w in self.facts.warnings
            ]
            sections.append(Section("", say("s_warnings"), [Bullets(items)]))
        return Chapter("", say("ch_todo"), blocks=blocks, sections=sections, anchor="todo"), found

    def build(self) -> TenderDocument:
        say = self.say
        chapters = [
            self.chapter_intro(),
            self.chapter_contract(),
            self.chapter_procedure(),
            self.chapter_exclusion(),
            self.chapter_suitability(),
            self.chapter_requirements(),
            self.chapter_award(),
            self.chapter_agreement(),
            self.chapter_annexes(),
        ]
        for chapter in chapters:
            chapter.anchor = f"h{chapter.number}"
        todo, found = self.chapter_todo(chapters)
        chapters.append(todo)
        kind = self.doc_kind
        return TenderDocument(
            lang=self.lang,
            title=f"{kind}: {self.proc.title}",
            subtitle=f"{self.org} · {long_date(self.today, self.lang)}",
            organisation=self.org,
            created=self.today,
            kind=kind,
            status=say("status", date=long_date(self.today, self.lang)),
            chapters=chapters,
            placeholders=found,
            labels={
                "contents": say("contents"),
                "draft": say("draft"),
                "toc_hint": say("toc_hint"),
                "todo": say("ch_todo"),
            },
            procurement_id=self.proc.id,
        )


def _walk(chapter: Chapter):  # noqa: ANN202 - generator of (chapter, section, block)
    for block in chapter.blocks:
        yield chapter, None, block
    for section in chapter.sections:
        for block in section.blocks:
            yield chapter, section, block


def document_lang(plan: Plan, lang: Lang | str | None) -> str:
    """The document language: the one asked for, else the organisation's."""
    return str(lang) if lang else str(plan.organisation.language)


def build_document(
    plan: Plan,
    procurement: Procurement,
    catalogue: Catalogue,
    lang: Lang | str | None = None,
    *,
    today: date | None = None,
    facts: TenderFacts | None = None,
) -> TenderDocument:
    """The draft specification of `procurement` in `lang` (default: the plan's language).

    `facts` may be passed when the caller already asked the engine (the batch export
    does, so that the OCDS release and the document share one answer).
    """
    doc_lang = document_lang(plan, lang)
    facts = facts or gather(plan, procurement, catalogue, doc_lang)
    return _Builder(plan, procurement, catalogue, doc_lang, today or date.today(), facts).build()
