"""Developer tools: data builders and the screenshot script (not part of the app)."""
