"""In-process cost of the rules engine: time per critique and per coach, peak memory,
and how the cost grows with the length of the draft.

    .venv/bin/python bench/critique.py                 # eval cases (or built-in drafts)
    .venv/bin/python bench/critique.py --quick         # fewer rounds, for a smoke run
    .venv/bin/python bench/critique.py --json out.json # also write the figures as JSON

Times ``app.core.critique.critique`` and ``app.core.coach.coach_response`` directly
(no HTTP, no request validation): this is the engine's own cost. Target: median
critique < 1 ms.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import orjson

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Run as a script, this folder comes first on sys.path; bench/http.py would then shadow
# the standard library's `http` package. Import the app from the project root instead.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

from app.config import Settings  # noqa: E402
from app.core.coach import coach_response  # noqa: E402
from app.core.critique import critique  # noqa: E402
from app.models import CoachRequest  # noqa: E402
from app.prompting import environment  # noqa: E402

TODAY = "2026-11-25"
TARGET_MEDIAN_MS = 1.0

# Used when evals/cases.jsonl is missing: short and long, good and bad, every channel.
BUILTIN: list[dict[str, Any]] = [
    {
        "message": {
            "text": "Hi Mark! How are you? Anyway, I got laid off and was hoping you could get "
            "me an interview at Google. Let me know ASAP."
        },
        "relationship": {"closeness": "acquaintance", "last_contact": "2023-09-01"},
        "goal": "job_search",
    },
    {
        "message": {
            "text": "Hey Priya, hope you're well! Could you refer me for the senior PM role at "
            "Figma?"
        },
        "sender": {"name": "Sam Okafor", "offers": ["intro to the design lead at Canva"]},
        "recipient": {"name": "Priya Raman", "notes": ["just launched FigJam AI"]},
        "relationship": {"closeness": "acquaintance", "last_contact": "2026-09-10"},
        "goal": "job_search",
    },
    {
        "message": {
            "text": "Hi Dana, congrats on the Series B! I'd love to hear how hiring is going. "
            "Separately, would you be open to a quick call about the data team?"
        }
    },
    {
        "message": {"text": "Dinner tonight?", "channel": "text"},
        "relationship": {"closeness": "close", "last_contact": "2026-11-24"},
    },
    {
        "message": {
            "text": "Dear Sir/Madam,\n\nI am writing to apply for any open position at "
            "[Company]. I am a hard worker and I will take anything at all.\n\nRegards,\nJo"
        }
    },
    {
        "message": {
            "text": "Hi Jo. I just finished my bootcamp and I am looking for my first role. I "
            "built three projects and I think my skills fit. I would love to chat."
        }
    },
    {
        "message": {
            "text": "Loved your talk at PyCon on async testing. We tried the fixture pattern "
            "you showed and it cut our flaky tests in half. Would you be open to one question "
            "about it?"
        },
        "recipient": {"name": "Ana", "notes": ["gave a talk on async testing at PyCon"]},
    },
    {
        "message": {
            "text": "Hi Sam, you owe me one for the Acme intro, so please refer me. It's the "
            "least you could do."
        },
        "relationship": {
            "closeness": "friend",
            "interactions": [
                {"date": "2025-01-10", "direction": "gave", "summary": "intro to Acme CTO"},
                {"date": "2025-06-02", "direction": "received", "summary": "resume review"},
            ],
        },
    },
    {
        "message": {
            "text": "Want an intro to my old team at Stripe? They're hiring PMs and I think "
            "you'd be a great fit.",
            "channel": "linkedin",
        }
    },
    {
        "message": {
            "text": "I know it's been way too long, and that's on me. How are the kids? I saw "
            "your post about the garden and it made me smile.",
            "channel": "email",
        },
        "relationship": {"closeness": "friend", "last_contact": "2022-04-01"},
        "goal": "catch_up",
    },
    {
        "message": {
            "text": "Hi! I'd love to connect and explore synergies.",
            "channel": "linkedin_note",
        },
        "goal": "sales",
    },
    {
        "message": {
            "text": "Please help!!! I need this job urgently, I'm running out of money. Can you "
            "pass along my resume to your hiring manager today?"
        },
        "relationship": {"closeness": "weak_tie"},
    },
    {
        "message": {
            "text": "Hello, how are you? I was wondering if you might know of any openings at "
            "Stripe. Please keep me in mind for anything that opens up."
        }
    },
    {
        "message": {
            "text": "Who are two people on the payments team you'd suggest I talk to? Happy to "
            "return the favour any time, and is there anything I can do for you?"
        },
        "goal": "advice",
    },
    {
        "message": {
            "text": "Thanks so much for the coffee last week. It was great to see you, and I "
            "sent Maya the deck you mentioned.",
            "channel": "text",
        },
        "relationship": {"closeness": "friend", "last_contact": "2026-11-18"},
    },
    {
        "message": {
            "text": "Hi {first_name}, I admire what <Company> is doing. Would love to pick your "
            "brain sometime about breaking into fintech.",
            "subject": "Quick question",
        }
    },
    {
        "message": {
            "text": "Hey Chris — remember when I helped you move apartments? So now I need a "
            "favour: could you introduce me to your VP of Sales?"
        },
        "relationship": {"closeness": "acquaintance", "last_contact": "2024-02-15"},
        "goal": "intro",
    },
    {
        "message": {
            "text": "Hi Lee,\n\nI came across this paper on retrieval evals and thought of you, "
            "given the search work your team shipped in March. Here is the link. No reply "
            "needed!\n\nBest,\nKim"
        },
        "recipient": {"name": "Lee", "notes": ["team shipped new search in March"]},
    },
    {
        "message": {
            "text": "Hi Alex, I haven't talked to you in 4 years, but I'm looking for a job in "
            "marketing. Could you help me find something? Any advice would be appreciated. "
            "I'm really desperate at this point."
        },
        "goal": "job_search",
    },
    {
        "message": {
            "text": "Great seeing you at the Denver meetup! Would it help if I sent you our "
            "hiring rubric? And if you're ever up for a 15-minute call next Tuesday about the "
            "analytics role, I'd be grateful - totally fine if not.",
            "channel": "email",
        },
        "relationship": {"closeness": "acquaintance", "last_contact": "2026-10-01"},
    },
]

# Varied sentences for the length sweep (so no single pattern dominates).
SWEEP_SENTENCES = [
    "I loved your post about the new search launch at Acme last week.",
    "How did the marathon in Lisbon go?",
    "We met at the Denver meetup when you were still on the payments team.",
    "I was laid off in March and I'm looking for my next role in analytics.",
    "Could you introduce me to someone on the data team?",
    "Happy to send you the hiring rubric we built, if that would help.",
    "It has been a while since we spoke, and that's on me.",
    "Would you be open to a 15-minute call next Tuesday?",
    "Thanks again for the intro to Maya, it turned into a great project.",
    "No worries at all if not, I know you are busy with the launch!",
]


def machine() -> dict[str, Any]:
    """CPU model, core count, Python and library versions."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - non-Linux
        usable = os.cpu_count() or 1
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "memory": mem,
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
    }


