// The energy map (Leaflet): park boundaries, heat coverage and zoning areas as the city and the parks uploaded them,
// enterprises, boilers by fuel and status, the exchange's completed deals as lines; a layer control to switch them,
// a click shows the feature. No base map is bundled: a tile layer is drawn only when the platform is configured with
// one (parkloop.map.tiles, e.g. 天地图 with the city's key), and the map works without it.
(function () {
  'use strict';
  var el = document.getElementById('energy-map');
  var data = document.getElementById('map-data');
  if (typeof L === 'undefined' || !el || !data) { return; }
  var collection = JSON.parse(data.textContent);
  var words = JSON.parse(document.getElementById('map-labels').textContent);
  var w = words.words;
  var escape = function (s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  };
  var describe = function (p) {
    var lines = ['<strong>' + escape(words.layers[p.layer]) + '</strong>：' + escape(p.name || p.material || p.creditCode || '')];
    if (p.layer === 'boiler') {
      lines.push(escape(w.capacity) + ' ' + escape(p.tonnesPerHour) + ' t/h · ' + escape(w[p.fuel]) + ' · ' + escape(w[p.status]));
      if (p.insideCoverage != null) { lines.push(escape(w.insideCoverage) + '：' + (p.insideCoverage ? '✓' : '✗')); }
    }
    if (p.layer === 'flow') { lines.push(escape(p.from) + ' → ' + escape(p.to) + ' · ' + escape(p.quantity) + ' ' + escape(p.unit)); }
    if (p.restriction) { lines.push(escape(w.restriction) + '：' + escape(p.restriction)); }
    if (p.parkCode) { lines.push(escape(w.park) + '：' + escape(p.parkCode)); }
    return lines.join('<br>');
  };
  var map = L.map(el, { preferCanvas: false, zoomSnap: 0.25 });
  map.attributionControl.setPrefix('Leaflet');
  if (words.tiles) {
    L.tileLayer(words.tiles, { maxZoom: 18, subdomains: words.subdomains || 'abc', attribution: escape(words.attribution || '') })
      .addTo(map);
  }
  var colours = { 'park-boundary': '#3b7dd8', 'heat-coverage': '#e08a1e', 'zoning': '#c0392b', enterprise: '#34495e', flow: '#8e44ad' };
  var boilerColour = function (p) {
    if (p.status === 'ELIMINATED' || p.status === 'REPLACED_BY_CENTRAL_HEATING') { return '#95a5a6'; }
    return p.fuel === 'COAL' ? '#c0392b' : '#2e9d5b';
  };
  var of = function (layer) { return collection.features.filter(function (f) { return f.properties.layer === layer; }); };
  var show = function (e) {
    var detail = document.getElementById('map-detail');
    if (detail) { detail.innerHTML = describe(e.target.feature.properties); }
  };
  var layers = {};
  ['park-boundary', 'heat-coverage', 'zoning'].forEach(function (layer) {
    layers[layer] = L.geoJSON(of(layer), { style: { color: colours[layer], weight: 2,
      fillOpacity: layer === 'park-boundary' ? 0.05 : 0.2, dashArray: layer === 'zoning' ? '6 4' : null } });
  });
  layers.flow = L.geoJSON(of('flow'), { style: { color: colours.flow, weight: 3, opacity: 0.7 } });
  layers.enterprise = L.geoJSON(of('enterprise'), { pointToLayer: function (f, at) {
    return L.circleMarker(at, { radius: 5, color: f.properties.restriction ? '#c0392b' : colours.enterprise, weight: 2,
      fillOpacity: 0.8 });
  } });
  layers.boiler = L.geoJSON(of('boiler'), { pointToLayer: function (f, at) {
    var c = boilerColour(f.properties);
    return L.circleMarker(at, { radius: 5 + Math.min(10, Number(f.properties.tonnesPerHour) / 2), color: c, fillColor: c,
      weight: 1, fillOpacity: 0.9 });
  } });
  var overlays = {};
  Object.keys(layers).forEach(function (k) {
    layers[k].eachLayer(function (l) {
      l.bindPopup(describe(l.feature.properties));
      l.on('click', show);
    });
    layers[k].addTo(map);
    overlays[escape(words.layers[k])] = layers[k];
  });
  L.control.layers(null, overlays, { collapsed: false }).addTo(map);
  var bounds = L.featureGroup(Object.keys(layers).map(function (k) { return layers[k]; })).getBounds();
  if (bounds.isValid()) {
    map.fitBounds(bounds.pad(0.08));
  } else {
    map.setView([27.99, 120.7], 10); // Wenzhou, until something is uploaded or registered
  }
  // for the browser tests and anyone scripting the page: what is drawn
  window.parkloopMap = { map: map, layers: layers };
}());
