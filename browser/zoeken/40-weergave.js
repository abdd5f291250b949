/*
 * Wegwijzer-zoekpagina, de weergave: een resultaat als kaart in de lijst, "toon meer" en
 * de statusregel (een live-regio: wat daar komt, wordt voorgelezen).
 *
 * Leest een document uit de shard ({naam, url, aanbieder, tekst, waar, toegang, telefoon,
 * tel, roosters}; soort bij wat geen dienst is: aanbieder, cjg, route, handboek). Elke kaart
 * zegt in gewone woorden wat het is (SOORTEN) en heeft data-soort. Veiligheid: tekst uit de records komt alleen met textContent op de
 * pagina; een href alleen als eigen relatieve URL (EIGEN_URL, zonder "..") of tel:-nummer.
 * Deel `weergave` voegt aan pagina toe:
 *   element(naam, klasse, tekst)  een element met tekst (textContent)
 *   leegMaken(el), eigenHref(url), meervoud(n, een, meer)
 *   toonMeer(shard)  de volgende PER_KEER (30) van pagina.getoond in de lijst, vanaf
 *                    pagina.aantalGetoond; zet "nu open" erin (wegwijzerNuOpen)
 *   zet(tekst)       de statusregel
 *   fout()           de melding als de zoekgegevens niet laden; toont de lijst per gemeente
 */
