/*
 * Wegwijzer-zoekpagina, de start (het laatste bestand van browser/zoeken/, dus alle delen zijn er):
 * zoekt de pagina op, maakt `pagina` en zet de delen erin, koppelt het formulier, zoekt wat de URL vraagt.
 *
 * Leest de elementen met id ww-... die wegwijzer/search/page.py schrijft en de gegevens in
 * #ww-zoek-gegevens; haalt window.wegwijzerZoekenDelen weg (de pagina houdt alleen de
 * globals van voor de splitsing in bestanden). Zonder zoekpagina, of zonder lunr, lunr.nl en
 * wegwijzerZoek, doet het niets: dan blijft de lijst per gemeente staan.
 * Gebeurtenissen: typen zoekt na een pauze (TYPPAUZE) en vervangt de URL; een filter, een
 * gemeente, een postcode of verzenden zet een nieuwe URL (terugknop); popstate zet alles
 * terug. Na verzenden (Enter), een gekozen gemeente of postcode en bij zoekwoorden in de URL
 * (het zoekvak in de kop) komen de resultaten in beeld en krijgt hun kop de focus. Pijltjestoetsen in de gemeentelijst zoeken niet per toets: pas
 * na een pauze (PIJLPAUZE), zonder focus te verplaatsen, en een reeks pijltjes is een stap
 * in de geschiedenis; Enter zoekt meteen. Op een telefoon staan de filters dicht, tenzij er al een gekozen is.
 */
