"""The pure core: no web framework, no LLM client, no I/O."""
