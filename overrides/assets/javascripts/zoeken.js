/*
 * Wegwijzer: de zoekpagina van de sociale kaart (sociale-kaart/zoeken/).
 *
 * Leest de gegevens die wegwijzer/search_page.py in de pagina zet
 * (<script type="application/json" id="ww-zoek-gegevens">): per gemeente de naam, het
 * shardbestand en de postcodegebieden, het namenbestand en de synoniemen. Laadt pas bij een
 * gekozen gemeente (of postcode) die ene shard (lunr-index + documenten); zonder gemeente
 * zoekt het op naam in het landelijke namenbestand (suggesties).
 *
 * De zoekstatus staat in de URL (q, gemeente, postcode, leeftijd, thema, toegang, kosten,
 * voor, open): te delen, en de terugknop werkt (pushState bij een filter, replaceState
 * tijdens het typen, popstate zet alles terug).
 *
 * Veiligheid: alle tekst uit de records komt met textContent op de pagina, elementen met
 * createElement; een href is alleen een eigen relatieve URL uit de index (gecontroleerd) of
 * een tel:-nummer. Nodig vooraf: lunr.js, lunr.stemmer.support.js, lunr.nl.js,
 * zoek-pipeline.js; nu-open.js (voor "nu open") als het er is.
 */
(function () {
  'use strict'

  var PARAMS = ['q', 'gemeente', 'postcode', 'leeftijd', 'thema', 'toegang', 'kosten', 'voor', 'open']
  var FACETTEN = ['leeftijd', 'thema', 'toegang', 'kosten', 'voor', 'open']
  var PER_KEER = 30 // kaarten per "toon meer"
  var SUGGESTIES = 10
  var TYPPAUZE = 150 // ms
  var EIGEN_URL = /^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+(?:\/(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+)*\/$/
  var TEL = /^tel:\+?[0-9]{3,15}$/
  var POSTCODE = /^\s*(\d{4})\s*(?:[A-Za-z]{2})?\s*$/

  var doc = document
  var bron = doc.getElementById('ww-zoek-gegevens')
  var formulier = doc.getElementById('ww-zoekformulier')
  if (!bron || !formulier) return
  if (!window.lunr || !window.lunr.nl || typeof window.wegwijzerZoek !== 'function') {
    return // zonder lunr blijft de lijst per gemeente staan
  }

  var gegevens = JSON.parse(bron.textContent)
  var gemeenten = {}
  gegevens.gemeenten.forEach(function (g) { gemeenten[g.code] = g })

  var veld = {
    q: doc.getElementById('ww-q'),
    gemeente: doc.getElementById('ww-gemeente'),
    postcode: doc.getElementById('ww-postcode'),
    leeftijd: doc.getElementById('ww-leeftijd'),
    thema: doc.getElementById('ww-thema'),
    toegang: doc.getElementById('ww-toegang'),
    kosten: doc.getElementById('ww-kosten'),
    voor: doc.getElementById('ww-voor'),
    open: doc.getElementById('ww-open')
  }
  var uitkomst = doc.getElementById('ww-uitkomst')
  var status = doc.getElementById('ww-status')
  var lijst = doc.getElementById('ww-resultaten')
  var meer = doc.getElementById('ww-meer')
  var melding = doc.getElementById('ww-postcode-melding')
  var openLabel = doc.getElementById('ww-open-label')
  var zonderScript = doc.getElementById('ww-zonder-script')
  var filters = doc.getElementById('ww-filters')
  var filtersKop = doc.getElementById('ww-filters-kop')
  var filtersTekst = filtersKop.textContent

  // Labels zoals de pagina ze geeft, zonder aantallen.
  var labels = {}
  FACETTEN.forEach(function (naam) {
    if (naam === 'open') return
    labels[naam] = Object.create(null)
    Array.prototype.forEach.call(veld[naam].options, function (optie) {
      labels[naam][optie.value] = optie.textContent
    })
  })
  var openTekst = openLabel.textContent
  var kanOpen = typeof window.wegwijzerNuOpen === 'function'
  if (!kanOpen) veld.open.disabled = true

  var shards = {}
  var namen = null
  var beurt = 0
  var getoond = []
  var aantalGetoond = 0
  var huidigeShard = null

  // ------------------------------------------------------------------ status en URL

  function leeg () {
    var s = {}
    PARAMS.forEach(function (p) { s[p] = '' })
    return s
  }

  function heeftOptie (select, waarde) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === waarde) return true
    }
    return false
  }

  function schoon (s) {
    var uit = leeg()
    uit.q = String(s.q || '').slice(0, 200)
    uit.postcode = String(s.postcode || '').slice(0, 7)
    ;['gemeente', 'leeftijd', 'thema', 'toegang', 'kosten', 'voor'].forEach(function (p) {
      var w = String(s[p] || '')
      uit[p] = heeftOptie(veld[p], w) ? w : ''
    })
    uit.open = s.open === '1' || s.open === true ? '1' : ''
    return uit
  }

  function uitUrl () {
    var params = new URLSearchParams(window.location.search)
    var s = {}
    PARAMS.forEach(function (p) { s[p] = params.get(p) || '' })
    // De pagina haalt q voor Material's eigen zoekvenster uit de URL (zie search_page.py).
    if (typeof window.wegwijzerZoekQ === 'string') {
      s.q = window.wegwijzerZoekQ
      window.wegwijzerZoekQ = undefined
    }
    return schoon(s)
  }

  function naarUrl (s, nieuw) {
    var params = new URLSearchParams()
    PARAMS.forEach(function (p) { if (s[p]) params.set(p, s[p]) })
    var zoek = params.toString()
    var url = window.location.pathname + (zoek ? '?' + zoek : '') + window.location.hash
    if (url === window.location.pathname + window.location.search + window.location.hash) return
    if (nieuw) {
      window.history.pushState(null, '', url)
    } else {
      window.history.replaceState(null, '', url)
    }
  }

  function uitFormulier () {
    var s = {}
    PARAMS.forEach(function (p) {
      s[p] = p === 'open' ? (veld.open.checked ? '1' : '') : veld[p].value
    })
    return schoon(s)
  }

  function naarFormulier (s) {
    PARAMS.forEach(function (p) {
      if (p === 'open') {
        veld.open.checked = s.open === '1'
      } else if (veld[p].value !== s[p]) {
        veld[p].value = s[p]
      }
    })
  }

  // ------------------------------------------------------------------ postcode

  function gemeenteBijPostcode (tekst) {
    var m = POSTCODE.exec(tekst || '')
    if (!m) return null
    var getal = parseInt(m[1], 10)
    for (var i = 0; i < gegevens.gemeenten.length; i++) {
      var g = gegevens.gemeenten[i]
      for (var j = 0; j < g.postcodes.length; j++) {
        if (g.postcodes[j][0] <= getal && getal <= g.postcodes[j][1]) return g
      }
    }
    return false
  }

  // Zet de gemeente bij de postcode; geeft de melding. Leeg of nog te kort: geen melding.
  function verwerkPostcode (s, klaar) {
    var tekst = s.postcode.trim()
    if (!tekst) {
      melding.textContent = ''
      return s
    }
    var g = gemeenteBijPostcode(tekst)
    if (g) {
      s.gemeente = g.code
      melding.textContent = 'Postcode ' + tekst.slice(0, 4) + ' hoort bij de gemeente ' + g.naam + '.'
    } else if (g === false) {
      melding.textContent = 'Postcode ' + tekst.slice(0, 4) + ' kennen we niet: die hoort niet bij ' +
        'een gemeente op deze site. Kies uw gemeente uit de lijst.'
    } else if (klaar || /^\s*\d{4}/.test(tekst) || tekst.replace(/\s/g, '').length >= 4) {
      melding.textContent = 'Vul de vier cijfers van uw postcode in, bijvoorbeeld 2101.'
    } else {
      melding.textContent = ''
    }
    return s
  }

  // ------------------------------------------------------------------ gegevens laden

  function haal (bestand) {
    var url = new URL(gegevens.map + bestand, window.location.href)
    return window.fetch(url.href).then(function (antwoord) {
      if (!antwoord.ok) throw new Error('HTTP ' + antwoord.status)
      return antwoord.json()
    })
  }

  function laadShard (code) {
    if (!shards[code]) {
      shards[code] = haal(gemeenten[code].shard).then(function (json) {
        return {
          code: code,
          index: window.wegwijzerLaadIndex(json.index),
          documenten: json.documents,
          roosters: json.roosters || {}
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

  // ------------------------------------------------------------------ filters

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
    if (kanOpen) {
      Object.keys(shard.roosters).forEach(function (sleutel) {
        var span = doc.createElement('span')
        span.setAttribute('data-rooster', JSON.stringify(shard.roosters[sleutel]))
        window.wegwijzerNuOpen(span)
        open[sleutel] = span.getAttribute('data-status') === 'open'
      })
    }
    shard.open = { minuut: minuut, roosters: open }
    return open
  }

  function isOpen (d, open) {
    for (var i = 0; i < d.roosters.length; i++) {
      if (open[d.roosters[i]]) return true
    }
    return false
  }

  // Past het document bij alle filters, behalve het filter `behalve` (voor de aantallen)?
  function past (d, s, open, behalve) {
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

  // ------------------------------------------------------------------ weergave

  function element (naam, klasse, tekst) {
    var el = doc.createElement(naam)
    if (klasse) el.className = klasse
    if (tekst !== undefined && tekst !== null) el.textContent = String(tekst)
    return el
  }

  function leegMaken (el) {
    el.textContent = ''
  }

  function eigenHref (url) {
    if (typeof url !== 'string' || !EIGEN_URL.test(url) || url.indexOf('..') >= 0) return null
    return gegevens.wortel + url
  }

  function kaart (d, shard) {
    var li = element('li', 'ww-resultaat')
    var kop = element('h3', 'ww-resultaat-naam')
    var href = eigenHref(d.url)
    if (href) {
      var a = element('a', null, d.naam)
      a.setAttribute('href', href)
      kop.appendChild(a)
    } else {
      kop.textContent = String(d.naam)
    }
    li.appendChild(kop)
    if (d.aanbieder) li.appendChild(element('p', 'ww-resultaat-van', d.aanbieder))
    if (d.tekst) li.appendChild(element('p', 'ww-resultaat-tekst', d.tekst))
    var waar = element('p', 'ww-resultaat-waar')
    waar.appendChild(element('span', 'ww-resultaat-label', 'Waar: '))
    waar.appendChild(doc.createTextNode(String(d.waar || '')))
    li.appendChild(waar)
    var toegang = labels.toegang[d.toegang]
    if (toegang) li.appendChild(element('p', 'ww-resultaat-toegang', toegang))
    var onder = element('p', 'ww-resultaat-contact')
    if (d.tel && TEL.test(d.tel) && d.telefoon) {
      var bel = element('a', 'ww-resultaat-bel', 'Bel ' + d.telefoon)
      bel.setAttribute('href', d.tel)
      onder.appendChild(bel)
    }
    if (d.roosters.length && shard.roosters[d.roosters[0]]) {
      var nu = element('span', 'nu-open')
      nu.setAttribute('data-rooster', JSON.stringify(shard.roosters[d.roosters[0]]))
      nu.hidden = true
      onder.appendChild(nu)
    }
    if (onder.firstChild) li.appendChild(onder)
    return li
  }

  function toonMeer (shard) {
    var tot = Math.min(getoond.length, aantalGetoond + PER_KEER)
    for (var i = aantalGetoond; i < tot; i++) {
      lijst.appendChild(kaart(getoond[i], shard))
    }
    aantalGetoond = tot
    if (kanOpen) window.wegwijzerNuOpen(lijst)
    meer.hidden = aantalGetoond >= getoond.length
    if (!meer.hidden) {
      meer.textContent = 'Toon meer resultaten (nog ' + (getoond.length - aantalGetoond) + ')'
    }
  }

  function zet (tekst) {
    uitkomst.hidden = false
    status.textContent = tekst
  }

  function meervoud (n, een, meer) { return n + ' ' + (n === 1 ? een : meer) }

  function resultaten (shard, s) {
    var open = openNu(shard) // ook zonder filter: voor het aantal bij "Nu open"
    var docs = shard.documenten
    var kandidaten
    var vraag = s.q.trim()
    if (vraag) {
      var hits = window.wegwijzerZoek(shard.index, vraag, gegevens.synoniemen)
      kandidaten = hits.map(function (h, positie) {
        return { d: eigen(docs, h.ref), positie: positie }
      }).filter(function (x) { return x.d })
    } else {
      var volgorde = Object.keys(docs).map(function (ref) { return docs[ref] })
      volgorde.sort(function (a, b) {
        return a.naam.localeCompare(b.naam, 'nl', { sensitivity: 'base' }) ||
          (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)
      })
      kandidaten = volgorde.map(function (d, positie) { return { d: d, positie: positie } })
    }
    // Aanbod van de gekozen gemeente (en de regio) eerst, dan landelijk; verder op relevantie.
    kandidaten.sort(function (a, b) {
      if (a.d.eigen !== b.d.eigen) return a.d.eigen ? -1 : 1
      return a.positie - b.positie
    })
    var alle = kandidaten.map(function (x) { return x.d })
    toonAantallen(tel(alle, s, open))
    getoond = alle.filter(function (d) { return past(d, s, open, null) })
    aantalGetoond = 0
    leegMaken(lijst)
    var plaats = gemeenten[shard.code].naam
    if (getoond.length === 0) {
      zet('Geen resultaten' + (vraag ? ' voor \u201c' + vraag + '\u201d' : '') + ' in ' + plaats +
        '. Probeer een ander woord of minder filters.')
      meer.hidden = true
      return
    }
    zet(meervoud(getoond.length, 'resultaat', 'resultaten') +
      (vraag ? ' voor \u201c' + vraag + '\u201d' : '') + ' in ' + plaats + '.')
    toonMeer(shard)
  }

  function eigen (object, sleutel) {
    return Object.prototype.hasOwnProperty.call(object, sleutel) ? object[sleutel] : null
  }

  function woorden (tekst) {
    return String(tekst || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0 })
  }

  function suggesties (rijen, s) {
    var vraag = woorden(s.q)
    leegMaken(lijst)
    getoond = []
    meer.hidden = true
    toonAantallen(null)
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

  function fout () {
    zet('De zoekgegevens konden niet worden geladen. Probeer het later opnieuw, of kies ' +
      'hieronder uw gemeente voor de lijst met aanbod.')
    leegMaken(lijst)
    meer.hidden = true
    zonderScript.hidden = false
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
    if (s.gemeente && gemeenten[s.gemeente]) {
      if (!huidigeShard || huidigeShard.code !== s.gemeente) {
        zet('Het aanbod in ' + gemeenten[s.gemeente].naam + ' wordt geladen\u2026')
      }
      return laadShard(s.gemeente).then(function (shard) {
        if (mijn !== beurt) return
        huidigeShard = shard
        resultaten(shard, s)
      }, function () { if (mijn === beurt) fout() })
    }
    huidigeShard = null
    if (woorden(s.q).length) {
      return laadNamen().then(function (rijen) {
        if (mijn === beurt) suggesties(rijen, s)
      }, function () { if (mijn === beurt) fout() })
    }
    leegMaken(lijst)
    getoond = []
    meer.hidden = true
    toonAantallen(null)
    zet('Kies uw gemeente of vul uw postcode in om het aanbod bij u in de buurt te zien. ' +
      'U kunt ook meteen een zoekwoord typen.')
    return Promise.resolve()
  }

  // ------------------------------------------------------------------ gebeurtenissen

  var wacht = null

  function aantalFilters (s) {
    return FACETTEN.filter(function (f) { return s[f] }).length
  }

  function toonFilterKop (s) {
    var n = aantalFilters(s)
    filtersKop.textContent = filtersTekst + (n ? ' (' + n + ' gekozen)' : '')
  }

  function nuZoeken (nieuw, postcodeKlaar) {
    if (wacht) {
      window.clearTimeout(wacht)
      wacht = null
    }
    var s = verwerkPostcode(uitFormulier(), postcodeKlaar)
    naarFormulier(s)
    naarUrl(s, nieuw)
    toonFilterKop(s)
    return voerUit(s)
  }

  veld.q.addEventListener('input', function () {
    if (wacht) window.clearTimeout(wacht)
    wacht = window.setTimeout(function () { nuZoeken(false) }, TYPPAUZE)
  })
  veld.postcode.addEventListener('input', function () {
    var tekst = veld.postcode.value.replace(/\s/g, '')
    if (/^\d{4}([A-Za-z]{2})?$/.test(tekst)) nuZoeken(false)
    else if (!tekst) nuZoeken(false)
  })
  veld.postcode.addEventListener('change', function () { nuZoeken(true, true) })
  veld.gemeente.addEventListener('change', function () {
    // Een andere gemeente dan die van de postcode: de postcode klopt niet meer.
    var g = gemeenteBijPostcode(veld.postcode.value)
    if (veld.postcode.value && (!g || g.code !== veld.gemeente.value)) {
      veld.postcode.value = ''
      melding.textContent = ''
    }
    nuZoeken(true)
  })
  FACETTEN.forEach(function (naam) {
    veld[naam].addEventListener('change', function () { nuZoeken(true) })
  })
  formulier.addEventListener('submit', function (e) {
    e.preventDefault()
    nuZoeken(true, true)
  })
  formulier.addEventListener('reset', function (e) {
    e.preventDefault()
    naarFormulier(leeg())
    melding.textContent = ''
    nuZoeken(true)
    veld.q.focus()
  })
  meer.addEventListener('click', function () {
    if (huidigeShard) toonMeer(huidigeShard)
  })
  window.addEventListener('popstate', function () {
    var s = verwerkPostcode(uitUrl(), true)
    naarFormulier(s)
    toonFilterKop(s)
    if (aantalFilters(s)) filters.open = true
    voerUit(s)
  })

  // ------------------------------------------------------------------ start

  formulier.hidden = false
  zonderScript.hidden = true
  var begin = verwerkPostcode(uitUrl(), true)
  naarFormulier(begin)
  naarUrl(begin, false)
  toonFilterKop(begin)
  // Op een telefoon staan de filters dicht, tenzij er al een gekozen is.
  var smal = window.matchMedia && window.matchMedia('(max-width: 44.9375em)').matches
  filters.open = !smal || aantalFilters(begin) > 0
  voerUit(begin)
}())
