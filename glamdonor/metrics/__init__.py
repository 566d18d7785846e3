"""Impact: which pages show the donated files, the views of those pages and the requests of
the files, fetched from the wiki and the Wikimedia REST API, kept as dated snapshots, turned
into figures (each with its definition) and reports."""

COMMONS_API = "https://commons.wikimedia.org/w/api.php"
WIKIDATA_API = "https://www.wikidata.org/w/api.php"  # the items that show Commons' files
WIKIDATA = "www.wikidata.org"  # as usages name it
WIKIMEDIA_REST = "https://wikimedia.org/api/rest_v1"  # views and requests of Wikimedia wikis
FORMATS = ("csv", "xlsx", "json", "html", "pdf")  # of a report
COMPARE_FORMATS = ("html", "csv", "xlsx", "json")  # of a comparison
