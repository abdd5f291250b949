/*
 * Wegwijzer-zoekpagina, de filters: leeftijd, thema, toegang, kosten, voor wie en "nu open",
 * en het aantal resultaten per keuze (in de keuzelijsten: "Opvoeden (12)").
 *
 * Leest de documenten van een shard ({leeftijd: [van, tot] in maanden of null, themas,
 * toegang, kosten, voor, roosters}) en de status (10-staat.js); "nu open" rekent
 * window.wegwijzerNuOpen (nu-open.js) uit, als dat er is (pagina.kanOpen).
 * Deel `filters` voegt aan pagina toe:
 *   openNu(shard)        {rooster: open?} voor deze minuut (ook de roosters van telefoonlijnen)
 *   bereikbaar(d, open)  de telefoonlijn van d die nu bemand is, als
 *                        {nummer, tel, crisis, tekst: "Dag en nacht bereikbaar" of
 *                        "Telefonisch bereikbaar tot 17:00"}; anders null
 *   isOpen(d, open)      een locatie open of een telefoonlijn bemand ("nu open of bereikbaar")
 *   past(d, s, open, behalve)  past document d bij alle filters van s, behalve `behalve`?
 *   tel(kandidaten, s, open)   {filter: {waarde: aantal}}: per filter geteld over de
 *                        kandidaten met alleen de andere filters toegepast
 *   toonAantallen(aantallen)   zet de aantallen in de labels van het formulier (null: zonder)
 */
