"""The ASGI app: ``create_app(settings)`` for tests and embedding; ``app`` for uvicorn."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import __version__
from app.api import errors
from app.api.contacts import router as contacts_router
from app.api.middleware import ApiKeys, BodyLimit, RequestContext
from app.api.routes import router
from app.config import Settings
from app.logs import configure
from app.memory.service import Memory
from app.service import CoachService, LLMEngine


def build_llm(settings: Settings) -> LLMEngine | None:
    """The LLM engine when one is configured (imported lazily: the rules path needs no SDK)."""
    if not settings.llm_configured:
        return None
    try:
        from app.llm.engine import OpenAIEngine
    except ImportError:  # the LLM package is optional until it exists
        return None
    engine: LLMEngine = OpenAIEngine(settings)
    return engine


def create_app(settings: Settings | None = None, llm: LLMEngine | None = None) -> FastAPI:
    settings = settings or Settings()
    configure(settings.log_level)
    service = CoachService(settings, llm if llm is not None else build_llm(settings))
    memory = Memory(settings)  # the contacts store opens (and migrates) on first use

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        await service.aclose()
        memory.close()

    app = FastAPI(
        title="Outreach Coach",
        version=__version__,
        summary="Critique a networking message and rewrite it to give before it asks.",
        lifespan=lifespan,
    )
    app.state.service = service
    app.state.memory = memory
    errors.install(app)
    app.include_router(router)
    app.include_router(contacts_router)
    try:
        from app.web.contacts import router as contacts_pages
        from app.web.routes import mount as mount_web
    except ImportError:
        pass
    else:
        app.include_router(contacts_pages)
        mount_web(app)
    app.add_middleware(ApiKeys, keys=settings.api_keys)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestContext)
    return app


app = create_app()
