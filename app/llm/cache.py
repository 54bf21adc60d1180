"""Answers already paid for: an in-memory LRU, optionally backed by JSON files on disk.

The key covers everything the answer depends on: the request (minus the engine
choice, and with "today" resolved so a cached gap never goes stale), the model, the
prompt version (a hash of the templates), the digest of the rendered prompt (which
carries the rules engine's verdict and findings, so a change to the rules misses
too) and the generation settings. Nothing ever needs invalidating by hand. The disk
layer is for batch runs (evals, benchmarks): one ``<sha256>.json`` per answer,
written atomically so a crash cannot leave half a file behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from collections import OrderedDict
from pathlib import Path

from pydantic import ValidationError

from app.models import CoachRequest, CoachResponse

log = logging.getLogger("app.llm")


def cache_key(
    req: CoachRequest,
    *,
    model: str,
    prompt_version: str,
    prompt_digest: str,
    json_mode: str,
    temperature: float,
    max_tokens: int,
) -> str:
    """sha256 over a canonical JSON rendering of everything the answer depends on."""
    material = {
        "request": req.model_dump(mode="json", exclude={"engine"}),
        "today": req.reference_date().isoformat(),
        "model": model,
        "prompt_version": prompt_version,
        "prompt_digest": prompt_digest,
        "json_mode": json_mode,
        "temperature": temperature,
        "max_tokens": max_tokens,
    }
    blob = json.dumps(material, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


class ResponseCache:
    """LRU of ``size`` entries (0 disables it) in front of an optional directory."""

    def __init__(self, size: int, directory: Path | None = None) -> None:
        self.size = size
        self.directory = directory
        self._mem: OrderedDict[str, str] = OrderedDict()
        if directory is not None:
            try:
                directory.mkdir(parents=True, exist_ok=True)
            except OSError as e:  # a cache is an optimisation: run without it
                log.warning(
                    "llm disk cache disabled",
                    extra={"fields": {"path": str(directory), "err": str(e)}},
                )
                self.directory = None

    def get(self, key: str) -> CoachResponse | None:
        raw = self._mem.get(key)
        if raw is not None:
            self._mem.move_to_end(key)
        elif self.directory is not None:
            raw = self._read(self.directory / f"{key}.json")
            if raw is not None:
                self._remember(key, raw)
        if raw is None:
            return None
        try:
            return CoachResponse.model_validate_json(raw)
        except ValidationError:  # written by an older version of the models
            self._mem.pop(key, None)
            return None

    def put(self, key: str, response: CoachResponse) -> None:
        raw = response.model_dump_json()
        self._remember(key, raw)
        if self.directory is not None:
            self._write(self.directory / f"{key}.json", raw)

    def __len__(self) -> int:
        return len(self._mem)

    def _remember(self, key: str, raw: str) -> None:
        if self.size <= 0:
            return
        self._mem[key] = raw
        self._mem.move_to_end(key)
        while len(self._mem) > self.size:
            self._mem.popitem(last=False)

    @staticmethod
    def _read(path: Path) -> str | None:
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as e:
            log.warning(
                "llm cache read failed", extra={"fields": {"path": str(path), "err": str(e)}}
            )
            return None

    @staticmethod
    def _write(path: Path, raw: str) -> None:
        """Write-then-rename, so readers see the old file or the new one, never half."""
        tmp: str | None = None
        try:
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(raw)
            os.replace(tmp, path)
        except OSError as e:
            log.warning(
                "llm cache write failed", extra={"fields": {"path": str(path), "err": str(e)}}
            )
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