(function () {
  'use strict'

  var FACETTEN = window.wegwijzerZoekenDelen.FACETTEN

  window.wegwijzerZoekenDelen.filters = function (pagina) {
    var doc = document
    var veld = pagina.veld
    var labels = pagina.labels
    var openLabel = pagina.openLabel
    var openTekst = pagina.openTekst
    var kanOpen = pagina.kanOpen

    function leeftijdPast (bereik, waarde) {
      if (!bereik) return true
      var van = bereik[0]
      var tot = bereik[1]
      if (waarde === 'zwanger') return van === null || van < 0
      var jaar = parseInt(waarde, 10)
      return (van === null || van <= jaar * 12 + 11) && (tot === null || tot >= jaar * 12)
    }

    // Welke roosters nu open zijn; per shard hooguit eens per minuut uitgerekend.
    function openNu (shard) {
      var minuut = Math.floor(Date.now() / 60000)
      if (shard.open && shard.open.minuut === minuut) return shard.open.roosters
      var open = {}
      var teksten = {}
      if (kanOpen) {
        Object.keys(shard.roosters).forEach(function (sleutel) {
          var span = doc.createElement('span')
          span.setAttribute('data-rooster', JSON.stringify(shard.roosters[sleutel]))
          window.wegwijzerNuOpen(span)
          open[sleutel] = span.getAttribute('data-status') === 'open'
          teksten[sleutel] = span.textContent
        })
      }
      // De teksten ("Nu open · tot 17:00") naast de vlaggen, niet als sleutel van `open`.
      shard.open = { minuut: minuut, roosters: open, teksten: teksten }
      return open
    }

    // De telefoonlijn die nu bemand is (crisislijnen eerst), met de tekst voor de kaart.
    function bereikbaar (d, open, shard) {
      var lijnen = Array.isArray(d.lijnen) ? d.lijnen : []
      var beste = null
      for (var i = 0; i < lijnen.length; i++) {
        var l = lijnen[i]
        if (!Array.isArray(l) || !open[l[0]]) continue
        if (!beste || (l[3] && !beste[3])) beste = l
      }
      if (!beste) return null
      var tekst = (shard && shard.open && shard.open.teksten[beste[0]]) || ''
      var tot = /tot (.+)$/.exec(tekst)
      return {
        nummer: String(beste[1]),
        tel: String(beste[2]),
        crisis: !!beste[3],
        tekst: /dag en nacht/.test(tekst) || !tot
          ? 'Dag en nacht bereikbaar'
          : 'Telefonisch bereikbaar tot ' + tot[1]
      }
    }

    function isOpen (d, open) {
      var roosters = Array.isArray(d.roosters) ? d.roosters : []
      for (var i = 0; i < roosters.length; i++) {
        if (open[roosters[i]]) return true
      }
      return bereikbaar(d, open) !== null
    }

    // Past het document bij alle filters, behalve het filter `behalve` (voor de aantallen)?
    function past (d, s, open, behalve) {
      // De filters gaan over hulpaanbod: met een filter vallen de andere soorten weg.
      if (d.soort && FACETTEN.some(function (f) { return f !== behalve && s[f] })) return false
      if (behalve !== 'leeftijd' && s.leeftijd && !leeftijdPast(d.leeftijd, s.leeftijd)) return false
      if (behalve !== 'thema' && s.thema && d.themas.indexOf(s.thema) < 0) return false
      if (behalve !== 'toegang' && s.toegang && d.toegang !== s.toegang) return false
      if (behalve !== 'kosten' && s.kosten && d.kosten.indexOf(s.kosten) < 0) return false
      if (behalve !== 'voor' && s.voor && d.voor.indexOf(s.voor) < 0) return false
      if (behalve !== 'open' && s.open && !isOpen(d, open)) return false
      return true
    }

    function waarden (d, facet) {
      if (facet === 'thema') return d.themas
      if (facet === 'kosten') return d.kosten
      if (facet === 'voor') return d.voor
      if (facet === 'toegang') return [d.toegang]
      return []
    }

    // Aantal per waarde van elk filter, over de resultaten met de andere filters toegepast.
    function tel (kandidaten, s, open) {
      kandidaten = kandidaten.filter(function (d) { return !d.soort }) // alleen hulpaanbod
      var aantallen = {}
      FACETTEN.forEach(function (facet) {
        var telling = Object.create(null)
        var deel = kandidaten.filter(function (d) { return past(d, s, open, facet) })
        if (facet === 'leeftijd') {
          telLeeftijden(deel, telling)
        } else if (facet === 'open') {
          telling['1'] = deel.filter(function (d) { return isOpen(d, open) }).length
        } else {
          deel.forEach(function (d) {
            waarden(d, facet).forEach(function (w) { telling[w] = (telling[w] || 0) + 1 })
          })
        }
        telling[''] = deel.length
        aantallen[facet] = telling
      })
      return aantallen
    }

    // Aantal per leeftijdsjaar in een keer: elk document telt mee voor een reeks jaren.
    function telLeeftijden (deel, telling) {
      var jaren = Object.keys(labels.leeftijd).filter(function (w) { return /^\d+$/.test(w) })
      var laatste = Math.max.apply(null, jaren.map(Number))
      var verschil = new Array(laatste + 2)
      for (var i = 0; i < verschil.length; i++) verschil[i] = 0
      var zwanger = 0
      deel.forEach(function (d) {
        var b = d.leeftijd
        var van = b && b[0] !== null ? Math.max(0, Math.ceil((b[0] - 11) / 12)) : 0
        var tot = b && b[1] !== null ? Math.min(laatste, Math.floor(b[1] / 12)) : laatste
        if (van <= tot) {
          verschil[van] += 1
          verschil[tot + 1] -= 1
        }
        if (leeftijdPast(b, 'zwanger')) zwanger += 1
      })
      var som = 0
      for (var jaar = 0; jaar <= laatste; jaar++) {
        som += verschil[jaar]
        telling[String(jaar)] = som
      }
      telling.zwanger = zwanger
    }

    function toonAantallen (aantallen) {
      FACETTEN.forEach(function (facet) {
        if (facet === 'open') {
          openLabel.textContent = aantallen ? openTekst + ' (' + (aantallen.open['1'] || 0) + ')' : openTekst
          return
        }
        Array.prototype.forEach.call(veld[facet].options, function (optie) {
          var basis = labels[facet][optie.value]
          optie.textContent = aantallen
            ? basis + ' (' + (aantallen[facet][optie.value] || 0) + ')'
            : basis
        })
      })
    }

    pagina.openNu = openNu
    pagina.bereikbaar = bereikbaar
    pagina.isOpen = isOpen
    pagina.past = past
    pagina.tel = tel
    pagina.toonAantallen = toonAantallen
  }
}())
