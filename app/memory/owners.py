"""Who owns a contact. Without API keys the store is one user's (``local``); with them each
key is its own owner, stored as a salted SHA-256 of the key, never the key itself."""

from __future__ import annotations

import hashlib

LOCAL = "local"


def owner_for_key(key: str | None) -> str:
    if not key:
        return LOCAL
    digest = hashlib.sha256(b"outreach-coach/owner\x00" + key.encode()).hexdigest()
    return "k" + digest[:40]
