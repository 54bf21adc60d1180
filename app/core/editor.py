"""The rewrite as an edit of the sender's draft.

Every sentence has a role (``app.core.roles``). Sentences that carry no problem are kept
exactly as the sender wrote them; sentences that carry one are fixed in place (pressure
words taken out, a placeholder filled from the request) or dropped; the ask is reshaped
into an easy-to-decline version of the same request and, when it came first, moved after
the lines about them. For a ``rethink`` the ask is held back and quoted in the changes.
What the request knows is used before any stock line: a note about them becomes a line
about them, a listed offer becomes the offer, a long gap is owned.

The output is a list of pieces in the order of the rewrite, each remembering the part of
the draft it came from, so the changes can be shown as tracked changes of the draft.

The parts live in ``app.core.edit``: the plan (``plan``), the sender's own lines kept or
fixed (``fixes``), greeting and sign-off (``salutations``), the ask reshaped (``ask``) or
held back (``held``) with what stays of its sentence (``leads``), the ask as a unit that
moves (``ask_unit``), the lines the coach adds (``additions``, ``occasion``) and where they
go (``order``), the repair pass (``repair``), the draft's capitals (``register``) and the
shared phrase patterns (``vocab``).
"""

from __future__ import annotations

from app.core.edit.base import Options
from app.core.edit.plan import plan
from app.core.edit.repair import repair
from app.core.layout import Piece, render

__all__ = ["Options", "Piece", "plan", "render", "repair"]
