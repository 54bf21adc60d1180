"""A bounded load test against a real server on 127.0.0.1.

20,000 mixed requests (critique, coach, healthz, and invalid ones) at concurrency 64:
every answer has exactly the status its request calls for (so no transport errors and
no 5xx), and the server's RSS stays flat once warm. Takes about half a minute on two
cores; the whole run is capped at five minutes.
"""

from __future__ import annotations

import asyncio
import os
import random
import resource
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import httpx
import orjson
import pytest

from tests.conftest import start_server, stop_server

TOTAL = 20_000
CONCURRENCY = 64
WARMUP = 2_000  # requests before the memory baseline is taken
RSS_GROWTH_LIMIT_MIB = 30.0
TIME_LIMIT_S = 300.0

DRAFTS = [
    "Hi Mark! How are you? Anyway, I got laid off and was hoping you could get me an "
    "interview at Google. Let me know ASAP.",
    "Hey Priya, hope you're well! Could you refer me for the senior PM role at Figma?",
    "Hi Dana, congrats on the Series B! I'd love to hear how hiring is going. Separately, "
    "would you be open to a quick call about the data team?",
    "Dinner tonight?",
    "Dear Sir/Madam,\n\nI am writing to apply for any open position at [Company]. I will "
    "take anything at all.\n\nRegards,\nJo",
    "Hi Jo. I just finished my bootcamp and I am looking for my first role. I built three "
    "projects and I think my skills fit. I would love to chat.",
    "Loved your talk at PyCon on async testing. Would you be open to one question about it?",
    "Hi Sam, you owe me one for the Acme intro, so please refer me.",
    "Want an intro to my old team at Stripe? They're hiring PMs.",
    "I know it's been way too long, and that's on me. How are the kids? I saw your post "
    "about the garden and it made me smile.",
    "Please help!!! I need this job urgently. Can you pass along my resume today?",
    "Who are two people on the payments team you'd suggest I talk to? Happy to return the "
    "favour, and is there anything I can do for you?",
]
CHANNELS = ["email", "linkedin", "linkedin_note", "text", "other"]
CLOSENESS = ["close", "friend", "acquaintance", "weak_tie", "stranger"]


@dataclass(frozen=True, slots=True)
class Call:
    kind: str
    method: str
    path: str
    body: bytes | None
    expect: int


def _body(rng: random.Random, i: int) -> dict[str, object]:
    """A valid request; drafts, channels and dates vary so responses are not all alike."""
    body: dict[str, object] = {
        "message": {
            "text": f"{DRAFTS[i % len(DRAFTS)]} (ref {i})" if i % 3 else DRAFTS[i % len(DRAFTS)],
            "channel": CHANNELS[i % len(CHANNELS)],
        },
        "today": "2026-11-25",
        "engine": "rules",
    }
    if rng.random() < 0.6:
        body["relationship"] = {
            "closeness": rng.choice(CLOSENESS),
            "last_contact": f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "interactions": [
                {"date": "2024-03-01", "direction": rng.choice(["gave", "received", "neutral"])}
                for _ in range(rng.randint(0, 5))
            ],
        }
    if rng.random() < 0.4:
        body["recipient"] = {"name": "Sam", "notes": ["just launched the new search"]}
        body["sender"] = {"name": "Kim", "offers": ["intro to the design lead at Canva"]}
    return body


INVALID: list[tuple[str, str, bytes | None, int]] = [
    ("POST", "/v1/critique", b'{"message": {"text": "   "}}', 422),
    ("POST", "/v1/critique", b'{"message": {"text": "hi", "channel": "fax"}}', 422),
    ("POST", "/v1/coach", b'{"message": {"text": "hi"', 422),
    ("POST", "/v1/coach", b'{"message": {"text": "hi"}, "last_contacted": "2020-01-01"}', 422),
    (
        "POST",
        "/v1/critique",
        b'{"message": {"text": "hi"}, "today": "2026-11-25", '
        b'"relationship": {"last_contact": "2031-01-01"}}',
        422,
    ),
    ("POST", "/v1/critique", orjson.dumps({"message": {"text": "a" * 20_001}}), 413),
    ("GET", "/v1/critique", None, 405),
    ("GET", "/nope", None, 404),
]


