"""Eval metric arithmetic on tiny hand-made inputs, and `coach eval` exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.evaluation.cases import parse_lines
from app.evaluation.metrics import Counts, code_counts, verdict_counts

ROOT = Path(__file__).resolve().parent.parent


def test_verdict_counts_needs_work_is_positive() -> None:
    c = verdict_counts(
        [("revise", "rethink"), ("rethink", "send"), ("send", "revise"), ("send", "send")]
    )
    assert (c.tp, c.fn, c.fp, c.tn) == (1, 1, 1, 1)
    assert c.precision == 0.5 and c.recall == 0.5 and c.f1 == 0.5 and c.accuracy == 0.5
    c = verdict_counts([("send", "send"), ("send", "send"), ("send", "revise"), ("revise", "send")])
    assert c.specificity == round(2 / 3, 4) and Counts().specificity is None


def test_empty_classes_are_undefined_not_zero() -> None:
    c = verdict_counts([("send", "send"), ("send", "send")])
    assert c.precision is None and c.recall is None and c.f1 is None and c.accuracy == 1.0
    assert Counts().accuracy is None


def test_all_missed_positive_class_is_zero_f1() -> None:
    c = verdict_counts([("revise", "send"), ("rethink", "send")])
    assert c.recall == 0.0 and c.precision is None and c.f1 == 0.0


def test_code_counts() -> None:
    rows = [
        (["a"], ["b"], {"a", "b"}),  # a tp, b fp
        (["a"], [], set()),  # a fn
        ([], ["a"], set()),  # a tn (not scored beyond support)
        ([], [], {"c"}),  # c unlabelled: not scored
    ]
    out = code_counts(rows)
    assert set(out) == {"a", "b"}
    a, b = out["a"], out["b"]
    assert (a.tp, a.fn, a.fp) == (1, 1, 0) and a.recall == 0.5 and a.precision == 1.0
    assert (b.tp, b.fp) == (0, 1) and b.precision == 0.0 and b.recall is None and b.f1 == 0.0


def test_zero_support_code_has_no_recall() -> None:
    out = code_counts([([], ["x"], set())])
    assert out["x"].recall is None and out["x"].f1 is None


def test_malformed_lines_are_reported_and_skipped() -> None:
    good = json.dumps({"id": "ok", "request": {"message": {"text": "hi"}}})
    loaded = parse_lines(
        [good, "{not json", "", json.dumps({"id": "bad", "request": {}}), good, "[1]"]
    )
    assert [c.id for c in loaded.cases] == ["ok"]
    assert [m["line"] for m in loaded.malformed] == [2, 4, 5, 6]
    assert "duplicate" in str(loaded.malformed[2]["error"])


def run_eval(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "eval", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def write_cases(path: Path) -> None:
    cases = [
        {
            "id": "a",
            "request": {
                "message": {"text": "Congrats on the launch, Sam! The demo was great."},
                "today": "2026-11-25",
            },
            "expected": {"verdict": "send", "not_codes": ["generic"]},
        },
        {
            "id": "b",
            "request": {
                "message": {"text": "Dear Sir/Madam, I need a job ASAP!!"},
                "today": "2026-11-25",
            },
            "expected": {"verdict": "revise", "codes": ["template_residue", "desperation"]},
        },
        # deliberately mislabelled, so the report has a failure to show (with HTML in the draft)
        {
            "id": "c",
            "request": {
                "message": {"text": "Hi <b>Ana</b>, could you refer me?"},
                "today": "2026-11-25",
            },
            "expected": {"verdict": "send"},
        },
    ]
    path.write_text("\n".join(json.dumps(c) for c in cases) + "\nnot json\n")


def test_eval_cli_reports_and_exit_codes(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    write_cases(cases)
    out_json, out_html = tmp_path / "r.json", tmp_path / "r.html"
    r = run_eval(str(cases), "--json", str(out_json), "--html", str(out_html), "--no-progress")
    assert r.returncode == 0, r.stderr
    assert "malformed line 4" in r.stdout
    rep = json.loads(out_json.read_text())
    assert rep["cases"] == 3 and rep["engine"] == "rules"
    assert rep["verdict"]["confusion"] == {"tp": 1, "fp": 1, "fn": 0, "tn": 1}
    # b and c are cold notes with nothing known of the recipient: their rewrites cannot be
    # made specific without inventing a fact, so they re-critique as revise (generic).
    assert rep["failures"] == [
        {"id": "b", "field": "rewrite", "expected": "send", "got": "revise"},
        {"id": "c", "field": "verdict", "expected": "send", "got": "revise"},
        {"id": "c", "field": "rewrite", "expected": "send", "got": "revise"},
    ]
    assert rep["codes"]["desperation"]["support"] == 1
    assert rep["rewrite"]["checked"] == 3 and rep["rewrite"]["grounding_violations"] == 0
    html = out_html.read_text()
    assert "<table" in html and "confusion" in html.lower()
    assert "&lt;b&gt;Ana&lt;/b&gt;" in html and "<b>Ana</b>" not in html
    # recall / specificity gates: b is flagged (recall 1.0); a passes, c does not (specificity 0.5)
    assert run_eval(str(cases), "--min-verdict-recall", "1.0", "--no-progress").returncode == 0
    missed = run_eval(str(cases), "--min-verdict-specificity", "0.6", "--no-progress")
    assert missed.returncode == 1 and "verdict specificity 0.5 < 0.6" in missed.stderr
    assert rep["verdict"]["specificity"] == 0.5
    # gates: impossible threshold fails with exit 1, reachable one passes
    assert run_eval(str(cases), "--min-verdict-f1", "1.01", "--no-progress").returncode == 1
    assert (
        run_eval(
            str(cases), "--min-code-f1", "0.5", "--min-support", "1", "--no-progress"
        ).returncode
        == 0
    )


def test_eval_missing_file_exits_2(tmp_path: Path) -> None:
    r = run_eval(str(tmp_path / "nope.jsonl"))
    assert r.returncode == 2 and "no such case file" in r.stderr
