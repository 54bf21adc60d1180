"""Hostile and malformed input against the real server on 127.0.0.1.

Every request gets a clear 4xx or a correct answer (never a 5xx, never a hang), API
errors keep the one JSON shape, and the server still answers /healthz afterwards.
Regex-hostile drafts are also timed in-process: the engine must stay linear, checked
as the ratio between a draft and one four times longer (about 4 when linear, about 16
when quadratic), never as an absolute time.
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from app.config import Settings
from app.core.coach import coach_response
from app.core.critique import critique
from app.models import CoachRequest
from app.prompting import environment
from tests.conftest import TODAY, request_body, start_server, stop_server

JSON = {"content-type": "application/json"}
FORM = {"content-type": "application/x-www-form-urlencoded"}
LIMITS = Settings()
ASK = "Hi Sam, could you refer me for the PM role at Acme? Happy to return the favour."


# ------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def live() -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """A server of our own: these tests try to hurt it, so nobody else shares it."""
    proc, base = start_server()
    yield proc, base
    stop_server(proc)


@pytest.fixture
def api(live: tuple[subprocess.Popen[bytes], str]) -> Iterator[httpx.Client]:
    proc, base = live
    with httpx.Client(base_url=base, timeout=60) as c:
        yield c
        # After every abuse the process is alive and healthy.
        assert proc.poll() is None, "the server process died"
        r = c.get("/healthz", timeout=10)
        assert r.status_code == 200 and r.json()["status"] == "ok"


def assert_error(r: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    """``status`` with the one JSON error shape."""
    assert r.status_code == status, (r.status_code, r.text[:500])
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"}, body
    err = body["error"]
    assert set(err) == {"code", "message", "details"}, err
    assert isinstance(err["message"], str) and err["message"]
    assert isinstance(err["details"], list)
    if code is not None:
        assert err["code"] == code, err
    return dict(err)


def assert_critique(r: httpx.Response, text: str) -> dict[str, Any]:
    """A 200 critique whose every span points at exactly its evidence in ``text``."""
    assert r.status_code == 200, (r.status_code, r.text[:500])
    assert r.headers["content-type"].startswith("application/json")
    data = r.json()
    assert data["verdict"] in {"send", "revise", "rethink"}
    assert 0 <= data["score"] <= 100
    for f in data["findings"]:
        if f["span"] is not None:
            s, e = f["span"]["start"], f["span"]["end"]
            assert 0 <= s <= e <= len(text)
            assert text[s:e] == f["evidence"], f
    return dict(data)


# ------------------------------------------------------------------------- size limits


def test_one_megabyte_body_is_413(api: httpx.Client) -> None:
    body = json.dumps({"message": {"text": "a " * 500_000}}).encode()
    assert len(body) > 1_000_000
    for path in ("/v1/critique", "/v1/coach"):
        assert_error(api.post(path, content=body, headers=JSON), 413, "too_large")


def test_one_megabyte_chunked_body_without_length_is_413(api: httpx.Client) -> None:
    """No Content-Length: the limit is enforced by counting the stream."""

    def chunks() -> Iterator[bytes]:
        yield b'{"message": {"text": "'
        for _ in range(100):
            yield b"a" * 10_000
        yield b'"}}'

    assert_error(api.post("/v1/critique", content=chunks(), headers=JSON), 413, "too_large")


def test_draft_over_max_chars_is_413(api: httpx.Client) -> None:
    text = "a" * (LIMITS.max_chars + 1)
    err = assert_error(api.post("/v1/critique", json=request_body(text)), 413, "too_large")
    assert f"{LIMITS.max_chars:,}" in err["message"]
    # One under the limit is an ordinary answer.
    ok = "Could you help? " * ((LIMITS.max_chars - 1) // 16)
    assert_critique(api.post("/v1/critique", json=request_body(ok)), ok)


def test_ten_thousand_interactions(api: httpx.Client) -> None:
    """10,000 interactions do not fit in the default body limit: 413 before any parsing."""
    it = {"date": "2020-01-01", "direction": "gave"}
    body = request_body(ASK, relationship={"interactions": [it] * 10_000})
    assert_error(api.post("/v1/coach", json=body), 413, "too_large")
    # Over max_interactions but under the body limit: a clear 422 naming the limit.
    body = request_body(ASK, relationship={"interactions": [it] * (LIMITS.max_interactions + 1)})
    err = assert_error(api.post("/v1/coach", json=body), 422, "invalid_input")
    assert f"{LIMITS.max_interactions:,}" in err["message"]
    # Exactly at the limit: an answer that counts every one.
    body = request_body(ASK, relationship={"interactions": [it] * LIMITS.max_interactions})
    r = api.post("/v1/coach", json=body)
    assert_critique(r, ASK)
    assert r.json()["ledger"]["deposits"] == LIMITS.max_interactions


def test_ten_thousand_interactions_with_a_large_body_limit_is_422() -> None:
    """With the body limit raised, 10,000 interactions reach the interaction limit."""
    proc, base = start_server({"COACH_MAX_BODY_BYTES": "4000000"})
    try:
        it = {"date": "2020-01-01", "direction": "received", "summary": "x"}
        body = request_body(ASK, relationship={"interactions": [it] * 10_000})
        r = httpx.post(f"{base}/v1/critique", json=body, timeout=60)
        err = assert_error(r, 422, "invalid_input")
        assert "10,000" in err["message"] and f"{LIMITS.max_interactions:,}" in err["message"]
        assert httpx.get(f"{base}/healthz", timeout=10).status_code == 200
    finally:
        stop_server(proc)


# ------------------------------------------------------------------------- malformed JSON


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000,
        b"{" * 100_000,
        b'{"a":' * 40_000 + b"1" + b"}" * 40_000,
        b"[" * 100_000 + b"]" * 100_000,
        b'{"message": {"text": ' + b"[" * 5_000 + b"]" * 5_000 + b"}}",
    ],
    ids=["open-arrays", "open-objects", "nested-objects", "nested-arrays", "nested-text"],
)
def test_deeply_nested_json_is_422(api: httpx.Client, body: bytes) -> None:
    assert_error(api.post("/v1/critique", content=body, headers=JSON), 422, "invalid_input")


@pytest.mark.parametrize(
    "body",
    [
        b'{"message": {"text": "hi \xff\xfe there"}}',
        b'{"message": {"text": "caf\xe9"}}',
        b"\xef\xbb\xbf" + b'{"message": {"text": "\xc0\xaf"}}',
        b'{"message": {"text": "\xed\xa0\x80"}}',  # an encoded surrogate
    ],
    ids=["ff-fe", "latin-1", "bom-overlong", "surrogate-bytes"],
)
def test_invalid_utf8_is_422(api: httpx.Client, body: bytes) -> None:
    r = api.post("/v1/critique", content=body, headers=JSON)
    if r.status_code == 200 and body.endswith(b'\xed\xa0\x80"}}'):
        # Python's JSON decoder lets UTF-8-encoded surrogates through; the answer is only
        # acceptable if it is valid JSON (the surrogate was not echoed).
        assert r.json()["verdict"]
        return
    assert_error(r, 422, "invalid_input")


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"", 422),
        (b"null", 422),
        (b"[]", 422),
        (b'"a string"', 422),
        (b"1e99999", 422),
        (b'{"message": {"text": "hi"}', 422),
        (b"{'message': {'text': 'hi'}}", 422),
        (b'{"message": {"text": "hi"}, "message": {"text": ""}}', 422),
        (b'{"message": {"text": "a\x00b"}}', 422),  # a raw control character in a string
        (b'{"message": {"text": 12}}', 422),
        (b'{"message": {"text": "hi"}, "today": "99999-01-01"}', 422),
        (b'{"message": {"text": "hi"}, "today": 1e308}', 422),
        (b'{"message": {"text": "hi"}, "relationship": {"last_contact": "0000-01-01"}}', 422),
    ],
)
def test_malformed_bodies_are_422(api: httpx.Client, body: bytes, status: int) -> None:
    assert_error(api.post("/v1/critique", content=body, headers=JSON), status, "invalid_input")


def test_extreme_but_valid_dates_answer(api: httpx.Client) -> None:
    body = {
        "message": {"text": ASK},
        "today": "9999-12-31",
        "relationship": {"last_contact": "0001-01-01"},
    }
    r = api.post("/v1/critique", json=body)
    assert_critique(r, ASK)
    assert r.json()["ledger"]["days_since_contact"] > 3_000_000


def test_nul_bytes(api: httpx.Client) -> None:
    err = assert_error(api.post("/v1/critique", json=request_body("hi\x00there")), 422)
    assert "NUL" in err["message"]
    # NUL elsewhere in the request never breaks the server.
    body = request_body(
        ASK,
        sender={"name": "Sam\x00", "offers": ["intro\x00to Dana"]},
        recipient={"name": "\x00", "notes": ["\x00" * 100]},
    )
    for path in ("/v1/critique", "/v1/coach"):
        r = api.post(path, json=body)
        assert r.status_code == 200 or 400 <= r.status_code < 500, r.text[:300]
        if r.status_code >= 400:
            assert_error(r, r.status_code)


def test_lone_surrogates_and_odd_unicode(api: httpx.Client) -> None:
    """A lone surrogate is legal as a JSON escape but not as UTF-8: echoing it used to be
    a 500 (the response could not be encoded). Now a 422, or an answer that omits it."""
    for raw in (
        b'{"message": {"text": "Hi \\ud800 Sam, could you \\udfff refer me?"}}',
        b'{"message": {"text": "\\udfff"}}',
        b'{"message": {"text": "Could you refer me?"}, "sender": {"offers": ["\\ud800"]}}',
    ):
        for path in ("/v1/critique", "/v1/coach"):
            r = api.post(path, content=raw, headers=JSON)
            if r.status_code == 200:
                assert r.json()["verdict"]
            else:
                assert_error(r, 422, "invalid_input")
    text = "Hi Sam\u202e,\u200b could you 😀 refer me? ﷽ \U0001f9d1\u200d\U0001f4bb İstanbul"
    assert_critique(api.post("/v1/coach", json=request_body(text)), text)


def test_wrong_methods_paths_and_types(api: httpx.Client) -> None:
    assert_error(api.get("/v1/critique"), 405, "method_not_allowed")
    assert_error(api.post("/nope", json={}), 404, "not_found")
    r = api.post(
        "/v1/critique",
        content=b'{"message": {"text": "hi"}}',
        headers={"content-type": "text/plain"},
    )
    assert_error(r, 422)


def test_bad_content_length_and_broken_http(live: tuple[subprocess.Popen[bytes], str]) -> None:
    """Raw sockets: what no well-behaved client sends. A 400 from the HTTP layer is fine."""
    proc, base = live
    port = int(base.rsplit(":", 1)[1])

    def raw(data: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(data)
            out = b""
            while chunk := s.recv(65536):
                out += chunk
            return out

    for request in (
        b"POST /v1/critique HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: abc\r\nConnection: close\r\n\r\n{}",
        b"POST /v1/critique HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\nConnection: close\r\n\r\n",
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Request-ID: a\x01b\r\nConnection: close\r\n\r\n",
        b"BREW /pot HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64,  # a TLS hello
    ):
        head = raw(request).split(b"\r\n", 1)[0]
        assert head.startswith(b"HTTP/1.1 4") or head == b"", head
    assert proc.poll() is None
    assert httpx.get(f"{base}/healthz").status_code == 200


def test_request_id_is_sanitised(api: httpx.Client) -> None:
    r = api.get("/healthz", headers={"x-request-id": "abc-123"})
    assert r.headers["x-request-id"] == "abc-123"
    r = api.get("/healthz", headers={"x-request-id": "<script>"})
    assert r.headers["x-request-id"] != "<script>" and r.headers["x-request-id"].isalnum()
    r = api.get("/healthz", headers={"x-request-id": "a" * 500})
    assert len(r.headers["x-request-id"]) <= 64


def test_idle_and_partial_connections_do_not_block_others(
    live: tuple[subprocess.Popen[bytes], str],
) -> None:
    """A few dozen clients that send half a request and stall (bounded: 40, for 2 s)."""
    _, base = live
    port = int(base.rsplit(":", 1)[1])
    socks = []
    try:
        for i in range(40):
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(b"POST /v1/critique HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n")
            if i % 2:
                s.sendall(b"\r\n{")
            socks.append(s)
        t0 = time.monotonic()
        while time.monotonic() - t0 < 2:
            r = httpx.post(f"{base}/v1/critique", json=request_body(ASK), timeout=10)
            assert_critique(r, ASK)
    finally:
        for s in socks:
            s.close()


# ------------------------------------------------------------------------- injection


INJECT = (
    '<script>alert(1)</script> Hi Sam, could you refer me? "><img src=x onerror=alert(1)> '
    "{{ 7*191 }} {% raw %} ${7*191} </textarea><svg onload=alert(1)>"
)


def test_api_echoes_injection_as_exact_json_text(api: httpx.Client) -> None:
    body = request_body(
        INJECT,
        sender={"name": "<b>Kim</b>", "offers": ["{{ 7*191 }} intro to <i>Dana</i>"]},
        recipient={"name": "Sam", "notes": ["{% for x in range(9) %}x{% endfor %}"]},
    )
    for path in ("/v1/critique", "/v1/coach"):
        r = api.post(path, json=body)
        data = assert_critique(r, INJECT)
        assert r.headers["content-type"] == "application/json"
        assert any(f["evidence"] for f in data["findings"])
        if path == "/v1/coach":
            # User text is data for the rewrite templates, never template source.
            assert "1337" not in r.text and "xxxxxxxxx" not in r.text


def _web_form_ready(api: httpx.Client) -> bool:
    r = api.get("/")
    return r.status_code == 200 and r.headers["content-type"].startswith("text/html")


def test_form_escapes_injection(api: httpx.Client) -> None:
    if not _web_form_ready(api):
        pytest.skip("the web form is not mounted")
    r = api.post(
        "/coach",
        data={
            "draft": INJECT,
            "recipient_name": "<b>Sam</b>",
            "recipient_notes": "{{ 7*191 }}\n<script>steal()</script>",
            "offers": "{% raw %}",
        },
    )
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    html = r.text
    for raw in (
        "<script>alert(1)</script>",
        "<script>steal()</script>",
        "<img src=x",
        "<svg onload",
    ):
        assert raw not in html, raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "1337" not in html
    csp = r.headers.get("content-security-policy", "")
    assert "script-src 'self'" in csp or "default-src 'none'" in csp


@pytest.mark.parametrize(
    ("name", "kwargs", "expected"),
    [
        ("json-to-form", {"json": {"draft": "hi"}}, {415}),
        ("no-draft", {"data": {"subject": "hi"}}, {400}),
        ("file-upload", {"files": {"draft": ("a.txt", b"hello")}}, {400}),
        ("file-extra", {"data": {"draft": "hi"}, "files": {"f": ("a.txt", b"x")}}, {400}),
        (
            "wrong-boundary",
            {
                "content": b"--xx\r\nContent-Disposition: form-data\r\n\r\n",
                "headers": {"content-type": "multipart/form-data; boundary=yy"},
            },
            {400},
        ),
        (
            "no-boundary",
            {"content": b"garbage", "headers": {"content-type": "multipart/form-data"}},
            {400},
        ),
        (
            "many-fields",
            {
                "content": "&".join(f"f{i}=1" for i in range(500)).encode() + b"&draft=hi",
                "headers": FORM,
            },
            {400},
        ),
        ("empty-body", {"content": b"", "headers": FORM}, {400}),
        ("bad-percent", {"content": b"draft=%ZZ%ff%fe+hi", "headers": FORM}, {200, 422}),
        ("raw-bytes", {"content": b"draft=\xff\xfe\x00hi", "headers": FORM}, {200, 422}),
        ("nul", {"data": {"draft": "hi\x00there"}}, {422}),
        ("blank", {"data": {"draft": "   "}}, {422}),
        ("too-long", {"data": {"draft": "a" * (LIMITS.max_chars + 1)}}, {413}),
        ("bad-choices", {"data": {"draft": "hi", "channel": "fax", "goal": "x"}}, {422}),
        ("bad-dates", {"data": {"draft": "hi", "last_contact": "2024-02-30"}}, {422}),
        ("future", {"data": {"draft": "hi", "last_contact": "2999-01-01"}}, {422}),
        ("bad-interactions", {"data": {"draft": "hi", "interactions": "garbage"}}, {422}),
        (
            "too-many-interactions",
            {"data": {"draft": "hi", "interactions": "2020-01-01 gave x\n" * 1001}},
            {422},
        ),
        ("huge", {"content": b"draft=" + b"a" * 1_000_000, "headers": FORM}, {413}),
        (
            "huge-chunked",
            {"content": iter([b"draft="] + [b"a" * 10_000] * 100), "headers": FORM},
            {413},
        ),
    ],
)
def test_malformed_form_posts(
    api: httpx.Client, name: str, kwargs: dict[str, Any], expected: set[int]
) -> None:
    if not _web_form_ready(api):
        pytest.skip("the web form is not mounted")
    r = api.post("/coach", **kwargs)
    assert r.status_code in expected, (name, r.status_code, r.text[:300])


# ------------------------------------------------------------------------- regex-hostile


# Strict: when the pattern is fixed these start passing, and the marker must go.
HOSTILE = [
    "a",
    "!",
    " x",
    "how are you ",
    "[",
    "{",
    "<",
    "%",
    "I ",
    "i'm ",
    "a.",
    "...",
    "\n",
    "x\n",
    "-- ",
    "'",
    "’",
    "é",
    "😀",
    "!!!",
    "could you ",
    "please, ",
    "really ",
    "I really ",
    "people ",
    "who are ",
    "haven't talked in ",
    "it's been ",
    "saw this ",
    "Hi ",
    "Dear ",
    "Mark, ",
    "[A",
    "{{a",
    "<A ",
    "%A",
    "XX ",
    "best\n",
    "https://",
    "1 ",
    "a\n\n",
    "?",
    "!?",
    "?!",
]


def _min_time(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _hostile_request(unit: str, chars: int, salt: int = 0) -> CoachRequest:
    """``unit`` repeated to ``chars``; a ``salt`` makes each copy a new text, so no memory of
    recent texts serves one size and not the other."""
    text = unit * max(1, chars // len(unit)) + (f" {salt}" if salt else "")
    if not text.strip():
        text = "x" + text
    return CoachRequest.model_validate({"message": {"text": text}, "today": TODAY})


@pytest.mark.parametrize("unit", HOSTILE)
def test_critique_stays_linear(unit: str) -> None:
    """t(16,000 chars) / t(4,000 chars): about 4 when linear, 16 when quadratic."""
    critique(_hostile_request(unit, 4_000))  # warm
    # the two sizes timed in turn, best of five each: a burst of load elsewhere on the
    # machine then slows both alike instead of only one of them. Each run is a new text: the
    # pattern layer remembers recent texts, and a 4,000-character draft fits that memory
    # where a 16,000-character one (more pieces) does not, which timed a warm small draft
    # against a cold large one and read linear work as worse than it is.
    t_small = t_large = float("inf")
    for i in range(1, 6):
        small, large = _hostile_request(unit, 4_000, i), _hostile_request(unit, 16_000, i)
        t_small = min(t_small, _min_time(lambda r=small: critique(r), repeat=1))
        t_large = min(t_large, _min_time(lambda r=large: critique(r), repeat=1))
    # A floor on the baseline keeps timer noise on very fast inputs out of the ratio.
    baseline = max(t_small, 0.002)
    assert t_large / baseline < 8, f"{unit!r}: {t_small * 1000:.1f} ms -> {t_large * 1000:.1f} ms"


@pytest.mark.parametrize(
    "unit",
    [
        "Monday ",
        "launch ",
        "I ",
        "A.",
        "1,",
        "intro to ",
        "?",  # the rewrite quotes the note, then is critiqued again
    ],
)
def test_coach_with_hostile_notes_and_offers_stays_linear(unit: str) -> None:
    env = environment(LIMITS.prompts_dir)

    def req(chars: int) -> CoachRequest:
        item = (unit * (chars // len(unit))).strip() or "x"
        return CoachRequest.model_validate(
            {
                "message": {"text": ASK},
                "sender": {"offers": [item]},
                "recipient": {"notes": [item]},
                "today": TODAY,
            }
        )

    small, large = req(500), req(2_000)
    coach_response(small, env)
    t_small = t_large = float("inf")
    for _ in range(3):  # in turn, so a burst of load elsewhere slows both alike
        t_small = min(t_small, _min_time(lambda: coach_response(small, env), repeat=1))
        t_large = min(t_large, _min_time(lambda: coach_response(large, env), repeat=1))
    assert t_large / max(t_small, 0.002) < 8, (unit, t_small, t_large)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 19_000,
        "!" * 19_000,
        " " * 19_000 + "x",
        "how are you " * 1_500,
        "[" * 19_000,
        "I " * 9_000,
        "?!" * 9_000,
        "\n" * 19_000 + "x",
        "<A " * 6_000,
        "{{a" * 6_000,
        "Hi " * 6_000,
        "could you " * 1_900,
    ],
    ids=lambda t: f"{t[:6]!r}x{len(t)}",
)
def test_hostile_drafts_over_http(api: httpx.Client, text: str) -> None:
    for path in ("/v1/critique", "/v1/coach"):
        r = api.post(path, json=request_body(text), timeout=60)
        assert_critique(r, text)