def plan(seed: int = 20261125) -> list[Call]:
    rng = random.Random(seed)
    calls: list[Call] = []
    for i in range(TOTAL):
        x = rng.random()
        if x < 0.40:
            calls.append(Call("critique", "POST", "/v1/critique", orjson.dumps(_body(rng, i)), 200))
        elif x < 0.60:
            calls.append(Call("coach", "POST", "/v1/coach", orjson.dumps(_body(rng, i)), 200))
        elif x < 0.85:
            calls.append(Call("healthz", "GET", "/healthz", None, 200))
        else:
            method, path, body, expect = INVALID[i % len(INVALID)]
            calls.append(Call("invalid", method, path, body, expect))
    return calls


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Conn:
    """One keep-alive HTTP/1.1 connection. A few lines of asyncio instead of httpx: httpx
    spends about 2 ms of CPU a request here, so on two cores it, not the server, would be
    the bottleneck (measured: 317 req/s, server 35% busy)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, host: str, port: int) -> Conn:
        reader, writer = await asyncio.open_connection(host, port)
        return cls(reader, writer)

    async def request(self, method: str, path: str, body: bytes | None) -> tuple[int, bytes, bool]:
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        if body is not None:
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        self.writer.write(head.encode() + b"\r\n" + (body or b""))
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = dict(line.lower().split(": ", 1) for line in lines[1:] if line)
        data = await self.reader.readexactly(int(headers.get("content-length", "0")))
        return status, data, headers.get("connection") != "close"

    def close(self) -> None:
        self.writer.close()


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def _own_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_twenty_thousand_mixed_requests() -> None:
    proc, base = start_server()
    calls = plan()
    statuses: Counter[tuple[str, int]] = Counter()
    wrong: list[tuple[str, str, int, int, str]] = []
    transport: list[str] = []
    latency: dict[str, list[float]] = defaultdict(list)
    rss: list[tuple[int, float]] = []
    done = 0

    async def run() -> float:
        queue = iter(calls)
        host, port = base.removeprefix("http://").rsplit(":", 1)

        async def worker() -> None:
            nonlocal done
            conn: Conn | None = None
            for call in queue:
                t0 = time.perf_counter()
                try:
                    if conn is None:
                        conn = await Conn.open(host, int(port))
                    status, body, keep = await conn.request(call.method, call.path, call.body)
                except (OSError, asyncio.IncompleteReadError, ValueError) as e:
                    transport.append(f"{call.kind} {call.path}: {e!r}")
                    conn = None
                    continue
                if not keep:
                    conn.close()
                    conn = None
                latency[call.kind].append(time.perf_counter() - t0)
                statuses[(call.kind, status)] += 1
                if status != call.expect:
                    wrong.append((call.kind, call.path, call.expect, status, body[:200].decode()))
                elif status >= 400:  # API errors keep the one JSON shape
                    err = orjson.loads(body)["error"]
                    assert set(err) == {"code", "message", "details"}
                done += 1
                if done == WARMUP or done % 2_000 == 0:
                    rss.append((done, rss_mib(proc.pid)))
            if conn is not None:
                conn.close()

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        return time.perf_counter() - t0

    try:
        rss.append((0, rss_mib(proc.pid)))
        server_cpu0, client_cpu0 = cpu_seconds(proc.pid), _own_cpu()
        elapsed = asyncio.run(asyncio.wait_for(run(), TIME_LIMIT_S))
        rss.append((done, rss_mib(proc.pid)))
        server_cpu = cpu_seconds(proc.pid) - server_cpu0
        client_cpu = _own_cpu() - client_cpu0
        assert proc.poll() is None, "the server died under load"
        assert httpx.get(f"{base}/healthz", timeout=10).status_code == 200
    finally:
        stop_server(proc)

    lat = {
        k: (statistics.median(v) * 1000, sorted(v)[int(len(v) * 0.99)] * 1000)
        for k, v in latency.items()
    }
    warm = next(m for n, m in rss if n >= WARMUP)
    growth = max(m for n, m in rss if n >= WARMUP) - warm
    print(
        f"\n{done} requests in {elapsed:.1f} s ({done / elapsed:.0f}/s) at concurrency "
        f"{CONCURRENCY}; "
        + ", ".join(f"{k} p50 {a:.1f} ms p99 {b:.1f} ms" for k, (a, b) in lat.items())
    )
    print(f"CPU: server {server_cpu:.1f} s, load generator {client_cpu:.1f} s")
    print("statuses:", dict(sorted(statuses.items())))
    print(
        "server RSS MiB:",
        ", ".join(f"{n}: {m:.1f}" for n, m in rss),
        f"(growth after warm-up {growth:+.1f})",
    )

    assert not transport, transport[:5]
    assert not wrong, wrong[:5]
    assert done == TOTAL
    assert not any(s >= 500 for _, s in statuses)
    assert growth < RSS_GROWTH_LIMIT_MIB, rss
