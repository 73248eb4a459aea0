"""URL handling: `urllib.parse`."""
