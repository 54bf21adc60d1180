"""All configuration, in one place.

Settings are read from the environment (prefix ``COACH_``) once, by whoever builds
the app or the CLI, and then passed in. Nothing else in the code base reads
``os.environ``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent

Engine = Literal["rules", "llm", "auto"]


class Settings(BaseSettings):
    """Service settings. Every field can be set as ``COACH_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="COACH_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = Field(
        1, ge=1, le=64, description="Server processes; each listens on its own SO_REUSEPORT socket."
    )
    max_chars: int = Field(20_000, ge=1, description="Longest draft accepted (413 above).")
    max_body_bytes: int = Field(
        256_000, ge=1024, description="Largest request body accepted (413 above)."
    )
    max_interactions: int = Field(1_000, ge=1)
    prompts_dir: Path = ROOT / "prompts"
    log_level: str = "info"
    api_keys: list[str] = Field(
        default_factory=list, description="If set, /v1/* requires one of these."
    )

    database_url: str = Field(
        "sqlite:///.data/coach.db",
        description="Where contacts and their history are kept (relationship memory). The "
        "default SQLite file is created on first use; PostgreSQL works by URL "
        "(postgresql+psycopg://user:pass@host/db).",
    )
    reconnect_limit: int = Field(10, ge=1, le=100, description="Default length of /v1/reconnect.")

    default_engine: Engine = "auto"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = Field(
        None, validation_alias=AliasChoices("COACH_LLM_API_KEY", "OPENAI_API_KEY")
    )
    llm_timeout: float = Field(30.0, gt=0, description="Seconds per LLM HTTP call.")
    llm_deadline: float = Field(60.0, gt=0, description="Seconds for all LLM work per request.")
    llm_max_retries: int = Field(2, ge=0)
    llm_max_tokens: int = Field(1200, ge=64)
    llm_temperature: float = 0.2
    llm_cache_size: int = Field(512, ge=0)
    llm_cache_dir: Path | None = None
    llm_json_mode: Literal["auto", "json_schema", "json_object"] = Field(
        "auto",
        description="Structured-output request: auto tries json_schema and falls back to "
        "json_object when the server refuses it (llama.cpp).",
    )

    @property
    def llm_configured(self) -> bool:
        """An LLM is usable when we know where it is and which model to ask."""
        return bool(self.llm_model and (self.llm_base_url or self.llm_api_key))
