"""`mvi ask`: the wizard's steps as line prompts.

Precedence of values: an interactive answer > `--set` > the plan file > defaults. The
plan file and `--set` only provide the defaults the questions show, so pressing Enter
keeps them. All edits go through `mvi_tui.core.editing` and the plan models, the same
code the wizard uses, and each answer is validated as it is typed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from mvi_tui.commands.common import (
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    print_problems,
)
from mvi_tui.core import editing
from mvi_tui.core.catalogue import Catalogue, default_catalogue
from mvi_tui.core.enums import (
    AwardMethod,
    ContractType,
    CriterionType,
    Lang,
    Level,
    OrgKind,
    ScaleKind,
    Theme,
)
from mvi_tui.core.i18n import tr
from mvi_tui.core.overrides import apply_set
from mvi_tui.core.plan import Plan, Procurement
from mvi_tui.core.planfile import dump_plan, load_plan, plan_from_data, plan_to_dict, save_plan
from mvi_tui.core.problems import InputError
from mvi_tui.prompt.asker import Asker
from mvi_tui.prompt.messages import MESSAGES


def command_ask(args: argparse.Namespace) -> int:
    """Entry point of `mvi ask`; returns the exit code."""
    lang = Lang(args.lang)
    target = Path(args.output or args.plan) if (args.output or args.plan) else None
    catalogue = default_catalogue()
    try:
        plan = _starting_plan(args, catalogue, lang)
    except InputError as exc:
        print_problems(exc.problems, lang)
        return EXIT_INPUT
    if args.defaults:
        return _defaults_only(plan, target, lang)
    if not sys.stdin.isatty():
        print(tr(MESSAGES, "no_tty", lang), file=sys.stderr)
        return EXIT_USAGE
    flow = Flow(plan, catalogue, lang, Asker())
    if target is not None:
        flow.stem = target.stem
    try:
        flow.run()
        return flow.finish(target)
    except KeyboardInterrupt:
        return flow.interrupted(target)


def _starting_plan(args: argparse.Namespace, catalogue: Catalogue, lang: Lang) -> Plan:
    """The plan file (if it exists) with `--set` applied on top, validated."""
    data: dict[str, Any] = {}
    source = args.plan or "<new plan>"
    if args.plan and Path(args.plan).exists():
        plan, _ = load_plan(args.plan, lang, catalogue)
        data = plan_to_dict(plan)
    else:
        data = plan_to_dict(editing.new_plan(catalogue, lang=lang), catalogue.version)
    for assignment in args.set:
        apply_set(data, assignment, lang)
    plan, _ = plan_from_data(data, str(source), lang, catalogue)
    return plan


REQUIRED = [("organisation.name", lambda p: p.organisation.name.strip())]


def _defaults_only(plan: Plan, target: Path | None, lang: Lang) -> int:
    """`--defaults`: ask nothing; refuse clearly when a required value has no value."""
    missing = [path for path, get in REQUIRED if not get(plan)]
    for path in missing:
        print(tr(MESSAGES, "required", lang, path=path), file=sys.stderr)
    if missing:
        return EXIT_INPUT
    if target is None:
        print(tr(MESSAGES, "no_target", lang), file=sys.stderr)
        return EXIT_USAGE
    save_plan(plan, target)
    print(tr(MESSAGES, "saved", lang, path=target))
    return EXIT_OK


def validator(
    model: BaseModel, field: str, convert: Any = None, required: bool = False, lang: Lang = Lang.NL
):
    """A questionary validator that checks an answer with the model's own rules."""

    def check(answer: str) -> bool | str:
        if required and not answer.strip():
            return tr(MESSAGES, "required_answer", lang)
        try:
            value = convert(answer) if convert else answer
            model.__pydantic_validator__.validate_assignment(model.model_copy(), field, value)
        except ValidationError as exc:
            return exc.errors(include_url=False)[0]["msg"].removeprefix("Value error, ")
        except ValueError as exc:
            return str(exc)
        return True

    return check


