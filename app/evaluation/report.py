"""The eval report in the spec's shape, its text summary and its HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from app.evaluation import metrics
from app.evaluation.runner import Outcome


def build(
    outcomes: list[Outcome], engine: str, malformed: list[dict[str, object]]
) -> dict[str, Any]:
    verdict_pairs = [
        (o.case.expected.verdict.value, o.response.verdict.value if o.response else "error")
        for o in outcomes
        if o.case.expected.verdict is not None
    ]
    vc = metrics.verdict_counts(verdict_pairs)
    code_rows = [(o.case.expected.codes, o.case.expected.not_codes, o.fired) for o in outcomes]
    codes = {
        code: metrics.code_block(c) for code, c in sorted(metrics.code_counts(code_rows).items())
    }

    failures: list[dict[str, Any]] = []
    for o in outcomes:
        cid = o.case.id
        if o.error:
            failures.append({"id": cid, "field": "error", "expected": "a response", "got": o.error})
            continue
        assert o.response is not None
        exp = o.case.expected
        if exp.verdict is not None and exp.verdict is not o.response.verdict:
            failures.append(
                {
                    "id": cid,
                    "field": "verdict",
                    "expected": exp.verdict.value,
                    "got": o.response.verdict.value,
                }
            )
        for code in exp.codes:
            if code not in o.fired:
                failures.append({"id": cid, "field": "codes", "expected": code, "got": "not fired"})
        for code in exp.not_codes:
            if code in o.fired:
                failures.append(
                    {"id": cid, "field": "not_codes", "expected": f"no {code}", "got": code}
                )
        if o.rewrite_verdict is not None and o.rewrite_verdict.value != "send":
            failures.append(
                {"id": cid, "field": "rewrite", "expected": "send", "got": o.rewrite_verdict.value}
            )
        if o.grounding:
            failures.append(
                {
                    "id": cid,
                    "field": "grounding",
                    "expected": "only facts from the request",
                    "got": ", ".join(o.grounding),
                }
            )

        labels = o.case.expected.rewrite
        if labels is not None:
            low = o.response.rewrite.text.lower()
            for k in labels.keep:
                if k.lower() not in low:
                    failures.append(
                        {"id": cid, "field": "rewrite.keep", "expected": k, "got": "missing"}
                    )
            for d in labels.drop:
                if d.lower() in low:
                    failures.append(
                        {
                            "id": cid,
                            "field": "rewrite.drop",
                            "expected": f"no {d!r}",
                            "got": "still there",
                        }
                    )

    checked = [o for o in outcomes if o.rewrite_verdict is not None]
    texts = [o.response.rewrite.text for o in outcomes if o.response is not None]
    share, common = metrics.sentence_share(texts)
    keep_rate, drop_rate = metrics.keep_drop(
        [
            (o.case.expected.rewrite.keep, o.case.expected.rewrite.drop, o.response.rewrite.text)
            for o in outcomes
            if o.response is not None and o.case.expected.rewrite is not None
        ]
    )
    passed = sum(
        1 for o in checked if o.rewrite_verdict is not None and o.rewrite_verdict.value == "send"
    )
    slowest = sorted(outcomes, key=lambda o: o.seconds, reverse=True)[:5]
    times = sorted(o.seconds for o in outcomes)
    return {
        "cases": len(outcomes),
        "engine": engine,
        "verdict": metrics.verdict_block(vc),
        "codes": codes,
        "rewrite": {
            "checked": len(checked),
            "pass_rate": round(passed / len(checked), 4) if checked else None,
            "grounding_violations": sum(1 for o in checked if o.grounding),
            "labelled": sum(1 for o in outcomes if o.case.expected.rewrite is not None),
            "keep_rate": keep_rate,
            "drop_rate": drop_rate,
            "max_sentence_share": share,
            "most_repeated_sentence": common,
        },
        "failures": failures,
        "malformed": malformed,
        "errors": sum(1 for o in outcomes if o.error),
        "timing": {
            "total_seconds": round(sum(times), 4),
            "median_ms": round(times[len(times) // 2] * 1000, 3) if times else None,
            "slowest": [{"id": o.case.id, "ms": round(o.seconds * 1000, 3)} for o in slowest],
        },
    }


def _fmt(x: object) -> str:
    return "  -  " if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)


def summary(report: dict[str, Any], gated_support: int = 8) -> str:
    v = report["verdict"]
    cm = v["confusion"]
    lines = [
        f"Outreach Coach eval: {report['cases']} cases, engine {report['engine']}"
        + (
            f", {len(report['malformed'])} malformed line(s) skipped" if report["malformed"] else ""
        ),
        "",
        "Verdict (positive = needs work)",
        f"  accuracy {_fmt(v['accuracy'])}  precision {_fmt(v['precision'])}  "
        f"recall {_fmt(v['recall'])}  F1 {_fmt(v['f1'])}",
        f"  flagged {_fmt(v['recall'])} of the cases labelled revise/rethink; "
        f"passed {_fmt(v['specificity'])} of those labelled send",
        f"  tp {cm['tp']}  fp {cm['fp']}  fn {cm['fn']}  tn {cm['tn']}",
        "",
        f"  {'code':<22}{'precision':>10}{'recall':>10}{'F1':>10}{'support':>9}",
    ]
    for code, m in report["codes"].items():
        flag = "" if m["support"] >= gated_support else "  (not gated)"
        lines.append(
            f"  {code:<22}{_fmt(m['precision']):>10}{_fmt(m['recall']):>10}{_fmt(m['f1']):>10}{m['support']:>9}{flag}"
        )
    rw = report["rewrite"]
    lines += [
        "",
        f"Rewrites: {rw['checked']} checked, pass rate {_fmt(rw['pass_rate'])}, "
        f"grounding violations {rw['grounding_violations']}",
        f"  kept {_fmt(rw['keep_rate'])} of what an editor would keep and removed "
        f"{_fmt(rw['drop_rate'])} of what must go ({rw['labelled']} labelled); the most repeated "
        f"sentence is in {_fmt(rw['max_sentence_share'])} of rewrites",
        f"Timing: total {report['timing']['total_seconds']:.3f} s, median {report['timing']['median_ms']} ms; slowest: "
        + ", ".join(f"{s['id']} ({s['ms']} ms)" for s in report["timing"]["slowest"][:3]),
    ]
    for m in report["malformed"]:
        lines.append(f"  malformed line {m['line']}: {m['error']}")
    if report["failures"]:
        lines += ["", f"{len(report['failures'])} failure(s); first ones:"]
        for f in report["failures"][:15]:
            lines.append(f"  {f['id']}: {f['field']} expected {f['expected']!s}, got {f['got']!s}")
    return "\n".join(lines)


def html(report: dict[str, Any], outcomes: list[Outcome]) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=True,  # drafts may contain HTML; show it, never run it
        undefined=jinja2.StrictUndefined,
    )
    drafts = {o.case.id: o.case.request.message.text for o in outcomes}
    by_case: dict[str, list[dict[str, Any]]] = {}
    for f in report["failures"]:
        by_case.setdefault(f["id"], []).append(f)
    return env.get_template("report.html").render(r=report, drafts=drafts, by_case=by_case)
