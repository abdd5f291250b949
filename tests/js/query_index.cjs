// Reads {"index": <serialized lunr index>, "queries": [...], "synoniemen": {...} (optional)} as
// JSON on stdin, loads the index with lunr.js + lunr-languages (nl) through zoek-pipeline.js and
// prints, as JSON, per query:
// {"clauses": wegwijzerClausules(query, synoniemen), "results": wegwijzerZoek(index, query, synoniemen)}.
// Used by tests/test_search_pipeline.py and tests/test_search_index.py to compare with search()
// in wegwijzer/search/pipeline.py.
'use strict'
const lunr = require('lunr')
require('lunr-languages/lunr.stemmer.support')(lunr)
require('lunr-languages/lunr.nl')(lunr)
const zoekPipeline = require('../../overrides/assets/javascripts/zoek-pipeline.js').voorLunr(lunr)

const input = JSON.parse(require('fs').readFileSync(0, 'utf8'))
const index = zoekPipeline.wegwijzerLaadIndex(JSON.stringify(input.index))
const synoniemen = input.synoniemen || undefined
const out = input.queries.map((query) => ({
  clauses: zoekPipeline.wegwijzerClausules(query, synoniemen),
  results: zoekPipeline.wegwijzerZoek(index, query, synoniemen)
}))
process.stdout.write(JSON.stringify(out))
