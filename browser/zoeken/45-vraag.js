/*
 * Wegwijzer-zoekpagina, de zoekvraag zelf lezen, voordat er gezocht wordt.
 *
 * Leest de zoekwoorden (pagina.woorden uit 20-laden.js), de stopwoorden van lunr.nl en de
 * gemeenten uit pagina.gegevens. Deel `vraag` voegt aan pagina toe:
 *   vraagProbleem(q)    een Nederlandse melding als er met de vraag niets te zoeken is (geen
 *                       letters of cijfers, een letter, alleen stopwoorden); anders null
 *   gemeenteInVraag(q)  {gemeente, rest} als de vraag een gemeente noemt ("scheiding
 *                       heemstede"): dan zoekt de pagina daar met de andere woorden
 */
(function () {
  'use strict'

  var VOORBEELD = 'bijvoorbeeld scheiding, slapen, pesten of GGZ'

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
      var lunr = window.lunr
      var alleenStop = lijst.every(function (w) {
        return lunr.nl.stopWordFilter(new lunr.Token(w, {})) === undefined
      })
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

    pagina.vraagProbleem = vraagProbleem
    pagina.gemeenteInVraag = gemeenteInVraag
  }
}())