(function () {
  'use strict'

  var TYPPAUZE = 150 // ms
  var PIJLPAUZE = 700 // ms: bladeren met pijltjes in de gemeentelijst
  var PIJLEN = /^(?:Arrow(?:Up|Down|Left|Right)|Home|End|PageUp|PageDown)$/
  var delen = window.wegwijzerZoekenDelen
  delete window.wegwijzerZoekenDelen
  var FACETTEN = delen.FACETTEN
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
  var pagina = {
    gegevens: gegevens,
    gemeenten: gemeenten,
    veld: veld,
    uitkomst: doc.getElementById('ww-uitkomst'),
    status: doc.getElementById('ww-status'),
    lijst: doc.getElementById('ww-resultaten'),
    meer: doc.getElementById('ww-meer'),
    melding: doc.getElementById('ww-postcode-melding'),
    keuze: doc.getElementById('ww-postcode-keuze'),
    openLabel: doc.getElementById('ww-open-label'),
    zonderScript: doc.getElementById('ww-zonder-script'),
    getoond: [], // de resultaten van de laatste zoekopdracht ...
    aantalGetoond: 0, // ... waarvan er zoveel in de lijst staan
    huidigeShard: null
  }
  var filters = doc.getElementById('ww-filters')
  var filtersKop = doc.getElementById('ww-filters-kop')
  var filtersTekst = filtersKop.textContent
  // Labels zoals de pagina ze geeft, zonder aantallen.
  var labels = pagina.labels = {}
  FACETTEN.forEach(function (naam) {
    if (naam === 'open') return
    labels[naam] = Object.create(null)
    Array.prototype.forEach.call(veld[naam].options, function (optie) {
      labels[naam][optie.value] = optie.textContent
    })
  })
  pagina.openTekst = pagina.openLabel.textContent
  pagina.kanOpen = typeof window.wegwijzerNuOpen === 'function'
  if (!pagina.kanOpen) veld.open.disabled = true
  pagina.heeftFilter = function (s) { return FACETTEN.some(function (f) { return s[f] }) }
  delen.staat(pagina)
  delen.laden(pagina)
  delen.filters(pagina)
  delen.weergave(pagina)
  delen.vraag(pagina)
  delen.zoeken(pagina)
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
    var s = pagina.verwerkPostcode(pagina.uitFormulier(), postcodeKlaar)
    pagina.naarFormulier(s)
    pagina.naarUrl(s, nieuw)
    toonFilterKop(s)
    return pagina.voerUit(s)
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
  veld.postcode.addEventListener('change', function () {
    nuZoeken(true, true).then(keuzeOfInBeeld)
  })
  // Een gedeelde postcode: eerst de vraag welke gemeente (de eerste knop krijgt de focus).
  function keuzeOfInBeeld () {
    var knop = pagina.keuze.hidden ? null : pagina.keuze.querySelector('button')
    return knop ? knop.focus() : pagina.inBeeld()
  }
  pagina.keuze.addEventListener('click', function (e) {
    var knop = e.target.closest && e.target.closest('button[data-gemeente]')
    // Alleen een gemeente van de keuze (de knoppen komen uit de gegevens van de pagina).
    if (!knop || !gemeenten[knop.getAttribute('data-gemeente')]) return
    veld.gemeente.value = knop.getAttribute('data-gemeente')
    nuZoeken(true, true).then(pagina.inBeeld)
  })
  var pijl = false // de laatste wijziging van de gemeente kwam van een pijltjestoets
  var pijlReeks = false // de geschiedenis heeft al een stap voor deze reeks pijltjes
  var pijlWacht = null
  veld.gemeente.addEventListener('keydown', function (e) {
    if (PIJLEN.test(e.key)) {
      pijl = true
    } else if (e.key === 'Enter') {
      e.preventDefault()
      if (pijlWacht) window.clearTimeout(pijlWacht)
      pijlWacht = null
      nuZoeken(!pijlReeks).then(pagina.inBeeld)
      pijlReeks = false
    }
  })
  veld.gemeente.addEventListener('blur', function () { pijlReeks = false })
  veld.gemeente.addEventListener('change', function () {
    // Een andere gemeente dan die van de postcode: de postcode klopt niet meer.
    var g = pagina.gemeenteBijPostcode(veld.postcode.value)
    var klopt = g && (g.code === veld.gemeente.value ||
      (g.keuze && g.keuze.some(function (x) { return x.code === veld.gemeente.value })))
    if (veld.postcode.value && !klopt) {
      veld.postcode.value = ''
      pagina.melding.textContent = ''
    }
    if (pijl) {
      pijl = false
      if (pijlWacht) window.clearTimeout(pijlWacht)
      pijlWacht = window.setTimeout(function () {
        pijlWacht = null
        nuZoeken(!pijlReeks)
        pijlReeks = true
      }, PIJLPAUZE)
      return
    }
    nuZoeken(true).then(pagina.inBeeld)
  })
  FACETTEN.forEach(function (naam) {
    veld[naam].addEventListener('change', function () { nuZoeken(true) })
  })
  formulier.addEventListener('submit', function (e) {
    e.preventDefault()
    nuZoeken(true, true).then(keuzeOfInBeeld)
  })
  formulier.addEventListener('reset', function (e) {
    e.preventDefault()
    pagina.naarFormulier(pagina.leeg())
    pagina.melding.textContent = ''
    nuZoeken(true)
    veld.q.focus()
  })
  pagina.meer.addEventListener('click', function () {
    if (pagina.huidigeShard) pagina.toonMeer(pagina.huidigeShard)
  })
  window.addEventListener('popstate', function () {
    var s = pagina.verwerkPostcode(pagina.uitUrl(), true)
    pagina.naarFormulier(s)
    toonFilterKop(s)
    if (aantalFilters(s)) filters.open = true
    pagina.voerUit(s)
  })
  // ------------------------------------------------------------------ start
  formulier.hidden = false
  pagina.zonderScript.hidden = true
  var begin = pagina.verwerkPostcode(pagina.uitUrl(), true)
  pagina.naarFormulier(begin)
  pagina.naarUrl(begin, false)
  toonFilterKop(begin)
  // Op een telefoon staan de filters dicht, tenzij er al een gekozen is.
  var smal = window.matchMedia && window.matchMedia('(max-width: 44.9375em)').matches
  filters.open = !smal || aantalFilters(begin) > 0
  pagina.voerUit(begin).then(begin.q ? pagina.inBeeld : null) // met woorden: als na Enter
}())
