"""Everything that talks to a wiki. The only package that imports pywikibot.

``sandbox`` runs a private MediaWiki on this computer (no pywikibot needed there);
``connection`` logs in and uploads through pywikibot's lower layer (APISite), never its
interactive bots.
"""
