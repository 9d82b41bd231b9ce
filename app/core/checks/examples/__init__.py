"""The worked examples each check declares as its EXAMPLES, kept apart from its logic."""
