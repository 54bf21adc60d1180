"""HTTP throughput and latency: POST /v1/critique against GET /healthz on the same server,
same connections, same concurrency; prints requests/second, p50/p99 and the ratio.

    .venv/bin/python bench/http.py                        # starts `coach serve` itself
    .venv/bin/python bench/http.py --workers 2            # ... with two worker processes
    .venv/bin/python bench/http.py --url http://127.0.0.1:8000   # an already running server
    .venv/bin/python bench/http.py --client httpx         # no wrk: a Python load generator

The load generator is `wrk` when it is installed (``apt-get install wrk``): it is written
in C, so on a small machine it measures the server rather than itself. The fallback is
an httpx AsyncClient with a fixed pool (one connection per concurrent request); it needs
a core of its own and is itself the bottleneck for fast endpoints such as /healthz, which
flatters the ratio. Critique bodies rotate through the eval cases (or built-in drafts),
so the numbers are not those of one cached draft. Only loopback URLs are accepted.

Target: critique throughput >= 60% of healthz.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# This file is called http.py, and a script's folder is put first on sys.path, where it
# would shadow the standard library's `http` package (httpx, asyncio streams...).
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse  # noqa: E402
import asyncio  # noqa: E402
import contextlib  # noqa: E402
import importlib.util  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import socket  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402
from typing import Any  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

import orjson  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_critique", HERE / "critique.py")
assert _spec is not None and _spec.loader is not None
_bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_critique"] = _bench  # so its functions can be pickled (parallel_capacity)
_spec.loader.exec_module(_bench)
BUILTIN, TODAY, machine, print_machine = (
    _bench.BUILTIN,
    _bench.TODAY,
    _bench.machine,
    _bench.print_machine,
)

TARGET_RATIO = 0.60
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


@dataclass
class Result:
    endpoint: str
    requests: int
    errors: int
    non_2xx: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float


# ------------------------------------------------------------------ request bodies


def critique_bodies(cases: Path, limit: int) -> list[bytes]:
    """Request bodies for POST /v1/critique: eval cases, else the built-in drafts."""
    out: list[bytes] = []
    if cases.exists():
        for line in cases.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                req = orjson.loads(line)["request"]
            except (orjson.JSONDecodeError, KeyError, TypeError):
                continue
            if isinstance(req, dict):
                req.setdefault("today", TODAY)
                req["engine"] = "rules"
                out.append(orjson.dumps(req))
            if len(out) >= limit:
                break
    if not out:
        out = [orjson.dumps({"today": TODAY, "engine": "rules", **b}) for b in BUILTIN]
    return out


# ------------------------------------------------------------------ the server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    workers: int, log_level: str, loop: str, stub_engine: bool = False
) -> tuple[subprocess.Popen[bytes], str]:
    import httpx

    port = free_port()
    env = {**os.environ, "COACH_DEFAULT_ENGINE": "rules", "COACH_LOG_LEVEL": log_level}
    for k in ("COACH_LLM_BASE_URL", "COACH_LLM_MODEL", "OPENAI_API_KEY", "COACH_LLM_API_KEY"):
        env.pop(k, None)
    if stub_engine:  # the same app and server settings, the engine replaced by a constant
        cmd = [sys.executable, str(HERE / "stub_engine_server.py"), str(port)]
    elif loop == "default":  # exactly what `coach serve` runs
        cmd = [sys.executable, "-m", "app.cli", "serve"]
    else:  # `coach serve` has no --loop; uvicorn's own CLI, otherwise the same app
        cmd = [sys.executable, "-m", "uvicorn", "app.main:app", "--loop", loop]
        cmd += ["--no-access-log", "--timeout-graceful-shutdown", "10"]
    if not stub_engine:
        cmd += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    # Logs go to /dev/null: a pipe nobody reads would block the server once it fills.
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited early with code {proc.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not become healthy within 30 s")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


# ------------------------------------------------------------------ wrk

_LUA = """
local bodies = {%s}
local i = 0
request = function()
  i = i %% #bodies + 1
  return wrk.format("POST", "/v1/critique", {["Content-Type"] = "application/json"}, bodies[i])
