"""Media files: hashing, EXIF, image checks, MIME types."""
