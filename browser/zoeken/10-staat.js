/*
 * Wegwijzer: de zoekpagina van de sociale kaart (sociale-kaart/zoeken/).
 *
 * Leest de gegevens die wegwijzer/search/page.py in de pagina zet
 * (<script type="application/json" id="ww-zoek-gegevens">): per gemeente de naam, het
 * zoekbestand (een per groep gemeenten), postcodegebieden, het namenbestand en de synoniemen.
 * Haalt pas bij een gekozen gemeente (of postcode) haar shard (index + documenten); zonder gemeente
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
 *
 * De site serveert dit als een bestand, assets/javascripts/zoeken.js: wegwijzer/scripts.py
 * zet browser/zoeken/*.js op naamvolgorde achter elkaar. Elk bestand is een gewoon script dat
 * zijn deel in window.wegwijzerZoekenDelen zet: een functie deel(pagina) die zijn functies
 * aan `pagina` toevoegt (de elementen, gegevens en status van de zoekpagina). Het laatste
 * bestand (90-start.js) zoekt de pagina op, roept de delen op volgorde aan en haalt
 * wegwijzerZoekenDelen weer weg; een deel gebruikt alleen functies van eerdere delen.
 *
 * Dit bestand, de zoekstatus en de URL: maakt wegwijzerZoekenDelen met PARAMS en FACETTEN,
 * en deel `staat`: leeg, uitUrl, naarUrl, uitFormulier, naarFormulier, gemeenteBijPostcode
 * en verwerkPostcode. Een status is {param: tekst} met alleen waarden die het formulier kent
 * (schoon), zodat een gedeelde of verzonnen URL niets anders kan.
 * Leest de URL en het formulier (pagina.veld); schrijft de URL, het
 * formulier en de postcodemelding (pagina.melding), ook als de URL een onbekende gemeente noemt.
 * Een postcode die twee gemeenten delen (gegevens.gemeenten[].gedeeld) kiest geen gemeente:
 * gemeenteBijPostcode geeft dan {keuze: [gemeente, gemeente]} en verwerkPostcode vraagt welke,
 * met een knop per gemeente in pagina.keuze; de zoekvraag blijft staan.
 */
(function () {
  'use strict'

  var delen = window.wegwijzerZoekenDelen = {}
  var PARAMS = ['q', 'gemeente', 'postcode', 'leeftijd', 'thema', 'toegang', 'kosten', 'voor', 'open']
  var POSTCODE = /^\s*(\d{4})\s*(?:[A-Za-z]{2})?\s*$/

  delen.PARAMS = PARAMS
  delen.FACETTEN = ['leeftijd', 'thema', 'toegang', 'kosten', 'voor', 'open']

  delen.staat = function (pagina) {
    var veld = pagina.veld
    var melding = pagina.melding
    var keuze = pagina.keuze
    var gegevens = pagina.gegevens
    var onbekend = '' // de melding over een onbekende gemeente in de URL, tot ze getoond is
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
      var gevraagd = s.gemeente
      var uit = schoon(s)
      if (gevraagd && !uit.gemeente) {
        // Een verzonnen of verouderde code in een gedeelde link: zeggen, niet stil negeren.
        onbekend = 'De gemeente in deze link (' + gevraagd.slice(0, 12) + ') kennen we ' +
          'niet. Kies uw gemeente uit de lijst of vul uw postcode in.'
      }
      return uit
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

    function gemeenteBijPostcode (tekst) {
      var m = POSTCODE.exec(tekst || '')
      if (!m) return null
      var getal = parseInt(m[1], 10)
      var gedeeld = []
      for (var i = 0; i < gegevens.gemeenten.length; i++) {
        var g = gegevens.gemeenten[i]
        for (var j = 0; j < g.postcodes.length; j++) {
          if (g.postcodes[j][0] <= getal && getal <= g.postcodes[j][1]) return g
        }
        if (Array.isArray(g.gedeeld) && g.gedeeld.indexOf(getal) >= 0) gedeeld.push(g)
      }
      // Een postcodegebied van twee gemeenten: de lezer kiest (de gegevens zijn gecontroleerd).
      if (gedeeld.length > 1) return { keuze: gedeeld }
      return gedeeld.length ? gedeeld[0] : false
    }

    // De vraag welke gemeente, met een knop per gemeente (90-start.js handelt de klik af).
    function toonKeuze (lijst) {
      keuze.textContent = ''
      lijst.forEach(function (g) {
        var knop = document.createElement('button')
        knop.type = 'button'
        knop.className = 'md-button ww-zoek-keuzeknop'
        knop.setAttribute('data-gemeente', g.code)
        knop.textContent = g.naam
        keuze.appendChild(knop)
      })
      keuze.hidden = false
    }

    function verbergKeuze () {
      keuze.hidden = true
      keuze.textContent = ''
    }

    // Zet de gemeente bij de postcode; geeft de melding. Leeg of nog te kort: geen melding.
    function verwerkPostcode (s, klaar) {
      var tekst = s.postcode.trim()
      if (!tekst) {
        verbergKeuze()
        melding.textContent = onbekend
        onbekend = ''
        return s
      }
      var g = gemeenteBijPostcode(tekst)
      if (!g || !g.keuze) verbergKeuze()
      if (g && g.keuze) {
        var namen = g.keuze.map(function (x) { return x.naam })
        var gekozen = g.keuze.filter(function (x) { return x.code === s.gemeente })[0]
        if (gekozen) {
          verbergKeuze()
          melding.textContent = 'Postcode ' + tekst.slice(0, 4) + ' ligt in ' + namen.join(' en ') +
            '. U koos de gemeente ' + gekozen.naam + '.'
        } else {
          s.gemeente = ''
          melding.textContent = 'Postcode ' + tekst.slice(0, 4) + ' ligt in twee gemeenten: ' +
            namen.join(' en ') + '. In welke gemeente woont u?'
          toonKeuze(g.keuze)
        }
      } else if (g) {
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

    pagina.leeg = leeg
    pagina.uitUrl = uitUrl
    pagina.naarUrl = naarUrl
    pagina.uitFormulier = uitFormulier
    pagina.naarFormulier = naarFormulier
    pagina.gemeenteBijPostcode = gemeenteBijPostcode
    pagina.verwerkPostcode = verwerkPostcode
  }
}())
