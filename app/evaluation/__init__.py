"""The batch eval: read JSONL cases, run an engine, score, report (``coach eval``)."""
