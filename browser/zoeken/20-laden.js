/*
 * Wegwijzer-zoekpagina, gegevens laden: het zoekbestand van een gemeente (uitgepakt tot haar
 * shard) en het landelijke namenbestand, elk hooguit een keer (een mislukte lading wordt vergeten: de volgende
 * zoekopdracht probeert het opnieuw).
 *
 * Leest de bestanden in pagina.gegevens.map (de zoekindex, relatief aan de pagina):
 *   een zoekbestand  per groep gemeenten (een deel van een jeugdregio); 15-uitpakken.js
 *               maakt er de shard van een gemeente van: {index: lunr-index, documents:
 *               {ref: document}, roosters}
 *   namen       {aanbieders: [[slug, naam]], plaatsen: [naam], diensten: [[naam,
 *               nr. van de aanbieder, id van de dienst, nr. van de plaats]]}, landelijk
 * Deel `laden` voegt aan pagina toe:
 *   laadShard(code)  (code 'alles': het hele aanbod, als gegevens.alles er is) Promise van {code, index (lunr, via wegwijzerLaadIndex uit
 *                    zoek-pipeline.js), documenten, roosters}
 *   laadNamen()      Promise van [{naam, aanbieder, url, waar, woorden}]
 *   woorden(tekst)   de woorden zoals het namenbestand ze vergelijkt: kleine letters,
 *                    zonder accenten
 */
(function () {
  'use strict'

  var ALLES = 'alles'
  var uitpakken = window.wegwijzerZoekenDelen.uitpakken // van 15-uitpakken.js

  window.wegwijzerZoekenDelen.laden = function (pagina) {
    var gegevens = pagina.gegevens
    var gemeenten = pagina.gemeenten
    var shards = {}
    var bestanden = {}
    var namen = null

    function haal (bestand) {
      var url = new URL(gegevens.map + bestand, window.location.href)
      return window.fetch(url.href).then(function (antwoord) {
        if (!antwoord.ok) throw new Error('HTTP ' + antwoord.status)
        return antwoord.json()
      })
    }

    // Een zoekbestand dient een groep gemeenten: het wordt hooguit een keer gehaald.
    function haalBestand (bestand) {
      if (!bestanden[bestand]) {
        bestanden[bestand] = haal(bestand)
        bestanden[bestand].catch(function () { delete bestanden[bestand] })
      }
      return bestanden[bestand]
    }

    function laadShard (code) {
      if (!shards[code]) {
        // 'alles': het hele aanbod in een bestand (gegevens.alles), als dat klein genoeg is.
        var bestand = code === ALLES ? gegevens.alles : gemeenten[code].shard
        shards[code] = haalBestand(bestand).then(function (json) {
          var shard = uitpakken(json, code)
          return {
            code: code,
            index: window.wegwijzerLaadIndex(shard.index),
            documenten: shard.documents,
            roosters: shard.roosters
          }
        })
        shards[code].catch(function () { delete shards[code] })
      }
      return shards[code]
    }

    function laadNamen () {
      if (!namen) {
        namen = haal(gegevens.namen).then(function (json) {
          return json.diensten.map(function (rij) {
            var aanbieder = json.aanbieders[rij[1]] || ['', '']
            var plaats = json.plaatsen[rij[3]] || ''
            return {
              naam: rij[0],
              aanbieder: aanbieder[1],
              url: 'diensten/' + encodeURIComponent(aanbieder[0]) + '/' + encodeURIComponent(rij[2]) + '/',
              waar: plaats,
              woorden: woorden(rij[0] + ' ' + aanbieder[1] + ' ' + plaats)
            }
          })
        })
        namen.catch(function () { namen = null })
      }
      return namen
    }

    function woorden (tekst) {
      return String(tekst || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
        .split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0 })
    }

    pagina.laadShard = laadShard
    pagina.laadNamen = laadNamen
    pagina.woorden = woorden
  }
}())
