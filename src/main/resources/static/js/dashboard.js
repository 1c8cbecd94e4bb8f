// Draws the dashboard's charts from the JSON the page embeds (no inline script: the CSP forbids it).
(function () {
  'use strict';
  var dataEl = document.getElementById('dashboard-data');
  if (!dataEl || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(dataEl.textContent);
  var t = document.getElementById('i18n').dataset;
  var colours = { MET: '#2e9d5b', ON_TRACK: '#3b7dd8', AT_RISK: '#e08a1e', NOT_MET: '#d64541' };
  var charts = [];

  document.querySelectorAll('.gauge').forEach(function (el) {
    var g = data.goals[Number(el.dataset.index)];
    var top = g.maximum != null ? g.maximum + 1 : g.population;
    var max = Math.max(top, g.required, g.actual, 1);
    var chart = echarts.init(el);
    chart.setOption({
      series: [{
        type: 'gauge', min: 0, max: max, splitNumber: Math.min(max, 10),
        progress: { show: true, width: 12, itemStyle: { color: colours[g.state] } },
        axisLine: { lineStyle: { width: 12 } },
        axisTick: { show: false }, splitLine: { show: false }, axisLabel: { show: false },
        pointer: { show: false },
        anchor: { show: false },
        title: { offsetCenter: [0, '55%'], fontSize: 12 },
        detail: { valueAnimation: true, offsetCenter: [0, '10%'], fontSize: 22, formatter: function (v) { return v + ' / ' + g.required; } },
        data: [{ value: g.actual, name: t.required + ' ' + g.required }]
      }]
    });
    charts.push(chart);
  });

  var tl = data.timeline;
  var el = document.getElementById('timeline');
  if (el && tl) {
    var series = [
      { name: t.national, key: 'NATIONAL', values: tl.national, colour: '#c0392b' },
      { name: t.provincial, key: 'PROVINCIAL', values: tl.provincial, colour: '#2874a6' },
      { name: t.all, key: null, values: tl.all, colour: '#27ae60' }
    ].map(function (s) {
      var goals = tl.goals.filter(function (m) { return m.level === s.key; });
      var marks = goals.map(function (m) {
        return { name: m.label, coord: [m.month, m.required], value: m.required };
      });
      // each goal as a dashed line at its required number of parks, up to its deadline
      var lines = goals.map(function (m) {
        return [{ coord: [tl.months[0], m.required], name: m.label }, { coord: [m.month, m.required] }];
      });
      return {
        name: s.name, type: 'line', step: 'end', showSymbol: false, data: s.values,
        itemStyle: { color: s.colour }, lineStyle: { width: 2 },
        markPoint: { symbol: 'pin', symbolSize: 42, data: marks, label: { formatter: '{c}' },
          tooltip: { formatter: function (p) { return t.goal + ': ' + p.name; } } },
        markLine: { symbol: 'none', data: lines, label: { show: false },
          lineStyle: { color: s.colour, type: 'dashed', width: 1 },
          tooltip: { formatter: function (p) { return t.goal + ': ' + p.name; } } }
      };
    });
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: tl.months, boundaryGap: false },
      yAxis: { type: 'value', minInterval: 1 },
      dataZoom: [{ type: 'slider', bottom: 10 }],
      series: series.concat([{ type: 'line', data: [], markLine: { symbol: 'none', silent: true,
        lineStyle: { color: '#888', type: 'dashed' }, label: { formatter: data.asOf }, data: [{ xAxis: data.asOf }] } }])
    });
    charts.push(chart);
  }
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  document.body.dataset.chartsReady = String(charts.length);
})();
