// Energy pages (R10, R8): the compliance chart against the deadlines, the parks compared, a park's industry
// structure, from the JSON the page embeds (the CSP forbids inline script). The map is energy-map.js.
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
