"""spaCy pipelines: choosing one per language, loading it once, running it in batches."""
