// The exchange's charts: tonnes by material, park and month on the information centre; the plan as a network on a
// map-like plane (longitude, latitude). Data comes from JSON script blocks (the CSP forbids inline scripts).
(function () {
  'use strict';
  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function bar(id, rows, unit) {
    var el = document.getElementById(id);
    if (!el || !rows) { return; }
    echarts.init(el).setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { left: 10, right: 30, top: 10, bottom: 30, containLabel: true },
      xAxis: { type: 'value', name: unit },
      yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r[0]; }) },
      series: [{ type: 'bar', data: rows.map(function (r) { return r[1]; }), itemStyle: { color: '#1d7a55' } }]
    });
  }
  function centre(d) {
    bar('chart-material', d.byMaterial, d.tonnes);
    bar('chart-park', d.byPark, d.tonnes);
    bar('chart-offered', d.offered, d.tonnes);
    var el = document.getElementById('chart-month');
    if (el) {
      echarts.init(el).setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: d.byMonth.map(function (r) { return r[0]; }) },
        yAxis: { type: 'value', name: d.tonnes },
        series: [{ type: 'bar', data: d.byMonth.map(function (r) { return r[1]; }), itemStyle: { color: '#2f6fb0' } }]
      });
    }
  }
  function plan(g) {
    var el = document.getElementById('plan-graph');
    if (!el) { return; }
    var max = g.links.reduce(function (m, l) { return Math.max(m, l.value); }, 1);
    // with many enterprises the names would overlap: they show on hover (and for the few largest) instead
    var degree = {};
    g.links.forEach(function (l) { degree[l.source] = (degree[l.source] || 0) + 1; degree[l.target] = (degree[l.target] || 0) + 1; });
    var many = g.nodes.length > 15;
    var named = g.nodes.slice().sort(function (a, b) { return (degree[b.id] || 0) - (degree[a.id] || 0); })
      .slice(0, many ? 8 : g.nodes.length).map(function (n) { return n.id; });
    echarts.init(el).setOption({
      animation: false,
      tooltip: {
        formatter: function (p) {
          return p.dataType === 'edge' ? p.data.from + ' → ' + p.data.to + '<br>' + p.data.material + ': ' + p.data.value.toFixed(1)
            : p.data.labelText;
        }
      },
      xAxis: { type: 'value', scale: true, name: 'lon', show: false },
      yAxis: { type: 'value', scale: true, name: 'lat', show: false },
      series: [{
        type: 'graph', coordinateSystem: 'cartesian2d', edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
        label: { position: 'right', fontSize: 11, backgroundColor: 'rgba(255,255,255,0.8)', padding: [1, 3] },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'adjacency', label: { show: true } },
        data: g.nodes.map(function (n) {
          return { name: n.id, labelText: n.label, value: [n.lon, n.lat], symbolSize: 8 + 2 * Math.min(6, degree[n.id] || 1),
            label: { show: named.indexOf(n.id) >= 0, formatter: n.label } };
        }),
        links: g.links.map(function (l) {
          return { source: l.source, target: l.target, value: l.value, material: l.label, from: l.from, to: l.to,
            lineStyle: { width: 1 + 7 * l.value / max, color: '#1d7a55', opacity: 0.8, curveness: 0.1 } };
        })
      }]
    });
  }
  function start() {
    if (typeof echarts === 'undefined') { return; }
    var c = data('exchange-data');
    if (c) { centre(c); }
    var g = data('plan-data');
    var el = document.getElementById('plan-graph');
    if (g && el && !el.dataset.drawn) { el.dataset.drawn = '1'; plan(g); }
  }
  document.addEventListener('htmx:afterSwap', start);
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
