"""The LLM engine: one structured call for findings and a rewrite, verified, merged
with the rules result, and degraded to it on any fault.

Round trips per request: one in the happy path; plus one repair call if the answer
is not the JSON we asked for; plus one retry if the rewrite fails verification. All
of it runs under ``settings.llm_deadline``. Whatever happens, the caller gets a
complete :class:`CoachResponse`: the parts the model produced and that passed
verification, the rules engine's parts for the rest, and an ``engine_report`` saying
which is which, whether anything was degraded and why.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import jinja2
from openai.types.chat import ChatCompletionMessageParam

from app.config import Settings
from app.core.grounding import request_corpus
from app.core.verdict import decide, score, summary
from app.llm import prompts
from app.llm.cache import ResponseCache, cache_key
from app.llm.client import LLMFailure, Usage, chat, make_client
from app.llm.jsonmode import SWITCHED, JsonMode
from app.llm.schema import LLMOutput, OutputError, parse_output
from app.llm.verify import check_rewrite, merge_findings
from app.models import CoachRequest, CoachResponse, EngineReport, Finding, Rewrite
from app.prompting import environment

log = logging.getLogger("app.llm")

_ECHO_LIMIT = 4000  # characters of a bad answer sent back in a repair call


@dataclass(slots=True)
class Run:
    """What one request has produced so far; the response is assembled from it even when
    the deadline cuts the work short."""

    prompt: prompts.Prompt
    usage: Usage = field(default_factory=Usage)
    findings: list[Finding] | None = None
    rewrite: Rewrite | None = None
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cacheable: bool = True

    def fail(self, what: str, reason: str, *, transient: bool = True) -> None:
        self.reasons.append(f"{what}: {reason}")
        self.cacheable = self.cacheable and not transient


class OpenAIEngine:
    """Implements ``app.service.LLMEngine`` for any OpenAI-compatible server."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model = settings.llm_model or ""
        self.env = environment(settings.prompts_dir)
        self.client = make_client(settings)
        self.cache = ResponseCache(settings.llm_cache_size, settings.llm_cache_dir)
        self.prompt_version = prompts.version(self.env)
        self.json_mode = JsonMode(settings.llm_json_mode, prompts.model_codes())
        # Requests being answered, by cache key: an identical request arriving meanwhile
        # (a double-clicked form, a retried client, duplicate eval rows) waits for that
        # answer instead of paying for a second model call.
        self._inflight: dict[str, asyncio.Future[CoachResponse]] = {}

    async def aclose(self) -> None:
        await self.client.close()

    async def coach(self, req: CoachRequest, rules: CoachResponse) -> CoachResponse:
        started = time.perf_counter()
        s = self.settings
        try:
            run = Run(prompts.build(self.env, req, rules))
        except jinja2.TemplateError as e:  # a broken template costs the LLM part, not the answer
            log.exception("llm prompt error", extra={"fields": {"event": "llm_error"}})
            run = Run(prompts.Prompt("", "", self.prompt_version, "", no_ask=False))
            run.fail("internal error", f"prompt template: {type(e).__name__}")
            return self._assemble(rules, run)
        key = cache_key(
            req,
            model=self.model,
            prompt_version=self.prompt_version,
            prompt_digest=run.prompt.digest,
            json_mode=s.llm_json_mode,
            temperature=s.llm_temperature,
            max_tokens=s.llm_max_tokens,
        )
        hit = self.cache.get(key)
        while hit is None and (pending := self._inflight.get(key)) is not None:
            await asyncio.wait([pending])
            # If the caller we waited for went away, the first waiter to wake takes over
            # (it registers before its first await) and the others wait for it.
            hit = self.cache.get(key) if pending.cancelled() else pending.result()
        if hit is not None:
            report = hit.engine_report.model_copy(update={"cached": True})
            self._log(started, report, key, digest=run.prompt.digest)
            return hit.model_copy(update={"engine_report": report})

        future: asyncio.Future[CoachResponse] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            response = await self._answer_uncached(req, rules, run)
            future.set_result(response)
        finally:
            if self._inflight.get(key) is future:
                del self._inflight[key]
            if not future.done():
                future.cancel()
        if run.findings is not None and run.cacheable:
            self.cache.put(key, response)
        self._log(started, response.engine_report, key, digest=run.prompt.digest)
        return response

    async def _answer_uncached(
        self, req: CoachRequest, rules: CoachResponse, run: Run
    ) -> CoachResponse:
        try:
            async with asyncio.timeout(self.settings.llm_deadline):
                await self._run(req, rules, run)
        except TimeoutError:
            run.fail(
                "deadline", f"the model took longer than {self.settings.llm_deadline:g}s in all"
            )
        except Exception as e:  # the LLM is an enhancement: never let it cost the answer
            log.exception("llm engine error", extra={"fields": {"event": "llm_error"}})
            run.fail("internal error", type(e).__name__)
        return self._assemble(rules, run)

    async def _call(
        self, run: Run, messages: list[ChatCompletionMessageParam], purpose: str
    ) -> str:
        mode = self.json_mode
        probing = not mode.settled
        try:
            # While the JSON mode is unknown, a refusal should come back at once, not after
            # the SDK's retries and their back-off.
            return await self._chat(run, messages, purpose, max_retries=0 if probing else None)
        except LLMFailure as e:
            if not probing:
                raise
            if mode.refused(e):
                mode.fall_back()
                run.notes.append(SWITCHED)
            return await self._chat(run, messages, purpose)  # now with the usual retries

    async def _chat(
        self,
        run: Run,
        messages: list[ChatCompletionMessageParam],
        purpose: str,
        max_retries: int | None = None,
    ) -> str:
        reply = await chat(
            self.client,
            self.settings,
            messages,
            self.json_mode.response_format,
            run.usage,
            purpose=purpose,
            log_fields={"prompt_version": self.prompt_version, "prompt_digest": run.prompt.digest},
            max_retries=max_retries,
        )
        self.json_mode.settled = True  # whatever it asked for, the server took it
        return reply.content

    async def _answer(
        self, run: Run, messages: list[ChatCompletionMessageParam], purpose: str
    ) -> LLMOutput:
        """One call plus, if its answer is not valid for the schema, one repair call."""
        content = await self._call(run, messages, purpose)
        try:
            return parse_output(content)
        except OutputError as first:
            repair: list[ChatCompletionMessageParam] = [
                *messages,
                {"role": "assistant", "content": content[:_ECHO_LIMIT]},
                {"role": "user", "content": prompts.repair(self.env, str(first))},
            ]
            content = await self._call(run, repair, f"{purpose}_repair")
            try:
                return parse_output(content)
            except OutputError as second:
                raise LLMFailure("invalid output", f"after one repair: {second}") from second

    async def _run(self, req: CoachRequest, rules: CoachResponse, run: Run) -> None:
        messages: list[ChatCompletionMessageParam] = [
            {"role": "system", "content": run.prompt.system},
            {"role": "user", "content": run.prompt.user},
        ]
        try:
            output = await self._answer(run, messages, "review")
        except LLMFailure as e:
            run.fail("llm critique and rewrite", str(e), transient=e.reason != "invalid output")
            return
        merged = merge_findings(req.message.text, rules.findings, output.findings)
        run.findings, run.notes = merged.findings, [*run.notes, *merged.notes]

        corpus = request_corpus(req)
        fallback_subject = rules.rewrite.subject
        plan = rules.rewrite.changes
        rewrite, problems = check_rewrite(req, output.rewrite, fallback_subject, corpus, plan)
        if rewrite is not None:
            run.rewrite = rewrite
            return
        run.notes.append(f"first rewrite rejected: {'; '.join(problems)}")
        retry: list[ChatCompletionMessageParam] = [
            *messages,
            {"role": "assistant", "content": json.dumps(output.model_dump(), ensure_ascii=False)},
            {"role": "user", "content": prompts.retry(self.env, problems, run.prompt.no_ask)},
        ]
        try:
            again = await self._answer(run, retry, "rewrite_retry")
        except LLMFailure as e:
            run.fail("llm rewrite", f"rejected ({'; '.join(problems)}), then retry failed: {e}")
            return
        rewrite, problems_again = check_rewrite(req, again.rewrite, fallback_subject, corpus, plan)
        if rewrite is None:
            run.fail(
                "llm rewrite",
                f"rejected twice ({'; '.join(problems_again)})",
                transient=False,
            )
        run.rewrite = rewrite

    def _assemble(self, rules: CoachResponse, run: Run) -> CoachResponse:
        """The response: model parts that passed verification, rules parts for the rest."""
        findings = run.findings if run.findings is not None else rules.findings
        verdict = decide(findings)
        report = EngineReport(
            critique="llm" if run.findings is not None else "rules",
            rewrite="llm" if run.rewrite is not None else "rules",
            degraded=bool(run.reasons),
            reasons=run.reasons,
            notes=run.notes,
            model=self.model,
            prompt_version=self.prompt_version,
            usage=run.usage.as_dict() if run.usage.calls else None,
        )
        engine = "llm" if "llm" in (report.critique, report.rewrite) else "rules"
        return rules.model_copy(
            update={
                "engine": engine,
                "findings": findings,
                "verdict": verdict,
                "score": score(findings, verdict),
                "summary": summary(findings, verdict),
                "rewrite": run.rewrite or rules.rewrite,
                "engine_report": report,
            }
        )

    def _log(self, started: float, report: EngineReport, key: str, digest: str) -> None:
        fields: dict[str, Any] = {
            "event": "llm_coach",
            "model": self.model,
            "prompt_version": self.prompt_version,
            "prompt_digest": digest,
            "cache_key": key[:16],
            "cached": report.cached,
            "critique": report.critique,
            "rewrite": report.rewrite,
            "degraded": report.degraded,
            "reasons": report.reasons,
            "notes": len(report.notes),
            "latency_ms": round((time.perf_counter() - started) * 1000),
            **({} if report.cached else (report.usage or {})),
        }
        log.log(
            logging.WARNING if report.degraded else logging.INFO,
            "llm coach",
            extra={"fields": fields},
        )
