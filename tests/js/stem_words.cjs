// Reads {"words": [...], "texts": [...]} as JSON on stdin and prints, as JSON:
//   trim[i]     lunr.nl.trimmer on words[i]
//   stem[i]     lunr.nl.stemmer on words[i] (as given)
//   pipeline[i] lunr.tokenizer + the lunr.nl index pipeline (trimmer, stop words, stemmer) on texts[i]
//   tokens[i]   wegwijzerTokens (zoek-pipeline.js) on texts[i]
// Used by tests/test_search_pipeline.py to compare with wegwijzer/search/pipeline.py.
'use strict'
const lunr = require('lunr')
require('lunr-languages/lunr.stemmer.support')(lunr)
require('lunr-languages/lunr.nl')(lunr)
const zoekPipeline = require('../../overrides/assets/javascripts/zoek-pipeline.js').voorLunr(lunr)

const input = JSON.parse(require('fs').readFileSync(0, 'utf8'))
const builder = new lunr.Builder()
lunr.nl.call(builder)

const run = (fn, word) => fn(new lunr.Token(word, {})).toString()
const out = {
  trim: (input.words || []).map((w) => run(lunr.nl.trimmer, w)),
  stem: (input.words || []).map((w) => run(lunr.nl.stemmer, w)),
  pipeline: (input.texts || []).map((t) =>
    builder.pipeline.run(lunr.tokenizer(t)).map((token) => token.toString())),
  tokens: (input.texts || []).map((t) => zoekPipeline.wegwijzerTokens(t))
}
process.stdout.write(JSON.stringify(out))
