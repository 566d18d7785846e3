"""What a file's content is, told by its first bytes, and what its name says it should be."""

from __future__ import annotations

# File extensions Commons accepts (docs/commons.md, "File titles"), used when the wiki's own
# list cannot be asked.
COMMONS_EXTENSIONS = frozenset(
    "png gif jpg jpeg webp tif tiff xcf pdf djvu svg ogg ogv oga flac opus wav webm mp3 mid "
    "midi stl".split()
)
KIND_OF_EXTENSION = {
    "jpg": "jpeg",
    "jpeg": "jpeg",
    "png": "png",
    "gif": "gif",
    "tif": "tiff",
    "tiff": "tiff",
    "webp": "webp",
    "pdf": "pdf",
    "djvu": "djvu",
    "svg": "svg",
    "xcf": "xcf",
    "ogg": "ogg",
    "ogv": "ogg",
    "oga": "ogg",
    "opus": "ogg",
    "flac": "flac",
    "wav": "wav",
    "webm": "webm",
    "mp3": "mp3",
    "mid": "midi",
    "midi": "midi",
    "stl": "stl",
}
NAMES = {
    "jpeg": "a JPEG image",
    "png": "a PNG image",
    "gif": "a GIF image",
    "tiff": "a TIFF image",
    "webp": "a WebP image",
    "pdf": "a PDF document",
    "djvu": "a DjVu document",
    "svg": "an SVG drawing",
    "xcf": "a GIMP image",
    "ogg": "an Ogg file",
    "flac": "a FLAC sound",
    "wav": "a WAV sound",
    "webm": "a WebM video",
    "mp3": "an MP3 sound",
    "midi": "a MIDI file",
    "stl": "an STL model",
    "html": "a web page (HTML)",
    "zip": "a ZIP archive",
    "text": "a text file",
}
IMAGES = frozenset({"jpeg", "png", "gif", "tiff", "webp"})
# The most pixels an image of each kind may have for Commons to make thumbnails of it
# (docs/commons.md, "Images too large for thumbnails"): Wikimedia's $wgMaxImageArea, 100
# million. JPEGs are scaled while they are decoded and have no such limit.
THUMBNAIL_PIXELS = {
    "png": 100_000_000,
    "gif": 100_000_000,
    "tiff": 100_000_000,
    "webp": 100_000_000,
}
# Above this many pixels in all its frames, an animated GIF's thumbnails show only the first
# frame (Wikimedia's $wgMaxAnimatedGifArea).
ANIMATION_PIXELS = 100_000_000


def kind_of_content(head: bytes) -> str:
    """The kind of file whose first bytes are ``head`` (at least 512 of them), or ""."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return "tiff"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "wav"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"AT&TFORM"):
        return "djvu"
    if head.startswith(b"gimp xcf"):
        return "xcf"
    if head.startswith(b"OggS"):
        return "ogg"
    if head.startswith(b"fLaC"):
        return "flac"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "webm"
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "mp3"
    if head.startswith(b"MThd"):
        return "midi"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    if b"<svg" in text[:1024] and text.startswith((b"<?xml", b"<svg", b"<!--", b"<!doctype svg")):
        return "svg"
    if text.startswith(b"solid"):
        return "stl"
    return ""
