"""Run a real OpenAI-compatible LLM server (llama-cpp-python + SmolLM2-135M) for tests.

Standard library only, so it can be imported from any test or script::

    from tests.support.llama_server import MODEL_ALIAS, find_model, run_llama_server

    with run_llama_server(find_model()) as base_url:   # "http://127.0.0.1:PORT/v1"
        client = AsyncOpenAI(base_url=base_url, api_key="unused", max_retries=0)
        await client.chat.completions.create(model=MODEL_ALIAS, ...)

Prepare the venv and the model first with ``scripts/llm-server-setup.sh``.

The server handles one request at a time (requests queue), and a non-streaming request
keeps running even when its client gives up. ``response_format`` must be
``{"type": "json_object", "schema": {...}}``; ``{"type": "json_schema", ...}`` is
rejected with HTTP 500 (which the openai SDK retries by default).

Run ``python tests/support/llama_server.py`` to start one by hand until Ctrl-C.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV_PYTHON = ROOT / ".venv-llm" / "bin" / "python"
MODELS_DIR = ROOT / ".cache" / "models"
MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_ALIAS = "smollm2-135m-instruct"
"""Name the server lists in /v1/models and echoes back. It accepts any ``model`` value."""

SETUP_HINT = "run scripts/llm-server-setup.sh first"
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class LlamaServerError(RuntimeError):
    """The server could not be started or did not become ready."""


def find_model(models_dir: Path | None = None) -> Path:
    """Return the SmolLM2 GGUF under ``.cache/models`` (or any GGUF there, as a fallback)."""
    directory = models_dir or MODELS_DIR
    preferred = directory / MODEL_FILE
    if preferred.is_file():
        return preferred
    found = sorted(directory.glob("*.gguf")) if directory.is_dir() else []
    if found:
        return found[0]
    raise FileNotFoundError(f"no .gguf model in {directory}: {SETUP_HINT}")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def default_threads() -> int:
    """All CPUs this process may use (2 on the project's machines)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _tail(path: Path, max_bytes: int = 4000) -> str:
    try:
        with path.open("rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - max_bytes))
            data = f.read()
    except OSError:
        return "<no server log>"
    return data.decode("utf-8", "replace").strip() or "<empty server log>"


def _models_ready(base_url: str, alias: str) -> bool:
    try:
        with _NO_PROXY.open(f"{base_url}/models", timeout=2.0) as resp:
            if resp.status != 200:
                return False
            body = json.loads(resp.read())
    except (OSError, urllib.error.URLError, ValueError):
        return False
    ids = {m.get("id") for m in body.get("data", []) if isinstance(m, dict)}
    return alias in ids


def _stop(proc: subprocess.Popen[bytes], grace: float = 10.0) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=grace)


def server_command(
    model_path: Path | str,
    port: int,
    ctx: int = 2048,
    *,
    alias: str = MODEL_ALIAS,
    n_threads: int | None = None,
    python: Path | str | None = None,
    extra_args: Sequence[str] = (),
) -> list[str]:
    """The command line that :func:`run_llama_server` runs."""
    threads = str(n_threads or default_threads())
    return [
        str(python or VENV_PYTHON),
        "-m",
        "llama_cpp.server",
        "--model",
        str(model_path),
        "--model_alias",
        alias,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(ctx),
        "--n_threads",
        threads,
        "--n_threads_batch",
        threads,
        *extra_args,
    ]


@contextlib.contextmanager
def run_llama_server(
    model_path: Path | str,
    port: int | None = None,
    ctx: int = 2048,
    *,
    alias: str = MODEL_ALIAS,
    n_threads: int | None = None,
    timeout: float = 120.0,
    python: Path | str | None = None,
    log_path: Path | None = None,
    extra_args: Sequence[str] = (),
) -> Iterator[str]:
    """Start ``llama_cpp.server`` on 127.0.0.1 and yield its base URL (``http://...:PORT/v1``).

    Waits until ``/v1/models`` answers (at most ``timeout`` seconds), and stops the server
    on exit (SIGTERM, then SIGKILL after 10 s). The server's output goes to ``log_path``
    (a temporary file by default); its tail is in any :class:`LlamaServerError`.
    With ``port=None`` a free port is picked, and picked again if it was taken meanwhile.
    """
    interpreter = Path(python or VENV_PYTHON)
    if not interpreter.exists():
        raise LlamaServerError(f"{interpreter} not found: {SETUP_HINT}")
    model = Path(model_path)
    if not model.is_file():
        raise LlamaServerError(f"model {model} not found: {SETUP_HINT}")

    with contextlib.ExitStack() as stack:
        if log_path is None:
            tmpdir = stack.enter_context(tempfile.TemporaryDirectory(prefix="llama-server-"))
            log_path = Path(tmpdir) / "server.log"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        attempts = 3 if port is None else 1
        for attempt in range(1, attempts + 1):
            chosen = port or free_port()
            cmd = server_command(
                model,
                chosen,
                ctx,
                alias=alias,
                n_threads=n_threads,
                python=interpreter,
                extra_args=extra_args,
            )
            base_url = f"http://127.0.0.1:{chosen}/v1"
            # A file, not a pipe: the verbose server writes a lot (timings, every grammar)
            # and would block on a full pipe nobody reads.
            with log_path.open("ab") as log:
                proc = subprocess.Popen(
                    cmd,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    env=env,
                    cwd=ROOT,
                )
            try:
                deadline = time.monotonic() + timeout
                while True:
                    if _models_ready(base_url, alias):
                        break
                    code = proc.poll()
                    if code is not None:
                        tail = _tail(log_path)
                        if attempt < attempts and "address already in use" in tail.lower():
                            break
                        raise LlamaServerError(
                            f"llama server exited with code {code} before it was ready\n"
                            f"command: {' '.join(cmd)}\n--- server log tail ---\n{tail}"
                        )
                    if time.monotonic() > deadline:
                        raise LlamaServerError(
                            f"llama server not ready after {timeout:.0f}s\n"
                            f"command: {' '.join(cmd)}\n--- server log tail ---\n{_tail(log_path)}"
                        )
                    time.sleep(0.1)
            except BaseException:
                _stop(proc)
                raise
            if proc.poll() is not None:  # lost the port race: try another port
                continue
            try:
                yield base_url
            finally:
                _stop(proc)
            return
        raise LlamaServerError(f"could not bind a free port\n{_tail(log_path)}")


def main() -> None:
    """Start a server by hand: ``python tests/support/llama_server.py``."""
    model = find_model()
    with run_llama_server(model) as url:
        print(f"llama server ready at {url} (model {MODEL_ALIAS!r}, {model}); Ctrl-C stops it")
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)


if __name__ == "__main__":
    main()
