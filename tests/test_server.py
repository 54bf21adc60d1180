"""How `coach serve` listens: Nagle off on every connection, and every worker used."""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

from app.server import listen_socket
from tests.conftest import ROOT, start_server


async def _nodelay_of_accepted(sock: socket.socket) -> int:
    seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    async def handle(_: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted = writer.get_extra_info("socket")
        seen.set_result(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        writer.close()

    server = await asyncio.start_server(handle, sock=sock)
    port = sock.getsockname()[1]
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    value = await asyncio.wait_for(seen, 5)
    writer.close()
    server.close()
    await server.wait_closed()
    return value


def test_listening_socket_gives_connections_tcp_nodelay() -> None:
    """Without it a keep-alive response waits ~40 ms on the client's delayed ACK."""
    for reuse_port in (False, True):
        sock = listen_socket("127.0.0.1", 0, reuse_port=reuse_port)
        assert sock.proto == socket.IPPROTO_TCP
        assert asyncio.run(_nodelay_of_accepted(sock)) != 0


def _burst_of_connections(base: str, n: int) -> list[str]:
    """Open ``n`` connections at once, as a client pool does, then send one GET on each;
    return the X-Request-ID of each answer."""
    host, port = base.removeprefix("http://").split(":")
    conns = [socket.create_connection((host, int(port)), timeout=10) for _ in range(n)]
    ids = []
    try:
        for c in conns:
            c.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        for c in conns:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = c.recv(4096)
                assert chunk, "connection closed"
                head += chunk
            assert head.startswith(b"HTTP/1.1 200")
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"x-request-id:"):
                    ids.append(line.split(b":", 1)[1].strip().decode())
    finally:
        for c in conns:
            c.close()
    return ids


def _listeners(port: int) -> int:
    """Sockets in LISTEN state on ``port`` (Linux: /proc/net/tcp)."""
    rows = Path("/proc/net/tcp").read_text().splitlines()[1:]
    return sum(1 for r in rows if r.split()[1].endswith(f":{port:04X}") and r.split()[3] == "0A")


def _wait_for_workers(base: str, n: int) -> None:
    """Until ``n`` workers have answered (the first answers before the others listen)."""
    seen: set[str] = set()
    deadline = time.monotonic() + 30
    while len(seen) < n:
        assert time.monotonic() < deadline, f"only {len(seen)} worker(s) answered"
        seen.update(i[:8] for i in _burst_of_connections(base, 4))
        time.sleep(0.1)


def test_two_workers_share_connections_and_stop_together() -> None:
    """Request ids start with a per-process prefix. A burst of 64 connections, opened
    before any request is sent as a client pool does, is spread over both workers. With
    one shared listening socket the first worker to wake accepted 63 or 64 of them."""
    proc, base = start_server(workers=2)
    try:
        _wait_for_workers(base, 2)
        assert _listeners(int(base.rsplit(":", 1)[1])) == 2  # one socket per worker
        ids = _burst_of_connections(base, 64)
        per_worker = Counter(i[:8] for i in ids)
        assert len(ids) == 64 and len(per_worker) == 2, per_worker
        # The kernel hashes each connection to a worker: 16-48 seen here, never < 6.
        assert min(per_worker.values()) >= 6, per_worker
        # Keep-alive works across many requests on one connection, on either worker.
        with httpx.Client() as client:
            for _ in range(20):
                assert client.get(f"{base}/healthz").status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) in (0, -signal.SIGTERM)


def _assert_refused(port: int, workers: int) -> None:
    """`coach serve` on ``port`` exits with an error saying the address is in use."""
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--workers", str(workers)],
        cwd=ROOT,
        capture_output=True,
        timeout=30,
    )
    assert done.returncode != 0
    assert b"in use" in done.stderr.lower(), done.stderr[-500:]


def test_a_second_multi_worker_server_cannot_share_the_port() -> None:
    """SO_REUSEPORT would let two deployments split one port's traffic: the second fails."""
    proc, base = start_server(workers=2)
    try:
        _assert_refused(int(base.rsplit(":", 1)[1]), workers=2)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)


def test_a_busy_port_fails_at_start_up() -> None:
    """The supervisor binds before spawning workers, so a taken port is one clear error."""
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        for workers in (1, 2):
            _assert_refused(port, workers)
    finally:
        taken.close()
