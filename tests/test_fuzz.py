"""Fuzzing the real server on 127.0.0.1 with Hypothesis.

Request bodies range from valid requests with arbitrary text, through valid-looking
structures with wrong types and unknown keys, to arbitrary JSON and arbitrary bytes.
Whatever arrives, the server never answers 5xx; a 4xx always has the one JSON error
shape; a 200 is a well-formed critique whose spans point at their evidence. Bounded by
example counts (about 20 s in all on two cores).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import start_server, stop_server

SETTINGS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
PATHS = st.sampled_from(["/v1/critique", "/v1/coach"])

# ----------------------------------------------------------------------- strategies

# Text as people type it, plus the characters that break naive parsers.
NASTY = st.sampled_from(
    ["!", "?", "[", "]", "{", "}", "<", ">", "\\", '"', "'", "’", "\n", "\r", "\t", " ", "\u2028",
     "\u202e", "\u200b", "\ufeff", "\ud800", "\udfff", "😀", "é", "ß", "İ", "%s", "{{", "}}", "$", "--", "...", "\x7f"]
)  # fmt: skip
WORDS = st.sampled_from(
    ["Hi", "hey", "Dear", "Sam", "could", "you", "refer", "me", "please", "help", "how", "are",
     "I", "I'm", "my", "your", "congrats", "on", "the", "launch", "intro", "ASAP", "urgent",
     "owe", "favour", "coffee", "[Name]", "{first_name}", "it's", "been", "years", "thanks"]
)  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(WORDS, NASTY, st.text(max_size=5)), max_size=80).map(" ".join),
    st.builds(lambda c, n: c * n, NASTY | WORDS, st.integers(1, 2_000)),
)
DATES = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(
        ["2026-02-30", "2026-13-01", "0000-00-00", "yesterday", "", "2026-11-25T10:00"]
    ),
    st.integers(-(2**40), 2**40),
    st.none(),
)
JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30)
)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=30,
)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(strategy, ANY_JSON)


@st.composite
def requests_(draw: st.DrawFn) -> dict[str, Any]:
    """Request-shaped dicts: mostly valid structure, every field sometimes wrong."""
    message: dict[str, Any] = {"text": draw(maybe(TEXT) if draw(st.booleans()) else TEXT)}
    if draw(st.booleans()):
        message["channel"] = draw(
            maybe(st.sampled_from(["email", "linkedin", "linkedin_note", "text", "other", "fax"]))
        )
    if draw(st.booleans()):
        message["subject"] = draw(maybe(TEXT))
    body: dict[str, Any] = {
        "message": draw(maybe(st.just(message))) if draw(st.booleans()) else message
    }
    if draw(st.booleans()):
        body["today"] = draw(DATES)
    if draw(st.booleans()):
        body["goal"] = draw(
            maybe(st.sampled_from(["job_search", "intro", "advice", "catch_up", "sales", "other"]))
        )
    if draw(st.booleans()):
        body["relationship"] = draw(
            maybe(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "closeness": maybe(
                            st.sampled_from(
                                ["close", "friend", "acquaintance", "weak_tie", "stranger"]
                            )
                        ),
                        "last_contact": DATES,
                        "interactions": st.lists(
                            st.fixed_dictionaries(
                                {
                                    "date": DATES,
                                    "direction": maybe(
                                        st.sampled_from(["gave", "received", "neutral"])
                                    ),
                                },
                                optional={"summary": maybe(TEXT)},
                            ),
                            max_size=6,
                        ),
                    },
                )
            )
        )
    if draw(st.booleans()):
        body["sender"] = draw(
            maybe(
                st.fixed_dictionaries(
                    {}, optional={"name": maybe(TEXT), "offers": st.lists(TEXT, max_size=4)}
                )
            )
        )
    if draw(st.booleans()):
        body["recipient"] = draw(
            maybe(
                st.fixed_dictionaries(
                    {}, optional={"name": maybe(TEXT), "notes": st.lists(TEXT, max_size=4)}
                )
            )
        )
    if draw(st.booleans()):
        body["engine"] = draw(maybe(st.sampled_from(["rules", "llm", "auto"])))
    if draw(st.integers(0, 9)) == 0:
        body[draw(st.text(min_size=1, max_size=12))] = draw(ANY_JSON)  # an unknown field
    return body


# ----------------------------------------------------------------------- checks


@pytest.fixture(scope="module")
def live() -> Iterator[tuple[subprocess.Popen[bytes], httpx.Client]]:
    proc, base = start_server()
    with httpx.Client(base_url=base, timeout=60) as client:
        yield proc, client
    stop_server(proc)


def check(r: httpx.Response, sent: Any) -> None:
    assert r.status_code < 500, (r.status_code, r.text[:500], repr(sent)[:500])
    assert r.headers["content-type"].startswith("application/json"), r.headers
    data = r.json()
    if r.status_code >= 400:
        assert set(data) == {"error"}, data
        err = data["error"]
        assert set(err) == {"code", "message", "details"}, err
        assert isinstance(err["code"], str) and isinstance(err["message"], str) and err["message"]
        assert isinstance(err["details"], list)
        return
    assert r.status_code == 200
    assert data["verdict"] in {"send", "revise", "rethink"} and 0 <= data["score"] <= 100
    text = sent["message"]["text"]
    for f in data["findings"]:
        if f["span"] is not None:
            s, e = f["span"]["start"], f["span"]["end"]
            assert 0 <= s <= e <= len(text) and text[s:e] == f["evidence"], f


def post(client: httpx.Client, path: str, body: bytes) -> httpx.Response:
    return client.post(path, content=body, headers={"content-type": "application/json"})


@settings(SETTINGS, max_examples=1_000)
@given(body=requests_(), path=PATHS, ascii_only=st.booleans())
def test_request_shaped_bodies(
    live: tuple[subprocess.Popen[bytes], httpx.Client],
    body: dict[str, Any],
    path: str,
    ascii_only: bool,
) -> None:
    proc, client = live
    try:
        raw = json.dumps(body, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    except (ValueError, OverflowError):
        return
    check(post(client, path, raw), body)
    assert proc.poll() is None


@settings(SETTINGS, max_examples=300)
@given(body=ANY_JSON, path=PATHS)
def test_arbitrary_json(
    live: tuple[subprocess.Popen[bytes], httpx.Client], body: Any, path: str
) -> None:
    _, client = live
    check(post(client, path, json.dumps(body).encode()), body)


@settings(SETTINGS, max_examples=300)
@given(
    raw=st.one_of(
        st.binary(max_size=400),
        st.builds(
            lambda a, b: a + b,
            st.sampled_from([b'{"message": {"text": "', b"{", b"["]),
            st.binary(max_size=200),
        ),
    ),
    path=PATHS,
)
def test_arbitrary_bytes(
    live: tuple[subprocess.Popen[bytes], httpx.Client], raw: bytes, path: str
) -> None:
    _, client = live
    r = post(client, path, raw)
    assert r.status_code < 500, (r.status_code, r.text[:300], raw[:200])
    if r.status_code >= 400:
        check(r, None)
