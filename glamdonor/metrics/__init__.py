"""Impact: which pages show the donated files, the views of those pages and the requests of
the files, fetched from the wiki and the Wikimedia REST API, kept as dated snapshots, turned
into figures (each with its definition) and reports."""
