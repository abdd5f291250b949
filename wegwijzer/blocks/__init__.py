"""Building blocks that every output puts in its pages.

Reads catalog records and emits text: `page` (a generated page: front matter, raw HTML blocks,
relative links, Dutch dates), `finished` (pages whose body is already HTML, so the build skips
Markdown), `map` (the map element any page can carry). Outputs share these instead of
importing each other.
"""
