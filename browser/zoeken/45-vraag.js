/*
 * Wegwijzer-zoekpagina, de zoekvraag zelf lezen, voordat er gezocht wordt.
 *
 * Leest de zoekwoorden (pagina.woorden uit 20-laden.js), de stopwoorden van lunr.nl en de
 * gemeenten uit pagina.gegevens. Deel `vraag` voegt aan pagina toe:
 *   vraagProbleem(q)    een Nederlandse melding als er met de vraag niets te zoeken is (geen
 *                       letters of cijfers, een letter, alleen stopwoorden); anders null
 *   gemeenteInVraag(q)  {gemeente, rest} als de vraag een gemeente noemt ("scheiding
 *                       heemstede"): dan zoekt de pagina daar met de andere woorden
 *   orden(hits, docs, q)  de documenten in de volgorde op de pagina (dezelfde regel als
 *                       wegwijzer/search/order.py, getest op gelijkheid): een eerdere route
 *                       alleen als de vraag naar vroeger vraagt (een jaartal, "vroeger",
 *                       "oud"); hulpaanbod eerst (van de gekozen gemeente voorop), andere
 *                       soorten alleen tussen het hulpaanbod als de vraag ze noemt (elk
 *                       woord begint een woord van de titel of de trefwoorden), anders erna
 */
(function () {
  'use strict'

  var VOORBEELD = 'bijvoorbeeld scheiding, slapen, pesten of GGZ'
  var VROEGER = ['vroeger', 'oud', 'oude', 'eerder', 'eerdere', 'geschiedenis', 'voorheen']
  var JAAR = /^(?:19|20)\d\d$/

  window.wegwijzerZoekenDelen.vraag = function (pagina) {
    var gegevens = pagina.gegevens
    var woorden = pagina.woorden

    // Een zoekvraag waar niets mee te zoeken is: de melding die zegt wat wel werkt; anders null.
    function vraagProbleem (q) {
      var tekst = String(q || '').trim()
      if (!tekst) return null
      var lijst = woorden(tekst)
      if (!lijst.length) {
        return 'Uw zoekvraag bevat geen letters of cijfers. Typ een woord, ' + VOORBEELD + '.'
      }
      if (lijst.every(function (w) { return w.length < 2 })) {
        return 'Typ minstens twee letters, ' + VOORBEELD + '.'
      }
      var alleenStop = lijst.every(isStopwoord)
      if (alleenStop) {
        return 'Met woorden als \u201cde\u201d, \u201chet\u201d en \u201ceen\u201d kunnen we niet ' +
          'zoeken. Typ waar u hulp bij zoekt, ' + VOORBEELD + '.'
      }
      return null
    }

    // Een gemeente in de zoekwoorden ("scheiding heemstede"): {gemeente, rest}; anders null.
    function gemeenteInVraag (q) {
      var lijst = woorden(q)
      for (var i = 0; i < gegevens.gemeenten.length; i++) {
        var g = gegevens.gemeenten[i]
        var naam = woorden(g.naam)
        for (var j = 0; j + naam.length <= lijst.length; j++) {
          if (lijst.slice(j, j + naam.length).join(' ') === naam.join(' ')) {
            var rest = lijst.slice(0, j).concat(lijst.slice(j + naam.length))
            return { gemeente: g, rest: rest.join(' ') }
          }
        }
      }
      return null
    }

    function isStopwoord (w) {
      var lunr = window.lunr
      return lunr.nl.stopWordFilter(new lunr.Token(w, {})) === undefined
    }

    function vraagtGeschiedenis (q) {
      return woorden(q).some(function (w) { return VROEGER.indexOf(w) >= 0 || JAAR.test(w) })
    }

    // Noemt de vraag dit document: begint elk woord een woord van de titel of trefwoorden?
    function genoemd (d, q) {
      var gezocht = woorden(q).filter(function (w) { return w.length > 1 && !isStopwoord(w) })
      if (!gezocht.length) return false
      var eigen = woorden(String(d.naam || '') + ' ' + String(d.trefwoorden || ''))
      return gezocht.every(function (w) {
        return eigen.some(function (x) { return x.indexOf(w) === 0 })
      })
    }

    function groep (d, q) {
      if (!d.soort) return d.eigen ? 0 : 1
      if (genoemd(d, q)) return d.eigen ? 0 : 1
      return 2
    }

    // hits: [{ref}] op relevantie; docs: {ref: document}. Geeft [{d, positie}] in volgorde.
    function orden (hits, docs, q) {
      var vroeger = vraagtGeschiedenis(q)
      var lijst = []
      hits.forEach(function (h, positie) {
        if (!Object.prototype.hasOwnProperty.call(docs, h.ref)) return
        var d = docs[h.ref]
        if (d.oud && !vroeger) return
        lijst.push({ d: d, positie: positie, groep: groep(d, q) })
      })
      lijst.sort(function (a, b) { return (a.groep - b.groep) || (a.positie - b.positie) })
      return lijst
    }

    pagina.orden = orden
    pagina.vraagProbleem = vraagProbleem
    pagina.gemeenteInVraag = gemeenteInVraag
  }
}())
