"""The site search: a Dutch lunr index over the catalog, and the search page.

Reads the catalog and the taxonomy's synonyms; emits the search page, its manifest and the
index shards that `overrides/assets/javascripts/zoeken.js` loads. `stemmer_nl` and
`pipeline` are the Dutch text pipeline, kept equal to lunr.js + lunr-languages in the
browser; `synonyms` expands queries from the taxonomy; `collection` and `index` build the
documents and the serialized indexes; `page` writes the search page.
"""
