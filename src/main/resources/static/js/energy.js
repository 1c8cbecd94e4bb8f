// Energy pages (R10): the compliance chart against the deadlines, the parks compared, and the map of the layers the
// city and the parks uploaded (no base map bundled), all from the JSON the page embeds (the CSP forbids inline script).
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var i18n = document.getElementById('i18n');
  var t = i18n ? i18n.dataset : {};
  var colours = { overdue: '#c0392b', due: '#e08a1e', done: '#2e9d5b' };
  var json = function (id) { var el = document.getElementById(id); return el ? JSON.parse(el.textContent) : null; };

  var series = json('compliance-data');
  var chartEl = document.getElementById('compliance-chart');
  if (series && chartEl) {
    var chart = echarts.init(chartEl);
    var points = series.series;
    var labels = points.map(function (p, i) { return i === points.length - 1 ? p.date : p.date.substring(0, 4); });
    var marks = series.deadlines.map(function (d) {
      return { name: d.code, xAxis: d.deadline.substring(0, 4) };
    });
    var bar = function (key, name) {
      return { name: name, type: 'bar', stack: 'all', itemStyle: { color: colours[key] },
        data: points.map(function (p) { return p[key]; }) };
    };
    var bars = [bar('overdue', t.overdue), bar('due', t.due), bar('done', t.done)];
    bars[2].markLine = { symbol: 'none', data: marks, lineStyle: { color: '#555', type: 'dashed' },
      label: { formatter: '{b}', position: 'insideEndTop' } };
    chart.setOption({ tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 50, right: 30, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: labels }, yAxis: { type: 'value', minInterval: 1 }, series: bars });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  var parks = json('parks-data');
  var parksEl = document.getElementById('parks-chart');
  if (parks && parksEl) {
    var p = echarts.init(parksEl);
    var stack = function (key, name) {
      return { name: name, type: 'bar', stack: 'all', itemStyle: { color: colours[key] },
        data: parks.parks.map(function (x) { return x[key]; }) };
    };
    p.setOption({ tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 180, right: 30, top: 40, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: parks.parks.map(function (x) { return x.name; }) },
      series: [stack('overdue', t.overdue), stack('due', t.due), stack('done', t.done)] });
    window.addEventListener('resize', function () { p.resize(); });
  }

  var map = json('map-data');
  var mapEl = document.getElementById('energy-map');
  if (!map || !mapEl) { return; }
  var words = json('map-labels');
  var features = map.features;
  var outerRings = function (g) {
    if (g.type === 'Polygon') { return [g.coordinates[0]]; }
    if (g.type === 'MultiPolygon') { return g.coordinates.map(function (p) { return p[0]; }); }
    return [];
  };
  var box = [180, 90, -180, -90];
  var extend = function (c) {
    box = [Math.min(box[0], c[0]), Math.min(box[1], c[1]), Math.max(box[2], c[0]), Math.max(box[3], c[1])];
  };
  features.forEach(function (f) {
    var g = f.geometry;
    if (g.type === 'Point') { extend(g.coordinates); }
    else if (g.type === 'LineString') { g.coordinates.forEach(extend); }
    else { outerRings(g).forEach(function (r) { r.forEach(extend); }); }
  });
  if (box[0] > box[2]) {
    mapEl.textContent = mapEl.dataset.empty || '—';
    return;
  }
  var pad = Math.max(box[2] - box[0], box[3] - box[1], 0.01) * 0.08;
  echarts.registerMap('parkloop-extent', { type: 'FeatureCollection', features: [{ type: 'Feature',
    properties: { name: '' }, geometry: { type: 'Polygon', coordinates: [[[box[0] - pad, box[1] - pad],
      [box[2] + pad, box[1] - pad], [box[2] + pad, box[3] + pad], [box[0] - pad, box[3] + pad], [box[0] - pad, box[1] - pad]]] } }] });
  var polygonColours = { 'park-boundary': '#3b7dd8', 'heat-coverage': '#e08a1e', 'zoning': '#c0392b' };
  var polygons = function (layer) {
    var rings = [];
    features.filter(function (f) { return f.properties.layer === layer; }).forEach(function (f) {
      outerRings(f.geometry).forEach(function (r) { rings.push({ ring: r, props: f.properties }); });
    });
    return { name: words.layers[layer], type: 'custom', coordinateSystem: 'geo', itemStyle: { color: polygonColours[layer] },
      data: rings.map(function (r, i) { return { value: i, props: r.props }; }),
      renderItem: function (params, api) {
        var ring = rings[params.dataIndex].ring;
        return { type: 'polygon', shape: { points: ring.map(function (c) { return api.coord(c); }) },
          style: { fill: polygonColours[layer], opacity: layer === 'park-boundary' ? 0.08 : 0.25,
            stroke: polygonColours[layer], lineWidth: 1.5 } };
      } };
  };
  var points = function (layer) {
    return features.filter(function (f) { return f.properties.layer === layer; }).map(function (f) {
      return { name: f.properties.name || f.properties.creditCode || ('#' + f.properties.id), value: f.geometry.coordinates,
        props: f.properties };
    });
  };
  var boilerColour = function (p) {
    if (p.status === 'ELIMINATED' || p.status === 'REPLACED_BY_CENTRAL_HEATING') { return '#95a5a6'; }
    return p.fuel === 'COAL' ? '#c0392b' : '#2e9d5b';
  };
  var option = {
    tooltip: { formatter: function (x) { return describe(x.data && x.data.props, x.seriesName); } },
    legend: { top: 4 },
    geo: { map: 'parkloop-extent', roam: true, silent: true, itemStyle: { areaColor: '#f7f9fb', borderColor: '#dde3ea' },
      label: { show: false }, emphasis: { disabled: true } },
    series: [polygons('park-boundary'), polygons('heat-coverage'), polygons('zoning'),
      { name: words.layers.enterprise, type: 'scatter', coordinateSystem: 'geo', symbolSize: 7,
        itemStyle: { color: '#34495e' }, data: points('enterprise') },
      { name: words.layers.boiler, type: 'scatter', coordinateSystem: 'geo', symbol: 'diamond',
        symbolSize: function (v, x) { return 8 + Math.min(14, Number(x.data.props.tonnesPerHour)); },
        itemStyle: { color: function (x) { return boilerColour(x.data.props); } }, data: points('boiler') },
      { name: words.layers.flow, type: 'lines', coordinateSystem: 'geo', symbol: ['none', 'arrow'], symbolSize: 8,
        lineStyle: { color: '#8e44ad', width: 2, curveness: 0.2, opacity: 0.7 },
        data: features.filter(function (f) { return f.properties.layer === 'flow'; }).map(function (f) {
          return { coords: f.geometry.coordinates, props: f.properties };
        }) }]
  };
  var escape = function (s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  };
  var describe = function (p, layer) {
    if (!p) { return ''; }
    var w = words.words;
    var lines = [escape(layer) + '：' + escape(p.name || p.material || p.creditCode || '')];
    if (p.layer === 'boiler') {
      lines.push(escape(w.capacity) + ' ' + escape(p.tonnesPerHour) + ' t/h · ' + escape(w[p.fuel]) + ' · ' + escape(w[p.status]));
      if (p.insideCoverage != null) { lines.push(escape(w.insideCoverage) + '：' + (p.insideCoverage ? '✓' : '✗')); }
    }
    if (p.layer === 'flow') { lines.push(escape(p.from) + ' → ' + escape(p.to) + ' · ' + escape(p.quantity) + ' ' + escape(p.unit)); }
    if (p.restriction) { lines.push(escape(w.restriction) + '：' + escape(p.restriction)); }
    if (p.parkCode) { lines.push(escape(w.park) + '：' + escape(p.parkCode)); }
    return lines.join('<br>');
  };
  var m = echarts.init(mapEl);
  m.setOption(option);
  m.on('click', function (x) {
    var detail = document.getElementById('map-detail');
    if (detail && x.data && x.data.props) { detail.innerHTML = describe(x.data.props, x.seriesName); }
  });
  window.addEventListener('resize', function () { m.resize(); });
}());

// A park's structure by value added: the pillar and emerging industries (inner ring) and the divisions (outer).
(function () {
  'use strict';
  var el = document.getElementById('industry-chart');
  var data = document.getElementById('industry-data');
  if (typeof echarts === 'undefined' || !el || !data) { return; }
  var d = JSON.parse(data.textContent);
  var colours = { PILLAR: '#3b7dd8', EMERGING: '#2e9d5b' };
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    series: [
      { type: 'pie', radius: [0, '38%'], label: { position: 'inner', fontSize: 11 },
        data: d.categories.map(function (c) {
          return { name: c.name, value: Number(c.value), itemStyle: { color: colours[c.kind] } };
        }) },
      { type: 'pie', radius: ['50%', '72%'], data: d.divisions.map(function (x) { return { name: x.name, value: Number(x.value) }; }) }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