end
"""


def _lua_string(b: bytes) -> str:
    # A Lua long string cannot contain its own closing bracket; pick a level that is free.
    s = b.decode()
    level = 0
    while f"]{'=' * level}]" in s:
        level += 1
    eq = "=" * level
    return f"[{eq}[{s}]{eq}]"


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def run_wrk(url: str, path: str, args: argparse.Namespace, script: Path | None) -> Result:
    cmd = ["wrk", f"-t{args.threads}", f"-c{args.concurrency}", f"-d{args.duration}s"]
    cmd += ["--latency", "--timeout", "10s"]
    if script is not None:
        cmd += ["-s", str(script)]
    cmd.append(url + path)
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=args.duration + 60).stdout
    total = re.search(r"(\d+) requests in ([\d.]+)(\w+)", out)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"50%\s+([\d.]+)(\w+)", out)
    p99 = re.search(r"99%\s+([\d.]+)(\w+)", out)
    if not (total and rps and p50 and p99):
        raise SystemExit(f"could not read wrk's output:\n{out}")
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return Result(
        endpoint=path,
        requests=int(total.group(1)),
        errors=sum(int(g) for g in sock.groups()) if sock else 0,
        non_2xx=int(non2xx.group(1)) if non2xx else 0,
        seconds=_ms(total.group(2), total.group(3)) / 1000,
        rps=float(rps.group(1)),
        p50_ms=_ms(p50.group(1), p50.group(2)),
        p99_ms=_ms(p99.group(1), p99.group(2)),
    )


# ------------------------------------------------------------------ httpx


async def _httpx_run(url: str, path: str, args: argparse.Namespace, bodies: list[bytes]) -> Result:
    import httpx

    limits = httpx.Limits(
        max_connections=args.concurrency, max_keepalive_connections=args.concurrency
    )
    lat: list[float] = []
    errors = non2xx = 0
    headers = {"content-type": "application/json"}
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=10) as client:

        async def worker(k: int, until: float, record: bool) -> None:
            nonlocal errors, non2xx
            i = k
            while time.perf_counter() < until:
                t0 = time.perf_counter()
                try:
                    if bodies:
                        r = await client.post(
                            path, content=bodies[i % len(bodies)], headers=headers
                        )
                    else:
                        r = await client.get(path)
                except httpx.HTTPError:
                    errors += record
                    continue
                i += args.concurrency
                if record:
                    lat.append(time.perf_counter() - t0)
                    non2xx += not (200 <= r.status_code < 400)

        warm = time.perf_counter() + min(2.0, args.duration / 4)
        await asyncio.gather(*(worker(k, warm, False) for k in range(args.concurrency)))
        t0 = time.perf_counter()
        until = t0 + args.duration
        await asyncio.gather(*(worker(k, until, True) for k in range(args.concurrency)))
        elapsed = time.perf_counter() - t0
    lat.sort()
    return Result(
        endpoint=path,
        requests=len(lat),
        errors=errors,
        non_2xx=non2xx,
        seconds=elapsed,
        rps=len(lat) / elapsed,
        p50_ms=statistics.median(lat) * 1000 if lat else 0.0,
        p99_ms=lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000 if lat else 0.0,
    )


# ------------------------------------------------------------------ main


def check_loopback(url: str) -> None:
    host = urlsplit(url).hostname or ""
    if host not in LOOPBACK and not host.startswith("127."):
        raise SystemExit(f"refusing to load {host!r}: only loopback addresses are allowed")


def server_rss_kib(pid: int) -> int:
    """RSS of the server and its children (uvicorn workers), in KiB."""
    total = 0
    pids = [pid]
    with contextlib.suppress(OSError):
        pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--url", help="a running server (loopback only); default: start one")
    p.add_argument("--workers", type=int, default=1, help="uvicorn workers for the started server")
    p.add_argument(
        "--log-level",
        default="info",
        help="COACH_LOG_LEVEL for the started server (info = one access log line a request)",
    )
    p.add_argument(
        "--loop",
        choices=["default", "uvloop", "asyncio"],
        default="default",
        help="event loop of the started server (default: whatever `coach serve` picks)",
    )
    p.add_argument(
        "--stub-engine",
        action="store_true",
        help="replace the rules engine by a constant answer: the framework's ceiling",
    )
    p.add_argument("--client", choices=["auto", "wrk", "httpx"], default="auto")
    p.add_argument("--concurrency", type=int, default=64, help="open connections (default 64)")
    p.add_argument("--threads", type=int, default=1, help="wrk threads (default 1)")
    p.add_argument("--duration", type=int, default=10, help="seconds per endpoint per round")
    p.add_argument("--rounds", type=int, default=2, help="alternate healthz/critique this often")
    p.add_argument("--cases", type=Path, default=ROOT / "evals" / "cases.jsonl")
    p.add_argument("--bodies", type=int, default=200, help="distinct critique bodies to rotate")
    p.add_argument("--json", dest="json_out", type=Path, help="write the figures here too")
    args = p.parse_args(argv)

    client = args.client
    if client == "auto":
        client = "wrk" if shutil.which("wrk") else "httpx"
    if client == "wrk" and not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (apt-get install wrk), or use --client httpx")

    info = machine()
    info["parallel_capacity"] = _bench.parallel_capacity()
    print_machine(info)
    bodies = critique_bodies(args.cases, args.bodies)
    proc = None
    if args.url:
        url = args.url.rstrip("/")
        check_loopback(url)
        where = url
    else:
        proc, url = start_server(args.workers, args.log_level, args.loop, args.stub_engine)
        how = "coach serve" if args.loop == "default" else f"uvicorn --loop {args.loop}"
        where = f"{url} ({how}, {args.workers} worker(s), log level {args.log_level})"
    print(
        f"server: {where}\nclient: {client}, {args.concurrency} connections"
        + (f", {args.threads} thread(s)" if client == "wrk" else "")
        + f", {args.duration}s x {args.rounds} round(s) per endpoint; "
        f"{len(bodies)} distinct critique bodies\n"
    )

    results: dict[str, list[Result]] = {"/healthz": [], "/v1/critique": []}
    rss: list[int] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "critique.lua"
            script.write_text(_LUA % ", ".join(_lua_string(b) for b in bodies))

            def one(path: str) -> Result:
                if client == "wrk":
                    return run_wrk(url, path, args, script if path != "/healthz" else None)
                return asyncio.run(
                    _httpx_run(url, path, args, bodies if path != "/healthz" else [])
                )

            # Warm up both routes (imports, caches, connection setup) before measuring.
            if client == "wrk":
                warm = argparse.Namespace(**{**vars(args), "duration": 2})
                for path in results:
                    run_wrk(url, path, warm, script if path != "/healthz" else None)
            if proc is not None:
                rss.append(server_rss_kib(proc.pid))
            for _ in range(args.rounds):
                for path in results:
                    r = one(path)
                    results[path].append(r)
                    print(
                        f"  {path:13} {r.rps:9.0f} req/s  p50 {r.p50_ms:7.2f} ms  "
                        f"p99 {r.p99_ms:7.2f} ms  ({r.requests} requests, "
                        f"{r.errors} errors, {r.non_2xx} non-2xx)"
                    )
            if proc is not None:
                rss.append(server_rss_kib(proc.pid))
    finally:
        if proc is not None:
            stop_server(proc)

    def agg(rs: list[Result]) -> dict[str, float]:
        return {
            "rps": statistics.fmean(r.rps for r in rs),
            "p50_ms": statistics.median(r.p50_ms for r in rs),
            "p99_ms": max(r.p99_ms for r in rs),
            "errors": sum(r.errors for r in rs),
            "non_2xx": sum(r.non_2xx for r in rs),
        }

    h, c = agg(results["/healthz"]), agg(results["/v1/critique"])
    ratio = c["rps"] / h["rps"] if h["rps"] else 0.0
    print(f"\n{'':14} {'req/s':>9} {'p50':>10} {'p99':>10}  errors")
    for name, a in (("GET /healthz", h), ("POST critique", c)):
        print(
            f"{name:14} {a['rps']:9.0f} {a['p50_ms']:8.2f}ms {a['p99_ms']:8.2f}ms  "
            f"{a['errors']:.0f} + {a['non_2xx']:.0f} non-2xx"
        )
    if rss:
        print(f"server RSS: {rss[0] / 1024:.1f} MiB before, {rss[-1] / 1024:.1f} MiB after")
    verdict = "met" if ratio >= TARGET_RATIO else "MISSED"
    print(
        f"critique/healthz throughput: {ratio:.0%} (target >= {TARGET_RATIO:.0%}: {verdict}); "
        f"server time per critique ~{1000 / c['rps']:.2f} ms vs ~{1000 / h['rps']:.2f} ms "
        "per healthz at saturation"
    )
    if args.json_out:
        out: dict[str, Any] = {
            "machine": info,
            "client": client,
            "workers": args.workers,
            "loop": args.loop,
            "log_level": args.log_level,
            "concurrency": args.concurrency,
            "healthz": h,
            "critique": c,
            "ratio": ratio,
            "runs": {k: [asdict(r) for r in v] for k, v in results.items()},
            "server_rss_kib": rss,
        }
        args.json_out.write_bytes(orjson.dumps(out, option=orjson.OPT_INDENT_2))
    failed = h["errors"] + c["errors"] + h["non_2xx"] + c["non_2xx"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
