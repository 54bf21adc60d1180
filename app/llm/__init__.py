"""The LLM engine: the only package that imports ``openai``.

``engine.OpenAIEngine`` implements ``app.service.LLMEngine``. The pieces: ``client``
(the SDK call and its failure modes), ``prompts`` (Jinja2 templates under
``prompts/llm``), ``schema`` (the answer's shape), ``verify`` (nothing unverified
reaches the user) and ``cache`` (answers already paid for).
"""