class Flow:
    """The sections in order, each redone or left with Back on request."""

    def __init__(self, plan: Plan, catalogue: Catalogue, lang: Lang, ask: Asker) -> None:
        self.plan = plan
        self.cat = catalogue
        self.lang = lang
        self.ask = ask
        self.current: str | None = next((p.id for p in plan.tenders()), None)
        self.stem = "plan"  # export file names start with the plan file's name
        self.sections = [
            ("s_org", self.organisation),
            ("s_amb", self.ambitions),
            ("s_plan", self.procurements),
            ("s_crit", self.criteria),
            ("s_award", self.award),
            ("s_export", self.export),
        ]

    def t(self, key: str, **fields: Any) -> str:
        return tr(MESSAGES, key, self.lang, **fields)

    def run(self) -> None:
        i = 0
        while i < len(self.sections):
            key, section = self.sections[i]
            self.ask.say(self.t("section", n=i + 1, total=len(self.sections), name=self.t(key)))
            section()
            choices = [("next", self.t("next")), ("redo", self.t("redo"))]
            if i > 0:
                choices.append(("back", self.t("back")))
            step = self.ask.select(self.t("after"), choices, default="next")
            i += {"next": 1, "redo": 0, "back": -1}[step]

    # -- sections -------------------------------------------------------------------

    def organisation(self) -> None:
        org = self.plan.organisation
        org.name = self.ask.text(
            self.t("org_name"), org.name, validator(org, "name", required=True, lang=self.lang)
        )
        kinds = [(k, k.value) for k in OrgKind]
        org.kind = self.ask.select(self.t("org_kind"), kinds, default=org.kind)
        number = lambda s: editing.parse_number(s, self.lang)  # noqa: E731
        spend = self.ask.text(
            self.t("org_spend"),
            editing.format_number(org.yearly_spend_eur, self.lang),
            validator(org, "yearly_spend_eur", number, lang=self.lang),
        )
        org.yearly_spend_eur = number(spend)
        org.language = self.ask.select(
            self.t("org_lang"),
            [(Lang.NL, "Nederlands"), (Lang.EN, "English")],
            default=org.language,
        )

    def ambitions(self) -> None:
        presets = [("keep", self.t("preset_keep")), ("none", self.t("preset_none"))]
        presets += [
            (pid, f"{p.name.get(self.lang)}: {p.description.get(self.lang)}")
            for pid, p in self.cat.presets.items()
        ]
        choice = self.ask.select(self.t("preset_q"), presets, default="keep")
        if choice not in ("keep", "none"):
            editing.apply_preset(self.plan, choice, self.cat, self.lang)
        for theme in Theme:
            info = self.cat.themes[theme]
            self.ask.say(f"{info.name.get(self.lang)}: {info.description.get(self.lang)}")
            current = self.plan.ambitions.themes.get(theme)
            levels: list[tuple[Any, str]] = [("none", self.t("no_ambition"))]
            levels += [
                (
                    lv,
                    f"{self.cat.levels[lv].name.get(self.lang)}: {self.cat.levels[lv].description.get(self.lang)}",
                )
                for lv in Level
            ]
            level = self.ask.select(
                self.t("theme_level", theme=info.name.get(self.lang)),
                levels,
                default=current.level if current else "none",
            )
            editing.set_theme_level(self.plan, theme, None if level == "none" else level)
            amb = self.plan.ambitions.themes.get(theme)
            for target in amb.targets if amb else []:
                self.ask.say(
                    self.t(
                        "targets",
                        text=target.description or target.metric.value,
                        value=target.value,
                        year=target.year,
                    )
                )

    def _list_procurements(self) -> None:
        self.ask.say(self.t("plan_list"))
        if not self.plan.procurements:
            self.ask.say(self.t("plan_empty"))
        for p in self.plan.procurements:
            group = self.cat.groups.get(p.product_group)
            level = Level(p.level).key if p.level else "-"
            self.ask.say(
                self.t(
                    "plan_row",
                    id=p.id,
                    title=p.title,
                    group=group.name.get(self.lang) if group else p.product_group,
                    value=editing.format_eur(p.value_eur, self.lang),
                    level=level,
                )
            )

    def procurements(self) -> None:
        while True:
            self._list_procurements()
            actions = [("add", self.t("add"))]
            if self.plan.procurements:
                actions += [("edit", self.t("edit")), ("remove", self.t("remove"))]
            actions.append(("done", self.t("done")))
            action = self.ask.select(
                self.t("plan_action"),
                actions,
                default="add" if not self.plan.procurements else "done",
            )
            if action == "done":
                return
            if action == "add":
                self._edit_procurement(None)
            else:
                pid = self.ask.select(
                    self.t("which"), [(p.id, f"{p.id}: {p.title}") for p in self.plan.procurements]
                )
                if action == "edit":
                    self._edit_procurement(self.plan.procurement(pid))
                else:
                    editing.delete_procurement(self.plan, pid)

    def _edit_procurement(self, proc: Procurement | None) -> None:
        groups = sorted(self.cat.groups.values(), key=lambda g: (g.cluster, g.name.get(self.lang)))
        group_choices = [
            (
                g.id,
                f"{g.name.get(self.lang)} ({self.cat.clusters[g.cluster].name.get(self.lang)}) [{g.id}]",
            )
            for g in groups
        ]
        default_group = proc.product_group if proc else groups[0].id
        group_id = self.ask.select(self.t("p_group"), group_choices, default=default_group)
        base = proc or Procurement(
            **{**editing.procurement_defaults(self.plan, self.cat, group_id), "title": "-"}
        )
        taken = {p.id for p in self.plan.procurements if proc is None or p.id != proc.id}

        def id_ok(answer: str) -> bool | str:
            if answer in taken:
                return self.t("id_taken")
            return validator(base, "id", lang=self.lang)(answer)

        pid = self.ask.text(self.t("p_id"), base.id, id_ok)
        title = self.ask.text(
            self.t("p_title"),
            "" if proc is None else proc.title,
            validator(base, "title", required=True, lang=self.lang),
        )
        contracts = [(c, c.value) for c in ContractType]
        default_contract = (
            proc.contract_type if proc else self.cat.groups[group_id].contract_types[0]
        )
        contract = self.ask.select(self.t("p_contract"), contracts, default=default_contract)
        number = lambda s: editing.parse_number(s, self.lang)  # noqa: E731
        value = number(
            self.ask.text(
                self.t("p_value"),
                editing.format_number(base.value_eur, self.lang),
                validator(base, "value_eur", number, lang=self.lang),
            )
        )
        to_date = lambda s: date.fromisoformat(s.strip()) if s.strip() else None  # noqa: E731
        start = to_date(
            self.ask.text(
                self.t("p_start"),
                base.start.isoformat() if base.start else "",
                validator(base, "start", to_date, lang=self.lang),
            )
        )
        months = int(
            self.ask.text(
                self.t("p_months"),
                str(base.duration_months),
                validator(base, "duration_months", int, lang=self.lang),
            )
        )
        options = int(
            self.ask.text(
                self.t("p_options"),
                str(base.options_months),
                validator(base, "options_months", int, lang=self.lang),
            )
        )
        fields = dict(
            id=pid,
            title=title,
            product_group=group_id,
            contract_type=contract,
            value_eur=value,
            start=start,
            duration_months=months,
            options_months=options,
        )
        if proc is None:
            new = editing.add_procurement(self.plan, self.cat, **fields)
        else:
            new = editing.update_procurement(self.plan, proc.id, **fields)
        self._advice(new)

    def _advice(self, proc: Procurement) -> None:
        from mvi_tui.core.advice import advise_procurement

        advice = advise_procurement(self.plan, proc, self.cat)
        procedure = advice.procedures[0].name.get(self.lang) if advice.procedures else "-"
        self.ask.say(
            self.t(
                "advice",
                threshold=editing.format_number(advice.threshold_eur, self.lang),
                above=self.t("above" if advice.above_threshold else "below"),
                procedure=procedure,
            )
        )

    def _choose_procurement(self, key: str) -> Procurement | None:
        if not self.plan.procurements:
            self.ask.say(self.t("no_procs"))
            return None
        choices = [(p.id, f"{p.id}: {p.title}") for p in self.plan.procurements]
        self.current = self.ask.select(self.t(key), choices, default=self.current or choices[0][0])
        return self.plan.procurement(self.current)

    def criteria(self) -> None:
        proc = self._choose_procurement("crit_proc")
        if proc is None:
            return
        group = self.cat.groups.get(proc.product_group)
        levels = self.ask.checkbox(
            self.t("crit_levels"),
            [(lv, self.cat.levels[lv].name.get(self.lang), True) for lv in Level],
        )
        main = set(group.themes) if group else set(Theme)
        themes = self.ask.checkbox(
            self.t("crit_themes"),
            [(th, self.cat.themes[th].name.get(self.lang), th in main) for th in Theme],
        )
        pool = [
            c
            for c in self.cat.criteria_for(proc.product_group)
            if c.level in levels and set(c.themes) & set(themes)
        ]
        chosen_before = {c.id for c in proc.tender.criteria} if proc.tender else set()
        if not pool:
            self.ask.say(self.t("crit_none"))
        else:
            choices: list[Any] = []
            for kind in CriterionType:
                rows = [c for c in pool if c.type == kind]
                if rows:
                    choices.append(f"-- {kind.value} --")
                    choices += [
                        (
                            c.id,
                            f"{c.id} [{int(c.level)}] {c.title.get(self.lang)}",
                            c.id in chosen_before,
                        )
                        for c in rows
                    ]
            picked = set(self.ask.checkbox(self.t("crit_pick"), choices))
            for crit in pool:
                if (crit.id in picked) != (crit.id in chosen_before):
                    editing.toggle_criterion(proc, crit)
        self._parameters(proc)
        if (
            proc.tender
            and proc.tender.criteria
            and self.ask.confirm(self.t("crit_proof"), default=False)
        ):
            for c in proc.tender.criteria:
                crit = self.cat.criteria.get(c.id)
                if crit:
                    self.ask.say(f"{crit.id}: {crit.verification.get(self.lang)}")
        self._warnings(proc)

    def _parameters(self, proc: Procurement) -> None:
        for chosen in proc.tender.criteria if proc.tender else []:
            crit = self.cat.criteria.get(chosen.id)
            if crit is None or not crit.parameters:
                continue
            values = dict(chosen.parameters)
            for name, spec in crit.parameters.items():
                current = values.get(name, spec.default)
                label = self.t(
                    "param",
                    crit=crit.id,
                    label=spec.label.get(self.lang),
                    unit=spec.unit or "-",
                    min=spec.min if spec.min is not None else "-",
                    max=spec.max if spec.max is not None else "-",
                )
                numeric = isinstance(spec.default, int | float)

                def check(answer: str, spec=spec, numeric=numeric) -> bool | str:
                    if not numeric:
                        return True
                    try:
                        v = editing.parse_number(answer, self.lang)
                    except ValueError as exc:
                        return str(exc)
                    if (spec.min is not None and v < spec.min) or (
                        spec.max is not None and v > spec.max
                    ):
                        return f"{spec.min} - {spec.max}"
                    return True

                shown = (
                    editing.format_number(
                        current, self.lang, 0 if float(current).is_integer() else 2
                    )
                    if numeric
                    else str(current)
                )
                answer = self.ask.text(label, shown, check)
                if numeric:
                    v = editing.parse_number(answer, self.lang)
                    values[name] = int(v) if v.is_integer() else v
                else:
                    values[name] = answer
            editing.edit_criterion(proc, chosen.id, parameters=values)

    def _warnings(self, proc: Procurement) -> None:
        from mvi_tui.core.rules import check_procurement

        warnings = check_procurement(self.plan, proc, self.cat)
        if not warnings:
            self.ask.say(self.t("no_warnings"))
        for w in warnings:
            self.ask.say(
                self.t("warning", message=w.message.get(self.lang), action=w.action.get(self.lang))
            )

    def award(self) -> None:
        with_tender = [p for p in self.plan.procurements if p.tender is not None]
        if not with_tender:
            self.ask.say(self.t("no_tender"))
            return
        proc = self._choose_procurement("crit_proc")
        if proc is None:
            return
        tender = editing.ensure_tender(proc)
        award = tender.award
        award.method = self.ask.select(
            self.t("a_method"), [(m, m.value) for m in AwardMethod], default=award.method
        )
        if award.method in (AwardMethod.LOWEST_PRICE, AwardMethod.LOWEST_COST):
            award.motivation = self.ask.text(
                self.t("a_motivation"),
                award.motivation,
                validator(award, "motivation", required=True, lang=self.lang),
            )
        if award.method != AwardMethod.LOWEST_PRICE:
            award.scale = self.ask.select(
                self.t("a_scale"), [(s, s.value) for s in ScaleKind], default=award.scale
            )
            number = lambda s: editing.parse_number(s, self.lang)  # noqa: E731
            while True:
                total = 0.0
                for row in editing.weight_rows(tender, self.cat, self.lang):

                    def check(answer: str) -> bool | str:
                        try:
                            v = number(answer)
                        except ValueError as exc:
                            return str(exc)
                        return True if 0 <= v <= 100 else "0 - 100"

                    answer = self.ask.text(
                        self.t("a_weight", title=row.title, total=total),
                        editing.format_number(row.weight, self.lang),
                        check,
                    )
                    editing.set_weight(tender, row.item, number(answer))
                    total += number(answer)
                if editing.weights_ok(tender, self.cat):
                    self.ask.say(self.t("a_sum_ok"))
                    break
                self.ask.say(self.t("a_sum_bad", total=editing.weights_total(tender, self.cat)))
        self._warnings(proc)

    def export(self) -> None:
        if not self.plan.tenders():
            self.ask.say(self.t("no_tender"))
            return
        formats = self.ask.checkbox(
            self.t("x_formats"),
            [(f, f, f in ("md", "docx")) for f in ("md", "html", "docx", "ocds", "toml")],
        )
        if not formats:
            return
        doc_lang = self.ask.select(
            self.t("x_lang"),
            [(Lang.NL, "Nederlands"), (Lang.EN, "English")],
            default=self.plan.organisation.language,
        )
        folder = Path(self.ask.text(self.t("x_dir"), "export"))
        from mvi_tui.export.api import export_plan_files

        try:
            written = export_plan_files(
                self.plan, self.stem, folder, formats, doc_lang, self.cat, messages_lang=self.lang
            )
        except InputError as exc:
            for problem in exc.problems:
                self.ask.say(self.t("x_failed", error=problem.format(self.lang)))
            return
        except OSError as exc:
            self.ask.say(self.t("x_failed", error=f"{folder}: {exc.strerror or exc}"))
            return
        self.ask.say(self.t("x_done", n=len(written), dir=folder))

    # -- end ------------------------------------------------------------------------

    def finish(self, target: Path | None) -> int:
        self.ask.say(self.t("review"))
        self.ask.say(dump_plan(self.plan, self.cat.version))
        if target is None:
            target = Path(self.ask.text(self.t("save_as"), "plan.toml"))
        if self.ask.confirm(self.t("save_q", path=target), default=True):
            save_plan(self.plan, target, catalogue_version=self.cat.version)
            self.ask.say(self.t("saved", path=target))
        else:
            self.ask.say(self.t("not_kept"))
        return EXIT_OK

    def interrupted(self, target: Path | None) -> int:
        self.ask.say("")
        try:
            keep = self.ask.confirm(self.t("keep_q"), default=True)
        except KeyboardInterrupt:
            keep = False
        if keep:
            path = target or Path("plan.toml")
            save_plan(self.plan, path, catalogue_version=self.cat.version)
            self.ask.say(self.t("kept", path=path))
        else:
            self.ask.say(self.t("not_kept"))
        return EXIT_INTERRUPTED
