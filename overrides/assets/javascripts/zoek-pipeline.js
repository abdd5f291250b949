/*
 * Wegwijzer: zoeken in de vooraf gebouwde lunr-index (browserkant van
 * wegwijzer/search/pipeline.py).
 *
 * Laadt niets zelf. Vooraf laden, in deze volgorde: lunr.js (2.3.9),
 * lunr.stemmer.support.js, lunr.nl.js (lunr-languages); die registreren
 * "trimmer-nl", "stopWordFilter-nl" en "stemmer-nl".
 *
 *   var index = wegwijzerLaadIndex(json)      // lunr.Index
 *   var hits = wegwijzerZoek(index, "echtscheidng")  // [{ref, score}], beste eerst
 *   var hits = wegwijzerZoek(index, "scheiding", synoniemen)  // met synoniemen (zie onder)
 *
 * Zoekregels (gelijk aan search() in wegwijzer/search/pipeline.py; elke clausule met
 * usePipeline: false, want de termen worden hier al bewerkt):
 *   - splitsen zoals lunr.tokenizer (kleine letters, witruimte en "-"; emoji
 *     scheiden ook woorden), dan lunr.nl.trimmer;
 *   - stopwoorden vervallen, behalve het laatste woord (nog aan het typen:
 *     "onder" -> "onderwijs"), dat alleen een prefix-clausule krijgt;
 *   - exacte clausule op de stam (lunr.nl.stemmer), boost 10;
 *   - woord >= 3 tekens: prefix "stam*" (boost 3), plus "woord*" zonder accenten
 *     als dat niet al onder "stam*" valt ("maak" heeft stam "mak");
 *   - woord >= 5 tekens: fuzzy op de stam, boost 1, afstand 1, of 2 als de stam
 *     >= 8 tekens heeft ("echtscheidng" ligt 2 bewerkingen van "echtscheid");
 *   - synoniemen (optioneel, {sleutel: [stam, ...]} uit de taxonomie): elke reeks van 1 tot 3
 *     opeenvolgende stammen van de woorden die geen stopwoord zijn, met een spatie ertussen
 *     ("scheiding", "weinig geld"), die een sleutel is, geeft per stam waar hij naar wijst een
 *     exacte clausule met boost 2 ("echtscheid", "geldzorg"), tenzij die er al is;
 *   - alle clausules optioneel (OF, gerangschikt op BM25); hoogstens 10 woorden;
 *   - sortering op score (afgerond op 6 decimalen), dan op ref.
 *
 * In node: require(...).voorLunr(lunr) geeft dezelfde functies.
 */
