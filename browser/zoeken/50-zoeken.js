/*
 * Wegwijzer-zoekpagina, een zoekopdracht uitvoeren: van een status (10-staat.js) naar wat
 * de pagina toont. Met een gemeente: de resultaten uit haar shard (lunr via
 * window.wegwijzerZoek uit zoek-pipeline.js, met de synoniemen), gefilterd en geteld; zonder
 * gemeente maar met een zoekwoord: suggesties op naam uit het landelijke namenbestand;
 * anders de uitleg "kies uw gemeente".
 *
 * Leest de shards en namen van 20-laden.js; schrijft via 30-filters.js en 40-weergave.js.
 * Een latere zoekopdracht wint: wat een eerdere nog laadt, komt niet meer op de pagina.
 * Deel `zoeken` voegt aan pagina toe:
 *   voerUit(s)  Promise; #ww-uitkomst krijgt data-klaar="nee", en "ja" zodra de laatste
 *               zoekopdracht op de pagina staat (daar wachten de tests op)
 * en houdt pagina.huidigeShard (de shard die nu getoond wordt, voor "toon meer"),
 * pagina.getoond en pagina.aantalGetoond bij.
 */
(function () {
  'use strict'

  var SUGGESTIES = 10

  window.wegwijzerZoekenDelen.zoeken = function (pagina) {
    var gegevens = pagina.gegevens
    var gemeenten = pagina.gemeenten
    var uitkomst = pagina.uitkomst
    var lijst = pagina.lijst
    var meer = pagina.meer
    var laadShard = pagina.laadShard
    var laadNamen = pagina.laadNamen
    var woorden = pagina.woorden
    var openNu = pagina.openNu
    var past = pagina.past
    var tel = pagina.tel
    var toonAantallen = pagina.toonAantallen
    var element = pagina.element
    var leegMaken = pagina.leegMaken
    var eigenHref = pagina.eigenHref
    var meervoud = pagina.meervoud
    var toonMeer = pagina.toonMeer
    var zet = pagina.zet
    var fout = pagina.fout
    var status = pagina.status
    var vraagProbleem = pagina.vraagProbleem
    var gemeenteInVraag = pagina.gemeenteInVraag
    var beurt = 0

    function resultaten (shard, s) {
      var open = openNu(shard) // ook zonder filter: voor het aantal bij "Nu open"
      var docs = shard.documenten
      var kandidaten
      var vraag = s.q.trim()
      if (vraag) {
        // Hulpaanbod eerst, van de gekozen gemeente voorop; zie orden in 45-vraag.js.
        kandidaten = pagina.orden(window.wegwijzerZoek(shard.index, vraag, gegevens.synoniemen), docs, vraag)
      } else {
        // Zonder zoekwoord: het hulpaanbod op naam, dat van de gekozen gemeente eerst.
        var volgorde = Object.keys(docs).map(function (ref) { return docs[ref] })
          .filter(function (d) { return !d.soort })
        volgorde.sort(function (a, b) {
          return a.naam.localeCompare(b.naam, 'nl', { sensitivity: 'base' }) ||
            (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)
        })
        kandidaten = volgorde.map(function (d, positie) { return { d: d, positie: positie } })
        kandidaten.sort(function (a, b) {
          if (a.d.eigen !== b.d.eigen) return a.d.eigen ? -1 : 1
          return a.positie - b.positie
        })
      }
      var alle = kandidaten.map(function (x) { return x.d })
      toonAantallen(tel(alle, s, open))
      pagina.getoond = alle.filter(function (d) { return past(d, s, open, null) })
      pagina.aantalGetoond = 0
      leegMaken(lijst)
      var plaats = gemeenten[shard.code] ? gemeenten[shard.code].naam : 'het hele aanbod'
      if (pagina.getoond.length === 0 && s.open) {
        zet('Er is in ' + plaats + ' nu niets open' + (vraag ? ' voor \u201c' + vraag + '\u201d' : '') +
          ' en niemand telefonisch bereikbaar. Deze nummers kunt u nu bellen:')
        pagina.nuBellen(shard)
        return
      }
      if (pagina.getoond.length === 0) {
        zet('Geen resultaten' + (vraag ? ' voor \u201c' + vraag + '\u201d' : '') + ' in ' + plaats +
          '. Probeer een ander woord of minder filters.')
        meer.hidden = true
        return
      }
      zet(meervoud(pagina.getoond.length, 'resultaat', 'resultaten') +
        (vraag ? ' voor \u201c' + vraag + '\u201d' : '') + ' in ' + plaats + '.')
      toonMeer(shard)
    }

    function suggesties (rijen, s) {
      var vraag = woorden(s.q)
      alleenTekst('')
      var gevonden = rijen.filter(function (r) {
        return vraag.every(function (w) {
          return r.woorden.some(function (x) { return x.indexOf(w) === 0 })
        })
      })
      if (!gevonden.length) {
        zet('Niets gevonden op naam voor \u201c' + s.q.trim() + '\u201d. Kies uw gemeente: dan zoekt ' +
          'u in al het aanbod bij u in de buurt, ook op thema en met tikfouten.')
        return
      }
      zet(meervoud(gevonden.length, 'dienst', 'diensten') + ' in het hele land met \u201c' +
        s.q.trim() + '\u201d in de naam' + (gevonden.length > SUGGESTIES ? ' (de eerste ' +
        SUGGESTIES + ')' : '') + '. Kies uw gemeente voor al het aanbod bij u in de buurt en om ' +
        'te filteren.')
      gevonden.slice(0, SUGGESTIES).forEach(function (r) {
        var li = element('li', 'ww-resultaat ww-suggestie')
        var kop = element('h3', 'ww-resultaat-naam')
        var href = eigenHref(r.url)
        if (href) {
          var a = element('a', null, r.naam)
          a.setAttribute('href', href)
          kop.appendChild(a)
        } else {
          kop.textContent = String(r.naam)
        }
        li.appendChild(kop)
        li.appendChild(element('p', 'ww-resultaat-van', r.aanbieder + (r.waar ? ' \u00b7 ' + r.waar : '')))
        lijst.appendChild(li)
      })
    }

    // data-klaar="ja" zodra de laatste zoekopdracht op de pagina staat (ook voor de tests).
    function klaar (mijn) {
      if (mijn === beurt) uitkomst.setAttribute('data-klaar', 'ja')
    }

    function voerUit (s) {
      var mijn = ++beurt
      uitkomst.setAttribute('data-klaar', 'nee')
      return start(s, mijn).then(function () { klaar(mijn) })
    }

    function start (s, mijn) {
      var probleem = vraagProbleem(s.q)
      if (probleem) return alleenTekst(probleem)
      var herkend = !s.gemeente ? gemeenteInVraag(s.q) : null
      if (herkend) {
        // Zoek in die gemeente met de andere woorden; het formulier en de URL blijven zoals
        // de lezer ze schreef.
        var kopie = Object.assign({}, s, { q: herkend.rest })
        return laadShard(herkend.gemeente.code).then(function (shard) {
          if (mijn !== beurt) return
          pagina.huidigeShard = shard
          resultaten(shard, kopie)
          status.textContent = 'U noemde de gemeente ' + herkend.gemeente.naam + '. ' + status.textContent
        }, function () { if (mijn === beurt) fout() })
      }
      if (s.gemeente && gemeenten[s.gemeente]) {
        if (!pagina.huidigeShard || pagina.huidigeShard.code !== s.gemeente) {
          zet('Het aanbod in ' + gemeenten[s.gemeente].naam + ' wordt geladen\u2026')
        }
        return laadShard(s.gemeente).then(function (shard) {
          if (mijn !== beurt) return
          pagina.huidigeShard = shard
          resultaten(shard, s)
        }, function () { if (mijn === beurt) fout() })
      }
      pagina.huidigeShard = null
      // Het hele aanbod past in een eerste zoekopdracht: zoek alles, ook op thema en met
      // tikfouten; elke kaart zegt waar de dienst is.
      if (gegevens.alles && (woorden(s.q).length || s.open || pagina.heeftFilter(s))) {
        return laadShard('alles').then(function (shard) {
          if (mijn !== beurt) return
          pagina.huidigeShard = shard
          resultaten(shard, s)
          status.textContent += ' Kies uw gemeente: dan staat het aanbod bij u in de buurt bovenaan.'
        }, function () { if (mijn === beurt) fout() })
      }
      if (woorden(s.q).length) {
        return laadNamen().then(function (rijen) {
          if (mijn === beurt) suggesties(rijen, s)
        }, function () { if (mijn === beurt) fout() })
      }
      return alleenTekst('Kies uw gemeente of vul uw postcode in om het aanbod bij u in de buurt te zien. ' +
        'U kunt ook meteen een zoekwoord typen.')
    }

    // Alleen een melding, zonder resultaten en aantallen.
    function alleenTekst (tekst) {
      leegMaken(lijst)
      pagina.getoond = []
      meer.hidden = true
      toonAantallen(null)
      zet(tekst)
      return Promise.resolve()
    }

    pagina.voerUit = voerUit
  }
}())
