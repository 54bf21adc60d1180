"""Relationship memory over HTTP against the real server on 127.0.0.1, with a SQLite store
in a temporary folder: CRUD, coach by contact, sent, reconnect, export, privacy between
API keys on every endpoint, validation, concurrent writers and logs."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import start_server, stop_server

ALICE, BOB = "alice-key-0123456789", "bob-key-9876543210"
TODAY = dt.date.today()
SECRET = "Zanzibar-tangerine-7741"  # a phrase that must never reach the logs


def ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A server with two workers and two API keys (two owners) on a fresh SQLite store."""
    folder = tmp_path_factory.mktemp("keyed")
    db = folder / "coach.db"
    proc, base = start_server(
        {
            "COACH_DATABASE_URL": f"sqlite:///{db}",
            "COACH_API_KEYS": f'["{ALICE}", "{BOB}"]',
        },
        workers=2,
    )
    yield base, db
    stop_server(proc)


@pytest.fixture
async def alice(keyed: tuple[str, Path]) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        base_url=keyed[0], timeout=30, headers={"Authorization": f"Bearer {ALICE}"}
    ) as c:
        yield c


@pytest.fixture
async def bob(keyed: tuple[str, Path]) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=keyed[0], timeout=30, headers={"X-API-Key": BOB}) as c:
        yield c


