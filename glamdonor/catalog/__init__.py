"""Reading museum catalogs (spreadsheets) into a Catalog, and writing result sheets."""

from glamdonor.catalog.read import read_catalog

__all__ = ["read_catalog"]
