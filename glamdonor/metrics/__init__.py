"""Usage of donated files over time: fetching, the snapshot store, reports (issue 6)."""
