"""The Jinja2 environment for everything under ``prompts/``: StrictUndefined, so a
missing variable is an error at render time instead of a silently empty sentence."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import jinja2


@lru_cache(maxsize=8)
def environment(prompts_dir: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(prompts_dir)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain text for people and models, never HTML
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def template_hash(env: jinja2.Environment, *names: str) -> str:
    """A short version id for templates: a hash of their source."""
    h = hashlib.sha256()
    for name in names:
        assert env.loader is not None
        source, _, _ = env.loader.get_source(env, name)
        h.update(source.encode())
    return h.hexdigest()[:12]
