/*
 * Wegwijzer-zoekpagina, een zoekbestand uitpakken: van het compacte bestand van een groep
 * gemeenten (wegwijzer/search/index.py, group_json) naar de shard van een gemeente.
 *
 * Een zoekbestand dient een paar gemeenten van een jeugdregio; elke dienst staat er een keer
 * in, met waar hij lokaal is. Het bestand, en wat uitpakken ervan maakt, staat beschreven in
 * wegwijzer/search/unpack.py: dezelfde regel in Python, waarmee de tests deze uitkomst
 * vergelijken en in lunr.py zoeken. Verander ze samen.
 *
 * Deel `uitpakken` (een gewone functie, geen functie van de pagina):
 *   uitpakken(json, code)  {gemeente, index: geserialiseerde lunr-index (voor
 *                          wegwijzerLaadIndex), documents: {ref: kaart}, roosters}: de
 *                          documenten van gemeente `code` ('alles': alle documenten)
 * De termen krijgen hun nummer in gesorteerde volgorde, zoals in Python: de vectoren van een
 * document worden overal in dezelfde volgorde opgeteld, dus een dienst scoort in elke shard
 * precies hetzelfde.
 */
(function () {
  'use strict'

  var ALLES = 'alles'
  var heeft = Object.prototype.hasOwnProperty

  function uitpakken (json, code) {
    var mijn = json.gemeenten.indexOf(code)
    var velden = json.velden
    var termen = json.termen
    var leden = json.documenten.filter(function (d) {
      return code === ALLES || d.overal || d['in'].indexOf(mijn) >= 0
    })
    // Per document en veld de plaatsen van de termen in de woordenlijst van het bestand.
    var gebruikt = {}
    var plaatsen = leden.map(function (d) {
      return d.v.map(function (vlak) {
        var uit = []
        var op = 0
        for (var i = 0; i < vlak.length; i += 2) {
          op = i ? op + vlak[i] : vlak[i]
          uit.push(op)
          gebruikt[op] = true
        }
        return uit
      })
    })
    var genummerd = Object.keys(gebruikt).map(Number).sort(function (a, b) { return a - b })
    var nummer = {}
    var postings = {}
    genummerd.forEach(function (op, i) {
      nummer[op] = i
      var p = {}
      velden.forEach(function (veld) { p[veld] = {} })
      postings[op] = p
    })
    var vectoren = []
    var documenten = {}
    var roosters = {}
    leden.forEach(function (d, j) {
      var ref = d.ref
      velden.forEach(function (veld, v) {
        var vlak = d.v[v]
        var vector = []
        plaatsen[j][v].forEach(function (op, i) {
          vector.push(nummer[op], vlak[2 * i + 1] / 1000)
          postings[op][veld][ref] = {}
        })
        vectoren.push([veld + '/' + ref, vector])
      })
      var kaart = {}
      Object.keys(d.k).forEach(function (sleutel) {
        if (sleutel !== 'a' && sleutel !== 'id') kaart[sleutel] = d.k[sleutel]
      })
      if (heeft.call(d.k, 'a')) {
        var aanbieder = json.aanbieders[d.k.a]
        kaart.aanbieder = aanbieder[1]
        kaart.url = 'diensten/' + aanbieder[0] + '/' + d.k.id + '/'
      }
      ;['themas', 'voor', 'kosten'].forEach(function (sleutel) {
        if (heeft.call(kaart, sleutel)) {
          kaart[sleutel] = kaart[sleutel].map(function (i) { return json.waarden[i] })
        }
      })
      if (typeof kaart.toegang === 'number') kaart.toegang = json.waarden[kaart.toegang]
      kaart.eigen = d['in'].indexOf(mijn) >= 0
      if (heeft.call(d, 'waar')) {
        var hier = d.anders && heeft.call(d.anders, String(mijn)) ? d.anders[String(mijn)] : d
        kaart.waar = hier.waar
        kaart.roosters = (hier.roosters || []).slice()
        if (heeft.call(d, 'lijnen')) kaart.lijnen = d.lijnen
        var sleutels = kaart.roosters.concat((d.lijnen || []).map(function (l) { return l[0] }))
        sleutels.forEach(function (s) { roosters[s] = json.roosters[s] })
      }
      documenten[ref] = kaart
    })
    var omgekeerd = genummerd.map(function (op) {
      postings[op]._index = nummer[op]
      return [termen[op], postings[op]]
    })
    return {
      gemeente: code,
      index: {
        version: '2.3.9',
        fields: velden,
        fieldVectors: vectoren,
        invertedIndex: omgekeerd,
        pipeline: ['stemmer-nl']
      },
      documents: documenten,
      roosters: roosters
    }
  }

  window.wegwijzerZoekenDelen.uitpakken = uitpakken
}())
