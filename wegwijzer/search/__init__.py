"""The site search: a Dutch lunr index over the catalog, and the search page.

Reads the catalog and the taxonomy's synonyms; emits the search page, its manifest and the
search files that `assets/javascripts/zoeken.js` (browser/zoeken/) loads. `stemmer_nl` and
`pipeline` are the Dutch text pipeline, kept equal to lunr.js + lunr-languages in the
browser; `synonyms` expands queries from the taxonomy; `collection`, `documents` and `index`
build the documents and the compact search files (one per group of municipalities);
`unpack` expands a file into a municipality's shard as the browser does; `page` writes the
search page.
"""