async def make_contact(c: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    body = {"name": "Ana Ferreira", "closeness": "friend", **fields}
    r = await c.post("/v1/contacts", json=body)
    assert r.status_code == 201, r.text
    data: dict[str, Any] = r.json()
    return data


async def test_contact_lifecycle(alice: httpx.AsyncClient) -> None:
    ana = await make_contact(
        alice,
        notes=["just moved to Lisbon"],
        offers=["an intro to a UX lead in Lisbon"],
        tags=["design"],
        email="ana@example.com",
        profile_url="https://www.linkedin.com/in/ana-demo",
        how_we_met="Worked together at Lumen",
    )
    assert set(ana) >= {
        "id", "name", "closeness", "notes", "offers", "tags", "email", "profile_url",
        "how_we_met", "cadence_days",
    }  # fmt: skip
    cid = ana["id"]
    for when, direction, summary in (
        (ago(900), "received", "Reviewed my portfolio"),
        (ago(700), "received", "Introduced me to her manager"),
        (ago(430), "gave", "Sent her a conference pass"),
    ):
        r = await alice.post(
            f"/v1/contacts/{cid}/interactions",
            json={"date": when, "direction": direction, "summary": summary},
        )
        assert r.status_code == 201 and set(r.json()) == {
            "id",
            "date",
            "direction",
            "summary",
            "source",
        }
        assert r.json()["source"] == "manual"

    got = (await alice.get(f"/v1/contacts/{cid}")).json()
    assert got["last_contact"] == ago(430) and got["interaction_count"] == 3
    assert got["standing"]["ledger"]["deposits"] == 1
    assert got["standing"]["ledger"]["prior_withdrawals"] == 2
    assert got["standing"]["due"] is True

    # Coach by contact: the stored history fills recipient and relationship.
    ask = "Hi Ana! Could you refer me for the design lead role at Lumen? Need it ASAP."
    r = await alice.post(f"/v1/contacts/{cid}/coach", json={"message": {"text": ask}})
    assert r.status_code == 200, r.text
    res = r.json()
    assert res["contact_id"] == cid and res["verdict"] == "rethink"
    assert res["ledger"]["status"] == "overdrawn" and res["ledger"]["gap_source"] == "interactions"
    assert res["ledger"]["days_since_contact"] == 430
    assert "Lisbon" in res["rewrite"]["text"]  # her news, from the stored notes
    r = await alice.post(
        f"/v1/contacts/{cid}/coach",
        json={"message": {"text": "hi"}, "recipient": {"name": "someone else"}},
    )
    assert r.status_code == 422  # recipient and relationship come from the store

    # Recording it as sent logs it, classified by the coach.
    r = await alice.post(f"/v1/contacts/{cid}/sent", json={"message": {"text": ask}})
    assert r.status_code == 201
    sent = r.json()
    assert sent["classification"]["label"] == "withdrawal" and sent["classification"]["asks"]
    assert (
        sent["interaction"]["direction"] == "received" and sent["interaction"]["source"] == "sent"
    )
    gift = (
        "Hi Ana, congrats on the move to Lisbon! I put together a list of the best coworking "
        "spots there, happy to send it over."
    )
    r = await alice.post(f"/v1/contacts/{cid}/sent", json={"message": {"text": gift}})
    assert r.json()["classification"]["label"] == "deposit"
    r = await alice.post(
        f"/v1/contacts/{cid}/sent",
        json={"message": {"text": "Lovely to see you yesterday."}, "direction": "gave"},
    )
    cls = r.json()["classification"]
    assert cls["label"] == "deposit" and cls["overridden"] is True
    history = (await alice.get(f"/v1/contacts/{cid}/interactions")).json()["items"]
    assert len(history) == 6 and history[-1]["date"] == TODAY.isoformat()

    # Patch, search, export, delete.
    r = await alice.patch(
        f"/v1/contacts/{cid}", json={"cadence_days": 14, "tags": ["design", "lisbon"]}
    )
    assert (
        r.status_code == 200
        and r.json()["cadence_days"] == 14
        and r.json()["name"] == "Ana Ferreira"
    )
    listed = (await alice.get("/v1/contacts", params={"q": "ferr"})).json()
    assert [x["id"] for x in listed["items"]] == [cid]
    exported = (await alice.get("/v1/export")).json()
    mine = next(x for x in exported["contacts"] if x["id"] == cid)
    assert len(mine["interactions"]) == 6 and len(mine["sent"]) == 3
    assert (await alice.delete(f"/v1/contacts/{cid}")).status_code == 204
    assert (await alice.get(f"/v1/contacts/{cid}")).status_code == 404
    assert not [x for x in (await alice.get("/v1/export")).json()["contacts"] if x["id"] == cid]


async def test_reconnect_lists_who_is_worth_a_message(alice: httpx.AsyncClient) -> None:
    old = await make_contact(
        alice, name="Dora Lindqvist", closeness="close", notes=["opened a bakery"]
    )
    fresh = await make_contact(alice, name="Fay Recent", closeness="friend")
    for cid, when in ((old["id"], ago(400)), (fresh["id"], ago(3))):
        await alice.post(
            f"/v1/contacts/{cid}/interactions",
            json={"date": when, "direction": "gave", "summary": "Coffee and an intro"},
        )
    r = await alice.get("/v1/reconnect", params={"limit": 50})
    assert r.status_code == 200
    items = {i["contact"]["id"]: i for i in r.json()["items"]}
    assert old["id"] in items and fresh["id"] not in items
    dora = items[old["id"]]
    assert dora["reason"].startswith("You were last in touch with Dora 13 months ago")
    assert "opened a bakery" in dora["idea"] and dora["contact"]["due"] is True
    due = (await alice.get("/v1/contacts", params={"due": "true", "limit": 500})).json()["items"]
    assert old["id"] in {x["id"] for x in due} and fresh["id"] not in {x["id"] for x in due}


async def test_no_owner_can_read_change_or_learn_of_anothers_contacts(
    alice: httpx.AsyncClient, bob: httpx.AsyncClient, keyed: tuple[str, Path]
) -> None:
    secret = await make_contact(alice, name="Grace Secret", email="grace@example.org")
    cid = secret["id"]
    r = await alice.post(
        f"/v1/contacts/{cid}/interactions",
        json={"date": ago(10), "direction": "gave", "summary": "Helped with her talk"},
    )
    iid = r.json()["id"]
    missing = "0" * 32
    msg = {"message": {"text": "Hi Grace, how did the talk go?"}}
    calls: list[tuple[str, str, dict[str, Any] | None]] = [
        ("GET", "/v1/contacts/{id}", None),
        ("PATCH", "/v1/contacts/{id}", {"name": "Pwned"}),
        ("DELETE", "/v1/contacts/{id}", None),
        ("GET", "/v1/contacts/{id}/interactions", None),
        (
            "POST",
            "/v1/contacts/{id}/interactions",
            {"date": ago(1), "direction": "gave", "summary": "x"},
        ),
        ("DELETE", "/v1/contacts/{id}/interactions/" + iid, None),
        ("POST", "/v1/contacts/{id}/coach", msg),
        ("POST", "/v1/contacts/{id}/sent", msg),
    ]
    for method, path, body in calls:
        theirs = await bob.request(method, path.format(id=cid), json=body)
        nobody = await bob.request(method, path.format(id=missing), json=body)
        assert theirs.status_code == 404, (method, path, theirs.text)
        # Indistinguishable from an id that never existed.
        assert theirs.json()["error"]["code"] == nobody.json()["error"]["code"] == "not_found"
        assert (
            theirs.json()["error"]["message"].replace(cid, missing)
            == nobody.json()["error"]["message"]
        )
        unauth = await httpx.AsyncClient(base_url=keyed[0]).request(
            method, path.format(id=cid), json=body
        )
        assert unauth.status_code == 401
    for path in ("/v1/contacts", "/v1/contacts?q=grace", "/v1/reconnect", "/v1/export"):
        r = await bob.get(path)
        assert r.status_code == 200 and "Grace" not in r.text and cid not in r.text, path
    got = (await alice.get(f"/v1/contacts/{cid}")).json()
    assert got["name"] == "Grace Secret" and got["interaction_count"] == 1

    # The store keeps a hash of the key as the owner, never the key itself.
    with sqlite3.connect(keyed[1]) as db:
        owners = {row[0] for row in db.execute("SELECT owner FROM contacts")}
    assert owners and not any(ALICE in o or BOB in o for o in owners)


async def test_bad_input_is_422_never_500(alice: httpx.AsyncClient) -> None:
    cid = (await make_contact(alice, name="Valid Person"))["id"]
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    cases: list[tuple[str, str, Any]] = [
        ("POST", "/v1/contacts", {"name": "   "}),
        ("POST", "/v1/contacts", {"name": "X", "email": "not-an-email"}),
        ("POST", "/v1/contacts", {"name": "X", "profile_url": "javascript:alert(1)"}),
        ("POST", "/v1/contacts", {"name": "X", "closeness": "bestie"}),
        ("POST", "/v1/contacts", {"name": "X", "cadence_days": 0}),
        ("POST", "/v1/contacts", {"name": "X", "nickname": "typo field"}),
        ("PATCH", f"/v1/contacts/{cid}", {"name": None}),
        ("POST", f"/v1/contacts/{cid}/interactions", {"date": tomorrow, "direction": "gave"}),
        ("POST", f"/v1/contacts/{cid}/interactions", {"date": ago(1), "direction": "stole"}),
        ("POST", f"/v1/contacts/{cid}/interactions", {"date": "2024-02-30", "direction": "gave"}),
        ("POST", f"/v1/contacts/{cid}/sent", {"message": {"text": "  "}}),
        ("POST", f"/v1/contacts/{cid}/sent", {"message": {"text": "hi"}, "date": tomorrow}),
        ("POST", f"/v1/contacts/{cid}/coach", {"message": {"text": "hi"}, "relationship": {}}),
        ("GET", "/v1/contacts?limit=0", None),
        ("GET", "/v1/reconnect?today=yesterday", None),
    ]
    for method, path, body in cases:
        r = await alice.request(method, path, json=body)
        assert r.status_code == 422, (method, path, body, r.status_code, r.text)
        assert set(r.json()["error"]) == {"code", "message", "details"}
    r = await alice.post(
        "/v1/contacts", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert r.status_code == 422


async def test_stateless_endpoints_store_nothing(alice: httpx.AsyncClient) -> None:
    before = (await alice.get("/v1/export")).json()["contacts"]
    r = await alice.post(
        "/v1/coach",
        json={
            "message": {"text": "Hi Zed, could you intro me?"},
            "recipient": {"name": "Zed Unstored"},
        },
    )
    assert r.status_code == 200
    after = (await alice.get("/v1/export")).json()["contacts"]
    assert after == before and "Zed" not in str(after)


async def test_parallel_writers_on_sqlite_lose_nothing(alice: httpx.AsyncClient) -> None:
    cid = (await make_contact(alice, name="Parallel Pat"))["id"]

    async def log(n: int) -> int:
        r = await alice.post(
            f"/v1/contacts/{cid}/interactions",
            json={
                "date": ago(n % 30 + 1),
                "direction": "gave" if n % 3 else "received",
                "summary": f"#{n}",
            },
        )
        return r.status_code

    async def create(n: int) -> int:
        return (
            await alice.post("/v1/contacts", json={"name": f"Racer {n}", "tags": ["race"]})
        ).status_code

    statuses = await asyncio.gather(*(log(n) for n in range(60)), *(create(n) for n in range(40)))
    assert statuses.count(201) == 100
    got = (await alice.get(f"/v1/contacts/{cid}")).json()
    assert got["interaction_count"] == 60
    assert (
        got["standing"]["ledger"]["deposits"] == 40
        and got["standing"]["ledger"]["prior_withdrawals"] == 20
    )
    assert (await alice.get("/v1/contacts", params={"tag": "race"})).json()["total"] == 40


def test_message_texts_never_reach_the_logs(tmp_path: Path) -> None:
    proc, base = start_server(
        {"COACH_DATABASE_URL": f"sqlite:///{tmp_path}/c.db", "COACH_LOG_LEVEL": "debug"}
    )
    try:
        with httpx.Client(base_url=base, timeout=30) as c:
            cid = c.post("/v1/contacts", json={"name": "Log Watcher"}).json()["id"]
            text = f"Hi! Remember the {SECRET} trip? Could you intro me to your CTO?"
            assert (
                c.post(f"/v1/contacts/{cid}/coach", json={"message": {"text": text}}).status_code
                == 200
            )
            assert (
                c.post(f"/v1/contacts/{cid}/sent", json={"message": {"text": text}}).status_code
                == 201
            )
            bad = c.post(
                f"/v1/contacts/{cid}/sent", json={"message": {"text": text}, "date": "nope"}
            )
            assert bad.status_code == 422
            assert c.get("/v1/export").status_code == 200
    finally:
        stop_server(proc)
    assert proc.stderr is not None
    logs = proc.stderr.read().decode(errors="replace")
    assert f"/v1/contacts/{cid}/sent" in logs  # requests are logged...
    assert SECRET not in logs  # ...but never what the messages say


async def test_the_server_on_postgresql(pg_server: Any) -> None:
    """The same API on a real PostgreSQL server, by a plain postgresql:// URL."""
    url = pg_server.create_database().replace("postgresql+psycopg://", "postgresql://")
    proc, base = start_server({"COACH_DATABASE_URL": url}, workers=2)
    try:
        async with httpx.AsyncClient(base_url=base, timeout=30) as c:
            cid = (await make_contact(c, name="Pia Postgres", closeness="close"))["id"]

            async def log(n: int) -> int:
                r = await c.post(
                    f"/v1/contacts/{cid}/interactions",
                    json={"date": ago(40 + n), "direction": "gave" if n % 2 else "received"},
                )
                return r.status_code

            assert (await asyncio.gather(*(log(n) for n in range(40)))).count(201) == 40
            got = (await c.get(f"/v1/contacts/{cid}")).json()
            assert got["interaction_count"] == 40 and got["last_contact"] == ago(40)
            assert got["standing"]["ledger"]["deposits"] == 20
            r = await c.post(
                f"/v1/contacts/{cid}/coach",
                json={"message": {"text": "Hi Pia, could you intro me to your CTO?"}},
            )
            assert r.status_code == 200 and r.json()["ledger"]["prior_withdrawals"] == 20
            items = (await c.get("/v1/reconnect")).json()["items"]
            assert [i["contact"]["id"] for i in items] == [cid]
            assert (await c.delete(f"/v1/contacts/{cid}")).status_code == 204
    finally:
        stop_server(proc)


def test_an_unusable_store_is_503_and_the_coach_still_works(tmp_path: Path) -> None:
    proc, base = start_server({"COACH_DATABASE_URL": "mysql://nobody@127.0.0.1/none"})
    try:
        r = httpx.get(f"{base}/v1/contacts", timeout=10)
        assert r.status_code == 503 and r.json()["error"]["code"] == "store_unavailable"
        assert "sqlite:///PATH or postgresql://" in r.json()["error"]["message"]
        ok = httpx.post(
            f"{base}/v1/coach", json={"message": {"text": "Congrats on the launch!"}}, timeout=10
        )
        assert ok.status_code == 200
    finally:
        stop_server(proc)


async def test_the_routes_are_in_the_openapi_document(alice: httpx.AsyncClient) -> None:
    doc = (await alice.get("/openapi.json")).json()
    paths = doc["paths"]
    assert set(paths["/v1/contacts"]) == {"get", "post"}
    assert set(paths["/v1/contacts/{contact_id}"]) == {"get", "patch", "delete"}
    assert set(paths["/v1/contacts/{contact_id}/interactions"]) == {"get", "post"}
    for path in ("/v1/contacts/{contact_id}/coach", "/v1/contacts/{contact_id}/sent"):
        assert "post" in paths[path] and "404" in paths[path]["post"]["responses"]
    assert "get" in paths["/v1/reconnect"] and "get" in paths["/v1/export"]
    contact = doc["components"]["schemas"]["ContactIn"]["properties"]
    assert {
        "name",
        "closeness",
        "notes",
        "offers",
        "tags",
        "email",
        "profile_url",
        "how_we_met",
        "cadence_days",
    } <= set(contact)