def _spin(n: int) -> float:
    t0 = time.perf_counter()
    x = 0
    for i in range(n):
        x += i
    return time.perf_counter() - t0


def parallel_capacity(n: int = 6_000_000) -> float:
    """How many cores' worth of CPU-bound Python work the machine really runs at once:
    the same loop in one process, then in one process per core. Virtual CPUs that are
    SMT siblings (or an oversubscribed host) give much less than their count."""
    import multiprocessing

    cores = os.cpu_count() or 1
    one = min(_spin(n) for _ in range(3))
    if cores == 1:
        return 1.0
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(cores) as pool:
        pool.map(_spin, [n // 10] * cores)  # start-up
        times = pool.map(_spin, [n] * cores)
    return cores * one / max(times)


def print_machine(info: dict[str, Any]) -> None:
    extra = ""
    if "parallel_capacity" in info:
        extra = f"; {info['cores']} CPU-bound processes at once run at {info['parallel_capacity']:.2f}x one core"
    print(
        f"machine: {info['cpu']}, {info['cores']} cores ({info['usable_cores']} usable), "
        f"{info['memory']} RAM; Python {info['python']} on {info['platform']}{extra}"
    )


def load_requests(path: Path) -> tuple[list[CoachRequest], str]:
    """The ``request`` of every valid case in ``path``, or the built-in drafts."""
    reqs: list[CoachRequest] = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                raw = orjson.loads(line)
                reqs.append(CoachRequest.model_validate(raw["request"]))
            except Exception:  # a malformed case is the eval runner's business
                continue
        if reqs:
            return reqs, f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
    for body in BUILTIN:
        reqs.append(CoachRequest.model_validate({"today": TODAY, **body}))
    return reqs, f"built-in drafts ({len(BUILTIN)})"


def percentile(samples: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of ``samples``."""
    ordered = sorted(samples)
    k = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def time_calls(
    fn: Callable[[CoachRequest], object], reqs: list[CoachRequest], rounds: int
) -> list[float]:
    """Seconds per call, every request ``rounds`` times (after one warm-up pass)."""
    for r in reqs:
        fn(r)
    samples: list[float] = []
    clock = time.perf_counter
    for _ in range(rounds):
        for r in reqs:
            t0 = clock()
            fn(r)
            samples.append(clock() - t0)
    return samples


def peak_memory(fn: Callable[[CoachRequest], object], reqs: list[CoachRequest]) -> dict[str, int]:
    """Peak traced bytes of one call (the worst case), and bytes still held after a first
    and after a second pass over the cases: caches fill in the first, a leak grows in both."""
    gc.collect()
    tracemalloc.start()
    try:
        worst = 0
        base = tracemalloc.get_traced_memory()[0]
        held = []
        for _ in range(2):
            for r in reqs:
                tracemalloc.reset_peak()
                before = tracemalloc.get_traced_memory()[0]
                fn(r)
                worst = max(worst, tracemalloc.get_traced_memory()[1] - before)
            gc.collect()
            held.append(tracemalloc.get_traced_memory()[0] - base)
    finally:
        tracemalloc.stop()
    return {
        "peak_one_call_bytes": worst,
        "retained_after_pass_bytes": held[0],
        "retained_second_pass_bytes": held[1] - held[0],
    }


def sweep_request(n: int) -> CoachRequest:
    text = " ".join(SWEEP_SENTENCES[i % len(SWEEP_SENTENCES)] for i in range(n))
    return CoachRequest.model_validate(
        {
            "message": {"text": f"Hi Sam,\n\n{text}\n\nBest,\nKim"},
            "recipient": {"name": "Sam", "notes": ["just ran the Lisbon marathon"]},
            "relationship": {"closeness": "acquaintance", "last_contact": "2025-01-15"},
            "today": TODAY,
        }
    )


def sweep(
    fn: Callable[[CoachRequest], object], sizes: Sequence[int], budget_s: float
) -> list[dict[str, float]]:
    """Median seconds per call for drafts of ``n`` sentences, and per sentence."""
    out = []
    for n in sizes:
        req = sweep_request(n)
        fn(req)
        samples: list[float] = []
        deadline = time.perf_counter() + budget_s
        while len(samples) < 3 or (time.perf_counter() < deadline and len(samples) < 200):
            t0 = time.perf_counter()
            fn(req)
            samples.append(time.perf_counter() - t0)
        med = statistics.median(samples)
        out.append(
            {
                "sentences": n,
                "chars": len(req.message.text),
                "median_ms": med * 1000,
                "us_per_sentence": med * 1e6 / n,
                "runs": len(samples),
            }
        )
    return out


def summarise(samples: list[float]) -> dict[str, float]:
    return {
        "calls": len(samples),
        "median_ms": statistics.median(samples) * 1000,
        "p99_ms": percentile(samples, 99) * 1000,
        "max_ms": max(samples) * 1000,
        "mean_ms": statistics.fmean(samples) * 1000,
        "per_second": len(samples) / sum(samples),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--cases", type=Path, default=ROOT / "evals" / "cases.jsonl")
    p.add_argument("--rounds", type=int, default=0, help="passes over the cases (default: auto)")
    p.add_argument("--quick", action="store_true", help="fewer samples, for a smoke run")
    p.add_argument("--json", dest="json_out", type=Path, help="write the figures here too")
    args = p.parse_args(argv)

    info = machine()
    info["parallel_capacity"] = parallel_capacity()
    print_machine(info)
    reqs, source = load_requests(args.cases)
    env = environment(Settings().prompts_dir)
    rounds = args.rounds or max(3, (600 if args.quick else 4000) // len(reqs))
    print(f"cases: {len(reqs)} from {source}; {rounds} rounds each\n")

    def do_coach(r: CoachRequest) -> object:
        return coach_response(r, env)

    results: dict[str, Any] = {"machine": info, "source": source, "cases": len(reqs)}
    print(f"{'':10} {'calls':>7} {'median':>9} {'p99':>9} {'max':>9} {'per s':>8}  peak mem")
    for name, fn in (("critique", critique), ("coach", do_coach)):
        s = summarise(time_calls(fn, reqs, rounds))
        mem = peak_memory(fn, reqs)
        results[name] = {**s, **mem}
        print(
            f"{name:10} {s['calls']:>7} {s['median_ms']:>7.3f}ms {s['p99_ms']:>7.3f}ms "
            f"{s['max_ms']:>7.2f}ms {s['per_second']:>8.0f}  "
            f"{mem['peak_one_call_bytes'] / 1024:.0f} KiB per call (worst case), "
            f"{mem['retained_after_pass_bytes'] / 1024:+.0f} KiB held after one pass, "
            f"{mem['retained_second_pass_bytes'] / 1024:+.0f} KiB after another"
        )

    sizes = [1, 10, 100, 1000]
    budget = 0.3 if args.quick else 1.5
    print("\ncost against draft length (sentences; 1000 is beyond the 20,000-char API limit):")
    print(f"{'':10} {'sentences':>9} {'chars':>7} {'median':>10} {'per sentence':>13}")
    for name, fn in (("critique", critique), ("coach", do_coach)):
        rows = sweep(fn, sizes, budget)
        results[f"{name}_by_length"] = rows
        for row in rows:
            print(
                f"{name:10} {row['sentences']:>9} {row['chars']:>7} "
                f"{row['median_ms']:>8.3f}ms {row['us_per_sentence']:>10.1f} us"
            )
        first, last = rows[1], rows[-1]  # 10 vs 1000: the fixed cost is amortised by then
        growth = last["us_per_sentence"] / first["us_per_sentence"]
        results[f"{name}_per_sentence_growth_10_to_1000"] = growth
        print(f"{'':10} per-sentence cost at 1000 vs 10 sentences: x{growth:.2f} (1.0 = linear)")

    ok = results["critique"]["median_ms"] < TARGET_MEDIAN_MS
    print(
        f"\ntarget: median critique < {TARGET_MEDIAN_MS:g} ms: "
        f"{'met' if ok else 'MISSED'} ({results['critique']['median_ms']:.3f} ms)"
    )
    if args.json_out:
        args.json_out.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