(function () {
  'use strict'

  var PER_KEER = 30 // kaarten per "toon meer"
  // Een eigen pagina (een map-URL), eventueel met een anker (#locatie-x, #route-2015-01-01).
  var EIGEN_URL = /^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+(?:\/(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+)*\/(?:#[A-Za-z0-9_-]+)?$/
  var TEL = /^tel:\+?[0-9]{3,15}$/
  // De soorten resultaten (document.soort; een dienst heeft er geen) en hun label.
  var SOORTEN = {
    dienst: 'Hulpaanbod',
    aanbieder: 'Organisatie',
    cjg: 'CJG-locatie',
    route: 'Route naar jeugdhulp',
    oud: 'Eerdere route (geschiedenis)',
    handboek: 'Handboek'
  }
  window.wegwijzerZoekenDelen.weergave = function (pagina) {
    var doc = document
    var gegevens = pagina.gegevens
    var labels = pagina.labels
    var kanOpen = pagina.kanOpen
    var uitkomst = pagina.uitkomst
    var status = pagina.status
    var lijst = pagina.lijst
    var meer = pagina.meer
    var zonderScript = pagina.zonderScript
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
    // De soort van een resultaat, op de kaart in gewone woorden.
    function soortVan (d) {
      var soort = Object.prototype.hasOwnProperty.call(SOORTEN, d.soort) ? d.soort : 'dienst'
      return soort === 'route' && d.oud ? 'oud' : soort
    }
    function kaart (d, shard) {
      var soort = soortVan(d)
      var li = element('li', 'ww-resultaat')
      li.setAttribute('data-soort', soort)
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
      li.appendChild(element('p', 'ww-resultaat-soort', SOORTEN[soort]))
      if (d.aanbieder) li.appendChild(element('p', 'ww-resultaat-van', d.aanbieder))
      if (d.tekst) li.appendChild(element('p', 'ww-resultaat-tekst', d.tekst))
      if (soort === 'dienst' || d.waar) {
        var waar = element('p', 'ww-resultaat-waar')
        waar.appendChild(element('span', 'ww-resultaat-label', 'Waar: '))
        waar.appendChild(doc.createTextNode(String(d.waar || '')))
        li.appendChild(waar)
      }
      var toegang = labels.toegang[d.toegang]
      if (toegang) li.appendChild(element('p', 'ww-resultaat-toegang', toegang))
      var onder = element('p', 'ww-resultaat-contact')
      if (d.tel && TEL.test(d.tel) && d.telefoon) {
        var bel = element('a', 'ww-resultaat-bel', 'Bel ' + d.telefoon)
        bel.setAttribute('href', d.tel)
        onder.appendChild(bel)
      }
      if (Array.isArray(d.roosters) && d.roosters.length && shard.roosters[d.roosters[0]]) {
        var nu = element('span', 'nu-open')
        nu.setAttribute('data-rooster', JSON.stringify(shard.roosters[d.roosters[0]]))
        nu.hidden = true
        onder.appendChild(nu)
      }
      var lijn = kanOpen ? pagina.bereikbaar(d, pagina.openNu(shard), shard) : null
      if (lijn) {
        if (onder.firstChild) onder.appendChild(doc.createTextNode(' '))
        onder.appendChild(element('span', 'ww-bereikbaar', lijn.tekst))
        if (lijn.nummer !== d.telefoon && TEL.test(lijn.tel)) {
          onder.appendChild(doc.createTextNode(' '))
          var lijnBel = element('a', 'ww-resultaat-bel', 'Bel ' + lijn.nummer)
          lijnBel.setAttribute('href', lijn.tel)
          onder.appendChild(lijnBel)
        }
      }
      if (onder.firstChild) li.appendChild(onder)
      return li
    }
    // Wat nu te bellen is als er niets open is: de bemande lijnen van de shard (crisislijnen
    // eerst, elk nummer een keer), Veilig Thuis (wettelijk dag en nacht) en 112. Nooit leeg.
    function nuBellen (shard) {
      var open = pagina.openNu(shard)
      var gezien = {}
      var rijen = []
      Object.keys(shard.documenten).forEach(function (ref) {
        var d = shard.documenten[ref]
        var lijn = pagina.bereikbaar(d, open, shard)
        if (!lijn || gezien[lijn.nummer] || !TEL.test(lijn.tel)) return
        gezien[lijn.nummer] = true
        rijen.push({ naam: String(d.aanbieder || d.naam), lijn: lijn, eigen: !!d.eigen })
      })
      rijen.sort(function (a, b) {
        return (b.lijn.crisis - a.lijn.crisis) || (b.eigen - a.eigen) ||
          a.naam.localeCompare(b.naam, 'nl')
      })
      if (!gezien['0800-2000']) {
        rijen.push({ naam: 'Veilig Thuis', lijn: { nummer: '0800-2000', tel: 'tel:+318002000', tekst: 'Dag en nacht bereikbaar' } })
      }
      leegMaken(lijst)
      rijen.forEach(function (r) {
        var li = element('li', 'ww-resultaat ww-nu-bellen')
        li.appendChild(element('h3', 'ww-resultaat-naam', r.naam))
        var p = element('p', 'ww-resultaat-contact')
        var a = element('a', 'ww-resultaat-bel', 'Bel ' + r.lijn.nummer)
        a.setAttribute('href', r.lijn.tel)
        p.appendChild(a)
        p.appendChild(doc.createTextNode(' '))
        p.appendChild(element('span', 'ww-bereikbaar', r.lijn.tekst))
        li.appendChild(p)
        lijst.appendChild(li)
      })
      var nood = element('li', 'ww-resultaat ww-nu-bellen')
      nood.appendChild(element('h3', 'ww-resultaat-naam', 'Bij direct gevaar: 112'))
      var p112 = element('p', 'ww-resultaat-contact')
      var a112 = element('a', 'ww-resultaat-bel', 'Bel 112')
      a112.setAttribute('href', 'tel:112')
      p112.appendChild(a112)
      nood.appendChild(p112)
      lijst.appendChild(nood)
      meer.hidden = true
    }
    // De resultaten in beeld: de kop krijgt de focus (het toetsenbord van een telefoon gaat
    // dicht) en komt bovenaan in beeld.
    function inBeeld () {
      var kop = doc.getElementById('ww-uitkomst-kop')
      if (!kop || uitkomst.hidden) return
      kop.setAttribute('tabindex', '-1')
      kop.focus({ preventScroll: true })
      kop.scrollIntoView({ block: 'start' })
    }
    function toonMeer (shard) {
      var getoond = pagina.getoond
      var tot = Math.min(getoond.length, pagina.aantalGetoond + PER_KEER)
      for (var i = pagina.aantalGetoond; i < tot; i++) {
        lijst.appendChild(kaart(getoond[i], shard))
      }
      pagina.aantalGetoond = tot
      if (kanOpen) window.wegwijzerNuOpen(lijst)
      meer.hidden = pagina.aantalGetoond >= getoond.length
      if (!meer.hidden) {
        meer.textContent = 'Toon meer resultaten (nog ' + (getoond.length - pagina.aantalGetoond) + ')'
      }
    }
    function zet (tekst) {
      uitkomst.hidden = false
      status.textContent = tekst
    }
    function meervoud (n, een, meer) { return n + ' ' + (n === 1 ? een : meer) }
    function fout () {
      zet('De zoekgegevens konden niet worden geladen. Probeer het later opnieuw, of kies ' +
        'hieronder uw gemeente voor de lijst met aanbod.')
      leegMaken(lijst)
      meer.hidden = true
      zonderScript.hidden = false
    }
    pagina.element = element
    pagina.leegMaken = leegMaken
    pagina.eigenHref = eigenHref
    pagina.meervoud = meervoud
    pagina.toonMeer = toonMeer
    pagina.zet = zet
    pagina.nuBellen = nuBellen
    pagina.inBeeld = inBeeld
    pagina.fout = fout
  }
}())
