"""How fast the rules engine runs the whole eval set, the way `coach eval` does.

    .venv/bin/python bench/eval.py [CASES.jsonl] [--rounds N]

Each round loads nothing new: it runs every case through the same path as `coach eval`
(coach, then the rewrite critiqued again and checked for grounding) and reports compute
time per round and cases per second. The target is "well under a second" for the set.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]


from app.config import Settings  # noqa: E402
from app.evaluation.cases import load  # noqa: E402
from app.evaluation.runner import run_cases  # noqa: E402
from app.models import CoachRequest, CoachResponse  # noqa: E402
from app.service import CoachService  # noqa: E402

# bench/critique.py by path: putting bench/ on sys.path would let bench/http.py shadow `http`.
_spec = importlib.util.spec_from_file_location("bench_critique", HERE / "critique.py")
assert _spec and _spec.loader
_critique = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_critique)
machine = _critique.machine
print_machine = _critique.print_machine


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("cases", nargs="?", default=str(ROOT / "evals" / "cases.jsonl"))
    p.add_argument("--rounds", type=int, default=7)
    args = p.parse_args(argv)

    print_machine(machine())
    loaded = load(Path(args.cases))
    svc = CoachService(Settings(default_engine="rules"))

    async def engine(req: CoachRequest) -> CoachResponse:
        return await svc.coach(req)

    rounds: list[float] = []
    for _ in range(args.rounds):
        t0 = time.process_time()
        asyncio.run(run_cases(loaded.cases, engine))
        rounds.append(time.process_time() - t0)
    n = len(loaded.cases)
    med = statistics.median(rounds)
    print(f"\ncases: {n} from {args.cases}; {args.rounds} rounds (CPU time, rules engine)")
    print(f"  per round: median {med:.3f} s, best {min(rounds):.3f} s, worst {max(rounds):.3f} s")
    print(f"  cases per second: {n / med:,.0f}")
    print(f"  per case: {med / n * 1000:.2f} ms (coach + rewrite re-critique + grounding check)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
