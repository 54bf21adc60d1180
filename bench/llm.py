"""The LLM engine against a real local model: latency, tokens, acceptance, fallbacks.

    .venv/bin/python bench/llm.py                  # 10 drafts, SmolLM2-135M via llama.cpp
    .venv/bin/python bench/llm.py --cases 4        # fewer drafts, for a smoke run
    .venv/bin/python bench/llm.py --json out.json  # also write the figures as JSON

Starts llama-cpp-python's OpenAI-compatible server the way the tests do
(``tests/support/llama_server.py``; run ``scripts/llm-server-setup.sh`` first), then runs
``CoachService.coach`` with ``engine="llm"`` on drafts spread across
``evals/cases.jsonl`` (built-in drafts if it is missing), one at a time, cache off.

Figures: latency per request (median, p90, max), tokens per request, how often the
model's answer was accepted (critique parsed and merged; rewrite passed verification;
findings that survived verification) and how often a request fell back to the rules
engine, with the reasons. A 135M model is expected to fail verification often: the
acceptance rate measures the model, the zero-grounding-violation line measures us.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import importlib.util
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import orjson

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Run as a script, this folder comes first on sys.path; bench/http.py would then shadow
# the standard library's `http` package. Import the app from the project root instead.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]


from app.config import Settings  # noqa: E402
from app.core.grounding import violations  # noqa: E402
from app.llm.engine import OpenAIEngine  # noqa: E402
from app.logs import configure  # noqa: E402
from app.models import CoachRequest, CoachResponse  # noqa: E402
from app.service import CoachService  # noqa: E402
from tests.support.llama_server import (  # noqa: E402
    MODEL_ALIAS,
    VENV_PYTHON,
    find_model,
    run_llama_server,
)

TODAY = "2026-11-25"
CASES = ROOT / "evals" / "cases.jsonl"

# The same fallback drafts as bench/critique.py, when evals/cases.jsonl is missing.

# bench/critique.py by path: putting bench/ on sys.path would let bench/http.py shadow `http`.
_spec = importlib.util.spec_from_file_location("bench_critique", HERE / "critique.py")
assert _spec and _spec.loader
_critique = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_critique)
BUILTIN = _critique.BUILTIN


def load_requests(n: int) -> tuple[list[dict[str, Any]], str]:
    """``n`` requests spread evenly over the eval set (every k-th case), or built-ins."""
    if CASES.exists():
        rows = [orjson.loads(line) for line in CASES.read_text().splitlines() if line.strip()]
        step = max(1, len(rows) // n)
        return [r["request"] for r in rows[::step][:n]], f"{CASES.relative_to(ROOT)}"
    return [{"today": TODAY, **b} for b in BUILTIN][:n], "built-in drafts"


def machine(model: Path) -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        info = Path("/proc/cpuinfo").read_text()
        m = re.search(r"^model name\s*:\s*(.+)$", info, re.M)
        cpu = m.group(1) if m else cpu
    except OSError:
        pass
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        ram = f"{pages / 2**30:.1f} GiB"
    except (ValueError, OSError):
        ram = "?"
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 0
    llama = subprocess.run(
        [str(VENV_PYTHON), "-c", "import llama_cpp; print(llama_cpp.__version__)"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {
        "cpu": cpu,
        "cores": str(cores),
        "ram": ram,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "llama_cpp_python": llama or "?",
        "model": f"{model.name} ({model.stat().st_size / 2**20:.0f} MiB)",
        "load_avg_at_start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))] if xs else 0.0


async def run(settings: Settings, bodies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    service = CoachService(settings, OpenAIEngine(settings))
    rows = []
    try:
        for i, body in enumerate(bodies, 1):
            req = CoachRequest.model_validate({**body, "engine": "llm"})
            t0 = time.perf_counter()
            resp: CoachResponse = await service.coach(req)
            seconds = time.perf_counter() - t0
            rep = resp.engine_report
            usage = rep.usage or {}
            row = {
                "seconds": seconds,
                "prompt_tokens": usage.get("prompt_tokens", 0),
                "completion_tokens": usage.get("completion_tokens", 0),
                "calls": usage.get("calls", 0),
                "critique": rep.critique,
                "rewrite": rep.rewrite,
                "degraded": rep.degraded,
                "reasons": rep.reasons,
                "findings_accepted": sum(f.source == "llm" for f in resp.findings),
                "findings_dropped": sum(n.startswith(("dropped", "ignored")) for n in rep.notes),
                "grounding_violations": len(violations(resp.rewrite.text, req)),
                "rewrite_text": resp.rewrite.text,
            }
            rows.append(row)
            print(
                f"  [{i:2}/{len(bodies)}] {seconds:6.1f}s  calls={row['calls']}  "
                f"critique={rep.critique:5}  rewrite={rep.rewrite:5}  degraded={rep.degraded}",
                flush=True,
            )
    finally:
        await service.aclose()
    return rows


def _reason_kind(reason: str) -> str:
    """The reason without its details: 'llm rewrite: rejected twice (...)' -> '... rejected twice'."""
    return re.sub(r"\s*[(:].*$", "", reason.split(": ", 1)[-1]).strip() or reason


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    secs = [r["seconds"] for r in rows]
    found = sum(r["findings_accepted"] for r in rows)
    dropped = sum(r["findings_dropped"] for r in rows)
    kinds = collections.Counter(
        f"{reason.split(': ', 1)[0]}: {_reason_kind(reason)}"
        for r in rows
        for reason in r["reasons"]
    )
    return {
        "requests": n,
        "latency_s": {
            "median": statistics.median(secs),
            "p90": pct(secs, 0.9),
            "max": max(secs),
        },
        "tokens_per_request": {
            "prompt_median": statistics.median(r["prompt_tokens"] for r in rows),
            "completion_median": statistics.median(r["completion_tokens"] for r in rows),
            "prompt_total": sum(r["prompt_tokens"] for r in rows),
            "completion_total": sum(r["completion_tokens"] for r in rows),
        },
        "calls_per_request_mean": sum(r["calls"] for r in rows) / n,
        "acceptance": {
            "critique": sum(r["critique"] == "llm" for r in rows) / n,
            "rewrite": sum(r["rewrite"] == "llm" for r in rows) / n,
            "findings": found / (found + dropped) if found + dropped else None,
        },
        "fallback_rate": sum(r["degraded"] for r in rows) / n,
        "fallback_reasons": dict(kinds.most_common()),
        "grounding_violations": sum(r["grounding_violations"] for r in rows),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=10, help="drafts to run (default 10)")
    ap.add_argument("--max-tokens", type=int, default=600)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)

    configure("error")  # the per-request JSON log lines would drown the figures
    model = find_model()
    bodies, source = load_requests(args.cases)
    mach = machine(model)
    print("machine:")
    for k, v in mach.items():
        print(f"  {k:18} {v}")
    print(f"drafts: {len(bodies)} from {source}")
    with run_llama_server(model, ctx=4096) as url:
        settings = Settings(
            llm_base_url=url,
            llm_model=MODEL_ALIAS,
            llm_json_mode="json_object",
            llm_timeout=300,
            llm_deadline=900,
            llm_max_retries=0,
            llm_max_tokens=args.max_tokens,
            llm_cache_size=0,
        )
        print(f"server: {url}  json mode: json_object  max_tokens: {args.max_tokens}")
        rows = asyncio.run(run(settings, bodies))
    s = summarise(rows)
    lat, tok, acc = s["latency_s"], s["tokens_per_request"], s["acceptance"]
    findings = "n/a" if acc["findings"] is None else f"{acc['findings']:.0%}"
    print(
        f"\nlatency per request: median {lat['median']:.1f}s, p90 {lat['p90']:.1f}s, "
        f"max {lat['max']:.1f}s ({s['calls_per_request_mean']:.1f} calls on average)\n"
        f"tokens per request (median): prompt {tok['prompt_median']:.0f}, "
        f"completion {tok['completion_median']:.0f}\n"
        f"accepted from the model: critique {acc['critique']:.0%}, rewrite {acc['rewrite']:.0%}, "
        f"findings {findings}\n"
        f"fallback rate (degraded): {s['fallback_rate']:.0%}\n"
        f"grounding violations in returned rewrites: {s['grounding_violations']}"
    )
    for reason, count in s["fallback_reasons"].items():
        print(f"  {count:3} x {reason}")
    if args.json:
        args.json.write_bytes(
            orjson.dumps({"machine": mach, "summary": s, "rows": rows}, option=orjson.OPT_INDENT_2)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
