"""The rewrite as an edit of the sender's draft, in parts; ``app.core.editor`` is its face."""
