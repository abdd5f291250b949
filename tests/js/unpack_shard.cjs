// Reads {"bestand": <a search file as wegwijzer/search/index.py writes it>, "code": <CBS code
// or "alles">, "queries": [...], "synoniemen": {...} (optional)} as JSON on stdin, expands the
// municipality's shard with browser/zoeken/15-uitpakken.js (the browser's own code, run as the
// page runs it: a script that puts its part in window.wegwijzerZoekenDelen), loads its index
// with lunr.js + lunr-languages (nl) through zoek-pipeline.js and prints, as JSON,
// {"shard": the expanded shard, "results": per query {"clauses": wegwijzerClausules(query,
// synoniemen), "results": wegwijzerZoek(index, query, synoniemen)}}.
// Used by tests/test_search_index.py to compare with search/unpack.py and lunr.py.
'use strict'
const fs = require('fs')
const path = require('path')
const vm = require('vm')
const lunr = require('lunr')
require('lunr-languages/lunr.stemmer.support')(lunr)
require('lunr-languages/lunr.nl')(lunr)
const zoekPipeline = require('../../overrides/assets/javascripts/zoek-pipeline.js').voorLunr(lunr)

const window = { wegwijzerZoekenDelen: {} }
const source = path.join(__dirname, '..', '..', 'browser', 'zoeken', '15-uitpakken.js')
vm.runInNewContext(fs.readFileSync(source, 'utf8'), { window })
const uitpakken = window.wegwijzerZoekenDelen.uitpakken

const input = JSON.parse(fs.readFileSync(0, 'utf8'))
const shard = uitpakken(input.bestand, input.code)
const index = zoekPipeline.wegwijzerLaadIndex(JSON.stringify(shard.index))
const synoniemen = input.synoniemen || undefined
const results = (input.queries || []).map((query) => ({
  clauses: zoekPipeline.wegwijzerClausules(query, synoniemen),
  results: zoekPipeline.wegwijzerZoek(index, query, synoniemen)
}))
process.stdout.write(JSON.stringify({ shard, results }))
