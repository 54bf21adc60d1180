"""``coach eval``: run a case file, print a summary, write reports, apply gates."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from typing import Any

import orjson

from app.config import Settings
from app.errors import CoachError
from app.evaluation import report as report_mod
from app.evaluation.cases import load
from app.evaluation.runner import run_cases
from app.models import CoachRequest, CoachResponse


class Progress:
    """A one-line progress bar on stderr, shown only once a run has taken over a second."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and sys.stderr.isatty()
        self.t0 = time.monotonic()
        self.shown = False

    def __call__(self, done: int) -> None:
        if not self.enabled or time.monotonic() - self.t0 < 1.0:
            return
        self.shown = True
        width = 30
        filled = int(width * done / max(1, self.total))
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def gates(report: dict[str, Any], args: argparse.Namespace) -> list[str]:
    missed = []
    f1 = report["verdict"]["f1"]
    if args.min_verdict_f1 is not None and (f1 is None or f1 < args.min_verdict_f1):
        missed.append(f"verdict F1 {f1} < {args.min_verdict_f1}")
    for name, key in (("recall", "recall"), ("specificity", "specificity")):
        floor = getattr(args, f"min_verdict_{name}", None)
        value = report["verdict"][key]
        if floor is not None and (value is None or value < floor):
            missed.append(f"verdict {name} {value} < {floor}")
    rw = report["rewrite"]
    for flag, key, better in (
        ("min_keep_rate", "keep_rate", 1),
        ("min_drop_rate", "drop_rate", 1),
        ("max_sentence_share", "max_sentence_share", -1),
    ):
        bound = getattr(args, flag, None)
        value = rw.get(key)
        if bound is None:
            continue
        if value is None or (value < bound if better > 0 else value > bound):
            missed.append(f"rewrite {key} {value} {'<' if better > 0 else '>'} {bound}")
    if args.min_code_f1 is not None:
        for code, m in report["codes"].items():
            if m["support"] >= args.min_support and (m["f1"] or 0.0) < args.min_code_f1:
                missed.append(f"{code} F1 {m['f1']} < {args.min_code_f1} (support {m['support']})")
    return missed


def run(args: argparse.Namespace, settings: Settings) -> int:
    from app.main import build_llm
    from app.service import CoachService

    path = Path(args.cases)
    if not path.is_file():
        print(f"coach: no such case file: {path}", file=sys.stderr)
        return 2
    loaded = load(path)
    if args.engine == "llm":
        if settings.llm_cache_dir is None:
            settings = settings.model_copy(update={"llm_cache_dir": Path(".cache/llm")})
        llm = build_llm(settings)
        if llm is None:
            print(
                "coach: --engine llm needs COACH_LLM_MODEL and a base URL or key", file=sys.stderr
            )
            return 3
    else:
        llm = None
    svc = CoachService(settings, llm)
    engine_name = args.engine

    async def engine(req: CoachRequest) -> CoachResponse:
        return await svc.coach(req.model_copy(update={"engine": engine_name}))

    progress = Progress(len(loaded.cases), enabled=not args.no_progress)
    concurrency = args.concurrency if args.engine == "llm" else 1

    async def main() -> Any:
        try:
            return await run_cases(loaded.cases, engine, concurrency=concurrency, on_done=progress)
        finally:
            await svc.aclose()

    try:
        outcomes = asyncio.run(main())
    except CoachError as e:
        print(f"coach: {e.message}", file=sys.stderr)
        return e.exit_code
    progress.close()
    rep = report_mod.build(outcomes, engine_name, loaded.malformed)
    print(report_mod.summary(rep, args.min_support))
    if args.json_out:
        out = Path(args.json_out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(orjson.dumps(rep, option=orjson.OPT_INDENT_2))
    if args.html_out:
        out = Path(args.html_out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(report_mod.html(rep, outcomes), encoding="utf-8")
    missed = gates(rep, args)
    if missed:
        print("\nQuality gate missed:\n  " + "\n  ".join(missed), file=sys.stderr)
        return 1
    return 0
