"""Reading museum catalogs (spreadsheets) into a Catalog, and writing result sheets."""

from glamdonor.catalog.read import read_catalog, sheet_names

__all__ = ["read_catalog", "sheet_names"]
