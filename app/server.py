"""Run the API under uvicorn: what ``coach serve``, ``make run`` and the Docker image start.

One worker goes through ``uvicorn.run``. Several workers go through uvicorn's
``Multiprocess`` supervisor (restarts, graceful shutdown) with two fixes to how it
listens, both measured in bench/README.md:

- **TCP_NODELAY.** uvicorn's ``Config.bind_socket`` leaves the socket's protocol at 0;
  accepted connections inherit it, and asyncio only turns Nagle's algorithm off on
  sockets that say ``IPPROTO_TCP``. With Nagle on, every keep-alive request after the
  first waited ~43 ms for the client's delayed ACK (uvicorn issue #3149).
- **Balance.** Workers sharing one listening socket race to accept, and asyncio accepts
  up to a backlog's worth per wake-up: a client opening 64 connections at once had all
  64 served by one worker. Each worker now listens on its own ``SO_REUSEPORT`` socket
  on the same address, and the kernel spreads connections across them.
"""

from __future__ import annotations

import logging
import socket
import sys
from typing import Any

import uvicorn
from uvicorn.supervisors import Multiprocess

from app.logs import configure

log = logging.getLogger("uvicorn.error")

APP = "app.main:app"
STARTUP_FAILURE = 3


def listen_socket(host: str, port: int, reuse_port: bool = False) -> socket.socket:
    """A bound TCP socket whose accepted connections get TCP_NODELAY from asyncio."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


class WorkerSocket(socket.socket):
    """The supervisor's socket; each worker process that receives it gets its own.

    ``Multiprocess`` pickles the parent's sockets into every worker it spawns. This
    one pickles as "bind a new SO_REUSEPORT socket to the same address", so every
    worker has a listener of its own. The parent's copy is bound, never listening: it
    holds the port and makes a busy port fail at start-up, in the parent.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        host, port = self.getsockname()[:2]
        return (listen_socket, (host, port, True))


def _worker_socket(host: str, port: int) -> socket.socket:
    # First claim the port without SO_REUSEPORT: a port that is taken, even by another
    # `coach serve --workers N` (whose sockets would happily share it), fails here.
    with listen_socket(host, port) as probe:
        port = probe.getsockname()[1]
    plain = listen_socket(host, port, reuse_port=True)
    sock = WorkerSocket(plain.family, plain.type, plain.proto, fileno=plain.detach())
    return sock


# Only Linux spreads the connections of one port across SO_REUSEPORT listeners; elsewhere
# the workers share one socket, as uvicorn does (with TCP_NODELAY fixed all the same).
_SPREAD = sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


class _Config(uvicorn.Config):
    def bind_socket(self) -> socket.socket:
        try:
            if self.workers > 1 and _SPREAD:
                sock = _worker_socket(self.host, self.port)
            else:
                sock = listen_socket(self.host, self.port)
        except OSError as exc:
            log.error(exc)
            sys.exit(STARTUP_FAILURE)
        host, port = sock.getsockname()[:2]
        log.info("Uvicorn running on http://%s:%d (Press CTRL+C to quit)", host, port)
        return sock


def serve(host: str, port: int, workers: int = 1, log_level: str = "info") -> None:
    """Serve until SIGINT/SIGTERM; in-flight requests get 10 s to finish."""
    configure(log_level)  # the supervisor's own lines (workers log through create_app)
    config = _Config(
        APP,
        host=host,
        port=port,
        workers=workers,
        # The stdlib loop: under saturation uvloop let critique p99 reach ~2 s here,
        # against ~150 ms with asyncio at the same throughput (bench/README.md).
        loop="asyncio",
        log_config=None,
        timeout_graceful_shutdown=10,
    )
    if config.workers > 1:
        Multiprocess(config, sockets=[config.bind_socket()]).run()
        return
    config.load_app()
    server = uvicorn.Server(config)
    server.run()
    if not server.started:
        sys.exit(STARTUP_FAILURE)
