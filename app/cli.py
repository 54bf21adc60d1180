"""The ``coach`` command: critique a draft, serve the API, or run an eval set.

Exit codes: 0 ok, 1 a quality gate was missed, 2 bad input, 3 engine unavailable.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError

from app.config import Settings
from app.core.ledger import plural
from app.core.stage import STAGE_LABELS
from app.errors import CoachError
from app.models import CoachRequest, CoachResponse, Kind

_COLOURS = {
    "high": "31",
    "medium": "33",
    "low": "36",
    "send": "32",
    "revise": "33",
    "rethink": "31",
}


def _paint(text: str, colour: str, on: bool) -> str:
    return f"\x1b[{colour}m{text}\x1b[0m" if on else text


def _read_request(args: argparse.Namespace) -> CoachRequest:
    raw = (
        sys.stdin.read()
        if args.file in (None, "-")
        else Path(args.file).read_text(encoding="utf-8")
    )
    stripped = raw.strip()
    body: dict[str, Any]
    if stripped.startswith("{"):
        try:
            body = orjson.loads(stripped)
        except orjson.JSONDecodeError as e:
            raise SystemExit(_fail(f"input looks like JSON but is not valid: {e}")) from None
        if "message" not in body:
            body = {"message": body} if "text" in body else body
    else:
        body = {"message": {"text": raw}}
    msg = body.setdefault("message", {})
    if args.channel:
        msg["channel"] = args.channel
    if args.subject:
        msg["subject"] = args.subject
    rel = body.setdefault("relationship", {}) if (args.last_contact or args.closeness) else None
    if rel is not None:
        if args.last_contact:
            rel["last_contact"] = args.last_contact
        if args.closeness:
            rel["closeness"] = args.closeness
    if args.goal:
        body["goal"] = args.goal
    if args.engine:
        body["engine"] = args.engine
    if args.today:
        body["today"] = args.today
    try:
        return CoachRequest.model_validate(body)
    except ValidationError as e:
        first = e.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or "input"
        raise SystemExit(_fail(f"{loc}: {first['msg'].removeprefix('Value error, ')}")) from None


def _fail(message: str, code: int = 2) -> int:
    print(f"coach: {message}", file=sys.stderr)
    return code


def _human(res: CoachResponse, colour: bool) -> str:
    out = [
        f"{_paint(res.verdict.value.upper(), _COLOURS[res.verdict.value], colour)}  "
        f"score {res.score}/100  ({res.engine})",
        res.summary,
        "Relationship: {}: {}".format(*STAGE_LABELS[res.relationship_stage]),
        "",
    ]
    for f in res.findings:
        if f.kind is Kind.problem:
            sev = f.severity.value if f.severity else "low"
            out.append(
                f"  {_paint(sev.upper().ljust(6), _COLOURS[sev], colour)} {f.code}: {f.message}"
            )
            if f.evidence:
                quote = f.evidence if len(f.evidence) < 100 else f.evidence[:97] + "..."
                out.append(f"         > {quote!r}")
            if f.suggestion:
                out.append(f"         fix: {f.suggestion}")
    strengths = [f.code for f in res.findings if f.kind is Kind.strength]
    if strengths:
        out.append(f"  {_paint('GOOD'.ljust(6), '32', colour)} " + ", ".join(strengths))
    lg = res.ledger
    out += [
        "",
        f"Ledger: {plural(lg.deposits, 'deposit')}, {plural(lg.withdrawals, 'withdrawal')} counting this ask; "
        f"target {lg.target_ratio}:1. {lg.next_step}",
        "",
        "Rewrite:" + (f" (subject: {res.rewrite.subject})" if res.rewrite.subject else ""),
        "",
        res.rewrite.text,
        "",
    ]
    if res.deposit_ideas:
        out.append("Deposit ideas:")
        out += [f"  - {d}" for d in res.deposit_ideas]
    return "\n".join(out)


def cmd_critique(args: argparse.Namespace, settings: Settings) -> int:
    from app.main import build_llm
    from app.service import CoachService

    req = _read_request(args)
    svc = CoachService(settings, build_llm(settings))
    try:
        res = asyncio.run(svc.coach(req))
    except CoachError as e:
        return _fail(e.message, e.exit_code)
    if args.json:
        sys.stdout.write(
            orjson.dumps(res.model_dump(mode="json"), option=orjson.OPT_INDENT_2).decode() + "\n"
        )
    else:
        colour = sys.stdout.isatty() and not args.no_color
        print(_human(res, colour))
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from app.server import serve

    serve(
        args.host or settings.host,
        args.port or settings.port,
        args.workers or settings.workers,
        settings.log_level,
    )
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from app.evaluation.cli import run

    return run(args, settings)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="coach", description="Outreach Coach: give before you ask.")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("critique", help="critique a draft (plain text or a JSON request)")
    c.add_argument("file", nargs="?", help="file to read, or - for stdin (default)")
    c.add_argument("--json", action="store_true", help="machine-readable output")
    c.add_argument("--no-color", action="store_true")
    c.add_argument("--channel", choices=["email", "linkedin_note", "linkedin", "text", "other"])
    c.add_argument("--subject")
    c.add_argument("--last-contact", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    c.add_argument(
        "--closeness", choices=["close", "friend", "acquaintance", "weak_tie", "stranger"]
    )
    c.add_argument(
        "--goal", choices=["job_search", "intro", "advice", "catch_up", "sales", "other"]
    )
    c.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    c.add_argument("--engine", choices=["rules", "llm", "auto"])
    c.set_defaults(func=cmd_critique)

    s = sub.add_parser("serve", help="run the HTTP service")
    s.add_argument("--host")
    s.add_argument("--port", type=int)
    s.add_argument("--workers", type=int, help="server processes (default: COACH_WORKERS or 1)")
    s.set_defaults(func=cmd_serve)

    e = sub.add_parser("eval", help="run a JSONL eval set and report metrics")
    e.add_argument("cases", help="JSONL file of cases (see docs/eval-format.md)")
    e.add_argument("--json", dest="json_out", metavar="REPORT.json")
    e.add_argument("--html", dest="html_out", metavar="REPORT.html")
    e.add_argument("--engine", choices=["rules", "llm"], default="rules")
    e.add_argument("--concurrency", type=int, default=4)
    e.add_argument("--min-verdict-f1", type=float)
    e.add_argument(
        "--min-verdict-recall",
        type=float,
        help="gate: share of cases labelled revise/rethink that were flagged",
    )
    e.add_argument("--min-keep-rate", type=float, help="gate: rewrite keep rate")
    e.add_argument("--min-drop-rate", type=float, help="gate: rewrite drop rate")
    e.add_argument(
        "--max-sentence-share",
        type=float,
        help="gate: the most repeated sentence may appear in at most this share of rewrites",
    )
    e.add_argument(
        "--min-verdict-specificity",
        type=float,
        help="gate: share of cases labelled send that were passed as send",
    )
    e.add_argument("--min-code-f1", type=float)
    e.add_argument(
        "--min-support", type=int, default=8, help="codes with less support skip the code gate"
    )
    e.add_argument("--no-progress", action="store_true")
    e.set_defaults(func=cmd_eval)

    from app.cli_contacts import add_parsers

    add_parsers(sub)  # contacts add|list|import|export, log, reconnect
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        for e in exc.errors():
            name = "COACH_" + "_".join(str(p) for p in e["loc"]).upper()
            print(f"coach: bad setting {name}: {e['msg']}", file=sys.stderr)
        return 2
    for k, v in (("last_contact", "last_contact"), ("today", "today")):
        val = getattr(args, k, None)
        if isinstance(val, dt.date):
            setattr(args, v, val.isoformat())
    code = args.func(args, settings)
    assert isinstance(code, int)
    return code


if __name__ == "__main__":
    sys.exit(main())
