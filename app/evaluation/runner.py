"""Run every case through an engine and score it against its labels."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from app.core.critique import critique
from app.core.grounding import violations
from app.evaluation.cases import Case
from app.models import CoachRequest, CoachResponse, Verdict

Engine = Callable[[CoachRequest], Awaitable[CoachResponse]]


@dataclass(slots=True)
class Outcome:
    """One case's result, or the error it raised."""

    case: Case
    response: CoachResponse | None
    error: str | None
    seconds: float
    rewrite_verdict: Verdict | None = None
    grounding: tuple[str, ...] = ()

    @property
    def fired(self) -> set[str]:
        if self.response is None:
            return set()
        return {f.code for f in self.response.findings}


def check_rewrite(out: Outcome) -> None:
    """Critique the rewrite again in the same context, and look for invented facts."""
    if out.response is None:
        return
    req = out.case.request
    text = out.response.rewrite.text
    out.rewrite_verdict = critique(req, text).verdict
    out.grounding = tuple(sorted({v.token for v in violations(text, req)}))


async def run_cases(
    cases: list[Case],
    engine: Engine,
    *,
    concurrency: int = 1,
    on_done: Callable[[int], None] | None = None,
) -> list[Outcome]:
    """Run cases with at most ``concurrency`` in flight; results keep the input order."""
    sem = asyncio.Semaphore(max(1, concurrency))
    done = 0

    async def one(case: Case) -> Outcome:
        nonlocal done
        async with sem:
            t0 = time.perf_counter()
            try:
                resp = await engine(case.request)
                out = Outcome(case, resp, None, time.perf_counter() - t0)
            except Exception as e:  # a case that crashes is a failure to report, not a crash
                out = Outcome(case, None, f"{type(e).__name__}: {e}", time.perf_counter() - t0)
        check_rewrite(out)
        done += 1
        if on_done:
            on_done(done)
        return out

    if concurrency <= 1:
        return [await one(c) for c in cases]
    return list(await asyncio.gather(*(one(c) for c in cases)))
