"""The domain: batches, catalogs, mappings, items, titles and wikitext.

Nothing here imports Qt or pywikibot (tests/test_layers.py enforces it), so the GUI, the CLI
and the tests all share it.
"""
