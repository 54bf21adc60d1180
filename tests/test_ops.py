"""Operations: API keys, request ids in JSON logs, graceful shutdown, and a cached LLM eval
re-run that makes no calls. Real processes on 127.0.0.1 throughout."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from tests.conftest import ROOT, request_body, start_server, stop_server
from tests.support.fake_openai import answer, run_fake_openai

GOOD = "Loved your PyCon talk on fixtures, Ana! Want an intro to the pytest-xdist maintainers?"


def test_api_keys_guard_v1_only() -> None:
    proc, base = start_server({"COACH_API_KEYS": '["key-one", "key-two"]'})
    try:
        body = request_body(GOOD)
        r = httpx.post(f"{base}/v1/critique", json=body)
        assert r.status_code == 401
        assert r.json()["error"]["code"] == "unauthorized"
        assert r.headers["www-authenticate"] == "Bearer"
        assert (
            httpx.post(
                f"{base}/v1/critique", json=body, headers={"Authorization": "Bearer nope"}
            ).status_code
            == 401
        )
        ok = httpx.post(
            f"{base}/v1/critique", json=body, headers={"Authorization": "Bearer key-one"}
        )
        assert ok.status_code == 200 and ok.json()["verdict"] == "send"
        assert (
            httpx.post(f"{base}/v1/coach", json=body, headers={"X-API-Key": "key-two"}).status_code
            == 200
        )
        assert httpx.get(f"{base}/healthz").status_code == 200
        assert httpx.get(f"{base}/").status_code == 200  # the form is for people, not keys
    finally:
        stop_server(proc)


def test_request_ids_and_json_logs_then_graceful_shutdown() -> None:
    proc, base = start_server({"COACH_LOG_LEVEL": "info"})
    r = httpx.post(
        f"{base}/v1/critique", json=request_body(GOOD), headers={"X-Request-ID": "trace-42"}
    )
    assert r.headers["x-request-id"] == "trace-42"
    fresh = httpx.get(f"{base}/healthz").headers["x-request-id"]
    assert fresh and fresh != "trace-42"
    proc.send_signal(signal.SIGTERM)
    # uvicorn finishes in-flight work, runs the lifespan shutdown, then re-raises SIGTERM so
    # the exit status says why it stopped.
    assert proc.wait(timeout=15) in (0, -signal.SIGTERM)
    assert proc.stderr is not None
    lines = [json.loads(x) for x in proc.stderr.read().decode().splitlines() if x.startswith("{")]
    said = [x["msg"] for x in lines]
    assert any("shutdown complete" in m.lower() for m in said), said
    access = [x for x in lines if x.get("msg") == "request"]
    hit = next(x for x in access if x["request_id"] == "trace-42")
    assert hit["path"] == "/v1/critique" and hit["status"] == 200 and hit["ms"] >= 0
    assert all({"ts", "level", "logger"} <= set(x) for x in lines)


def test_llm_eval_rerun_is_served_from_the_disk_cache(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    drafts = [
        GOOD,
        "Congrats on the Series A, Ben! Happy to send you our hiring rubric if it helps.",
    ]
    cases.write_text(
        "\n".join(
            json.dumps({"id": f"c{i}", "request": {"message": {"text": t}, "today": "2026-11-25"}})
            for i, t in enumerate(drafts)
        )
    )
    with run_fake_openai() as fake:
        env = {
            **os.environ,
            "COACH_LLM_BASE_URL": fake.base_url,
            "COACH_LLM_MODEL": "fake-model",
            "COACH_LLM_MAX_RETRIES": "0",
            "COACH_LLM_CACHE_DIR": str(tmp_path / "cache"),
        }

        def run() -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "app.cli", "eval", str(cases), "--engine", "llm", "--concurrency", "1",
                 "--no-progress", "--json", str(tmp_path / "r.json")],
                capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
            )  # fmt: skip

        fake.script(*(answer(text=t) for t in drafts))
        first = run()
        assert first.returncode == 0, first.stderr
        assert len(fake.requests) == 2 and fake.pending == 0
        report = json.loads((tmp_path / "r.json").read_text())
        assert report["engine"] == "llm" and report["errors"] == 0

        fake.script()  # nothing scripted: any call would come back as a 500
        second = run()
        assert second.returncode == 0, second.stderr
        assert fake.requests == [], "a re-run must be answered from the disk cache"
