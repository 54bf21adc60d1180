"""The ``coach contacts|log|reconnect`` commands: relationship memory from the terminal.

They work on the store in ``COACH_DATABASE_URL`` directly (no server needed), as the local
owner, or as the owner of an API key with ``--api-key``. Imports show a progress bar on a
terminal and end with a report; bad rows are listed with their line numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from app.config import Settings
from app.errors import CoachError, InvalidInput, NotFound
from app.memory import models as m
from app.memory.importers import KINDS, UnreadableFile, detect, parse
from app.memory.imports import run_import
from app.memory.owners import owner_for_key
from app.memory.service import Memory

CLOSENESS = ["close", "friend", "acquaintance", "weak_tie", "stranger"]


def _fail(message: str, code: int = 2) -> int:
    print(f"coach: {message}", file=sys.stderr)
    return code


def _dump(data: Any) -> None:
    sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n")


def _owner(args: argparse.Namespace) -> str:
    return owner_for_key(getattr(args, "api_key", None))


def _validation(e: ValidationError) -> str:
    first = e.errors()[0]
    loc = ".".join(str(p) for p in first["loc"]) or "input"
    return f"{loc}: {str(first['msg']).removeprefix('Value error, ')}"


def _run(args: argparse.Namespace, settings: Settings) -> int:
    mem = Memory(settings)
    try:
        code: int = args.memory_func(args, mem)
        return code
    except CoachError as e:
        return _fail(e.message, e.exit_code)
    except ValidationError as e:
        return _fail(_validation(e))
    finally:
        mem.close()


def resolve(mem: Memory, owner: str, ref: str) -> m.ContactSummary:
    """A contact by id, else by name (exact, then a unique partial match)."""
    try:
        d = mem.detail(owner, ref)
        return m.ContactSummary.model_validate(
            d.model_dump(exclude={"standing", "interaction_count"})
        )
    except NotFound:
        pass
    found = mem.list_contacts(owner, q=ref, limit=20).items
    exact = [c for c in found if c.name.lower() == ref.lower()]
    pick = exact or found
    if len(pick) == 1:
        return pick[0]
    if not pick:
        raise NotFound(f"no contact matches {ref!r}")
    names = ", ".join(c.name for c in pick[:5])
    raise InvalidInput(f"{ref!r} matches several contacts ({names}); use the id")


def cmd_add(args: argparse.Namespace, mem: Memory) -> int:
    body = m.ContactIn.model_validate(
        {
            "name": args.name,
            "closeness": args.closeness,
            "email": args.email,
            "profile_url": args.profile_url,
            "how_we_met": args.how_we_met,
            "notes": args.note or [],
            "offers": args.offer or [],
            "tags": args.tag or [],
            "cadence_days": args.cadence_days,
        }
    )
    c = mem.create(_owner(args), body)
    if args.json:
        _dump(c.model_dump(mode="json"))
    else:
        print(f"Added {c.name} ({c.id}).")
    return 0


def cmd_list(args: argparse.Namespace, mem: Memory) -> int:
    res = mem.list_contacts(
        _owner(args), q=args.search, tag=args.tag, due=args.due, limit=args.limit
    )
    if args.json:
        _dump(res.model_dump(mode="json"))
        return 0
    if not res.items:
        print("No contacts yet." if not (args.search or args.due) else "No contacts match.")
        return 0
    for c in res.items:
        last = c.last_contact.isoformat() if c.last_contact else "never"
        badge = "  DUE" if c.due else ""
        print(f"{c.name:<32} last {last:<10} {c.closeness or '':<12} {c.id}{badge}")
    if res.total > len(res.items):
        print(f"... and {res.total - len(res.items)} more (--limit)")
    return 0


def cmd_import(args: argparse.Namespace, mem: Memory) -> int:
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        return _fail(f"cannot read {path}: {e}")
    kind = detect(path.name, text) if args.format == "auto" else args.format
    try:
        parsed = parse(kind, text)
    except UnreadableFile as e:
        return _fail(f"{path} is not a {kind} file: {e}")
    total = len(parsed.contacts) + len(parsed.messages)
    show = not args.no_progress and not args.json
    console = Console(stderr=True)
    with Progress(
        TextColumn(f"Importing {path.name}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not show,
        transient=False,
    ) as bar:
        task = bar.add_task("import", total=total)
        report = run_import(
            mem, _owner(args), parsed, me=args.me, progress=lambda n: bar.advance(task, n)
        )
    if args.json:
        _dump(report.as_dict())
        return 0
    print(
        f"{kind}: {report.rows} rows; {report.contacts_created} contacts added, "
        f"{report.contacts_updated} updated, {report.interactions_added} interactions added, "
        f"{report.duplicates_skipped} already there."
    )
    for p in report.problems:
        print(f"  skipped line {p.line}: {p.reason}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace, mem: Memory) -> int:
    doc = mem.export(_owner(args)).model_dump_json(indent=2)
    if args.output in (None, "-"):
        sys.stdout.write(doc + "\n")
    else:
        Path(args.output).write_text(doc + "\n", encoding="utf-8")
        print(f"Exported to {args.output}.", file=sys.stderr)
    return 0


def cmd_log(args: argparse.Namespace, mem: Memory) -> int:
    owner = _owner(args)
    c = resolve(mem, owner, args.contact)
    body = m.InteractionIn.model_validate(
        {
            "date": args.date or dt.date.today().isoformat(),
            "direction": args.direction,
            "summary": " ".join(args.summary),
        }
    )
    it = mem.add_interaction(owner, c.id, body)
    if args.json:
        _dump(it.model_dump(mode="json"))
    else:
        print(f"Logged for {c.name}: {it.date} {it.direction.value} {it.summary}".rstrip())
    return 0


def cmd_reconnect(args: argparse.Namespace, mem: Memory) -> int:
    res = mem.reconnect(_owner(args), today=args.ref_date, limit=args.limit)
    if args.json:
        _dump(res.model_dump(mode="json"))
        return 0
    if not res.items:
        print("Nobody is due a message. Keep giving.")
        return 0
    for n, item in enumerate(res.items, 1):
        print(f"{n}. {item.contact.name}  (score {item.score:g})")
        print(f"   {item.reason}")
        print(f"   Idea: {item.idea}")
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--api-key", help="act as the owner of this API key (default: local)")


def add_parsers(sub: Any) -> None:
    """Add ``contacts``, ``log`` and ``reconnect`` to the ``coach`` command."""
    c = sub.add_parser("contacts", help="your contacts: add, list, import, export")
    csub = c.add_subparsers(dest="contacts_command", required=True)

    a = csub.add_parser("add", help="add a contact")
    a.add_argument("name")
    a.add_argument("--closeness", choices=CLOSENESS)
    a.add_argument("--email")
    a.add_argument("--profile-url")
    a.add_argument("--how-we-met")
    a.add_argument("--note", action="append", help="what you know about them (repeatable)")
    a.add_argument("--offer", action="append", help="what you could offer them (repeatable)")
    a.add_argument("--tag", action="append")
    a.add_argument("--cadence-days", type=int)
    _common(a)
    a.set_defaults(func=_run, memory_func=cmd_add)

    ls = csub.add_parser("list", help="list contacts")
    ls.add_argument("--search", "-s")
    ls.add_argument("--tag")
    ls.add_argument("--due", action="store_true", help="only contacts due a message")
    ls.add_argument("--limit", type=int, default=100)
    _common(ls)
    ls.set_defaults(func=_run, memory_func=cmd_list)

    im = csub.add_parser("import", help="import LinkedIn CSVs, a vCard file or a JSON export")
    im.add_argument("file")
    im.add_argument("--format", choices=["auto", *KINDS], default="auto")
    im.add_argument("--me", help="your LinkedIn profile URL (messages.csv; default: guessed)")
    im.add_argument("--no-progress", action="store_true")
    _common(im)
    im.set_defaults(func=_run, memory_func=cmd_import)

    ex = csub.add_parser("export", help="everything stored, as JSON")
    ex.add_argument("output", nargs="?", help="file to write (default: stdout)")
    ex.add_argument("--api-key", help="act as the owner of this API key (default: local)")
    ex.set_defaults(func=_run, memory_func=cmd_export)

    lg = sub.add_parser("log", help="log an interaction with a contact")
    lg.add_argument("contact", help="contact id or name")
    lg.add_argument("direction", choices=["gave", "received", "neutral"])
    lg.add_argument("summary", nargs="*", help="what happened")
    lg.add_argument("--date", help="YYYY-MM-DD (default: today)")
    _common(lg)
    lg.set_defaults(func=_run, memory_func=cmd_log)

    rc = sub.add_parser("reconnect", help="who to write to now, and what to offer")
    rc.add_argument("--limit", type=int)
    rc.add_argument("--today", dest="ref_date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    _common(rc)
    rc.set_defaults(func=_run, memory_func=cmd_reconnect)
