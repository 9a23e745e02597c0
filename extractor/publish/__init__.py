"""Publishing the knowledge base with Datasette."""
