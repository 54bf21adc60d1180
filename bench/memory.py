"""Relationship memory at scale: the reconnect list, a contact's coach call and imports, on
a generated store, on SQLite and on PostgreSQL, at one or more sizes.

    .venv/bin/python bench/memory.py                                  # 1,000 contacts, SQLite
    .venv/bin/python bench/memory.py --contacts 1000 10000 100000 --db sqlite postgresql

Each size gets a fresh store: N contacts with 10 interactions each (100,000 and 1,000,000
at the issue's scale) written in bulk, then timed in process through ``Memory`` (the same
code the REST routes call, without HTTP): ``reconnect`` (top 10), ``detail`` (a contact with
its ledger), the coach call for a stored contact (``coach_request`` + the rules coach),
logging an interaction, and importing a generated LinkedIn export of 0.3·N connections
(30,000 at most) plus N messages (100,000 at most). Medians and p95 are printed; the
growth from one size to the next shows whether a path uses its indexes or scans.
PostgreSQL is a throwaway server started from Debian's package (tests/support/postgres.py).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

from sqlalchemy import insert  # noqa: E402

from app.config import Settings  # noqa: E402
from app.core.reconnect import due_date, effective_cadence  # noqa: E402
from app.memory import models as m  # noqa: E402
from app.memory.importers import parse  # noqa: E402
from app.memory.imports import run_import  # noqa: E402
from app.memory.service import Memory  # noqa: E402
from app.service import CoachService  # noqa: E402
from app.storage.db import close_stores  # noqa: E402
from app.storage.tables import Contact, Interaction, new_id, utcnow  # noqa: E402

TODAY = dt.date.today()
CLOSENESS = ["close", "friend", "acquaintance", "acquaintance", "weak_tie", "weak_tie", None]
DIRECTIONS = ["gave", "gave", "received", "neutral", "neutral"]
NOTES = ["just moved to Lisbon", "started a pottery studio", "leads a data team", "ran a marathon"]
OWNER = "local"


def generate(mem: Memory, n: int, per: int = 10, seed: int = 7) -> None:
    """N contacts with ``per`` interactions each, written in bulk with aggregates filled in."""
    rnd = random.Random(seed)
    now = utcnow()
    batch_c: list[dict[str, Any]] = []
    batch_i: list[dict[str, Any]] = []

    def flush() -> None:
        with mem.store.write() as s:
            if batch_c:
                s.execute(insert(Contact), batch_c)
            if batch_i:
                s.execute(insert(Interaction), batch_i)
        batch_c.clear()
        batch_i.clear()

    for k in range(n):
        cid = new_id()
        closeness = rnd.choice(CLOSENESS)
        cadence = rnd.choice([None, None, None, 30, 90])
        dates = sorted(TODAY - dt.timedelta(days=rnd.randint(1, 2500)) for _ in range(per))
        dirs = [rnd.choice(DIRECTIONS) for _ in range(per)]
        gave, received = dirs.count("gave"), dirs.count("received")
        last = dates[-1]
        name = f"Person {k:06d} Demo"
        batch_c.append(
            {
                "id": cid,
                "owner": OWNER,
                "name": name,
                "name_lower": name.lower(),
                "closeness": closeness,
                "how_we_met": "Generated for the bench",
                "notes": [rnd.choice(NOTES)],
                "offers": [],
                "tags": [],
                "email": f"person{k}@example.com",
                "profile_url": f"https://www.linkedin.com/in/person-{k}-demo",
                "cadence_days": cadence,
                "external_key": None,
                "last_contact": last,
                "gave": gave,
                "received": received,
                "neutral": dirs.count("neutral"),
                "deficit": received - gave,
                "due_on": due_date(last, effective_cadence(closeness, cadence)),
                "created_at": now,
                "updated_at": now,
            }
        )
        for d, direction in zip(dates, dirs, strict=True):
            batch_i.append(
                {
                    "id": new_id(),
                    "owner": OWNER,
                    "contact_id": cid,
                    "date": d,
                    "direction": direction,
                    "summary": f"{direction} #{k}",
                    "source": "bench",
                    "source_key": None,
                    "created_at": now,
                }
            )
        if len(batch_c) >= 5_000:
            flush()
    flush()


def linkedin_files(folder: Path, connections: int, messages: int) -> tuple[Path, Path]:
    rnd = random.Random(11)
    conn = folder / "Connections.csv"
    rows = [
        f"New{i},Import{i},https://www.linkedin.com/in/new-{i}-demo,,Co {i % 97},Role {i % 13},"
        f"{(i % 28) + 1:02d} Mar 2021"
        for i in range(connections)
    ]
    conn.write_text(
        'Notes:\n"Generated for the bench."\n\n'
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + "\n".join(rows)
        + "\n"
    )
    me = "https://www.linkedin.com/in/me-demo"
    texts = [
        "Hi {n}, congrats on the launch! I wrote up three notes on the onboarding, happy to share.",
        "Hey {n}, could you refer me for the PM role at your company?",
        "Thanks {n}, great to catch up last week.",
        "Hi, I introduced you to my colleague Sam who runs the data team, hope it helps.",
    ]
    lines = [
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER"
    ]
    for j in range(messages):
        i = rnd.randrange(max(1, connections))
        other = f"https://www.linkedin.com/in/new-{i}-demo"
        mine = j % 2 == 0
        when = dt.datetime(2022, 1, 1) + dt.timedelta(minutes=11 * j)  # within ~2 years
        text = rnd.choice(texts).format(n=f"New{i}")
        frm, frm_url, to, to_url = (
            ("Me Demo", me, f"New{i} Import{i}", other)
            if mine
            else (f"New{i} Import{i}", other, "Me Demo", me)
        )
        lines.append(
            f'conv-{i},,{frm},{frm_url},{to},{to_url},{when:%Y-%m-%d %H:%M:%S} UTC,,"{text}",INBOX'
        )
    msgs = folder / "messages.csv"
    msgs.write_text("\n".join(lines) + "\n")
    return conn, msgs


def timed(fn: Callable[[], Any], rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def stats(ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"median {statistics.median(ms):8.2f} ms   p95 {p95:8.2f} ms"


def run(url: str, n: int, rounds: int, imports: bool = True) -> dict[str, Any]:
    settings = Settings(database_url=url)
    mem = Memory(settings)
    svc = CoachService(settings)
    t0 = time.perf_counter()
    generate(mem, n)
    gen_s = time.perf_counter() - t0
    with mem.store.read() as s:
        ids = [
            row[0]
            for row in s.execute(
                Contact.__table__.select().with_only_columns(Contact.id).limit(200)
            )
        ]
    rnd = random.Random(3)
    print(f"  generated {n:,} contacts / {10 * n:,} interactions in {gen_s:.1f} s")
    res: dict[str, Any] = {"contacts": n, "generate_s": gen_s}

    res["reconnect"] = timed(lambda: mem.reconnect(OWNER, limit=10), rounds)
    print(f"  reconnect (top 10)        {stats(res['reconnect'])}")
    res["detail"] = timed(lambda: mem.detail(OWNER, rnd.choice(ids)), rounds)
    print(f"  contact with its ledger   {stats(res['detail'])}")
    body = m.ContactCoachRequest.model_validate(
        {
            "message": {
                "text": "Hi! Could you intro me to your head of data? I'd be glad to help with the hiring rubric."
            }
        }
    )

    def coach() -> None:
        req = mem.coach_request(OWNER, rnd.choice(ids), body)
        asyncio.run(svc.coach(req))

    res["coach"] = timed(coach, rounds)
    print(f"  coach a stored contact    {stats(res['coach'])}")
    one = m.InteractionIn.model_validate(
        {"date": TODAY.isoformat(), "direction": "gave", "summary": "bench"}
    )
    res["log"] = timed(lambda: mem.add_interaction(OWNER, rnd.choice(ids), one), rounds)
    print(f"  log an interaction        {stats(res['log'])}")
    res["search"] = timed(
        lambda: mem.list_contacts(OWNER, q="person 0001", limit=20), max(5, rounds // 4)
    )
    print(f"  search by name (LIKE)     {stats(res['search'])}")
    res["due_page"] = timed(
        lambda: mem.list_contacts(OWNER, due=True, limit=50), max(5, rounds // 4)
    )
    print(f"  due contacts, first page  {stats(res['due_page'])}")
    t0 = time.perf_counter()
    doc = mem.export(OWNER)
    res["export_s"] = time.perf_counter() - t0
    print(f"  export everything         {len(doc.contacts):,} contacts in {res['export_s']:.1f} s")

    if not imports:
        mem.close()
        close_stores()
        return res
    with tempfile.TemporaryDirectory() as tmp:
        conn_n, msg_n = min(30_000, max(1, int(0.3 * n))), min(100_000, n)
        conn, msgs = linkedin_files(Path(tmp), conn_n, msg_n)
        t0 = time.perf_counter()
        r1 = run_import(mem, OWNER, parse("linkedin-connections", conn.read_text()))
        conn_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        r2 = run_import(mem, OWNER, parse("linkedin-messages", msgs.read_text()))
        msg_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        r3 = run_import(mem, OWNER, parse("linkedin-connections", conn.read_text()))
        again_s = time.perf_counter() - t0
    assert r1.contacts_created == conn_n and r3.contacts_created == 0
    print(
        f"  import Connections.csv    {conn_n:,} rows in {conn_s:.1f} s "
        f"({conn_n / conn_s:,.0f} rows/s); again (idempotent) {again_s:.1f} s"
    )
    print(
        f"  import messages.csv       {msg_n:,} rows in {msg_s:.1f} s ({msg_n / msg_s:,.0f} rows/s, "
        f"{r2.interactions_added:,} interactions)"
    )
    res.update(import_connections_s=conn_s, import_messages_s=msg_s, reimport_s=again_s)
    mem.close()
    close_stores()
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--contacts", type=int, nargs="+", default=[1000])
    ap.add_argument("--db", nargs="+", choices=["sqlite", "postgresql"], default=["sqlite"])
    ap.add_argument("--rounds", type=int, default=50)
    ap.add_argument("--no-import", action="store_true", help="skip the import timings")
    args = ap.parse_args()
    pg = None
    try:
        for db in args.db:
            for n in args.contacts:
                print(f"\n== {db}, {n:,} contacts ==")
                tmp = tempfile.mkdtemp(prefix="coach-bench-")
                try:
                    if db == "sqlite":
                        url = f"sqlite:///{tmp}/coach.db"
                    else:
                        if pg is None:
                            from tests.support.postgres import start_postgres

                            pg = start_postgres()
                        url = pg.create_database()
                    run(url, n, args.rounds, imports=not args.no_import)
                finally:
                    shutil.rmtree(tmp, ignore_errors=True)
    finally:
        if pg is not None:
            from tests.support.postgres import remove

            remove(pg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
