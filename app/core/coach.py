"""The rules engine end to end: critique, then a verified giver-first rewrite."""

from __future__ import annotations

import jinja2

from app.core.critique import critique
from app.core.deposits import deposit_ideas
from app.core.patterns import remembered
from app.core.rewrite import rewrite
from app.models import CoachRequest, CoachResponse, CritiqueResponse, Verdict


def critique_response(req: CoachRequest) -> CritiqueResponse:
    return critique(req).response()


def coach_response(req: CoachRequest, env: jinja2.Environment) -> CoachResponse:
    with remembered():  # the rewrite's checks re-read the draft's sentences
        return _coach_response(req, env)


def _coach_response(req: CoachRequest, env: jinja2.Environment) -> CoachResponse:
    crit = critique(req)
    base = crit.response()
    ideas = deposit_ideas(req) if crit.verdict is not Verdict.send else deposit_ideas(req, limit=3)
    # the critique's own values, not a dump of them: pydantic takes a model instance of the
    # field's type as it is, where a dict would be validated again, finding by finding
    return CoachResponse(
        **{name: getattr(base, name) for name in CritiqueResponse.model_fields},
        rewrite=rewrite(crit, env),
        deposit_ideas=ideas,
    )
