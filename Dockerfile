# Outreach Coach: the same `coach serve` that `make run` starts, as a non-root user.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    COACH_HOST=0.0.0.0 \
    COACH_PORT=8000

WORKDIR /srv/coach

RUN groupadd --system --gid 10001 coach \
    && useradd --system --uid 10001 --gid coach --home-dir /srv/coach coach \
    && mkdir -p /srv/coach/.data && chown coach:coach /srv/coach/.data

COPY pyproject.toml README.md ./
COPY app ./app
COPY prompts ./prompts
RUN pip install --no-cache-dir . \
    && COACH_PROMPTS_DIR=/srv/coach/prompts python -c "import app.main"

ENV COACH_PROMPTS_DIR=/srv/coach/prompts \
    COACH_DATABASE_URL=sqlite:////srv/coach/.data/coach.db
VOLUME ["/srv/coach/.data"]
USER 10001:10001
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
    CMD ["python", "-c", "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status == 200 else 1)"]

CMD ["coach", "serve"]