(function (root, factory) {
  var maak = factory()
  if (typeof module === 'object' && module.exports) {
    module.exports = { voorLunr: maak }
  } else {
    // Browser (window) of web worker (self). lunr wordt pas bij aanroep opgezocht.
    root.wegwijzerLaadIndex = function (json) {
      return maak(root.lunr).wegwijzerLaadIndex(json)
    }
    root.wegwijzerZoek = function (index, query, synoniemen) {
      return maak(root.lunr).wegwijzerZoek(index, query, synoniemen)
    }
  }
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict'

  var MAX_WOORDEN = 10
  var BOOST_EXACT = 10
  var BOOST_PREFIX = 3
  var BOOST_FUZZY = 1
  var BOOST_SYNONIEM = 2
  var MAX_FRASE = 3
  // lunr.tokenizer.separator is /[\s\-]+/; surrogaten (emoji) scheiden ook woorden.
  var SCHEIDING = /[\s\-\ud800-\udfff]+/
  var ACCENTEN = /[\u00e1\u00e4\u00e9\u00eb\u00ed\u00ef\u00f3\u00f6\u00fa\u00fc]/g
  var ZONDER_ACCENT = {
    '\u00e1': 'a', '\u00e4': 'a', '\u00e9': 'e', '\u00eb': 'e', '\u00ed': 'i',
    '\u00ef': 'i', '\u00f3': 'o', '\u00f6': 'o', '\u00fa': 'u', '\u00fc': 'u'
  }
  var cache = []

  function maak (lunr) {
    for (var i = 0; i < cache.length; i++) {
      if (cache[i].lunr === lunr) return cache[i].api
    }
    zorgVoorNl(lunr)
    var api = {
      wegwijzerLaadIndex: function (json) { return laadIndex(lunr, json) },
      wegwijzerZoek: function (index, query, synoniemen) {
        return zoek(lunr, index, query, synoniemen)
      },
      wegwijzerClausules: function (query, synoniemen) {
        return clausules(lunr, query, synoniemen)
      },
      wegwijzerTokens: function (tekst) { return tokens(lunr, tekst) }
    }
    cache.push({ lunr: lunr, api: api })
    return api
  }

  function zorgVoorNl (lunr) {
    if (!lunr || !lunr.Index) {
      throw new Error('Zoeken: lunr.js is niet geladen.')
    }
    if (!lunr.stemmerSupport || !lunr.nl || !lunr.nl.stemmer) {
      throw new Error('Zoeken: laad lunr.stemmer.support.js en lunr.nl.js na lunr.js.')
    }
    var nodig = {
      'trimmer-nl': lunr.nl.trimmer,
      'stopWordFilter-nl': lunr.nl.stopWordFilter,
      'stemmer-nl': lunr.nl.stemmer
    }
    Object.keys(nodig).forEach(function (label) {
      if (lunr.Pipeline.registeredFunctions[label] !== nodig[label]) {
        lunr.Pipeline.registerFunction(nodig[label], label)
      }
    })
  }

  function laadIndex (lunr, json) {
    var data = typeof json === 'string' ? JSON.parse(json) : json
    return lunr.Index.load(data)
  }

  function woorden (tekst) {
    return String(tekst == null ? '' : tekst).toLowerCase().split(SCHEIDING)
      .filter(function (w) { return w.length > 0 })
  }

  function pas (lunr, functie, woord) {
    var uit = functie(new lunr.Token(woord, {}))
    return uit ? uit.toString() : null
  }

  // Wat de pijplijn van de index (trimmer-nl, stopWordFilter-nl, stemmer-nl) van een tekst maakt.
  function tokens (lunr, tekst) {
    var uit = []
    woorden(tekst).forEach(function (w) {
      var t = pas(lunr, lunr.nl.trimmer, w)
      if (pas(lunr, lunr.nl.stopWordFilter, t) === null) return
      uit.push(pas(lunr, lunr.nl.stemmer, t))
    })
    return uit
  }

  function clausules (lunr, query, synoniemen) {
    var lijst = woorden(query)
      .map(function (w) { return pas(lunr, lunr.nl.trimmer, w) })
      .filter(function (w) { return w.length > 0 })
      .slice(0, MAX_WOORDEN)
    var uit = []
    var stammen = [] // van de woorden die geen stopwoord zijn, voor de synoniemen
    lijst.forEach(function (woord, positie) {
      var laatste = positie === lijst.length - 1
      var stopwoord = pas(lunr, lunr.nl.stopWordFilter, woord) === null
      if (stopwoord && !laatste) return
      var stam = pas(lunr, lunr.nl.stemmer, woord)
      if (!stopwoord) {
        stammen.push(stam)
        uit.push({ term: stam, boost: BOOST_EXACT, wildcard: false })
      }
      if (woord.length >= 3) {
        uit.push({ term: stam, boost: BOOST_PREFIX, wildcard: true })
        var kaal = woord.replace(ACCENTEN, function (c) { return ZONDER_ACCENT[c] })
        if (kaal.indexOf(stam) !== 0) {
          uit.push({ term: kaal, boost: BOOST_PREFIX, wildcard: true })
        }
      }
      if (woord.length >= 5 && !stopwoord) {
        uit.push({
          term: stam, boost: BOOST_FUZZY, wildcard: false, editDistance: stam.length >= 8 ? 2 : 1
        })
      }
    })
    if (synoniemen) {
      return uit.concat(synoniemClausules(uit, stammen, synoniemen))
    }
    return uit
  }

  function synoniemClausules (lijst, stammen, synoniemen) {
    var exact = Object.create(null)
    lijst.forEach(function (c) {
      if (!c.wildcard && !c.editDistance) exact[c.term] = true
    })
    var uit = []
    for (var begin = 0; begin < stammen.length; begin++) {
      var eind = Math.min(begin + MAX_FRASE, stammen.length)
      for (var tot = begin + 1; tot <= eind; tot++) {
        var sleutel = stammen.slice(begin, tot).join(' ')
        // Alleen eigen sleutels: "constructor" of "__proto__" is geen synoniem.
        if (!Object.prototype.hasOwnProperty.call(synoniemen, sleutel)) continue
        var termen = synoniemen[sleutel]
        for (var i = 0; i < termen.length; i++) {
          if (exact[termen[i]] === true) continue
          exact[termen[i]] = true
          uit.push({ term: termen[i], boost: BOOST_SYNONIEM, wildcard: false })
        }
      }
    }
    return uit
  }

  function scoreSleutel (score) {
    return Math.floor(score * 1e6 + 0.5) / 1e6
  }

  function zoek (lunr, index, query, synoniemen) {
    var lijst = clausules(lunr, query, synoniemen)
    if (lijst.length === 0) return []
    var hits = index.query(function (q) {
      lijst.forEach(function (c) {
        // Elke clausule een nieuw object: Query#term wijzigt het object dat het krijgt.
        // editDistance alleen bij fuzzy: met de sleutel (ook 0) negeert lunr.js wildcards.
        var opties = {
          usePipeline: false,
          boost: c.boost,
          wildcard: c.wildcard ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE
        }
        if (c.editDistance) opties.editDistance = c.editDistance
        q.term(c.term, opties)
      })
    })
    return hits
      .map(function (h) { return { ref: h.ref, score: h.score } })
      .sort(function (a, b) {
        var verschil = scoreSleutel(b.score) - scoreSleutel(a.score)
        if (verschil !== 0) return verschil
        return a.ref < b.ref ? -1 : (a.ref > b.ref ? 1 : 0)
      })
  }

  return maak
}))
